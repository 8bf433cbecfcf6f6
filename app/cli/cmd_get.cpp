// get / verify / cache: registry entries in the shared cache (the Python library's places).
#include "app/cli/command.h"
#include "app/cli/fetchrunner.h"
#include "app/cli/registryloader.h"
#include "core/fetch/entryplan.h"
#include "core/fetch/localstore.h"
#include "core/fetch/probe.h"
#include "core/ipfs/multihash.h"
#include "core/paths.h"
#include "core/trace/trace.h"
#include "core/trace/validation.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace pt;
using namespace pt::cli;

namespace {

const registry::Entry *findEntry(const registry::LoadedRegistry &loaded, const QString &id,
                                 int *code)
{
    const registry::Entry *e = loaded.registry.find(id);
    if (!e) {
        *code = fail(
            QStringLiteral("no entry '%1' in registry %2; try `search`").arg(id, loaded.source),
            ExitNotFound);
    }
    return e;
}

Result<QByteArray> sha256OfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::NotFound, QStringLiteral("%1: %2").arg(path, f.errorString()));
    ipfs::Sha256 h;
    while (!f.atEnd())
        h.addData(f.read(1 << 20));
    return h.result();
}

// Downloads one entry's files (all, or `onlyFile`) and runs the package's own test cases;
// fills `result` for --json. Returns the exit code (130 when interrupted).
int getEntry(const registry::Entry &entry, const QUrl &registryUrl, const QString &onlyFile,
             const QString &toDir, const fetch::FetchConfig &config, QNetworkAccessManager &nam,
             fetch::LocalStore &store, const GlobalOptions &global, QJsonObject *resultOut)
{
    if (entry.retracted && !global.json)
        err() << "warning: '" << entry.id << "' is retracted: " << entry.retractedReason
              << Qt::endl;
    QJsonObject result{{QStringLiteral("id"), entry.id}};
    Result<QList<fetch::PlannedFile>> plan = fetch::planEntry(entry, registryUrl, onlyFile);
    if (!plan) {
        result.insert(QStringLiteral("error"), plan.error().message);
        *resultOut = result;
        err() << "phasic-traces-cli: " << plan.error().message << Qt::endl;
        return plan.error().code == Error::NotFound ? ExitNotFound : ExitFailure;
    }
    QJsonArray files;
    int worst = ExitOk;
    for (const fetch::PlannedFile &f : std::as_const(*plan)) {
        if (!global.json)
            err() << f.name << " (" << f.role << ")" << Qt::endl;
        fetch::FetchJob job(f.ref, f.destination, &store, &nam, config);
        QJsonObject summary;
        const int rc = runFetchJob(job, global, &summary);
        summary.insert(QStringLiteral("name"), f.name);
        if (rc == ExitOk && !toDir.isEmpty()) {
            const QString copy = QDir(toDir).absoluteFilePath(f.name);
            QDir().mkpath(toDir);
            QFile::remove(copy);
            if (!QFile::copy(f.destination, copy)) {
                summary.insert(QStringLiteral("error"),
                               QStringLiteral("cannot copy to %1").arg(copy));
                worst = worst == ExitOk ? ExitFailure : worst;
            } else {
                summary.insert(QStringLiteral("copy"), copy);
            }
        }
        if (rc != ExitOk) {
            if (!global.json)
                err() << "phasic-traces-cli: " << job.error().message << Qt::endl;
            if (worst == ExitOk || rc == 130)
                worst = rc;
        } else if (!global.json) {
            out() << f.destination << '\n';
        }
        files.append(summary);
        if (rc == 130)
            break;
    }
    result.insert(QStringLiteral("files"), files);
    // A v1 package can carry test cases in metadata.json (theta, time, expected_pdf,
    // tolerance): run them on the trace just downloaded and say what passed.
    if (worst == ExitOk && entry.kind == registry::EntryKind::Trace) {
        QString tracePath, metaPath;
        for (const fetch::PlannedFile &f : std::as_const(*plan)) {
            if (f.name == QLatin1String("trace.json.gz"))
                tracePath = f.destination;
            else if (f.name == QLatin1String("metadata.json"))
                metaPath = f.destination;
        }
        if (!tracePath.isEmpty() && !metaPath.isEmpty()) {
            QFile meta(metaPath);
            Result<trace::Trace> t = trace::readTraceFile(tracePath);
            if (!t) {
                result.insert(QStringLiteral("validation_error"), t.error().message);
                if (!global.json)
                    err() << "validation: cannot read the trace: " << t.error().message << Qt::endl;
            } else if (meta.open(QIODevice::ReadOnly)) {
                Result<trace::ValidationReport> report =
                    trace::runValidation(*t, meta.read(16 << 20));
                if (report) {
                    result.insert(QStringLiteral("validation"), trace::validationToJson(*report));
                    if (!global.json) {
                        if (report->cases.empty())
                            err() << "validation: metadata.json has no test cases" << Qt::endl;
                        else
                            err() << "validation: " << report->passed() << " passed, "
                                  << report->failed() << " failed" << Qt::endl;
                        for (const trace::ValidationCase &c : report->cases) {
                            if (!c.passed)
                                err() << "  case " << c.index << ": " << c.message << Qt::endl;
                        }
                    }
                    if (report->failed() > 0)
                        worst = ExitVerifyFailed; // the trace disagrees with its own metadata
                } else if (!global.json) {
                    err() << "validation: " << report.error().message << Qt::endl;
                }
            }
        }
    }
    result.insert(QStringLiteral("ok"), worst == ExitOk);
    *resultOut = result;
    return worst;
}

