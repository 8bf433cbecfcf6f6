// The daemon supervisor against a real daemon: js-ipfs through the Kubo-like wrapper
// tests/ipfs-node/ipfs (init, start detached, attach, status, stop, killed from outside, stale
// and live repo.lock), and against small fake `ipfs` scripts for the failure diagnoses that
// need no node (not installed, not executable, port taken by another server, start timeout,
// early exit).
#include "core/daemon/repolock.h"
#include "core/daemon/supervisor.h"
#include "tests/support/ipfsnode.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;
using pt::daemon::Supervisor;
using pt::daemon::SupervisorOptions;
using pt::test::IpfsNode;

namespace {

constexpr int StartWait = 90000; // js-ipfs needs 3-20 s depending on the machine's load

// Runs one supervisor operation and waits (bounded) for its finished(ok).
bool run(Supervisor &s, void (Supervisor::*op)(), int timeoutMs = StartWait)
{
    QSignalSpy spy(&s, &Supervisor::finished);
    (s.*op)();
    if (spy.isEmpty() && !spy.wait(timeoutMs))
        return false;
    return spy.takeFirst().at(0).toBool();
}

QString describe(const Supervisor &s)
{
    return u"state=%1 message=%2 suggestion=%3"_s.arg(Supervisor::stateName(s.state()), s.message(),
                                                      s.suggestion());
}

// A fake `ipfs` script in `dir`; `daemonBody` is the shell of its `daemon` command.
QString writeFakeIpfs(const QString &dir, const QByteArray &daemonBody, bool executable = true)
{
    const QString path = dir + u"/ipfs"_s;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\ncase \"$1\" in\n"
            "  init) mkdir -p \"$IPFS_PATH\"; echo '{}' > \"$IPFS_PATH/config\" ;;\n"
            "  daemon) " +
            daemonBody +
            " ;;\n"
            "esac\n");
    f.close();
    f.setPermissions(executable ? QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                : QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

void writeApiConfig(const QString &repo, quint16 port)
{
    QDir().mkpath(repo);
    QFile f(repo + u"/config"_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        QJsonDocument(QJsonObject{{u"Addresses"_s,
                                   QJsonObject{{u"API"_s, u"/ip4/127.0.0.1/tcp/%1"_s.arg(port)}}}})
            .toJson());
}

} // namespace

class TestSupervisor : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    // No node needed.
    void findBinary_data();
    void findBinary();
    void notInstalled();
    void notExecutable();
    void portTakenByOtherServer_data();
    void portTakenByOtherServer();
    void startTimeout();
    void earlyExitDiagnosis_data();
    void earlyExitDiagnosis();
    void liveRepoLock();

    // Real js-ipfs through the wrapper.
    void initStartStatusAttachStop();
    void attachExternal();
    void killedFromOutside();
    void staleRepoLock();

private:
    SupervisorOptions options(const QString &bin);
    bool prepareRealRepo(SupervisorOptions &o);

    std::unique_ptr<QTemporaryDir> m_tmp;
    QList<qint64> m_started; // detached daemons to clean up, by pid (process groups)
};

void TestSupervisor::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
}

void TestSupervisor::cleanup()
{
    // Never leave a detached daemon behind: its session (startDetached calls setsid) is ours.
    for (qint64 pid : std::as_const(m_started)) {
        if (pt::daemon::processAlive(pid))
            ::kill(-::getpgid(pid_t(pid)), SIGKILL);
    }
    m_started.clear();
    m_tmp.reset();
}

SupervisorOptions TestSupervisor::options(const QString &bin)
{
    SupervisorOptions o;
    o.ipfsBin = bin;
    o.ipfsPath = m_tmp->path() + u"/repo"_s;
    o.logDir = m_tmp->path() + u"/log"_s;
    o.initProfile = u"test"_s;
    o.pollIntervalMs = 100;
    o.probeTimeoutMs = 2000;
    o.watchIntervalMs = 200;
    o.startTimeoutMs = 60000;
    o.stopTimeoutMs = 15000;
    return o;
}

