// Fuzzes the strict dag-pb and UnixFS Data decoders. Whatever decodes must re-encode to bytes
// that decode to the same value again (the encoder and decoder agree).
#include "core/ipfs/dagpb.h"
#include "core/ipfs/unixfs.h"

#include <cstdint>
#include <cstdlib>

using namespace pt::ipfs;

namespace {

void checkUnixfs(QByteArrayView bytes)
{
    auto d = decodeUnixfsData(bytes);
    if (!d)
        return;
    const QByteArray enc = encodeUnixfsData(*d);
    auto again = decodeUnixfsData(enc);
    if (!again || encodeUnixfsData(*again) != enc)
        abort();
    if (again->blocksizes != d->blocksizes || again->type != d->type || again->data != d->data)
        abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto node = decodePbNode(bytes)) {
        const QByteArray enc = encodePbNode(*node);
        auto again = decodePbNode(enc);
        if (!again || encodePbNode(*again) != enc || again->links.size() != node->links.size())
            abort();
        if (node->data)
            checkUnixfs(*node->data);
    }
    checkUnixfs(bytes);
    return 0;
}
