#include "core/ipfs/unixfs.h"

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

constexpr int kVarint = 0;
constexpr int kBytes = 2;
constexpr int kFixed32 = 5;

void appendKey(QByteArray &out, int field, int wire)
{
    appendUvarint(out, quint64(field) << 3 | quint64(wire));
}

void appendVarintField(QByteArray &out, int field, quint64 value)
{
    appendKey(out, field, kVarint);
    appendUvarint(out, value);
}

void appendBytesField(QByteArray &out, int field, QByteArrayView bytes)
{
    appendKey(out, field, kBytes);
    appendUvarint(out, quint64(bytes.size()));
    out.append(bytes);
}

const char *const kFieldNames[] = {"",         "Type",   "Data", "filesize", "blocksizes",
                                   "hashType", "fanout", "mode", "mtime"};

Error fail(const char *what, qsizetype at, const QString &msg)
{
    return Error(Error::InvalidInput,
                 Msg::tr("UnixFS %1 at offset %2: %3").arg(QLatin1String(what)).arg(at).arg(msg));
}

Result<QByteArrayView> readBytes(QByteArrayView data, qsizetype &pos, const char *what)
{
    const qsizetype at = pos;
    auto len = readPbVarint(data, pos);
    if (!len)
        return fail(what, at, Msg::tr("length: ") + len.error().message);
    if (*len > quint64(data.size() - pos)) {
        const qsizetype left = data.size() - pos;
        pos = at;
        return fail(what, at, Msg::tr("length %1 but only %2 byte(s) left").arg(*len).arg(left));
    }
    QByteArrayView v = data.sliced(pos, qsizetype(*len));
    pos += qsizetype(*len);
    return v;
}

Result<UnixTime> decodeMtime(QByteArrayView bytes, qsizetype base)
{
    UnixTime t;
    bool haveSeconds = false;
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype at = pos;
        auto k = readPbVarint(bytes, pos);
        if (!k)
            return fail("mtime", base + at, k.error().message);
        const quint64 field = *k >> 3;
        const int wire = int(*k & 7);
        if (field == 1 && wire == kVarint) {
            if (haveSeconds)
                return fail("mtime", base + at, Msg::tr("duplicate seconds"));
            auto v = readPbVarint(bytes, pos);
            if (!v)
                return fail("mtime", base + at, Msg::tr("seconds: ") + v.error().message);
            t.seconds = qint64(*v); // int64: two's complement on the wire
            haveSeconds = true;
        } else if (field == 2 && wire == kFixed32) {
            if (t.nanos)
                return fail("mtime", base + at, Msg::tr("duplicate nanos"));
            if (bytes.size() - pos < 4)
                return fail("mtime", base + at, Msg::tr("truncated nanos"));
            const quint32 n = quint32(quint8(bytes[pos])) | quint32(quint8(bytes[pos + 1])) << 8 |
                              quint32(quint8(bytes[pos + 2])) << 16 |
                              quint32(quint8(bytes[pos + 3])) << 24;
            pos += 4;
            // unixfs.md: nanos must be < 10^9 (a fraction of a second).
            if (n > 999999999u)
                return fail("mtime", base + at, Msg::tr("nanos %1 is not below 10^9").arg(n));
            t.nanos = n;
        } else {
            return fail("mtime", base + at,
                        Msg::tr("unexpected field %1 with wire type %2 (UnixTime has "
                                "seconds=1 varint, nanos=2 fixed32)")
                            .arg(field)
                            .arg(wire));
        }
    }
    if (!haveSeconds)
        return fail("mtime", base, Msg::tr("seconds missing"));
    return t;
}

} // namespace

