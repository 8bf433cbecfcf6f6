#pragma once

#include "core/ipfs/multibase.h"
#include "core/ipfs/multihash.h"
#include "core/result.h"

#include <QByteArray>
#include <QHashFunctions>
#include <QMetaType>
#include <QString>

namespace pt::ipfs {

namespace Codec {
inline constexpr quint64 Raw = 0x55;
inline constexpr quint64 DagPb = 0x70;
inline constexpr quint64 DagCbor = 0x71;
inline constexpr quint64 Libp2pKey = 0x72;
inline constexpr quint64 Car = 0x0202;
} // namespace Codec

QString codecName(quint64 codec);

// Longest CID text parse() looks at (a v1 CID with a 128-byte identity hash in base16 is ~270).
inline constexpr qsizetype kMaxCidTextLength = 512; // "dag-pb", "raw", ... or "0x…"

class Cid
{
public:
    Cid() = default;

    // CIDv0: a sha2-256 multihash, always dag-pb.
    static Result<Cid> v0(Multihash hash);
    static Cid v1(quint64 codec, Multihash hash);
    // Hashes a block with sha2-256 and wraps it. v0 exists only for dag-pb: version 0 with any
    // other codec gives a v1 CID (as Kubo makes raw leaves v1 under a v0 root).
    static Cid forBlock(int version, quint64 codec, QByteArrayView block);

    // Text: `Qm…` (46 chars) is v0; otherwise multibase. Every rule of docs/IPFS.md §1.
    // Text longer than kMaxCidTextLength is refused before decoding (fuzzing, quadratic bases).
    static Result<Cid> parse(QStringView text);
    // Binary: the whole of `data` is one CID (34 bytes `12 20 …` = v0).
    static Result<Cid> fromBytes(QByteArrayView data);
    // Binary CID at data[pos] (as inside a CAR section); advances pos.
    static Result<Cid> read(QByteArrayView data, qsizetype &pos);

    bool isNull() const { return m_version < 0; }
    int version() const { return m_version; }
    quint64 codec() const { return m_codec; }
    const Multihash &hash() const { return m_hash; }

    QByteArray bytes() const;
    // v0: base58btc without prefix; v1: base32 lower.
    QString toString() const;
    QString toString(Multibase base) const; // v1 only (v0 ignores the base)

    Cid toV1() const;
    Result<Cid> toV0() const; // fails unless dag-pb + sha2-256

    // Hashes `block` with this CID's hash function and compares (Error::VerifyFailed /
    // Error::Unsupported on failure, naming the CID).
    Result<void> verify(QByteArrayView block) const;

    friend bool operator==(const Cid &a, const Cid &b)
    {
        return a.m_version == b.m_version && a.m_codec == b.m_codec && a.m_hash == b.m_hash;
    }
    friend size_t qHash(const Cid &cid, size_t seed = 0)
    {
        return qHash(cid.m_hash.digest(), seed) ^ size_t(cid.m_codec) ^ size_t(cid.m_version);
    }

private:
    int m_version = -1;
    quint64 m_codec = 0;
    Multihash m_hash;
};

} // namespace pt::ipfs

Q_DECLARE_METATYPE(pt::ipfs::Cid)
