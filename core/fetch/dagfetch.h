#pragma once

#include "core/fetch/localstore.h"
#include "core/ipfs/cid.h"
#include "core/result.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <memory>
#include <utility>

namespace pt::ipfs {
class Sha256;
}

namespace pt::fetch {

// The file being downloaded, written in place: verified leaf data goes straight to
// `<destination>.part` at its file offset (known from the parents' blocksizes), and a journal
// beside it (`<destination>.part.journal`) lists the leaves that are in it. The journal
// records, per leaf, its CID, its offset and the few block bytes around its data (the
// protobuf framing of a dag-pb leaf; nothing for a raw leaf), so a later process rebuilds the
// exact block from the .part and re-verifies it against its CID before trusting it: torn
// writes, a power cut or an edited .part cost a refetch, never a wrong byte.
// The .part is fdatasync'ed and the journal appended + fsynced in batches on a worker thread
// (data first, then the lines that refer to it), so the receiving thread never waits for disk.
class PartFile
{
public:
    explicit PartFile(const QString &partPath);
    ~PartFile();
    PartFile(const PartFile &) = delete;
    PartFile &operator=(const PartFile &) = delete;

    QString path() const { return m_path; }
    QString journalPath() const { return m_path + QStringLiteral(".journal"); }

    // Opens the .part for `target`. A journal of the same target is loaded (its leaves are
    // candidates for reuse); anything else there is discarded. `hash`: keep a running sha256
    // of the file while data arrives in order (the registry has a sha256 to check).
    Result<void> open(const ipfs::Cid &target, bool hash);

    struct Journaled
    {
        QByteArray prefix, suffix; // block bytes before and after the file data
        QList<qint64> offsets;     // where the data is in the .part
    };
    const Journaled *journaled(const ipfs::Cid &cid) const;
    // Whether a journal of the same target was found (an earlier run's data is reused).
    bool resuming() const { return m_files != nullptr; }
    // The block of a journaled leaf holding `length` data bytes, rebuilt from the .part (not
    // yet verified: the caller checks it against the CID); empty when it cannot be read.
    QByteArray rebuild(const Journaled &j, qint64 length) const;
    void forget(const ipfs::Cid &cid) { m_journal.remove(cid); }

    // Verified data of leaf `cid` at `offset`. `prefix`/`suffix` are the block bytes around
    // the data; null views when the leaf cannot be rebuilt (it is written but not journaled).
    Result<void> write(const ipfs::Cid &cid, qint64 offset, QByteArrayView data,
                       QByteArrayView prefix, QByteArrayView suffix, bool journal = true);
    // Data already in the .part (a re-verified journaled leaf): feeds the running hash.
    void existing(qint64 offset, QByteArrayView data);

    // Final step, off the GUI thread: trims the .part to `size`, completes the sha256 (reading
    // back whatever did not arrive in order), compares it to `expected` (when not empty),
    // fsyncs and renames the .part to `destination`, and removes the journal. On a sha256
    // mismatch the .part and journal are deleted. Returns the digest (empty when not hashed).
    Result<QByteArray> finish(qint64 size, const QByteArray &expected, const QString &destination,
                              const QString &what);

private:
    struct Files;
    Result<void> openFiles(bool reuse);
    void syncInBackground();

    QString m_path;
    QByteArray m_header; // the journal's first line, naming the target
    std::shared_ptr<Files> m_files;
    QHash<ipfs::Cid, Journaled> m_journal;
    QByteArray m_pendingLines; // journal lines whose data is not known to be durable yet
    qint64 m_pendingBytes = 0; // data bytes written since the last sync started
    QFuture<void> m_sync;
    QElapsedTimer m_sinceSync;
    std::unique_ptr<ipfs::Sha256> m_hash;
    qint64 m_hashedUpTo = 0;
};

// The state of fetching one IPFS path (root CID + names below it), independent of where blocks
// come from. Sources offer blocks in any order; DagFetch accepts only blocks it wants, verifies
// each against its CID before using it, resolves the path through directory nodes, expands
// file and directory nodes into the blocks below them, and checks UnixFS sizes on the way.
// With a part file (setPartFile) and a file target, leaf data is written straight into the
// .part at its offset and only the small internal nodes go to the store; otherwise (a
// directory) every block is stored. Blocks already in the store, and leaves the part file's
// journal lists (re-verified), count as received, so a later source — or a later process after
// a crash — continues where the last one stopped.
class DagFetch
{
public:
    enum class Offer {
        Accepted, // wanted, verified, stored
        Unwanted, // not (or no longer) part of this download: ignored
    };

    DagFetch(const ipfs::Cid &root, const QStringList &path, LocalStore *store);
    ~DagFetch();

