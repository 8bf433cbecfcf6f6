#include "core/daemon/supervisor.h"
#include "core/paths.h"

#include "core/daemon/multiaddr.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpSocket>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;

namespace pt::daemon {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::daemon)
};

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Connects to host:port: true when something accepts the connection. Asynchronous; `done`
// runs once (on `context`'s thread) with the answer.
void tcpProbe(QObject *context, const QUrl &url, int timeoutMs, std::function<void(bool)> done)
{
    auto *socket = new QTcpSocket(context);
    auto *timer = new QTimer(socket);
    auto once = std::make_shared<bool>(false);
    auto finishWith = [socket, done, once](bool accepted) {
        if (*once)
            return;
        *once = true;
        socket->abort();
        socket->deleteLater();
        done(accepted);
    };
    QObject::connect(socket, &QTcpSocket::connected, context, [finishWith] { finishWith(true); });
    QObject::connect(socket, &QTcpSocket::errorOccurred, context,
                     [finishWith](QAbstractSocket::SocketError) { finishWith(false); });
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [finishWith] { finishWith(false); });
    timer->start(timeoutMs);
    socket->connectToHost(url.host(), quint16(url.port(url.scheme() == u"https" ? 443 : 80)));
}

QString hostPort(const QUrl &url)
{
    return url.host() + u':' + QString::number(url.port(80));
}

} // namespace

Supervisor::Supervisor(SupervisorOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_rpc.setAuthorization(m_options.authorization);
    m_pollTimer.setInterval(m_options.pollIntervalMs);
    m_watchTimer.setInterval(m_options.watchIntervalMs);
    connect(&m_watchTimer, &QTimer::timeout, this, &Supervisor::watch);
    locate();
}

Supervisor::~Supervisor()
{
    // The daemon is detached on purpose: it keeps running after the app exits.
    if (m_initProcess) {
        m_initProcess->disconnect(this);
        m_initProcess->kill();
        m_initProcess->waitForFinished(2000);
    }
}

QString Supervisor::stateName(State state)
{
    switch (state) {
    case State::Unknown:
        return u"unknown"_s;
    case State::NotInstalled:
        return u"not-installed"_s;
    case State::Stopped:
        return u"stopped"_s;
    case State::Starting:
        return u"starting"_s;
    case State::Running:
        return u"running"_s;
    case State::Stopping:
        return u"stopping"_s;
    case State::Error:
        return u"error"_s;
    }
    return u"unknown"_s;
}

Result<QString> Supervisor::findBinary(const QString &explicitPath)
{
    if (!explicitPath.isEmpty()) {
        const QFileInfo fi(explicitPath);
        if (!fi.exists())
            return Error(Error::NotFound,
                         Msg::tr("the IPFS binary %1 does not exist").arg(explicitPath));
        if (fi.isDir() || !fi.isExecutable())
            return Error(Error::Io, u"the IPFS binary %1 is not executable (chmod +x %1, or choose "
                                    "another binary)"_s.arg(explicitPath));
        return fi.absoluteFilePath();
    }
    const QString inPath = QStandardPaths::findExecutable(u"ipfs"_s);
    if (!inPath.isEmpty())
        return inPath;
    const QStringList places{QDir::homePath() + u"/.local/bin"_s, u"/usr/local/bin"_s,
                             u"/opt/homebrew/bin"_s, u"/usr/bin"_s};
    QString notExecutable;
    for (const QString &dir : places) {
        const QFileInfo fi(dir + u"/ipfs"_s);
        if (!fi.exists() || fi.isDir())
            continue;
        if (fi.isExecutable())
            return fi.absoluteFilePath();
        if (notExecutable.isEmpty())
            notExecutable = fi.absoluteFilePath();
    }
    if (!notExecutable.isEmpty())
        return Error(Error::Io,
                     u"found %1 but it is not executable (chmod +x %1)"_s.arg(notExecutable));
    return Error(Error::NotFound,
                 Msg::tr("ipfs (Kubo) was not found in PATH, ~/.local/bin, /usr/local/bin, "
                         "/opt/homebrew/bin or /usr/bin"));
}

