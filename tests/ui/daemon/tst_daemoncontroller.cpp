// DaemonController: the shared Start/Stop action against the real js-ipfs node (through the
// Kubo-like wrapper tests/ipfs-node/ipfs), exact figures against a fake Kubo API, and the
// diagnoses of the failures IPFS Desktop users meet most (port taken, repo.lock, a daemon that
// dies silently, no Kubo at all), plus the login service through a fake systemctl.
#include "tests/ui/daemon/daemontesthelpers.h"
#include "tests/ui/daemon/fakekubo.h"
#include "ui/daemon/daemoncontroller.h"

#include <QAction>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pt::daemon::Supervisor;
using pt::test::FakeKubo;
using pt::test::IpfsNode;
using pt::ui::DaemonController;

namespace {

QString plain(const QAction *a)
{
    return a->text().remove(u'&');
}

QString describe(const DaemonController &c)
{
    return u"state=%1 message=%2 suggestion=%3 output=%4"_s.arg(
        Supervisor::stateName(c.state()), c.message(), c.suggestion(), c.daemonOutput());
}

// Waits (bounded) for the controller's next finished(ok).
bool waitFinished(DaemonController &c, QSignalSpy &spy, int timeoutMs)
{
    if (spy.isEmpty() && !spy.wait(timeoutMs))
        return false;
    Q_UNUSED(c);
    return spy.takeFirst().at(0).toBool();
}

} // namespace

class TestDaemonController : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void figuresFromFakeKubo();
    void portTakenByAnotherProgram();
    void repoLockedEarlyExit();
    void notInstalled();
    void startWithApp();
    void pollingFollowsViews();
    void loginServiceInstallRemove();
    void realNodeStartStatusStop();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QList<qint64> m_started;
};

void TestDaemonController::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
}

void TestDaemonController::cleanup()
{
    for (qint64 pid : std::as_const(m_started))
        pt::test::killDaemon(pid);
    m_started.clear();
    m_tmp.reset();
}

void TestDaemonController::figuresFromFakeKubo()
{
    FakeKubo kubo;
    QVERIFY(kubo.listen());
    auto o = pt::test::controllerOptions(m_tmp->path(), m_tmp->path() + u"/no-ipfs"_s);
    o.supervisor.apiAddress = kubo.url();
    DaemonController c(o);
    QCOMPARE(c.display(), DaemonController::Display::Stopped); // before the first answer
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Supervisor::State::Running, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(c.status().rateIn >= 0, 10000);

    const Supervisor::Status st = c.status();
    QCOMPARE(st.version, u"0.29.0"_s);
    QCOMPARE(st.peerId, u"12D3KooWFakePeerIdForTheDaemonPanelTest"_s);
    QCOMPARE(st.peers, 3);
    QCOMPARE(st.repoSize, qint64(5242880));
    QCOMPARE(st.numObjects, qint64(42));
    QCOMPARE(st.rateIn, 1536.0);
    QCOMPARE(st.rateOut, 512.0);
    QCOMPARE(c.display(), DaemonController::Display::Running);
    QCOMPARE(c.problem(), DaemonController::Problem::None);
    QVERIFY(c.explanation().isEmpty());

    const QString summary = c.summaryText();
    QVERIFY2(summary.contains(u"running"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"3 peers"_s), qPrintable(summary));
    QVERIFY2(summary.contains(DaemonController::formatRate(1536)), qPrintable(summary));
    QVERIFY2(summary.contains(DaemonController::formatRate(512)), qPrintable(summary));
    QVERIFY(DaemonController::formatRate(1536).contains(u"1.5"_s));

    // The shared action says what it will do, and is checked while the node runs.
    QVERIFY(c.startStopAction()->isCheckable());
    QVERIFY(c.startStopAction()->isChecked());
    QCOMPARE(plain(c.startStopAction()), u"Stop IPFS node"_s);
    QVERIFY(c.webUiAction()->isEnabled());
    QCOMPARE(c.webUiUrl(), QUrl(kubo.url() + u"/webui"_s));

    // Every call was a POST with our own User-Agent (Kubo answers 403 to browser-like ones).
    QVERIFY(!kubo.requests().isEmpty());
    for (const FakeKubo::Request &r : kubo.requests()) {
        QCOMPARE(r.method, QByteArray("POST"));
        QVERIFY2(r.headers.value("user-agent").startsWith("phasic-traces/"),
                 r.headers.value("user-agent").constData());
        QVERIFY(!r.headers.contains("authorization")); // none configured
    }

    // Stop asks the (external) daemon to shut down; the fake closes its port.
    QSignalSpy finished(&c, &DaemonController::finished);
    c.startStopAction()->trigger();
    QVERIFY2(waitFinished(c, finished, 30000), qPrintable(describe(c)));
    QCOMPARE(c.state(), Supervisor::State::Stopped);
    QVERIFY(!c.startStopAction()->isChecked());
    QCOMPARE(plain(c.startStopAction()), u"Start IPFS node"_s);
    QVERIFY(!c.webUiAction()->isEnabled());
    QVERIFY(kubo.requests().last().path == "/api/v0/shutdown");
}

