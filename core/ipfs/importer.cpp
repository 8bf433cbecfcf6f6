#include "core/ipfs/importer.h"

#include "core/ipfs/dagpb.h"
#include "core/ipfs/murmur3.h"
#include "core/ipfs/unixfs.h"
#include "core/ipfs/varint.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#ifdef Q_OS_UNIX
#include <dirent.h>
#include <unistd.h>
#endif
#include <array>
#include <deque>

using namespace Qt::StringLiterals;

namespace pt::ipfs {

namespace {
// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::ipfs)
};
} // namespace

// ---------------------------------------------------------------------------------------
// Profiles (IPFS.md §2 table)

ImportProfile ImportProfile::kuboV0()
{
    ImportProfile p;
    p.name = u"kubo-v0"_s;
    p.cidVersion = 0;
    p.chunkSize = 262144;
    p.maxLinks = 174;
    p.rawLeaves = false;
    p.hamtEstimate = HamtEstimate::Links;
    return p;
}

ImportProfile ImportProfile::kuboV1()
{
    ImportProfile p = kuboV0();
    p.name = u"kubo-v1"_s;
    p.cidVersion = 1;
    p.rawLeaves = true; // `ipfs add --cid-version=1` turns raw leaves on
    return p;
}

ImportProfile ImportProfile::unixfsV1_2025()
{
    ImportProfile p;
    p.name = u"unixfs-v1-2025"_s;
    p.cidVersion = 1;
    p.chunkSize = 1048576;
    p.maxLinks = 1024;
    p.rawLeaves = true;
    p.hamtEstimate = HamtEstimate::Block;
    return p;
}

QList<ImportProfile> ImportProfile::all()
{
    return {kuboV0(), kuboV1(), unixfsV1_2025()};
}

QStringList ImportProfile::names()
{
    QStringList out;
    for (const ImportProfile &p : all())
        out.append(p.name);
    return out;
}

Result<ImportProfile> ImportProfile::byName(const QString &name)
{
    if (name == "default"_L1 || name == "unixfs-v0-2015"_L1)
        return kuboV0();
    for (const ImportProfile &p : all()) {
        if (p.name == name)
            return p;
    }
    return Error(
        Error::InvalidInput,
        Msg::tr("unknown import profile '%1' (valid: %2)").arg(name, names().join(u", "_s)));
}

// ---------------------------------------------------------------------------------------

namespace {

// Leaves are hashed on a pool of our own: the caller may itself run on the global pool
// (QtConcurrent from the GUI), and waiting there on tasks queued behind it would starve.
QThreadPool &leafPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
        return p;
    }();
    return *pool;
}

constexpr int kMaxDirectoryDepth = 512;
constexpr quint64 kHamtHashMurmur3 = 0x22;

} // namespace

struct Importer::Pending
{
    Cid cid;
    QByteArray block;      // dropped once written to the sink
    quint64 fileBytes = 0; // bytes of the file under this node (the parent's blocksize)
    quint64 tsize = 0;     // cumulative DAG size
    qint64 blocks = 0;
};

Importer::Importer(ImportProfile profile, BlockSink *sink)
    : m_profile(std::move(profile)), m_sink(sink ? sink : &m_nullSink)
{}

Importer::~Importer() = default;

