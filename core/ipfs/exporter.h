#pragma once

#include "core/ipfs/blockstore.h"
#include "core/ipfs/cid.h"
#include "core/result.h"

#include <QIODevice>
#include <QList>
#include <QString>

#include <atomic>

class TestExporter; // tests/ipfs/tst_exporter.cpp: reaches the loop check past the hashes

namespace pt::ipfs {

struct ExportStats
{
    qint64 blocks = 0;     // blocks fetched and verified
    qint64 blockBytes = 0; // their total size
    qint64 fileBytes = 0;  // file content written
    qint64 files = 0;
    qint64 directories = 0;
};

// Reassembles UnixFS DAGs from untrusted blocks. Every block is hashed against its CID
// before use; unverifiable hash functions, oversized blocks, loops, UnixFS sizes that
// disagree (filesize / blocksizes / actual bytes), malformed HAMT shards and entry names
// that could escape the target are refused with an error naming the CID and the path
// inside the DAG. Symlink and Metadata nodes are refused (never written). Identity CIDs
// carry their block inline and are never fetched.
class Exporter
{
public:
    explicit Exporter(BlockSource *source);

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Deepest DAG accepted (file tree levels plus directory nesting).
    void setMaxDepth(int depth) { m_maxDepth = depth; }

    // A file (raw block or dag-pb UnixFS File) streamed to `out` as it is verified. On error
    // `out` holds a verified prefix: the caller discards it (e.g. QSaveFile::cancelWriting).
    Result<ExportStats> exportFile(const Cid &root, QIODevice *out);

    // A file or a directory tree written to `target`, which must not exist yet. Everything
    // is written below a temporary directory beside it and renamed to `target` only when
    // the whole DAG verified, so nothing unverified ever carries a final name.
    Result<ExportStats> exportTo(const Cid &root, const QString &target);

    // Walks and verifies the whole DAG exactly as exportTo would, writing nothing: every
    // block present and matching its CID, every UnixFS size and name acceptable.
    Result<ExportStats> verifyDag(const Cid &root);

    const ExportStats &stats() const { return m_stats; }

private:
    friend class ::TestExporter;
    Result<QByteArray> fetch(const Cid &cid, const QString &where);
    Result<quint64> emitFile(const Cid &cid, const QByteArray &block, QIODevice *out,
                             const QString &where, qint64 offset, int depth);
    Result<void> emitEntry(const Cid &cid, const QString &diskPath, const QString &where,
                           int depth);
    struct Entry;
    Result<void> collectShard(const Cid &cid, const QByteArray &block, int level,
                              const QString &where, QList<Entry> &entries, int depth);
    Result<void> enter(const Cid &cid, const QString &where, int depth);
    void leave(const Cid &cid);

    BlockSource *m_source;
    const std::atomic_bool *m_cancel = nullptr;
    int m_maxDepth = 4096;
    bool m_dryRun = false;        // verifyDag: walk and check, create nothing
    bool m_skipHashCheck = false; // tests only: a loop cannot be built from sound hashes
    QList<Cid> m_stack;           // CIDs on the current path (loop detection)
    ExportStats m_stats;
};

// Why a directory entry name may not be written below a target directory ("" when fine):
// empty, ".", "..", containing '/', '\\' or NUL.
QString unsafeEntryNameReason(const QByteArray &name);

} // namespace pt::ipfs
