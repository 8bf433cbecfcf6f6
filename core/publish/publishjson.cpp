#include "core/publish/publishjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>

using namespace Qt::StringLiterals;

namespace pt::publish {

namespace {
// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::publish)
};
} // namespace

OJson OJson::boolean(bool b)
{
    OJson v;
    v.m_type = Type::Bool;
    v.m_bool = b;
    return v;
}

OJson OJson::integer(qint64 n)
{
    return rawNumber(QByteArray::number(n));
}

OJson OJson::number(double d)
{
    return rawNumber(pythonFloatRepr(d));
}

OJson OJson::rawNumber(QByteArray text)
{
    OJson v;
    v.m_type = Type::Number;
    v.m_number = std::move(text);
    return v;
}

OJson OJson::string(QString s)
{
    OJson v;
    v.m_type = Type::String;
    v.m_string = std::move(s);
    return v;
}

OJson OJson::array(QList<OJson> items)
{
    OJson v;
    v.m_type = Type::Array;
    v.m_items = std::move(items);
    return v;
}

OJson OJson::object(QList<Member> members)
{
    OJson v;
    v.m_type = Type::Object;
    v.m_members = std::move(members);
    return v;
}

OJson OJson::fromQJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return boolean(value.toBool());
    case QJsonValue::Double: {
        const double d = value.toDouble();
        // QJsonValue has no integer type of its own; integral values within 2^53 came in as
        // integers (what our callers put there), so write them as such.
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
            return integer(qint64(d));
        return number(d);
    }
    case QJsonValue::String:
        return string(value.toString());
    case QJsonValue::Array: {
        QList<OJson> items;
        for (const QJsonValue &v : value.toArray())
            items.append(fromQJson(v));
        return array(std::move(items));
    }
    case QJsonValue::Object: {
        QList<Member> members;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            members.append({it.key(), fromQJson(it.value())});
        return object(std::move(members));
    }
    default:
        return null();
    }
}

QJsonValue OJson::toQJson() const
{
    switch (m_type) {
    case Type::Bool:
        return m_bool;
    case Type::Number:
        if (isInteger()) {
            bool ok = false;
            const qint64 n = m_number.toLongLong(&ok);
            if (ok)
                return n;
        }
        return toDouble();
    case Type::String:
        return m_string;
    case Type::Array: {
        QJsonArray a;
        for (const OJson &v : m_items)
            a.append(v.toQJson());
        return a;
    }
    case Type::Object: {
        QJsonObject o;
        for (const Member &m : m_members)
            o.insert(m.first, m.second.toQJson());
        return o;
    }
    default:
        return QJsonValue::Null;
    }
}

bool OJson::isInteger() const
{
    return m_type == Type::Number && !m_number.contains('.') && !m_number.contains('e') &&
           !m_number.contains('E');
}

qint64 OJson::toInteger(bool *ok) const
{
    if (!isInteger()) {
        if (ok)
            *ok = false;
        return 0;
    }
    return m_number.toLongLong(ok);
}

double OJson::toDouble() const
{
    return m_type == Type::Number ? std::strtod(m_number.constData(), nullptr) : 0.0;
}

const OJson *OJson::find(const QString &key) const
{
    for (const Member &m : m_members)
        if (m.first == key)
            return &m.second;
    return nullptr;
}

OJson *OJson::find(const QString &key)
{
    for (Member &m : m_members)
        if (m.first == key)
            return &m.second;
    return nullptr;
}

void OJson::set(const QString &key, OJson value)
{
    if (OJson *existing = find(key))
        *existing = std::move(value);
    else
        m_members.append({key, std::move(value)});
}

bool OJson::remove(const QString &key)
{
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        if (m_members.at(i).first == key) {
            m_members.removeAt(i);
            return true;
        }
    }
    return false;
}