Importer::Pending Importer::makeLeaf(bool rawLeaves, int cidVersion, QByteArray chunk,
                                     bool keepBlock)
{
    Importer::Pending leaf;
    leaf.fileBytes = quint64(chunk.size());
    leaf.blocks = 1;
    if (rawLeaves) {
        // Raw leaves are CIDv1 even under a v0 root (there is no v0 raw CID).
        leaf.cid = Cid::forBlock(1, Codec::Raw, chunk);
        leaf.tsize = leaf.fileBytes;
        if (keepBlock)
            leaf.block = std::move(chunk);
        return leaf;
    }
    // PBNode{Data = UnixFS{Type=File, Data=chunk, filesize=n}} is `prefix chunk suffix`:
    // the bytes encodePbNode(encodeUnixfsData(...)) gives (tst_importer pins them), hashed
    // in three pieces so the chunk is never copied; the block is assembled (one copy) only
    // for a sink that stores it. The empty file has no Data field: `0a 04 08 02 18 00`.
    const quint64 n = quint64(chunk.size());
    const int dataFieldSize = n ? 1 + uvarintSize(n) + int(n) : 0;
    const quint64 unixfsSize = 2 + quint64(dataFieldSize) + 1 + quint64(uvarintSize(n));
    QByteArray prefix;
    prefix.append('\x0a');
    appendUvarint(prefix, unixfsSize);
    prefix.append("\x08\x02", 2);
    if (n) {
        prefix.append('\x12');
        appendUvarint(prefix, n);
    }
    QByteArray suffix(1, '\x18');
    appendUvarint(suffix, n);
    Sha256 hash;
    hash.addData(prefix);
    hash.addData(chunk);
    hash.addData(suffix);
    const Multihash mh(HashCode::Sha2_256, hash.result());
    leaf.cid = cidVersion == 0 ? *Cid::v0(mh) : Cid::v1(Codec::DagPb, mh);
    leaf.tsize = quint64(prefix.size()) + n + quint64(suffix.size());
    if (keepBlock) {
        QByteArray block;
        block.reserve(qsizetype(leaf.tsize));
        block.append(prefix).append(chunk).append(suffix);
        leaf.block = std::move(block);
    }
    return leaf;
}

Result<ImportedNode> Importer::put(const Cid &cid, const QByteArray &block)
{
    Result<void> r = m_sink->putBlock(cid, block);
    if (!r)
        return r.error().wrapped(Msg::tr("writing block %1: ").arg(cid.toString()));
    return ImportedNode{cid, 0, quint64(block.size()), 0, 1};
}

// An internal node of the balanced layout (boxo importer/balanced): every link has Name ""
// and a Tsize, Data = {Type=File, filesize=Σ, blocksizes=[...]}.
Result<Importer::Pending> Importer::makeFileNode(const QList<Pending> &children)
{
    PbNode node;
    UnixfsData data;
    data.type = UnixfsType::File;
    quint64 total = 0;
    quint64 tsize = 0;
    qint64 blocks = 0;
    node.links.reserve(children.size());
    data.blocksizes.reserve(children.size());
    for (const Pending &c : children) {
        PbLink link;
        link.hash = c.cid;
        link.name = QByteArray(""); // Kubo writes `12 00`; omitting it changes the CID
        link.tsize = c.tsize;
        node.links.append(link);
        data.blocksizes.append(c.fileBytes);
        total += c.fileBytes;
        tsize += c.tsize;
        blocks += c.blocks;
    }
    data.filesize = total;
    node.data = encodeUnixfsData(data);
    Pending p;
    p.block = encodePbNode(node);
    p.cid = Cid::forBlock(m_profile.cidVersion, Codec::DagPb, p.block);
    p.fileBytes = total;
    p.tsize = tsize + quint64(p.block.size());
    p.blocks = blocks + 1;
    Result<ImportedNode> w = put(p.cid, p.block);
    if (!w)
        return w.error();
    p.block.clear();
    return p;
}

Result<ImportedNode> Importer::importBytes(const QByteArray &data)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return importFile(&buffer, u"(bytes)"_s);
}