QString Supervisor::logFile() const
{
    QString dir = m_options.logDir;
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/daemon"_s;
    // One log per repository, so two repos never mix their output.
    const QByteArray key =
        QCryptographicHash::hash(QFileInfo(m_ipfsPath).absoluteFilePath().toUtf8(),
                                 QCryptographicHash::Sha1)
            .toHex()
            .left(10);
    return dir + u"/ipfs-daemon-"_s + QString::fromLatin1(key) + u".log"_s;
}

QString Supervisor::pidFile() const
{
    QString f = logFile();
    f.chop(4);
    return f + u".pid"_s;
}

QString Supervisor::logTail(int maxLines) const
{
    QFile f(logFile());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // Only the end matters; a daemon that logged for weeks must not cost us its whole log.
    const qint64 window = 64 * 1024;
    if (f.size() > window)
        f.seek(f.size() - window);
    const QList<QByteArray> lines = f.readAll().split('\n');
    QStringList out;
    for (qsizetype i = qMax<qsizetype>(0, lines.size() - maxLines - 1); i < lines.size(); ++i)
        out.append(QString::fromUtf8(lines.at(i)));
    while (!out.isEmpty() && out.last().trimmed().isEmpty())
        out.removeLast();
    return out.join(u'\n');
}

void Supervisor::setState(State state, const QString &message, const QString &suggestion)
{
    const bool changed = state != m_state || message != m_message;
    m_state = state;
    m_message = message;
    m_suggestion = suggestion;
    if (state == State::NotInstalled)
        m_problem = Problem::NotInstalled;
    else if (state != State::Error)
        m_problem = Problem::None;
    if (state == State::Running && m_options.watchIntervalMs > 0)
        m_watchTimer.start();
    else if (state != State::Running)
        m_watchTimer.stop();
    if (changed)
        emit stateChanged(state);
}

void Supervisor::fail(Problem problem, const QString &message, const QString &suggestion)
{
    m_problem = problem; // before setState: its stateChanged() may ask for it
    setState(State::Error, message, suggestion);
}

void Supervisor::finish(bool ok)
{
    m_busy = false;
    m_pollTimer.stop();
    m_pollTimer.disconnect(this);
    emit finished(ok);
}

QUrl Supervisor::configApiUrl() const
{
    QFile f(m_ipfsPath + u"/config"_s);
    if (f.open(QIODevice::ReadOnly)) {
        const QJsonObject addresses = QJsonDocument::fromJson(f.read(4 * 1024 * 1024))
                                          .object()
                                          .value(u"Addresses"_s)
                                          .toObject();
        QJsonValue api = addresses.value(u"API"_s);
        if (api.isArray()) // Kubo allows a list; the first is the one clients use
            api = api.toArray().first();
        if (auto url = parseApiAddress(api.toString()))
            return *url;
    }
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(5001);
    return url;
}

void Supervisor::locate()
{
    m_ipfsPath = m_options.ipfsPath.isEmpty() ? Paths::ipfsRepoDir() : m_options.ipfsPath;
    if (auto bin = findBinary(m_options.ipfsBin))
        m_binary = *bin;
    else
        m_binary.clear();
    m_apiUrl = configApiUrl();
    if (!m_options.apiAddress.isEmpty()) {
        if (auto url = parseApiAddress(m_options.apiAddress))
            m_apiUrl = *url;
    } else if (auto url = resolveApiUrl({}, m_ipfsPath)) {
        m_apiUrl = *url;
    }
    m_rpc.setBaseUrl(m_apiUrl);
}

void Supervisor::probe(const QUrl &url, std::function<void(Result<VersionInfo>)> done)
{
    tcpProbe(this, url, m_options.probeTimeoutMs, [this, url, done](bool accepted) {
        if (!accepted) {
            done(Error(Error::Network, u"nothing listens on %1"_s.arg(hostPort(url))));
            return;
        }
        m_rpc.setBaseUrl(url);
        m_rpc.call(
            u"version"_s, {},
            [done](Result<QByteArray> r) {
                done(r ? parseVersion(*r) : Result<VersionInfo>(r.error()));
            },
            m_options.probeTimeoutMs);
    });
}

