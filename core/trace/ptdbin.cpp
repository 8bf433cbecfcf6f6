#include "core/trace/ptdbin.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>
#include <QtEndian>

#include <cstring>

namespace pt::trace {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::trace)
};

constexpr const char *kCommandNames[kPtdCommandTypes] = {"NEW_ADD",   "P",      "INV", "PP",
                                                         "ONE_MINUS", "DIVIDE", "ZERO"};

// Layout constants (docs/UPSTREAM.md). PTDPRMC1: 56-byte header, 128-byte commands with three
// 32-byte pointers. PTDPRMC3: 40-byte header, 80-byte commands with three 16-byte operands,
// 24-byte input records. The command prefix (i32 type, u32 pad, u64 from, u64 to,
// f64 multiplier = 32 bytes) is shared by both; 32 + 3·32 = 128 and 32 + 3·16 = 80.
constexpr std::uint64_t kHeader1 = 56, kCommand1 = 128, kPointer1 = 32;
constexpr std::uint64_t kHeader3 = 40, kCommand3 = 80, kOperand3 = 16, kInput3 = 24;
constexpr std::uint64_t kCommandPrefix = 32;
// Caps applied to every count before it is multiplied, so the size formula cannot overflow
// u64: 128·2^32 + 8·2^40 + 24·2^40 < 2^46.
constexpr std::uint64_t kMaxCommands = kPtdMaxCommands;
constexpr std::uint64_t kMaxMem = 1ULL << 40;
constexpr std::uint64_t kMaxVertices = 1ULL << 32;
constexpr std::uint64_t kMaxInputs = 1ULL << 40;

Error invalid(const QString &message)
{
    return Error(Error::InvalidInput, message);
}

template <typename T> T rd(const char *p)
{
    T v;
    std::memcpy(&v, p, sizeof(T));
    return qFromLittleEndian(v);
}

QString hex64(std::uint64_t v)
{
    return QStringLiteral("%1").arg(v, 16, 16, QLatin1Char('0'));
}

Result<std::uint64_t> parseHashPrefix(const QString &hex)
{
    const QString h = hex.trimmed();
    if (h.size() < 16)
        return invalid(Msg::tr("graph hash '%1' is too short: need at least 16 hex digits "
                               "(the full 64-digit hash is expected)")
                           .arg(h));
    for (QChar c : h) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return invalid(Msg::tr("graph hash '%1' is not hexadecimal").arg(h.left(80)));
    }
    bool ok = false;
    const std::uint64_t v = h.left(16).toULongLong(&ok, 16);
    if (!ok)
        return invalid(Msg::tr("graph hash '%1' is not hexadecimal").arg(h.left(80)));
    return v;
}

Result<std::uint64_t> checkCount(std::uint64_t value, std::uint64_t cap, const char *what)
{
    if (value > cap)
        return invalid(Msg::tr("header: %1 = %2 is implausibly large (limit %3); the file "
                               "is corrupt")
                           .arg(QLatin1String(what))
                           .arg(value)
                           .arg(cap));
    return value;
}

Result<void> checkCommandType(std::int32_t type, std::uint64_t c, std::uint64_t offset)
{
    if (type < 0 || type >= kPtdCommandTypes)
        return invalid(Msg::tr("command %1 (offset %2): type %3 is unknown (must be 0..6: "
                               "NEW_ADD, P, INV, PP, ONE_MINUS, DIVIDE, ZERO)")
                           .arg(c)
                           .arg(offset)
                           .arg(type));
    return {};
}

const char *kPointerNames1[3] = {"first", "second", "third"};

