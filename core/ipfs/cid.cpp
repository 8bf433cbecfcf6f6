#include "core/ipfs/cid.h"

#include "core/ipfs/varint.h"

#include <QCoreApplication>

namespace pt::ipfs {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::ipfs)
};

// Text longer than this is no CID we could accept (the longest, a v1 with a 128-byte identity
// multihash in base16, is about 270 characters); refusing it early keeps the quadratic
// base58/base36 decoders cheap on hostile input.
constexpr qsizetype kMaxCidText = kMaxCidTextLength;

QString elide(QStringView text)
{
    if (text.size() <= 64)
        return text.toString();
    return text.first(60).toString() + QStringLiteral("…");
}

} // namespace

QString codecName(quint64 codec)
{
    switch (codec) {
    case Codec::Raw:
        return QStringLiteral("raw");
    case Codec::DagPb:
        return QStringLiteral("dag-pb");
    case Codec::DagCbor:
        return QStringLiteral("dag-cbor");
    case Codec::Libp2pKey:
        return QStringLiteral("libp2p-key");
    case Codec::Car:
        return QStringLiteral("car");
    default:
        return QStringLiteral("0x") + QString::number(codec, 16);
    }
}

Result<Cid> Cid::v0(Multihash hash)
{
    if (hash.code() != HashCode::Sha2_256 || hash.digest().size() != 32)
        return Error(Error::InvalidInput,
                     Msg::tr("a CIDv0 needs a 32-byte sha2-256 multihash, not %1 of %2 bytes")
                         .arg(hashCodeName(hash.code()))
                         .arg(hash.digest().size()));
    Cid c;
    c.m_version = 0;
    c.m_codec = Codec::DagPb;
    c.m_hash = std::move(hash);
    return c;
}

Cid Cid::v1(quint64 codec, Multihash hash)
{
    Cid c;
    c.m_version = 1;
    c.m_codec = codec;
    c.m_hash = std::move(hash);
    return c;
}

Cid Cid::forBlock(int version, quint64 codec, QByteArrayView block)
{
    Multihash mh = Multihash::sha256Of(block);
    if (version == 0 && codec == Codec::DagPb)
        return *Cid::v0(std::move(mh));
    return v1(codec, std::move(mh));
}

Result<Cid> Cid::parse(QStringView text)
{
    if (text.isEmpty())
        return Error(Error::InvalidInput, Msg::tr("empty CID"));
    if (text.size() > kMaxCidText)
        return Error(Error::InvalidInput,
                     Msg::tr("CID %1: %2 characters, longer than any CID we accept (%3)")
                         .arg(elide(text))
                         .arg(text.size())
                         .arg(kMaxCidText));
    if (text.size() == 46 && text.startsWith(QLatin1String("Qm"))) {
        auto bytes = base58btcDecode(text);
        if (!bytes)
            return bytes.error().wrapped(Msg::tr("CIDv0 %1").arg(text));
        if (bytes->size() != 34 || quint8(bytes->at(0)) != 0x12 || quint8(bytes->at(1)) != 0x20)
            return Error(Error::InvalidInput,
                         Msg::tr("CIDv0 %1: not a 34-byte sha2-256 multihash").arg(text));
        return v0(Multihash(HashCode::Sha2_256, bytes->sliced(2)));
    }
    auto bytes = multibaseDecode(text);
    if (!bytes)
        return bytes.error().wrapped(Msg::tr("CID %1").arg(elide(text)));
    if (!bytes->isEmpty() && quint8(bytes->at(0)) == 0x12)
        return Error(Error::InvalidInput,
                     Msg::tr("CID %1: decodes to a bare sha2-256 multihash (a CIDv0), which "
                             "never carries a multibase prefix")
                         .arg(elide(text)));
    qsizetype pos = 0;
    auto cid = read(*bytes, pos);
    if (!cid)
        return cid.error().wrapped(Msg::tr("CID %1").arg(elide(text)));
    if (pos != bytes->size())
        return Error(Error::InvalidInput, Msg::tr("CID %1: %2 trailing byte(s) after the multihash")
                                              .arg(elide(text))
                                              .arg(bytes->size() - pos));
    return cid;
}

