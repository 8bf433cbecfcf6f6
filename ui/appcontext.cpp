#include "ui/appcontext.h"

#include "core/paths.h"
#include "core/workpool.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>
#include <cstdlib>

namespace pt::ui {

namespace {

const QString kMeasureStartup = QStringLiteral("measure-startup");

struct CachedLoad
{
    Result<registry::LoadedRegistry> loaded{Error(QStringLiteral("not loaded"))};
    registry::RegistryStatus status;
};

// Which entries have every planned file on disk. Lists each destination folder once instead
// of a stat per file: at 100k entries most folders do not exist and one listing answers all.
QSet<QString> scanDownloaded(const registry::Registry &reg, const QUrl &registryUrl)
{
    QSet<QString> out;
    QHash<QString, QSet<QString>> listings;
    auto exists = [&](const QString &path) {
        const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
        const QString dir = path.left(slash);
        auto it = listings.find(dir);
        if (it == listings.end()) {
            const QStringList names = QDir(dir).entryList(QDir::Files | QDir::Hidden);
            it = listings.insert(dir, QSet<QString>(names.begin(), names.end()));
        }
        return it->contains(path.mid(slash + 1));
    };
    for (const registry::Entry &e : reg.entries) {
        if (!e.usable)
            continue;
        Result<QList<fetch::PlannedFile>> plan = fetch::planEntry(e, registryUrl);
        if (!plan || plan->isEmpty())
            continue;
        bool all = true;
        for (const fetch::PlannedFile &f : std::as_const(*plan)) {
            if (!exists(f.destination)) {
                all = false;
                break;
            }
        }
        if (all)
            out.insert(e.id);
    }
    return out;
}

Result<QByteArray> sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Io, QObject::tr("cannot read %1: %2").arg(path, f.errorString()));
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return Error(Error::Io, QObject::tr("cannot read %1: %2").arg(path, f.errorString()));
    return h.result();
}

} // namespace

Result<GlobalOptions> parseGlobalAppOptions(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    return GlobalOptions::extract(args, /*gui=*/true);
}

AppOptions parseAppArguments(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    Result<GlobalOptions> global = GlobalOptions::extract(args, /*gui=*/true);
    if (!global) {
        std::fprintf(stderr, "phasic-traces: %s\n", qPrintable(global.error().message));
        std::exit(2);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "pt::ui::CommandLine", "Browse, inspect and publish phasic traces."));
    const QCommandLineOption help(
        QStringList{QStringLiteral("h"), QStringLiteral("help")},
        QCoreApplication::translate("pt::ui::CommandLine", "Show this help."));
    const QCommandLineOption version(
        QStringList{QStringLiteral("v"), QStringLiteral("version")},
        QCoreApplication::translate("pt::ui::CommandLine", "Show the version."));
    const QCommandLineOption measureStartup(
        kMeasureStartup,
        QCoreApplication::translate(
            "pt::ui::CommandLine",
            "Print the time to the first painted window and the memory in use, then quit."));
    parser.addOption(help);
    parser.addOption(version);
    GlobalOptions::addHelpTo(parser, /*gui=*/true); // listed; extract() read their values
    parser.addOption(measureStartup);
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QCoreApplication::translate("pt::ui::CommandLine", "Trace files or links to open."),
        QStringLiteral("[FILE…]"));
    args.prepend(arguments.value(0, QStringLiteral("phasic-traces")));
    if (!parser.parse(args)) {
        std::fprintf(stderr, "phasic-traces: %s\n", qPrintable(parser.errorText()));
        std::exit(2);
    }
    if (parser.isSet(help)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        std::exit(0);
    }
    if (parser.isSet(version)) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()),
                    qPrintable(QCoreApplication::applicationVersion()));
        std::exit(0);
    }
    AppOptions o;
    static_cast<GlobalOptions &>(o) = *global;
    o.measureStartup = parser.isSet(measureStartup);
    o.files = parser.positionalArguments();
    return o;
}