Result<PtdBinSummary> parseRev1(QByteArrayView b, PtdBinSummary s)
{
    const char *d = b.data();
    const std::uint64_t size = static_cast<std::uint64_t>(b.size());
    if (size < kHeader1)
        return invalid(
            Msg::tr("PTDPRMC1 file is %1 bytes, shorter than its 56-byte header").arg(size));
    s.version = rd<std::uint32_t>(d + 8);
    s.formatRevision = rd<std::uint32_t>(d + 12);
    s.graphHashPrefix = rd<std::uint64_t>(d + 16);
    if (s.version != 1)
        return Error(
            Error::Unsupported,
            Msg::tr("PTDPRMC1 header version %1 is not supported (only 1)").arg(s.version));
    if (s.formatRevision != 1 && s.formatRevision != 2)
        return Error(Error::Unsupported,
                     Msg::tr("PTDPRMC1 format_revision %1 is newer than this build "
                             "understands (1 or 2); update phasic-traces")
                         .arg(s.formatRevision));
    auto c = checkCount(rd<std::uint64_t>(d + 24), kMaxCommands, "commands");
    auto m = checkCount(rd<std::uint64_t>(d + 32), kMaxMem, "mem doubles");
    auto v = checkCount(rd<std::uint64_t>(d + 40), kMaxVertices, "memr length (vertices)");
    if (!c || !m || !v)
        return !c ? c.error() : !m ? m.error() : v.error();
    s.commands = *c;
    s.memDoubles = *m;
    s.vertices = *v;
    const std::uint64_t expected =
        kHeader1 + kCommand1 * s.commands + 8 * s.memDoubles + 8 * s.vertices;
    if (size != expected)
        return invalid(
            Msg::tr("PTDPRMC1 size mismatch: the header says %1 commands, %2 mem "
                    "doubles and %3 vertices, which needs exactly %4 bytes, but "
                    "the file has %5 (%6)")
                .arg(s.commands)
                .arg(s.memDoubles)
                .arg(s.vertices)
                .arg(expected)
                .arg(size)
                .arg(size < expected ? Msg::tr("truncated") : Msg::tr("trailing bytes")));
    for (std::uint64_t i = 0; i < s.commands; ++i) {
        const std::uint64_t off = kHeader1 + i * kCommand1;
        const char *cmd = d + off;
        const auto type = rd<std::int32_t>(cmd);
        if (auto r = checkCommandType(type, i, off); !r)
            return r.error();
        ++s.histogram[static_cast<std::size_t>(type)];
        for (int p = 0; p < 3; ++p) {
            const char *ptr = cmd + kCommandPrefix + p * kPointer1;
            const auto kind = static_cast<std::uint8_t>(ptr[0]);
            const auto memOffset = rd<std::int64_t>(ptr + 8);
            const auto vertex = rd<std::uint32_t>(ptr + 16);
            const auto byteOffset = rd<std::int64_t>(ptr + 24);
            const QString where = Msg::tr("command %1 (offset %2), %3 pointer")
                                      .arg(i)
                                      .arg(off)
                                      .arg(QLatin1String(kPointerNames1[p]));
            switch (kind) {
            case 0: // NULL
                break;
            case 1: // MEM
                if (memOffset < 0 || std::uint64_t(memOffset) >= s.memDoubles)
                    return invalid(Msg::tr("%1: MEM offset %2 is outside the %3 mem "
                                           "doubles")
                                       .arg(where)
                                       .arg(memOffset)
                                       .arg(s.memDoubles));
                ++s.memPointers;
                break;
            case 2: // EDGE
                if (vertex >= s.vertices)
                    return invalid(Msg::tr("%1: EDGE vertex %2 is out of range (must be < "
                                           "%3 vertices)")
                                       .arg(where)
                                       .arg(vertex)
                                       .arg(s.vertices));
                if (byteOffset < 0)
                    return invalid(
                        Msg::tr("%1: EDGE byte offset %2 is negative").arg(where).arg(byteOffset));
                ++s.edgePointers;
                break;
            case 3: // EXTERNAL: an anchor in another graph (SCC files), not indexable here
                if (byteOffset < 0)
                    return invalid(Msg::tr("%1: EXTERNAL byte offset %2 is negative")
                                       .arg(where)
                                       .arg(byteOffset));
                ++s.externalInputs;
                break;
            default:
                return invalid(Msg::tr("%1: kind %2 is unknown (must be 0 NULL, 1 MEM, "
                                       "2 EDGE, 3 EXTERNAL)")
                                   .arg(where)
                                   .arg(kind));
            }
        }
    }
    const std::uint64_t memrOff = kHeader1 + kCommand1 * s.commands + 8 * s.memDoubles;
    for (std::uint64_t v2 = 0; v2 < s.vertices; ++v2) {
        const auto o = rd<std::int64_t>(d + memrOff + 8 * v2);
        if (o == -1)
            continue;
        if (o < 0 || std::uint64_t(o) >= s.memDoubles)
            return invalid(Msg::tr("memr[%1] (offset %2) = %3 is outside the %4 mem "
                                   "doubles (must be −1 or 0..%5)")
                               .arg(v2)
                               .arg(memrOff + 8 * v2)
                               .arg(o)
                               .arg(s.memDoubles)
                               .arg(s.memDoubles == 0 ? -1 : qint64(s.memDoubles - 1)));
        ++s.memrSet;
    }
    return s;
}

