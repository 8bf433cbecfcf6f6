#include "core/fetch/dagfetch.h"

#include "core/ipfs/blockstore.h"
#include "core/ipfs/dagpb.h"
#include "core/ipfs/murmur3.h"
#include "core/ipfs/unixfs.h"

#include <algorithm>
#include <limits>

namespace pt::fetch {

using ipfs::Cid;

namespace {
// Kubo's trees are at most a handful of levels deep even for terabyte files (174 links per
// node). A deeper DAG, or one that references the same subtree over and over (each reference
// is processed again for its offsets), is hostile input: refuse it instead of looping.
constexpr int kMaxDepth = 64;
constexpr qint64 kMaxProcessed = 20'000'000;
} // namespace

DagFetch::DagFetch(const Cid &root, const QStringList &path, LocalStore *store)
    : m_root(root), m_path(path), m_store(store)
{}

QString DagFetch::where(const Cid &cid) const
{
    QString p = m_root.toString();
    for (const QString &s : m_path)
        p += QLatin1Char('/') + s;
    return cid == m_root ? p : QStringLiteral("%1 (below %2)").arg(cid.toString(), p);
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
                     QStringLiteral("the DAG of %1 is more than %2 levels deep; refusing it")
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
    if (m_store->hasBlock(cid))
        m_queue.append(cid);
    return {};
}

Result<void> DagFetch::drainStore()
{
    while (!m_queue.isEmpty()) {
        const Cid cid = m_queue.takeLast();
        auto it = m_wants.find(cid);
        if (it == m_wants.end())
            continue;
        Result<QByteArray> block = m_store->getBlock(cid);
        if (!block)
            continue; // gone or corrupt (and removed): it stays wanted and is fetched
        const Want w = *it;
        m_wants.erase(it);
        if (Result<void> r = process(cid, *block, w); !r)
            return r;
    }
    return {};
}

Result<DagFetch::Offer> DagFetch::offer(const Cid &cid, const QByteArray &block)
{
    auto it = m_wants.find(cid);
    if (it == m_wants.end()) {
        ++m_unwanted;
        return Offer::Unwanted;
    }
    if (block.size() > ipfs::kMaxBlockSize) {
        return Error(Error::VerifyFailed,
                     QStringLiteral("block %1 is %2 bytes, over the 2 MiB block limit")
                         .arg(cid.toString())
                         .arg(block.size()));
    }
    if (Result<void> ok = cid.verify(block); !ok)
        return ok.error();
    if (Result<void> stored = m_store->putBlock(cid, block); !stored)
        return stored.error();
    const Want w = *it;
    m_wants.erase(it);
    ++m_accepted;
    if (Result<void> r = process(cid, block, w); !r)
        return r.error();
    if (Result<void> r = drainStore(); !r)
        return r.error();
    return Offer::Accepted;
}

Result<void> DagFetch::process(const Cid &cid, const QByteArray &block, const Want &w)
{
    if (++m_processed > kMaxProcessed) {
        return Error(Error::InvalidInput,
                     QStringLiteral("the DAG of %1 references more than %2 blocks; refusing it")
                         .arg(where(m_root))
                         .arg(kMaxProcessed));
    }
    return w.pathDepth >= 0 ? processPathNode(cid, block, w) : processContent(cid, block, w);
}

Result<void> DagFetch::processPathNode(const Cid &cid, const QByteArray &block, const Want &w)
{
    const QString segment = m_path.at(w.pathDepth);
    const QString here = w.pathDepth == 0 ? m_root.toString()
                                          : m_root.toString() + QLatin1Char('/') +
                                                m_path.mid(0, w.pathDepth).join(QLatin1Char('/'));
    auto notADirectory = [&](const QString &what) {
        return Error(Error::NotFound, QStringLiteral("%1 is %2, not a directory: there is no "
                                                     "\"%3\" below it")
                                          .arg(here, what, segment));
    };
    if (cid.codec() != ipfs::Codec::DagPb)
        return notADirectory(QStringLiteral("a raw block"));
    Result<ipfs::PbNode> node = ipfs::decodePbNode(block);
    if (!node)
        return node.error().wrapped(
            QStringLiteral("directory node %1 of %2").arg(cid.toString(), here));
    if (!node->data)
        return notADirectory(QStringLiteral("a dag-pb node without UnixFS data"));
    Result<ipfs::UnixfsData> fs = ipfs::decodeUnixfsData(*node->data);
    if (!fs)
        return fs.error().wrapped(
            QStringLiteral("UnixFS data of %1 (%2)").arg(cid.toString(), here));
    const QByteArray name = segment.toUtf8();
    const ipfs::PbLink *found = nullptr;
    if (fs->type == ipfs::UnixfsType::HAMTShard) {
        // Sharded directory (UnixFS spec, HAMT): at shard level L the entry lives in the bucket
        // given by byte L of the name's murmur3 hash; links are named "XX<name>" for entries
        // and "XX" for sub-shards, XX being the bucket in upper-case hex.
        if (fs->fanout.value_or(0) != 256 || fs->hashType.value_or(0) != 0x22) {
            return Error(
                Error::Unsupported,
                QStringLiteral("sharded directory %1 (%2) uses fanout %3 / hash 0x%4; only "
                               "fanout 256 with murmur3 (what Kubo writes) is supported")
                    .arg(cid.toString(), here)
                    .arg(fs->fanout.value_or(0))
                    .arg(fs->hashType.value_or(0), 0, 16));
        }
        const QByteArray hash = ipfs::hamtHash(name);
        if (w.hamtLevel >= hash.size()) {
            return Error(Error::InvalidInput,
                         QStringLiteral("sharded directory %1 (%2) nests deeper than its hash "
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
                return Error(
                    Error::InvalidInput,
                    QStringLiteral("directory %1 (%2) lists \"%3\" twice; the DAG is malformed")
                        .arg(cid.toString(), here, segment));
            }
            found = &link;
        }
    } else {
        return notADirectory(QStringLiteral("a file"));
    }
    if (!found) {
        return Error(Error::NotFound,
                     QStringLiteral("directory %1 has no entry \"%2\"").arg(here, segment));
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

Result<void> DagFetch::processContent(const Cid &cid, const QByteArray &block, const Want &w)
{
    const qint64 occurrences = std::max<qint64>(1, w.offsets.size());
    auto malformed = [&](const QString &why) {
        return Error(Error::InvalidInput, QStringLiteral("block %1 of %2 is malformed: %3")
                                              .arg(cid.toString(), where(m_root), why));
    };
    auto checkExpected = [&](qint64 bytes) -> Result<void> {
        if (w.expectedBytes >= 0 && w.expectedBytes != bytes) {
            return malformed(QStringLiteral("it holds %1 file bytes but its parent says %2")
                                 .arg(bytes)
                                 .arg(w.expectedBytes));
        }
        return {};
    };

    if (cid.codec() == ipfs::Codec::Raw) {
        if (Result<void> r = checkExpected(block.size()); !r)
            return r;
        if (cid == m_target)
            m_totalBytes = block.size();
        m_verifiedBytes += block.size() * occurrences;
        return {};
    }
    if (cid.codec() != ipfs::Codec::DagPb) {
        return Error(
            Error::Unsupported,
            QStringLiteral("block %1 of %2 uses the %3 codec; only UnixFS (dag-pb and raw) "
                           "content can be downloaded")
                .arg(cid.toString(), where(m_root), ipfs::codecName(cid.codec())));
    }
    Result<ipfs::PbNode> node = ipfs::decodePbNode(block);
    if (!node)
        return malformed(node.error().message);
    if (!node->data)
        return malformed(QStringLiteral("it has no UnixFS data"));
    Result<ipfs::UnixfsData> fs = ipfs::decodeUnixfsData(*node->data);
    if (!fs)
        return malformed(fs.error().message);

    switch (fs->type) {
    case ipfs::UnixfsType::File:
    case ipfs::UnixfsType::Raw: {
        const qint64 inlineBytes = fs->data ? fs->data->size() : 0;
        qint64 total = inlineBytes;
        if (!node->links.isEmpty() && fs->blocksizes.size() != node->links.size()) {
            return malformed(QStringLiteral("it has %1 links but %2 block sizes")
                                 .arg(node->links.size())
                                 .arg(fs->blocksizes.size()));
        }
        for (quint64 s : fs->blocksizes) {
            if (s > quint64(std::numeric_limits<qint64>::max() / 4) ||
                total > std::numeric_limits<qint64>::max() / 4)
                return malformed(QStringLiteral("its block sizes overflow"));
            total += qint64(s);
        }
        if (fs->filesize && *fs->filesize != quint64(total)) {
            return malformed(
                QStringLiteral("its filesize is %1 but its data and children hold %2 bytes")
                    .arg(*fs->filesize)
                    .arg(total));
        }
        if (Result<void> r = checkExpected(total); !r)
            return r;
        if (cid == m_target)
            m_totalBytes = total;
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
        return {};
    case ipfs::UnixfsType::Metadata:
        break;
    }
    return Error(Error::Unsupported,
                 QStringLiteral("block %1 of %2 is a UnixFS Metadata node, which is not supported")
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
