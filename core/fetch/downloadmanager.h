#pragma once

#include "core/fetch/entryplan.h"
#include "core/fetch/fetchjob.h"
#include "core/registry/registry.h"
#include "core/result.h"

#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <map>
#include <memory>
#include <optional>

namespace pt::fetch {

class LocalStore;

// What the downloads panel shows about one download (a snapshot; ask again after changed()).
struct DownloadInfo
{
    enum class State { Queued, Running, Done, Failed, Cancelled };

    int id = 0;
    QString entryId;   // the registry entry, or empty for a plain list of files
    QString title;     // the entry id, or the title given to enqueueFiles
    QStringList files; // destinations, in plan order
    int filesDone = 0; // how many of `files` are in place
    State state = State::Queued;
    // Over all files: bytes done/total (total -1 while any size is unknown), the summed rate,
    // an ETA only when every running file has a steady rate (-1 otherwise), the phase of the
    // busiest file and the sources in use.
    FetchProgress progress;
    Error error;        // set when Failed (message empty otherwise)
    QString suggestion; // the next step for the user when Failed or Cancelled
    QStringList log;    // what happened (sources dropped, retries, files placed), oldest first

    bool isActive() const { return state == State::Queued || state == State::Running; }
    bool isFinished() const { return !isActive(); }
};

// A queue of downloads for the desktop app. A download is one registry entry (planned by
// planEntry into several files) or an arbitrary list of PlannedFiles; each file is fetched by
// a FetchJob. At most maxParallel() FetchJobs run at a time over all downloads, started in
// the order the downloads were queued (then the files in plan order), so one big entry does
// not starve the others for long and the network is not flooded.
//
// Two files with the same destination never run at once (their temp/.part files would
// collide): the second waits until the first is finished.
//
// Lives on the GUI thread; FetchJobs are asynchronous, so nothing here blocks.
class DownloadManager : public QObject
{
    Q_OBJECT
public:
    DownloadManager(LocalStore *store, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~DownloadManager() override;

    // Used for FetchJobs started from now on (running ones keep theirs).
    void setFetchConfig(const FetchConfig &config);
    FetchConfig fetchConfig() const { return m_config; }
    // Bound on running FetchJobs over all downloads, clamped to 1..16 (Settings'
    // MaxParallelDownloads range). Lowering it lets running jobs finish; it preempts nothing.
    void setMaxParallel(int n);
    int maxParallel() const { return m_maxParallel; }

    // Plans `entry` and queues its files. The same entry queued or running already: its id.
    // The same entry failed or cancelled: that download is retried and its id returned.
    // An entry that cannot be planned: the planner's error (nothing is queued).
    Result<int> enqueueEntry(const registry::Entry &entry, const QUrl &registryUrl);
    // Queues arbitrary files under a title (e.g. an ipfs:// link opened by the user).
    Result<int> enqueueFiles(const QString &title, const QList<PlannedFile> &files);

    // Stops a queued or running download; data already verified stays, so retry() resumes.
    void cancel(int id);
    // Queues a failed or cancelled download again (files already in place are not fetched).
    void retry(int id);
    // Cancels when active, then forgets the download.
    void remove(int id);
    // Forgets every finished (done, failed, cancelled) download.
    void clearFinished();

    QList<int> ids() const; // in queue order
    std::optional<DownloadInfo> info(int id) const;
    // The download of `entryId` that is active, else the newest one; -1 when none.
    int idForEntry(const QString &entryId) const;

    int activeCount() const; // downloads queued or running
    int runningJobs() const; // FetchJobs running now (≤ maxParallel())
    // Over the downloads active since the manager was last idle (so the global bar does not
    // jump back when one of several finishes); failed and cancelled ones are left out.
    FetchProgress totalProgress() const;

    // The next step to suggest for an error, by its code.
    static QString suggestionFor(const Error &error);

signals:
    void added(int id);
    void changed(int id); // progress changes at most ~10 times a second per download
    void finished(int id, bool ok);
    void removed(int id);
    void activeChanged(bool active);

private:
    struct FileRun
    {
        enum class State { Pending, Running, Done, Failed, Cancelled };
        PlannedFile file;
        State state = State::Pending;
        FetchJob *job = nullptr;
        FetchProgress last;
        qint64 doneHigh = 0; // highest doneBytes seen in this run (the bar never goes back)
    };
    struct Download
    {
        int id = 0;
        QString entryId;
        QString title;
        QList<FileRun> files;
        DownloadInfo::State state = DownloadInfo::State::Queued;
        Error error;
        QStringList log;
        bool changePending = false;
    };

    Download *find(int id) const;
    int add(std::unique_ptr<Download> d);
    void schedule();
    void startFile(Download *d, int index);
    void onJobProgress(int id, int index, FetchJob *job);
    void onJobFinished(int id, int index, FetchJob *job);
    void stopJobs(Download *d, FileRun::State as);
    void note(Download *d, const QString &text);
    void markChanged(Download *d);
    void emitChanged(Download *d);
    void flushChanged();
    void finish(Download *d);
    void updateActive();
    bool destinationBusy(const QString &destination) const;
    FetchProgress aggregate(const Download &d) const;

    LocalStore *m_store;
    QNetworkAccessManager *m_nam;
    FetchConfig m_config;
    int m_maxParallel = 3;
    int m_nextId = 1;
    std::map<int, std::unique_ptr<Download>> m_downloads; // ids grow, so this is queue order
    QSet<int> m_batch; // downloads active since the manager was last idle
    QTimer m_flush;    // coalesces progress-only changes
    bool m_active = false;
    bool m_scheduling = false;
    bool m_scheduleAgain = false;
};

} // namespace pt::fetch