AppContext::AppContext(AppOptions options, QObject *parent, const QString &settingsFile)
    : QObject(parent), m_options(std::move(options))
{
    m_clock.start();
    m_options.applyPaths(); // before anything below resolves a path
    m_settings = settingsFile.isEmpty() ? std::make_unique<Settings>()
                                        : std::make_unique<Settings>(settingsFile);
    m_store = std::make_unique<fetch::LocalStore>(Paths::contentStoreDir());

    resolveSourceConfig();

    m_probes = std::make_unique<fetch::ProbeCache>();
    m_downloads = std::make_unique<fetch::DownloadManager>(m_store.get(), &m_nam);
    m_downloads->setFetchConfig(m_fetchConfig);
    m_downloads->setMaxParallel(m_settings->maxParallelDownloads());
    connect(m_downloads.get(), &fetch::DownloadManager::finished, this,
            [this] { rescanDownloads(); });
    connect(m_settings.get(), &Settings::changed, this, &AppContext::onSettingChanged);

    setupRegistrySource();
}

void AppContext::setupRegistrySource()
{
    if (m_source) {
        m_source->cancel();
        m_source.reset();
    }
    m_refreshing = false;
    QString location = m_options.registry;
    if (location.isEmpty())
        location = m_settings->registrySources().value(0);
    Result<QUrl> url = registry::parseRegistryLocation(location);
    if (url) {
        m_registryUrl = *url;
        m_registryError.clear();
        m_source = std::make_unique<registry::RegistrySource>(m_registryUrl, &m_nam);
        if (m_registryUrl.scheme() == QLatin1String("ipfs"))
            m_source->setFetchConfig(m_fetchConfig);
        connect(m_source.get(), &registry::RegistrySource::finished, this,
                &AppContext::onUpdateFinished);
    } else {
        m_registryUrl = QUrl();
        m_registryError = tr("The registry location \"%1\" cannot be used: %2. Change it in "
                             "Settings or pass --registry URL.")
                              .arg(location, url.error().message);
    }
}

AppContext::~AppContext()
{
    if (m_source)
        m_source->cancel();
    m_downloads.reset(); // before the store and the network it uses
}

daemon::Supervisor *AppContext::supervisor() const
{
    return m_daemon ? m_daemon->supervisor() : nullptr;
}

DaemonController::Options AppContext::daemonOptions() const
{
    DaemonController::Options o = DaemonController::optionsFromSettings(*m_settings);
    if (!m_options.ipfsBin.isEmpty())
        o.supervisor.ipfsBin = m_options.ipfsBin;
    if (!m_options.ipfsApi.isEmpty())
        o.supervisor.apiAddress = m_options.ipfsApi;
    o.refreshOnStart = !m_options.noDaemon;
    o.readKeychain = !m_options.noDaemon;
    // --no-daemon means no daemon at all this run, even when the settings start one with the app.
    if (m_options.noDaemon)
        o.startWithApp = false;
    return o;
}

void AppContext::setDaemon(DaemonController *controller)
{
    if (m_daemon)
        disconnect(m_daemon, nullptr, this, nullptr);
    m_daemon = controller;
    if (controller)
        connect(controller, &DaemonController::apiAuthorizationChanged, this,
                &AppContext::resolveSourceConfig);
    resolveSourceConfig();
}

void AppContext::onSettingChanged(Settings::Key key)
{
    using K = Settings::Key;
    switch (key) {
    case K::Gateways:
    case K::UseDaemon:
    case K::KuboApiAddress:
    case K::IpfsPath:
        resolveSourceConfig(); // running downloads keep their sources, new ones use these
        break;
    case K::MaxParallelDownloads:
        m_downloads->setMaxParallel(m_settings->maxParallelDownloads());
        break;
    case K::RegistrySources:
        // A new first source (and no --registry): show its copy, then refresh from it.
        if (m_options.registry.isEmpty()) {
            const Result<QUrl> url =
                registry::parseRegistryLocation(m_settings->registrySources().value(0));
            if (!url || *url != m_registryUrl) {
                setupRegistrySource();
                start();
            }
        }
        break;
    default:
        break;
    }
}