bool OJson::operator==(const OJson &other) const
{
    if (m_type != other.m_type)
        return false;
    switch (m_type) {
    case Type::Null:
        return true;
    case Type::Bool:
        return m_bool == other.m_bool;
    case Type::Number:
        return m_number == other.m_number;
    case Type::String:
        return m_string == other.m_string;
    case Type::Array:
        return m_items == other.m_items;
    case Type::Object:
        return m_members == other.m_members;
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Parser

namespace {

constexpr int kMaxDepth = 256;

class Parser
{
public:
    Parser(QByteArrayView text, QString what) : m_text(text), m_what(std::move(what)) {}

    Result<OJson> parseDocument()
    {
        skipSpace();
        Result<OJson> v = parseValue(0);
        if (!v)
            return v;
        skipSpace();
        if (m_pos != m_text.size())
            return error(Msg::tr("unexpected text after the JSON value"));
        return v;
    }

private:
    Error error(const QString &message) const
    {
        qsizetype line = 1, column = 1;
        for (qsizetype i = 0; i < m_pos && i < m_text.size(); ++i) {
            if (m_text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        const QString where = m_what.isEmpty() ? u"JSON"_s : m_what;
        return Error(
            Error::InvalidInput,
            Msg::tr("%1: line %2, column %3: %4").arg(where).arg(line).arg(column).arg(message));
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
                ++m_pos;
            else
                break;
        }
    }

    bool consume(QByteArrayView word)
    {
        if (m_text.sliced(m_pos).startsWith(word)) {
            m_pos += word.size();
            return true;
        }
        return false;
    }

    Result<OJson> parseValue(int depth)
    {
        if (depth > kMaxDepth)
            return error(Msg::tr("nested deeper than %1 levels").arg(kMaxDepth));
        if (m_pos >= m_text.size())
            return error(Msg::tr("unexpected end of input"));
        const char c = m_text[m_pos];
        if (c == '{')
            return parseObject(depth);
        if (c == '[')
            return parseArray(depth);
        if (c == '"') {
            Result<QString> s = parseString();
            if (!s)
                return s.error();
            return OJson::string(std::move(*s));
        }
        if (c == '-' || (c >= '0' && c <= '9'))
            return parseNumber();
        if (consume("true"))
            return OJson::boolean(true);
        if (consume("false"))
            return OJson::boolean(false);
        if (consume("null"))
            return OJson::null();
        return error(Msg::tr("unexpected character '%1'").arg(QChar::fromLatin1(c)));
    }

    Result<OJson> parseObject(int depth)
    {
        ++m_pos; // '{'
        QList<OJson::Member> members;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            return OJson::object();
        }
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"')
                return error(Msg::tr("expected a string key"));
            const qsizetype keyPos = m_pos;
            Result<QString> key = parseString();
            if (!key)
                return key.error();
            for (const OJson::Member &m : std::as_const(members)) {
                if (m.first == *key) {
                    m_pos = keyPos;
                    return error(Msg::tr("duplicate key \"%1\"").arg(*key));
                }
            }
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':')
                return error(Msg::tr("expected ':' after a key"));
            ++m_pos;
            skipSpace();
            Result<OJson> value = parseValue(depth + 1);
            if (!value)
                return value;
            members.append({std::move(*key), std::move(*value)});
            skipSpace();
            if (m_pos >= m_text.size())
                return error(Msg::tr("unexpected end of input in an object"));
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_text[m_pos] == '}') {
                ++m_pos;
                return OJson::object(std::move(members));
            }
            return error(Msg::tr("expected ',' or '}'"));
        }
    }

    Result<OJson> parseArray(int depth)
    {
        ++m_pos; // '['
        QList<OJson> items;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            return OJson::array();
        }
        for (;;) {
            skipSpace();
            Result<OJson> value = parseValue(depth + 1);
            if (!value)
                return value;
            items.append(std::move(*value));
            skipSpace();
            if (m_pos >= m_text.size())
                return error(Msg::tr("unexpected end of input in an array"));
            if (m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_text[m_pos] == ']') {
                ++m_pos;
                return OJson::array(std::move(items));
            }
            return error(Msg::tr("expected ',' or ']'"));
        }
    }

    Result<OJson> parseNumber()
    {
        const qsizetype start = m_pos;
        auto digits = [this] {
            qsizetype n = 0;
            while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9') {
                ++m_pos;
                ++n;
            }
            return n;
        };
        if (m_text[m_pos] == '-')
            ++m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '0') {
            ++m_pos;
        } else if (digits() == 0) {
            return error(Msg::tr("malformed number"));
        }
        bool isFloat = false;
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            isFloat = true;
            if (digits() == 0)
                return error(Msg::tr("malformed number: digits expected after '.'"));
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            isFloat = true;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            if (digits() == 0)
                return error(Msg::tr("malformed number: digits expected in the exponent"));
        }
        QByteArray text = m_text.sliced(start, m_pos - start).toByteArray();
        if (isFloat && !std::isfinite(std::strtod(text.constData(), nullptr))) {
            m_pos = start;
            return error(Msg::tr("number out of the range of a double"));
        }
        return OJson::rawNumber(std::move(text));
    }

    int hex4(bool *ok)
    {
        if (m_pos + 4 > m_text.size()) {
            *ok = false;
            return 0;
        }
        int v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = m_text[m_pos + i];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= c - '0';
            else if (c >= 'a' && c <= 'f')
                v |= c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                v |= c - 'A' + 10;
            else {
                *ok = false;
                return 0;
            }
        }
        m_pos += 4;
        *ok = true;
        return v;
    }

    Result<QString> parseString()
    {
        ++m_pos; // '"'
        QString out;
        qsizetype runStart = m_pos;
        auto flushRun = [&] {
            if (m_pos > runStart)
                out += QString::fromUtf8(m_text.sliced(runStart, m_pos - runStart));
        };
        while (m_pos < m_text.size()) {
            const unsigned char c = static_cast<unsigned char>(m_text[m_pos]);
            if (c == '"') {
                flushRun();
                ++m_pos;
                return out;
            }
            if (c < 0x20)
                return error(Msg::tr("control character in a string"));
            if (c >= 0x80) {
                // Validate UTF-8 so a broken byte never turns silently into U+FFFD.
                int len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
                if (len == 0 || c > 0xF4 || m_pos + len > m_text.size())
                    return error(Msg::tr("invalid UTF-8 in a string"));
                const QString decoded = QString::fromUtf8(m_text.sliced(m_pos, len));
                if (decoded.contains(QChar::ReplacementCharacter))
                    return error(Msg::tr("invalid UTF-8 in a string"));
                m_pos += len;
                continue;
            }
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            flushRun();
            ++m_pos;
            if (m_pos >= m_text.size())
                return error(Msg::tr("unterminated escape"));
            const char e = m_text[m_pos++];
            switch (e) {
            case '"':
                out += u'"';
                break;
            case '\\':
                out += u'\\';
                break;
            case '/':
                out += u'/';
                break;
            case 'b':
                out += u'\b';
                break;
            case 'f':
                out += u'\f';
                break;
            case 'n':
                out += u'\n';
                break;
            case 'r':
                out += u'\r';
                break;
            case 't':
                out += u'\t';
                break;
            case 'u': {
                bool ok = false;
                const int u = hex4(&ok);
                if (!ok)
                    return error(Msg::tr("malformed \\u escape"));
                // Lone surrogates are kept as Python keeps them, so they round-trip.
                out += QChar(char16_t(u));
                break;
            }
            default:
                --m_pos;
                return error(Msg::tr("unknown escape '\\%1'").arg(QChar::fromLatin1(e)));
            }
            runStart = m_pos;
        }
        return error(Msg::tr("unterminated string"));
    }

    QByteArrayView m_text;
    QString m_what;
    qsizetype m_pos = 0;
};

