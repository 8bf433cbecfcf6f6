#include "core/registry/registryparser.h"

#include "core/ipfs/cid.h"
#include "core/registry/indextables.h"
#include "core/registry/jsonreader.h"

#include <QJsonArray>
#include <QThread>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <atomic>
#include <climits>
#include <cstring>
#include <thread>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace pt::registry {

using namespace Qt::StringLiterals;
using detail::JsonReader;
using detail::NumToken;
using detail::StrToken;

namespace {

// A JSON path as a chain of stack objects, rendered only when a message needs it.
struct Path
{
    const Path *parent = nullptr;
    const char *literal = nullptr; // a key of the schema
    const QString *key = nullptr;  // a key from the data (ids, file names)
    int index = -1;                // an array index

    Path(const Path *p, const char *lit) : parent(p), literal(lit) {}
    Path(const Path *p, const QString *k) : parent(p), key(k) {}
    Path(const Path *p, int i) : parent(p), index(i) {}

    QString render() const
    {
        QString head = parent ? parent->render() : QString();
        if (index >= 0)
            return head + u'[' + QString::number(index) + u']';
        const QString part = literal ? QString::fromLatin1(literal) : key ? *key : QString();
        if (head.isEmpty())
            return part;
        return head + u'.' + part;
    }
};

// Ids, keys and values from the data, made safe to print: control characters escaped and
// long values shortened.
QString printable(QStringView s, qsizetype max = 80)
{
    QString out;
    for (qsizetype i = 0; i < s.size() && i < max; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < 0x20 || c == 0x7f)
            out += u"\\u%1"_s.arg(uint(c), 4, 16, QLatin1Char('0'));
        else if (c == u'"' || c == u'\\')
            out += u'\\' + QChar(c);
        else
            out += QChar(c);
    }
    if (s.size() > max)
        out += u'…';
    return u'"' + out + u'"';
}

// Hashes are checked in every entry (checksum, graph_hash, each artifact's sha256): 8 UTF-16
// units at a time where SSE2 is available.
bool isHex(QStringView s, qsizetype length)
{
    if (s.size() != length)
        return false;
    const char16_t *p = s.utf16();
    qsizetype i = 0;
#ifdef __SSE2__
    // Signed 16-bit compares: units from 0x8000 up are negative and fail both ranges.
    const __m128i before0 = _mm_set1_epi16('0' - 1), after9 = _mm_set1_epi16('9' + 1);
    const __m128i beforeA = _mm_set1_epi16('a' - 1), afterF = _mm_set1_epi16('f' + 1);
    const __m128i caseBit = _mm_set1_epi16(0x20);
    for (; i + 8 <= length; i += 8) {
        const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        const __m128i lower = _mm_or_si128(c, caseBit);
        const __m128i digit =
            _mm_and_si128(_mm_cmpgt_epi16(c, before0), _mm_cmplt_epi16(c, after9));
        const __m128i letter =
            _mm_and_si128(_mm_cmpgt_epi16(lower, beforeA), _mm_cmplt_epi16(lower, afterF));
        if (_mm_movemask_epi8(_mm_or_si128(digit, letter)) != 0xffff)
            return false;
    }
#endif
    for (; i < length; ++i) {
        const char16_t u = p[i];
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F')))
            return false;
    }
    return true;
}

// Upstream writes "bafybei000…0" for collections that have no content yet.
bool isPlaceholderCid(QStringView cid)
{
    for (QStringView prefix : {u"bafybei", u"bafkrei", u"Qm", u"b"}) {
        if (cid.startsWith(prefix)) {
            const QStringView rest = cid.mid(prefix.size());
            if (rest.size() < 8)
                return false;
            for (QChar c : rest)
                if (c != u'0')
                    return false;
            return true;
        }
    }
    return false;
}

// Cheap rejection before the full parse: upstream's "bafybei" + hex values fail here on the
// first digit outside base32, which matters when 100k entries each list two of them.
bool obviouslyNotCid(QStringView text)
{
    if (text.startsWith(u'b')) {
        for (QChar c : text.mid(1)) {
            const char16_t u = c.unicode();
            if (!((u >= u'a' && u <= u'z') || (u >= u'2' && u <= u'7')))
                return true;
        }
    }
    return false;
}

// Appends `items` to `out` with one allocation of the final size.
template <typename T, qsizetype N> void moveInto(QVarLengthArray<T, N> &items, QList<T> &out)
{
    if (items.isEmpty())
        return;
    out.reserve(out.size() + items.size());
    for (T &item : items)
        out.append(std::move(item));
}

// Values that repeat across entries (authors, licenses, tags, file names, dates) share one
// QString: fewer allocations at load and much less memory at 100k entries. A direct-mapped
// cache keyed by the token's raw bytes with a cheap hash: a dozen lookups per entry made a
// general hash table a visible part of loading. A collision only means another copy of the
// value (nothing relies on equal values sharing data), and the cache stays small however many
// distinct values a registry has. Escaped tokens are cached by their raw bytes too (equal raw
// text decodes equally): Python's json writes every non-ASCII character as \uXXXX, so
// upstream's repeated values often are escaped.
class InternCache
{
public:
    static constexpr qsizetype kMaxBytes = 64;

    QString get(const StrToken &t)
    {
        Slot &slot = m_slots[hash(t.data, t.size) & (kSlots - 1)];
        if (slot.size == t.size && slot.data && std::memcmp(slot.data, t.data, size_t(t.size)) == 0)
            return slot.value;
        slot.value = JsonReader::decode(t);
        slot.data = t.data;
        slot.size = t.size;
        return slot.value;
    }

private:
    static constexpr size_t kSlots = 4096;
    struct Slot
    {
        const char *data = nullptr; // the raw bytes (in the registry being parsed)
        qsizetype size = -1;
        QString value;
    };
    static quint64 hash(const char *p, qsizetype n)
    {
        quint64 h = quint64(n) * 0x9e3779b97f4a7c15ull;
        for (; n >= 8; p += 8, n -= 8) {
            quint64 w;
            std::memcpy(&w, p, 8);
            h = (h ^ w) * 0xff51afd7ed558ccdull;
            h ^= h >> 29;
        }
        quint64 w = 0;
        for (qsizetype i = 0; i < n; ++i)
            w = (w << 8) | quint8(p[i]);
        h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
        return h ^ (h >> 32);
    }
    std::vector<Slot> m_slots = std::vector<Slot>(kSlots);
};

struct Ctx
{
    JsonReader r;
    const char *origin;
    qsizetype size;
    QList<Warning> warnings;
    InternCache *interned = nullptr; // none: values are decoded one by one
    bool semantic = false;
    bool havePath = false;
    QString errorPath;
    // Aggregated v1 trap: files.*.cid values that are not CIDs.
    qsizetype invalidFileCids = 0;
    qsizetype entriesWithInvalidFileCids = 0;
    Warning exampleFileCid; // path/offset/entry of the first, message = the value

    Ctx(const char *begin, const char *end, const char *orig, qsizetype sz)
        : r(begin, end, orig), origin(orig), size(sz)
    {}