int runGet(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Downloads a registry entry's files, verified, into the shared cache (where the Python\n"
        "library looks), and copies them into --to DIR if given. With --collection NAME, every\n"
        "entry of the collection (each into DIR/<id>/ with --to), then a summary."));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Registry entry id."),
                                 QStringLiteral("ID|--collection NAME"));
    const QCommandLineOption file(QStringLiteral("file"),
                                  QStringLiteral("Only this file of the entry."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("Also copy the verified files into DIR."),
                                QStringLiteral("DIR"));
    const QCommandLineOption collection(QStringLiteral("collection"),
                                        QStringLiteral("Every entry of this collection."),
                                        QStringLiteral("NAME"));
    parser.addOptions({file, to, collection});
    if (const int code = parseCommandLine(parser, args); code >= 0)
        return code;
    const bool isCollection = parser.isSet(collection);
    if (isCollection ? !parser.positionalArguments().isEmpty() || parser.isSet(file)
                     : parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("get takes one entry id, or --collection NAME (without --file)"),
                    ExitUsage);

    QUrl registryUrl;
    Result<registry::LoadedRegistry> loaded = loadRegistry(global, &registryUrl);
    if (!loaded)
        return failLoading(global, loaded.error());
    QStringList ids;
    if (isCollection) {
        Result<QStringList> members =
            fetch::collectionIds(loaded->registry, parser.value(collection));
        if (!members)
            return fail(members.error().message, ExitNotFound);
        ids = *members;
        if (ids.isEmpty())
            return fail(
                QStringLiteral("collection \"%1\" lists no entries").arg(parser.value(collection)),
                ExitNotFound);
    } else {
        int code = ExitOk;
        if (!findEntry(*loaded, parser.positionalArguments().first(), &code))
            return code;
        ids = parser.positionalArguments();
    }

    Result<fetch::ResolvedSources> sources = sourcesFromOptions(global);
    if (!sources)
        return fail(sources.error().message, ExitUsage);
    QNetworkAccessManager nam;
    fetch::LocalStore store(Paths::contentStoreDir());
    if (!isCollection) {
        QJsonObject result;
        const int rc =
            getEntry(*loaded->registry.find(ids.first()), registryUrl, parser.value(file),
                     parser.value(to), sources->config, nam, store, global, &result);
        if (global.json)
            printJson(result);
        return rc;
    }

    // A collection: every entry, one after the other; one failure does not stop the others.
    QJsonArray entries;
    QStringList failedIds;
    int worst = ExitOk, ok = 0;
    bool interrupted = false;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString &id = ids.at(i);
        if (!global.json)
            err() << "[" << (i + 1) << '/' << ids.size() << "] " << id << Qt::endl;
        const registry::Entry *entry = loaded->registry.find(id);
        QJsonObject result;
        int rc = ExitNotFound;
        if (!entry) {
            result = QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("ok"), false},
                                 {QStringLiteral("error"),
                                  QStringLiteral("the collection lists \"%1\" but the registry has "
                                                 "no such entry")
                                      .arg(id)}};
            if (!global.json)
                err() << "phasic-traces-cli: " << result.value(QStringLiteral("error")).toString()
                      << Qt::endl;
        } else {
            const QString dir =
                parser.isSet(to) ? QDir(parser.value(to)).absoluteFilePath(id) : QString();
            rc = getEntry(*entry, registryUrl, QString(), dir, sources->config, nam, store, global,
                          &result);
        }
        entries.append(result);
        if (rc == ExitOk) {
            ++ok;
        } else {
            failedIds << id;
            if (worst == ExitOk)
                worst = rc;
        }
        if (rc == 130) {
            interrupted = true;
            break;
        }
    }
    if (global.json) {
        printJson(QJsonObject{{QStringLiteral("collection"), parser.value(collection)},
                              {QStringLiteral("entries"), entries},
                              {QStringLiteral("ok"), ok},
                              {QStringLiteral("failed"), QJsonArray::fromStringList(failedIds)},
                              {QStringLiteral("total"), int(ids.size())}});
    } else {
        out() << "collection " << parser.value(collection) << ": " << ok << " of " << ids.size()
              << " entries downloaded and verified";
        if (!failedIds.isEmpty())
            out() << "; failed: " << failedIds.join(QStringLiteral(", "));
        if (interrupted)
            out() << " (interrupted)";
        out() << '\n';
    }
    return interrupted ? 130 : worst;
}