    // Before start(): where a file target's data goes (`<destination>.part`); `hash`: keep a
    // running sha256 for the registry's checksum.
    void setPartFile(const QString &partPath, bool hash);
    // Before start(): an earlier copy of the file (by default the caller passes the
    // destination itself). When there is no journal to resume from, leaves are first looked
    // for in it at their offsets, rebuilt as blocks and verified against their CIDs: a file
    // fetched before is re-verified and reused without any source.
    void setSeedFile(const QString &path) { m_seedPath = path; }
    // The open part file once the target is known to be a file; null otherwise.
    PartFile *partFile() const { return m_part.get(); }

    // Takes in everything the store already has. Call once before asking sources.
    Result<void> start();

    // A block from a source. Error::VerifyFailed when it does not match its CID (the source
    // is lying or broken: drop it); Error::InvalidInput when it matches but the DAG itself is
    // malformed (no source can fix that); Error::NotFound when the path does not exist.
    Result<Offer> offer(const ipfs::Cid &cid, const QByteArray &block);

    bool complete() const { return m_targetKnown && m_wants.isEmpty(); }
    QList<ipfs::Cid> missing() const { return m_wants.keys(); }
    bool isWanted(const ipfs::Cid &cid) const { return m_wants.contains(cid); }

    const ipfs::Cid &root() const { return m_root; }
    const QStringList &path() const { return m_path; }
    // The CID the path leads to, once the path is resolved.
    bool targetKnown() const { return m_targetKnown; }
    const ipfs::Cid &target() const { return m_target; }
    bool targetIsDirectory() const { return m_targetIsDirectory; }

    // File bytes of the target (UnixFS filesize), -1 while unknown or for directories
    // until every node is in.
    qint64 totalBytes() const { return m_totalBytes; }
    // File bytes held in verified leaves so far.
    qint64 verifiedBytes() const { return m_verifiedBytes; }
    // Lowest file offset not yet held (for `entity-bytes=N:*` on resume); 0 when unknown.
    qint64 firstMissingOffset() const;

    // What was found and repaired on the way without failing (a journaled leaf whose data is
    // torn, a corrupt block in the store): lines for the job's log. Emptied by the call.
    QStringList takeNotes() { return std::exchange(m_notes, {}); }

    qint64 blocksAccepted() const { return m_accepted; }
    qint64 blocksUnwanted() const { return m_unwanted; }

private:
    struct Want
    {
        int depth = 0;             // levels below the root (bounded, see kMaxDepth)
        int pathDepth = -1;        // >= 0: a directory on the path, resolving m_path[pathDepth]
        int hamtLevel = 0;         // shard level inside a sharded directory on the path
        QList<qint64> offsets;     // file offsets this block starts at (content nodes)
        qint64 expectedBytes = -1; // file bytes below it (from the parent's blocksizes)
    };

    enum class Origin { Network, Store, Journal, Seed };
    QByteArray seedBlock(const ipfs::Cid &cid, const Want &w);

    Result<void> want(const ipfs::Cid &cid, const Want &w);
    Result<void> drainStore();
    Result<void> process(const ipfs::Cid &cid, const QByteArray &block, const Want &w,
                         Origin origin);
    Result<void> processPathNode(const ipfs::Cid &cid, const QByteArray &block, const Want &w,
                                 Origin origin);
    Result<void> processContent(const ipfs::Cid &cid, const QByteArray &block, const Want &w,
                                Origin origin);
    Result<void> store(const ipfs::Cid &cid, const QByteArray &block, Origin origin);
    Result<void> writeLeaf(const ipfs::Cid &cid, QByteArrayView block, QByteArrayView data,
                           const Want &w, Origin origin);
    void setTarget(const ipfs::Cid &cid);
    QString where(const ipfs::Cid &cid) const;

    ipfs::Cid m_root;
    QStringList m_path;
    LocalStore *m_store;
    QString m_partPath;
    bool m_partHash = false;
    std::unique_ptr<PartFile> m_part;
    QString m_seedPath;
    std::unique_ptr<QFile> m_seed; // open while it can serve leaves

    QHash<ipfs::Cid, Want> m_wants;
    QList<ipfs::Cid> m_queue; // wanted blocks found in the store, to process
    bool m_targetKnown = false;
    bool m_targetIsDirectory = false;
    ipfs::Cid m_target;
    qint64 m_totalBytes = -1;
    qint64 m_verifiedBytes = 0;
    qint64 m_accepted = 0;
    qint64 m_unwanted = 0;
    qint64 m_processed = 0;
    QStringList m_notes;
};

} // namespace pt::fetch