Result<int> AppContext::download(const QString &id)
{
    const registry::Entry *e = m_index.registry().find(id);
    if (!e)
        return Error(Error::NotFound, tr("%1 is not in the registry").arg(id));
    if (!m_sourceError.isEmpty())
        return Error(Error::InvalidInput, m_sourceError);
    return m_downloads->enqueueEntry(*e, m_registryUrl);
}

void AppContext::resolveSourceConfig()
{
    // The settings, with the command line laid over them (the same rule as the CLI's).
    fetch::SourceOptions so;
    so.gateways = m_settings->gateways();
    so.useDaemon = m_settings->useDaemon();
    so.ipfsApi = m_settings->kuboApiAddress();
    so.ipfsPath = m_settings->ipfsPath();
    m_options.applyTo(so);
    if (m_daemon)
        so.apiAuthorization = m_daemon->apiAuthorization();
    Result<fetch::ResolvedSources> resolved = fetch::resolveSources(so);
    if (resolved) {
        m_fetchConfig = resolved->config;
        if (m_downloads)
            m_downloads->setFetchConfig(m_fetchConfig);
        m_sourceNotes = resolved->notes;
        m_sourceError.clear();
    } else {
        m_sourceError = resolved.error().message;
    }
}

void AppContext::start()
{
    // A small JSON file; a missing one is the normal first run, a bad one only loses badges.
    if (Result<void> loaded = m_probes->load(); !loaded && loaded.error().code != Error::NotFound)
        m_sourceNotes << loaded.error().message;
    if (!m_source) {
        emit registryStatusChanged();
        return;
    }
    // The copy on disk (last good, the bundled snapshot, or the local file) is parsed off the
    // GUI thread; the window paints meanwhile. The worker uses a source object of its own for
    // the same URL (loadCached() only reads files), so a source replaced meanwhile is no
    // concern; its stale answer is dropped.
    const QUrl url = m_registryUrl;
    const int generation = ++m_loadGeneration;
    auto *watcher = new QFutureWatcher<CachedLoad>(this);
    connect(watcher, &QFutureWatcher<CachedLoad>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_loadGeneration)
            return;
        CachedLoad r = watcher->result();
        if (r.loaded) {
            adoptRegistry(std::move(r.loaded->registry), r.status, r.loaded->source);
        } else {
            m_status = r.status;
            m_registryError = r.loaded.error().message;
            emit registryStatusChanged();
        }
        // A local file was just read; anything else is refreshed in the background.
        if (!m_registryUrl.isLocalFile())
            refresh();
    });
    watcher->setFuture(QtConcurrent::run(workPool(), [url] {
        CachedLoad r;
        const registry::RegistrySource source(url, nullptr);
        r.loaded = source.loadCached(&r.status);
        return r;
    }));
}

void AppContext::refresh()
{
    if (!m_source || m_source->isRunning())
        return;
    m_refreshing = true;
    emit registryStatusChanged();
    m_source->update();
}

void AppContext::onUpdateFinished()
{
    m_refreshing = false;
    const registry::RegistryStatus status = m_source->status();
    const Result<registry::LoadedRegistry> &result = m_source->result();
    using F = registry::RegistryStatus::Freshness;
    if (!result) {
        // Nothing usable from the source and no last good copy: keep what is shown.
        m_status.message = result.error().message;
        if (!m_indexReady)
            m_registryError = result.error().message;
        emit registryStatusChanged();
        return;
    }
    const bool newContent =
        status.freshness == F::Fresh || status.freshness == F::Local ||
        (m_status.freshness == F::Snapshot && status.freshness != F::Snapshot) || !m_indexReady;
    if (newContent) {
        adoptRegistry(result->registry, status, result->source);
        return;
    }
    m_status = status;
    emit registryStatusChanged();
}