// Running: a Kubo RPC API answers. Otherwise the port must be free (connection refused) for
// us to start one; a port that accepts connections but does not speak Kubo RPC is an error
// the user has to resolve (docs/IPFS.md §5: ports 5001/8080/4001).
void Supervisor::probeRunning(std::function<void(bool running)> done)
{
    if (!m_options.apiAddress.isEmpty() && !parseApiAddress(m_options.apiAddress)) {
        fail(Problem::Other, parseApiAddress(m_options.apiAddress).error().message,
             Msg::tr(
                 "give the API address as a multiaddr (/ip4/127.0.0.1/tcp/5001) or an http URL"));
        finish(false);
        return;
    }
    const QUrl url = m_apiUrl;
    probe(url, [this, url, done](Result<VersionInfo> v) {
        if (v) {
            m_apiUrl = url;
            m_status.version = v->version;
            readPidFile();
            setState(State::Running,
                     m_ours ? Msg::tr("IPFS daemon %1 (started by Phasic Traces, pid %2) at %3")
                                  .arg(v->version)
                                  .arg(m_pid)
                                  .arg(url.toString())
                            : Msg::tr("IPFS daemon %1 at %2 (started outside Phasic Traces)")
                                  .arg(v->version, url.toString()));
            done(true);
            return;
        }
        if (v.error().code == Error::Network &&
            v.error().message.startsWith(u"nothing listens"_s)) {
            // The api file may be stale (a daemon that crashed); the config's address decides.
            const QUrl configured = configApiUrl();
            if (m_options.apiAddress.isEmpty() && configured != url) {
                m_apiUrl = configured;
                m_rpc.setBaseUrl(configured);
                probeRunning(done);
                return;
            }
            readPidFile();
            m_rpc.setBaseUrl(url);
            done(false);
            return;
        }
        fail(Problem::PortInUse,
             Msg::tr("port %1 (the IPFS API address) is in use by a program that is not an IPFS "
                     "daemon: %2")
                 .arg(hostPort(url), v.error().message),
             Msg::tr("stop that program, or move the IPFS API elsewhere: ipfs config Addresses.API "
                     "/ip4/127.0.0.1/tcp/5002"));
        m_rpc.setBaseUrl(url);
        finish(false);
    });
}

void Supervisor::refresh()
{
    if (busy()) {
        QTimer::singleShot(0, this, [this] { emit finished(false); });
        return;
    }
    m_busy = true;
    locate();
    probeRunning([this](bool running) {
        if (running) {
            finish(true);
            return;
        }
        const Result<QString> bin = findBinary(m_options.ipfsBin);
        if (!bin && bin.error().code == Error::NotFound)
            setState(State::NotInstalled, bin.error().message,
                     Msg::tr("install Kubo (https://docs.ipfs.tech/install/command-line/) or point "
                             "--ipfs-bin / the settings at the ipfs binary"));
        else if (!bin)
            fail(Problem::NotExecutable, bin.error().message,
                 Msg::tr("fix the file's permissions or choose another binary"));
        else if (m_ours && processAlive(m_pid)) // our pid file names a live process
            setState(
                State::Starting,
                Msg::tr(
                    "the IPFS daemon started by Phasic Traces (pid %1) runs but its API does not "
                    "answer at %2 yet")
                    .arg(m_pid)
                    .arg(hostPort(m_apiUrl)),
                Msg::tr("wait for it, or look at its log (%1)").arg(logFile()));
        else
            setState(State::Stopped, Msg::tr("no IPFS daemon is running for %1").arg(m_ipfsPath));
        finish(true);
    });
}