void writeString(QByteArray &out, const QString &s, bool ensureAscii)
{
    static const char hexDigits[] = "0123456789abcdef";
    out += '"';
    auto escapeUnit = [&](char16_t u) {
        out += "\\u";
        out += hexDigits[(u >> 12) & 0xF];
        out += hexDigits[(u >> 8) & 0xF];
        out += hexDigits[(u >> 4) & 0xF];
        out += hexDigits[u & 0xF];
    };
    QString raw; // a run of characters to write as UTF-8 (ensure_ascii=False)
    auto flushRaw = [&] {
        if (!raw.isEmpty()) {
            out += raw.toUtf8();
            raw.clear();
        }
    };
    for (const QChar ch : s) {
        const char16_t u = ch.unicode();
        switch (u) {
        case u'"':
            flushRaw();
            out += "\\\"";
            continue;
        case u'\\':
            flushRaw();
            out += "\\\\";
            continue;
        case u'\n':
            flushRaw();
            out += "\\n";
            continue;
        case u'\r':
            flushRaw();
            out += "\\r";
            continue;
        case u'\t':
            flushRaw();
            out += "\\t";
            continue;
        case u'\b':
            flushRaw();
            out += "\\b";
            continue;
        case u'\f':
            flushRaw();
            out += "\\f";
            continue;
        default:
            break;
        }
        if (u < 0x20) {
            flushRaw();
            escapeUnit(u);
        } else if (u < 0x7F) {
            flushRaw();
            out += char(u);
        } else if (ensureAscii) {
            // Python's ensure_ascii escapes DEL too, and writes astral characters as their
            // UTF-16 surrogate pair; QString already holds exactly those units.
            escapeUnit(u);
        } else if (u == 0x7F) {
            flushRaw();
            out += char(u);
        } else {
            raw += ch;
        }
    }
    flushRaw();
    out += '"';
}

QByteArray normalisedNumber(const QByteArray &text)
{
    const bool isFloat = text.contains('.') || text.contains('e') || text.contains('E');
    if (!isFloat) {
        // Python reads an int and writes it back: "-0" becomes "0"; nothing else changes.
        if (text == "-0")
            return QByteArrayLiteral("0");
        return text;
    }
    return pythonFloatRepr(std::strtod(text.constData(), nullptr));
}

