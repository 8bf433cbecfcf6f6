#pragma once

#include "core/fetch/probe.h"
#include "core/publish/pinning.h"
#include "core/result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace pt::daemon {
class KuboRpc;
}

namespace pt::publish {

// Where a mirror run pins: a remote service or the local node, as two calls.
struct PinTarget
{
    QString name; // "daemon", "pinata", "psa:lab"
    // Whether the target already holds (or is already fetching) the CID; may be empty.
    std::function<void(const QString &cid, std::function<void(Result<bool>)> done)> isPinned;
    // Asks the target to pin; the state it reports ("pinned", "queued", "pinning").
    std::function<void(const QString &cid, const QString &label,
                       std::function<void(Result<QString>)> done)>
        pin;
};

// A remote service (not owned; must outlive the mirror run). A pin the service accepted
// (queued or pinning) counts as done: the service fetches it on its own time, and `pin status`
// or `health` shows when it is there.
PinTarget serviceTarget(PinningService *service, const QString &name);
// The node behind `rpc` (not owned): pin/ls to skip what is pinned, pin/add (recursive) which
// fetches the whole DAG first, bounded by `pinTimeoutMs` per CID.
PinTarget daemonTarget(daemon::KuboRpc *rpc, int pinTimeoutMs);
// The probe's view of a service: pinned or the state/error.
fetch::PinCheck pinCheck(PinningService *service);

struct MirrorItem
{
    QString id; // registry ids sharing this CID, ", "-joined
    QString cid;
    QString role;
};
QList<MirrorItem> mirrorItems(const QList<fetch::ProbeTarget> &targets);

struct MirrorOutcome
{
    enum Kind {
        Pinned,        // pinned during this run
        Requested,     // accepted by the service (queued/pinning)
        AlreadyPinned, // the target had it before we asked
        Resumed,       // finished by an earlier run (state file): no request sent
        Failed,
        Cancelled,
    };
    MirrorItem item;
    Kind kind = Failed;
    QString error;
    Error::Code errorCode = Error::Generic; // Failed: Network when the target was unreachable
};
QString outcomeName(MirrorOutcome::Kind kind); // "pinned", "requested", ...

// The resume file of one target: the CIDs a run finished, with the state and time.
// JSON {"version":1,"target":…,"pins":{cid:{"state","at"}}}, rewritten atomically after every
// finished pin, so a run killed at any point loses at most the pins in flight.
class MirrorState
{
public:
    explicit MirrorState(QString path, QString target);
    static QString defaultPath(const QString &target); // Paths::dataDir()/mirror/<target>.json

    QString path() const { return m_path; }
    Result<void> load(); // a missing file is an empty state
    Result<void> save() const;
    bool isDone(const QString &cid) const { return m_done.contains(cid); }
    void markDone(const QString &cid, const QString &state);
    int size() const { return int(m_done.size()); }

private:
    QString m_path;
    QString m_target;
    QHash<QString, std::pair<QString, QString>> m_done; // cid -> (state, ISO time)
};

// Pins every item on one target, `concurrency` at a time, skipping what the state file lists as
// finished and what the target already holds; one failure does not stop the run (a cron job
// should pin all it can and report the rest).
class Mirror : public QObject
{
    Q_OBJECT
public:
    Mirror(PinTarget target, QString statePath, QObject *parent = nullptr);

    void setConcurrency(int n) { m_concurrency = qMax(1, n); }

    // Loads the state file first: a damaged one is reported by finished() with nothing pinned.
    void start(const QList<MirrorItem> &items);
    void cancel();

    bool isRunning() const { return m_running; }
    const QList<MirrorOutcome> &outcomes() const { return m_outcomes; }
    int count(MirrorOutcome::Kind kind) const;
    // Set when the run could not start (state file) or the state could not be saved.
    const Error &error() const { return m_error; }

signals:
    void progress(int done, int total, const QString &cid);
    void finished();

private:
    void next();
    void settle(int index, MirrorOutcome::Kind kind, const QString &error,
                Error::Code code = Error::Generic);

    PinTarget m_target;
    MirrorState m_state;
    QList<MirrorItem> m_items;
    QList<MirrorOutcome> m_outcomes;
    int m_nextIndex = 0;
    int m_inFlight = 0;
    int m_done = 0;
    int m_concurrency = 2;
    bool m_running = false;
    bool m_cancelled = false;
    quint64 m_generation = 0;
    Error m_error;
};

} // namespace pt::publish
