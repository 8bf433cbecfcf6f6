#include "core/ipfs/multihash.h"

#include "core/ipfs/varint.h"

#include <openssl/evp.h>

#include <cstring>

#include <QCoreApplication>

namespace pt::ipfs {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::ipfs)
};

// Fetch the SHA-256 implementation once: with OpenSSL 3 the implicit fetch behind EVP_sha256()
// costs a provider lookup on every EVP_DigestInit, which shows up when hashing many small
// blocks (the importer's hot path).
const EVP_MD *sha256Md()
{
    static EVP_MD *md = [] {
        EVP_MD *fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        return fetched;
    }();
    return md ? md : EVP_sha256();
}

// The fixed digest length of the hash functions we know; -1 when any length is allowed.
int fixedDigestLength(quint64 code)
{
    switch (code) {
    case HashCode::Sha2_256:
    case HashCode::Sha3_256:
    case HashCode::Blake2b_256:
        return 32;
    case HashCode::Sha2_512:
        return 64;
    default:
        return -1;
    }
}

} // namespace

QString hashCodeName(quint64 code)
{
    switch (code) {
    case HashCode::Identity:
        return QStringLiteral("identity");
    case HashCode::Sha2_256:
        return QStringLiteral("sha2-256");
    case HashCode::Sha2_512:
        return QStringLiteral("sha2-512");
    case HashCode::Sha3_256:
        return QStringLiteral("sha3-256");
    case HashCode::Blake3:
        return QStringLiteral("blake3");
    case HashCode::Blake2b_256:
        return QStringLiteral("blake2b-256");
    default:
        return QStringLiteral("0x") + QString::number(code, 16);
    }
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), reinterpret_cast<unsigned char *>(out.data()),
                   &len, sha256Md(), nullptr) != 1 ||
        len != 32)
        qFatal("OpenSSL EVP_Digest(SHA256) failed"); // only on a broken libcrypto
    return out;
}

struct Sha256::Private
{
    EVP_MD_CTX *ctx = nullptr;
    void init()
    {
        if (EVP_DigestInit_ex(ctx, sha256Md(), nullptr) != 1)
            qFatal("OpenSSL EVP_DigestInit_ex(SHA256) failed");
    }
};

Sha256::Sha256() : d(std::make_unique<Private>())
{
    d->ctx = EVP_MD_CTX_new();
    if (!d->ctx)
        qFatal("OpenSSL EVP_MD_CTX_new failed");
    d->init();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(d->ctx);
}

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty() && EVP_DigestUpdate(d->ctx, data.data(), size_t(data.size())) != 1)
        qFatal("OpenSSL EVP_DigestUpdate failed");
}

QByteArray Sha256::result()
{
    QByteArray out(32, Qt::Uninitialized);
    unsigned int len = 0;
    if (EVP_DigestFinal_ex(d->ctx, reinterpret_cast<unsigned char *>(out.data()), &len) != 1 ||
        len != 32)
        qFatal("OpenSSL EVP_DigestFinal_ex failed");
    d->init();
    return out;
}

Multihash Multihash::sha256Of(QByteArrayView data)
{
    return Multihash(HashCode::Sha2_256, sha256(data));
}

Result<Multihash> Multihash::identityOf(QByteArrayView data)
{
    if (data.size() > kMaxIdentityDigest)
        return Error(Error::InvalidInput,
                     Msg::tr("identity multihash of %1 bytes: more than the %2 allowed")
                         .arg(data.size())
                         .arg(kMaxIdentityDigest));
    return Multihash(HashCode::Identity, data.toByteArray());
}

Result<Multihash> Multihash::read(QByteArrayView data, qsizetype &pos)
{
    qsizetype p = pos;
    auto code = readUvarint(data, p);
    if (!code)
        return code.error().wrapped(Msg::tr("multihash code"));
    auto len = readUvarint(data, p);
    if (!len)
        return len.error().wrapped(Msg::tr("multihash length"));
    const quint64 name = *code;
    const int fixed = fixedDigestLength(name);
    if (fixed >= 0 && *len != quint64(fixed))
        return Error(Error::InvalidInput,
                     Msg::tr("multihash at offset %1: %2 digest of %3 bytes (must be %4)")
                         .arg(pos)
                         .arg(hashCodeName(name))
                         .arg(*len)
                         .arg(fixed));
    if (name == HashCode::Identity && *len > quint64(kMaxIdentityDigest))
        return Error(Error::InvalidInput,
                     Msg::tr("multihash at offset %1: identity digest of %2 bytes (at most %3)")
                         .arg(pos)
                         .arg(*len)
                         .arg(kMaxIdentityDigest));
    // Compare against what is there before allocating anything from the length field.
    if (*len > quint64(data.size() - p))
        return Error(Error::InvalidInput,
                     Msg::tr("multihash at offset %1: digest of %2 bytes but only %3 left")
                         .arg(pos)
                         .arg(*len)
                         .arg(data.size() - p));
    Multihash mh(name, data.sliced(p, qsizetype(*len)).toByteArray());
    pos = p + qsizetype(*len);
    return mh;
}

Result<Multihash> Multihash::fromBytes(QByteArrayView data)
{
    qsizetype pos = 0;
    auto mh = read(data, pos);
    if (!mh)
        return mh;
    if (pos != data.size())
        return Error(
            Error::InvalidInput,
            Msg::tr("multihash: %1 trailing byte(s) after the digest").arg(data.size() - pos));
    return mh;
}

QByteArray Multihash::bytes() const
{
    QByteArray out;
    out.reserve(uvarintSize(m_code) + uvarintSize(quint64(m_digest.size())) + m_digest.size());
    appendUvarint(out, m_code);
    appendUvarint(out, quint64(m_digest.size()));
    out.append(m_digest);
    return out;
}

bool Multihash::isVerifiable() const
{
    return (m_code == HashCode::Sha2_256 && m_digest.size() == 32) ||
           (m_code == HashCode::Identity && m_digest.size() <= kMaxIdentityDigest);
}

Result<void> Multihash::verify(QByteArrayView data) const
{
    if (!isVerifiable())
        return Error(Error::Unsupported,
                     Msg::tr("cannot verify a %1 multihash (only sha2-256 and identity are "
                             "supported); refusing the content")
                         .arg(hashCodeName(m_code)));
    if (m_code == HashCode::Identity) {
        if (QByteArrayView(m_digest) != data)
            return Error(
                Error::VerifyFailed,
                Msg::tr("content (%1 bytes) differs from the identity multihash").arg(data.size()));
        return {};
    }
    unsigned char digest[32];
    unsigned int len = 0;
    if (EVP_Digest(data.data(), size_t(data.size()), digest, &len, sha256Md(), nullptr) != 1)
        qFatal("OpenSSL EVP_Digest(SHA256) failed");
    if (std::memcmp(digest, m_digest.constData(), 32) != 0)
        return Error(Error::VerifyFailed,
                     Msg::tr("sha2-256 of the content (%1 bytes) does not match the multihash")
                         .arg(data.size()));
    return {};
}

} // namespace pt::ipfs
