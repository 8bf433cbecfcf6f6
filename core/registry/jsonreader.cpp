#include "core/registry/jsonreader.h"

#include "core/registry/registry.h"

#include <array>
#include <charconv>
#include <cmath>
#include <limits>

#ifdef __SSE2__
#include <emmintrin.h>

#include <QCoreApplication>
#endif

namespace pt::registry::detail {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::registry)
};

// Bytes that end the fast scan inside a string: the quote, the backslash, control characters
// (which JSON requires to be escaped) and the start of any non-ASCII sequence.
constexpr std::array<bool, 256> makeSpecial()
{
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[c] = c < 0x20 || c == '"' || c == '\\' || c >= 0x80;
    return t;
}
constexpr std::array<bool, 256> kSpecial = makeSpecial();

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Reads the 4 hex digits after "\u" at p (p points at the first digit). -1 when malformed.
int readHex4(const char *p, const char *end)
{
    if (end - p < 4)
        return -1;
    int v = 0;
    for (int i = 0; i < 4; ++i) {
        const int h = hexValue(p[i]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    return v;
}

// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
bool validUtf8(const unsigned char *p, const unsigned char *end)
{
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int n;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return false;
        }
        if (end - p <= n)
            return false;
        if (p[1] < lo || p[1] > hi)
            return false;
        for (int i = 2; i <= n; ++i)
            if (p[i] < 0x80 || p[i] > 0xBF)
                return false;
        p += n + 1;
    }
    return true;
}

void appendUtf8(QByteArray &out, uint cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xC0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.append(char(0xE0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    } else {
        out.append(char(0xF0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3F)));
        out.append(char(0x80 | ((cp >> 6) & 0x3F)));
        out.append(char(0x80 | (cp & 0x3F)));
    }
}

} // namespace

bool JsonReader::fail(const char *at, const QString &message)
{
    if (!m_failed) {
        m_failed = true;
        m_errorOffset = at - m_origin;
        m_errorMessage = message;
    }
    // Stop all further reading: every loop sees the end.
    m_p = m_end;
    return false;
}

bool JsonReader::beginObject()
{
    if (peek() != '{')
        return fail(m_p, Msg::tr("expected an object"));
    ++m_p;
    return true;
}

void JsonReader::skipWsRun()
{
#ifdef __SSE2__
    const __m128i space = _mm_set1_epi8(' ');
    const __m128i nl = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i tab = _mm_set1_epi8('\t');
    while (m_end - m_p >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(m_p));
        const __m128i ws =
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, space), _mm_cmpeq_epi8(v, nl)),
                         _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, tab)));
        const unsigned other = ~unsigned(_mm_movemask_epi8(ws)) & 0xffffu;
        if (other) {
            m_p += __builtin_ctz(other);
            return;
        }
        m_p += 16;
    }
#endif
    while (m_p < m_end && isWs(*m_p))
        ++m_p;
}

bool JsonReader::nextMember(bool &first, StrToken &key)
{
    if (m_failed)
        return false;
    skipWs();
    if (m_p >= m_end)
        return fail(m_p, Msg::tr("unexpected end of data inside an object"));
    if (*m_p == '}') {
        ++m_p;
        return false;
    }
    if (!first) {
        if (*m_p != ',')
            return fail(m_p, Msg::tr("expected ',' or '}' after an object member"));
        ++m_p;
        skipWs();
        if (m_p < m_end && *m_p == '}')
            return fail(m_p, Msg::tr("trailing ',' before '}'"));
    }
    if (m_p >= m_end)
        return fail(m_p, Msg::tr("unexpected end of data inside an object"));
    if (*m_p != '"')
        return fail(m_p, first ? Msg::tr("expected a string key or '}'")
                               : Msg::tr("expected a string key after ','"));
    first = false;
    if (!readString(key, kMaxStringBytes))
        return false;
    skipWs();
    if (m_p >= m_end || *m_p != ':')
        return fail(m_p, Msg::tr("expected ':' after an object key"));
    ++m_p;
    return true;
}