    bool typeError(const Path &p, const char *at, const QString &message)
    {
        if (!r.failed()) {
            semantic = true;
            havePath = true;
            errorPath = p.render();
            r.fail(at, message);
        }
        return false;
    }
    bool typeError(const Path &p, const QString &expected)
    {
        r.skipWs();
        const char *at = r.position();
        return typeError(p, at, u"expected "_s + expected + u", got "_s + r.describeNext());
    }
    // After a reader call: attaches the innermost path to a syntax error.
    bool check(const Path &p)
    {
        if (!r.failed())
            return true;
        if (!havePath) {
            havePath = true;
            errorPath = p.render();
        }
        return false;
    }

    void warn(Warning::Severity severity, const QString &entryId, const QString &path,
              qsizetype offset, const QString &message)
    {
        Warning w;
        w.severity = severity;
        w.entryId = entryId;
        w.path = path;
        w.offset = offset;
        w.message = message;
        warnings.append(std::move(w));
    }

    // `intern`: a value that often repeats (see InternCache).
    QString str(const StrToken &t, bool intern)
    {
        if (!intern || !interned || t.size > InternCache::kMaxBytes)
            return JsonReader::decode(t);
        return interned->get(t);
    }

    Error error(const QString &sourceName) const
    {
        int line = 0, column = 0;
        JsonReader::lineColumn(origin, size, r.errorOffset(), &line, &column);
        QString message;
        if (semantic)
            message = errorPath + u": "_s + r.errorMessage() + u" (line %1)"_s.arg(line);
        else
            message = u"line %1, column %2: "_s.arg(line).arg(column) + r.errorMessage() +
                      (errorPath.isEmpty() ? QString() : u" (in "_s + errorPath + u')');
        if (!sourceName.isEmpty())
            message = sourceName + u": "_s + message;
        return Error(Error::InvalidInput, message);
    }
};

// --- value readers: a JSON null reads as "not given" ---------------------------------------

bool readNull(Ctx &c, const Path &p)
{
    return c.r.readLiteral() || c.check(p);
}

bool readStr(Ctx &c, const Path &p, QString &out, bool intern = false)
{
    const char ch = c.r.peek();
    if (ch == '"') {
        StrToken t;
        if (!c.r.readString(t, kMaxStringBytes))
            return c.check(p);
        out = c.str(t, intern);
        return true;
    }
    if (ch == 'n')
        return readNull(c, p);
    return c.typeError(p, u"a string"_s);
}

bool readInt(Ctx &c, const Path &p, qint64 &out, qint64 max = LLONG_MAX)
{
    const char ch = c.r.peek();
    if (ch == '-' || (ch >= '0' && ch <= '9')) {
        const char *at = c.r.position();
        NumToken n;
        if (!c.r.readNumber(n))
            return c.check(p);
        // The text only for messages: building it for every number cost an allocation each.
        const auto text = [&n] { return QString::fromLatin1(n.data, n.size); };
        if (!n.integer || !n.fitsInt64)
            return c.typeError(p, at, u"expected a whole number, got "_s + text());
        if (n.intValue < 0)
            return c.typeError(p, at, u"expected a non-negative number, got "_s + text());
        if (n.intValue > max)
            return c.typeError(p, at,
                               u"number %1 is larger than the limit of %2"_s.arg(text()).arg(max));
        out = n.intValue;
        return true;
    }
    if (ch == 'n')
        return readNull(c, p);
    return c.typeError(p, u"a number"_s);
}

bool readInt(Ctx &c, const Path &p, int &out)
{
    qint64 v = out;
    if (!readInt(c, p, v, INT_MAX))
        return false;
    out = int(v);
    return true;
}

bool readBool(Ctx &c, const Path &p, bool &out)
{
    const char ch = c.r.peek();
    if (ch == 't' || ch == 'f') {
        out = ch == 't';
        return c.r.readLiteral() || c.check(p);
    }
    if (ch == 'n')
        return readNull(c, p);
    return c.typeError(p, u"true or false"_s);
}

bool readStrList(Ctx &c, const Path &p, QStringList &out, bool intern)
{
    const char ch = c.r.peek();
    if (ch == 'n')
        return readNull(c, p);
    if (ch != '[')
        return c.typeError(p, u"an array of strings"_s);
    c.r.beginArray();
    bool first = true;
    int i = 0;
    // Collected on the stack, then moved into a list of the exact size: one allocation
    // instead of one per growth step.
    QVarLengthArray<QString, 16> items;
    while (c.r.nextElement(first)) {
        const Path ep(&p, i++);
        QString s;
        if (c.r.peek() != '"')
            return c.typeError(ep, u"a string"_s);
        if (!readStr(c, ep, s, intern))
            return false;
        items.append(std::move(s));
    }
    if (!c.check(p))
        return false;
    moveInto(items, out);
    return true;
}

// Generic value, for the parts we keep whole (pins, pinning services).
bool readJson(Ctx &c, const Path &p, QJsonValue &out, int depth = 0)
{
    const char ch = c.r.peek();
    if (ch == '{' || ch == '[') {
        if (depth >= kMaxJsonDepth)
            return c.typeError(p, c.r.position(),
                               u"nested deeper than %1 levels"_s.arg(kMaxJsonDepth));
        bool first = true;
        if (ch == '{') {
            QJsonObject o;
            c.r.beginObject();
            StrToken k;
            while (c.r.nextMember(first, k)) {
                const QString key = c.str(k, true);
                QJsonValue v;
                if (!readJson(c, Path(&p, &key), v, depth + 1))
                    return false;
                o.insert(key, v);
            }
            out = o;
        } else {
            QJsonArray a;
            c.r.beginArray();
            int i = 0;
            while (c.r.nextElement(first)) {
                QJsonValue v;
                if (!readJson(c, Path(&p, i++), v, depth + 1))
                    return false;
                a.append(v);
            }
            out = a;
        }
        return c.check(p);
    }
    if (ch == '"') {
        QString s;
        if (!readStr(c, p, s, true))
            return false;
        out = s;
        return true;
    }
    if (ch == 't' || ch == 'f') {
        out = ch == 't';
        return c.r.readLiteral() || c.check(p);
    }
    if (ch == 'n') {
        out = QJsonValue();
        return readNull(c, p);
    }
    NumToken n;
    if (!c.r.readNumber(n))
        return c.check(p);
    if (n.integer && n.fitsInt64)
        out = n.intValue;
    else
        out = n.value;
    return true;
}

bool skipUnknown(Ctx &c, const Path &p, const StrToken &key, QStringList *unknown,
                 const QString &prefix = QString())
{
    const QString name = JsonReader::decode(key);
    if (unknown)
        unknown->append(prefix + name);
    return c.r.skipValue() || c.check(Path(&p, &name));
}

bool expectObject(Ctx &c, const Path &p)
{
    if (c.r.peek() != '{')
        return c.typeError(p, u"an object"_s);
    return c.r.beginObject();
}

// --- schema -----------------------------------------------------------------------------