void TestDaemonController::portTakenByAnotherProgram()
{
    QTcpServer server; // answers like a web server, not like Kubo
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::newConnection, &server, [&server] {
        while (QTcpSocket *s = server.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n"
                         "Content-Length: 9\r\nConnection: close\r\n\r\nnot here\n");
                s->disconnectFromHost();
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    const QString marker = m_tmp->path() + u"/daemon-started"_s;
    const QString bin =
        pt::test::writeFakeIpfs(m_tmp->path(), "touch '" + QFile::encodeName(marker) + "'");
    auto o = pt::test::controllerOptions(m_tmp->path(), bin);
    o.supervisor.apiAddress = u"/ip4/127.0.0.1/tcp/%1"_s.arg(server.serverPort());
    o.refreshOnStart = false;
    DaemonController c(o);
    QSignalSpy finished(&c, &DaemonController::finished);
    QSignalSpy failed(&c, &DaemonController::failed);
    c.startStopAction()->trigger();
    QVERIFY(!waitFinished(c, finished, 20000));
    QCOMPARE(c.state(), Supervisor::State::Error);
    QCOMPARE(c.display(), DaemonController::Display::Error);
    QCOMPARE(c.problem(), DaemonController::Problem::PortInUse);
    QVERIFY2(c.message().contains(u"127.0.0.1:%1"_s.arg(server.serverPort())),
             qPrintable(describe(c)));
    QVERIFY2(c.explanation().contains(u"port"_s), qPrintable(c.explanation()));
    QVERIFY2(c.suggestion().contains(u"Addresses.API"_s), qPrintable(describe(c)));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), c.message());
    QVERIFY(!QFileInfo::exists(marker)); // nothing was started on a taken port
    // The action is back to "Start", usable for another try, and polling keeps the diagnosis.
    QVERIFY(!c.startStopAction()->isChecked());
    QVERIFY(c.startStopAction()->isEnabled());
    QCOMPARE(plain(c.startStopAction()), u"Start IPFS node"_s);
    QTest::qWait(3 * o.slowPollMs / 2);
    QCOMPARE(c.state(), Supervisor::State::Error);
    QVERIFY(c.summaryText().contains(u"error"_s));
}

void TestDaemonController::repoLockedEarlyExit()
{
    // What Kubo prints when another process holds repo.lock, then exits 1: the start fails
    // loudly, with the daemon's own words kept for the error view.
    const QString bin = pt::test::writeFakeIpfs(
        m_tmp->path(), "echo 'Initializing daemon...'; echo 'Error: lock " +
                           QFile::encodeName(m_tmp->path()) +
                           "/repo/repo.lock: someone else has the lock' >&2; exit 1");
    auto o = pt::test::controllerOptions(m_tmp->path(), bin);
    o.supervisor.apiAddress = u"/ip4/127.0.0.1/tcp/%1"_s.arg(IpfsNode::freePort());
    o.refreshOnStart = false;
    DaemonController c(o);
    QSignalSpy finished(&c, &DaemonController::finished);
    c.start();
    QVERIFY(!waitFinished(c, finished, 30000));
    QCOMPARE(c.state(), Supervisor::State::Error);
    QCOMPARE(c.problem(), DaemonController::Problem::RepoLocked);
    QVERIFY2(c.explanation().contains(u"repo.lock"_s), qPrintable(c.explanation()));
    QVERIFY2(c.daemonOutput().contains(u"someone else has the lock"_s), qPrintable(describe(c)));
    QVERIFY2(!c.suggestion().isEmpty(), qPrintable(describe(c)));
}

void TestDaemonController::notInstalled()
{
    auto o = pt::test::controllerOptions(m_tmp->path(), m_tmp->path() + u"/nothere/ipfs"_s);
    o.supervisor.apiAddress = u"/ip4/127.0.0.1/tcp/%1"_s.arg(IpfsNode::freePort());
    DaemonController c(o);
    QSignalSpy finished(&c, &DaemonController::finished);
    QVERIFY(finished.wait(10000)); // the first refresh
    QCOMPARE(c.state(), Supervisor::State::NotInstalled);
    QCOMPARE(c.display(), DaemonController::Display::Stopped);
    QCOMPARE(c.problem(), DaemonController::Problem::NotInstalled);
    QVERIFY(c.explanation().contains(u"Kubo"_s));
    QVERIFY(!c.startStopAction()->isEnabled());
    QVERIFY2(c.startStopAction()->toolTip().contains(u"nothere"_s),
             qPrintable(c.startStopAction()->toolTip()));
}

