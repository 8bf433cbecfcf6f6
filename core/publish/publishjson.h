#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <utility>

namespace pt::publish {

// A JSON value that keeps object keys in file order and numbers as written. QJsonObject sorts
// its keys, which would reorder every registry we edit; upstream writes registry.json with
// Python's json.dumps(indent=2) (docs/UPSTREAM.md), so a byte-stable edit needs the order.
class OJson
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };
    using Member = std::pair<QString, OJson>;

    OJson() = default;
    static OJson null() { return OJson(); }
    static OJson boolean(bool b);
    static OJson integer(qint64 n);
    static OJson number(double d); // stored as Python's float repr
    static OJson rawNumber(QByteArray text);
    static OJson string(QString s);
    static OJson array(QList<OJson> items = {});
    static OJson object(QList<Member> members = {});
    // Object keys in QJsonObject's (sorted) order; numbers that are integral stay integers.
    static OJson fromQJson(const QJsonValue &value);
    QJsonValue toQJson() const;

    Type type() const { return m_type; }
    bool isObject() const { return m_type == Type::Object; }
    bool isArray() const { return m_type == Type::Array; }
    bool isString() const { return m_type == Type::String; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isInteger() const; // a Number written without fraction or exponent
    bool toBool() const { return m_bool; }
    const QString &toString() const { return m_string; }
    const QByteArray &numberText() const { return m_number; }
    qint64 toInteger(bool *ok = nullptr) const;
    double toDouble() const;

    const QList<OJson> &items() const { return m_items; }
    QList<OJson> &items() { return m_items; }
    const QList<Member> &members() const { return m_members; }
    QList<Member> &members() { return m_members; }

    const OJson *find(const QString &key) const;
    OJson *find(const QString &key);
    // Replaces the value in place (keeping the key's position) or appends at the end.
    void set(const QString &key, OJson value);
    bool remove(const QString &key);

    bool operator==(const OJson &other) const;
    bool operator!=(const OJson &other) const { return !(*this == other); }

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    QByteArray m_number;
    QString m_string;
    QList<OJson> m_items;
    QList<Member> m_members;
};

// Strict RFC 8259 parser (no NaN/Infinity, no trailing commas, no comments), depth <= 256,
// duplicate keys refused (Python would silently keep the last one; a registry with two entries
// of one id is a mistake to report). Errors say the line and column.
Result<OJson> parseJson(QByteArrayView text, const QString &what = QString());

// How json.dumps laid a file out.
struct JsonStyle
{
    int indent = 2;              // json.dumps(indent=N); 0 = compact ("{"a": 1}" separators)
    bool trailingNewline = true; // upstream v2 adds "\n"; the v1 files do not
    bool ensureAscii = true;     // \uXXXX for everything outside printable ASCII
    bool sortKeys = false;       // json.dumps(sort_keys=True)
    // "\r\n" when the file has CRLF line ends (registry-323a2e7.json does: json.dumps wrote
    // "\n", git or an editor made it CRLF); we keep what the file has.
    QByteArray newline = "\n";
};

// Exactly Python's json.dumps(value, indent=style.indent, ensure_ascii=..., sort_keys=...)
// (+ "\n"): ", " / ": " separators, "[]"/"{}" for empties, numbers normalised the way Python
// reads then writes them (floats as repr(float), integers as written).
QByteArray writeJson(const OJson &value, const JsonStyle &style);
// Guesses the style of a json.dumps output (indent from the first indented line, trailing
// newline, raw non-ASCII bytes mean ensure_ascii=False).
JsonStyle detectStyle(QByteArrayView text);

// Python's repr(float): shortest round-trip digits, exponent form when the decimal exponent is
// < -4 or >= 16, "e+XX"/"e-XX" with at least two exponent digits, ".0" for integral values.
QByteArray pythonFloatRepr(double value);

} // namespace pt::publish
