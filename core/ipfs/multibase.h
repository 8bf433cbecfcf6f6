#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringView>

namespace pt::ipfs {

// The multibase prefix characters we read and write.
enum class Multibase : char {
    Base16 = 'f',
    Base32 = 'b', // lower case, no padding: canonical for CIDv1
    Base32Upper = 'B',
    Base58btc = 'z',
    Base36 = 'k',    // lower case
    Base64 = 'm',    // no padding
    Base64Url = 'u', // no padding
};

// Encodes with the prefix character.
QString multibaseEncode(Multibase base, QByteArrayView data);
// Decodes a prefixed string; the prefix picks the alphabet. Unknown or reserved prefixes
// (`Q`, `/`), characters outside the alphabet and non-canonical padding give an error.
Result<QByteArray> multibaseDecode(QStringView text, Multibase *baseOut = nullptr);

// base58btc and base36 are quadratic big-number conversions: their decoders refuse more than
// 4096 characters of text (no CID comes near), so hostile input cannot stall a parser.

// The bare alphabets (no prefix), also used by CIDv0 (base58btc) and subdomain gateways.
QString base58btcEncode(QByteArrayView data);
Result<QByteArray> base58btcDecode(QStringView text);
QString base32Encode(QByteArrayView data, bool upper = false);
Result<QByteArray> base32Decode(QStringView text);

} // namespace pt::ipfs
