#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace pt::ipfs {

// multiformats unsigned-varint: LEB128, at most 9 bytes (63 bits), minimal encoding only.
inline constexpr int kMaxUvarintBytes = 9;

void appendUvarint(QByteArray &out, quint64 value);
QByteArray encodeUvarint(quint64 value);
int uvarintSize(quint64 value);

// Reads one uvarint at data[pos] and advances pos past it. Rejects truncation, non-minimal
// encodings (`81 00`) and anything longer than 9 bytes; pos is unchanged on error.
Result<quint64> readUvarint(QByteArrayView data, qsizetype &pos);

// Protobuf varint (dag-pb, UnixFS): like readUvarint but up to 10 bytes, so the full 64 bits
// (a negative int64 such as UnixFS mtime seconds) fit. Still minimal-only. Write with
// appendUvarint (it handles 64-bit values).
Result<quint64> readPbVarint(QByteArrayView data, qsizetype &pos);

} // namespace pt::ipfs