void AppContext::adoptRegistry(registry::Registry reg, const registry::RegistryStatus &status,
                               const QString &description)
{
    m_status = status;
    m_registryDescription = description;
    m_registryError.clear();
    emit registryStatusChanged();
    const int generation = ++m_indexGeneration;
    auto *watcher = new QFutureWatcher<registry::RegistryIndex>(this);
    connect(watcher, &QFutureWatcher<registry::RegistryIndex>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                if (generation != m_indexGeneration)
                    return; // a newer registry arrived meanwhile
                m_index = watcher->result();
                m_indexReady = true;
                emit indexChanged();
                rescanDownloads();
            });
    watcher->setFuture(registry::RegistryIndex::buildAsync(std::move(reg)));
}

void AppContext::rescanDownloads()
{
    if (!m_indexReady)
        return;
    const int generation = ++m_scanGeneration;
    const registry::RegistryIndex index = m_index; // shared snapshot, cheap to copy
    const QUrl url = m_registryUrl;
    auto *watcher = new QFutureWatcher<QSet<QString>>(this);
    connect(watcher, &QFutureWatcher<QSet<QString>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_scanGeneration)
            return;
        QSet<QString> ids = watcher->result();
        if (ids == m_downloaded)
            return;
        m_downloaded = std::move(ids);
        emit downloadedChanged();
    });
    watcher->setFuture(QtConcurrent::run(
        workPool(), [index, url] { return scanDownloaded(index.registry(), url); }));
}

Result<QList<fetch::PlannedFile>> AppContext::plan(const registry::Entry &entry) const
{
    return fetch::planEntry(entry, m_registryUrl);
}

QString AppContext::primaryFile(const registry::Entry &entry) const
{
    Result<QList<fetch::PlannedFile>> files = plan(entry);
    if (!files)
        return {};
    for (const fetch::PlannedFile &f : std::as_const(*files)) {
        if (f.role == QLatin1String("trace") || f.role == QLatin1String("parent"))
            return f.destination;
    }
    return files->isEmpty() ? QString() : files->first().destination;
}

struct VerifyStage
{
    VerifyReport report;
    QList<fetch::PlannedFile> rebuild; // on disk, no sha256: checked against their CID
};

namespace {
// Byte comparison of two files, streamed.
bool sameBytes(const QString &a, const QString &b)
{
    QFile fa(a), fb(b);
    if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly) || fa.size() != fb.size())
        return false;
    while (!fa.atEnd()) {
        if (fa.read(1 << 20) != fb.read(1 << 20))
            return false;
    }
    return true;
}
} // namespace

void AppContext::verify(const QString &id)
{
    const registry::RegistryIndex index = m_index;
    const QUrl url = m_registryUrl;
    auto *watcher = new QFutureWatcher<VerifyStage>(this);
    connect(watcher, &QFutureWatcher<VerifyStage>::finished, this, [this, watcher] {
        watcher->deleteLater();
        verifyNext(std::make_shared<VerifyStage>(watcher->result()));
    });
    watcher->setFuture(
        QtConcurrent::run(workPool(), [index, url, id] {
            VerifyStage stage;
            VerifyReport &report = stage.report;
            report.entryId = id;
            const registry::Entry *e = index.registry().find(id);
            if (!e) {
                report.lines << tr("%1 is not in the registry").arg(id);
                return stage;
            }
            Result<QList<fetch::PlannedFile>> files = fetch::planEntry(*e, url);
            if (!files) {
                report.lines << files.error().message;
                return stage;
            }
            for (const fetch::PlannedFile &f : std::as_const(*files)) {
                if (!QFileInfo::exists(f.destination)) {
                    report.lines << tr("missing %1").arg(f.name);
                    continue;
                }
                if (f.ref.sha256.isEmpty()) {
                    if (f.ref.kind == fetch::ContentRef::Kind::Ipfs) {
                        stage.rebuild << f;
                    } else {
                        ++report.unverifiable;
                        report.lines
                            << tr("not checked %1: the registry has no sha256 for it").arg(f.name);
                    }
                    continue;
                }
                ++report.checked;
                Result<QByteArray> digest = sha256Of(f.destination);
                if (!digest) {
                    ++report.corrupt;
                    report.lines << tr("unreadable %1: %2").arg(f.name, digest.error().message);
                } else if (*digest != f.ref.sha256) {
                    ++report.corrupt;
                    report.lines << tr("corrupt %1: sha256 %2, the registry says %3")
                                        .arg(f.name, QString::fromLatin1(digest->toHex()),
                                             QString::fromLatin1(f.ref.sha256.toHex()));
                } else {
                    report.lines << tr("ok %1").arg(f.name);
                }
            }
            return stage;
        }));
}

