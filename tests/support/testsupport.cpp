#include "tests/support/testsupport.h"

#include <QFile>
#include <QtDebug>

#include <openssl/evp.h>
#include <openssl/sha.h>

namespace pt::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(PT_TEST_DATA_DIR "/") + relative;
}

QByteArray readData(const QString &relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning() << "cannot read test data" << f.fileName() << f.errorString();
        return {};
    }
    return f.readAll();
}

QByteArray chacha20Keystream(const QByteArray &seed, qint64 size)
{
    unsigned char key[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(seed.constData()), size_t(seed.size()), key);
    // OpenSSL's "chacha20" takes a 16-byte IV: 4-byte little-endian counter + 12-byte nonce.
    unsigned char iv[16] = {};
    QByteArray out(size, Qt::Uninitialized);
    QByteArray zeros(qMin<qint64>(size, 1 << 20), '\0');
    EVP_CIPHER_CTX *ctx = EVP_CIPHER_CTX_new();
    EVP_EncryptInit_ex(ctx, EVP_chacha20(), nullptr, key, iv);
    qint64 done = 0;
    while (done < size) {
        const int n = int(qMin<qint64>(zeros.size(), size - done));
        int written = 0;
        EVP_EncryptUpdate(ctx, reinterpret_cast<unsigned char *>(out.data() + done), &written,
                          reinterpret_cast<const unsigned char *>(zeros.constData()), n);
        done += written;
    }
    EVP_CIPHER_CTX_free(ctx);
    return out;
}

} // namespace pt::test