Result<ImportedNode> Importer::importFile(QIODevice *in, const QString &what)
{
    const QString label = what.isEmpty() ? u"(stream)"_s : what;
    if (m_profile.chunkSize <= 0 || m_profile.chunkSize > kMaxBlockSize - 1024 ||
        m_profile.maxLinks < 2)
        return Error(Error::InvalidInput,
                     Msg::tr("import profile '%1': chunk size %2 / max links %3 out of range")
                         .arg(m_profile.name, QString::number(m_profile.chunkSize),
                              QString::number(m_profile.maxLinks)));
    if (!in || !in->isReadable())
        return Error(Error::Io, Msg::tr("%1: not open for reading").arg(label));

    QThreadPool &pool = leafPool();
    // Bounded in-flight chunks: memory stays at a few chunks whatever the file size.
    const size_t maxInFlight = size_t(qMax(2, pool.maxThreadCount() * 2 + 1));
    std::deque<QFuture<Pending>> inFlight;
    QList<QList<Pending>> levels;
    const bool raw = m_profile.rawLeaves;
    const int version = m_profile.cidVersion;
    const int maxLinks = m_profile.maxLinks;
    // `--only-hash`: nobody keeps the leaves, so they are hashed without being assembled.
    const bool keepBlocks = !dynamic_cast<NullBlockSink *>(m_sink);
    qint64 chunks = 0;
    qint64 offset = 0;

    auto drain = [&inFlight] {
        for (QFuture<Pending> &f : inFlight)
            f.waitForFinished();
        inFlight.clear();
    };

    // Appends a node at `level`; a level that reaches maxLinks becomes a node one level up.
    // Folding eagerly gives the same tree as boxo's depth-first fill: full subtrees of
    // maxLinks^level leaves from the left, the partial ones at the end (see finish below).
    auto pushUp = [&](int level, Pending p) -> Result<void> {
        for (;;) {
            if (levels.size() <= level)
                levels.resize(level + 1);
            levels[level].append(std::move(p));
            if (levels[level].size() < maxLinks)
                return {};
            Result<Pending> node = makeFileNode(levels[level]);
            if (!node)
                return node.error();
            levels[level].clear();
            p = std::move(node.value());
            ++level;
        }
    };

    auto consume = [&](Pending leaf) -> Result<void> {
        Result<ImportedNode> w = put(leaf.cid, leaf.block);
        if (!w)
            return w.error();
        leaf.block = QByteArray();
        return pushUp(0, std::move(leaf));
    };

    bool eof = false;
    while (!eof) {
        if (m_cancel && m_cancel->load()) {
            drain();
            return Error(Error::Cancelled, Msg::tr("%1: import cancelled").arg(label));
        }
        QByteArray chunk(m_profile.chunkSize, Qt::Uninitialized);
        qint64 got = 0;
        while (got < m_profile.chunkSize) {
            const qint64 n = in->read(chunk.data() + got, m_profile.chunkSize - got);
            if (n < 0) {
                drain();
                return Error(Error::Io,
                             Msg::tr("%1: read error at offset %2: %3")
                                 .arg(label, QString::number(offset + got), in->errorString()));
            }
            if (n == 0) {
                // A file (pipes included) returns 0 only at its end; other sequential
                // devices (sockets, processes) may just have nothing buffered yet.
                if (!in->isSequential() || in->atEnd() || qobject_cast<QFileDevice *>(in)) {
                    eof = true;
                    break;
                }
                if (!in->waitForReadyRead(60000) && in->bytesAvailable() == 0) {
                    if (in->atEnd()) {
                        eof = true;
                        break;
                    }
                    drain();
                    // waitForReadyRead fails on a 60 s timeout or on devices that cannot
                    // block (a QNetworkReply): feed those through a file or a buffer.
                    return Error(Error::Io,
                                 Msg::tr("%1: the device stopped delivering data at offset %2 (%3)")
                                     .arg(label, QString::number(offset + got),
                                          in->errorString().isEmpty()
                                              ? Msg::tr("no data within 60 s")
                                              : in->errorString()));
                }
                continue;
            }
            got += n;
        }
        if (got == 0)
            break;
        chunk.resize(got);
        offset += got;
        ++chunks;
        m_bytesRead += got;
        inFlight.push_back(
            QtConcurrent::run(&pool, [raw, version, keepBlocks, c = std::move(chunk)]() mutable {
                return makeLeaf(raw, version, std::move(c), keepBlocks);
            }));
        while (inFlight.size() >= maxInFlight) {
            Pending leaf = inFlight.front().result();
            inFlight.pop_front();
            Result<void> r = consume(std::move(leaf));
            if (!r) {
                drain();
                return r.error().wrapped(label + u": "_s);
            }
        }
        if (m_progress)
            m_progress(m_bytesRead);
    }
    while (!inFlight.empty()) {
        Pending leaf = inFlight.front().result();
        inFlight.pop_front();
        Result<void> r = consume(std::move(leaf));
        if (!r) {
            drain();
            return r.error().wrapped(label + u": "_s);
        }
    }

    Pending root;
    if (chunks == 0) {
        // The empty file: one leaf without data (raw: the empty raw block).
        root = makeLeaf(raw, version, QByteArray(), true);
        Result<ImportedNode> w = put(root.cid, root.block);
        if (!w)
            return w.error().wrapped(label + u": "_s);
    } else {
        // Close the partial levels bottom-up. A lone node with nothing above is the root
        // (a one-chunk file's root is its leaf); a lone node below a higher level still gets
        // its own parent, as boxo's fillNodeRec makes a chain of one-child nodes.
        bool found = false;
        for (int level = 0; level < levels.size() && !found; ++level) {
            if (levels[level].isEmpty())
                continue;
            bool higher = false;
            for (int k = level + 1; k < levels.size(); ++k)
                higher = higher || !levels[k].isEmpty();
            if (!higher && levels[level].size() == 1) {
                root = levels[level].first();
                found = true;
                break;
            }
            Result<Pending> node = makeFileNode(levels[level]);
            if (!node)
                return node.error().wrapped(label + u": "_s);
            levels[level].clear();
            Result<void> r = pushUp(level + 1, std::move(node.value()));
            if (!r)
                return r.error().wrapped(label + u": "_s);
        }
        Q_ASSERT(found);
    }
    ImportedNode out;
    out.cid = root.cid;
    out.contentSize = root.fileBytes;
    out.dagSize = root.tsize;
    out.files = 1;
    out.blocks = root.blocks;
    return out;
}

