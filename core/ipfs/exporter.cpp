#include "core/ipfs/exporter.h"

#include "core/ipfs/dagpb.h"
#include "core/ipfs/murmur3.h"
#include "core/ipfs/unixfs.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <bit>

using namespace Qt::StringLiterals;

namespace pt::ipfs {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::ipfs)
};
constexpr quint64 kHamtHashMurmur3 = 0x22;
constexpr quint64 kHamtFanout = 256;

// Where verifyDag "writes" file content.
class NullDevice : public QIODevice
{
protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override { return len; }
};

QString joinPath(const QString &where, const QByteArray &name)
{
    return (where.endsWith(u'/') ? where : where + u'/') + QString::fromUtf8(name);
}
} // namespace

QString unsafeEntryNameReason(const QByteArray &name)
{
    if (name.isEmpty())
        return Msg::tr("empty name");
    if (name == "." || name == "..")
        return Msg::tr("'%1' would leave the directory").arg(QString::fromUtf8(name));
    if (name.contains('/') || name.contains('\\'))
        return Msg::tr("name '%1' contains a path separator").arg(QString::fromUtf8(name));
    if (name.contains('\0'))
        return Msg::tr("name contains a NUL byte");
    // Written through QString: a name that is not UTF-8 would be silently altered.
    if (QFile::encodeName(QFile::decodeName(name)) != name)
        return Msg::tr("name '%1' is not valid UTF-8")
            .arg(QString::fromLatin1(name.toPercentEncoding()));
    return QString();
}

struct Exporter::Entry
{
    QByteArray name;
    Cid cid;
};

Exporter::Exporter(BlockSource *source) : m_source(source) {}

Result<QByteArray> Exporter::fetch(const Cid &cid, const QString &where)
{
    if (m_cancel && m_cancel->load())
        return Error(Error::Cancelled, Msg::tr("export cancelled at %1").arg(where));
    if (!cid.hash().isVerifiable())
        return Error(Error::Unsupported,
                     Msg::tr("%1 (at %2) uses hash function %3, which we cannot verify: refused")
                         .arg(cid.toString(), where, hashCodeName(cid.hash().code())));
    if (cid.codec() != Codec::Raw && cid.codec() != Codec::DagPb)
        return Error(Error::Unsupported,
                     Msg::tr("%1 (at %2) has codec %3: only dag-pb and raw UnixFS are supported")
                         .arg(cid.toString(), where, codecName(cid.codec())));
    // An identity CID is its own block (the multihash parser caps it at 128 bytes).
    Result<QByteArray> block = cid.hash().code() == HashCode::Identity
                                   ? Result<QByteArray>(cid.hash().digest())
                                   : m_source->getBlock(cid);
    if (!block) {
        const Error &e = block.error();
        if (e.code == Error::NotFound)
            return Error(Error::NotFound,
                         Msg::tr("block %1 (at %2) is missing").arg(cid.toString(), where));
        return e.wrapped(Msg::tr("block %1 (at %2): ").arg(cid.toString(), where));
    }
    if (block->size() > kMaxBlockSize)
        return Error(Error::InvalidInput,
                     Msg::tr("block %1 (at %2) is %3 bytes, over the %4-byte limit")
                         .arg(cid.toString(), where, QString::number(block->size()),
                              QString::number(kMaxBlockSize)));
    Result<void> ok = m_skipHashCheck ? Result<void>() : cid.verify(*block);
    if (!ok)
        return Error(ok.error().code, Msg::tr("block %1 (at %2) does not match its CID: %3")
                                          .arg(cid.toString(), where, ok.error().message));
    ++m_stats.blocks;
    m_stats.blockBytes += block->size();
    return block;
}

Result<void> Exporter::enter(const Cid &cid, const QString &where, int depth)
{
    if (depth > m_maxDepth)
        return Error(Error::InvalidInput, Msg::tr("%1 (at %2): DAG deeper than %3 levels")
                                              .arg(cid.toString(), where)
                                              .arg(m_maxDepth));
    if (m_stack.contains(cid))
        return Error(Error::InvalidInput,
                     Msg::tr("%1 (at %2) links back to itself: the DAG has a loop")
                         .arg(cid.toString(), where));
    m_stack.append(cid);
    return {};
}

void Exporter::leave(const Cid &cid)
{
    Q_ASSERT(!m_stack.isEmpty() && m_stack.last() == cid);
    Q_UNUSED(cid);
    m_stack.removeLast();
}

namespace {
Result<QByteArray> writeAll(QIODevice *out, QByteArrayView bytes, const QString &where)
{
    qint64 done = 0;
    while (done < bytes.size()) {
        const qint64 n = out->write(bytes.data() + done, bytes.size() - done);
        if (n <= 0)
            return Error(Error::Io, Msg::tr("%1: write failed: %2").arg(where, out->errorString()));
        done += n;
    }
    return QByteArray();
}
} // namespace