void Supervisor::runInit(std::function<void(bool ok)> done)
{
    if (QFileInfo::exists(m_ipfsPath + u"/config"_s)) {
        QTimer::singleShot(0, this, [done] { done(true); }); // finished() is never synchronous
        return;
    }
    QStringList args{u"init"_s};
    if (!m_options.initProfile.isEmpty())
        args << u"--profile"_s << m_options.initProfile;
    m_initProcess = new QProcess(this);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"IPFS_PATH"_s, m_ipfsPath);
    m_initProcess->setProcessEnvironment(env);
    m_initProcess->setProcessChannelMode(QProcess::MergedChannels);
    auto *timer = new QTimer(m_initProcess);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, m_initProcess, [p = m_initProcess] { p->kill(); });
    timer->start(120000);
    connect(m_initProcess, &QProcess::finished, this,
            [this, done, args](int code, QProcess::ExitStatus status) {
                QProcess *p = std::exchange(m_initProcess, nullptr);
                p->deleteLater();
                const QString output = QString::fromUtf8(p->readAll()).trimmed();
                if (status != QProcess::NormalExit || code != 0) {
                    fail(Problem::Other,
                         Msg::tr("`ipfs %1` for %2 failed (exit %3): %4")
                             .arg(args.join(u' '), m_ipfsPath)
                             .arg(status == QProcess::NormalExit ? QString::number(code)
                                                                 : Msg::tr("crashed or timed out"),
                                  output.right(600)),
                         Msg::tr("check that %1 is writable, or run `ipfs init` yourself")
                             .arg(m_ipfsPath));
                    done(false);
                    return;
                }
                done(true);
            });
    connect(m_initProcess, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart && m_initProcess)
            emit m_initProcess->finished(-1, QProcess::CrashExit);
    });
    m_initProcess->start(m_binary, args);
}

void Supervisor::init()
{
    if (busy()) {
        QTimer::singleShot(0, this, [this] { emit finished(false); });
        return;
    }
    m_busy = true;
    locate();
    const Result<QString> bin = findBinary(m_options.ipfsBin);
    if (!bin) {
        if (bin.error().code == Error::NotFound)
            setState(State::NotInstalled, bin.error().message,
                     Msg::tr("install Kubo or point --ipfs-bin at the ipfs binary"));
        else
            fail(Problem::NotExecutable, bin.error().message,
                 Msg::tr("fix the file's permissions or choose another binary"));
        QTimer::singleShot(0, this, [this] { finish(false); });
        return;
    }
    const bool existed = QFileInfo::exists(m_ipfsPath + u"/config"_s);
    runInit([this, existed](bool ok) {
        if (ok && m_state != State::Running)
            setState(State::Stopped,
                     existed ? Msg::tr("the IPFS repository %1 already exists").arg(m_ipfsPath)
                             : Msg::tr("initialised the IPFS repository %1").arg(m_ipfsPath));
        finish(ok);
    });
}

void Supervisor::start()
{
    if (busy()) {
        QTimer::singleShot(0, this, [this] { emit finished(false); });
        return;
    }
    m_busy = true;
    locate();
    probeRunning([this](bool running) {
        if (running) { // attach
            finish(true);
            return;
        }
        const Result<QString> bin = findBinary(m_options.ipfsBin);
        if (!bin) {
            if (bin.error().code == Error::NotFound)
                setState(
                    State::NotInstalled, bin.error().message,
                    Msg::tr("install Kubo (https://docs.ipfs.tech/install/command-line/) or point "
                            "--ipfs-bin / the settings at the ipfs binary"));
            else
                fail(Problem::NotExecutable, bin.error().message,
                     Msg::tr("fix the file's permissions or choose another binary"));
            finish(false);
            return;
        }
        m_binary = *bin;
        if (m_ours && processAlive(m_pid)) {
            // Ours, alive, not answering yet (e.g. a previous start still coming up).
            setState(State::Starting, Msg::tr("waiting for the IPFS daemon (pid %1)").arg(m_pid));
            m_deadline = now() + m_options.startTimeoutMs;
            connect(&m_pollTimer, &QTimer::timeout, this, &Supervisor::pollStart);
            m_pollTimer.start();
            return;
        }
        runInit([this](bool ok) {
            if (!ok) {
                finish(false);
                return;
            }
            const RepoLockInfo lock = inspectRepoLock(m_ipfsPath);
            if (lock.held) {
                fail(
                    Problem::RepoLocked,
                    Msg::tr("cannot start the IPFS daemon: %1, and the API does not answer at %2")
                        .arg(lock.describe(), hostPort(m_apiUrl)),
                    lock.holderPid > 0
                        ? Msg::tr(
                              "another ipfs process is using the repository; wait for it to finish "
                              "or stop it (kill %1)")
                              .arg(lock.holderPid)
                        : Msg::tr(
                              "another ipfs process is using the repository; wait for it to finish "
                              "or stop it"));
                finish(false);
                return;
            }
            launch();
        });
    });
}