Result<PtdBinSummary> parseRev3(QByteArrayView b, PtdBinSummary s)
{
    const char *d = b.data();
    const std::uint64_t size = static_cast<std::uint64_t>(b.size());
    if (size < kHeader3)
        return invalid(
            Msg::tr("PTDPRMC3 file is %1 bytes, shorter than its 40-byte header").arg(size));
    s.formatRevision = 3;
    auto c = checkCount(rd<std::uint64_t>(d + 8), kMaxCommands, "commands");
    auto m = checkCount(rd<std::uint64_t>(d + 16), kMaxMem, "mem doubles");
    auto in = checkCount(rd<std::uint64_t>(d + 24), kMaxInputs, "inputs");
    if (!c || !m || !in)
        return !c ? c.error() : !m ? m.error() : in.error();
    s.commands = *c;
    s.memDoubles = *m;
    s.inputs = *in;
    const std::uint64_t expected =
        kHeader3 + kCommand3 * s.commands + 8 * s.memDoubles + kInput3 * s.inputs;
    if (size != expected)
        return invalid(
            Msg::tr("PTDPRMC3 size mismatch: the header says %1 commands, %2 mem "
                    "doubles and %3 inputs, which needs exactly %4 bytes, but "
                    "the file has %5 (%6)")
                .arg(s.commands)
                .arg(s.memDoubles)
                .arg(s.inputs)
                .arg(expected)
                .arg(size)
                .arg(size < expected ? Msg::tr("truncated") : Msg::tr("trailing bytes")));
    for (std::uint64_t i = 0; i < s.commands; ++i) {
        const std::uint64_t off = kHeader3 + i * kCommand3;
        const char *cmd = d + off;
        const auto type = rd<std::int32_t>(cmd);
        if (auto r = checkCommandType(type, i, off); !r)
            return r.error();
        ++s.histogram[static_cast<std::size_t>(type)];
        for (int p = 0; p < 3; ++p) {
            const char *op = cmd + kCommandPrefix + p * kOperand3;
            const auto memOffset = rd<std::int64_t>(op);
            const auto input = rd<std::uint32_t>(op + 8);
            const auto kind = static_cast<std::uint8_t>(op[12]);
            const QString where = Msg::tr("command %1 (offset %2), %3 operand")
                                      .arg(i)
                                      .arg(off)
                                      .arg(QLatin1String(kPointerNames1[p]));
            switch (kind) {
            case 0:
                break;
            case 1:
                if (memOffset < 0 || std::uint64_t(memOffset) >= s.memDoubles)
                    return invalid(Msg::tr("%1: MEM offset %2 is outside the %3 mem "
                                           "doubles")
                                       .arg(where)
                                       .arg(memOffset)
                                       .arg(s.memDoubles));
                ++s.memPointers;
                break;
            case 2:
                if (input >= s.inputs)
                    return invalid(Msg::tr("%1: INPUT index %2 is out of range (must be < "
                                           "%3 inputs)")
                                       .arg(where)
                                       .arg(input)
                                       .arg(s.inputs));
                break;
            default:
                return invalid(Msg::tr("%1: kind %2 is unknown (must be 0 NULL, 1 MEM, "
                                       "2 INPUT)")
                                   .arg(where)
                                   .arg(kind));
            }
        }
    }
    const std::uint64_t inOff = kHeader3 + kCommand3 * s.commands + 8 * s.memDoubles;
    std::uint64_t maxVertex = 0;
    bool anyEdge = false;
    for (std::uint64_t k = 0; k < s.inputs; ++k) {
        const std::uint64_t off = inOff + k * kInput3;
        const char *rec = d + off;
        const auto byteOffset = rd<std::int64_t>(rec);
        const auto vertex = rd<std::uint32_t>(rec + 8);
        const auto kind = static_cast<std::uint8_t>(rec[16]);
        if (kind != 2 && kind != 3)
            return invalid(Msg::tr("input %1 (offset %2): kind %3 is unknown (must be "
                                   "2 EDGE or 3 EXTERNAL)")
                               .arg(k)
                               .arg(off)
                               .arg(kind));
        if (byteOffset < 0)
            return invalid(Msg::tr("input %1 (offset %2): byte offset %3 is negative")
                               .arg(k)
                               .arg(off)
                               .arg(byteOffset));
        if (kind == 2) {
            ++s.edgePointers;
            anyEdge = true;
            maxVertex = std::max<std::uint64_t>(maxVertex, vertex);
        } else {
            ++s.externalInputs;
        }
    }
    s.vertices = anyEdge ? maxVertex + 1 : 0;
    return s;
}

} // namespace