bool readParameters(Ctx &c, const Path &p, QList<Parameter> &out)
{
    const char ch = c.r.peek();
    if (ch == 'n')
        return readNull(c, p);
    if (ch != '[')
        return c.typeError(p, u"an array"_s);
    c.r.beginArray();
    bool first = true;
    int i = 0;
    QVarLengthArray<Parameter, 8> items;
    while (c.r.nextElement(first)) {
        const Path ep(&p, i++);
        Parameter param;
        const char e = c.r.peek();
        if (e == '"') { // a bare name is a reasonable shorthand
            if (!readStr(c, ep, param.name, true))
                return false;
        } else {
            if (!expectObject(c, ep))
                return false;
            bool f = true;
            StrToken k;
            while (c.r.nextMember(f, k)) {
                bool ok;
                if (k.is("name"))
                    ok = readStr(c, Path(&ep, "name"), param.name, true);
                else if (k.is("description"))
                    ok = readStr(c, Path(&ep, "description"), param.description, true);
                else if (k.is("domain"))
                    ok = readStr(c, Path(&ep, "domain"), param.domain, true);
                else
                    ok = skipUnknown(c, ep, k, nullptr);
                if (!ok)
                    return false;
            }
            if (!c.check(ep))
                return false;
        }
        items.append(std::move(param));
    }
    if (!c.check(p))
        return false;
    moveInto(items, out);
    return true;
}

bool readCitation(Ctx &c, const Path &p, Citation &out)
{
    const char ch = c.r.peek();
    if (ch == '"' || ch == 'n')
        return readStr(c, p, out.text, true);
    if (!expectObject(c, p))
        return false;
    bool first = true;
    StrToken k;
    while (c.r.nextMember(first, k)) {
        bool ok;
        if (k.is("text"))
            ok = readStr(c, Path(&p, "text"), out.text, true);
        else if (k.is("doi"))
            ok = readStr(c, Path(&p, "doi"), out.doi, true);
        else if (k.is("url"))
            ok = readStr(c, Path(&p, "url"), out.url, true);
        else
            ok = skipUnknown(c, p, k, nullptr);
        if (!ok)
            return false;
    }
    return c.check(p);
}

bool readMetadata(Ctx &c, const Path &p, Entry &e)
{
    if (c.r.peek() == 'n')
        return readNull(c, p);
    if (!expectObject(c, p))
        return false;
    Metadata &m = e.metadata;
    bool first = true;
    StrToken k;
    while (c.r.nextMember(first, k)) {
        bool ok;
        if (k.is("model_type"))
            ok = readStr(c, Path(&p, "model_type"), m.modelType, true);
        else if (k.is("domain"))
            ok = readStr(c, Path(&p, "domain"), m.domain, true);
        else if (k.is("variant"))
            ok = readStr(c, Path(&p, "variant"), m.variant, true);
        else if (k.is("description"))
            ok = readStr(c, Path(&p, "description"), m.description);
        else if (k.is("param_length"))
            ok = readInt(c, Path(&p, "param_length"), m.paramLength);
        else if (k.is("vertices"))
            ok = readInt(c, Path(&p, "vertices"), m.vertices);
        else if (k.is("edges"))
            ok = readInt(c, Path(&p, "edges"), m.edges);
        else if (k.is("parameters"))
            ok = readParameters(c, Path(&p, "parameters"), m.parameters);
        else if (k.is("created"))
            ok = readStr(c, Path(&p, "created"), m.created, true);
        else if (k.is("author"))
            ok = readStr(c, Path(&p, "author"), m.author, true);
        else if (k.is("citation"))
            ok = readCitation(c, Path(&p, "citation"), m.citation);
        else if (k.is("tags"))
            ok = readStrList(c, Path(&p, "tags"), m.tags, true);
        else if (k.is("license"))
            ok = readStr(c, Path(&p, "license"), m.license, true);
        else
            ok = skipUnknown(c, p, k, &e.unknownKeys, u"metadata."_s);
        if (!ok)
            return false;
    }
    return c.check(p);
}

bool readFiles(Ctx &c, const Path &p, QList<FileRef> &out)
{
    if (c.r.peek() == 'n')
        return readNull(c, p);
    if (!expectObject(c, p))
        return false;
    bool first = true;
    StrToken k;
    QVarLengthArray<FileRef, 4> items;
    while (c.r.nextMember(first, k)) {
        FileRef f;
        f.name = c.str(k, true);
        const Path fp(&p, &f.name);
        if (!expectObject(c, fp))
            return false;
        bool ff = true;
        StrToken fk;
        while (c.r.nextMember(ff, fk)) {
            bool ok;
            if (fk.is("cid"))
                ok = readStr(c, Path(&fp, "cid"), f.cid);
            else if (fk.is("size_bytes"))
                ok = readInt(c, Path(&fp, "size_bytes"), f.size);
            else
                ok = skipUnknown(c, fp, fk, nullptr);
            if (!ok)
                return false;
        }
        if (!c.check(fp))
            return false;
        items.append(std::move(f));
    }
    if (!c.check(p))
        return false;
    moveInto(items, out);
    return true;
}

bool readPins(Ctx &c, const Path &p, QList<Pin> &out)
{
    const char ch = c.r.peek();
    if (ch == 'n')
        return readNull(c, p);
    if (ch != '[')
        return c.typeError(p, u"an array"_s);
    c.r.beginArray();
    bool first = true;
    int i = 0;
    while (c.r.nextElement(first)) {
        const Path ep(&p, i++);
        if (c.r.peek() != '{')
            return c.typeError(ep, u"an object"_s);
        QJsonValue v;
        if (!readJson(c, ep, v))
            return false;
        Pin pin;
        pin.raw = v.toObject();
        pin.service = pin.raw.value(u"service"_s).toString();
        pin.status = pin.raw.value(u"status"_s).toString();
        out.append(pin);
    }
    return c.check(p);
}

bool readArtifact(Ctx &c, const Path &p, Artifact &a)
{
    if (!expectObject(c, p))
        return false;
    bool first = true;
    StrToken k;
    while (c.r.nextMember(first, k)) {
        bool ok;
        if (k.is("cid_or_path"))
            ok = readStr(c, Path(&p, "cid_or_path"), a.cidOrPath);
        else if (k.is("sha256"))
            ok = readStr(c, Path(&p, "sha256"), a.sha256);
        else if (k.is("size_bytes"))
            ok = readInt(c, Path(&p, "size_bytes"), a.size);
        else if (k.is("scc_hash"))
            ok = readStr(c, Path(&p, "scc_hash"), a.sccHash);
        else
            ok = skipUnknown(c, p, k, nullptr);
        if (!ok)
            return false;
    }
    return c.check(p);
}

bool readArtifacts(Ctx &c, const Path &p, Entry &e)
{
    if (c.r.peek() == 'n')
        return readNull(c, p);
    if (!expectObject(c, p))
        return false;
    bool first = true;
    StrToken k;
    while (c.r.nextMember(first, k)) {
        bool ok;
        if (k.is("parent")) {
            const Path pp(&p, "parent");
            if (c.r.peek() == 'n') {
                ok = readNull(c, pp);
            } else {
                Artifact a;
                ok = readArtifact(c, pp, a);
                e.parent = std::move(a);
            }
        } else if (k.is("scc")) {
            const Path sp(&p, "scc");
            const char ch = c.r.peek();
            if (ch == 'n') {
                ok = readNull(c, sp);
            } else if (ch != '[') {
                return c.typeError(sp, u"an array"_s);
            } else {
                c.r.beginArray();
                bool f = true;
                int i = 0;
                QVarLengthArray<Artifact, 8> items;
                while (c.r.nextElement(f)) {
                    Artifact a;
                    if (!readArtifact(c, Path(&sp, i++), a))
                        return false;
                    items.append(std::move(a));
                }
                ok = c.check(sp);
                if (ok)
                    moveInto(items, e.scc);
            }
        } else {
            ok = skipUnknown(c, p, k, &e.unknownKeys, u"artifacts."_s);
        }
        if (!ok)
            return false;
    }
    return c.check(p);
}

