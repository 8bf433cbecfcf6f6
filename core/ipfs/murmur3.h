#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>

namespace pt::ipfs {

// MurmurHash3 x64 128-bit (Austin Appleby's public-domain algorithm), both halves.
struct Murmur3Hash128
{
    quint64 h1 = 0;
    quint64 h2 = 0;
};
Murmur3Hash128 murmur3x64_128(QByteArrayView data, quint32 seed = 0);

// The HAMT key hash of UnixFS sharded directories (hashType 0x22, "murmur3-x64-64"):
// h1 of murmur3-x64-128 with seed 0, as 8 bytes big-endian (what go-ipfs/boxo feed the HAMT).
QByteArray hamtHash(QByteArrayView name);

} // namespace pt::ipfs