const char *ptdCommandTypeName(int type)
{
    return (type >= 0 && type < kPtdCommandTypes) ? kCommandNames[type] : "?";
}

bool looksPtdBin(QByteArrayView bytes)
{
    return bytes.size() >= 8 && std::memcmp(bytes.data(), "PTDPRMC", 7) == 0;
}

Result<PtdBinSummary> parsePtdBin(QByteArrayView bytes, const QString &graphHashHex)
{
    std::optional<std::uint64_t> wanted;
    if (!graphHashHex.isEmpty()) {
        auto h = parseHashPrefix(graphHashHex);
        if (!h)
            return h.error();
        wanted = *h;
    }
    if (bytes.size() < 8)
        return invalid(Msg::tr("file is %1 bytes: too short for a ptd_pcg .bin (magic "
                               "PTDPRMC1 or PTDPRMC3)")
                           .arg(bytes.size()));
    PtdBinSummary s;
    s.fileSize = bytes.size();
    s.magic = QString::fromLatin1(bytes.first(8).toByteArray().toHex());
    Result<PtdBinSummary> r = Error();
    if (std::memcmp(bytes.data(), "PTDPRMC1", 8) == 0) {
        s.magic = QStringLiteral("PTDPRMC1");
        s.layout = PtdBinLayout::Rev1_2;
        r = parseRev1(bytes, s);
    } else if (std::memcmp(bytes.data(), "PTDPRMC3", 8) == 0) {
        s.magic = QStringLiteral("PTDPRMC3");
        s.layout = PtdBinLayout::Rev3;
        r = parseRev3(bytes, s);
    } else if (std::memcmp(bytes.data(), "PTDPRMC", 7) == 0) {
        return Error(
            Error::Unsupported,
            Msg::tr("ptd_pcg magic '%1' is a layout this build does not know "
                    "(PTDPRMC1 and PTDPRMC3 are supported)")
                .arg(QString::fromLatin1(bytes.first(8).toByteArray().toPercentEncoding())));
    } else {
        return invalid(Msg::tr("not a ptd_pcg .bin: the file starts with %1, not "
                               "PTDPRMC1/PTDPRMC3")
                           .arg(s.magic));
    }
    if (!r)
        return r;
    if (wanted) {
        if (r->layout == PtdBinLayout::Rev1_2)
            r->hashMatches = (r->graphHashPrefix == *wanted);
        // PTDPRMC3 stores no hash; the caller's hash cannot be checked against the file.
    }
    return r;
}

