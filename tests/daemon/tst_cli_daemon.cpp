// `phasic-traces-cli daemon …` end to end: exit codes, --json fields, IPFS_PATH and --ipfs-bin,
// and a real start/status/logs/stop cycle with js-ipfs through the tests/ipfs-node wrapper.
#include "tests/support/clirun.h"
#include "tests/support/ipfsnode.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pt::test::IpfsNode;

namespace {

using Run = pt::test::CliRun;

Run cli(const QStringList &args, const QString &ipfsPath, int timeoutMs = 120000)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"IPFS_PATH"_s, ipfsPath);
    pt::test::CliOptions options;
    options.environment = env;
    options.timeoutMs = timeoutMs;
    return pt::test::runCli(args, options);
}

} // namespace

class TestCliDaemon : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void usage_data();
    void usage();
    void statusStopped();
    void notInstalled();
    void logsWithoutLog();
    void realCycle();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString repo() const { return m_tmp->path() + u"/repo"_s; }
    QStringList base(const QString &bin) const
    {
        return {u"--cache-dir"_s, m_tmp->path() + u"/cache"_s, u"--ipfs-bin"_s, bin};
    }
};

void TestCliDaemon::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
}

void TestCliDaemon::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no action") << QStringList{u"daemon"_s};
    QTest::newRow("unknown action") << QStringList{u"daemon"_s, u"explode"_s};
    QTest::newRow("bad timeout") << QStringList{u"daemon"_s, u"start"_s, u"--timeout"_s, u"x"_s};
}

void TestCliDaemon::usage()
{
    QFETCH(QStringList, args);
    const Run r = cli(args, repo());
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("phasic-traces-cli: daemon"));
}

void TestCliDaemon::statusStopped()
{
    // A repo whose API port is free: stopped, exit 5 (unavailable), JSON with the fields.
    QDir().mkpath(repo());
    QFile config(repo() + u"/config"_s);
    QVERIFY(config.open(QIODevice::WriteOnly));
    const quint16 port = IpfsNode::freePort();
    config.write(R"({"Addresses":{"API":"/ip4/127.0.0.1/tcp/)" + QByteArray::number(port) +
                 R"("}})");
    config.close();
    const Run r = cli(
        base(IpfsNode::wrapperPath()) + QStringList{u"--json"_s, u"daemon"_s, u"status"_s}, repo());
    QCOMPARE(r.code, 5);
    const QJsonObject o = r.json();
    QCOMPARE(o.value(u"state"_s).toString(), u"stopped"_s);
    QCOMPARE(o.value(u"ours"_s).toBool(true), false);
    QVERIFY(o.value(u"version"_s).isNull());
    QVERIFY(o.value(u"peers"_s).isNull());
    QCOMPARE(o.value(u"api"_s).toString(), u"http://127.0.0.1:%1"_s.arg(port));
    QCOMPARE(o.value(u"ipfsPath"_s).toString(), repo()); // IPFS_PATH honoured
}

void TestCliDaemon::notInstalled()
{
    const QString missing = m_tmp->path() + u"/no/ipfs"_s;
    const Run r = cli(base(missing) + QStringList{u"daemon"_s, u"start"_s}, repo(), 30000);
    QCOMPARE(r.code, 5);
    QVERIFY2(r.err.contains(QByteArray(QFile::encodeName(missing) + " does not exist")),
             r.err.constData());
    QVERIFY2(r.err.contains("next step:"), r.err.constData());
}

void TestCliDaemon::logsWithoutLog()
{
    const Run r = cli(base(IpfsNode::wrapperPath()) + QStringList{u"daemon"_s, u"logs"_s}, repo());
    QCOMPARE(r.code, 3);
}

void TestCliDaemon::realCycle()
{
    if (!IpfsNode::available())
        QSKIP(qPrintable(IpfsNode::unavailableReason()));
    const QStringList b = base(IpfsNode::wrapperPath());
    Run r = cli(b + QStringList{u"daemon"_s, u"init"_s, u"--profile"_s, u"test"_s}, repo());
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(QFileInfo::exists(repo() + u"/config"_s));
    QString error;
    const quint16 api = IpfsNode::freePort();
    QVERIFY2(IpfsNode::configureRepo(repo(), api, IpfsNode::freePort(), IpfsNode::freePort(),
                                     IpfsNode::freePort(), &error),
             qPrintable(error));

    r = cli(b + QStringList{u"--json"_s, u"daemon"_s, u"start"_s, u"--timeout"_s, u"90"_s}, repo());
    QVERIFY2(r.code == 0, r.out.constData());
    QJsonObject o = r.json();
    QCOMPARE(o.value(u"state"_s).toString(), u"running"_s);
    const qint64 pid = o.value(u"pid"_s).toInteger();
    QVERIFY(pid > 0);

    // A separate CLI run sees the same daemon, knows it is ours, and reports the figures.
    r = cli(b + QStringList{u"daemon"_s, u"status"_s, u"--json"_s}, repo());
    QCOMPARE(r.code, 0);
    o = r.json();
    QCOMPARE(o.value(u"state"_s).toString(), u"running"_s);
    QCOMPARE(o.value(u"ours"_s).toBool(), true);
    QCOMPARE(o.value(u"version"_s).toString(), u"0.18.1"_s);
    QCOMPARE(o.value(u"peers"_s).toInt(-1), 0);
    QCOMPARE(o.value(u"api"_s).toString(), u"http://127.0.0.1:%1"_s.arg(api));
    QCOMPARE(o.value(u"pid"_s).toInteger(), pid);

    r = cli(b + QStringList{u"daemon"_s, u"logs"_s, u"--lines"_s, u"200"_s}, repo());
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("Initializing IPFS daemon"), r.out.constData());

    r = cli(b + QStringList{u"daemon"_s, u"stop"_s}, repo());
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("stopped"));
    r = cli(b + QStringList{u"--json"_s, u"daemon"_s, u"status"_s}, repo());
    QCOMPARE(r.code, 5);
    QCOMPARE(r.json().value(u"state"_s).toString(), u"stopped"_s);
}

QTEST_GUILESS_MAIN(TestCliDaemon)
#include "tst_cli_daemon.moc"