// Verifies what is in the cache: sha256 where the registry has one, else the CID through the
// blocks still in the store.
int runVerify(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks cached files of one entry (or --all) against the registry."));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Registry entry id."),
                                 QStringLiteral("[ID]"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 QStringLiteral("Every entry with cached files."));
    parser.addOption(all);
    if (const int code = parseCommandLine(parser, args); code >= 0)
        return code;
    if (parser.isSet(all) == (parser.positionalArguments().size() == 1))
        return fail(QStringLiteral("verify takes one ID or --all"), ExitUsage);
    QUrl registryUrl;
    Result<registry::LoadedRegistry> loaded = loadRegistry(global, &registryUrl);
    if (!loaded)
        return failLoading(global, loaded.error());
    QList<const registry::Entry *> entries;
    if (parser.isSet(all)) {
        for (const registry::Entry &e : loaded->registry.entries)
            entries.append(&e);
    } else {
        int code = ExitOk;
        const registry::Entry *e = findEntry(*loaded, parser.positionalArguments().first(), &code);
        if (!e)
            return code;
        entries.append(e);
    }
    QNetworkAccessManager nam;
    fetch::LocalStore store(Paths::contentStoreDir());
    QJsonArray results;
    int checked = 0, bad = 0;
    for (const registry::Entry *e : std::as_const(entries)) {
        Result<QList<fetch::PlannedFile>> plan = fetch::planEntry(*e, registryUrl);
        if (!plan)
            continue;
        for (const fetch::PlannedFile &f : std::as_const(*plan)) {
            if (!QFileInfo::exists(f.destination))
                continue;
            QString status = QStringLiteral("ok"), detail;
            if (!f.ref.sha256.isEmpty()) {
                Result<QByteArray> digest = sha256OfFile(f.destination);
                if (!digest || *digest != f.ref.sha256) {
                    status = QStringLiteral("corrupt");
                    detail = digest ? QStringLiteral("sha256 %1, registry says %2")
                                          .arg(QString::fromLatin1(digest->toHex()),
                                               QString::fromLatin1(f.ref.sha256.toHex()))
                                    : digest.error().message;
                }
            } else {
                // No checksum: rebuild from the verified blocks and compare byte for byte.
                const QString rebuilt = f.destination + QStringLiteral(".verify");
                fetch::FetchJob job(f.ref, rebuilt, &store, &nam, fetch::FetchConfig{});
                // Leaves are no longer kept in the store: the file itself serves them, each
                // re-verified against its CID.
                job.setSeedFile(f.destination);
                QJsonObject ignored;
                GlobalOptions quiet = global;
                quiet.json = true;
                runFetchJob(job, quiet, &ignored);
                if (!job.succeeded()) {
                    status = QStringLiteral("unverifiable");
                    detail = QStringLiteral("no checksum in the registry and its blocks are not in "
                                            "the store; `get %1` fetches it again")
                                 .arg(e->id);
                } else {
                    QFile a(f.destination), b(rebuilt);
                    a.open(QIODevice::ReadOnly);
                    b.open(QIODevice::ReadOnly);
                    if (a.readAll() != b.readAll()) {
                        status = QStringLiteral("corrupt");
                        detail = QStringLiteral("differs from %1").arg(f.ref.displayName());
                    }
                }
                QFile::remove(rebuilt);
            }
            ++checked;
            if (status == QLatin1String("corrupt"))
                ++bad;
            results.append(QJsonObject{{QStringLiteral("id"), e->id},
                                       {QStringLiteral("file"), f.name},
                                       {QStringLiteral("path"), f.destination},
                                       {QStringLiteral("status"), status},
                                       {QStringLiteral("detail"), detail}});
            if (!global.json)
                out() << status.leftJustified(13) << e->id << '/' << f.name
                      << (detail.isEmpty() ? QString() : QStringLiteral("  (") + detail + u')')
                      << '\n';
        }
    }
    if (global.json)
        printJson(results);
    else
        out() << checked << " files checked, " << bad << " corrupt\n";
    return bad > 0 ? ExitVerifyFailed : ExitOk;
}