QByteArray encodeUnixfsData(const UnixfsData &d)
{
    QByteArray out;
    appendVarintField(out, 1, quint64(int(d.type)));
    if (d.data)
        appendBytesField(out, 2, *d.data);
    if (d.filesize)
        appendVarintField(out, 3, *d.filesize);
    // Repeated, not packed: Kubo writes one tag per entry and the CID depends on it.
    for (quint64 size : d.blocksizes)
        appendVarintField(out, 4, size);
    if (d.hashType)
        appendVarintField(out, 5, *d.hashType);
    if (d.fanout)
        appendVarintField(out, 6, *d.fanout);
    if (d.mode)
        appendVarintField(out, 7, *d.mode);
    if (d.mtime) {
        QByteArray t;
        appendVarintField(t, 1, quint64(d.mtime->seconds));
        if (d.mtime->nanos) {
            appendKey(t, 2, kFixed32);
            const quint32 n = *d.mtime->nanos;
            t.append(char(n & 0xff)).append(char(n >> 8 & 0xff));
            t.append(char(n >> 16 & 0xff)).append(char(n >> 24 & 0xff));
        }
        appendBytesField(out, 8, t);
    }
    return out;
}

Result<UnixfsData> decodeUnixfsData(QByteArrayView bytes)
{
    UnixfsData d;
    bool seen[9] = {};
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        const qsizetype at = pos;
        auto k = readPbVarint(bytes, pos);
        if (!k)
            return fail("Data", at, k.error().message);
        const quint64 field = *k >> 3;
        const int wire = int(*k & 7);
        if (field < 1 || field > 8)
            return fail("Data", at,
                        Msg::tr("unknown field %1 (Data has fields 1 to 8)").arg(field));
        const char *name = kFieldNames[field];
        // blocksizes is repeated and may come packed (wire type 2) from some writers.
        if (field == 4 && wire == kBytes) {
            auto packed = readBytes(bytes, pos, "blocksizes");
            if (!packed)
                return packed.error();
            qsizetype p = 0;
            while (p < packed->size()) {
                const qsizetype vat = p;
                auto v = readPbVarint(*packed, p);
                if (!v)
                    return fail("blocksizes", pos - packed->size() + vat, v.error().message);
                d.blocksizes.append(*v);
            }
            seen[4] = true;
            continue;
        }
        const int expectedWire = (field == 2 || field == 8) ? kBytes : kVarint;
        if (wire != expectedWire)
            return fail("Data", at,
                        Msg::tr("field %1 (%2) has wire type %3 (expected %4)")
                            .arg(field)
                            .arg(QLatin1String(name))
                            .arg(wire)
                            .arg(expectedWire));
        if (seen[field] && field != 4)
            return fail("Data", at, Msg::tr("duplicate %1").arg(QLatin1String(name)));
        seen[field] = true;
        if (expectedWire == kBytes) {
            auto v = readBytes(bytes, pos, name);
            if (!v)
                return v.error();
            if (field == 2) {
                d.data = v->toByteArray();
            } else {
                auto t = decodeMtime(*v, pos - v->size());
                if (!t)
                    return t.error();
                d.mtime = *t;
            }
            continue;
        }
        const qsizetype vat = pos;
        auto v = readPbVarint(bytes, pos);
        if (!v)
            return fail(name, vat, v.error().message);
        switch (field) {
        case 1:
            if (*v > quint64(UnixfsType::HAMTShard))
                return fail("Type", vat, Msg::tr("unknown type %1 (0 to 5 are defined)").arg(*v));
            d.type = UnixfsType(int(*v));
            break;
        case 3:
            d.filesize = *v;
            break;
        case 4:
            d.blocksizes.append(*v);
            break;
        case 5:
            d.hashType = *v;
            break;
        case 6:
            d.fanout = *v;
            break;
        case 7:
            if (*v > 0xffffffffULL)
                return fail("mode", vat, Msg::tr("%1 does not fit 32 bits").arg(*v));
            d.mode = quint32(*v);
            break;
        default:
            break;
        }
    }
    if (!seen[1])
        return fail("Data", 0, Msg::tr("required field Type is missing"));
    return d;
}

} // namespace pt::ipfs
