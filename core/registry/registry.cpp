#include "core/registry/registry.h"

#include "core/ipfs/cid.h"
#include "core/registry/jsonreader.h"

#include <QJsonDocument>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>

namespace pt::registry {

using namespace Qt::StringLiterals;

QString kindName(EntryKind kind)
{
    return kind == EntryKind::Trace ? u"trace"_s : u"compute"_s;
}

std::optional<EntryKind> kindFromName(QStringView name)
{
    if (name.compare(u"trace", Qt::CaseInsensitive) == 0 ||
        name.compare(u"traces", Qt::CaseInsensitive) == 0 || name == u"v1")
        return EntryKind::Trace;
    if (name.compare(u"compute", Qt::CaseInsensitive) == 0 ||
        name.compare(u"computes", Qt::CaseInsensitive) == 0 || name == u"v2")
        return EntryKind::Compute;
    return std::nullopt;
}

QString locationKindName(LocationKind kind)
{
    switch (kind) {
    case LocationKind::Url:
        return u"url"_s;
    case LocationKind::Cid:
        return u"cid"_s;
    case LocationKind::RepoPath:
        return u"path"_s;
    case LocationKind::Invalid:
        break;
    }
    return u"invalid"_s;
}

namespace {

bool hasControl(QStringView s)
{
    for (QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    return false;
}

// The common case, a plain relative path such as "artifacts/<hash>.bin": only [A-Za-z0-9._-]
// and '/', no empty, "." or ".." segment, and not starting like a CID. Anything else takes the
// full rules below (which also name the problem). Every v2 artifact goes through here, so the
// character check runs 8 UTF-16 units at a time.
bool isPlainRepoPath(QStringView v)
{
    if (v.isEmpty() || v.startsWith(u"Qm") || v.startsWith(u"bafy") || v.startsWith(u"bafk"))
        return false;
    const char16_t *p = v.utf16();
    const qsizetype n = v.size();
    qsizetype i = 0;
#ifdef __SSE2__
    {
        // Signed 16-bit compares: units from 0x8000 up are negative and fail every range.
        const __m128i caseBit = _mm_set1_epi16(0x20);
        const __m128i beforeA = _mm_set1_epi16('a' - 1), afterZ = _mm_set1_epi16('z' + 1);
        const __m128i before0 = _mm_set1_epi16('0' - 1), after9 = _mm_set1_epi16('9' + 1);
        const __m128i dot = _mm_set1_epi16('.'), underscore = _mm_set1_epi16('_');
        const __m128i dash = _mm_set1_epi16('-'), slash = _mm_set1_epi16('/');
        for (; i + 8 <= n; i += 8) {
            const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
            const __m128i lower = _mm_or_si128(c, caseBit);
            const __m128i alpha =
                _mm_and_si128(_mm_cmpgt_epi16(lower, beforeA), _mm_cmplt_epi16(lower, afterZ));
            const __m128i digit =
                _mm_and_si128(_mm_cmpgt_epi16(c, before0), _mm_cmplt_epi16(c, after9));
            const __m128i punct =
                _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi16(c, dot), _mm_cmpeq_epi16(c, underscore)),
                             _mm_or_si128(_mm_cmpeq_epi16(c, dash), _mm_cmpeq_epi16(c, slash)));
            if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(alpha, digit), punct)) != 0xffff)
                return false;
        }
    }
#endif
    for (; i < n; ++i) {
        const char16_t c = p[i];
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
              c == u'.' || c == u'_' || c == u'-' || c == u'/'))
            return false;
    }
    qsizetype segment = 0; // start of the current segment
    for (;;) {
        const qsizetype slash = v.indexOf(u'/', segment);
        const qsizetype end = slash < 0 ? n : slash;
        const qsizetype len = end - segment;
        if (len == 0)
            return false;
        if (p[segment] == u'.' && (len == 1 || (len == 2 && p[segment + 1] == u'.')))
            return false;
        if (slash < 0)
            return true;
        segment = slash + 1;
    }
}

} // namespace