void writeValue(QByteArray &out, const OJson &v, const JsonStyle &style, int level)
{
    switch (v.type()) {
    case OJson::Type::Null:
        out += "null";
        return;
    case OJson::Type::Bool:
        out += v.toBool() ? "true" : "false";
        return;
    case OJson::Type::Number:
        out += normalisedNumber(v.numberText());
        return;
    case OJson::Type::String:
        writeString(out, v.toString(), style.ensureAscii);
        return;
    case OJson::Type::Array: {
        if (v.items().isEmpty()) {
            out += "[]";
            return;
        }
        out += '[';
        const QByteArray inner = style.indent > 0
                                     ? style.newline + QByteArray((level + 1) * style.indent, ' ')
                                     : QByteArray();
        bool first = true;
        for (const OJson &item : v.items()) {
            if (!first)
                out += style.indent > 0 ? "," : ", ";
            first = false;
            out += inner;
            writeValue(out, item, style, level + 1);
        }
        if (style.indent > 0)
            out += style.newline + QByteArray(level * style.indent, ' ');
        out += ']';
        return;
    }
    case OJson::Type::Object: {
        if (v.members().isEmpty()) {
            out += "{}";
            return;
        }
        QList<const OJson::Member *> members;
        for (const OJson::Member &m : v.members())
            members.append(&m);
        if (style.sortKeys)
            std::stable_sort(members.begin(), members.end(),
                             [](const OJson::Member *a, const OJson::Member *b) {
                                 return a->first < b->first; // UTF-16 order, as Python's str
                             });
        out += '{';
        const QByteArray inner = style.indent > 0
                                     ? style.newline + QByteArray((level + 1) * style.indent, ' ')
                                     : QByteArray();
        bool first = true;
        for (const OJson::Member *m : members) {
            if (!first)
                out += style.indent > 0 ? "," : ", ";
            first = false;
            out += inner;
            writeString(out, m->first, style.ensureAscii);
            out += ": ";
            writeValue(out, m->second, style, level + 1);
        }
        if (style.indent > 0)
            out += style.newline + QByteArray(level * style.indent, ' ');
        out += '}';
        return;
    }
    }
}

} // namespace

Result<OJson> parseJson(QByteArrayView text, const QString &what)
{
    if (text.startsWith("\xEF\xBB\xBF"))
        return Error(Error::InvalidInput,
                     Msg::tr("%1: starts with a UTF-8 byte order mark; save it without one")
                         .arg(what.isEmpty() ? u"JSON"_s : what));
    Parser parser(text, what);
    return parser.parseDocument();
}

QByteArray writeJson(const OJson &value, const JsonStyle &style)
{
    QByteArray out;
    writeValue(out, value, style, 0);
    if (style.trailingNewline)
        out += style.newline;
    return out;
}

JsonStyle detectStyle(QByteArrayView text)
{
    JsonStyle style;
    style.trailingNewline = text.endsWith('\n');
    const qsizetype firstNl = text.indexOf('\n');
    style.newline =
        firstNl > 0 && text[firstNl - 1] == '\r' ? QByteArray("\r\n") : QByteArray("\n");
    style.ensureAscii = std::none_of(text.begin(), text.end(),
                                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
    const qsizetype nl = text.indexOf('\n');
    if (nl < 0 || nl + 1 >= text.size()) {
        style.indent = 0;
    } else {
        int n = 0;
        while (nl + 1 + n < text.size() && text[nl + 1 + n] == ' ')
            ++n;
        style.indent = n > 0 ? n : 2;
    }
    return style;
}

QByteArray pythonFloatRepr(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("Infinity") : QByteArrayLiteral("-Infinity");
    if (value == 0.0)
        return std::signbit(value) ? QByteArrayLiteral("-0.0") : QByteArrayLiteral("0.0");
    char buf[64];
    // Shortest round-trip digits in scientific form: "d[.ddd]e±X".
    const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::scientific);
    const QByteArray sci(buf, int(res.ptr - buf));
    const qsizetype ePos = sci.indexOf('e');
    QByteArray mantissa = sci.left(ePos);
    const int exp10 = sci.mid(ePos + 1).toInt();
    const bool negative = mantissa.startsWith('-');
    if (negative)
        mantissa.remove(0, 1);
    QByteArray digits = mantissa;
    digits.replace(".", "");
    const int decpt = exp10 + 1; // value = 0.DIGITS × 10^decpt
    QByteArray out = negative ? QByteArrayLiteral("-") : QByteArray();
    if (decpt <= -4 || decpt > 16) {
        out += digits.left(1);
        if (digits.size() > 1)
            out += '.' + digits.mid(1);
        out += 'e';
        out += exp10 < 0 ? '-' : '+';
        const int a = std::abs(exp10);
        if (a < 10)
            out += '0';
        out += QByteArray::number(a);
    } else if (decpt <= 0) {
        out += "0." + QByteArray(-decpt, '0') + digits;
    } else if (decpt >= digits.size()) {
        out += digits + QByteArray(decpt - digits.size(), '0') + ".0";
    } else {
        out += digits.left(decpt) + '.' + digits.mid(decpt);
    }
    return out;
}

} // namespace pt::publish
