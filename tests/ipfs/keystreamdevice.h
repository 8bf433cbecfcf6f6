#pragma once

// A read-only device producing Kubo's fixture bytes (ChaCha20 keystream, key = SHA-256(seed),
// zero nonce, counter 0; see pt::test::chacha20Keystream) on the fly, so a 1 GiB fixture
// streams through the importer without ever being held in memory.

#include <QIODevice>

#include <openssl/evp.h>
#include <openssl/sha.h>

namespace pt::test {

class KeystreamDevice : public QIODevice
{
public:
    KeystreamDevice(const QByteArray &seed, qint64 size) : m_seed(seed), m_size(size) { restart(); }
    ~KeystreamDevice() override { EVP_CIPHER_CTX_free(m_ctx); }

    bool isSequential() const override { return true; }
    qint64 size() const override { return m_size; }
    qint64 bytesAvailable() const override
    {
        return (m_size - m_produced) + QIODevice::bytesAvailable();
    }
    bool atEnd() const override { return m_produced >= m_size && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, m_size - m_produced);
        if (n <= 0)
            return 0;
        // Encrypting zeros yields the keystream itself.
        memset(data, 0, size_t(n));
        qint64 done = 0;
        while (done < n) {
            const int step = int(qMin<qint64>(n - done, 1 << 30));
            int written = 0;
            EVP_EncryptUpdate(m_ctx, reinterpret_cast<unsigned char *>(data + done), &written,
                              reinterpret_cast<const unsigned char *>(data + done), step);
            done += written;
        }
        m_produced += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void restart()
    {
        unsigned char key[SHA256_DIGEST_LENGTH];
        SHA256(reinterpret_cast<const unsigned char *>(m_seed.constData()), size_t(m_seed.size()),
               key);
        unsigned char iv[16] = {}; // 4-byte counter + 12-byte nonce, all zero
        m_ctx = EVP_CIPHER_CTX_new();
        EVP_EncryptInit_ex(m_ctx, EVP_chacha20(), nullptr, key, iv);
        m_produced = 0;
    }

    QByteArray m_seed;
    qint64 m_size;
    qint64 m_produced = 0;
    EVP_CIPHER_CTX *m_ctx = nullptr;
};

} // namespace pt::test