// Files without a sha256 are rebuilt from the verified blocks in the local store (no network:
// an empty source list) and compared byte for byte, one after the other.
void AppContext::verifyNext(std::shared_ptr<VerifyStage> stage)
{
    if (stage->rebuild.isEmpty()) {
        emit verifyFinished(stage->report);
        return;
    }
    const fetch::PlannedFile f = stage->rebuild.takeFirst();
    const QString rebuilt = f.destination + QStringLiteral(".verify");
    auto *job =
        new fetch::FetchJob(f.ref, rebuilt, m_store.get(), &m_nam, fetch::FetchConfig{}, this);
    connect(job, &fetch::FetchJob::finished, this,
            [this, job, f, rebuilt, stage] {
                job->deleteLater();
                if (!job->succeeded()) {
                    QFile::remove(rebuilt);
                    ++stage->report.unverifiable;
                    stage->report.lines
                        << tr("not checked %1: no sha256 in the registry and its blocks are "
                              "not in the local store (download it again to check it)")
                               .arg(f.name);
                    verifyNext(stage);
                    return;
                }
                auto *watcher = new QFutureWatcher<bool>(this);
                connect(watcher, &QFutureWatcher<bool>::finished, this, [this, watcher, f, stage] {
                    watcher->deleteLater();
                    ++stage->report.checked;
                    if (watcher->result()) {
                        stage->report.lines << tr("ok %1 (rebuilt from its CID)").arg(f.name);
                    } else {
                        ++stage->report.corrupt;
                        stage->report.lines
                            << tr("corrupt %1: differs from %2").arg(f.name, f.ref.displayName());
                    }
                    verifyNext(stage);
                });
                const QString destination = f.destination;
                watcher->setFuture(QtConcurrent::run(workPool(), [destination, rebuilt] {
                    const bool same = sameBytes(destination, rebuilt);
                    QFile::remove(rebuilt);
                    return same;
                }));
            });
    job->start();
}

void AppContext::removeFromCache(const QString &id)
{
    const registry::Entry *e = m_index.registry().find(id);
    if (!e) {
        emit removeFinished(id, tr("%1 is not in the registry").arg(id));
        return;
    }
    Result<QList<fetch::PlannedFile>> files = plan(*e);
    if (!files) {
        emit removeFinished(id, files.error().message);
        return;
    }
    QStringList paths;
    for (const fetch::PlannedFile &f : std::as_const(*files))
        paths << f.destination;
    const bool ownFolder = e->kind == registry::EntryKind::Trace; // v1: <traces>/<id>/
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, id] {
        watcher->deleteLater();
        const QString error = watcher->result();
        m_downloaded.remove(id);
        emit downloadedChanged();
        emit removeFinished(id, error);
        rescanDownloads();
    });
    watcher->setFuture(QtConcurrent::run(workPool(), [paths, ownFolder] {
        QStringList failed;
        for (const QString &p : paths) {
            if (QFileInfo::exists(p) && !QFile::remove(p))
                failed << p;
        }
        if (ownFolder && !paths.isEmpty())
            QDir().rmdir(QFileInfo(paths.first()).path()); // only when empty
        return failed.isEmpty() ? QString()
                                : tr("could not remove %1").arg(failed.join(QStringLiteral(", ")));
    }));
}

} // namespace pt::ui
