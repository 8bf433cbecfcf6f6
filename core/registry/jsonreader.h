#pragma once

// A strict, allocation-light pull reader for JSON (RFC 8259) over UTF-8 bytes. The registry
// parser drives it with the schema in hand, so it builds the model directly instead of a DOM
// (QJsonDocument needs ~1 s for a 100k-entry registry; this needs a fraction) and always knows
// the byte offset of what it reads, which gives exact lines in error messages for free.
// Internal to core/registry.

#include <QByteArrayView>
#include <QString>

#include <cstring>

namespace pt::registry::detail {

// A string token: bytes between the quotes, still escaped when `escaped`.
struct StrToken
{
    const char *data = nullptr;
    qsizetype size = 0;
    bool escaped = false;
    bool ascii = true;

    QByteArrayView view() const { return QByteArrayView(data, size); }
    // Compares with a key of the schema; the length is a compile-time constant so the
    // comparison inlines (keys are compared ~15 times per entry).
    template <size_t N> bool is(const char (&literal)[N]) const
    {
        constexpr size_t L = N - 1;
        if (escaped || size != qsizetype(L))
            return false;
        // Whole words (overlapping at the end) instead of a memcmp call: the literal's words
        // fold to constants.
        if constexpr (L >= 8) {
            for (size_t i = 0; i + 8 < L; i += 8)
                if (word<quint64>(data + i) != word<quint64>(literal + i))
                    return false;
            return word<quint64>(data + L - 8) == word<quint64>(literal + L - 8);
        } else if constexpr (L >= 4) {
            return word<quint32>(data) == word<quint32>(literal) &&
                   word<quint32>(data + L - 4) == word<quint32>(literal + L - 4);
        } else {
            return std::memcmp(data, literal, L) == 0;
        }
    }

private:
    template <typename W> static W word(const char *p)
    {
        W w;
        std::memcpy(&w, p, sizeof w);
        return w;
    }
};

struct NumToken
{
    const char *data = nullptr;
    qsizetype size = 0;
    bool integer = false; // no fraction, no exponent
    bool fitsInt64 = false;
    qint64 intValue = 0;
    double value = 0;
};

class JsonReader
{
public:
    JsonReader(const char *begin, const char *end, const char *origin)
        : m_origin(origin), m_p(begin), m_end(end)
    {}

    bool failed() const { return m_failed; }
    qsizetype errorOffset() const { return m_errorOffset; }
    const QString &errorMessage() const { return m_errorMessage; }
    // Records the first error only; always returns false so callers can `return fail(...)`.
    bool fail(const char *at, const QString &message);

    qsizetype offset() const { return m_p - m_origin; }
    const char *position() const { return m_p; }
    void setPosition(const char *p) { m_p = p; }
    const char *end() const { return m_end; }

    static bool isWs(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
    void skipWs()
    {
        // Mostly nothing or one space (after ':'); the indentation of a pretty-printed file
        // (a newline and up to a dozen spaces) goes to the vectorised loop.
        if (m_p < m_end && isWs(*m_p)) {
            ++m_p;
            if (m_p < m_end && isWs(*m_p))
                skipWsRun();
        }
    }
    // The next non-space byte, 0 at the end.
    char peek()
    {
        skipWs();
        return m_p < m_end ? *m_p : 0;
    }
    bool atEnd()
    {
        skipWs();
        return m_p >= m_end;
    }

    // Objects: beginObject(); bool first = true; while (nextMember(first, key)) { read the
    // value }; then check failed(). Arrays alike with nextElement(first).
    bool beginObject();
    bool nextMember(bool &first, StrToken &key);
    bool beginArray();
    bool nextElement(bool &first);

    bool readString(StrToken &out, qsizetype maxBytes);
    bool readNumber(NumToken &out);
    bool readLiteral(); // true / false / null
    // Validates and skips any value (depth-limited).
    bool skipValue(int depth = 0);
    // Short description of the value at the current position for "expected X, got Y" messages:
    // a quoted string (shortened), the number text, "an object", "true", ….
    QString describeNext();

    // Decodes a string token to UTF-16 (escapes resolved). Tokens come from readString, so
    // they are valid UTF-8 with well-formed escapes.
    static QString decode(const StrToken &token);
    static QByteArray decodeUtf8(const StrToken &token);

    // Number of '\n' bytes in [b, e), 16 bytes at a time where SSE2 is available.
    static qsizetype countNewlines(const char *b, const char *e);

    // 1-based line and column (in code points) of a byte offset in [origin, origin+size).
    static void lineColumn(const char *origin, qsizetype size, qsizetype offset, int *line,
                           int *column);

private:
    void skipWsRun();

    const char *m_origin;
    const char *m_p;
    const char *m_end;
    bool m_failed = false;
    qsizetype m_errorOffset = 0;
    QString m_errorMessage;
};

} // namespace pt::registry::detail