void TestSupervisor::findBinary_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("code"); // 0 = found
    QTest::newRow("missing") << u"missing"_s << int(pt::Error::NotFound);
    QTest::newRow("not executable") << u"noexec"_s << int(pt::Error::Io);
    QTest::newRow("directory") << u"dir"_s << int(pt::Error::Io);
    QTest::newRow("executable") << u"exec"_s << 0;
}

void TestSupervisor::findBinary()
{
    QFETCH(QString, kind);
    QFETCH(int, code);
    QString path = m_tmp->path() + u"/nothere"_s;
    if (kind == u"noexec")
        path = writeFakeIpfs(m_tmp->path(), "exit 0", false);
    else if (kind == u"exec")
        path = writeFakeIpfs(m_tmp->path(), "exit 0", true);
    else if (kind == u"dir")
        path = m_tmp->path();
    const auto r = Supervisor::findBinary(path);
    QCOMPARE(r.ok(), code == 0);
    if (code == 0) {
        QCOMPARE(*r, QFileInfo(path).absoluteFilePath());
    } else {
        QCOMPARE(int(r.error().code), code);
        QVERIFY2(r.error().message.contains(path), qPrintable(r.error().message));
    }
}

void TestSupervisor::notInstalled()
{
    // No explicit binary and a PATH without ipfs: NotInstalled with an install suggestion.
    const QByteArray oldPath = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(m_tmp->path()));
    SupervisorOptions o = options({});
    const quint16 port = IpfsNode::freePort();
    writeApiConfig(o.ipfsPath, port); // so the probe finds nothing listening
    Supervisor s(o);
    const bool ok = run(s, &Supervisor::start, 10000);
    qputenv("PATH", oldPath);
    if (QFileInfo::exists(u"/usr/bin/ipfs"_s) || QFileInfo::exists(u"/usr/local/bin/ipfs"_s) ||
        QFileInfo::exists(QDir::homePath() + u"/.local/bin/ipfs"_s))
        QSKIP("an ipfs binary is installed in a standard place on this machine");
    QVERIFY(!ok);
    QCOMPARE(s.state(), Supervisor::State::NotInstalled);
    QVERIFY2(s.message().contains(u"not found"_s), qPrintable(describe(s)));
    QVERIFY2(s.suggestion().contains(u"install"_s, Qt::CaseInsensitive), qPrintable(describe(s)));
}

void TestSupervisor::notExecutable()
{
    const QString bin = writeFakeIpfs(m_tmp->path(), "exit 0", false);
    SupervisorOptions o = options(bin);
    writeApiConfig(o.ipfsPath, IpfsNode::freePort());
    Supervisor s(o);
    QVERIFY(!run(s, &Supervisor::start, 10000));
    QCOMPARE(s.state(), Supervisor::State::Error);
    QVERIFY2(s.message().contains(u"not executable"_s), qPrintable(describe(s)));
    QCOMPARE(s.problem(), Supervisor::Problem::NotExecutable);
    QVERIFY2(s.message().contains(bin), qPrintable(describe(s)));
}

void TestSupervisor::portTakenByOtherServer_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01 not http at all\r\n\r\n");
    QTest::newRow("404 html") << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n"
                                            "Content-Length: 22\r\nConnection: close\r\n\r\n"
                                            "<h1>Not Found</h1>\n\n\n\n");
    QTest::newRow("200 not json") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n"
                                                "Connection: close\r\n\r\nhello");
}