bool readEntry(Ctx &c, const Path &p, Entry &e)
{
    if (!expectObject(c, p))
        return false;
    bool first = true;
    StrToken k;
    while (c.r.nextMember(first, k)) {
        bool ok;
        if (k.is("cid")) {
            ok = readStr(c, Path(&p, "cid"), e.directoryCid);
        } else if (k.is("description")) {
            ok = readStr(c, Path(&p, "description"), e.description);
        } else if (k.is("metadata")) {
            ok = readMetadata(c, Path(&p, "metadata"), e);
        } else if (k.is("files")) {
            ok = readFiles(c, Path(&p, "files"), e.files);
        } else if (k.is("pins")) {
            ok = readPins(c, Path(&p, "pins"), e.pins);
        } else if (k.is("checksum")) {
            ok = readStr(c, Path(&p, "checksum"), e.checksum);
        } else if (k.is("license")) {
            ok = readStr(c, Path(&p, "license"), e.license, true);
        } else if (k.is("graph_hash")) {
            ok = readStr(c, Path(&p, "graph_hash"), e.graphHash);
        } else if (k.is("retracted")) {
            ok = readBool(c, Path(&p, "retracted"), e.retracted);
        } else if (k.is("retracted_reason")) {
            ok = readStr(c, Path(&p, "retracted_reason"), e.retractedReason);
        } else if (k.is("note")) {
            ok = readStr(c, Path(&p, "note"), e.note, true);
        } else if (k.is("format_revision")) {
            ok = readInt(c, Path(&p, "format_revision"), e.formatRevision);
        } else if (k.is("artifacts")) {
            ok = readArtifacts(c, Path(&p, "artifacts"), e);
        } else {
            ok = skipUnknown(c, p, k, &e.unknownKeys);
        }
        if (!ok)
            return false;
    }
    return c.check(p);
}

void markUnusable(Entry &e, const QString &reason)
{
    if (e.usable) {
        e.usable = false;
        e.unusableReason = reason;
    }
}

// The known traps of the real data become warnings here, never errors (docs/UPSTREAM.md).
void validateEntry(Ctx &c, const QString &section, Entry &e, const QString &registryFormat,
                   bool v2FormatOk)
{
    const qsizetype at = e.sourceOffset;
    auto where = [&](const QString &rest) -> QString { return section + u'.' + e.id + rest; };
    if (e.description.isEmpty())
        e.description = e.metadata.description;
    if (!e.checksum.isEmpty()) {
        const bool ok =
            e.checksum.startsWith(u"sha256:") && isHex(QStringView(e.checksum).mid(7), 64);
        if (!ok)
            c.warn(Warning::Problem, e.id, where(u".checksum"_s), at,
                   u"%1 is not \"sha256:\" followed by 64 hex digits; the download cannot be "
                   "checked against it"_s.arg(printable(e.checksum, 40)));
    }
    if (!e.graphHash.isEmpty() && !isHex(e.graphHash, 64))
        c.warn(Warning::Problem, e.id, where(u".graph_hash"_s), at,
               u"%1 is not 64 hex digits"_s.arg(printable(e.graphHash, 40)));
    if (e.metadata.paramLength >= 0 && !e.metadata.parameters.isEmpty() &&
        e.metadata.parameters.size() != e.metadata.paramLength)
        c.warn(Warning::Note, e.id, where(u".metadata.param_length"_s), at,
               u"param_length %1 but %2 parameters are described"_s.arg(e.metadata.paramLength)
                   .arg(e.metadata.parameters.size()));

    if (e.kind == EntryKind::Trace) {
        if (e.directoryCid.isEmpty()) {
            c.warn(Warning::Problem, e.id, where(u".cid"_s), at,
                   u"no directory CID; the trace cannot be downloaded"_s);
            markUnusable(e, u"no directory CID"_s);
        } else {
            const QString why =
                detail::isValidCidV0(e.directoryCid) ? QString() : cidProblem(e.directoryCid);
            e.directoryCidValid = why.isEmpty();
            if (!e.directoryCidValid) {
                c.warn(Warning::Problem, e.id, where(u".cid"_s), at,
                       u"%1 is not a valid CID (%2); the trace cannot be downloaded"_s.arg(
                           printable(e.directoryCid, 60), why));
                markUnusable(
                    e, u"directory CID %1 is not a valid CID"_s.arg(printable(e.directoryCid, 60)));
            }
        }
        // Upstream's files.*.cid are "bafybei" + hex: never valid, never needed, because files
        // resolve as <directory cid>/<name>. They are summed up in one registry-level warning
        // (every v1 entry has them); fileCidWarnings() gives the per-entry detail.
        bool counted = false;
        for (FileRef &f : e.files) {
            if (f.cid.isEmpty())
                continue;
            f.cidValid = !obviouslyNotCid(f.cid) && cidProblem(f.cid).isEmpty();
            if (!f.cidValid) {
                ++c.invalidFileCids;
                if (!counted)
                    ++c.entriesWithInvalidFileCids;
                counted = true;
                if (c.exampleFileCid.path.isEmpty()) {
                    c.exampleFileCid.entryId = e.id;
                    c.exampleFileCid.path = where(u".files."_s + f.name + u".cid"_s);
                    c.exampleFileCid.offset = at;
                    c.exampleFileCid.message = f.cid;
                }
            }
        }
        return;
    }

    // v2 compute.
    if (!v2FormatOk)
        markUnusable(e, u"registry format %1 is not ptd_pcg"_s.arg(printable(registryFormat)));
    if (e.formatRevision < 0) {
        c.warn(Warning::Note, e.id, where(u".format_revision"_s), at,
               u"no format_revision; read as revision 1"_s);
    } else if (e.formatRevision > kMaxFormatRevision) {
        c.warn(Warning::Problem, e.id, where(u".format_revision"_s), at,
               u"format_revision %1 is newer than this build understands (up to %2); the "
               "entry is shown but cannot be used — update phasic-traces"_s.arg(e.formatRevision)
                   .arg(kMaxFormatRevision));
        markUnusable(e, u"format_revision %1 is newer than supported (%2)"_s.arg(e.formatRevision)
                            .arg(kMaxFormatRevision));
    }
    if (!e.parent) {
        c.warn(Warning::Problem, e.id, where(u".artifacts.parent"_s), at,
               u"no parent artifact; the compute cannot be downloaded"_s);
        markUnusable(e, u"no parent artifact"_s);
    }
    // `index` < 0: the parent, else scc[index]; the path is only built for a warning.
    auto checkArtifact = [&](Artifact &a, qsizetype index) {
        const auto path = [index]() -> QString {
            return index < 0 ? u".artifacts.parent"_s : u".artifacts.scc[%1]"_s.arg(index);
        };
        QString why;
        a.location = classifyLocation(a.cidOrPath, &why);
        if (a.location == LocationKind::Invalid) {
            c.warn(Warning::Problem, e.id, where(path() + u".cid_or_path"_s), at,
                   u"%1 cannot be fetched: %2"_s.arg(printable(a.cidOrPath, 60), why));
            markUnusable(
                e, u"artifact %1 cannot be fetched (%2)"_s.arg(printable(a.cidOrPath, 60), why));
        }
        if (!isHex(a.sha256, 64)) {
            c.warn(Warning::Problem, e.id, where(path() + u".sha256"_s), at,
                   u"%1 is not 64 hex digits; the artifact cannot be verified"_s.arg(
                       printable(a.sha256, 40)));
            markUnusable(e, u"artifact %1 has no valid sha256"_s.arg(printable(a.cidOrPath, 60)));
        }
    };
    if (e.parent)
        checkArtifact(*e.parent, -1);
    for (qsizetype i = 0; i < e.scc.size(); ++i)
        checkArtifact(e.scc[i], i);
}