bool JsonReader::beginArray()
{
    if (peek() != '[')
        return fail(m_p, Msg::tr("expected an array"));
    ++m_p;
    return true;
}

bool JsonReader::nextElement(bool &first)
{
    if (m_failed)
        return false;
    skipWs();
    if (m_p >= m_end)
        return fail(m_p, Msg::tr("unexpected end of data inside an array"));
    if (*m_p == ']') {
        ++m_p;
        return false;
    }
    if (!first) {
        if (*m_p != ',')
            return fail(m_p, Msg::tr("expected ',' or ']' after an array element"));
        ++m_p;
        skipWs();
        if (m_p < m_end && *m_p == ']')
            return fail(m_p, Msg::tr("trailing ',' before ']'"));
        if (m_p >= m_end)
            return fail(m_p, Msg::tr("unexpected end of data inside an array"));
    }
    first = false;
    return true;
}

bool JsonReader::readString(StrToken &out, qsizetype maxBytes)
{
    if (peek() != '"')
        return fail(m_p, Msg::tr("expected a string"));
    const char *const start = m_p;
    const unsigned char *p = reinterpret_cast<const unsigned char *>(m_p + 1);
    const unsigned char *const end = reinterpret_cast<const unsigned char *>(m_end);
    bool escaped = false;
    bool ascii = true;
    for (;;) {
#ifdef __SSE2__
        // 16 bytes at a time to the next quote, backslash, control or non-ASCII byte (the
        // signed compare catches both < 0x20 and >= 0x80).
        {
            const __m128i quote = _mm_set1_epi8('"');
            const __m128i backslash = _mm_set1_epi8('\\');
            const __m128i limit = _mm_set1_epi8(0x20);
            while (end - p >= 16) {
                const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
                const __m128i hit = _mm_or_si128(
                    _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                    _mm_cmplt_epi8(v, limit));
                const unsigned mask = unsigned(_mm_movemask_epi8(hit));
                if (mask) {
                    p += __builtin_ctz(mask);
                    break;
                }
                p += 16;
            }
        }
#endif
        while (p < end && !kSpecial[*p])
            ++p;
        if (p >= end)
            return fail(start, Msg::tr("unterminated string"));
        const unsigned char c = *p;
        if (c == '"')
            break;
        if (c >= 0x80) {
            ascii = false;
            ++p;
            continue;
        }
        if (c < 0x20)
            return fail(reinterpret_cast<const char *>(p),
                        Msg::tr("control character 0x%1 inside a string (must be escaped)")
                            .arg(uint(c), 2, 16, QLatin1Char('0')));
        // Backslash.
        escaped = true;
        if (end - p < 2)
            return fail(start, Msg::tr("unterminated string"));
        const unsigned char e = p[1];
        switch (e) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            p += 2;
            break;
        case 'u': {
            const char *h = reinterpret_cast<const char *>(p + 2);
            const int cp = readHex4(h, m_end);
            if (cp < 0)
                return fail(reinterpret_cast<const char *>(p),
                            Msg::tr("invalid \\u escape (needs 4 hex digits)"));
            p += 6;
            if (cp >= 0xDC00 && cp <= 0xDFFF)
                return fail(h - 2, Msg::tr("lone low surrogate \\u%1 in a string")
                                       .arg(cp, 4, 16, QLatin1Char('0')));
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                const char *q = reinterpret_cast<const char *>(p);
                const int low =
                    (m_end - q >= 6 && q[0] == '\\' && q[1] == 'u') ? readHex4(q + 2, m_end) : -1;
                if (low < 0xDC00 || low > 0xDFFF)
                    return fail(h - 2, Msg::tr("high surrogate \\u%1 not followed by a "
                                               "low surrogate")
                                           .arg(cp, 4, 16, QLatin1Char('0')));
                p += 6;
            }
            break;
        }
        default:
            return fail(reinterpret_cast<const char *>(p),
                        Msg::tr("invalid escape sequence in a string"));
        }
    }
    const char *dataBegin = start + 1;
    const qsizetype size = reinterpret_cast<const char *>(p) - dataBegin;
    if (size > maxBytes)
        return fail(
            start,
            Msg::tr("string of %1 bytes exceeds the limit of %2 bytes").arg(size).arg(maxBytes));
    if (!ascii && !validUtf8(reinterpret_cast<const unsigned char *>(dataBegin), p))
        return fail(start, Msg::tr("string is not valid UTF-8"));
    out.data = dataBegin;
    out.size = size;
    out.escaped = escaped;
    out.ascii = ascii;
    m_p = reinterpret_cast<const char *>(p + 1);
    return true;
}

