// The Kubo RPC API's optional Authorization header: stored in the keychain (SecretStore
// service "kubo-api") with `phasic-traces-cli daemon auth set`, sent by the CLI's daemon
// commands and by the app's DaemonController, never stored anywhere else. Runs through
// tests/core/with-keyring.sh (PT_KEYRING=real: a private gnome-keyring; none: no secret service,
// where everything must still work, only without the header). Plain runs skip: they must never
// touch the developer's own keyring.
#include "core/secrets.h"
#include "tests/support/clirun.h"
#include "tests/ui/daemon/daemontesthelpers.h"
#include "tests/ui/daemon/fakekubo.h"
#include "ui/daemon/daemoncontroller.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pt::daemon::Supervisor;
using pt::test::FakeKubo;
using pt::ui::DaemonController;

namespace {

constexpr char kHeader[] = "Bearer kubo-test-9f2c";

using Run = pt::test::CliRun;

Run cli(const QStringList &args, const QByteArray &input = {})
{
    pt::test::CliOptions options;
    options.stdinData = input;
    options.timeoutMs = 60000;
    return pt::test::runCli(args, options);
}

} // namespace

class TestDaemonAuth : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cliStoresAndSendsHeader();
    void controllerSendsHeader();
    void cliClears();
    void noKeyringStillWorks();

private:
    QString m_keyring;
    QTemporaryDir m_tmp;
};

void TestDaemonAuth::initTestCase()
{
    m_keyring = qEnvironmentVariable("PT_KEYRING");
    if (m_keyring.isEmpty())
        QSKIP("run through tests/core/with-keyring.sh (never the developer's own keyring)");
    QVERIFY(m_tmp.isValid());
    pt::SecretStore::setRetryDelay(std::chrono::milliseconds(100));
}

void TestDaemonAuth::cliStoresAndSendsHeader()
{
    if (m_keyring != u"real")
        QSKIP("needs a secret service");
    Run r = cli({u"daemon"_s, u"auth"_s, u"status"_s});
    QCOMPARE(r.code, 3); // nothing stored yet
    r = cli({u"daemon"_s, u"auth"_s, u"set"_s}, "no-scheme\n");
    QCOMPARE(r.code, 2); // a bare token is refused: the header needs its scheme
    r = cli({u"daemon"_s, u"auth"_s, u"set"_s}, QByteArray(kHeader) + '\n');
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(!r.out.contains(kHeader)); // never echoed
    r = cli({u"--json"_s, u"daemon"_s, u"auth"_s, u"status"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"stored"_s).toBool(), true);
    QVERIFY(!r.out.contains(kHeader));

    FakeKubo kubo;
    QVERIFY(kubo.listen());
    r = cli({u"--json"_s, u"--ipfs-api"_s, kubo.url(), u"--cache-dir"_s, m_tmp.path(), u"daemon"_s,
             u"status"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"state"_s).toString(), u"running"_s);
    QVERIFY(!r.out.contains(kHeader) && !r.err.contains(kHeader));
    QVERIFY(!kubo.requests().isEmpty());
    for (const FakeKubo::Request &req : kubo.requests())
        QCOMPARE(req.headers.value("authorization"), QByteArray(kHeader));
}

void TestDaemonAuth::controllerSendsHeader()
{
    if (m_keyring != u"real")
        QSKIP("needs a secret service");
    FakeKubo kubo;
    QVERIFY(kubo.listen());
    auto o = pt::test::controllerOptions(m_tmp.path(), m_tmp.path() + u"/no-ipfs"_s);
    o.supervisor.apiAddress = kubo.url();
    o.readKeychain = true;
    o.keychainWaitMs = 20000; // the real keyring answers well before
    DaemonController c(o);
    QSignalSpy authChanged(&c, &DaemonController::apiAuthorizationChanged);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Supervisor::State::Running, 20000);
    QVERIFY(c.keychainDone());
    QCOMPARE(authChanged.size(), 1);
    QCOMPARE(c.apiAuthorization(), QByteArray(kHeader));
    QTRY_VERIFY_WITH_TIMEOUT(c.status().peers == 3, 10000);
    for (const FakeKubo::Request &req : kubo.requests())
        QCOMPARE(req.headers.value("authorization"), QByteArray(kHeader));
}

void TestDaemonAuth::cliClears()
{
    if (m_keyring != u"real")
        QSKIP("needs a secret service");
    Run r = cli({u"daemon"_s, u"auth"_s, u"clear"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    r = cli({u"daemon"_s, u"auth"_s, u"status"_s});
    QCOMPARE(r.code, 3);
    r = cli({u"daemon"_s, u"auth"_s, u"clear"_s});
    QCOMPARE(r.code, 3); // nothing left to remove
}

void TestDaemonAuth::noKeyringStillWorks()
{
    if (m_keyring == u"real")
        QSKIP("needs a session without a secret service");
    // The header is optional: without a keyring the CLI and the app work, without it.
    FakeKubo kubo;
    QVERIFY(kubo.listen());
    QElapsedTimer clock;
    clock.start();
    Run r = cli({u"--json"_s, u"--ipfs-api"_s, kubo.url(), u"--cache-dir"_s, m_tmp.path(),
                 u"daemon"_s, u"status"_s});
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY2(clock.elapsed() < 15000, "the CLI waited too long for a keyring that is not there");
    for (const FakeKubo::Request &req : kubo.requests())
        QVERIFY(!req.headers.contains("authorization"));

    r = cli({u"daemon"_s, u"auth"_s, u"status"_s});
    QCOMPARE(r.code, 5); // unavailable, with the reason
    QVERIFY2(!r.err.isEmpty(), r.err.constData());

    auto o = pt::test::controllerOptions(m_tmp.path(), m_tmp.path() + u"/no-ipfs"_s);
    o.supervisor.apiAddress = kubo.url();
    o.readKeychain = true;
    o.keychainWaitMs = 3000;
    DaemonController c(o);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Supervisor::State::Running, 20000);
    QVERIFY(c.apiAuthorization().isEmpty());
}

QTEST_MAIN(TestDaemonAuth)
#include "tst_daemonauth.moc"
