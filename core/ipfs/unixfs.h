#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace pt::ipfs {

// UnixFS `Data` message (ipfs/specs unixfs.md), carried in PbNode::data.
enum class UnixfsType : int { Raw = 0, Directory = 1, File = 2, Metadata = 3, Symlink = 4, HAMTShard = 5 };

struct UnixTime
{
    qint64 seconds = 0;
    std::optional<quint32> nanos;
};

struct UnixfsData
{
    UnixfsType type = UnixfsType::File;
    std::optional<QByteArray> data;
    std::optional<quint64> filesize;
    QList<quint64> blocksizes;   // repeated, one tag each (not packed) - Kubo's bytes
    std::optional<quint64> hashType;
    std::optional<quint64> fanout;
    std::optional<quint32> mode;
    std::optional<UnixTime> mtime;
};

// Fields written in order 1..8, only those set. A directory's Data is exactly `08 01`.
QByteArray encodeUnixfsData(const UnixfsData &data);
// Strict decoder: required Type present and known, no unknown fields, no bad wire types;
// accepts packed blocksizes too (some writers pack them).
Result<UnixfsData> decodeUnixfsData(QByteArrayView bytes);

} // namespace pt::ipfs