// One entry of a section, located by the first pass and decoded by a worker.
struct Span
{
    QString id;
    const char *begin;
    const char *end;
    bool compute;
};

struct Chunk
{
    QList<Warning> warnings;
    qsizetype invalidFileCids = 0;
    qsizetype entriesWithInvalidFileCids = 0;
    Warning exampleFileCid;
    std::optional<Error> error;
    qsizetype errorOffset = 0;
    detail::IndexSlice index; // search tables of the chunk's entries
};

void decodeChunk(const std::vector<Span> &spans, size_t from, size_t to, const char *origin,
                 qsizetype size, const QString &registryFormat, bool v2FormatOk,
                 const QString &sourceName, Entry *entries, Chunk &out)
{
    const Path traces(nullptr, "traces");
    const Path computes(nullptr, "computes");
    InternCache interned;
    out.index.reserve(qsizetype(to - from), qsizetype(to - from) * 160);
    for (size_t i = from; i < to; ++i) {
        const Span &s = spans[i];
        Ctx c(s.begin, s.end, origin, size);
        c.interned = &interned;
        Entry &e = entries[i]; // each worker writes its own slots of the final list
        e.id = s.id;
        e.kind = s.compute ? EntryKind::Compute : EntryKind::Trace;
        e.sourceOffset = s.begin - origin;
        e.sourceLength = s.end - s.begin;
        const Path p(s.compute ? &computes : &traces, &e.id);
        if (readEntry(c, p, e) && !c.r.atEnd())
            c.r.fail(c.r.position(), u"expected ',' or '}' after an object member"_s);
        if (c.r.failed()) {
            c.check(p);
            out.error = c.error(sourceName);
            out.errorOffset = c.r.errorOffset();
            return;
        }
        validateEntry(c, s.compute ? u"computes"_s : u"traces"_s, e, registryFormat, v2FormatOk);
        if (!c.warnings.isEmpty())
            out.warnings.append(c.warnings);
        out.invalidFileCids += c.invalidFileCids;
        out.entriesWithInvalidFileCids += c.entriesWithInvalidFileCids;
        if (out.exampleFileCid.path.isEmpty() && !c.exampleFileCid.path.isEmpty())
            out.exampleFileCid = c.exampleFileCid;
        out.index.add(e); // while the entry is still in cache
    }
}

#ifdef __SSE2__
// Bit i set where block[i] == c, for 64 bytes.
inline quint64 eqMask(const __m128i v[4], __m128i c)
{
    quint64 m = 0;
    for (int k = 0; k < 4; ++k)
        m |= quint64(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v[k], c)))) << (16 * k);
    return m;
}
#endif

// The end of the object or array starting at `p`, found by tracking strings and brackets
// only. The first pass uses it to cut the entries apart quickly; each entry is then read
// strictly, which catches anything this scan glosses over (mismatched bracket kinds, bad
// literals) at its exact position. nullptr when `p` is no object/array or the data ends first.
const char *structuralEnd(const char *p, const char *end)
{
    if (p >= end || (*p != '{' && *p != '['))
        return nullptr;
#ifdef __SSE2__
    // 64 bytes at a time as bit masks: quotes give the stretches inside strings (a prefix XOR),
    // and only the brackets outside them are visited, one bit each. Most of an indented
    // registry is spaces and plain text, so most blocks cost a few dozen instructions.
    const __m128i quoteC = _mm_set1_epi8('"');
    const __m128i backslashC = _mm_set1_epi8('\\');
    const __m128i openC = _mm_set1_epi8('{');  // '[' | 0x20 == '{'
    const __m128i closeC = _mm_set1_epi8('}'); // ']' | 0x20 == '}'
    const __m128i caseBit = _mm_set1_epi8(0x20);
    int depth = 0;
    quint64 inString = 0;      // all ones when the previous block ended inside a string
    quint64 prevBackslash = 0; // 1 when the previous block ended with a backslash
    alignas(16) char tail[64];
    for (const char *block = p; block < end; block += 64) {
        const char *b = block;
        if (end - block < 64) { // the last, short block: padded with spaces
            std::memset(tail, ' ', sizeof tail);
            std::memcpy(tail, block, size_t(end - block));
            b = tail;
        }
        __m128i v[4], folded[4];
        for (int k = 0; k < 4; ++k) {
            v[k] = _mm_loadu_si128(reinterpret_cast<const __m128i *>(b + 16 * k));
            folded[k] = _mm_or_si128(v[k], caseBit);
        }
        quint64 quote = eqMask(v, quoteC);
        const quint64 backslash = eqMask(v, backslashC);
        const quint64 open = eqMask(folded, openC);
        const quint64 close = eqMask(folded, closeC);
        // A quote right after a backslash may be escaped (rare: \" in text). Walk this block's
        // quotes in order then: inside a string, a quote after an odd run of backslashes does
        // not close it (outside a string every quote opens one, as a strict reader sees it).
        if (quote & ((backslash << 1) | prevBackslash)) {
            bool inside = inString != 0;
            for (quint64 q = quote; q; q &= q - 1) {
                const int i = __builtin_ctzll(q);
                if (inside) {
                    const char *at = block + i;
                    const char *r = at;
                    while (r > p && r[-1] == '\\')
                        --r;
                    if ((at - r) & 1) {
                        quote &= ~(quint64(1) << i);
                        continue;
                    }
                }
                inside = !inside;
            }
        }
        prevBackslash = backslash >> 63;
        // Prefix XOR: bits from an opening quote up to (not including) its closing quote.
        quint64 x = quote;
        x ^= x << 1;
        x ^= x << 2;
        x ^= x << 4;
        x ^= x << 8;
        x ^= x << 16;
        x ^= x << 32;
        x ^= inString;
        inString = quint64(qint64(x) >> 63);
        for (quint64 st = (open | close) & ~x; st; st &= st - 1) {
            const int i = __builtin_ctzll(st);
            const char ch = b[i];
            if (ch == '{' || ch == '[') {
                if (++depth > kMaxJsonDepth)
                    return nullptr;
            } else if (--depth == 0) {
                return block + i + 1;
            }
        }
    }
    return nullptr;
#else
    int depth = 0;
    while (p < end) {
        const char ch = *p;
        if (ch == '"') {
            ++p;
            for (;;) {
                const void *q = std::memchr(p, '"', size_t(end - p));
                if (!q)
                    return nullptr;
                const char *closing = static_cast<const char *>(q);
                // Escaped quote when preceded by an odd number of backslashes.
                const char *b = closing;
                while (b > p && b[-1] == '\\')
                    --b;
                p = closing + 1;
                if (((closing - b) & 1) == 0)
                    break;
            }
            continue;
        }
        if (ch == '{' || ch == '[') {
            if (++depth > kMaxJsonDepth)
                return nullptr;
        } else if (ch == '}' || ch == ']') {
            if (--depth == 0)
                return p + 1;
        }
        ++p;
    }
    return nullptr;
#endif
}

