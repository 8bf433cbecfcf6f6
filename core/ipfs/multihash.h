#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

namespace pt::ipfs {

namespace HashCode {
inline constexpr quint64 Identity = 0x00;
inline constexpr quint64 Sha2_256 = 0x12;
inline constexpr quint64 Sha2_512 = 0x13;
inline constexpr quint64 Sha3_256 = 0x16;
inline constexpr quint64 Blake3 = 0x1e;
inline constexpr quint64 Blake2b_256 = 0xb220;
} // namespace HashCode

// An identity multihash carries its data inline; more than this is refused (as Kubo does).
inline constexpr int kMaxIdentityDigest = 128;

// Human name of a multihash code ("sha2-256", "blake3", or "0x…" for unknown ones).
QString hashCodeName(quint64 code);

// SHA-256 through OpenSSL EVP (SHA-NI where the CPU has it).
QByteArray sha256(QByteArrayView data);

// Incremental SHA-256 for streams (files larger than memory).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void addData(QByteArrayView data);
    QByteArray result(); // 32 bytes; the object is reset afterwards

private:
    struct Private;
    std::unique_ptr<Private> d;
};

class Multihash
{
public:
    Multihash() = default;
    Multihash(quint64 code, QByteArray digest) : m_code(code), m_digest(std::move(digest)) {}

    static Multihash sha256Of(QByteArrayView data);
    // Fails when data is longer than kMaxIdentityDigest.
    static Result<Multihash> identityOf(QByteArrayView data);

    // Reads `uvarint(code) uvarint(len) digest` at data[pos] and advances pos. Validates
    // the digest length for codes whose length is fixed (sha2-256 = 32) and the identity cap.
    static Result<Multihash> read(QByteArrayView data, qsizetype &pos);
    // The whole of `data` must be one multihash.
    static Result<Multihash> fromBytes(QByteArrayView data);

    quint64 code() const { return m_code; }
    const QByteArray &digest() const { return m_digest; }
    QByteArray bytes() const;
    bool isNull() const { return m_digest.isEmpty() && m_code == 0; }

    // True for the hash functions we can compute (sha2-256, identity).
    bool isVerifiable() const;
    // Hashes `data` and compares. Refuses (Error::Unsupported) hashes we cannot compute, so
    // untrusted content is never accepted on a hash nobody checked.
    Result<void> verify(QByteArrayView data) const;

    friend bool operator==(const Multihash &a, const Multihash &b)
    {
        return a.m_code == b.m_code && a.m_digest == b.m_digest;
    }

private:
    quint64 m_code = 0;
    QByteArray m_digest;
};

} // namespace pt::ipfs