void TestDaemonController::startWithApp()
{
    // Settings::StartDaemonWithApp: the first refresh finds the node stopped, so it starts.
    const QString marker = m_tmp->path() + u"/daemon-started"_s;
    const QString bin =
        pt::test::writeFakeIpfs(m_tmp->path(), "touch '" + QFile::encodeName(marker) +
                                                   "'; echo 'Error: bad config' >&2; exit 1");
    auto o = pt::test::controllerOptions(m_tmp->path(), bin);
    o.supervisor.apiAddress = u"/ip4/127.0.0.1/tcp/%1"_s.arg(IpfsNode::freePort());
    o.startWithApp = true;
    DaemonController c(o);
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(marker), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Supervisor::State::Error, 20000);
    QCOMPARE(c.problem(), DaemonController::Problem::ExitedEarly);
    QVERIFY2(c.daemonOutput().contains(u"bad config"_s), qPrintable(describe(c)));

    o.startWithApp = false; // and not without the setting
    QVERIFY(QFile::remove(marker));
    DaemonController quiet(o);
    QSignalSpy finished(&quiet, &DaemonController::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(quiet.state(), Supervisor::State::Stopped);
    QVERIFY(!QFileInfo::exists(marker));
}

void TestDaemonController::pollingFollowsViews()
{
    auto o = pt::test::controllerOptions(m_tmp->path(), m_tmp->path() + u"/no-ipfs"_s);
    o.supervisor.apiAddress = u"/ip4/127.0.0.1/tcp/%1"_s.arg(IpfsNode::freePort());
    o.refreshOnStart = false;
    DaemonController c(o);
    QCOMPARE(c.pollInterval(), o.slowPollMs);
    QObject a, b;
    c.setViewVisible(&a, true);
    QCOMPARE(c.pollInterval(), o.fastPollMs);
    c.setViewVisible(&b, true);
    c.setViewVisible(&a, false);
    QCOMPARE(c.pollInterval(), o.fastPollMs);
    c.setViewVisible(&b, false);
    QCOMPARE(c.pollInterval(), o.slowPollMs);
    {
        QObject gone;
        c.setViewVisible(&gone, true);
        QCOMPARE(c.pollInterval(), o.fastPollMs);
    } // a view destroyed without saying so does not keep the fast polling forever
    c.setViewVisible(&a, false);
    QCOMPARE(c.pollInterval(), o.slowPollMs);
}

void TestDaemonController::loginServiceInstallRemove()
{
    const QString fake = QStringLiteral(PT_TEST_DATA_DIR) + u"/../daemon/fake-systemctl"_s;
    QVERIFY2(QFileInfo(fake).isExecutable(), qPrintable(fake));
    const QString configHome = m_tmp->path() + u"/config"_s;
    qputenv("FAKE_SYSTEMCTL_LOG", QFile::encodeName(m_tmp->path() + u"/systemctl.log"_s));
    qputenv("FAKE_SYSTEMCTL_STATE", QFile::encodeName(m_tmp->path() + u"/systemctl-state"_s));
    qputenv("FAKE_SYSTEMCTL_UNIT_DIR", QFile::encodeName(configHome + u"/systemd/user"_s));
    qputenv("FAKE_SYSTEMCTL_MODE", "running");

    const QString bin = pt::test::writeFakeIpfs(m_tmp->path(), "exit 1");
    auto o = pt::test::controllerOptions(m_tmp->path(), bin);
    o.supervisor.apiAddress = u"/ip4/127.0.0.1/tcp/%1"_s.arg(IpfsNode::freePort());
    o.service.platform = pt::daemon::ServicePlatform::SystemdUser;
    o.service.systemctl = fake;
    o.service.configHome = configHome;
    o.service.ipfsBinary = bin;
    DaemonController c(o);
    QTRY_VERIFY_WITH_TIMEOUT(c.serviceKnown() && c.serviceAction()->isEnabled(), 20000);
    QVERIFY(c.serviceStatus().managerReachable);
    QVERIFY(!c.serviceStatus().installed);
    QCOMPARE(plain(c.serviceAction()), u"Install login service"_s);

    QSignalSpy changed(&c, &DaemonController::serviceChanged);
    c.serviceAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(c.serviceStatus().installed && c.serviceAction()->isEnabled(), 20000);
    QVERIFY2(c.lastServiceError().isEmpty(), qPrintable(c.lastServiceError()));
    QVERIFY(QFileInfo::exists(c.serviceStatus().definitionPath));
    QVERIFY(c.serviceStatus().definitionPath.startsWith(configHome));
    QCOMPARE(plain(c.serviceAction()), u"Remove login service"_s);
    QVERIFY2(c.serviceText().contains(u"Installed"_s), qPrintable(c.serviceText()));
    QFile unit(c.serviceStatus().definitionPath);
    QVERIFY(unit.open(QIODevice::ReadOnly));
    QVERIFY(unit.readAll().contains(QFile::encodeName(bin)));
    unit.close();

    c.serviceAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(
        !c.serviceStatus().installed && c.serviceAction()->isEnabled() && c.serviceKnown(), 20000);
    QVERIFY(!QFileInfo::exists(unit.fileName()));
    QCOMPARE(plain(c.serviceAction()), u"Install login service"_s);
    QVERIFY(changed.size() >= 4);

    // No user systemd: the action is off and says why.
    qputenv("FAKE_SYSTEMCTL_MODE", "offline");
    c.refreshService();
    QTRY_VERIFY_WITH_TIMEOUT(c.serviceKnown() && !c.serviceStatus().managerReachable, 20000);
    QVERIFY(!c.serviceAction()->isEnabled());
    QVERIFY(!c.serviceAction()->toolTip().isEmpty());
    QVERIFY2(c.serviceText().contains(u"Not available"_s), qPrintable(c.serviceText()));
}

