#include "core/ipfs/dagpb.h"

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

// Protobuf wire types we meet: 0 varint, 2 length-delimited.
constexpr int kVarint = 0;
constexpr int kBytes = 2;

void appendBytesField(QByteArray &out, int field, QByteArrayView bytes)
{
    appendUvarint(out, quint64(field) << 3 | kBytes);
    appendUvarint(out, quint64(bytes.size()));
    out.append(bytes);
}

struct Reader
{
    QByteArrayView data;
    qsizetype pos = 0;
    qsizetype base = 0; // offset of data inside the whole block, for messages
    const char *what;

    Error error(qsizetype at, const QString &msg) const
    {
        return Error(
            Error::InvalidInput,
            Msg::tr("dag-pb %1 at offset %2: %3").arg(QLatin1String(what)).arg(base + at).arg(msg));
    }

    // Reads a field key; returns field number and wire type.
    Result<std::pair<quint64, int>> key()
    {
        const qsizetype at = pos;
        auto k = readPbVarint(data, pos);
        if (!k)
            return error(at, k.error().message);
        return std::pair<quint64, int>(*k >> 3, int(*k & 7));
    }

    Result<QByteArrayView> bytes()
    {
        const qsizetype at = pos;
        auto len = readPbVarint(data, pos);
        if (!len)
            return error(at, Msg::tr("length: ") + len.error().message);
        // Compare with what is there before using the length for anything.
        if (*len > quint64(data.size() - pos)) {
            const qsizetype left = data.size() - pos;
            pos = at;
            return error(at, Msg::tr("length %1 but only %2 byte(s) left").arg(*len).arg(left));
        }
        QByteArrayView v = data.sliced(pos, qsizetype(*len));
        pos += qsizetype(*len);
        return v;
    }
};

QString fieldName(const char *what, quint64 field)
{
    return Msg::tr("%1 field %2").arg(QLatin1String(what)).arg(field);
}

Result<PbLink> decodeLink(QByteArrayView bytes, qsizetype base)
{
    Reader r{bytes, 0, base, "PBLink"};
    PbLink link;
    bool haveHash = false;
    int lastField = 0;
    while (r.pos < bytes.size()) {
        const qsizetype at = r.pos;
        auto k = r.key();
        if (!k)
            return k.error();
        const auto [field, wire] = *k;
        if (field < 1 || field > 3)
            return r.error(
                at, Msg::tr("unknown field %1 (PBLink has Hash=1, Name=2, Tsize=3)").arg(field));
        // The dag-pb spec fixes the link field order (Hash, Name, Tsize) and forbids repeats.
        if (int(field) <= lastField)
            return r.error(at,
                           Msg::tr("%1 out of order or repeated").arg(fieldName("PBLink", field)));
        lastField = int(field);
        const int expectedWire = field == 3 ? kVarint : kBytes;
        if (wire != expectedWire)
            return r.error(at, Msg::tr("%1 has wire type %2 (expected %3)")
                                   .arg(fieldName("PBLink", field))
                                   .arg(wire)
                                   .arg(expectedWire));
        if (field == 3) {
            const qsizetype vat = r.pos;
            auto v = readPbVarint(bytes, r.pos);
            if (!v)
                return r.error(vat, Msg::tr("Tsize: ") + v.error().message);
            link.tsize = *v;
            continue;
        }
        auto v = r.bytes();
        if (!v)
            return v.error();
        if (field == 1) {
            auto cid = Cid::fromBytes(*v);
            if (!cid)
                return r.error(at, Msg::tr("Hash is not a CID: ") + cid.error().message);
            link.hash = std::move(*cid);
            haveHash = true;
        } else {
            link.name = v->toByteArray();
        }
    }
    if (!haveHash)
        return r.error(0, Msg::tr("link without Hash"));
    return link;
}

} // namespace

QByteArray encodePbNode(const PbNode &node)
{
    QByteArray out;
    QByteArray link;
    for (const PbLink &l : node.links) {
        link.clear();
        appendBytesField(link, 1, l.hash.bytes());
        if (l.name)
            appendBytesField(link, 2, *l.name);
        if (l.tsize) {
            appendUvarint(link, 3 << 3 | kVarint);
            appendUvarint(link, *l.tsize);
        }
        appendBytesField(out, 2, link);
    }
    // Links before Data: Kubo's (and the spec's) canonical order, unlike generic protobuf.
    if (node.data)
        appendBytesField(out, 1, *node.data);
    return out;
}

Result<PbNode> decodePbNode(QByteArrayView block)
{
    Reader r{block, 0, 0, "PBNode"};
    PbNode node;
    while (r.pos < block.size()) {
        const qsizetype at = r.pos;
        auto k = r.key();
        if (!k)
            return k.error();
        const auto [field, wire] = *k;
        if (field != 1 && field != 2)
            return r.error(at, Msg::tr("unknown field %1 (PBNode has Data=1, Links=2)").arg(field));
        if (wire != kBytes)
            return r.error(at, Msg::tr("%1 has wire type %2 (expected 2)")
                                   .arg(fieldName("PBNode", field))
                                   .arg(wire));
        auto v = r.bytes();
        if (!v)
            return v.error();
        if (field == 1) {
            if (node.data)
                return r.error(at, Msg::tr("duplicate Data"));
            node.data = v->toByteArray();
        } else {
            const qsizetype linkStart = r.pos - v->size();
            auto link = decodeLink(*v, linkStart);
            if (!link)
                return link.error().wrapped(Msg::tr("link %1").arg(node.links.size()));
            node.links.append(std::move(*link));
        }
    }
    return node;
}

} // namespace pt::ipfs