const char *skipSpace(const char *p, const char *end)
{
    while (p < end && JsonReader::isWs(*p))
        ++p;
    return p;
}

// The first pass over a large section, split in two: a helper thread starts at a guessed
// member key half-way through and cuts the entries apart from there, while readSection does
// the first half. The guess is only used when readSection, member by member, lands exactly on
// it (then the helper did precisely what readSection would have done from there); otherwise the
// helper's work is dropped. The helper keeps to the plain path and stops at anything unusual,
// where readSection carries on with its exact error handling.
struct Guess
{
    const char *at = nullptr; // the guessed key position (its opening quote)
    std::vector<Span> spans;
    const char *stop = nullptr;       // a key position where readSection must go on, or
    const char *sectionEnd = nullptr; // just past the section's '}' when the helper got there
    std::atomic<bool> cancel{false};
};

void scanFromGuess(Guess &g, const char *origin, qsizetype size, const char *end, bool compute)
{
    Ctx c(g.at, end, origin, size);
    const char *keyAt = g.at;
    while (!g.cancel.load(std::memory_order_relaxed)) {
        c.r.setPosition(keyAt);
        bool first = true;
        StrToken k;
        if (!c.r.nextMember(first, k))
            break;
        Span s;
        s.id = JsonReader::decode(k);
        s.compute = compute;
        if (!idProblem(s.id).isEmpty())
            break;
        c.r.skipWs();
        s.begin = c.r.position();
        s.end = structuralEnd(s.begin, end);
        if (!s.end)
            break;
        const char *q = skipSpace(s.end, end);
        if (q < end && *q == '}') {
            g.spans.push_back(std::move(s));
            g.sectionEnd = q + 1;
            return;
        }
        if (q >= end || *q != ',')
            break;
        q = skipSpace(q + 1, end);
        if (q >= end || *q != '"')
            break;
        g.spans.push_back(std::move(s));
        keyAt = q;
    }
    g.stop = keyAt;
}

// A member key half-way through [k0, end) with the indentation of the first one (`k0`), in a
// pretty-printed file; nullptr when there is none (e.g. minified JSON: then no split).
const char *guessKey(const char *origin, const char *k0, const char *end)
{
    const char *lineStart = k0;
    while (lineStart > origin && (lineStart[-1] == ' ' || lineStart[-1] == '\t'))
        --lineStart;
    if (lineStart == origin || lineStart[-1] != '\n')
        return nullptr;
    const QByteArrayView indent(lineStart, k0 - lineStart);
    const char *p = k0 + (end - k0) / 2;
    while (p < end) {
        const void *nl = std::memchr(p, '\n', size_t(end - p));
        if (!nl)
            return nullptr;
        p = static_cast<const char *>(nl) + 1;
        if (end - p > indent.size() && QByteArrayView(p, indent.size()) == indent &&
            p[indent.size()] == '"')
            return p + indent.size();
    }
    return nullptr;
}

// Sections larger than this are cut apart on two threads (see Guess).
constexpr qsizetype kSplitSectionBytes = 4 * 1024 * 1024;

bool readSection(Ctx &c, const Path &p, bool compute, std::vector<Span> &spans, bool split)
{
    if (c.r.peek() == 'n')
        return readNull(c, p);
    if (!expectObject(c, p))
        return false;
    const char *const end = c.r.end();
    std::optional<Guess> guess;
    std::jthread helper; // joined before `guess` goes
    struct CancelOnExit
    {
        std::optional<Guess> &g;
        ~CancelOnExit()
        {
            if (g)
                g->cancel.store(true, std::memory_order_relaxed);
        }
    } cancelOnExit{guess}; // destroyed first: an early return does not wait for a full scan
    if (split) {
        const char *k0 = skipSpace(c.r.position(), end);
        if (end - k0 > kSplitSectionBytes) {
            if (const char *at = guessKey(c.origin, k0, end)) {
                guess.emplace();
                guess->at = at;
                helper = std::jthread([&guess, &c, end, compute] {
                    scanFromGuess(*guess, c.origin, c.size, end, compute);
                });
            }
        }
    }
    bool first = true;
    StrToken k;
    while (c.r.nextMember(first, k)) {
        Span s;
        s.id = JsonReader::decode(k);
        s.compute = compute;
        const QString problem = idProblem(s.id);
        if (!problem.isEmpty())
            return c.typeError(
                p, k.data - 1,
                u"unsafe id %1: %2 (ids become directory names)"_s.arg(printable(s.id), problem));
        c.r.skipWs();
        s.begin = c.r.position();
        s.end = structuralEnd(s.begin, c.r.end());
        if (!s.end) {
            // Malformed (often truncated): read the entry strictly here so the error names the
            // innermost path, e.g. traces.x.files.trace.json.gz.size_bytes.
            Entry scratch;
            scratch.id = s.id;
            const Path ep(&p, &scratch.id);
            if (c.r.peek() == '{' ? !readEntry(c, ep, scratch) : !c.r.skipValue())
                return c.check(ep);
            s.end = c.r.position();
        }
        c.r.setPosition(s.end);
        spans.push_back(std::move(s));
        if (!guess)
            continue;
        const char *q = skipSpace(c.r.position(), end);
        if (q >= end || *q != ',')
            continue;
        q = skipSpace(q + 1, end);
        if (q < guess->at)
            continue;
        // Here either way: a helper still at work (on a busy machine it may have started late)
        // stops at its next member and this thread goes on from there, so neither waits.
        guess->cancel.store(true, std::memory_order_relaxed);
        helper.join();
        if (q == guess->at) { // landed on the guess: take the helper's work
            spans.insert(spans.end(), std::make_move_iterator(guess->spans.begin()),
                         std::make_move_iterator(guess->spans.end()));
            if (guess->sectionEnd) {
                c.r.setPosition(guess->sectionEnd);
                return c.check(p);
            }
            c.r.setPosition(guess->stop); // a key: read as the first member from here
            first = true;
        }
        guess.reset();
    }
    return c.check(p);
}

