#pragma once

#include "core/fetch/localstore.h"
#include "core/ipfs/cid.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace pt::fetch {

// The state of fetching one IPFS path (root CID + names below it) into the local store,
// independent of where blocks come from. Sources offer blocks in any order; DagFetch accepts
// only blocks it wants, verifies each against its CID before storing it, resolves the path
// through directory nodes, expands file and directory nodes into the blocks below them, and
// checks UnixFS sizes on the way. Blocks already in the store count as received, so a later
// source — or a later process after a crash — continues where the last one stopped.
class DagFetch
{
public:
    enum class Offer {
        Accepted, // wanted, verified, stored
        Unwanted, // not (or no longer) part of this download: ignored
    };

    DagFetch(const ipfs::Cid &root, const QStringList &path, LocalStore *store);

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

    Result<void> want(const ipfs::Cid &cid, const Want &w);
    Result<void> drainStore();
    Result<void> process(const ipfs::Cid &cid, const QByteArray &block, const Want &w);
    Result<void> processPathNode(const ipfs::Cid &cid, const QByteArray &block, const Want &w);
    Result<void> processContent(const ipfs::Cid &cid, const QByteArray &block, const Want &w);
    void setTarget(const ipfs::Cid &cid);
    QString where(const ipfs::Cid &cid) const;

    ipfs::Cid m_root;
    QStringList m_path;
    LocalStore *m_store;

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
};

} // namespace pt::fetch
