// The UnixFS exporter's walk (files, directories, HAMT shards) over an untrusted root block.
// The input is the root dag-pb block, stored under its own sha2-256 CID; its children are
// reachable through identity CIDs embedded in it (served inline), so mutations deep in the
// DAG still pass the hash checks and exercise the structure checks behind them.
#include "core/ipfs/exporter.h"

#include <QBuffer>

#include <cstdint>

using namespace pt::ipfs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > size_t(kMaxBlockSize))
        return 0;
    const QByteArray block(reinterpret_cast<const char *>(data), qsizetype(size));
    MemoryBlockStore store;
    const Cid root = Cid::forBlock(1, Codec::DagPb, block);
    (void)store.putBlock(root, block);

    Exporter exporter(&store);
    (void)exporter.verifyDag(root);

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    (void)exporter.exportFile(root, &out);
    return 0;
}