void Supervisor::launch()
{
    const QString log = logFile();
    if (!QDir().mkpath(QFileInfo(log).absolutePath())) {
        fail(Problem::Other,
             Msg::tr("cannot create the log directory %1").arg(QFileInfo(log).absolutePath()),
             Msg::tr("check the permissions of the cache directory"));
        finish(false);
        return;
    }
    {
        // A fresh log per start (both streams then append to it: O_APPEND keeps them whole).
        QFile f(log);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            fail(Problem::Other,
                 Msg::tr("cannot write the daemon log %1: %2").arg(log, f.errorString()),
                 Msg::tr("check the permissions of the cache directory"));
            finish(false);
            return;
        }
    }
    QProcess process;
    process.setProgram(m_binary);
    process.setArguments(QStringList{u"daemon"_s} + m_options.daemonArgs);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"IPFS_PATH"_s, m_ipfsPath);
    process.setProcessEnvironment(env);
    process.setStandardOutputFile(log, QIODevice::Append);
    process.setStandardErrorFile(log, QIODevice::Append);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setWorkingDirectory(m_ipfsPath);
    qint64 pid = -1;
    if (!process.startDetached(&pid)) {
        fail(Problem::Other,
             Msg::tr("cannot start %1 daemon: %2").arg(m_binary, process.errorString()),
             Msg::tr("check that the binary runs: %1 version").arg(m_binary));
        finish(false);
        return;
    }
    m_pid = pid;
    m_ours = true;
    m_sentTerm = m_sentKill = false;
    writePidFile();
    setState(State::Starting, Msg::tr("starting the IPFS daemon (pid %1)").arg(pid));
    m_deadline = now() + m_options.startTimeoutMs;
    connect(&m_pollTimer, &QTimer::timeout, this, &Supervisor::pollStart);
    m_pollTimer.start();
}

void Supervisor::pollStart()
{
    if (m_pollInFlight)
        return;
    if (!processAlive(m_pid)) {
        diagnoseExit();
        finish(false);
        return;
    }
    if (now() > m_deadline) {
        fail(Problem::StartTimeout,
             Msg::tr("the IPFS daemon (pid %1) did not answer at %2 within %3 s; it is still "
                     "running. Last output:\n%4")
                 .arg(m_pid)
                 .arg(hostPort(m_apiUrl))
                 .arg(m_options.startTimeoutMs / 1000)
                 .arg(logTail(15)),
             Msg::tr("it may be busy (a large repository, a migration); wait and check again, or "
                     "stop it "
                     "and look at the log (%1)")
                 .arg(logFile()));
        finish(false);
        return;
    }
    // Kubo writes $IPFS_PATH/api once the API listens; before that the config says where.
    QUrl url = configApiUrl();
    if (!m_options.apiAddress.isEmpty()) {
        if (auto u = parseApiAddress(m_options.apiAddress))
            url = *u;
    } else if (auto u = resolveApiUrl({}, m_ipfsPath)) {
        url = *u;
    }
    m_rpc.setBaseUrl(url);
    m_pollInFlight = true;
    m_rpc.call(
        u"version"_s, {},
        [this, url](Result<QByteArray> r) {
            m_pollInFlight = false;
            if (m_state != State::Starting)
                return;
            const Result<VersionInfo> v = r ? parseVersion(*r) : Result<VersionInfo>(r.error());
            if (!v)
                return; // not up yet
            m_apiUrl = url;
            m_status.version = v->version;
            setState(State::Running,
                     Msg::tr("IPFS daemon %1 (started by Phasic Traces, pid %2) at %3")
                         .arg(v->version)
                         .arg(m_pid)
                         .arg(url.toString()));
            finish(true);
        },
        qMax(500, m_options.pollIntervalMs * 4));
}

