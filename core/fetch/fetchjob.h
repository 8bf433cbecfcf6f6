#pragma once

#include "core/fetch/contentref.h"
#include "core/fetch/dagfetch.h"
#include "core/fetch/localstore.h"
#include "core/fetch/source.h"
#include "core/ipfs/multihash.h"
#include "core/result.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

namespace pt::fetch {

class SourceAttempt;

struct FetchConfig
{
    QList<Source> sources;                 // in order of preference: the daemon, then gateways
    int stallTimeoutMs = 30'000;           // no byte for this long: the source is stuck
    int maxRetries = 2;                    // per source, for transient failures
    int retryBaseMs = 1'000;               // backoff: base·2^n, ±50 % jitter
    int hedgeAfterMs = 5'000;              // a source slower than slowBytesPerSecond for this long
    qint64 slowBytesPerSecond = 64 * 1024; //   gets the next source raced beside it
    int maxConcurrentSources = 2;
};

enum class FetchPhase { Queued, Resolving, Downloading, Verifying, Done, Failed, Cancelled };

struct FetchProgress
{
    FetchPhase phase = FetchPhase::Queued;
    qint64 doneBytes = 0;
    qint64 totalBytes = -1;    // -1 while unknown
    double bytesPerSecond = 0; // smoothed
    qint64 etaSeconds = -1;    // -1 until the rate is steady enough to trust
    QString source;            // the source(s) in use, for the downloads panel
};

// Downloads one ContentRef to a final path, through the local store and the configured
// sources, verified end to end:
// - IPFS file: every block is hashed against its CID as it arrives (DagFetch); leaf data is
//   written straight into `<destination>.part` at its offset, with a journal beside it for
//   resuming (re-verified on resume), and only the small internal nodes go to the store. At
//   the end the .part is checked against the registry's sha256 when there is one (hashed as
//   the data streams in), fsynced and renamed into place.
// - IPFS directory: blocks are stored, then the tree is reassembled by the verifying exporter.
// - HTTPS: streamed to `<destination>.part` (resumed with Range), sha256-checked, renamed.
// - Last resort for IPFS content whose sha256 the registry gives: when no source delivered
//   verifiable blocks, each gateway's plain path (`/ipfs/CID/path`) in turn, streamed to
//   `<destination>.gw.part` and placed only if the whole file's sha256 matches.
// A source that sends a bad block is dropped for this job and the next one continues from
// the blocks already verified; transient failures are retried with jittered backoff; a
// source slower than the configured rate gets the next source raced beside it.
class FetchJob : public QObject
{
    Q_OBJECT
public:
    FetchJob(const ContentRef &ref, const QString &destination, LocalStore *store,
             QNetworkAccessManager *nam, const FetchConfig &config, QObject *parent = nullptr);
    ~FetchJob() override;

    const ContentRef &ref() const { return m_ref; }
    QString destination() const { return m_destination; }

    void start();
    void cancel();
    // Before start(): an earlier copy of the same IPFS file whose leaves are reused where they
    // match their CIDs (each one verified). Default: the destination itself, so fetching a
    // file that is already there re-verifies it and needs no source.
    void setSeedFile(const QString &path) { m_seedPath = path; }

    FetchProgress progress() const { return m_progress; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && m_error.message.isEmpty(); }
    const Error &error() const { return m_error; }
    // What happened along the way (sources dropped, retries), for the details view.
    const QStringList &log() const { return m_log; }

signals:
    void progressChanged();
    void message(const QString &text);
    void finished();

private:
    struct SourceState
    {
        Source source;
        int retries = 0;
        bool dropped = false;
        bool lied = false;    // dropped because it sent bytes that do not match their CID
        bool cooling = false; // waiting for its retry timer
        QString lastError;
    };

    void startIpfs();
    void launchNext();
    void launch(int index);
    void onAttemptFinished(SourceAttempt *attempt, int index);
    void onTick();
    void assemble();
    void startHttps();
    void startHttpsFrom(const QUrl &url, const QString &partPath, const QString &sourceName);
    // Last resort for IPFS content with a registry sha256: the gateways' plain paths.
    bool pathGatewaysPossible() const;
    void failNoSource(const QStringList &extraReasons = {});
    void startPathGateways();
    void nextPathGateway();
    void fail(const Error &error);
    void succeed();
    void note(const QString &text);
    // The DagFetch's own findings (torn .part data, corrupt store blocks), into the log.
    void noteDagRepairs();
    void setPhase(FetchPhase phase);
    QString activeSourceNames() const;
    QString nextSourceName() const;
    bool isActive(int index) const;
    bool launchable(int index) const;

    ContentRef m_ref;
    QString m_destination;
    LocalStore *m_store;
    QNetworkAccessManager *m_nam;
    FetchConfig m_config;

    std::unique_ptr<DagFetch> m_dag;
    QList<SourceState> m_sources;
    QList<QPair<QPointer<SourceAttempt>, int>> m_active; // attempt, source index
    QHash<SourceAttempt *, qint64> m_attemptStartBytes;
    QHash<SourceAttempt *, qint64> m_attemptStartMs;

    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_lastTickBytes = 0;
    qint64 m_lastTickMs = 0;
    int m_rateSamples = 0;

    QPointer<QNetworkReply> m_httpsReply;
    std::unique_ptr<QFile> m_part;
    std::unique_ptr<ipfs::Sha256> m_partHash;

    QFutureWatcher<Result<QByteArray>> m_assembly;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;

    FetchProgress m_progress;
    QStringList m_log;
    Error m_error;
    bool m_finished = false;
    bool m_assembling = false; // the DAG is complete: no more attempts, one assembly
    QString m_seedPath;
    bool m_pathMode = false; // trying path gateways (whole file, sha256-checked)
    int m_pathIndex = 0;     // next source to try as a path gateway
    QStringList m_pathFailures;
};

} // namespace pt::fetch
