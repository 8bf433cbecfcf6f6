#include "core/fetch/entryplan.h"

#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace pt::fetch {

namespace {
// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::fetch)
};
} // namespace

QUrl repositoryBase(const QUrl &registryUrl)
{
    if (registryUrl.scheme() == QLatin1String("https") ||
        registryUrl.scheme() == QLatin1String("http"))
        return registryUrl.resolved(QUrl(QStringLiteral(".")));
    return QUrl(
        QStringLiteral("https://raw.githubusercontent.com/munch-group/phasic-traces/master/"));
}

static QByteArray sha256FromHex(const QString &hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
    return bytes.size() == 32 ? bytes : QByteArray();
}

static Result<ContentRef> refFor(const registry::Artifact &a, const QUrl &registryUrl,
                                 const QString &what)
{
    const QByteArray sha = sha256FromHex(a.sha256);
    if (sha.isEmpty()) {
        return Error(Error::InvalidInput,
                     Msg::tr("%1 has no valid sha256 in the registry; it cannot be verified, so "
                             "it is not downloaded")
                         .arg(what));
    }
    ContentRef ref;
    switch (a.location) {
    case registry::LocationKind::Url:
        ref = ContentRef::https(QUrl(a.cidOrPath, QUrl::StrictMode), sha);
        break;
    case registry::LocationKind::RepoPath:
        ref = ContentRef::https(repositoryBase(registryUrl).resolved(QUrl(a.cidOrPath)), sha);
        break;
    case registry::LocationKind::Cid: {
        // "Qm…/name" or a bare CID.
        QStringList parts = a.cidOrPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        Result<ipfs::Cid> cid = ipfs::Cid::parse(parts.takeFirst());
        if (!cid)
            return cid.error().wrapped(what);
        ref = ContentRef::ipfsPath(*cid, parts);
        ref.sha256 = sha;
        break;
    }
    case registry::LocationKind::Invalid:
        return Error(Error::InvalidInput,
                     Msg::tr("%1 has an unusable location \"%2\"").arg(what, a.cidOrPath));
    }
    ref.sizeHint = a.size;
    return ref;
}

Result<QList<PlannedFile>> planEntry(const registry::Entry &entry, const QUrl &registryUrl,
                                     const QString &onlyFile)
{
    if (!entry.usable) {
        return Error(
            Error::Unsupported,
            Msg::tr("entry \"%1\" cannot be downloaded: %2").arg(entry.id, entry.unusableReason));
    }
    if (Result<void> safe = checkSafeName(entry.id, Msg::tr("registry id")); !safe)
        return safe.error();

    QList<PlannedFile> plan;
    if (entry.kind == registry::EntryKind::Trace) {
        Result<ipfs::Cid> dir = ipfs::Cid::parse(entry.directoryCid);
        if (!dir) {
            return Error(Error::InvalidInput,
                         Msg::tr("entry \"%1\": its directory CID \"%2\" is not a CID (%3)")
                             .arg(entry.id, entry.directoryCid, dir.error().message));
        }
        QStringList names;
        for (const registry::FileRef &f : entry.files)
            names.append(f.name);
        if (names.isEmpty())
            names = {QStringLiteral("trace.json.gz"), QStringLiteral("metadata.json")};
        const QString folder = QDir(Paths::pythonTracesDir()).filePath(entry.id);
        for (const QString &name : std::as_const(names)) {
            if (Result<void> safe =
                    checkSafeName(name, Msg::tr("file name in entry \"%1\"").arg(entry.id));
                !safe)
                return safe.error();
            PlannedFile f;
            f.name = name;
            f.role = name == QLatin1String("trace.json.gz")   ? QStringLiteral("trace")
                     : name == QLatin1String("metadata.json") ? QStringLiteral("metadata")
                                                              : QStringLiteral("package file");
            f.ref = ContentRef::ipfsPath(*dir, {name});
            // The registry's checksum covers trace.json.gz only; the other files are
            // verified by their CIDs alone.
            if (name == QLatin1String("trace.json.gz") &&
                entry.checksum.startsWith(QLatin1String("sha256:")))
                f.ref.sha256 = sha256FromHex(entry.checksum.mid(7));
            for (const registry::FileRef &r : entry.files) {
                if (r.name == name)
                    f.ref.sizeHint = r.size;
            }
            f.destination = QDir(folder).filePath(name);
            plan.append(f);
        }
    } else {
        if (Result<void> safe =
                checkSafeName(entry.graphHash, Msg::tr("graph_hash of \"%1\"").arg(entry.id));
            !safe)
            return safe.error();
        const QDir cache(Paths::pythonComputeCacheDir());
        if (entry.parent) {
            Result<ContentRef> ref = refFor(*entry.parent, registryUrl,
                                            Msg::tr("the parent artifact of \"%1\"").arg(entry.id));
            if (!ref)
                return ref.error();
            plan.append({entry.graphHash + QStringLiteral(".bin"), QStringLiteral("parent"), *ref,
                         cache.filePath(entry.graphHash + QStringLiteral(".bin"))});
        }
        for (const registry::Artifact &a : entry.scc) {
            const QString what = Msg::tr("SCC artifact %1 of \"%2\"").arg(a.sccHash, entry.id);
            if (Result<void> safe = checkSafeName(a.sccHash, what); !safe)
                return safe.error();
            Result<ContentRef> ref = refFor(a, registryUrl, what);
            if (!ref)
                return ref.error();
            const QString name = QStringLiteral("scc_") + a.sccHash + QStringLiteral(".bin");
            plan.append({name, QStringLiteral("scc"), *ref, cache.filePath(name)});
        }
    }
    if (!onlyFile.isEmpty()) {
        QList<PlannedFile> one;
        for (const PlannedFile &f : std::as_const(plan)) {
            if (f.name == onlyFile)
                one.append(f);
        }
        if (one.isEmpty()) {
            QStringList names;
            for (const PlannedFile &f : std::as_const(plan))
                names.append(f.name);
            return Error(Error::NotFound,
                         Msg::tr("entry \"%1\" has no file \"%2\"; it has: %3")
                             .arg(entry.id, onlyFile, names.join(QStringLiteral(", "))));
        }
        return one;
    }
    return plan;
}

LocalState localState(const QList<PlannedFile> &files)
{
    if (files.isEmpty())
        return LocalState::Unavailable;
    int present = 0;
    for (const PlannedFile &f : files) {
        if (QFileInfo(f.destination).isFile())
            ++present;
    }
    return present == 0              ? LocalState::NotDownloaded
           : present == files.size() ? LocalState::Downloaded
                                     : LocalState::Partial;
}

LocalState localState(const registry::Entry &entry, const QUrl &registryUrl)
{
    Result<QList<PlannedFile>> plan = planEntry(entry, registryUrl);
    return plan ? localState(*plan) : LocalState::Unavailable;
}

bool isEntryDownloaded(const registry::Entry &entry, const QUrl &registryUrl)
{
    return localState(entry, registryUrl) == LocalState::Downloaded;
}

} // namespace pt::fetch
