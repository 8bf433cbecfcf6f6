#pragma once

#include "core/ipfs/blockstore.h"
#include "core/ipfs/cid.h"
#include "core/result.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace pt::ipfs {

// How a directory's size is estimated to decide when it becomes a HAMT shard (IPFS.md §2).
enum class HamtEstimate {
    Links, // Σ(len(name) + len(binary CID)): boxo's legacy estimate, Kubo's default
    Block, // the real serialized dag-pb node size (unixfs-v1-2025, IPIP-499)
};

// The parameters that decide the bytes of every block, hence the CIDs (IPFS.md §2 table).
struct ImportProfile
{
    QString name;
    int cidVersion = 0;
    qint64 chunkSize = 262144;
    int maxLinks = 174;
    bool rawLeaves = false;
    HamtEstimate hamtEstimate = HamtEstimate::Links;
    qint64 hamtThreshold = 256 * 1024; // shard when the estimate is strictly greater (Kubo 0.40)
    int hamtFanout = 256;

    static ImportProfile kuboV0();        // "kubo-v0": Kubo's default = unixfs-v0-2015
    static ImportProfile kuboV1();        // "kubo-v1": ipfs add --cid-version=1
    static ImportProfile unixfsV1_2025(); // "unixfs-v1-2025": IPIP-499 (1 MiB, 1024 links)
    static QList<ImportProfile> all();
    static QStringList names();
    // Accepts the names above and the aliases "default", "unixfs-v0-2015".
    static Result<ImportProfile> byName(const QString &name);
};

// What a parent needs to link to an imported node.
struct ImportedNode
{
    Cid cid;
    quint64 contentSize = 0; // file bytes (a directory: the sum of every file below it)
    quint64 dagSize = 0;     // this block + every block below it: the Tsize of a link to it
    qint64 files = 0;        // files below (1 for a file)
    qint64 blocks = 0;       // blocks written for it (duplicates counted each time)
};

struct DirectoryEntry
{
    QByteArray name; // UTF-8 bytes, as on the wire
    ImportedNode node;
};

// A sink that drops everything (`--only-hash`).
class NullBlockSink : public BlockSink
{
public:
    Result<void> putBlock(const Cid &, const QByteArray &) override { return {}; }
};

// Builds UnixFS DAGs exactly as Kubo's `ipfs add` does (boxo balanced layout, basic and HAMT
// directories), so our CIDs equal `ipfs add -Q -r --only-hash` for the same profile.
// Files stream through with bounded memory; leaves are hashed on a thread pool.
// One Importer is used from one thread at a time.
class Importer
{
public:
    explicit Importer(ImportProfile profile, BlockSink *sink = nullptr);
    ~Importer();

    const ImportProfile &profile() const { return m_profile; }

    // Kubo's `ipfs add -r` skips names starting with '.' unless --hidden; so do we by default.
    void setIncludeHidden(bool include) { m_includeHidden = include; }
    // Entries skipped because they were hidden (for a warning in the CLI).
    qint64 skippedHidden() const { return m_skippedHidden; }
    // Symbolic links: Store (default) writes them as UnixFS Symlink nodes holding the link's
    // target text, exactly as `ipfs add -r` does (the target's content is not included);
    // Refuse makes them an error.
    enum class Symlinks { Store, Refuse };
    void setSymlinks(Symlinks policy) { m_symlinks = policy; }
    qint64 symlinksStored() const { return m_symlinksStored; }
    // Called after every chunk with the total file bytes read so far (may be empty).
    void setProgress(std::function<void(qint64)> progress) { m_progress = std::move(progress); }
    // Checked between chunks; when set, the import stops with Error::Cancelled.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // A file from a device, read to its end. `what` names it in error messages.
    Result<ImportedNode> importFile(QIODevice *in, const QString &what = QString());
    Result<ImportedNode> importBytes(const QByteArray &data);
    // A regular file, a symlink (see setSymlinks) or a directory tree; special files
    // (devices, FIFOs, sockets) are refused.
    Result<ImportedNode> importPath(const QString &path);
    // A directory from already imported children (sorted here by name bytes; a basic
    // directory or a HAMT shard depending on the profile's estimate).
    Result<ImportedNode> buildDirectory(QList<DirectoryEntry> entries);

private:
    struct Pending;
    static Pending makeLeaf(bool rawLeaves, int cidVersion, QByteArray chunk);
    Result<ImportedNode> put(const Cid &cid, const QByteArray &block);
    Result<Pending> makeFileNode(const QList<Pending> &children);
    Result<ImportedNode> importSymlink(const QString &path);
    Result<ImportedNode> importDirectory(const QString &path, int depth);
    Result<ImportedNode> buildShard(QList<DirectoryEntry> &entries, const QList<QByteArray> &hashes,
                                    int level);

    ImportProfile m_profile;
    NullBlockSink m_nullSink;
    BlockSink *m_sink;
    bool m_includeHidden = false;
    qint64 m_skippedHidden = 0;
    Symlinks m_symlinks = Symlinks::Store;
    qint64 m_symlinksStored = 0;
    qint64 m_bytesRead = 0;
    std::function<void(qint64)> m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace pt::ipfs