bool JsonReader::readNumber(NumToken &out)
{
    skipWs();
    const char *const start = m_p;
    const char *p = m_p;
    auto digit = [&](const char *q) { return q < m_end && *q >= '0' && *q <= '9'; };
    if (p < m_end && *p == '-')
        ++p;
    if (!digit(p))
        return fail(start, Msg::tr("invalid number"));
    const char *intBegin = p;
    if (*p == '0') {
        ++p;
        if (digit(p))
            return fail(start, Msg::tr("invalid number (leading zero)"));
    } else {
        while (digit(p))
            ++p;
    }
    const qsizetype intDigits = p - intBegin;
    bool integer = true;
    if (p < m_end && *p == '.') {
        integer = false;
        ++p;
        if (!digit(p))
            return fail(start, Msg::tr("invalid number (digit expected after '.')"));
        while (digit(p))
            ++p;
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        integer = false;
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        if (!digit(p))
            return fail(start, Msg::tr("invalid number (digit expected in exponent)"));
        while (digit(p))
            ++p;
    }
    out.data = start;
    out.size = p - start;
    out.integer = integer;
    out.fitsInt64 = false;
    out.intValue = 0;
    if (integer && intDigits <= 18) {
        qint64 v = 0;
        for (const char *q = intBegin; q < intBegin + intDigits; ++q)
            v = v * 10 + (*q - '0');
        out.intValue = *start == '-' ? -v : v;
        out.fitsInt64 = true;
        out.value = double(out.intValue);
    } else {
        double v = 0;
        const auto r = std::from_chars(start, p, v);
        if (r.ec == std::errc::result_out_of_range)
            v = std::numeric_limits<double>::infinity() * (*start == '-' ? -1 : 1);
        out.value = v;
    }
    m_p = p;
    return true;
}

bool JsonReader::readLiteral()
{
    skipWs();
    for (const char *lit : {"true", "false", "null"}) {
        const size_t n = std::strlen(lit);
        if (size_t(m_end - m_p) >= n && std::memcmp(m_p, lit, n) == 0) {
            m_p += n;
            return true;
        }
    }
    return fail(m_p, Msg::tr("invalid literal (expected true, false or null)"));
}

bool JsonReader::skipValue(int depth)
{
    const char c = peek();
    switch (c) {
    case '{': {
        if (depth >= kMaxJsonDepth)
            return fail(m_p, Msg::tr("nested deeper than %1 levels").arg(kMaxJsonDepth));
        ++m_p;
        bool first = true;
        StrToken key;
        while (nextMember(first, key))
            if (!skipValue(depth + 1))
                return false;
        return !m_failed;
    }
    case '[': {
        if (depth >= kMaxJsonDepth)
            return fail(m_p, Msg::tr("nested deeper than %1 levels").arg(kMaxJsonDepth));
        ++m_p;
        bool first = true;
        while (nextElement(first))
            if (!skipValue(depth + 1))
                return false;
        return !m_failed;
    }
    case '"': {
        StrToken s;
        return readString(s, kMaxStringBytes);
    }
    case 't':
    case 'f':
    case 'n':
        return readLiteral();
    case 0:
        if (m_p >= m_end)
            return fail(m_p, Msg::tr("unexpected end of data (a value was expected)"));
        [[fallthrough]];
    default:
        if (c == '-' || (c >= '0' && c <= '9')) {
            NumToken n;
            return readNumber(n);
        }
        return fail(m_p, Msg::tr("unexpected character '%1' (a value was expected)")
                             .arg(QChar::fromLatin1(c >= 0x20 && c < 0x7f ? c : '?')));
    }
}