Result<ImportedNode> Importer::importPath(const QString &path)
{
    QFileInfo fi(path);
    if (fi.isSymLink())
        return importSymlink(path);
    if (!fi.exists())
        return Error(Error::NotFound, Msg::tr("%1: no such file or directory").arg(path));
    if (fi.isDir())
        return importDirectory(path, 0);
    if (!fi.isFile())
        return Error(
            Error::Unsupported,
            Msg::tr("%1 is not a regular file or directory (device, FIFO or socket): not imported")
                .arg(path));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Io, Msg::tr("%1: cannot open: %2").arg(path, f.errorString()));
    return importFile(&f, path);
}

// boxo unixfs.SymlinkData + Kubo's adder: a dag-pb node without links whose Data is
// {Type=Symlink, Data=target} (no filesize), CID per profile.
Result<ImportedNode> Importer::importSymlink(const QString &path)
{
    if (m_symlinks == Symlinks::Refuse)
        return Error(Error::Unsupported,
                     Msg::tr("%1 is a symbolic link: refused (replace it by a copy of its target)")
                         .arg(path));
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    QByteArray target(4096, Qt::Uninitialized);
    const ssize_t n = ::readlink(native.constData(), target.data(), size_t(target.size()));
    if (n < 0 || n >= target.size())
        return Error(Error::Io, Msg::tr("%1: cannot read the symbolic link").arg(path));
    target.resize(n);
    UnixfsData data;
    data.type = UnixfsType::Symlink;
    data.data = target;
    PbNode node;
    node.data = encodeUnixfsData(data);
    const QByteArray block = encodePbNode(node);
    const Cid cid = Cid::forBlock(m_profile.cidVersion, Codec::DagPb, block);
    Result<ImportedNode> w = put(cid, block);
    if (!w)
        return w.error().wrapped(path + u": "_s);
    ++m_symlinksStored;
    return w;
#else
    return Error(
        Error::Unsupported,
        Msg::tr("%1 is a symbolic link: not supported on this platform (replace it by a copy)")
            .arg(path));
#endif
}

