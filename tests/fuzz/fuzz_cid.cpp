// Fuzzes the CID text and binary parsers and multibase decoding. Beyond "no crash", it checks
// the strictness promises: whatever parses re-encodes to exactly the input (one encoding per
// value), so a lenient path cannot slip in unnoticed.
#include "core/ipfs/cid.h"
#include "core/ipfs/multibase.h"
#include "core/ipfs/multihash.h"
#include "core/ipfs/varint.h"

#include <cstdint>
#include <cstdlib>

using namespace pt::ipfs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = QString::fromUtf8(bytes);

    if (auto cid = Cid::parse(text)) {
        // Canonical text for the version (base32 / base58) parses back to the same CID.
        auto again = Cid::parse(cid->toString());
        if (!again || !(*again == *cid))
            abort();
        if (cid->version() == 1) {
            Multibase base;
            if (!multibaseDecode(text, &base) || cid->toString(base) != text)
                abort();
        } else if (cid->toString() != text) {
            abort();
        }
    }

    Multibase base;
    if (auto decoded = multibaseDecode(text, &base)) {
        if (multibaseEncode(base, *decoded) != text)
            abort();
    }

    if (auto cid = Cid::fromBytes(bytes)) {
        if (cid->bytes() != bytes)
            abort();
    }
    qsizetype pos = 0;
    if (auto cid = Cid::read(bytes, pos)) {
        if (pos <= 0 || pos > bytes.size())
            abort();
    }

    if (auto mh = Multihash::fromBytes(bytes)) {
        if (mh->bytes() != bytes)
            abort();
        (void)mh->verify(bytes); // must not crash on any code
    }

    pos = 0;
    if (auto v = readUvarint(bytes, pos)) {
        if (encodeUvarint(*v) != bytes.first(pos))
            abort();
    }
    return 0;
}
