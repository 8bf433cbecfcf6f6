#include "core/ipfs/murmur3.h"

#include <QtEndian>

namespace pt::ipfs {

namespace {
inline quint64 rotl64(quint64 x, int r)
{
    return (x << r) | (x >> (64 - r));
}

inline quint64 fmix64(quint64 k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    k *= 0xc4ceb9fe1a85ec53ULL;
    k ^= k >> 33;
    return k;
}
} // namespace

Murmur3Hash128 murmur3x64_128(QByteArrayView data, quint32 seed)
{
    const auto *bytes = reinterpret_cast<const uchar *>(data.data());
    const qsizetype len = data.size();
    const qsizetype nblocks = len / 16;
    constexpr quint64 c1 = 0x87c37b91114253d5ULL;
    constexpr quint64 c2 = 0x4cf5ad432745937fULL;
    quint64 h1 = seed;
    quint64 h2 = seed;

    for (qsizetype i = 0; i < nblocks; ++i) {
        // The algorithm reads little-endian 64-bit words regardless of the host.
        quint64 k1 = qFromLittleEndian<quint64>(bytes + i * 16);
        quint64 k2 = qFromLittleEndian<quint64>(bytes + i * 16 + 8);
        k1 *= c1;
        k1 = rotl64(k1, 31);
        k1 *= c2;
        h1 ^= k1;
        h1 = rotl64(h1, 27);
        h1 += h2;
        h1 = h1 * 5 + 0x52dce729;
        k2 *= c2;
        k2 = rotl64(k2, 33);
        k2 *= c1;
        h2 ^= k2;
        h2 = rotl64(h2, 31);
        h2 += h1;
        h2 = h2 * 5 + 0x38495ab5;
    }

    const uchar *tail = bytes + nblocks * 16;
    quint64 k1 = 0;
    quint64 k2 = 0;
    const qsizetype rest = len & 15;
    for (qsizetype i = rest; i > 8; --i)
        k2 ^= quint64(tail[i - 1]) << ((i - 9) * 8);
    if (rest > 8) {
        k2 *= c2;
        k2 = rotl64(k2, 33);
        k2 *= c1;
        h2 ^= k2;
    }
    for (qsizetype i = qMin<qsizetype>(rest, 8); i > 0; --i)
        k1 ^= quint64(tail[i - 1]) << ((i - 1) * 8);
    if (rest > 0) {
        k1 *= c1;
        k1 = rotl64(k1, 31);
        k1 *= c2;
        h1 ^= k1;
    }

    h1 ^= quint64(len);
    h2 ^= quint64(len);
    h1 += h2;
    h2 += h1;
    h1 = fmix64(h1);
    h2 = fmix64(h2);
    h1 += h2;
    h2 += h1;
    return {h1, h2};
}

QByteArray hamtHash(QByteArrayView name)
{
    QByteArray out(8, Qt::Uninitialized);
    qToBigEndian<quint64>(murmur3x64_128(name, 0).h1, out.data());
    return out;
}

} // namespace pt::ipfs