LocationKind classifyLocation(QStringView value, QString *why)
{
    if (isPlainRepoPath(value))
        return LocationKind::RepoPath;
    auto invalid = [why](const QString &reason) {
        if (why)
            *why = reason;
        return LocationKind::Invalid;
    };
    if (value.isEmpty())
        return invalid(u"empty location"_s);
    if (hasControl(value))
        return invalid(u"control character in location"_s);
    const qsizetype scheme = value.indexOf(u"://");
    if (scheme >= 0) {
        // docs/UPSTREAM.md: "a URL (contains ://) is used as is". Only web URLs can be used as
        // is; anything else would be a request we do not know how to make safely.
        const QStringView s = value.left(scheme);
        if (s.compare(u"https", Qt::CaseInsensitive) == 0 ||
            s.compare(u"http", Qt::CaseInsensitive) == 0) {
            if (value.size() == scheme + 3)
                return invalid(u"URL without a host"_s);
            return LocationKind::Url;
        }
        return invalid(u"unsupported URL scheme '%1' (http and https only)"_s.arg(s));
    }
    // Upstream's rule: Qm…, bafy…, bafk… go through IPFS (optionally followed by /path).
    if (value.startsWith(u"Qm") || value.startsWith(u"bafy") || value.startsWith(u"bafk")) {
        const qsizetype slash = value.indexOf(u'/');
        const QStringView cidText = slash < 0 ? value : value.left(slash);
        const QString problem = cidProblem(cidText);
        if (!problem.isEmpty())
            return invalid(u"not a valid CID (%1)"_s.arg(problem));
        return LocationKind::Cid;
    }
    // A path inside the registry repository: it becomes part of a raw.githubusercontent.com URL,
    // so it must stay inside the repository.
    if (value.startsWith(u'/') || (value.size() >= 2 && value.at(1) == u':'))
        return invalid(u"absolute path"_s);
    if (value.contains(u'\\'))
        return invalid(u"backslash in path"_s);
    if (value.contains(u'?') || value.contains(u'#'))
        return invalid(u"'?' or '#' in path"_s);
    for (QStringView segment : value.tokenize(u'/')) {
        if (segment.isEmpty())
            return invalid(u"empty path segment"_s);
        if (segment == u"." || segment == u"..")
            return invalid(u"'%1' segment in path"_s.arg(segment));
    }
    return LocationKind::RepoPath;
}

bool detail::isValidCidV0(QStringView text)
{
    if (text.size() != 46 || !text.startsWith(u"Qm"))
        return false;
    // Base58 digit of each ASCII byte, -1 for the rest (0, O, I, l and non-alphanumerics).
    static constexpr auto kDigit = [] {
        std::array<qint8, 128> t{};
        for (auto &d : t)
            d = -1;
        const char alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        for (int i = 0; i < 58; ++i)
            t[size_t(alphabet[i])] = qint8(i);
        return t;
    }();
    // 9 little-endian 32-bit limbs hold 288 bits; a CIDv0 is 34 bytes = 272 bits. Digits are
    // taken five at a time (58^5 < 2^30), so the limbs are multiplied 10 times, not 46.
    quint64 limbs[9] = {};
    int used = 1; // limbs above this are still zero
    qsizetype i = 0;
    while (i < text.size()) {
        const int group = i == 0 ? 1 : 5; // 46 = 1 + 9 * 5
        quint64 value = 0, scale = 1;
        for (int k = 0; k < group; ++k, ++i) {
            const char16_t c = text[i].unicode();
            const int digit = c < 128 ? kDigit[c] : -1;
            if (digit < 0)
                return false;
            value = value * 58 + quint64(digit);
            scale *= 58;
        }
        quint64 carry = value;
        for (int l = 0; l < used; ++l) {
            const quint64 t = limbs[l] * scale + carry;
            limbs[l] = t & 0xffffffffu;
            carry = t >> 32;
        }
        while (carry && used < 9) {
            limbs[used++] = carry & 0xffffffffu;
            carry >>= 32;
        }
        if (carry)
            return false; // more than 288 bits
    }
    // The value must be exactly 34 bytes starting 0x12 0x20: bits 256..287 equal 0x1220.
    return limbs[8] == 0x1220;
}