QString JsonReader::describeNext()
{
    const char c = peek();
    if (m_p >= m_end)
        return Msg::tr("the end of the data");
    switch (c) {
    case '{':
        return Msg::tr("an object");
    case '[':
        return Msg::tr("an array");
    case 't':
        return QStringLiteral("true");
    case 'f':
        return QStringLiteral("false");
    case 'n':
        return QStringLiteral("null");
    case '"': {
        const char *p = m_p + 1;
        const char *stop = p;
        while (stop < m_end && *stop != '"' && *stop != '\n' && stop - p < 40) {
            if (*stop == '\\' && stop + 1 < m_end)
                ++stop;
            ++stop;
        }
        QString text = QString::fromUtf8(p, stop - p);
        const bool more = stop < m_end && *stop != '"';
        return QLatin1Char('"') + text + (more ? QStringLiteral("…") : QString()) +
               QLatin1Char('"');
    }
    default:
        break;
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
        const char *p = m_p;
        while (p < m_end && p - m_p < 40 &&
               ((*p >= '0' && *p <= '9') || *p == '-' || *p == '+' || *p == '.' || *p == 'e' ||
                *p == 'E'))
            ++p;
        return QString::fromLatin1(m_p, p - m_p);
    }
    return Msg::tr("invalid JSON");
}

QByteArray JsonReader::decodeUtf8(const StrToken &token)
{
    if (!token.escaped)
        return QByteArray(token.data, token.size);
    QByteArray out;
    out.reserve(token.size);
    const char *p = token.data;
    const char *const end = token.data + token.size;
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '\\')
            ++p;
        out.append(run, p - run);
        if (p >= end)
            break;
        const char e = p[1];
        p += 2;
        switch (e) {
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'u': {
            uint cp = uint(readHex4(p, end));
            p += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) { // validated by readString: a low one follows
                const uint low = uint(readHex4(p + 2, end));
                p += 6;
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            }
            appendUtf8(out, cp);
            break;
        }
        default: // '"', '\\', '/'
            out.append(e);
            break;
        }
    }
    return out;
}

QString JsonReader::decode(const StrToken &token)
{
    if (!token.escaped) {
        if (token.ascii)
            return QString::fromLatin1(token.data, token.size);
        return QString::fromUtf8(token.data, token.size);
    }
    return QString::fromUtf8(decodeUtf8(token));
}

qsizetype JsonReader::countNewlines(const char *b, const char *e)
{
    qsizetype n = 0;
#ifdef __SSE2__
    const __m128i nl = _mm_set1_epi8('\n');
    while (e - b >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(b));
        n += __builtin_popcount(unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(v, nl))));
        b += 16;
    }
#endif
    for (; b < e; ++b)
        n += *b == '\n';
    return n;
}

void JsonReader::lineColumn(const char *origin, qsizetype size, qsizetype offset, int *line,
                            int *column)
{
    if (offset > size)
        offset = size;
    if (offset < 0)
        offset = 0;
    int l = 1;
    const char *lineStart = origin;
    const char *p = origin;
    const char *const stop = origin + offset;
    while (p < stop) {
        const void *nl = std::memchr(p, '\n', size_t(stop - p));
        if (!nl)
            break;
        ++l;
        p = static_cast<const char *>(nl) + 1;
        lineStart = p;
    }
    int col = 1;
    for (const char *q = lineStart; q < stop; ++q)
        if ((static_cast<unsigned char>(*q) & 0xC0) != 0x80)
            ++col;
    if (line)
        *line = l;
    if (column)
        *column = col;
}

} // namespace pt::registry::detail
