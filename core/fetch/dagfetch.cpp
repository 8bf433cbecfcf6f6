#include "core/fetch/dagfetch.h"

#include "core/ipfs/blockstore.h"
#include "core/ipfs/dagpb.h"
#include "core/ipfs/multihash.h"
#include "core/ipfs/murmur3.h"
#include "core/ipfs/unixfs.h"
#include "core/workpool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <limits>
#include <mutex>

#include <fcntl.h>
#include <unistd.h>

namespace pt::fetch {

namespace {
// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::fetch)
};
} // namespace

using ipfs::Cid;

namespace {
// Kubo's trees are at most a handful of levels deep even for terabyte files (174 links per
// node). A deeper DAG, or one that references the same subtree over and over (each reference
// is processed again for its offsets), is hostile input: refuse it instead of looping.
constexpr int kMaxDepth = 64;
constexpr qint64 kMaxProcessed = 20'000'000;

// Leaf data written since the last sync that starts the next background sync: big enough that
// syncs are few, small enough that a crash loses little.
constexpr qint64 kSyncEveryBytes = 32 << 20;
constexpr qint64 kSyncEveryMs = 250; // and at least this often on a slow link
// Framing around a leaf's data that the journal keeps (a dag-pb leaf has ~10 bytes before and
// ~4 after its data); a leaf with more is written but not journaled (refetched on resume).
constexpr qsizetype kMaxFraming = 64;

const QByteArray kJournalMagic = QByteArrayLiteral("phasic-traces part journal 1 ");

QString sysError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool writeAll(int fd, const char *data, qint64 size, qint64 offset)
{
    while (size > 0) {
        const ssize_t n = offset >= 0 ? ::pwrite(fd, data, size_t(size), off_t(offset))
                                      : ::write(fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        size -= n;
        if (offset >= 0)
            offset += n;
    }
    return true;
}

bool readAll(int fd, char *data, qint64 size, qint64 offset)
{
    while (size > 0) {
        const ssize_t n = ::pread(fd, data, size_t(size), off_t(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
        offset += n;
    }
    return true;
}

QByteArray hexOrDash(QByteArrayView bytes)
{
    return bytes.isEmpty() ? QByteArrayLiteral("-") : bytes.toByteArray().toHex();
}
} // namespace

// ---- PartFile --------------------------------------------------------------------------

// The descriptors outlive the PartFile while a background sync still uses them.
struct PartFile::Files
{
    int part = -1;
    int journal = -1;
    std::mutex journalMutex; // the journal is appended by the sync task and by the destructor
    QByteArray inflight;     // lines handed to the running sync (under journalMutex)
    ~Files()
    {
        if (part >= 0)
            ::close(part);
        if (journal >= 0)
            ::close(journal);
    }
};

PartFile::PartFile(const QString &partPath) : m_path(partPath) {}

PartFile::~PartFile()
{
    if (!m_files)
        return;
    // Keep what is written for a resume without waiting for the disk (a running sync may
    // still be busy): lines of data that is not durable yet are safe, because a resume
    // re-verifies every journaled leaf against its CID before using it.
    // The lines a running sync has not written yet too, so a job started right after this one
    // sees everything.
    std::lock_guard lock(m_files->journalMutex);
    const QByteArray lines = std::exchange(m_files->inflight, {}) + m_pendingLines;
    if (!lines.isEmpty() && m_files->journal >= 0)
        writeAll(m_files->journal, lines.constData(), lines.size(), -1);
}

Result<void> PartFile::open(const ipfs::Cid &target, bool hash)
{
    const QByteArray header = kJournalMagic + target.toString().toLatin1() + '\n';
    m_journal.clear();
    bool reuse = false;
    {
        QFile journal(journalPath());
        if (QFileInfo::exists(m_path) && journal.open(QIODevice::ReadOnly)) {
            reuse = journal.readLine(4096) == header;
            while (reuse && !journal.atEnd()) {
                const QByteArray line = journal.readLine(4096);
                if (!line.endsWith('\n'))
                    break; // torn by a crash mid-append
                const QList<QByteArray> f = line.trimmed().split(' ');
                if (f.size() != 5 || f.at(0) != "L")
                    continue;
                Result<ipfs::Cid> cid = ipfs::Cid::parse(QString::fromLatin1(f.at(1)));
                bool ok = false;
                const qint64 offset = f.at(2).toLongLong(&ok);
                if (!cid || !ok || offset < 0)
                    continue;
                auto unhex = [](const QByteArray &h) {
                    return h == "-" ? QByteArray() : QByteArray::fromHex(h);
                };
                Journaled &j = m_journal[*cid];
                j.prefix = unhex(f.at(3)).left(kMaxFraming);
                j.suffix = unhex(f.at(4)).left(kMaxFraming);
                if (!j.offsets.contains(offset))
                    j.offsets.append(offset);
            }
        }
    }
    if (!reuse)
        m_journal.clear();
    m_header = header;
    m_hash = hash ? std::make_unique<ipfs::Sha256>() : nullptr;
    m_hashedUpTo = 0;
    // A fresh .part is created at the first write, so a source that fails before sending any
    // data leaves nothing behind.
    return reuse ? openFiles(true) : Result<void>();
}

Result<void> PartFile::openFiles(bool reuse)
{
    if (m_files)
        return {};
    auto ioError = [&](const QString &path) {
        return Error(Error::Io, Msg::tr("cannot write %1: %2").arg(path, sysError()));
    };
    if (!QDir().mkpath(QFileInfo(m_path).path()))
        return Error(Error::Io, Msg::tr("cannot create the folder of %1").arg(m_path));
    auto files = std::make_shared<Files>();
    const QByteArray part = QFile::encodeName(m_path);
    files->part =
        ::open(part.constData(), O_RDWR | O_CREAT | O_CLOEXEC | (reuse ? 0 : O_TRUNC), 0644);
    if (files->part < 0)
        return ioError(m_path);
    const QByteArray jpath = QFile::encodeName(journalPath());
    files->journal = ::open(
        jpath.constData(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC | (reuse ? 0 : O_TRUNC), 0644);
    if (files->journal < 0)
        return ioError(journalPath());
    if (!reuse && !writeAll(files->journal, m_header.constData(), m_header.size(), -1))
        return ioError(journalPath());
    m_files = std::move(files);
    return {};
}
const PartFile::Journaled *PartFile::journaled(const ipfs::Cid &cid) const
{
    auto it = m_journal.constFind(cid);
    return it == m_journal.constEnd() ? nullptr : &*it;
}

QByteArray PartFile::rebuild(const Journaled &j, qint64 length) const
{
    if (!m_files || j.offsets.isEmpty() || length < 0 || length > ipfs::kMaxBlockSize)
        return {};
    QByteArray block(j.prefix.size() + length + j.suffix.size(), Qt::Uninitialized);
    std::memcpy(block.data(), j.prefix.constData(), size_t(j.prefix.size()));
    if (!readAll(m_files->part, block.data() + j.prefix.size(), length, j.offsets.first()))
        return {};
    std::memcpy(block.data() + j.prefix.size() + length, j.suffix.constData(),
                size_t(j.suffix.size()));
    return block;
}

void PartFile::existing(qint64 offset, QByteArrayView data)
{
    if (m_hash && offset == m_hashedUpTo) {
        m_hash->addData(data);
        m_hashedUpTo += data.size();
    }
}

Result<void> PartFile::write(const ipfs::Cid &cid, qint64 offset, QByteArrayView data,
                             QByteArrayView prefix, QByteArrayView suffix, bool journal)
{
    if (Result<void> r = openFiles(false); !r)
        return r;
    if (!writeAll(m_files->part, data.data(), data.size(), offset))
        return Error(Error::Io, Msg::tr("cannot write %1: %2").arg(m_path, sysError()));
    existing(offset, data);
    if (journal && prefix.size() <= kMaxFraming && suffix.size() <= kMaxFraming) {
        m_pendingLines += "L " + cid.toString().toLatin1() + ' ' + QByteArray::number(offset) +
                          ' ' + hexOrDash(prefix) + ' ' + hexOrDash(suffix) + '\n';
    }
    m_pendingBytes += data.size();
    if (m_pendingBytes >= kSyncEveryBytes || !m_sinceSync.isValid() ||
        m_sinceSync.elapsed() >= kSyncEveryMs)
        syncInBackground();
    return {};
}

void PartFile::syncInBackground()
{
    if (m_sync.isRunning() || m_pendingLines.isEmpty())
        return; // the next write starts it again
    m_pendingBytes = 0;
    m_sinceSync.start();
    // Data first, then the lines that point at it: a journal line never outlives its data.
    {
        std::lock_guard lock(m_files->journalMutex);
        m_files->inflight += std::exchange(m_pendingLines, {});
    }
    m_sync = QtConcurrent::run(workPool(), [files = m_files] {
        ::fdatasync(files->part);
        {
            std::lock_guard lock(files->journalMutex);
            const QByteArray lines = std::exchange(files->inflight, {});
            writeAll(files->journal, lines.constData(), lines.size(), -1);
        }
        ::fdatasync(files->journal);
    });
}

Result<QByteArray> PartFile::finish(qint64 size, const QByteArray &expected,
                                    const QString &destination, const QString &what)
{
    if (Result<void> r = openFiles(false); !r)
        return r.error(); // an empty file: nothing was ever written
    m_sync.waitForFinished();
    const int fd = m_files->part;
    auto io = [&](const QString &doing) {
        return Error(Error::Io, Msg::tr("cannot %1 %2: %3").arg(doing, m_path, sysError()));
    };
    if (::ftruncate(fd, off_t(size)) != 0)
        return io(Msg::tr("trim"));
    QByteArray digest;
    if (m_hash) {
        // The rest of the file, where data came out of order or from an earlier run.
        QByteArray chunk(4 << 20, Qt::Uninitialized);
        for (qint64 at = m_hashedUpTo; at < size;) {
            const qint64 n = std::min<qint64>(chunk.size(), size - at);
            if (!readAll(fd, chunk.data(), n, at))
                return io(Msg::tr("read back"));
            m_hash->addData(QByteArrayView(chunk.constData(), n));
            at += n;
        }
        m_hashedUpTo = size;
        digest = m_hash->result();
        if (!expected.isEmpty() && digest != expected) {
            QFile::remove(m_path);
            QFile::remove(journalPath());
            return Error(Error::VerifyFailed,
                         Msg::tr("%1 matches its CID but its sha256 is %2 while the registry "
                                 "says %3; the registry entry is wrong — nothing was saved")
                             .arg(what, QString::fromLatin1(digest.toHex()),
                                  QString::fromLatin1(expected.toHex())));
        }
    }
    // Durable before it carries the final name: a crash right after the rename must not
    // leave that name pointing at unwritten blocks.
    if (::fsync(fd) != 0)
        return io(Msg::tr("flush"));
    if (::rename(QFile::encodeName(m_path).constData(),
                 QFile::encodeName(destination).constData()) != 0) {
        return Error(
            Error::Io,
            Msg::tr("cannot move %1 into place as %2: %3").arg(m_path, destination, sysError()));
    }
    // The rename itself, durable too (best effort: not every file system syncs folders).
    const int dir = ::open(QFile::encodeName(QFileInfo(destination).path()).constData(),
                           O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    {
        std::lock_guard lock(m_files->journalMutex);
        m_pendingLines.clear();
        m_files->inflight.clear();
    }
    QFile::remove(journalPath());
    return digest;
}

// ---- DagFetch --------------------------------------------------------------------------

DagFetch::DagFetch(const Cid &root, const QStringList &path, LocalStore *store)
    : m_root(root), m_path(path), m_store(store)
{}

DagFetch::~DagFetch() = default;

void DagFetch::setPartFile(const QString &partPath, bool hash)
{
    m_partPath = partPath;
    m_partHash = hash;
}

QString DagFetch::where(const Cid &cid) const
{
    QString p = m_root.toString();
    for (const QString &s : m_path)
        p += QLatin1Char('/') + s;
    return cid == m_root ? p : Msg::tr("%1 (below %2)").arg(cid.toString(), p);
}

Result<void> DagFetch::start()
{
    m_wants.clear();
    m_queue.clear();
    m_verifiedBytes = 0;
    m_totalBytes = -1;
    m_targetKnown = false;
    Want w;
    if (m_path.isEmpty()) {
        setTarget(m_root);
        w.offsets = {0};
    } else {
        w.pathDepth = 0;
    }
    if (Result<void> r = want(m_root, w); !r)
        return r;
    return drainStore();
}

void DagFetch::setTarget(const Cid &cid)
{
    m_targetKnown = true;
    m_target = cid;
}

Result<void> DagFetch::want(const Cid &cid, const Want &w)
{
    if (w.depth > kMaxDepth) {
        return Error(Error::InvalidInput,
                     Msg::tr("the DAG of %1 is more than %2 levels deep; refusing it")
                         .arg(where(m_root))
                         .arg(kMaxDepth));
    }
    auto it = m_wants.find(cid);
    if (it != m_wants.end()) {
        // The same block at another place in the file (deduplicated chunks).
        it->offsets += w.offsets;
        return {};
    }
    m_wants.insert(cid, w);
    const bool seedable = m_seed && w.pathDepth < 0 && w.expectedBytes >= 0 &&
                          w.expectedBytes <= ipfs::kMaxBlockSize && !w.offsets.isEmpty();
    if (seedable || (m_part && m_part->journaled(cid)) || m_store->hasBlock(cid))
        m_queue.append(cid);
    return {};
}

Result<void> DagFetch::drainStore()
{
    // In order: leaves of a resumed file are then re-read front to back (the running sha256
    // can take them in).
    while (!m_queue.isEmpty()) {
        const Cid cid = m_queue.takeFirst();
        auto it = m_wants.find(cid);
        if (it == m_wants.end())
            continue;
        // A leaf the .part holds: rebuilt from it and checked against its CID like any block.
        if (const PartFile::Journaled *j = m_part ? m_part->journaled(cid) : nullptr) {
            const QByteArray block = m_part->rebuild(*j, it->expectedBytes);
            if (!block.isEmpty() && cid.verify(block).ok()) {
                const Want w = *it;
                m_wants.erase(it);
                if (Result<void> r = process(cid, block, w, Origin::Journal); !r)
                    return r;
                continue;
            }
            m_notes.append(
                QStringLiteral("the data of block %1 at byte %2 of %3 does not match its CID "
                               "(a torn write or an edited file); fetching it again")
                    .arg(cid.toString())
                    .arg(j->offsets.value(0))
                    .arg(m_part->path()));
            m_part->forget(cid); // torn or altered: fetched again (j is gone after this)
        }
        if (m_seed) {
            const QByteArray block = seedBlock(cid, *it);
            if (!block.isEmpty()) {
                const Want w = *it;
                m_wants.erase(it);
                if (Result<void> r = process(cid, block, w, Origin::Seed); !r)
                    return r;
                continue;
            }
        }
        const bool inStore = m_store->hasBlock(cid);
        Result<QByteArray> block = m_store->getBlock(cid);
        if (!block) {
            // Gone or corrupt (and removed): it stays wanted and is fetched. A block the store
            // had but could not give back is worth a line; a seed candidate that was never in
            // the store is not.
            if (inStore)
                m_notes.append(block.error().message);
            continue;
        }
        const Want w = *it;
        m_wants.erase(it);
        if (Result<void> r = process(cid, *block, w, Origin::Store); !r)
            return r;
    }
    return {};
}

QByteArray DagFetch::seedBlock(const Cid &cid, const Want &w)
{
    if (w.pathDepth >= 0 || w.offsets.isEmpty() || w.expectedBytes < 0 ||
        w.expectedBytes > ipfs::kMaxBlockSize || !m_seed->seek(w.offsets.first()))
        return {};
    const QByteArray data = m_seed->read(w.expectedBytes);
    if (data.size() != w.expectedBytes)
        return {};
    if (cid.codec() == ipfs::Codec::Raw)
        return cid.verify(data).ok() ? data : QByteArray();
    if (cid.codec() != ipfs::Codec::DagPb)
        return {};
    // A dag-pb leaf as Kubo writes it (UnixFS Raw or File holding the data and its size).
    for (ipfs::UnixfsType type : {ipfs::UnixfsType::Raw, ipfs::UnixfsType::File}) {
        ipfs::UnixfsData fs;
        fs.type = type;
        fs.data = data;
        fs.filesize = quint64(data.size());
        ipfs::PbNode node;
        node.data = ipfs::encodeUnixfsData(fs);
        const QByteArray block = ipfs::encodePbNode(node);
        if (cid.verify(block).ok())
            return block;
    }
    return {};
}

Result<DagFetch::Offer> DagFetch::offer(const Cid &cid, const QByteArray &block)
{
    if (block.size() > ipfs::kMaxBlockSize) {
        return Error(Error::VerifyFailed,
                     Msg::tr("block %1 is %2 bytes, over the 2 MiB block limit")
                         .arg(cid.toString())
                         .arg(block.size()));
    }
    // Unwanted blocks too (a path node already in the store, a leaf another source sent
    // first): a source that sends bytes not matching their CID is lying even when we happen
    // not to need them, and must be reported and dropped, not ignored.
    if (Result<void> ok = cid.verify(block); !ok)
        return ok.error();
    auto it = m_wants.find(cid);
    if (it == m_wants.end()) {
        ++m_unwanted;
        return Offer::Unwanted;
    }
    const Want w = *it;
    m_wants.erase(it);
    ++m_accepted;
    if (Result<void> r = process(cid, block, w, Origin::Network); !r)
        return r.error();
    if (Result<void> r = drainStore(); !r)
        return r.error();
    return Offer::Accepted;
}

Result<void> DagFetch::store(const Cid &cid, const QByteArray &block, Origin origin)
{
    if (origin != Origin::Network)
        return {};
    return m_store->putBlock(cid, block);
}

Result<void> DagFetch::writeLeaf(const Cid &cid, QByteArrayView block, QByteArrayView data,
                                 const Want &w, Origin origin)
{
    // Where the data sits in the block, so the journal can rebuild the block from the .part.
    QByteArrayView prefix, suffix;
    bool framed = false;
    if (data.size() == block.size()) {
        framed = true;
    } else if (data.size() < block.size()) {
        const qsizetype slack = std::min<qsizetype>(block.size() - data.size(), kMaxFraming);
        for (qsizetype p = 0; p <= slack && !framed; ++p) {
            if (std::memcmp(block.data() + p, data.data(), size_t(data.size())) == 0) {
                prefix = block.first(p);
                suffix = block.sliced(p + data.size());
                framed = true;
            }
        }
    }
    const PartFile::Journaled *j = origin == Origin::Journal ? m_part->journaled(cid) : nullptr;
    for (qint64 o : w.offsets) {
        if (j && j->offsets.contains(o)) {
            m_part->existing(o, data);
            continue;
        }
        if (Result<void> r = m_part->write(cid, o, data, prefix, suffix, framed); !r)
            return r;
    }
    return {};
}

Result<void> DagFetch::process(const Cid &cid, const QByteArray &block, const Want &w,
                               Origin origin)
{
    if (++m_processed > kMaxProcessed) {
        return Error(Error::InvalidInput,
                     Msg::tr("the DAG of %1 references more than %2 blocks; refusing it")
                         .arg(where(m_root))
                         .arg(kMaxProcessed));
    }
    return w.pathDepth >= 0 ? processPathNode(cid, block, w, origin)
                            : processContent(cid, block, w, origin);
}

Result<void> DagFetch::processPathNode(const Cid &cid, const QByteArray &block, const Want &w,
                                       Origin origin)
{
    if (Result<void> r = store(cid, block, origin); !r)
        return r;
    const QString segment = m_path.at(w.pathDepth);
    const QString here = w.pathDepth == 0 ? m_root.toString()
                                          : m_root.toString() + QLatin1Char('/') +
                                                m_path.mid(0, w.pathDepth).join(QLatin1Char('/'));
    auto notADirectory = [&](const QString &what) {
        return Error(Error::NotFound, Msg::tr("%1 is %2, not a directory: there is no "
                                              "\"%3\" below it")
                                          .arg(here, what, segment));
    };
    if (cid.codec() != ipfs::Codec::DagPb)
        return notADirectory(Msg::tr("a raw block"));
    Result<ipfs::PbNode> node = ipfs::decodePbNode(block);
    if (!node)
        return node.error().wrapped(Msg::tr("directory node %1 of %2").arg(cid.toString(), here));
    if (!node->data)
        return notADirectory(Msg::tr("a dag-pb node without UnixFS data"));
    Result<ipfs::UnixfsData> fs = ipfs::decodeUnixfsData(*node->data);
    if (!fs)
        return fs.error().wrapped(Msg::tr("UnixFS data of %1 (%2)").arg(cid.toString(), here));
    const QByteArray name = segment.toUtf8();
    const ipfs::PbLink *found = nullptr;
    if (fs->type == ipfs::UnixfsType::HAMTShard) {
        // Sharded directory (UnixFS spec, HAMT): at shard level L the entry lives in the bucket
        // given by byte L of the name's murmur3 hash; links are named "XX<name>" for entries
        // and "XX" for sub-shards, XX being the bucket in upper-case hex.
        if (fs->fanout.value_or(0) != 256 || fs->hashType.value_or(0) != 0x22) {
            return Error(Error::Unsupported,
                         Msg::tr("sharded directory %1 (%2) uses fanout %3 / hash 0x%4; only "
                                 "fanout 256 with murmur3 (what Kubo writes) is supported")
                             .arg(cid.toString(), here)
                             .arg(fs->fanout.value_or(0))
                             .arg(fs->hashType.value_or(0), 0, 16));
        }
        const QByteArray hash = ipfs::hamtHash(name);
        if (w.hamtLevel >= hash.size()) {
            return Error(Error::InvalidInput,
                         Msg::tr("sharded directory %1 (%2) nests deeper than its hash "
                                 "allows; the DAG is malformed")
                             .arg(cid.toString(), here));
        }
        const QByteArray prefix =
            QByteArray::number(uchar(hash.at(w.hamtLevel)), 16).rightJustified(2, '0').toUpper();
        for (const ipfs::PbLink &link : node->links) {
            const QByteArray linkName = link.name.value_or(QByteArray());
            if (linkName == prefix) {
                Want shard = w;
                shard.depth = w.depth + 1;
                shard.hamtLevel = w.hamtLevel + 1;
                return want(link.hash, shard);
            }
            if (linkName == prefix + name) {
                found = &link;
                break;
            }
        }
    } else if (fs->type == ipfs::UnixfsType::Directory) {
        for (const ipfs::PbLink &link : node->links) {
            if (link.name.value_or(QByteArray()) != name)
                continue;
            if (found) {
                return Error(Error::InvalidInput,
                             Msg::tr("directory %1 (%2) lists \"%3\" twice; the DAG is malformed")
                                 .arg(cid.toString(), here, segment));
            }
            found = &link;
        }
    } else {
        return notADirectory(Msg::tr("a file"));
    }
    if (!found) {
        return Error(Error::NotFound,
                     Msg::tr("directory %1 has no entry \"%2\"").arg(here, segment));
    }
    Want next;
    next.depth = w.depth + 1;
    if (w.pathDepth + 1 == m_path.size()) {
        setTarget(found->hash);
        next.offsets = {0};
    } else {
        next.pathDepth = w.pathDepth + 1;
    }
    return want(found->hash, next);
}

Result<void> DagFetch::processContent(const Cid &cid, const QByteArray &block, const Want &w,
                                      Origin origin)
{
    const qint64 occurrences = std::max<qint64>(1, w.offsets.size());
    auto malformed = [&](const QString &why) {
        return Error(
            Error::InvalidInput,
            Msg::tr("block %1 of %2 is malformed: %3").arg(cid.toString(), where(m_root), why));
    };
    auto checkExpected = [&](qint64 bytes) -> Result<void> {
        if (w.expectedBytes >= 0 && w.expectedBytes != bytes) {
            return malformed(Msg::tr("it holds %1 file bytes but its parent says %2")
                                 .arg(bytes)
                                 .arg(w.expectedBytes));
        }
        return {};
    };

    // The target turns out to be a file: from here on its leaves go to the .part.
    auto openPart = [&]() -> Result<void> {
        if (cid != m_target || m_partPath.isEmpty() || m_part)
            return {};
        auto part = std::make_unique<PartFile>(m_partPath);
        if (Result<void> r = part->open(m_target, m_partHash); !r)
            return r;
        m_part = std::move(part);
        if (!m_part->resuming() && !m_seedPath.isEmpty() && QFileInfo::exists(m_seedPath)) {
            auto seed = std::make_unique<QFile>(m_seedPath);
            if (seed->open(QIODevice::ReadOnly))
                m_seed = std::move(seed);
        }
        return {};
    };

    if (cid.codec() == ipfs::Codec::Raw) {
        if (Result<void> r = checkExpected(block.size()); !r)
            return r;
        if (cid == m_target)
            m_totalBytes = block.size();
        if (Result<void> r = openPart(); !r)
            return r;
        if (Result<void> r =
                m_part ? writeLeaf(cid, block, block, w, origin) : store(cid, block, origin);
            !r)
            return r;
        m_verifiedBytes += block.size() * occurrences;
        return {};
    }
    if (cid.codec() != ipfs::Codec::DagPb) {
        return Error(Error::Unsupported,
                     Msg::tr("block %1 of %2 uses the %3 codec; only UnixFS (dag-pb and raw) "
                             "content can be downloaded")
                         .arg(cid.toString(), where(m_root), ipfs::codecName(cid.codec())));
    }
    Result<ipfs::PbNode> node = ipfs::decodePbNode(block);
    if (!node)
        return malformed(node.error().message);
    if (!node->data)
        return malformed(Msg::tr("it has no UnixFS data"));
    Result<ipfs::UnixfsData> fs = ipfs::decodeUnixfsData(*node->data);
    if (!fs)
        return malformed(fs.error().message);

    switch (fs->type) {
    case ipfs::UnixfsType::File:
    case ipfs::UnixfsType::Raw: {
        const qint64 inlineBytes = fs->data ? fs->data->size() : 0;
        qint64 total = inlineBytes;
        if (!node->links.isEmpty() && fs->blocksizes.size() != node->links.size()) {
            return malformed(Msg::tr("it has %1 links but %2 block sizes")
                                 .arg(node->links.size())
                                 .arg(fs->blocksizes.size()));
        }
        for (quint64 s : fs->blocksizes) {
            if (s > quint64(std::numeric_limits<qint64>::max() / 4) ||
                total > std::numeric_limits<qint64>::max() / 4)
                return malformed(Msg::tr("its block sizes overflow"));
            total += qint64(s);
        }
        if (fs->filesize && *fs->filesize != quint64(total)) {
            return malformed(Msg::tr("its filesize is %1 but its data and children hold %2 bytes")
                                 .arg(*fs->filesize)
                                 .arg(total));
        }
        if (Result<void> r = checkExpected(total); !r)
            return r;
        if (cid == m_target)
            m_totalBytes = total;
        if (Result<void> r = openPart(); !r)
            return r;
        if (m_part && node->links.isEmpty()) {
            // A leaf: its data goes to the .part, the block itself is not kept.
            if (Result<void> r = writeLeaf(
                    cid, block, fs->data ? QByteArrayView(*fs->data) : QByteArrayView(), w, origin);
                !r)
                return r;
        } else {
            if (Result<void> r = store(cid, block, origin); !r)
                return r;
            if (m_part && inlineBytes > 0) {
                for (qint64 o : w.offsets) {
                    if (Result<void> r = m_part->write(cid, o, *fs->data, {}, {}, false); !r)
                        return r;
                }
            }
        }
        m_verifiedBytes += inlineBytes * occurrences;
        qint64 childStart = inlineBytes;
        for (qsizetype i = 0; i < node->links.size(); ++i) {
            Want child;
            child.depth = w.depth + 1;
            child.expectedBytes = qint64(fs->blocksizes.at(i));
            for (qint64 o : w.offsets)
                child.offsets.append(o + childStart);
            childStart += child.expectedBytes;
            if (Result<void> r = want(node->links.at(i).hash, child); !r)
                return r;
        }
        return {};
    }
    case ipfs::UnixfsType::Directory:
    case ipfs::UnixfsType::HAMTShard:
        if (Result<void> r = store(cid, block, origin); !r)
            return r;
        if (cid == m_target)
            m_targetIsDirectory = true;
        for (const ipfs::PbLink &link : node->links) {
            Want child;
            child.depth = w.depth + 1;
            if (Result<void> r = want(link.hash, child); !r)
                return r;
        }
        return {};
    case ipfs::UnixfsType::Symlink:
        return store(cid, block, origin);
    case ipfs::UnixfsType::Metadata:
        break;
    }
    return Error(Error::Unsupported,
                 Msg::tr("block %1 of %2 is a UnixFS Metadata node, which is not supported")
                     .arg(cid.toString(), where(m_root)));
}

qint64 DagFetch::firstMissingOffset() const
{
    qint64 lowest = -1;
    for (const Want &w : m_wants) {
        for (qint64 o : w.offsets) {
            if (lowest < 0 || o < lowest)
                lowest = o;
        }
    }
    return lowest < 0 ? 0 : lowest;
}

} // namespace pt::fetch