bool readCollections(Ctx &c, const Path &p, QList<Collection> &out)
{
    if (c.r.peek() == 'n')
        return readNull(c, p);
    if (!expectObject(c, p))
        return false;
    bool first = true;
    StrToken k;
    while (c.r.nextMember(first, k)) {
        Collection col;
        col.name = JsonReader::decode(k);
        const Path cp(&p, &col.name);
        const qsizetype at = c.r.offset();
        if (!expectObject(c, cp))
            return false;
        bool f = true;
        StrToken ck;
        while (c.r.nextMember(f, ck)) {
            bool ok;
            if (ck.is("description"))
                ok = readStr(c, Path(&cp, "description"), col.description);
            else if (ck.is("cid"))
                ok = readStr(c, Path(&cp, "cid"), col.cid);
            else if (ck.is("traces"))
                ok = readStrList(c, Path(&cp, "traces"), col.traces, false);
            else
                ok = skipUnknown(c, cp, ck, nullptr);
            if (!ok)
                return false;
        }
        if (!c.check(cp))
            return false;
        if (!col.cid.isEmpty()) {
            col.cidPlaceholder = isPlaceholderCid(col.cid);
            const QString why = col.cidPlaceholder ? QString() : cidProblem(col.cid);
            col.cidValid = !col.cidPlaceholder && why.isEmpty();
            if (col.cidPlaceholder)
                c.warn(Warning::Note, QString(), cp.render() + u".cid"_s, at,
                       u"%1 is an all-zero placeholder, not content; the collection is only a "
                       "list of ids"_s.arg(printable(col.cid)));
            else if (!col.cidValid)
                c.warn(Warning::Problem, QString(), cp.render() + u".cid"_s, at,
                       u"%1 is not a valid CID (%2)"_s.arg(printable(col.cid, 60), why));
        }
        out.append(col);
    }
    return c.check(p);
}

bool readPinningServices(Ctx &c, const Path &p, QList<PinningService> &out)
{
    if (c.r.peek() == 'n')
        return readNull(c, p);
    if (!expectObject(c, p))
        return false;
    bool first = true;
    StrToken k;
    while (c.r.nextMember(first, k)) {
        PinningService s;
        s.name = JsonReader::decode(k);
        const Path sp(&p, &s.name);
        if (c.r.peek() != '{')
            return c.typeError(sp, u"an object"_s);
        QJsonValue v;
        if (!readJson(c, sp, v))
            return false;
        s.raw = v.toObject();
        s.apiUrl = s.raw.value(u"api_url"_s).toString();
        s.gateway = s.raw.value(u"gateway"_s).toString();
        out.append(s);
    }
    return c.check(p);
}

int workerCount(const ParseOptions &options, size_t entries)
{
    if (options.threads > 0)
        return options.threads;
    // Threads pay off only when there is real work; small registries stay on one thread.
    if (entries < 4096)
        return 1;
    return std::clamp(QThread::idealThreadCount(), 1, 8);
}

} // namespace