// Writes the file under `cid` (its block already fetched and verified) and returns its size.
// `offset` is the position of this node's first byte in the whole file, for messages.
Result<quint64> Exporter::emitFile(const Cid &cid, const QByteArray &block, QIODevice *out,
                                   const QString &where, qint64 offset, int depth)
{
    if (cid.codec() == Codec::Raw) {
        Result<QByteArray> w = writeAll(out, block, where);
        if (!w)
            return w.error();
        m_stats.fileBytes += block.size();
        return quint64(block.size());
    }
    const QString at =
        Msg::tr("%1 (at %2, offset %3)").arg(cid.toString(), where, QString::number(offset));
    Result<PbNode> node = decodePbNode(block);
    if (!node)
        return node.error().wrapped(at + u": "_s);
    if (!node->data)
        return Error(Error::InvalidInput, at + Msg::tr(": dag-pb node without UnixFS data"));
    Result<UnixfsData> data = decodeUnixfsData(*node->data);
    if (!data)
        return data.error().wrapped(at + u": "_s);
    if (data->type != UnixfsType::File && data->type != UnixfsType::Raw)
        return Error(
            Error::InvalidInput,
            at + Msg::tr(": expected a file node, found UnixFS type %1").arg(int(data->type)));
    const QByteArray inlineData = data->data.value_or(QByteArray());
    if (node->links.size() != data->blocksizes.size())
        return Error(Error::InvalidInput, at + Msg::tr(": %1 links but %2 blocksizes")
                                                   .arg(node->links.size())
                                                   .arg(data->blocksizes.size()));
    quint64 expected = quint64(inlineData.size());
    for (quint64 b : std::as_const(data->blocksizes)) {
        if (b > (quint64(1) << 62) || expected > (quint64(1) << 62))
            return Error(Error::InvalidInput, at + Msg::tr(": blocksizes overflow"));
        expected += b;
    }
    if (data->filesize && *data->filesize != expected)
        return Error(Error::VerifyFailed,
                     at + Msg::tr(": filesize %1 disagrees with data + blocksizes = %2")
                              .arg(QString::number(*data->filesize), QString::number(expected)));
    if (!inlineData.isEmpty()) {
        Result<QByteArray> w = writeAll(out, inlineData, where);
        if (!w)
            return w.error();
        m_stats.fileBytes += inlineData.size();
    }
    if (node->links.isEmpty())
        return expected;

    Result<void> in = enter(cid, where, depth);
    if (!in)
        return in.error();
    qint64 childOffset = offset + inlineData.size();
    for (qsizetype i = 0; i < node->links.size(); ++i) {
        const Cid &child = node->links.at(i).hash;
        const QString childWhere =
            Msg::tr("%1 [block %2 of %3]").arg(where).arg(i).arg(cid.toString());
        if (m_stack.contains(child))
            return Error(Error::InvalidInput,
                         Msg::tr("%1 (at %2) links back to %3: the DAG has a loop")
                             .arg(cid.toString(), where, child.toString()));
        Result<QByteArray> childBlock = fetch(child, childWhere);
        if (!childBlock)
            return childBlock.error();
        Result<quint64> got = emitFile(child, *childBlock, out, childWhere, childOffset, depth + 1);
        if (!got)
            return got.error();
        if (*got != data->blocksizes.at(i))
            return Error(Error::VerifyFailed,
                         Msg::tr("%1 (at %2): child %3 (%4) holds %5 bytes but blocksizes says %6")
                             .arg(cid.toString(), where, QString::number(i), child.toString(),
                                  QString::number(*got), QString::number(data->blocksizes.at(i))));
        childOffset += qint64(*got);
    }
    leave(cid);
    return expected;
}

Result<ExportStats> Exporter::exportFile(const Cid &root, QIODevice *out)
{
    m_stats = {};
    m_stack.clear();
    Result<QByteArray> block = fetch(root, u"/"_s);
    if (!block)
        return block.error();
    Result<quint64> n = emitFile(root, *block, out, u"/"_s, 0, 0);
    if (!n)
        return n.error();
    m_stats.files = 1;
    return m_stats;
}