Result<Cid> Cid::fromBytes(QByteArrayView data)
{
    qsizetype pos = 0;
    auto cid = read(data, pos);
    if (!cid)
        return cid;
    if (pos != data.size())
        return Error(Error::InvalidInput, Msg::tr("binary CID: %1 trailing byte(s) after the "
                                                  "multihash")
                                              .arg(data.size() - pos));
    return cid;
}

Result<Cid> Cid::read(QByteArrayView data, qsizetype &pos)
{
    if (pos < 0 || pos >= data.size())
        return Error(Error::InvalidInput, Msg::tr("binary CID at offset %1: no bytes").arg(pos));
    // A CIDv0 is a bare sha2-256 multihash: `12 20` + 32 bytes. No version 0x12 exists, so the
    // first byte decides.
    if (quint8(data[pos]) == 0x12) {
        if (data.size() - pos < 34 || quint8(data[pos + 1]) != 0x20)
            return Error(Error::InvalidInput,
                         Msg::tr("binary CIDv0 at offset %1: needs 34 bytes `12 20 …`, "
                                 "found %2 byte(s)")
                             .arg(pos)
                             .arg(qMin<qsizetype>(data.size() - pos, 34)));
        auto cid = v0(Multihash(HashCode::Sha2_256, data.sliced(pos + 2, 32).toByteArray()));
        pos += 34;
        return cid;
    }
    qsizetype p = pos;
    auto version = readUvarint(data, p);
    if (!version)
        return version.error().wrapped(Msg::tr("CID version"));
    if (*version != 1)
        return Error(Error::InvalidInput,
                     Msg::tr("binary CID at offset %1: version %2 (only 1 is defined, and "
                             "v0 has no version byte)")
                         .arg(pos)
                         .arg(*version));
    auto codec = readUvarint(data, p);
    if (!codec)
        return codec.error().wrapped(Msg::tr("CID codec"));
    auto mh = Multihash::read(data, p);
    if (!mh)
        return mh.error().wrapped(Msg::tr("CID multihash"));
    pos = p;
    return v1(*codec, std::move(*mh));
}

QByteArray Cid::bytes() const
{
    if (m_version == 0)
        return m_hash.bytes();
    if (m_version < 0)
        return {};
    QByteArray out;
    appendUvarint(out, 1);
    appendUvarint(out, m_codec);
    out.append(m_hash.bytes());
    return out;
}

QString Cid::toString() const
{
    if (m_version < 0)
        return {};
    if (m_version == 0)
        return base58btcEncode(m_hash.bytes());
    return multibaseEncode(Multibase::Base32, bytes());
}

QString Cid::toString(Multibase base) const
{
    if (m_version != 1)
        return toString();
    return multibaseEncode(base, bytes());
}

Cid Cid::toV1() const
{
    if (m_version < 0)
        return {};
    return v1(m_codec, m_hash);
}

Result<Cid> Cid::toV0() const
{
    if (m_version == 0)
        return *this;
    if (m_version < 0)
        return Error(Error::InvalidInput, Msg::tr("cannot convert a null CID to v0"));
    if (m_codec != Codec::DagPb)
        return Error(Error::InvalidInput,
                     Msg::tr("%1 cannot be a CIDv0: codec %2 (v0 is always dag-pb)")
                         .arg(toString(), codecName(m_codec)));
    auto c = v0(m_hash);
    if (!c)
        return c.error().wrapped(Msg::tr("%1 cannot be a CIDv0").arg(toString()));
    return c;
}

Result<void> Cid::verify(QByteArrayView block) const
{
    if (m_version < 0)
        return Error(Error::InvalidInput, Msg::tr("cannot verify a block against a null CID"));
    auto r = m_hash.verify(block);
    if (!r)
        return r.error().wrapped(Msg::tr("block %1").arg(toString()));
    return {};
}

} // namespace pt::ipfs