namespace {
Result<void> checkRawNames(const QString &path, qsizetype listed)
{
#ifdef Q_OS_UNIX
    DIR *dir = ::opendir(QFile::encodeName(path).constData());
    if (!dir)
        return Error(Error::Io, Msg::tr("%1: cannot list the directory").arg(path));
    qsizetype count = 0;
    QByteArray bad;
    while (const dirent *e = ::readdir(dir)) {
        const QByteArray raw(e->d_name);
        if (raw == "." || raw == "..")
            continue;
        ++count;
        if (bad.isEmpty() && QFile::encodeName(QFile::decodeName(raw)) != raw)
            bad = raw;
    }
    ::closedir(dir);
    if (!bad.isEmpty())
        return Error(
            Error::InvalidInput,
            Msg::tr("%1: the name \"%2\" is not valid UTF-8 and cannot be imported: rename it")
                .arg(path, QString::fromLatin1(bad.toPercentEncoding())));
    if (count != listed)
        return Error(Error::Io,
                     Msg::tr("%1: the directory changed while it was read (%2 entries, then %3)")
                         .arg(path, QString::number(listed), QString::number(count)));
#else
    Q_UNUSED(path);
    Q_UNUSED(listed);
#endif
    return {};
}
} // namespace

Result<ImportedNode> Importer::importDirectory(const QString &path, int depth)
{
    if (depth > kMaxDirectoryDepth)
        return Error(Error::InvalidInput, Msg::tr("%1: directories nested deeper than %2 levels")
                                              .arg(path)
                                              .arg(kMaxDirectoryDepth));
    QDir dir(path);
    if (!dir.isReadable())
        return Error(Error::Io, Msg::tr("%1: directory not readable").arg(path));
    const QFileInfoList infos = dir.entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::NoSort);
    // QDir silently drops names that are not valid UTF-8 (they cannot round-trip through
    // QString): that would be a wrong CID for the directory, so count the raw entries.
    Result<void> names = checkRawNames(path, infos.size());
    if (!names)
        return names.error();
    QList<DirectoryEntry> entries;
    entries.reserve(infos.size());
    for (const QFileInfo &fi : infos) {
        const QByteArray name = QFile::encodeName(fi.fileName());
        if (!m_includeHidden && name.startsWith('.')) {
            ++m_skippedHidden;
            continue;
        }
        Result<ImportedNode> child = (fi.isDir() && !fi.isSymLink())
                                         ? importDirectory(fi.filePath(), depth + 1)
                                         : importPath(fi.filePath());
        if (!child)
            return child.error();
        entries.append(DirectoryEntry{name, child.value()});
    }
    Result<ImportedNode> node = buildDirectory(std::move(entries));
    if (!node)
        return node.error().wrapped(path + u": "_s);
    return node;
}

Result<ImportedNode> Importer::buildDirectory(QList<DirectoryEntry> entries)
{
    // Links are sorted by name bytes (dag-pb canonical form; what Kubo writes).
    std::sort(entries.begin(), entries.end(),
              [](const DirectoryEntry &a, const DirectoryEntry &b) { return a.name < b.name; });
    ImportedNode out;
    quint64 linksEstimate = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QByteArray &name = entries.at(i).name;
        if (name.isEmpty() || name == "." || name == ".." || name.contains('/') ||
            name.contains('\0'))
            return Error(
                Error::InvalidInput,
                Msg::tr("directory entry name '%1' is not allowed").arg(QString::fromUtf8(name)));
        if (i > 0 && entries.at(i - 1).name == name)
            return Error(
                Error::InvalidInput,
                Msg::tr("directory has two entries named '%1'").arg(QString::fromUtf8(name)));
        const ImportedNode &c = entries.at(i).node;
        linksEstimate += quint64(name.size()) + quint64(c.cid.bytes().size());
        out.contentSize += c.contentSize;
        out.files += c.files;
        out.blocks += c.blocks;
    }

    PbNode node;
    node.links.reserve(entries.size());
    quint64 tsize = 0;
    for (const DirectoryEntry &e : std::as_const(entries)) {
        PbLink link;
        link.hash = e.node.cid;
        link.name = e.name;
        link.tsize = e.node.dagSize;
        node.links.append(link);
        tsize += e.node.dagSize;
    }
    UnixfsData dirData;
    dirData.type = UnixfsType::Directory;
    node.data = encodeUnixfsData(dirData);
    const QByteArray block = encodePbNode(node);

    const quint64 estimate =
        m_profile.hamtEstimate == HamtEstimate::Links ? linksEstimate : quint64(block.size());
    if (m_profile.hamtThreshold > 0 && estimate > quint64(m_profile.hamtThreshold)) {
        QList<QByteArray> hashes;
        hashes.reserve(entries.size());
        for (const DirectoryEntry &e : std::as_const(entries))
            hashes.append(hamtHash(e.name));
        Result<ImportedNode> shard = buildShard(entries, hashes, 0);
        if (!shard)
            return shard.error();
        shard->contentSize = out.contentSize;
        shard->files = out.files;
        shard->blocks += out.blocks;
        return shard;
    }

    const Cid cid = Cid::forBlock(m_profile.cidVersion, Codec::DagPb, block);
    Result<ImportedNode> w = put(cid, block);
    if (!w)
        return w.error();
    out.cid = cid;
    out.dagSize = tsize + quint64(block.size());
    out.blocks += 1;
    return out;
}

