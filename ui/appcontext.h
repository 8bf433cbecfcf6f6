#pragma once

// What the desktop app knows and owns, without any widget: the global options it was started
// with, the settings, the network, the content store, the sources to fetch from, the registry
// (cached copy for the first paint, refreshed in the background, indexed off the GUI thread),
// which entries are on disk, and the IPFS daemon supervisor. The main window and every panel
// read from one AppContext; tests build one against a local registry and a temporary cache.

#include "core/daemon/supervisor.h"
#include "core/fetch/downloadmanager.h"
#include "core/fetch/entryplan.h"
#include "core/fetch/fetchconfig.h"
#include "core/fetch/localstore.h"
#include "core/fetch/probe.h"
#include "core/globaloptions.h"
#include "core/registry/registryindex.h"
#include "core/registry/registrysource.h"
#include "core/result.h"
#include "core/settings.h"
#include "ui/daemon/daemoncontroller.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace pt::ui {

// The global options of the CLI (core/globaloptions.h, one definition for both programs), so
// scripts and tests can point the app anywhere, plus the GUI's own.
struct AppOptions : GlobalOptions
{
    bool measureStartup = false;
    QStringList files; // positional: trace files to open
};

// The GUI's command line: the global options (GlobalOptions::extract, as the CLI parses them),
// then --help, --version, --measure-startup and the files through QCommandLineParser. Call
// after the translator is installed: the help is translated. Exits like
// QCommandLineParser::process() on --help, --version and errors (message on stderr, code 2).
AppOptions parseAppArguments(const QStringList &arguments);
// The global options alone (no --help handling), to apply --cache-dir before the settings
// (and so the language) are read. An error for a valued option without a value.
Result<GlobalOptions> parseGlobalAppOptions(const QStringList &arguments);

// Result of checking one entry's files on disk.
struct VerifyReport
{
    QString entryId;
    int checked = 0;
    int corrupt = 0;
    int unverifiable = 0;
    QStringList lines; // one per file: "ok trace.json.gz", "corrupt x.bin: sha256 …"
    bool ok() const { return checked > 0 && corrupt == 0; }
};

struct VerifyStage;

class AppContext : public QObject
{
    Q_OBJECT
public:
    // Applies --cache-dir (Paths::setRoot) before anything touches the disk. `settingsFile`
    // (tests) replaces the user's settings file.
    explicit AppContext(AppOptions options, QObject *parent = nullptr,
                        const QString &settingsFile = {});
    ~AppContext() override;

    const AppOptions &options() const { return m_options; }
    Settings *settings() const { return m_settings.get(); }
    QNetworkAccessManager *network() { return &m_nam; }
    fetch::LocalStore *store() const { return m_store.get(); }
    // The sources downloads go through (daemon first when usable, then the gateways).
    const fetch::FetchConfig &fetchConfig() const { return m_fetchConfig; }
    // Notes from resolving the sources ("no IPFS daemon: …") and a configuration error, if any.
    QStringList sourceNotes() const { return m_sourceNotes; }
    QString sourceError() const { return m_sourceError; }
    // The IPFS node: the main window's controller (installDaemonUi), handed over with
    // setDaemon(); null before that (tests without a window) and after the window is gone.
    DaemonController *daemon() const { return m_daemon; }
    daemon::Supervisor *supervisor() const;
    // The controller's options: the settings, overridden by --ipfs-bin / --ipfs-api; with
    // --no-daemon the node is neither probed nor started and the keychain is not asked.
    DaemonController::Options daemonOptions() const;
    void setDaemon(DaemonController *controller);
    // Availability probe results (health.json in the data folder), loaded by start().
    fetch::ProbeCache *probeCache() const { return m_probes.get(); }
    // The app's download queue (the downloads panel shows it).
    fetch::DownloadManager *downloads() const { return m_downloads.get(); }
    // Queues the download of a registry entry; the queue's id, or why it cannot be downloaded.
    Result<int> download(const QString &id);

    // Registry.
    QUrl registryUrl() const { return m_registryUrl; }
    registry::RegistrySource *registrySource() const { return m_source.get(); }
    const registry::RegistryIndex &index() const { return m_index; }
    bool indexReady() const { return m_indexReady; }
    const registry::RegistryStatus &registryStatus() const { return m_status; }
    QString registryDescription() const { return m_registryDescription; }
    // Why no registry could be loaded at all (empty when one is shown).
    QString registryError() const { return m_registryError; }
    bool isRefreshing() const { return m_refreshing; }

    // Ids whose files are all on disk (computed off the GUI thread after each index change).
    const QSet<QString> &downloadedIds() const { return m_downloaded; }
    bool isDownloaded(const QString &id) const { return m_downloaded.contains(id); }

    // The planned files of an entry (where they live once downloaded), or why it cannot be used.
    Result<QList<fetch::PlannedFile>> plan(const registry::Entry &entry) const;
    // The file to open in the inspector: trace.json.gz (v1) or the parent artifact (v2).
    QString primaryFile(const registry::Entry &entry) const;

    // Starts everything that may take time, without blocking: the cached registry (then the
    // index), a background refresh, the daemon probe.
    void start();
    // F5: refresh the registry from its source (conditional GET).
    void refresh();
    // Re-checks which entries are on disk (after a download, a removal).
    void rescanDownloads();
    // Verifies an entry's files off the GUI thread: sha256 where the registry has one, else
    // the file rebuilt from the verified blocks of the local store. verifyFinished() follows.
    void verify(const QString &id);
    // Deletes an entry's downloaded files (off the GUI thread); downloadedChanged() follows.
    void removeFromCache(const QString &id);

    // Milliseconds since the AppContext was made (for --measure-startup).
    qint64 elapsedMs() const { return m_clock.elapsed(); }

signals:
    void indexChanged();          // a new index is ready (index(), indexReady())
    void registryStatusChanged(); // status, description, error, refreshing
    void downloadedChanged();
    void removeFinished(const QString &id, const QString &error);
    void verifyFinished(const pt::ui::VerifyReport &report);

private:
    void resolveSourceConfig();
    void setupRegistrySource();
    void onSettingChanged(Settings::Key key);
    void adoptRegistry(registry::Registry registry, const registry::RegistryStatus &status,
                       const QString &description);
    void onUpdateFinished();
    void verifyNext(std::shared_ptr<VerifyStage> stage);

    AppOptions m_options;
    QElapsedTimer m_clock;
    std::unique_ptr<Settings> m_settings;
    QNetworkAccessManager m_nam;
    std::unique_ptr<fetch::LocalStore> m_store;
    fetch::FetchConfig m_fetchConfig;
    QStringList m_sourceNotes;
    QString m_sourceError;
    QPointer<DaemonController> m_daemon;
    std::unique_ptr<fetch::DownloadManager> m_downloads;
    std::unique_ptr<fetch::ProbeCache> m_probes;

    QUrl m_registryUrl;
    std::unique_ptr<registry::RegistrySource> m_source;
    registry::RegistryIndex m_index;
    bool m_indexReady = false;
    int m_indexGeneration = 0;
    int m_loadGeneration = 0;
    registry::RegistryStatus m_status;
    QString m_registryDescription;
    QString m_registryError;
    bool m_refreshing = false;
    bool m_updateAfterCached = false;

    QSet<QString> m_downloaded;
    int m_scanGeneration = 0;
};

} // namespace pt::ui