void TestSupervisor::portTakenByOtherServer()
{
    QFETCH(QByteArray, answer);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::newConnection, &server, [&server, answer] {
        while (QTcpSocket *c = server.nextPendingConnection()) {
            connect(c, &QTcpSocket::readyRead, c, [c, answer] {
                c->readAll();
                c->write(answer);
                c->disconnectFromHost();
            });
            connect(c, &QTcpSocket::disconnected, c, &QObject::deleteLater);
        }
    });
    // The daemon would be started if the port were free: make that observable.
    const QString marker = m_tmp->path() + u"/daemon-started"_s;
    const QString bin =
        writeFakeIpfs(m_tmp->path(), "touch '" + QFile::encodeName(marker) + "'; sleep 5");
    SupervisorOptions o = options(bin);
    writeApiConfig(o.ipfsPath, server.serverPort());
    Supervisor s(o);
    QVERIFY(!run(s, &Supervisor::start, 20000));
    QCOMPARE(s.state(), Supervisor::State::Error);
    QVERIFY2(s.message().contains(u"127.0.0.1:%1"_s.arg(server.serverPort())),
             qPrintable(describe(s)));
    QVERIFY2(s.message().contains(u"not an IPFS daemon"_s), qPrintable(describe(s)));
    QVERIFY2(s.suggestion().contains(u"Addresses.API"_s), qPrintable(describe(s)));
    QVERIFY(!QFileInfo::exists(marker));
}

void TestSupervisor::startTimeout()
{
    // A daemon that runs but never answers: bounded wait, diagnosis with its output.
    const QString bin =
        writeFakeIpfs(m_tmp->path(), "echo 'Initializing daemon...'; exec sleep 30");
    SupervisorOptions o = options(bin);
    o.startTimeoutMs = 1500;
    writeApiConfig(o.ipfsPath, IpfsNode::freePort());
    Supervisor s(o);
    QVERIFY(!run(s, &Supervisor::start, 10000));
    m_started.append(s.pid());
    QCOMPARE(s.state(), Supervisor::State::Error);
    QVERIFY2(s.message().contains(u"did not answer"_s), qPrintable(describe(s)));
    QCOMPARE(s.problem(), Supervisor::Problem::StartTimeout);
    QVERIFY2(s.message().contains(u"Initializing daemon..."_s), qPrintable(describe(s)));
    QVERIFY(s.ours());
    QVERIFY(pt::daemon::processAlive(s.pid()));
    {
        // Another run (the CLI's status) sees our live, silent process via the pid file.
        Supervisor other(o);
        QVERIFY(run(other, &Supervisor::refresh, 10000));
        QCOMPARE(other.state(), Supervisor::State::Starting);
        QVERIFY(other.ours());
        QCOMPARE(other.pid(), s.pid());
    }
    // stop() signals our own process (it has no API to shut down).
    const qint64 pid = s.pid();
    QVERIFY2(run(s, &Supervisor::stop, 20000), qPrintable(describe(s)));
    QCOMPARE(s.state(), Supervisor::State::Stopped);
    QVERIFY(!pt::daemon::processAlive(pid));
}

void TestSupervisor::earlyExitDiagnosis_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<Supervisor::Problem>("problem");
    QTest::newRow("lock") << QByteArray("echo \"Error: lock $IPFS_PATH/repo.lock: someone else has "
                                        "the lock\" >&2; exit 1")
                          << u"repository is locked"_s << Supervisor::Problem::RepoLocked;
    QTest::newRow("port") << QByteArray("echo 'Error: serveHTTPApi: listen tcp 127.0.0.1:5001: "
                                        "bind: address already in use' >&2; exit 1")
                          << u"port it needs is in use"_s << Supervisor::Problem::PortInUse;
    QTest::newRow("other") << QByteArray("echo 'Error: something odd happened' >&2; exit 1")
                           << u"something odd happened"_s << Supervisor::Problem::ExitedEarly;
}

void TestSupervisor::earlyExitDiagnosis()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    SupervisorOptions o = options(writeFakeIpfs(m_tmp->path(), body));
    writeApiConfig(o.ipfsPath, IpfsNode::freePort());
    Supervisor s(o);
    QVERIFY(!run(s, &Supervisor::start, 20000));
    QCOMPARE(s.state(), Supervisor::State::Error);
    QVERIFY2(s.message().contains(u"exited during start-up"_s), qPrintable(describe(s)));
    QFETCH(Supervisor::Problem, problem);
    QCOMPARE(s.problem(), problem);
    QVERIFY2(s.message().contains(expected), qPrintable(describe(s)));
    QVERIFY(s.logTail().contains(u"Error:"_s));
}

