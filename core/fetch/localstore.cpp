#include "core/fetch/localstore.h"

#include "core/ipfs/multibase.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

namespace pt::fetch {

namespace {
// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::fetch)
};
} // namespace

LocalStore::LocalStore(const QString &dir) : m_dir(dir) {}

QString LocalStore::blockPath(const ipfs::Cid &cid) const
{
    const QString key = ipfs::base32Encode(cid.hash().bytes(), /*upper=*/true);
    // flatfs "next-to-last/2": the last characters of a hash are evenly spread.
    const QString shard = key.mid(key.size() - 3, 2);
    return m_dir + QStringLiteral("/blocks/") + shard + QLatin1Char('/') + key +
           QStringLiteral(".data");
}

bool LocalStore::hasBlock(const ipfs::Cid &cid) const
{
    return QFileInfo::exists(blockPath(cid));
}

Result<QByteArray> LocalStore::getBlock(const ipfs::Cid &cid)
{
    QFile f(blockPath(cid));
    if (!f.open(QIODevice::ReadOnly)) {
        return Error(Error::NotFound,
                     Msg::tr("block %1 is not in the local store").arg(cid.toString()));
    }
    if (f.size() > ipfs::kMaxBlockSize) {
        f.remove();
        return Error(Error::NotFound, Msg::tr("block %1 in the local store was oversized "
                                              "and has been removed")
                                          .arg(cid.toString()));
    }
    QByteArray data = f.readAll();
    f.close();
    if (Result<void> ok = cid.verify(data); !ok) {
        QFile::remove(f.fileName());
        return Error(Error::NotFound,
                     Msg::tr("block %1 in the local store was corrupt (%2) and has been "
                             "removed; it will be fetched again")
                         .arg(cid.toString(), ok.error().message));
    }
    return data;
}

Result<void> LocalStore::putBlock(const ipfs::Cid &cid, const QByteArray &block)
{
    if (block.size() > ipfs::kMaxBlockSize) {
        return Error(Error::InvalidInput, Msg::tr("block %1 is %2 bytes, over the 2 MiB limit")
                                              .arg(cid.toString())
                                              .arg(block.size()));
    }
    const QString path = blockPath(cid);
    if (QFileInfo::exists(path))
        return {};
    const QString folder = QFileInfo(path).path();
    if (!m_folders.contains(folder) && !QDir().mkpath(folder)) {
        return Error(Error::Io, Msg::tr("cannot create the store folder %1").arg(folder));
    }
    const QString tmp = path + QStringLiteral(".tmp-") +
                        QString::number(QRandomGenerator::global()->generate64(), 36);
    QFile f(tmp);
    if (!f.open(QIODevice::WriteOnly) || f.write(block) != block.size() || !f.flush()) {
        const QString why = f.errorString();
        f.remove();
        return Error(Error::Io,
                     Msg::tr("cannot write block %1 to %2: %3").arg(cid.toString(), tmp, why));
    }
    f.close();
    m_folders.insert(folder);
    // rename() is atomic on POSIX; if another job stored the same block meanwhile, fine.
    if (!QFile::rename(tmp, path)) {
        QFile::remove(tmp);
        if (!QFileInfo::exists(path)) {
            return Error(
                Error::Io,
                Msg::tr("cannot move block %1 into place at %2").arg(cid.toString(), path));
        }
    }
    return {};
}

Result<void> LocalStore::removeBlock(const ipfs::Cid &cid)
{
    const QString path = blockPath(cid);
    if (QFileInfo::exists(path) && !QFile::remove(path))
        return Error(Error::Io, Msg::tr("cannot remove %1").arg(path));
    return {};
}

qint64 LocalStore::diskUsage() const
{
    qint64 total = 0;
    QDirIterator it(m_dir + QStringLiteral("/blocks"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

Result<void> LocalStore::clear()
{
    QDir blocks(m_dir + QStringLiteral("/blocks"));
    m_folders.clear();
    if (blocks.exists() && !blocks.removeRecursively())
        return Error(Error::Io, Msg::tr("cannot remove every block below %1").arg(blocks.path()));
    return {};
}

} // namespace pt::fetch