// One HAMT node (boxo ipld/unixfs/hamt): entries grouped by the byte of their name hash at
// this level (fanout 256 = 8 bits); a bucket with one entry links it as "XX<name>", a bucket
// with several becomes a sub-shard linked as "XX".
Result<ImportedNode> Importer::buildShard(QList<DirectoryEntry> &entries,
                                          const QList<QByteArray> &hashes, int level)
{
    if (m_profile.hamtFanout != 256)
        return Error(
            Error::Unsupported,
            Msg::tr("HAMT fanout %1 is not supported (only 256)").arg(m_profile.hamtFanout));
    if (level >= 8)
        return Error(Error::InvalidInput,
                     Msg::tr("HAMT: %1 names share the same 64-bit hash (first: '%2')")
                         .arg(entries.size())
                         .arg(QString::fromUtf8(entries.first().name)));
    std::array<QList<int>, 256> buckets;
    for (qsizetype i = 0; i < entries.size(); ++i)
        buckets[uchar(hashes.at(i).at(level))].append(int(i));

    QByteArray bitfield(32, '\0');
    PbNode node;
    quint64 tsize = 0;
    qint64 blocks = 0;
    for (int b = 0; b < 256; ++b) {
        const QList<int> &members = buckets[b];
        if (members.isEmpty())
            continue;
        bitfield[31 - b / 8] = char(uchar(bitfield.at(31 - b / 8)) | (1u << (b % 8)));
        const QByteArray prefix = QByteArray::number(b, 16).toUpper().rightJustified(2, '0');
        PbLink link;
        if (members.size() == 1) {
            const DirectoryEntry &e = entries.at(members.first());
            link.hash = e.node.cid;
            link.name = prefix + e.name;
            link.tsize = e.node.dagSize;
        } else {
            QList<DirectoryEntry> sub;
            QList<QByteArray> subHashes;
            for (int i : members) {
                sub.append(entries.at(i));
                subHashes.append(hashes.at(i));
            }
            Result<ImportedNode> child = buildShard(sub, subHashes, level + 1);
            if (!child)
                return child.error();
            link.hash = child->cid;
            link.name = prefix;
            link.tsize = child->dagSize;
            blocks += child->blocks;
        }
        tsize += *link.tsize;
        node.links.append(link);
    }
    // Big-endian bitfield with its leading zero bytes trimmed (go big.Int.Bytes(): Kubo's bytes).
    qsizetype firstNonZero = 0;
    while (firstNonZero < bitfield.size() - 1 && bitfield.at(firstNonZero) == '\0')
        ++firstNonZero;
    UnixfsData data;
    data.type = UnixfsType::HAMTShard;
    data.data = bitfield.mid(firstNonZero);
    data.hashType = kHamtHashMurmur3;
    data.fanout = quint64(m_profile.hamtFanout);
    node.data = encodeUnixfsData(data);
    const QByteArray block = encodePbNode(node);
    const Cid cid = Cid::forBlock(m_profile.cidVersion, Codec::DagPb, block);
    Result<ImportedNode> w = put(cid, block);
    if (!w)
        return w.error();
    ImportedNode out;
    out.cid = cid;
    out.dagSize = tsize + quint64(block.size());
    out.blocks = blocks + 1;
    return out;
}

} // namespace pt::ipfs
