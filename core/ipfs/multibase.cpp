#include "core/ipfs/multibase.h"

#include <QCoreApplication>
#include <QList>

#include <array>

namespace pt::ipfs {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::ipfs)
};

constexpr char kBase58[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
constexpr char kBase36[] = "0123456789abcdefghijklmnopqrstuvwxyz";
constexpr char kBase32Lower[] = "abcdefghijklmnopqrstuvwxyz234567";
constexpr char kBase32Upper[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kBase64Url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr char kBase16[] = "0123456789abcdef";

// Base58 and base36 are positional big-number conversions, quadratic in the length. Text
// longer than this is refused before any work, so a hostile input cannot stall a parser
// (a CID is under 100 characters; 4096 leaves room for any multihash we accept).
constexpr qsizetype kMaxBigBaseChars = 4096;

using Table = std::array<qint8, 128>;

constexpr Table makeTable(const char *alphabet)
{
    Table t{};
    for (auto &v : t)
        v = -1;
    for (int i = 0; alphabet[i]; ++i)
        t[size_t(alphabet[i])] = qint8(i);
    return t;
}

constexpr Table kBase58Table = makeTable(kBase58);
constexpr Table kBase36Table = makeTable(kBase36);
constexpr Table kBase32LowerTable = makeTable(kBase32Lower);
constexpr Table kBase32UpperTable = makeTable(kBase32Upper);
constexpr Table kBase64Table = makeTable(kBase64);
constexpr Table kBase64UrlTable = makeTable(kBase64Url);
constexpr Table kBase16Table = makeTable(kBase16);

QString describeChar(QChar c)
{
    if (c.unicode() >= 0x21 && c.unicode() < 0x7f)
        return QStringLiteral("'") + c + QStringLiteral("'");
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
}

Error badChar(const char *name, QStringView text, qsizetype i, qsizetype offset)
{
    return Error(Error::InvalidInput,
                 Msg::tr("%1: character %2 at position %3 is not in the alphabet")
                     .arg(QLatin1String(name), describeChar(text[i]))
                     .arg(i + offset));
}

// Value of text[i] in the table, or -1.
inline int lookup(const Table &t, QChar c)
{
    return c.unicode() < 128 ? t[c.unicode()] : -1;
}

QString bigBaseEncode(QByteArrayView data, const char *alphabet, int base)
{
    qsizetype zeros = 0;
    while (zeros < data.size() && data[zeros] == 0)
        ++zeros;
    // Digits in the target base, least significant first.
    QList<quint8> digits;
    digits.reserve(data.size() * 2);
    for (qsizetype i = zeros; i < data.size(); ++i) {
        quint32 carry = quint8(data[i]);
        for (auto &d : digits) {
            carry += quint32(d) << 8;
            d = quint8(carry % quint32(base));
            carry /= quint32(base);
        }
        while (carry) {
            digits.append(quint8(carry % quint32(base)));
            carry /= quint32(base);
        }
    }
    QString out;
    out.reserve(zeros + digits.size());
    for (qsizetype i = 0; i < zeros; ++i)
        out.append(QLatin1Char(alphabet[0]));
    for (qsizetype i = digits.size() - 1; i >= 0; --i)
        out.append(QLatin1Char(alphabet[digits[i]]));
    return out;
}

Result<QByteArray> bigBaseDecode(QStringView text, const Table &table, int base, const char *name,
                                 qsizetype offset)
{
    if (text.size() > kMaxBigBaseChars)
        return Error(Error::InvalidInput, Msg::tr("%1: %2 characters, more than the %3 accepted")
                                              .arg(QLatin1String(name))
                                              .arg(text.size())
                                              .arg(kMaxBigBaseChars));
    qsizetype zeros = 0;
    while (zeros < text.size() && lookup(table, text[zeros]) == 0)
        ++zeros;
    QList<quint8> bytes; // least significant first
    bytes.reserve(text.size());
    for (qsizetype i = zeros; i < text.size(); ++i) {
        const int v = lookup(table, text[i]);
        if (v < 0)
            return badChar(name, text, i, offset);
        quint32 carry = quint32(v);
        for (auto &b : bytes) {
            carry += quint32(b) * quint32(base);
            b = quint8(carry & 0xff);
            carry >>= 8;
        }
        while (carry) {
            bytes.append(quint8(carry & 0xff));
            carry >>= 8;
        }
    }
    QByteArray out(zeros + bytes.size(), '\0');
    for (qsizetype i = 0; i < bytes.size(); ++i)
        out[zeros + i] = char(bytes[bytes.size() - 1 - i]);
    return out;
}

// RFC 4648 bit-group codecs without padding (base32: 5 bits, base64: 6 bits per character).
QString bitsEncode(QByteArrayView data, const char *alphabet, int bits)
{
    QString out;
    out.reserve((data.size() * 8 + bits - 1) / bits);
    quint32 buffer = 0;
    int have = 0;
    const quint32 mask = (1u << bits) - 1;
    for (char c : data) {
        buffer = (buffer << 8) | quint8(c);
        have += 8;
        while (have >= bits) {
            have -= bits;
            out.append(QLatin1Char(alphabet[(buffer >> have) & mask]));
        }
    }
    if (have > 0)
        out.append(QLatin1Char(alphabet[(buffer << (bits - have)) & mask]));
    return out;
}

Result<QByteArray> bitsDecode(QStringView text, const Table &table, int bits, const char *name,
                              qsizetype offset)
{
    // Name a stray character (padding, wrong case, whitespace) before judging the length.
    for (qsizetype i = 0; i < text.size(); ++i)
        if (lookup(table, text[i]) < 0)
            return badChar(name, text, i, offset);
    // A final group that cannot come from whole bytes (base32: 1, 3 or 6 characters over a
    // multiple of 8; base64: 1 over a multiple of 4) is not a canonical encoding.
    const qsizetype tail = text.size() % (bits == 5 ? 8 : 4);
    const bool badTail = bits == 5 ? (tail == 1 || tail == 3 || tail == 6) : tail == 1;
    if (badTail)
        return Error(Error::InvalidInput,
                     Msg::tr("%1: length %2 is not a possible unpadded encoding")
                         .arg(QLatin1String(name))
                         .arg(text.size()));
    QByteArray out;
    out.reserve(text.size() * bits / 8);
    quint32 buffer = 0;
    int have = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int v = lookup(table, text[i]);
        if (v < 0)
            return badChar(name, text, i, offset);
        buffer = (buffer << bits) | quint32(v);
        have += bits;
        if (have >= 8) {
            have -= 8;
            out.append(char((buffer >> have) & 0xff));
        }
    }
    // Leftover bits must be zero, otherwise two strings would decode to the same bytes.
    if (have > 0 && (buffer & ((1u << have) - 1)) != 0)
        return Error(
            Error::InvalidInput,
            Msg::tr("%1: non-zero padding bits in the last character").arg(QLatin1String(name)));
    return out;
}

Result<QByteArray> base16Decode(QStringView text, qsizetype offset)
{
    if (text.size() % 2)
        return Error(Error::InvalidInput,
                     Msg::tr("base16: odd number of digits (%1)").arg(text.size()));
    QByteArray out(text.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); i += 2) {
        const int hi = lookup(kBase16Table, text[i]);
        if (hi < 0)
            return badChar("base16", text, i, offset);
        const int lo = lookup(kBase16Table, text[i + 1]);
        if (lo < 0)
            return badChar("base16", text, i + 1, offset);
        out[i / 2] = char((hi << 4) | lo);
    }
    return out;
}

} // namespace