// Walks one HAMT node (boxo ipld/unixfs/hamt) into `entries`, checking its structure:
// murmur3 hash, fanout 256, bitfield agreeing with the links, every entry in the bucket its
// name hashes to, sub-shards named by their two hex digits alone.
Result<void> Exporter::collectShard(const Cid &cid, const QByteArray &block, int level,
                                    const QString &where, QList<Entry> &entries, int depth)
{
    const QString at = Msg::tr("%1 (HAMT shard at %2)").arg(cid.toString(), where);
    if (cid.codec() != Codec::DagPb)
        return Error(Error::InvalidInput, at + Msg::tr(": a shard must be dag-pb"));
    Result<PbNode> node = decodePbNode(block);
    if (!node)
        return node.error().wrapped(at + u": "_s);
    if (!node->data)
        return Error(Error::InvalidInput, at + Msg::tr(": no UnixFS data"));
    Result<UnixfsData> data = decodeUnixfsData(*node->data);
    if (!data)
        return data.error().wrapped(at + u": "_s);
    if (data->type != UnixfsType::HAMTShard)
        return Error(
            Error::InvalidInput,
            at + Msg::tr(": sub-shard link to a node of UnixFS type %1").arg(int(data->type)));
    if (data->hashType.value_or(0) != kHamtHashMurmur3)
        return Error(Error::Unsupported,
                     at + Msg::tr(": hash type 0x%1 (only murmur3 0x22 is supported)")
                              .arg(QString::number(data->hashType.value_or(0), 16)));
    if (data->fanout.value_or(0) != kHamtFanout)
        return Error(Error::Unsupported, at + Msg::tr(": fanout %1 (only 256 is supported)")
                                                  .arg(QString::number(data->fanout.value_or(0))));
    if (level >= 8)
        return Error(Error::InvalidInput,
                     at + Msg::tr(": shards nested deeper than the 64-bit hash"));
    const QByteArray bitfield = data->data.value_or(QByteArray());
    if (bitfield.size() > 32)
        return Error(Error::InvalidInput,
                     at + Msg::tr(": bitfield of %1 bytes for fanout 256").arg(bitfield.size()));
    auto bitSet = [&bitfield](int idx) {
        const qsizetype byte = bitfield.size() - 1 - idx / 8;
        return byte >= 0 && (uchar(bitfield.at(byte)) >> (idx % 8)) & 1;
    };
    int popcount = 0;
    for (char c : bitfield)
        popcount += std::popcount(uchar(c));
    if (popcount != node->links.size())
        return Error(Error::InvalidInput,
                     at + Msg::tr(": bitfield has %1 bits set but the node has %2 links")
                              .arg(popcount)
                              .arg(node->links.size()));
    Result<void> in = enter(cid, where, depth);
    if (!in)
        return in.error();
    int previous = -1;
    for (const PbLink &link : std::as_const(node->links)) {
        const QByteArray name = link.name.value_or(QByteArray());
        bool ok = false;
        const int idx = name.size() >= 2 ? name.left(2).toInt(&ok, 16) : -1;
        if (!ok || idx < 0 || idx > 255 || name.left(2) != name.left(2).toUpper())
            return Error(Error::InvalidInput,
                         at + Msg::tr(": link name '%1' does not start with two hex digits")
                                  .arg(QString::fromUtf8(name)));
        if (!bitSet(idx) || idx <= previous)
            return Error(
                Error::InvalidInput,
                at + Msg::tr(": link '%1' is not in bitfield order").arg(QString::fromUtf8(name)));
        previous = idx;
        if (name.size() == 2) {
            if (m_stack.contains(link.hash))
                return Error(Error::InvalidInput,
                             Msg::tr("%1: sub-shard %2 links back: the DAG has a loop")
                                 .arg(at, link.hash.toString()));
            const QString subWhere = Msg::tr("%1 [shard %2]").arg(where, QString::fromUtf8(name));
            Result<QByteArray> sub = fetch(link.hash, subWhere);
            if (!sub)
                return sub.error();
            Result<void> r = collectShard(link.hash, *sub, level + 1, subWhere, entries, depth + 1);
            if (!r)
                return r.error();
            continue;
        }
        const QByteArray entryName = name.mid(2);
        if (uchar(hamtHash(entryName).at(level)) != idx)
            return Error(
                Error::InvalidInput,
                at + Msg::tr(": entry '%1' is in bucket %2, its hash says otherwise")
                         .arg(QString::fromUtf8(entryName), QString::fromUtf8(name.left(2))));
        entries.append(Entry{entryName, link.hash});
    }
    leave(cid);
    return {};
}

