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
} // namespace

void appendUvarint(QByteArray &out, quint64 value)
{
    // Callers never pass more than 63 bits (multiformats cap); the loop handles any value.
    while (value >= 0x80) {
        out.append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out.append(char(value));
}

QByteArray encodeUvarint(quint64 value)
{
    QByteArray out;
    out.reserve(uvarintSize(value));
    appendUvarint(out, value);
    return out;
}

int uvarintSize(quint64 value)
{
    int n = 1;
    while (value >= 0x80) {
        value >>= 7;
        ++n;
    }
    return n;
}

static Result<quint64> readVarintImpl(QByteArrayView data, qsizetype &pos, int maxBytes,
                                      const char *what)
{
    if (pos < 0 || pos >= data.size())
        return Error(Error::InvalidInput,
                     Msg::tr("%1 at offset %2: no bytes left").arg(QLatin1String(what)).arg(pos));
    quint64 value = 0;
    for (int i = 0; i < maxBytes; ++i) {
        const qsizetype at = pos + i;
        if (at >= data.size())
            return Error(Error::InvalidInput, Msg::tr("%1 at offset %2: truncated after %3 byte(s)")
                                                  .arg(QLatin1String(what))
                                                  .arg(pos)
                                                  .arg(i));
        const quint8 byte = quint8(data[at]);
        if (i == 9 && (byte & 0x7e)) // 10th byte of a protobuf varint only carries bit 63
            return Error(
                Error::InvalidInput,
                Msg::tr("%1 at offset %2: exceeds 64 bits").arg(QLatin1String(what)).arg(pos));
        value |= quint64(byte & 0x7f) << (7 * i);
        if (!(byte & 0x80)) {
            // Minimal encoding: a final zero group after the first byte (`81 00`) could have
            // been left out, so the same number would have two encodings.
            if (byte == 0 && i > 0)
                return Error(Error::InvalidInput, Msg::tr("%1 at offset %2: non-minimal encoding")
                                                      .arg(QLatin1String(what))
                                                      .arg(pos));
            pos = at + 1;
            return value;
        }
    }
    return Error(Error::InvalidInput, Msg::tr("%1 at offset %2: longer than %3 bytes")
                                          .arg(QLatin1String(what))
                                          .arg(pos)
                                          .arg(maxBytes));
}

Result<quint64> readUvarint(QByteArrayView data, qsizetype &pos)
{
    return readVarintImpl(data, pos, kMaxUvarintBytes, "uvarint");
}

Result<quint64> readPbVarint(QByteArrayView data, qsizetype &pos)
{
    return readVarintImpl(data, pos, 10, "protobuf varint");
}

} // namespace pt::ipfs
