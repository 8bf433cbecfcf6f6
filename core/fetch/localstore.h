#pragma once

#include "core/ipfs/blockstore.h"
#include "core/result.h"

#include <QSet>
#include <QString>

namespace pt::fetch {

// Our content-addressed block store on disk: one file per verified block, named by the
// base32 of its multihash (so a v0 and a v1 CID of the same bytes share one file), fanned out
// over 2-character folders like Kubo's flatfs.
//
// Blocks are written to a temp name and renamed (never a partial file under a block's name)
// but not fsynced one by one: a block torn by a power cut is caught because every read
// re-verifies the bytes against the CID, and a corrupt file is deleted so it is fetched again.
class LocalStore : public ipfs::BlockSource, public ipfs::BlockSink
{
public:
    explicit LocalStore(const QString &dir);

    QString dir() const { return m_dir; }

    // Verified read: Error::NotFound when absent; a block that no longer matches its CID is
    // removed and reported as NotFound with the reason in the message.
    Result<QByteArray> getBlock(const ipfs::Cid &cid) override;
    // The caller has verified the block against cid (DagFetch does); refused over 2 MiB.
    Result<void> putBlock(const ipfs::Cid &cid, const QByteArray &block) override;

    bool hasBlock(const ipfs::Cid &cid) const;
    Result<void> removeBlock(const ipfs::Cid &cid);
    QString blockPath(const ipfs::Cid &cid) const;

    // Bytes used by blocks (walks the folder; call off the GUI thread).
    qint64 diskUsage() const;
    // Deletes every block; finished files placed elsewhere are not touched.
    Result<void> clear();

private:
    QString m_dir;
    QSet<QString> m_folders; // shard folders known to exist (saves a mkdir per block)
};

} // namespace pt::fetch