QString multibaseEncode(Multibase base, QByteArrayView data)
{
    QString body;
    switch (base) {
    case Multibase::Base16:
        body = bitsEncode(data, kBase16, 4);
        break;
    case Multibase::Base32:
        body = bitsEncode(data, kBase32Lower, 5);
        break;
    case Multibase::Base32Upper:
        body = bitsEncode(data, kBase32Upper, 5);
        break;
    case Multibase::Base58btc:
        body = bigBaseEncode(data, kBase58, 58);
        break;
    case Multibase::Base36:
        body = bigBaseEncode(data, kBase36, 36);
        break;
    case Multibase::Base64:
        body = bitsEncode(data, kBase64, 6);
        break;
    case Multibase::Base64Url:
        body = bitsEncode(data, kBase64Url, 6);
        break;
    }
    return QChar(QLatin1Char(char(base))) + body;
}

Result<QByteArray> multibaseDecode(QStringView text, Multibase *baseOut)
{
    if (text.isEmpty())
        return Error(Error::InvalidInput, Msg::tr("multibase: empty text (no prefix)"));
    const QStringView body = text.sliced(1);
    Result<QByteArray> out = QByteArray();
    Multibase base;
    switch (text[0].unicode()) {
    case 'f':
        base = Multibase::Base16;
        out = base16Decode(body, 1);
        break;
    case 'b':
        base = Multibase::Base32;
        out = bitsDecode(body, kBase32LowerTable, 5, "base32", 1);
        break;
    case 'B':
        base = Multibase::Base32Upper;
        out = bitsDecode(body, kBase32UpperTable, 5, "base32upper", 1);
        break;
    case 'z':
        base = Multibase::Base58btc;
        out = bigBaseDecode(body, kBase58Table, 58, "base58btc", 1);
        break;
    case 'k':
        base = Multibase::Base36;
        out = bigBaseDecode(body, kBase36Table, 36, "base36", 1);
        break;
    case 'm':
        base = Multibase::Base64;
        out = bitsDecode(body, kBase64Table, 6, "base64", 1);
        break;
    case 'u':
        base = Multibase::Base64Url;
        out = bitsDecode(body, kBase64UrlTable, 6, "base64url", 1);
        break;
    case 'Q':
    case '/':
        return Error(Error::InvalidInput,
                     Msg::tr("multibase: prefix %1 is reserved (a CIDv0 must be exactly 46 "
                             "characters starting with Qm)")
                         .arg(describeChar(text[0])));
    default:
        return Error(Error::Unsupported,
                     Msg::tr("multibase: unknown or unsupported prefix %1 (supported: b B z k "
                             "f m u)")
                         .arg(describeChar(text[0])));
    }
    if (out && baseOut)
        *baseOut = base;
    return out;
}

QString base58btcEncode(QByteArrayView data)
{
    return bigBaseEncode(data, kBase58, 58);
}

Result<QByteArray> base58btcDecode(QStringView text)
{
    return bigBaseDecode(text, kBase58Table, 58, "base58btc", 0);
}

QString base32Encode(QByteArrayView data, bool upper)
{
    return bitsEncode(data, upper ? kBase32Upper : kBase32Lower, 5);
}

Result<QByteArray> base32Decode(QStringView text)
{
    return bitsDecode(text, kBase32LowerTable, 5, "base32", 0);
}

} // namespace pt::ipfs