void Supervisor::diagnoseExit()
{
    const QString tail = logTail(20);
    const QString lower = tail.toLower();
    const bool starting = m_state == State::Starting;
    const QString what = starting
                             ? Msg::tr("the IPFS daemon exited during start-up")
                             : Msg::tr("the IPFS daemon (pid %1) exited unexpectedly").arg(m_pid);
    removePidFile();
    m_pid = -1;
    m_ours = false;
    if (lower.contains(u"someone else has the lock"_s) || lower.contains(u"lock already"_s)) {
        const RepoLockInfo lock = inspectRepoLock(m_ipfsPath);
        fail(Problem::RepoLocked,
             Msg::tr("%1: the repository is locked (%2)").arg(what, lock.describe()),
             Msg::tr("another ipfs process is using %1; stop it or wait for it").arg(m_ipfsPath));
    } else if (lower.contains(u"address already in use"_s)) {
        fail(Problem::PortInUse,
             Msg::tr("%1: a port it needs is in use. Last output:\n%2").arg(what, tail),
             Msg::tr(
                 "free the port or change Addresses.API / Addresses.Gateway / Addresses.Swarm with "
                 "`ipfs config`"));
    } else if (lower.contains(u"no ipfs repo found"_s)) {
        fail(Problem::ExitedEarly, Msg::tr("%1: no repository at %2").arg(what, m_ipfsPath),
             Msg::tr("run `daemon init`"));
    } else if (lower.contains(u"migrat"_s)) {
        fail(Problem::Migration,
             Msg::tr("%1: the repository needs a migration. Last output:\n%2").arg(what, tail),
             Msg::tr("run `ipfs repo migrate` (or start once with `ipfs daemon --migrate`)"));
    } else {
        fail(Problem::ExitedEarly,
             tail.isEmpty() ? Msg::tr("%1 without output").arg(what)
                            : Msg::tr("%1. Last output:\n%2").arg(what, tail),
             Msg::tr("see the full log: %1").arg(logFile()));
    }
}

void Supervisor::stop()
{
    if (busy()) {
        QTimer::singleShot(0, this, [this] { emit finished(false); });
        return;
    }
    m_busy = true;
    locate();
    probeRunning([this](bool running) {
        m_sentTerm = m_sentKill = false;
        m_stopOk = true;
        if (!running) {
            if (m_ours && processAlive(m_pid)) { // ours but not answering: signal it
                setState(State::Stopping, Msg::tr("stopping the IPFS daemon (pid %1)").arg(m_pid));
                signalDaemon(SIGTERM);
                m_sentTerm = true;
                m_deadline = now() + m_options.killTimeoutMs;
                connect(&m_pollTimer, &QTimer::timeout, this, &Supervisor::pollStop);
                m_pollTimer.start();
                return;
            }
            if (m_state != State::NotInstalled)
                setState(State::Stopped,
                         Msg::tr("no IPFS daemon is running for %1").arg(m_ipfsPath));
            finish(true);
            return;
        }
        setState(State::Stopping,
                 Msg::tr("stopping the IPFS daemon at %1").arg(m_apiUrl.toString()));
        m_deadline = now() + m_options.stopTimeoutMs;
        m_rpc.shutdown([this](Result<void> r) {
            if (r || m_state != State::Stopping)
                return;
            if (m_ours && !m_sentTerm) { // e.g. shutdown not allowed by API.Authorizations
                signalDaemon(SIGTERM);
                m_sentTerm = true;
                m_deadline = now() + m_options.killTimeoutMs;
            } else if (!m_ours) {
                m_stopOk = false;
                fail(Problem::ShutdownRefused,
                     Msg::tr("the IPFS daemon at %1 refused to shut down: %2")
                         .arg(m_apiUrl.toString(), r.error().message),
                     Msg::tr("it was not started by Phasic Traces; stop it where it was started"));
                finish(false);
            }
        });
        connect(&m_pollTimer, &QTimer::timeout, this, &Supervisor::pollStop);
        m_pollTimer.start();
    });
}

void Supervisor::pollStop()
{
    if (m_pollInFlight || m_state != State::Stopping)
        return;
    const auto stopped = [this] {
        removePidFile();
        m_pid = -1;
        m_ours = false;
        setState(State::Stopped, Msg::tr("the IPFS daemon stopped"));
        finish(true);
    };
    if (m_ours) {
        if (!processAlive(m_pid)) {
            stopped();
            return;
        }
    }
    if (now() > m_deadline) {
        if (m_ours && !m_sentTerm) {
            signalDaemon(SIGTERM);
            m_sentTerm = true;
            m_deadline = now() + m_options.killTimeoutMs;
        } else if (m_ours && !m_sentKill) {
            signalDaemon(SIGKILL);
            m_sentKill = true;
            m_deadline = now() + m_options.killTimeoutMs;
        } else {
            fail(Problem::ShutdownRefused,
                 Msg::tr("the IPFS daemon at %1 did not stop within %2 s")
                     .arg(m_apiUrl.toString())
                     .arg((m_options.stopTimeoutMs + (m_ours ? 2 * m_options.killTimeoutMs : 0)) /
                          1000),
                 m_ours ? Msg::tr("kill it by hand (pid %1)").arg(m_pid)
                        : Msg::tr(
                              "it was not started by Phasic Traces; stop it where it was started"));
            finish(false);
        }
        return;
    }
    if (!m_ours) {
        m_pollInFlight = true;
        tcpProbe(this, m_apiUrl, 1000, [this, stopped](bool accepted) {
            m_pollInFlight = false;
            if (!accepted && m_state == State::Stopping)
                stopped();
        });
    }
}