void TestSupervisor::liveRepoLock()
{
    // Another process holds repo.lock (as a running `ipfs` command would) and no API answers:
    // start refuses, naming the holder, and does not launch a daemon.
    const QString marker = m_tmp->path() + u"/daemon-started"_s;
    SupervisorOptions o =
        options(writeFakeIpfs(m_tmp->path(), "touch '" + QFile::encodeName(marker) + "'; sleep 5"));
    writeApiConfig(o.ipfsPath, IpfsNode::freePort());
    const QString lockPath = o.ipfsPath + u"/repo.lock"_s;
    QProcess holder;
    // -o: the lock stays with flock itself (not its child), so killing flock releases it.
    holder.start(u"flock"_s, {u"-o"_s, lockPath, u"sleep"_s, u"30"_s});
    QVERIFY(holder.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(pt::daemon::inspectRepoLock(o.ipfsPath).held, 5000);
    const pt::daemon::RepoLockInfo info = pt::daemon::inspectRepoLock(o.ipfsPath);
    QCOMPARE(info.holderPid, holder.processId());
    QVERIFY2(info.holderCommand.contains(u"flock"_s), qPrintable(info.holderCommand));

    Supervisor s(o);
    QVERIFY(!run(s, &Supervisor::start, 20000));
    QCOMPARE(s.state(), Supervisor::State::Error);
    QVERIFY2(s.message().contains(u"held by process %1"_s.arg(holder.processId())),
             qPrintable(describe(s)));
    QVERIFY2(s.suggestion().contains(u"kill %1"_s.arg(holder.processId())),
             qPrintable(describe(s)));
    QVERIFY(!QFileInfo::exists(marker));
    holder.kill();
    holder.waitForFinished();
    QVERIFY(pt::daemon::inspectRepoLock(o.ipfsPath).stale());
}

bool TestSupervisor::prepareRealRepo(SupervisorOptions &o)
{
    // `ipfs init --profile test` through the supervisor, then free ports (as a user would
    // with `ipfs config`), since js-ipfs' defaults may be taken on a shared machine.
    Supervisor s(o);
    if (!run(s, &Supervisor::init, 60000)) {
        qWarning("%s", qPrintable(describe(s)));
        return false;
    }
    QString error;
    if (!IpfsNode::configureRepo(o.ipfsPath, IpfsNode::freePort(), IpfsNode::freePort(),
                                 IpfsNode::freePort(), IpfsNode::freePort(), &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

void TestSupervisor::initStartStatusAttachStop()
{
    if (!IpfsNode::available())
        QSKIP(qPrintable(IpfsNode::unavailableReason()));
    SupervisorOptions o = options(IpfsNode::wrapperPath());
    QVERIFY(!QFileInfo::exists(o.ipfsPath));
    QVERIFY(prepareRealRepo(o));
    QVERIFY(QFileInfo::exists(o.ipfsPath + u"/config"_s));
    {
        // init again: the repo is kept (Kubo's init would refuse; we do not call it).
        Supervisor again(o);
        QVERIFY(run(again, &Supervisor::init, 30000));
        QVERIFY2(again.message().contains(u"already exists"_s), qPrintable(describe(again)));
    }

    Supervisor s(o);
    QVERIFY(run(s, &Supervisor::refresh, 10000));
    QCOMPARE(s.state(), Supervisor::State::Stopped);

    QSignalSpy states(&s, &Supervisor::stateChanged);
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(run(s, &Supervisor::start), qPrintable(describe(s) + u"\n"_s + s.logTail()));
    qInfo("supervisor start (detached js-ipfs via the wrapper) took %lld ms", clock.elapsed());
    m_started.append(s.pid());
    QCOMPARE(s.state(), Supervisor::State::Running);
    QVERIFY(states.size() >= 2);
    QCOMPARE(states.first().at(0).value<Supervisor::State>(), Supervisor::State::Starting);
    QVERIFY(s.ours());
    QVERIFY(s.pid() > 0);
    QVERIFY(pt::daemon::processAlive(s.pid()));
    // js-ipfs answers RPC slightly before it writes the api file and prints "Daemon is ready".
    QTRY_VERIFY_WITH_TIMEOUT(s.logTail().contains(u"Daemon is ready"_s), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(o.ipfsPath + u"/api"_s), 20000);
    QVERIFY(pt::daemon::inspectRepoLock(o.ipfsPath).held);

    QSignalSpy statusSpy(&s, &Supervisor::statusChanged);
    s.updateStatus();
    QVERIFY(statusSpy.wait(20000));
    QCOMPARE(s.status().version, u"0.18.1"_s);
    QCOMPARE(s.status().peers, 0);
    QVERIFY(s.status().repoSize > 0);
    QVERIFY(s.status().peerId.startsWith(u"12D3KooW"_s));
    QVERIFY(s.status().agent.startsWith(u"js-ipfs/"_s));

    // A second supervisor (another app run, the CLI) finds the same daemon and knows it is
    // ours from the pid file; one with another cache dir sees an external daemon.
    {
        Supervisor same(o);
        QVERIFY(run(same, &Supervisor::start, 20000));
        QCOMPARE(same.state(), Supervisor::State::Running);
        QVERIFY(same.ours());
        QCOMPARE(same.pid(), s.pid());
        QCOMPARE(same.apiUrl(), s.apiUrl());
    }
    {
        SupervisorOptions other = o;
        other.logDir = m_tmp->path() + u"/otherlog"_s;
        Supervisor external(other);
        QVERIFY(run(external, &Supervisor::refresh, 20000));
        QCOMPARE(external.state(), Supervisor::State::Running);
        QVERIFY(!external.ours());
    }

    const qint64 pid = s.pid();
    QVERIFY2(run(s, &Supervisor::stop, 40000), qPrintable(describe(s)));
    QCOMPARE(s.state(), Supervisor::State::Stopped);
    QVERIFY(!pt::daemon::processAlive(pid));
    QVERIFY(!QFileInfo::exists(o.ipfsPath + u"/api"_s));
    QVERIFY(!QFileInfo::exists(s.pidFile()));
    QVERIFY(run(s, &Supervisor::refresh, 10000));
    QCOMPARE(s.state(), Supervisor::State::Stopped);
}

void TestSupervisor::attachExternal()
{
    if (!IpfsNode::available())
        QSKIP(qPrintable(IpfsNode::unavailableReason()));
    IpfsNode node;
    QVERIFY2(node.start(), qPrintable(node.errorString()));
    SupervisorOptions o = options(IpfsNode::wrapperPath());
    o.ipfsPath = node.repoPath();
    Supervisor s(o);
    QVERIFY2(run(s, &Supervisor::start, 20000), qPrintable(describe(s)));
    QCOMPARE(s.state(), Supervisor::State::Running);
    QVERIFY(!s.ours());
    QCOMPARE(s.apiUrl().port(), int(node.apiPort()));
    QVERIFY2(s.message().contains(u"outside"_s), qPrintable(describe(s)));

    // Also by an explicit API address, without any repo.
    SupervisorOptions byAddress = options(IpfsNode::wrapperPath());
    byAddress.apiAddress = node.apiMultiaddr();
    Supervisor s2(byAddress);
    QVERIFY(run(s2, &Supervisor::refresh, 20000));
    QCOMPARE(s2.state(), Supervisor::State::Running);

    // Another supervisor keeps watching the same external daemon.
    Supervisor watcher(o);
    QVERIFY(run(watcher, &Supervisor::refresh, 20000));
    QCOMPARE(watcher.state(), Supervisor::State::Running);

    // An external daemon is only asked to shut down.
    QVERIFY2(run(s, &Supervisor::stop, 40000), qPrintable(describe(s)));
    QCOMPARE(s.state(), Supervisor::State::Stopped);
    QTRY_VERIFY_WITH_TIMEOUT(!node.isRunning(), 20000);
    // The watcher notices by itself (health check every 200 ms here).
    QTRY_COMPARE_WITH_TIMEOUT(watcher.state(), Supervisor::State::Stopped, 10000);
    QVERIFY2(watcher.message().contains(u"stopped answering"_s), qPrintable(describe(watcher)));
}

void TestSupervisor::killedFromOutside()
{
    if (!IpfsNode::available())
        QSKIP(qPrintable(IpfsNode::unavailableReason()));
    SupervisorOptions o = options(IpfsNode::wrapperPath());
    QVERIFY(prepareRealRepo(o));
    Supervisor s(o);
    QVERIFY2(run(s, &Supervisor::start), qPrintable(describe(s) + u"\n"_s + s.logTail()));
    m_started.append(s.pid());
    QCOMPARE(s.state(), Supervisor::State::Running);
    const qint64 pid = s.pid();
    QTRY_VERIFY_WITH_TIMEOUT(s.logTail().contains(u"Daemon is ready"_s), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(o.ipfsPath + u"/api"_s), 20000);
    // SIGKILL the daemon's whole process group (wrapper and node): nothing can clean up.
    // startDetached gave it a session of its own, so this cannot hit the test itself.
    const pid_t group = ::getpgid(pid_t(pid));
    QVERIFY(group > 0);
    QVERIFY(group != ::getpgid(0));
    QCOMPARE(::kill(-group, SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(s.state(), Supervisor::State::Error, 10000);
    QVERIFY2(s.message().contains(u"exited unexpectedly"_s), qPrintable(describe(s)));
    QCOMPARE(s.problem(), Supervisor::Problem::ExitedEarly);
    QVERIFY2(s.message().contains(u"Daemon is ready"_s), qPrintable(describe(s))); // log tail
    // The api file stays behind, as after a Kubo crash; a refresh sees no daemon.
    QVERIFY(QFileInfo::exists(o.ipfsPath + u"/api"_s));
    QVERIFY(run(s, &Supervisor::refresh, 10000));
    QCOMPARE(s.state(), Supervisor::State::Stopped);
    // And it starts again over the stale api file and lock.
    QVERIFY2(run(s, &Supervisor::start), qPrintable(describe(s) + u"\n"_s + s.logTail()));
    m_started.append(s.pid());
    QCOMPARE(s.state(), Supervisor::State::Running);
    QVERIFY(run(s, &Supervisor::stop, 40000));
    QCOMPARE(s.state(), Supervisor::State::Stopped);
}

void TestSupervisor::staleRepoLock()
{
    if (!IpfsNode::available())
        QSKIP(qPrintable(IpfsNode::unavailableReason()));
    SupervisorOptions o = options(IpfsNode::wrapperPath());
    QVERIFY(prepareRealRepo(o));
    {
        QFile lock(o.ipfsPath + u"/repo.lock"_s); // left by a process that died
        QVERIFY(lock.open(QIODevice::WriteOnly));
    }
    const pt::daemon::RepoLockInfo info = pt::daemon::inspectRepoLock(o.ipfsPath);
    QVERIFY(info.exists);
    QVERIFY(info.stale());
    QVERIFY2(info.describe().contains(u"stale"_s), qPrintable(info.describe()));
    Supervisor s(o);
    QVERIFY2(run(s, &Supervisor::start), qPrintable(describe(s) + u"\n"_s + s.logTail()));
    m_started.append(s.pid());
    QCOMPARE(s.state(), Supervisor::State::Running);
    QVERIFY(pt::daemon::inspectRepoLock(o.ipfsPath).held);
    QVERIFY(run(s, &Supervisor::stop, 40000));
    QCOMPARE(s.state(), Supervisor::State::Stopped);
}

QTEST_GUILESS_MAIN(TestSupervisor)
#include "tst_supervisor.moc"
