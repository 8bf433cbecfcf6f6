#pragma once

#include "core/ipfs/cid.h"
#include "core/result.h"

#include <QByteArray>
#include <QHash>

namespace pt::ipfs {

// Largest block we accept from anyone (Kubo's bitswap limit is 2 MiB; IPFS.md §4).
inline constexpr qsizetype kMaxBlockSize = 2 * 1024 * 1024;

// Where verified blocks come from (a CAR index, the local store, a gateway cache, ...).
// getBlock returns Error::NotFound when the block is not there.
class BlockSource
{
public:
    virtual ~BlockSource() = default;
    virtual Result<QByteArray> getBlock(const Cid &cid) = 0;
};

// Where the importer writes the blocks it makes (a CAR writer, the local store, /dev/null).
class BlockSink
{
public:
    virtual ~BlockSink() = default;
    virtual Result<void> putBlock(const Cid &cid, const QByteArray &block) = 0;
};

// Blocks in memory: for tests and small DAGs.
class MemoryBlockStore : public BlockSource, public BlockSink
{
public:
    Result<QByteArray> getBlock(const Cid &cid) override
    {
        auto it = m_blocks.constFind(cid);
        if (it == m_blocks.constEnd())
            return Error(Error::NotFound, QStringLiteral("block %1 is not in the store").arg(cid.toString()));
        return *it;
    }
    Result<void> putBlock(const Cid &cid, const QByteArray &block) override
    {
        m_blocks.insert(cid, block);
        return {};
    }
    const QHash<Cid, QByteArray> &blocks() const { return m_blocks; }

private:
    QHash<Cid, QByteArray> m_blocks;
};

} // namespace pt::ipfs