void TestDaemonController::realNodeStartStatusStop()
{
    if (!IpfsNode::available())
        QSKIP(qPrintable(IpfsNode::unavailableReason()));
    auto o = pt::test::controllerOptions(m_tmp->path(), IpfsNode::wrapperPath());
    QString error;
    QVERIFY2(pt::test::prepareRealRepo(o.supervisor, &error), qPrintable(error));

    DaemonController c(o);
    QSignalSpy finished(&c, &DaemonController::finished);
    QVERIFY(waitFinished(c, finished, 20000)); // first refresh
    QCOMPARE(c.state(), Supervisor::State::Stopped);
    QVERIFY(!c.startStopAction()->isChecked());
    QCOMPARE(plain(c.startStopAction()), u"Start IPFS node"_s);

    QSignalSpy changed(&c, &DaemonController::changed);
    c.startStopAction()->trigger(); // the same path as a click in the menu or window
    // While starting, the action cannot be pressed twice.
    QTRY_VERIFY_WITH_TIMEOUT(c.state() == Supervisor::State::Starting || !finished.isEmpty(),
                             20000);
    if (finished.isEmpty()) {
        QVERIFY(!c.startStopAction()->isEnabled());
        QCOMPARE(c.display(), DaemonController::Display::Busy);
    }
    QVERIFY2(waitFinished(c, finished, 90000), qPrintable(describe(c)));
    m_started.append(c.supervisor()->pid());
    QCOMPARE(c.state(), Supervisor::State::Running);
    QVERIFY(c.supervisor()->ours());
    QVERIFY(c.startStopAction()->isChecked());
    QVERIFY(c.startStopAction()->isEnabled());
    QCOMPARE(plain(c.startStopAction()), u"Stop IPFS node"_s);

    QTRY_VERIFY_WITH_TIMEOUT(!c.status().peerId.isEmpty() && c.status().repoSize > 0, 30000);
    QCOMPARE(c.status().version, u"0.18.1"_s); // js-ipfs 0.66 reports this Kubo-like version
    QVERIFY(c.status().peerId.startsWith(u"12D3KooW"_s));
    QCOMPARE(c.status().peers, 0); // no bootstrap peers in the test repo
    QVERIFY(c.status().rateIn >= 0);
    QVERIFY(c.summaryText().contains(u"0 peers"_s));
    QVERIFY(c.daemonOutput().contains(u"Daemon is ready"_s) ||
            c.daemonOutput().contains(u"daemon"_s, Qt::CaseInsensitive));
    QVERIFY(changed.size() >= 2);

    const qint64 pid = c.supervisor()->pid();
    c.startStopAction()->trigger();
    QVERIFY2(waitFinished(c, finished, 60000), qPrintable(describe(c)));
    QCOMPARE(c.state(), Supervisor::State::Stopped);
    QVERIFY(!c.startStopAction()->isChecked());
    QCOMPARE(plain(c.startStopAction()), u"Start IPFS node"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!pt::daemon::processAlive(pid), 10000);
}

QTEST_MAIN(TestDaemonController)
#include "tst_daemoncontroller.moc"