QJsonObject ptdBinSummaryToJson(const PtdBinSummary &s)
{
    QJsonObject hist;
    for (int k = 0; k < kPtdCommandTypes; ++k)
        hist.insert(QLatin1String(kCommandNames[k]), double(s.histogram[k]));
    QJsonObject o{
        {QStringLiteral("format"), QStringLiteral("ptd_pcg")},
        {QStringLiteral("magic"), s.magic},
        {QStringLiteral("format_revision"), double(s.formatRevision)},
        {QStringLiteral("commands"), double(s.commands)},
        {QStringLiteral("command_histogram"), hist},
        {QStringLiteral("mem_doubles"), double(s.memDoubles)},
        {QStringLiteral("vertices"), double(s.vertices)},
        {QStringLiteral("edge_inputs"), double(s.edgePointers)},
        {QStringLiteral("external_inputs"), double(s.externalInputs)},
        {QStringLiteral("file_size"), double(s.fileSize)},
        {QStringLiteral("evaluable"), false},
        {QStringLiteral("note"),
         QStringLiteral("a .bin is a compiled elimination tape; its coefficients live in the "
                        "model that produced it, so it cannot be evaluated on its own")},
    };
    if (s.layout == PtdBinLayout::Rev1_2) {
        o.insert(QStringLiteral("version"), double(s.version));
        o.insert(QStringLiteral("graph_hash_prefix"), hex64(s.graphHashPrefix));
        o.insert(QStringLiteral("memr_set"), double(s.memrSet));
    } else {
        o.insert(QStringLiteral("inputs"), double(s.inputs));
    }
    if (s.hashMatches)
        o.insert(QStringLiteral("graph_hash_matches"), *s.hashMatches);
    return o;
}

QString ptdBinSummaryToText(const PtdBinSummary &s)
{
    QStringList hist;
    for (int k = 0; k < kPtdCommandTypes; ++k) {
        if (s.histogram[k])
            hist
                << QStringLiteral("%1 %2").arg(QLatin1String(kCommandNames[k])).arg(s.histogram[k]);
    }
    QString t;
    t += QStringLiteral("format:            ptd_pcg artifact %1, format_revision %2%3\n")
             .arg(s.magic)
             .arg(s.formatRevision)
             .arg(s.layout == PtdBinLayout::Rev1_2 ? QStringLiteral(", version %1").arg(s.version)
                                                   : QString());
    t += QStringLiteral("size:              %1 bytes (layout checked exactly)\n").arg(s.fileSize);
    t += QStringLiteral("vertices:          %1%2\n")
             .arg(s.vertices)
             .arg(s.layout == PtdBinLayout::Rev3 ? QStringLiteral(" (highest referenced + 1)")
                                                 : QString());
    t += QStringLiteral("commands:          %1 (%2)\n")
             .arg(s.commands)
             .arg(hist.join(QStringLiteral(", ")));
    t += QStringLiteral("mem doubles:       %1\n").arg(s.memDoubles);
    if (s.layout == PtdBinLayout::Rev3)
        t += QStringLiteral("inputs:            %1\n").arg(s.inputs);
    t += QStringLiteral("edge inputs:       %1, external inputs %2\n")
             .arg(s.edgePointers)
             .arg(s.externalInputs);
    if (s.layout == PtdBinLayout::Rev1_2) {
        t += QStringLiteral("graph hash prefix: %1").arg(hex64(s.graphHashPrefix));
        if (s.hashMatches)
            t += *s.hashMatches ? QStringLiteral(" (matches the given graph hash)")
                                : QStringLiteral(" (DOES NOT match the given graph hash)");
        t += QLatin1Char('\n');
    }
    t += QStringLiteral("note:              a .bin is a compiled elimination tape whose "
                        "coefficients live in the model; it cannot be evaluated on its own\n");
    return t;
}

} // namespace pt::trace
