#pragma once

#include "core/fetch/source.h"
#include "core/ipfs/cid.h"
#include "core/registry/registry.h"
#include "core/result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace pt::fetch {

// One CID of the registry to check or keep alive: a v1 directory root, a v2 artifact given as
// a CID. `role` is "directory", "parent" or "scc".
struct ProbeTarget
{
    QString id;
    ipfs::Cid cid;
    QString role;
};

// Every CID of the entries named by `ids` (all entries when empty). Entries without a usable
// CID (upstream's mock "bafybei…" values, repository paths, URLs) are listed in `skipped` as
// "id: reason" rather than probed. Unknown ids are an Error::NotFound naming them.
Result<QList<ProbeTarget>> probeTargets(const registry::Registry &registry,
                                        const QStringList &ids = {},
                                        QStringList *skipped = nullptr);
// The ids of a collection, or Error::NotFound listing the collections there are.
Result<QStringList> collectionIds(const registry::Registry &registry, const QString &name);

// What one source said about one CID.
struct SourceCheck
{
    QString source; // the gateway as configured, "daemon", or the pinning service's name
    QString kind;   // "gateway", "daemon", "pinning"
    bool available = false;
    qint64 latencyMs = -1;
    QString error; // empty when available; else why not ("HTTP 404", "bytes do not match …")
};

struct ProbeResult
{
    QString id;
    QString cid;
    QString role;
    QDateTime checkedAt; // UTC
    QList<SourceCheck> sources;

    int count(const QString &kind, bool availableOnly) const;
};

// A pinning service's view of one CID: `done(pinned, error)`; error is empty when pinned and
// says the state otherwise ("queued", "not pinned", "Pinata said: …"). Adapters for the
// publish clients are in core/publish/mirror.h (fetch does not depend on publish).
using PinCheck =
    std::function<void(const QString &cid, std::function<void(bool pinned, QString error)> done)>;

// Asks every configured source whether it can serve each target's root block:
// - gateways: GET /ipfs/{cid}?format=raw (trustless); the root block counts only when its bytes
//   hash to the CID, so a gateway that answers 200 with other bytes is "unavailable". HEAD would
//   save nothing: the bytes are needed for the check, and a root block is one block (≤ 2 MiB).
// - the daemon: block/get with offline=true (the node's own store, not a network search),
//   verified the same way;
// - pinning services: their pin status.
// Per source at most `perSourceConcurrency` requests in flight and, for gateways and services,
// at least `minIntervalMs` between two request starts, so a public gateway sees a trickle, not
// a burst (the local daemon is asked without a pause). Lanes run in
// parallel; a whole-registry probe of N CIDs on G gateways takes about N·minIntervalMs.
class AvailabilityProbe : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int perSourceConcurrency = 2;
        int minIntervalMs = 200;
        int timeoutMs = 15000;
        // Also ask the daemon who provides each CID on the network (routing/findprovs, up to
        // `maxProviders`): a source "daemon providers", available when anyone else has it.
        bool daemonProviders = false;
        int maxProviders = 3;
    };

    explicit AvailabilityProbe(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~AvailabilityProbe() override;

    void setOptions(const Options &options) { m_options = options; }
    // Gateways and/or the daemon (Source::Kind::KuboRpc), as resolveSources() gives them.
    void setSources(const QList<Source> &sources);
    // `name` as the user wrote it ("pinata", "psa:lab").
    void addPinningService(const QString &name, PinCheck check);

    void start(const QList<ProbeTarget> &targets);
    void cancel(); // finished() follows; results() holds what was checked

    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    int done() const { return m_done; }
    int total() const { return m_total; }
    // One result per target, in target order, each with one SourceCheck per source.
    const QList<ProbeResult> &results() const { return m_results; }

    // Checks one block answer against its CID (public for tests): empty when it verifies.
    static QString checkBlock(const ipfs::Cid &cid, int httpStatus, const QByteArray &body);
    static QString sourceLabel(const Source &source);
    // The peer ids of the Provider answers (Type 4) in Kubo's findprovs NDJSON; other lines
    // (queries, dials) are skipped. Error on a line that is not JSON.
    static Result<QStringList> parseProviders(const QByteArray &ndjson);

signals:
    void progress(int done, int total);
    void finished();

private:
    struct Lane
    {
        QString name;
        QString kind;
        Source source;  // gateways and the daemon
        PinCheck check; // pinning services
        QList<int> queue;
        int inFlight = 0;
        qint64 nextStartMs = 0;
        int column = 0;
        bool dhtFallback = false; // js-ipfs and older Kubo: dht/findprovs
    };

    void pump();
    void launch(Lane &lane, int target);
    void record(int laneIndex, int target, bool available, const QString &error, qint64 startMs);
    void finish();

    QNetworkAccessManager *m_nam;
    Options m_options;
    QList<Lane> m_lanes;
    QList<ProbeTarget> m_targets;
    QList<ProbeResult> m_results;
    QList<int> m_pendingPerTarget;
    QList<QPointer<QNetworkReply>> m_replies;
    QTimer m_wake;
    QElapsedTimer m_clock;
    int m_done = 0;
    int m_total = 0;
    int m_outstanding = 0;
    bool m_running = false;
    bool m_cancelled = false;
    quint64 m_generation = 0; // callbacks of a cancelled run are ignored
};

// The last probe results with their time, kept in Paths::dataDir()/health.json so the browser
// shows availability without asking the network at start-up.
class ProbeCache
{
public:
    explicit ProbeCache(QString path = {}); // empty = Paths::dataDir()/health.json
    QString path() const { return m_path; }

    // A missing file is an empty cache; a damaged one is an error naming the file.
    Result<void> load();
    Result<void> save() const; // atomic (QSaveFile)

    // Replaces the stored result of each (id, cid).
    void merge(const QList<ProbeResult> &results);
    QList<ProbeResult> forEntry(const QString &id) const;
    QList<ProbeResult> all() const { return m_results; }

    static QJsonArray toJson(const QList<ProbeResult> &results, bool withTime = true);
    static Result<QList<ProbeResult>> fromJson(const QByteArray &bytes);

private:
    void reindex();

    QString m_path;
    QList<ProbeResult> m_results;
    QHash<QString, QList<qsizetype>> m_byId; // a table asks per row: no scan per data() call
};

} // namespace pt::fetch