Result<Registry> parseRegistry(const QByteArray &bytes, const ParseOptions &options)
{
    const QString prefix = options.sourceName.isEmpty() ? QString() : options.sourceName + u": "_s;
    if (bytes.size() > kMaxRegistryBytes)
        return Error(Error::InvalidInput,
                     prefix + u"the registry is %1 MiB; refusing more than %2 MiB"_s
                                  .arg(bytes.size() / (1024 * 1024))
                                  .arg(kMaxRegistryBytes / (1024 * 1024)));
    const char *origin = bytes.constData();
    const qsizetype size = bytes.size();
    const char *begin = origin;
    if (size >= 3 && std::memcmp(origin, "\xEF\xBB\xBF", 3) == 0)
        begin += 3; // a UTF-8 byte order mark is harmless
    Ctx top(begin, origin + size, origin, size);
    if (top.r.atEnd())
        return Error(Error::InvalidInput, prefix + u"the registry is empty (no JSON data)"_s);

    Registry reg;
    reg.source = bytes;
    std::vector<Span> spans;
    // Large sections are cut apart on two threads unless told to use one.
    const bool split = options.threads != 1 && QThread::idealThreadCount() > 1;
    bool sawTraces = false, sawComputes = false, sawVersion = false, sawFormat = false;
    qsizetype versionOffset = 0;
    {
        const Path root(nullptr, "");
        if (top.r.peek() != '{') {
            int line = 0;
            JsonReader::lineColumn(origin, size, top.r.offset(), &line, nullptr);
            return Error(Error::InvalidInput,
                         prefix + u"the registry must be a JSON object, got %1 (line %2)"_s
                                      .arg(top.r.describeNext())
                                      .arg(line));
        }
        top.r.beginObject();
        bool first = true;
        StrToken k;
        while (top.r.nextMember(first, k)) {
            bool ok;
            if (k.is("version")) {
                sawVersion = true;
                top.r.skipWs();
                versionOffset = top.r.offset();
                ok = readStr(top, Path(nullptr, "version"), reg.version);
            } else if (k.is("format")) {
                sawFormat = true;
                ok = readStr(top, Path(nullptr, "format"), reg.format);
            } else if (k.is("updated")) {
                ok = readStr(top, Path(nullptr, "updated"), reg.updated);
            } else if (k.is("traces")) {
                sawTraces = true;
                ok = readSection(top, Path(nullptr, "traces"), false, spans, split);
            } else if (k.is("computes")) {
                sawComputes = true;
                ok = readSection(top, Path(nullptr, "computes"), true, spans, split);
            } else if (k.is("collections")) {
                ok = readCollections(top, Path(nullptr, "collections"), reg.collections);
            } else if (k.is("pinning_services")) {
                ok = readPinningServices(top, Path(nullptr, "pinning_services"),
                                         reg.pinningServices);
            } else {
                const QString key = JsonReader::decode(k);
                ok = skipUnknown(top, Path(nullptr, &key), k, &reg.unknownKeys);
            }
            if (!ok)
                break;
        }
        if (!top.r.failed() && !top.r.atEnd())
            top.r.fail(top.r.position(), u"unexpected data after the registry object"_s);
        if (top.r.failed())
            return top.error(options.sourceName);
    }

    // Version: the major number decides the schema; newer majors are refused outright.
    if (sawVersion && !reg.version.isEmpty()) {
        const QString major = reg.version.section(u'.', 0, 0);
        bool ok = false;
        const int v = major.toInt(&ok);
        int line = 0;
        JsonReader::lineColumn(origin, size, versionOffset, &line, nullptr);
        if (!ok || v < 1)
            return Error(Error::InvalidInput,
                         prefix + u"version: expected \"1.x\" or \"2.x\", got %1 (line %2)"_s
                                      .arg(printable(reg.version))
                                      .arg(line));
        if (v > 2)
            return Error(Error::Unsupported,
                         prefix + u"version: registry version %1 is newer than this build "
                                  "understands (1.x and 2.x); update phasic-traces (line %2)"_s
                                      .arg(printable(reg.version))
                                      .arg(line));
        reg.formatVersion = v;
    } else {
        reg.formatVersion = sawComputes ? 2 : 1;
        top.warn(
            Warning::Problem, QString(), u"version"_s, -1,
            u"no version field; read as a v%1 registry from its sections"_s.arg(reg.formatVersion));
    }
    if (!sawTraces && !sawComputes)
        top.warn(Warning::Problem, QString(), QString(), -1,
                 u"neither a \"traces\" nor a \"computes\" section; the registry lists nothing"_s);
    bool v2FormatOk = true;
    if (sawComputes) {
        v2FormatOk = reg.format == u"ptd_pcg";
        if (!v2FormatOk)
            top.warn(Warning::Problem, QString(), u"format"_s, -1,
                     sawFormat ? u"format %1 is not \"ptd_pcg\"; its computes cannot be used"_s.arg(
                                     printable(reg.format))
                               : u"no format field (expected \"ptd_pcg\"); computes cannot be "
                                 "used"_s);
    }

    // Decode the entries, in parallel chunks for large registries.
    const int workers = std::min<size_t>(size_t(workerCount(options, spans.size())),
                                         std::max<size_t>(spans.size(), 1));
    const size_t nChunks = workers == 1 ? 1 : size_t(workers) * 4;
    std::vector<Chunk> chunks(nChunks);
    // The id lookup needs only the ids the first pass found: built on a thread of its own
    // while the entries are allocated and decoded, it leaves the sequential part of loading.
    // A repeated id falls back to the merge below, which has the decoded entries at hand.
    // The index's id order needs only the ids too.
    QHash<QString, qsizetype> ids;
    bool repeatedIds = false;
    std::vector<int> idOrder;
    auto buildIds = [&] {
        ids.reserve(qsizetype(spans.size()));
        for (size_t i = 0; i < spans.size(); ++i) {
            const qsizetype before = ids.size();
            ids.emplace(spans[i].id, qsizetype(i));
            if (ids.size() == before) {
                repeatedIds = true;
                return;
            }
        }
        idOrder = detail::sortedIdOrder(
            spans.size(), [&spans](size_t i) -> const QString & { return spans[i].id; });
    };
    std::thread idThread;
    if (workers > 1)
        idThread = std::thread(buildIds);
    else
        buildIds();
    // Huge pages make faulting in the ~80 MB of 100k entries several times cheaper: the block is
    // reserved (not touched), advised, then the entries are constructed.
    reg.entries.reserve(qsizetype(spans.size()));
    detail::adviseHugePages(reg.entries.constData(), spans.size() * sizeof(Entry));
    reg.entries.resize(qsizetype(spans.size()));
    Entry *const base = reg.entries.data(); // detached once, before any worker starts
    std::atomic<size_t> next{0};
    auto work = [&] {
        for (;;) {
            const size_t i = next.fetch_add(1);
            if (i >= nChunks)
                return;
            const size_t from = spans.size() * i / nChunks;
            const size_t to = spans.size() * (i + 1) / nChunks;
            decodeChunk(spans, from, to, origin, size, reg.format, v2FormatOk, options.sourceName,
                        base, chunks[i]);
        }
    };
    {
        std::vector<std::thread> threads;
        for (int t = 1; t < workers; ++t)
            threads.emplace_back(work);
        work();
        for (std::thread &t : threads)
            t.join();
        if (idThread.joinable())
            idThread.join();
    }
    for (const Chunk &ch : chunks)
        if (ch.error)
            return *ch.error; // chunks are in file order: the first error in the file

    // Merge: duplicates follow Python's json (the later value wins, in the first position).
    QList<Warning> warnings = top.warnings;
    std::vector<bool> dropped;
    if (!repeatedIds)
        reg.byId = std::move(ids);
    else
        reg.byId.reserve(qsizetype(spans.size()));
    for (qsizetype i = 0; repeatedIds && i < qsizetype(spans.size()); ++i) {
        Entry &e = base[i];
        const auto it = reg.byId.constFind(e.id);
        if (it == reg.byId.cend()) {
            reg.byId.insert(e.id, i);
            continue;
        }
        Entry &prev = base[*it];
        const QString section = e.kind == EntryKind::Trace ? u"traces"_s : u"computes"_s;
        Warning w;
        w.entryId = e.id;
        w.path = section + u'.' + e.id;
        w.offset = e.sourceOffset;
        if (prev.kind == e.kind) {
            w.message = u"duplicate id %1 in %2; the later value is used, as upstream's "
                        "Python reader does"_s.arg(printable(e.id), section);
            prev = std::move(e);
            dropped.resize(spans.size());
            dropped[size_t(i)] = true;
        } else {
            w.message = u"id %1 is in both traces and computes; looking it up finds the %2"_s.arg(
                printable(e.id), kindName(prev.kind));
        }
        warnings.append(w);
    }
    if (!dropped.empty()) {
        QList<Entry> kept;
        kept.reserve(reg.entries.size());
        for (qsizetype i = 0; i < reg.entries.size(); ++i)
            if (!dropped[size_t(i)])
                kept.append(std::move(base[i]));
        reg.entries = std::move(kept);
        reg.byId.clear();
        for (qsizetype i = 0; i < reg.entries.size(); ++i)
            if (!reg.byId.contains(reg.entries.at(i).id))
                reg.byId.insert(reg.entries.at(i).id, i);
    }
    for (Chunk &ch : chunks)
        warnings.append(std::move(ch.warnings));
    qsizetype invalidFileCids = 0, entriesWithInvalid = 0;
    Warning example;
    for (const Chunk &ch : chunks) {
        invalidFileCids += ch.invalidFileCids;
        entriesWithInvalid += ch.entriesWithInvalidFileCids;
        if (example.path.isEmpty())
            example = ch.exampleFileCid;
    }
    if (invalidFileCids > 0) {
        Warning w = example;
        w.severity = Warning::Problem;
        w.entryId.clear();
        w.message =
            u"%1 files.*.cid value(s) in %2 entr%3 are not valid CIDs (this one is %4: "
            "%5); files are resolved as <directory cid>/<file name> instead"_s.arg(invalidFileCids)
                .arg(entriesWithInvalid)
                .arg(entriesWithInvalid == 1 ? u"y"_s : u"ies"_s)
                .arg(printable(example.message, 60), cidProblem(example.message));
        warnings.append(w);
    }

    qsizetype v1WithVertices = 0;
    for (const Entry &e : std::as_const(reg.entries))
        v1WithVertices += e.kind == EntryKind::Trace && e.metadata.vertices >= 0;
    if (v1WithVertices > 0) {
        // docs/UPSTREAM.md: a v1 entry's metadata.vertices is n while its trace holds n+1.
        top.warn(Warning::Note, QString(), u"traces.*.metadata.vertices"_s, -1,
                 u"vertices n counts transient states; the trace holds n+1 (the starting "
                 "vertex), in all %1 v1 entries"_s.arg(v1WithVertices));
        warnings.append(top.warnings.constLast());
    }
    for (const Collection &col : std::as_const(reg.collections)) {
        for (const QString &id : col.traces) {
            if (!reg.byId.contains(id))
                warnings.append(Warning{
                    Warning::Problem, QString(), u"collections."_s + col.name + u".traces"_s, 0,
                    u"lists %1, which is not in the registry"_s.arg(printable(id)), -1});
        }
    }

    // Lines for the warnings in one sweep over the bytes (offsets sorted).
    std::vector<qsizetype> order(size_t(warnings.size()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = qsizetype(i);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return warnings.at(a).offset < warnings.at(b).offset;
    });
    int line = 1;
    qsizetype pos = 0;
    for (qsizetype i : order) {
        Warning &w = warnings[i];
        if (w.offset < 0)
            continue;
        const qsizetype to = std::min(w.offset, size);
        line += int(JsonReader::countNewlines(origin + std::min(pos, to), origin + to));
        pos = std::max(pos, to);
        w.line = line;
    }
    reg.warnings = std::move(warnings);
    if (!repeatedIds) {
        // The search tables from the chunks' slices (after a repeated id the entries moved:
        // RegistryIndex then builds them itself).
        std::vector<detail::IndexSlice> slices;
        slices.reserve(chunks.size());
        for (Chunk &ch : chunks)
            slices.push_back(std::move(ch.index));
        reg.indexTables = detail::assembleIndex(reg.entries.constData(), reg.entries.size(), slices,
                                                std::move(idOrder));
    }
    return reg;
}

} // namespace pt::registry