qint64 folderSize(const QString &dir, int *files = nullptr)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
        if (files)
            ++*files;
    }
    return total;
}

int runCache(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "cache path: where things are kept; cache ls: cached entries; cache gc: remove the block\n"
        "store and unfinished downloads (finished files stay)."));
    parser.addPositionalArgument(QStringLiteral("path|ls|gc"), QStringLiteral("What to do."));
    if (const int code = parseCommandLine(parser, args); code >= 0)
        return code;
    const QString what = parser.positionalArguments().value(0);
    const QList<QPair<QString, QString>> places = {
        {QStringLiteral("store"), Paths::contentStoreDir()},
        {QStringLiteral("traces"), Paths::pythonTracesDir()},
        {QStringLiteral("computes"), Paths::pythonComputeCacheDir()},
        {QStringLiteral("registry"), Paths::dataDir() + QStringLiteral("/registry")},
    };
    if (what == QLatin1String("path")) {
        QJsonObject o;
        for (const auto &p : places) {
            o.insert(p.first, p.second);
            if (!global.json)
                out() << p.first.leftJustified(10) << p.second << '\n';
        }
        if (global.json)
            printJson(o);
        return ExitOk;
    }
    if (what == QLatin1String("ls")) {
        QUrl registryUrl;
        Result<registry::LoadedRegistry> loaded = loadRegistry(global, &registryUrl);
        if (!loaded)
            return failLoading(global, loaded.error());
        QJsonArray list;
        for (const registry::Entry &e : loaded->registry.entries) {
            Result<QList<fetch::PlannedFile>> plan = fetch::planEntry(e, registryUrl);
            if (!plan)
                continue;
            qint64 bytes = 0;
            int present = 0;
            for (const fetch::PlannedFile &f : std::as_const(*plan)) {
                const QFileInfo info(f.destination);
                if (info.exists()) {
                    ++present;
                    bytes += info.size();
                }
            }
            if (present == 0)
                continue;
            list.append(QJsonObject{{QStringLiteral("id"), e.id},
                                    {QStringLiteral("files"), present},
                                    {QStringLiteral("of"), int(plan->size())},
                                    {QStringLiteral("bytes"), bytes}});
            if (!global.json)
                out() << e.id.leftJustified(32) << present << '/' << plan->size() << " files  "
                      << bytes << " bytes\n";
        }
        if (global.json)
            printJson(list);
        return ExitOk;
    }
    if (what == QLatin1String("gc")) {
        int blockFiles = 0;
        const qint64 blockBytes = folderSize(Paths::contentStoreDir(), &blockFiles);
        fetch::LocalStore store(Paths::contentStoreDir());
        if (Result<void> r = store.clear(); !r)
            return fail(r.error().message);
        qint64 partial = 0;
        for (const auto &p : places) {
            QDirIterator it(p.second,
                            {QStringLiteral("*.part"), QStringLiteral("*.download"),
                             QStringLiteral("*.verify"), QStringLiteral("*.journal")},
                            QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                it.next();
                partial += it.fileInfo().size();
                QFile::remove(it.filePath());
            }
        }
        if (global.json)
            printJson(QJsonObject{{QStringLiteral("blocks_removed"), blockFiles},
                                  {QStringLiteral("bytes_freed"), blockBytes + partial}});
        else
            out() << "removed " << blockFiles
                  << " blocks and unfinished downloads: " << (blockBytes + partial)
                  << " bytes freed\n";
        return ExitOk;
    }
    return fail(QStringLiteral("cache needs path, ls or gc"), ExitUsage);
}

const Registrar getCommand({QStringLiteral("get"),
                            QStringLiteral("Download a registry entry, verified, into the cache"),
                            runGet});
const Registrar verifyCommand({QStringLiteral("verify"),
                               QStringLiteral("Check cached files against the registry"),
                               runVerify});
const Registrar cacheCommand({QStringLiteral("cache"),
                              QStringLiteral("Cache locations, contents, clean-up"), runCache});

} // namespace