QString cidProblem(QStringView text)
{
    const auto cid = ipfs::Cid::parse(text);
    if (cid)
        return {};
    // The ipfs messages start with "CID <text>: " (or "CIDv0 <text>: "); the caller already
    // names the value.
    QString message = cid.error().message;
    const qsizetype colon = message.indexOf(u": "_s);
    if (message.startsWith(u"CID") && colon > 0 && colon < 80)
        message = message.mid(colon + 2);
    return message;
}

QString idProblem(QStringView id)
{
    if (id.isEmpty())
        return u"the id is empty"_s;
    if (id.size() > kMaxIdLength)
        return u"the id is %1 characters long (at most %2)"_s.arg(id.size()).arg(kMaxIdLength);
    if (id.startsWith(u'.'))
        return u"the id starts with '.'"_s;
    if (id.endsWith(u'.') || id.endsWith(u' '))
        return u"the id ends with '.' or a space"_s;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        if (u == 0)
            return u"the id contains a NUL character"_s;
        if (u < 0x20 || u == 0x7f)
            return u"the id contains a control character"_s;
        if (u == u'/' || u == u'\\')
            return u"the id contains a path separator"_s;
        if (u == u':')
            return u"the id contains ':'"_s;
    }
    return {};
}

qint64 Entry::traceVertices() const
{
    if (metadata.vertices < 0)
        return -1;
    return kind == EntryKind::Trace ? metadata.vertices + 1 : metadata.vertices;
}

int Entry::parameterCount() const
{
    if (metadata.paramLength >= 0)
        return metadata.paramLength;
    return int(metadata.parameters.size());
}

qint64 Entry::totalSize() const
{
    qint64 total = 0;
    bool any = false;
    for (const FileRef &f : files) {
        if (f.size >= 0) {
            total += f.size;
            any = true;
        }
    }
    if (parent && parent->size >= 0) {
        total += parent->size;
        any = true;
    }
    for (const Artifact &a : scc) {
        if (a.size >= 0) {
            total += a.size;
            any = true;
        }
    }
    return any ? total : -1;
}

QString Warning::toString() const
{
    QString s = path;
    if (line > 0)
        s += (s.isEmpty() ? u"line %1"_s : u" (line %1)"_s).arg(line);
    if (!s.isEmpty())
        s += u": "_s;
    return s + message;
}

const Entry *Registry::find(QStringView id) const
{
    const auto it = byId.constFind(id.toString());
    return it == byId.cend() ? nullptr : &entries.at(*it);
}

QJsonObject Registry::rawJson() const
{
    return QJsonDocument::fromJson(source).object();
}

QJsonObject Registry::rawEntryJson(const Entry &entry) const
{
    if (entry.sourceOffset < 0 || entry.sourceOffset + entry.sourceLength > source.size())
        return {};
    return QJsonDocument::fromJson(source.mid(entry.sourceOffset, entry.sourceLength)).object();
}

QList<Warning> entryWarnings(const Registry &registry, const Entry &entry)
{
    QList<Warning> out;
    for (const Warning &w : registry.warnings)
        if (w.entryId == entry.id && w.offset == entry.sourceOffset)
            out.append(w);
    for (const FileRef &f : entry.files) {
        if (f.cid.isEmpty() || f.cidValid)
            continue;
        Warning w;
        w.entryId = entry.id;
        w.path = u"traces."_s + entry.id + u".files."_s + f.name + u".cid"_s;
        w.offset = entry.sourceOffset;
        w.line = int(detail::JsonReader::countNewlines(
                     registry.source.cbegin(),
                     registry.source.cbegin() + std::min(w.offset, registry.source.size()))) +
                 1;
        w.message = u"not a valid CID (%1); the file is resolved as <directory cid>/%2"_s.arg(
            cidProblem(f.cid), f.name);
        out.append(w);
    }
    return out;
}

int Registry::problemCount() const
{
    int n = 0;
    for (const Warning &w : warnings)
        n += w.severity == Warning::Problem;
    return n;
}

} // namespace pt::registry