void Supervisor::watch()
{
    if (m_state != State::Running || m_busy || m_pollInFlight)
        return;
    if (m_ours && m_pid > 0 && !processAlive(m_pid)) {
        diagnoseExit();
        return;
    }
    m_pollInFlight = true;
    m_rpc.setBaseUrl(m_apiUrl);
    m_rpc.call(
        u"version"_s, {},
        [this](Result<QByteArray> r) {
            m_pollInFlight = false;
            if (r || m_state != State::Running || m_busy)
                return;
            if (m_ours && m_pid > 0 && !processAlive(m_pid)) {
                diagnoseExit();
                return;
            }
            if (!m_ours)
                setState(State::Stopped, Msg::tr("the IPFS daemon at %1 stopped answering: %2")
                                             .arg(m_apiUrl.toString(), r.error().message));
        },
        m_options.probeTimeoutMs);
}

void Supervisor::updateStatus()
{
    if (m_state != State::Running) {
        QTimer::singleShot(0, this, [this] { emit statusChanged(); });
        return;
    }
    m_rpc.setBaseUrl(m_apiUrl);
    auto pending = std::make_shared<int>(5);
    auto done = [this, pending] {
        if (--*pending == 0)
            emit statusChanged();
    };
    m_rpc.version([this, done](Result<VersionInfo> r) {
        if (r)
            m_status.version = r->version;
        done();
    });
    m_rpc.id([this, done](Result<IdInfo> r) {
        if (r) {
            m_status.peerId = r->id;
            m_status.agent = r->agentVersion;
        }
        done();
    });
    m_rpc.swarmPeerCount([this, done](Result<int> r) {
        m_status.peers = r ? *r : -1;
        done();
    });
    m_rpc.repoStat([this, done](Result<RepoStat> r) {
        if (r) {
            m_status.repoSize = r->repoSize;
            m_status.numObjects = r->numObjects;
        }
        done();
    });
    m_rpc.bandwidth([this, done](Result<BandwidthStats> r) {
        if (r) {
            m_status.totalIn = r->totalIn;
            m_status.totalOut = r->totalOut;
            m_status.rateIn = r->rateIn;
            m_status.rateOut = r->rateOut;
        }
        done();
    });
}

void Supervisor::readPidFile()
{
    QFile f(pidFile());
    if (!f.open(QIODevice::ReadOnly)) {
        if (!processAlive(m_pid)) {
            m_ours = false;
            m_pid = -1;
        }
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(f.read(4096)).object();
    const qint64 pid = o.value(u"pid"_s).toInteger(-1);
    if (o.value(u"ipfsPath"_s).toString() == m_ipfsPath && processAlive(pid)) {
        m_pid = pid;
        m_ours = true;
    } else {
        m_ours = false;
        m_pid = -1;
    }
}

void Supervisor::writePidFile()
{
    QFile f(pidFile());
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(QJsonDocument(QJsonObject{{u"pid"_s, m_pid},
                                          {u"ipfsPath"_s, m_ipfsPath},
                                          {u"binary"_s, m_binary},
                                          {u"started"_s,
                                           QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}})
                    .toJson());
}

void Supervisor::removePidFile()
{
    QFile::remove(pidFile());
}

void Supervisor::signalDaemon(int signal)
{
    // Only ever our own process, by the pid startDetached gave us.
    if (m_ours && m_pid > 0 && processAlive(m_pid))
        ::kill(pid_t(m_pid), signal);
}

} // namespace pt::daemon
