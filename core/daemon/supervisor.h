#pragma once

#include "core/daemon/kuborpc.h"
#include "core/daemon/repolock.h"
#include "core/result.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <functional>

class QProcess;

namespace pt::daemon {

struct SupervisorOptions
{
    QString ipfsBin;          // explicit binary; empty: PATH, then the usual install places
    QString ipfsPath;         // repo; empty: $IPFS_PATH, else ~/.ipfs
    QString apiAddress;       // explicit API address (multiaddr or URL); empty: from the repo
    QByteArray authorization; // Authorization header for the RPC API (never logged)
    QString initProfile;      // `ipfs init --profile X` when the repo is missing (empty: none)
    QString logDir;           // daemon log + pid file; empty: <cache>/daemon
    QStringList daemonArgs;   // extra `ipfs daemon` arguments
    int startTimeoutMs = 60000;
    int stopTimeoutMs = 15000;
    int killTimeoutMs = 5000; // after SIGTERM
    int pollIntervalMs = 250;
    int probeTimeoutMs = 3000;
    int watchIntervalMs = 5000; // health check while Running (0: off)
};

// Keeps track of (and starts/stops) the Kubo daemon of one repository. Tier 2 of DESIGN.md: when
// `ipfs` is installed the app starts the daemon when needed (init if needed). The daemon is
// started detached, so it outlives the app; a daemon that already answers is attached to
// ("external"), and only ever asked to shut down, never signalled.
class Supervisor : public QObject
{
    Q_OBJECT
public:
    enum class State { Unknown, NotInstalled, Stopped, Starting, Running, Stopping, Error };
    Q_ENUM(State)
    // What kind of failure State::Error (or NotInstalled) stands for, so a UI can explain it
    // without reading the (translated) message.
    enum class Problem {
        None,
        NotInstalled,
        NotExecutable,
        RepoLocked,
        PortInUse,
        Migration,
        StartTimeout,
        ExitedEarly,
        ShutdownRefused,
        Other
    };
    Q_ENUM(Problem)

    struct Status
    {
        QString version;
        QString peerId;
        QString agent;
        int peers = -1;
        qint64 repoSize = -1;
        qint64 numObjects = -1;
        qint64 totalIn = -1;
        qint64 totalOut = -1;
        double rateIn = -1; // bytes/s as the daemon reports them (stats/bw)
        double rateOut = -1;
    };

    explicit Supervisor(SupervisorOptions options = {}, QObject *parent = nullptr);
    ~Supervisor() override;

    State state() const { return m_state; }
    static QString stateName(State state); // "running", "stopped", ...
    bool ours() const { return m_ours; }   // started by us (now or by an earlier run)
    QString message() const { return m_message; }
    QString suggestion() const { return m_suggestion; }
    Problem problem() const { return m_problem; } // None unless Error / NotInstalled
    bool busy() const { return m_busy; }          // an operation runs; a second one is refused

    QString binary() const { return m_binary; }
    QString ipfsPath() const { return m_ipfsPath; }
    QUrl apiUrl() const { return m_apiUrl; }
    qint64 pid() const { return m_pid; }
    QString logFile() const;
    QString pidFile() const;
    // Last `maxLines` lines of the daemon's output (what it printed when we started it).
    QString logTail(int maxLines = 40) const;
    Status status() const { return m_status; }
    KuboRpc *rpc() { return &m_rpc; }

    // Looks for `ipfs`: explicit path, PATH, ~/.local/bin, /usr/local/bin, /opt/homebrew/bin,
    // /usr/bin. NotFound when absent; Error::Io when found but not executable.
    static Result<QString> findBinary(const QString &explicitPath);

    // Each operation ends with exactly one finished(ok) (also when refused because busy).
    void refresh();      // find binary, probe the API: Running / Stopped / NotInstalled / Error
    void init();         // `ipfs init [--profile]` unless the repo exists
    void start();        // refresh, init if needed, checks, start detached, wait until ready
    void stop();         // shutdown via RPC, SIGTERM (ours only) after stopTimeoutMs
    void updateStatus(); // version, id, peers, repo/stat, stats/bw; statusChanged() at the end

signals:
    void stateChanged(pt::daemon::Supervisor::State state);
    void statusChanged();
    void finished(bool ok);

private:
    void setState(State state, const QString &message = {}, const QString &suggestion = {});
    void fail(Problem problem, const QString &message, const QString &suggestion);
    void finish(bool ok);
    void locate(); // binary + repo + candidate API URL (synchronous, cheap)
    QUrl configApiUrl() const;
    void probe(const QUrl &url, std::function<void(Result<VersionInfo>)> done);
    void probeRunning(std::function<void(bool running)> done);
    void runInit(std::function<void(bool ok)> done);
    void launch();
    void pollStart();
    void pollStop();
    void watch();
    void diagnoseExit();
    void readPidFile();
    void writePidFile();
    void removePidFile();
    void signalDaemon(int signal);

    SupervisorOptions m_options;
    KuboRpc m_rpc;
    State m_state = State::Unknown;
    QString m_message;
    QString m_suggestion;
    Problem m_problem = Problem::None;
    QString m_binary;
    QString m_ipfsPath;
    QUrl m_apiUrl;
    bool m_ours = false;
    bool m_busy = false;
    qint64 m_pid = -1;
    qint64 m_deadline = 0;
    bool m_sentTerm = false;
    bool m_sentKill = false;
    bool m_stopOk = true;
    bool m_pollInFlight = false;
    QTimer m_pollTimer;
    QTimer m_watchTimer;
    QProcess *m_initProcess = nullptr;
    Status m_status;
};

} // namespace pt::daemon