Result<void> Exporter::emitEntry(const Cid &cid, const QString &diskPath, const QString &where,
                                 int depth)
{
    if (m_stack.contains(cid))
        return Error(Error::InvalidInput,
                     Msg::tr("%1 (at %2) is its own ancestor: the DAG has a loop")
                         .arg(cid.toString(), where));
    Result<QByteArray> block = fetch(cid, where);
    if (!block)
        return block.error();

    auto writeFile = [&]() -> Result<void> {
        if (m_dryRun) {
            NullDevice sink;
            sink.open(QIODevice::WriteOnly);
            Result<quint64> n = emitFile(cid, *block, &sink, where, 0, depth);
            if (!n)
                return n.error();
            ++m_stats.files;
            return {};
        }
        QFile f(diskPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error(Error::Io,
                         Msg::tr("%1: cannot create: %2").arg(diskPath, f.errorString()));
        Result<quint64> n = emitFile(cid, *block, &f, where, 0, depth);
        if (!n)
            return n.error();
        if (!f.flush())
            return Error(Error::Io, Msg::tr("%1: write failed: %2").arg(diskPath, f.errorString()));
        ++m_stats.files;
        return {};
    };

    if (cid.codec() == Codec::Raw)
        return writeFile();
    Result<PbNode> node = decodePbNode(*block);
    if (!node)
        return node.error().wrapped(Msg::tr("%1 (at %2): ").arg(cid.toString(), where));
    if (!node->data)
        return Error(
            Error::InvalidInput,
            Msg::tr("%1 (at %2): dag-pb node without UnixFS data").arg(cid.toString(), where));
    Result<UnixfsData> data = decodeUnixfsData(*node->data);
    if (!data)
        return data.error().wrapped(Msg::tr("%1 (at %2): ").arg(cid.toString(), where));

    QList<Entry> entries;
    switch (data->type) {
    case UnixfsType::File:
    case UnixfsType::Raw:
        return writeFile();
    case UnixfsType::Directory:
        for (const PbLink &link : std::as_const(node->links))
            entries.append(Entry{link.name.value_or(QByteArray()), link.hash});
        break;
    case UnixfsType::HAMTShard: {
        Result<void> r = collectShard(cid, *block, 0, where, entries, depth);
        if (!r)
            return r.error();
        break;
    }
    case UnixfsType::Symlink:
        return Error(
            Error::Unsupported,
            Msg::tr("%1 (at %2) is a symlink: not extracted (links could point outside the target)")
                .arg(cid.toString(), where));
    default:
        return Error(Error::Unsupported, Msg::tr("%1 (at %2): UnixFS type %3 cannot be extracted")
                                             .arg(cid.toString(), where)
                                             .arg(int(data->type)));
    }

    // A directory (basic or sharded).
    QSet<QByteArray> seen;
    for (const Entry &e : std::as_const(entries)) {
        const QString reason = unsafeEntryNameReason(e.name);
        if (!reason.isEmpty())
            return Error(Error::InvalidInput, Msg::tr("%1 (directory at %2): entry refused: %3")
                                                  .arg(cid.toString(), where, reason));
        if (seen.contains(e.name))
            return Error(Error::InvalidInput,
                         Msg::tr("%1 (directory at %2): two entries named '%3'")
                             .arg(cid.toString(), where, QString::fromUtf8(e.name)));
        seen.insert(e.name);
    }
    if (!m_dryRun && !QDir().mkdir(diskPath))
        return Error(Error::Io, Msg::tr("%1: cannot create directory").arg(diskPath));
    ++m_stats.directories;
    Result<void> in = enter(cid, where, depth);
    if (!in)
        return in.error();
    for (const Entry &e : std::as_const(entries)) {
        Result<void> r = emitEntry(e.cid, diskPath + u'/' + QFile::decodeName(e.name),
                                   joinPath(where, e.name), depth + 1);
        if (!r)
            return r;
    }
    leave(cid);
    return {};
}

Result<ExportStats> Exporter::verifyDag(const Cid &root)
{
    m_stats = {};
    m_stack.clear();
    m_dryRun = true;
    Result<void> r = emitEntry(root, QString(), u"/"_s, 0);
    m_dryRun = false;
    if (!r)
        return r.error();
    return m_stats;
}

Result<ExportStats> Exporter::exportTo(const Cid &root, const QString &target)
{
    m_stats = {};
    m_stack.clear();
    const QFileInfo fi(target);
    if (fi.exists() || fi.isSymLink())
        return Error(Error::InvalidInput,
                     Msg::tr("%1 already exists: choose a new path").arg(target));
    const QDir parent = fi.absoluteDir();
    if (!parent.exists())
        return Error(Error::NotFound,
                     Msg::tr("%1: parent directory does not exist").arg(parent.path()));
    // The temporary tree lives beside the target so the final rename stays on one file system.
    QTemporaryDir temp(parent.filePath(u"."_s + fi.fileName() + u".partial-XXXXXX"_s));
    if (!temp.isValid())
        return Error(Error::Io, Msg::tr("%1: cannot create a temporary directory: %2")
                                    .arg(parent.path(), temp.errorString()));
    const QString staging = temp.filePath(u"content"_s);
    Result<void> r = emitEntry(root, staging, u"/"_s, 0);
    if (!r)
        return r.error(); // QTemporaryDir removes the partial tree
    if (!QDir().rename(staging, fi.absoluteFilePath()))
        return Error(Error::Io, Msg::tr("%1: cannot move the verified result into place (from %2)")
                                    .arg(target, staging));
    return m_stats;
}

} // namespace pt::ipfs
