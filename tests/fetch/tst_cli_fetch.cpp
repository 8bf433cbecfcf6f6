// phasic-traces-cli fetch, run as a real process against a trustless gateway on 127.0.0.1:
// exit codes, --json, and a download killed with SIGKILL at random points that resumes from
// the blocks it had verified and never leaves a wrong file under the final name.
#include "core/ipfs/importer.h"
#include "core/ipfs/multihash.h"
#include "tests/support/clirun.h"
#include "tests/support/fakegateway.h"
#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace pt;
using pt::test::FakeGateway;

class TestCliFetch : public QObject
{
    Q_OBJECT

    ipfs::MemoryBlockStore m_blocks;
    QByteArray m_data;
    ipfs::Cid m_dir;

    using Run = test::CliRun;
    // Runs the CLI while this thread's event loop keeps serving the gateway.
    static Run run(const QStringList &args, int timeoutMs = 60000)
    {
        return test::runCli(args, timeoutMs);
    }
    QStringList base(const QUrl &gateway, const QString &cache) const
    {
        return {QStringLiteral("--no-daemon"), QStringLiteral("--gateway"), gateway.toString(),
                QStringLiteral("--cache-dir"), cache};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(test::cliPath()).isExecutable(), "build phasic-traces-cli first");
        m_data = test::chacha20Keystream("cli-fetch", 8 * 1024 * 1024 + 7);
        ipfs::Importer importer(ipfs::ImportProfile::kuboV0(), &m_blocks);
        Result<ipfs::ImportedNode> file = importer.importBytes(m_data);
        QVERIFY(file.ok());
        Result<ipfs::ImportedNode> dir =
            importer.buildDirectory({{QByteArrayLiteral("trace.json.gz"), *file}});
        QVERIFY(dir.ok());
        m_dir = dir->cid;
    }

    void fetchJsonAndExitCodes()
    {
        FakeGateway gw(&m_blocks);
        const QUrl url = gw.start();
        QTemporaryDir tmp;
        const QString target = m_dir.toString() + QStringLiteral("/trace.json.gz");
        Run ok = run(base(url, tmp.filePath(QStringLiteral("c"))) +
                     QStringList{QStringLiteral("--json"), QStringLiteral("fetch"), target,
                                 QStringLiteral("--to"), tmp.path()});
        QCOMPARE(ok.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(ok.out).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("bytes")).toInteger(), qint64(m_data.size()));
        QFile f(tmp.filePath(QStringLiteral("trace.json.gz")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), m_data);

        Run missing =
            run(base(url, tmp.filePath(QStringLiteral("c"))) +
                QStringList{QStringLiteral("fetch"), m_dir.toString() + QStringLiteral("/nope"),
                            QStringLiteral("--to"), tmp.path()});
        QCOMPARE(missing.code, 3);
        QVERIFY2(missing.err.contains("no entry \"nope\""), missing.err.constData());

        Run wrongSha = run(base(url, tmp.filePath(QStringLiteral("c"))) +
                           QStringList{QStringLiteral("fetch"), target, QStringLiteral("--to"),
                                       tmp.filePath(QStringLiteral("x")),
                                       QStringLiteral("--sha256"), QString(64, u'a')});
        QCOMPARE(wrongSha.code, 4);
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("x/trace.json.gz"))));

        Run badCid = run(base(url, tmp.filePath(QStringLiteral("c"))) +
                         QStringList{QStringLiteral("fetch"), QStringLiteral("Qmnotacid")});
        QCOMPARE(badCid.code, 2);

        gw.setFault(FakeGateway::Fault::ServerError);
        Run down = run(base(url, tmp.filePath(QStringLiteral("empty-cache"))) +
                       QStringList{QStringLiteral("fetch"), target, QStringLiteral("--to"),
                                   tmp.filePath(QStringLiteral("y"))});
        QVERIFY2(down.code == 3 || down.code == 5, down.err.constData());
        QVERIFY2(down.err.contains("no source could deliver verified bytes"), down.err.constData());
    }

    void killedAtRandomPointsResumes()
    {
        FakeGateway gw(&m_blocks);
        const QUrl url = gw.start();
        gw.setFault(FakeGateway::Fault::SlowTrickle, 256 * 1024); // ~2.5 MiB/s: a 3 s download
        QTemporaryDir tmp;
        const QString cache = tmp.filePath(QStringLiteral("cache"));
        const QString out = tmp.filePath(QStringLiteral("out"));
        const QString final = out + QStringLiteral("/trace.json.gz");
        const QStringList args =
            base(url, cache) + QStringList{QStringLiteral("fetch"),
                                           m_dir.toString() + QStringLiteral("/trace.json.gz"),
                                           QStringLiteral("--to"), out};
        const int rounds = 8;
        int killed = 0;
        // Each killed run leaves more verified data behind, so a later round may finish before
        // its kill point: that round is then the resumed run.
        qint64 resumedRunBytes = -1;
        for (int round = 0; round < rounds; ++round) {
            QProcess p;
            const qint64 sentBefore = gw.bytesSent();
            p.start(test::cliPath(), args);
            QVERIFY(p.waitForStarted());
            // A random point after the download got going (a kill at a fixed time from the
            // start would often land before the first byte on a loaded machine or under ASan,
            // where the CLI takes long to start, and then there is nothing to resume from).
            const qint64 killAfterBytes = QRandomGenerator::global()->bounded(256, 2048) * 1024;
            QTRY_VERIFY_WITH_TIMEOUT(p.state() != QProcess::Running ||
                                         gw.bytesSent() - sentBefore >= killAfterBytes,
                                     30000);
            if (p.state() == QProcess::Running) {
                p.kill(); // SIGKILL: no cleanup code runs
                ++killed;
            }
            QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 30000);
            // Finished, or killed just after placing the file: the final name holds the exact
            // bytes. Otherwise it holds nothing.
            if (p.exitStatus() == QProcess::NormalExit || QFileInfo::exists(final)) {
                if (p.exitStatus() == QProcess::NormalExit)
                    QCOMPARE(p.exitCode(), 0);
                resumedRunBytes = gw.bytesSent() - sentBefore;
                break;
            }
        }
        QVERIFY(killed > 0);
        if (resumedRunBytes < 0) {
            const qint64 sentWhileKilled = gw.bytesSent();
            gw.setFault(FakeGateway::Fault::None);
            Run last = run(args);
            QCOMPARE(last.code, 0);
            resumedRunBytes = gw.bytesSent() - sentWhileKilled;
        }
        QFile f(final);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), m_data);
        // The resumed run asked only for what the killed ones had not verified.
        qInfo("rounds %d, killed %d, resumed run %lld of %lld bytes", rounds, killed,
              resumedRunBytes, qint64(m_data.size()));
        QVERIFY2(resumedRunBytes < m_data.size(), "the resumed run downloaded everything again");
        QVERIFY(gw.requests().last().contains(QLatin1String("entity-bytes=")));
    }
};

QTEST_GUILESS_MAIN(TestCliFetch)
#include "tst_cli_fetch.moc"
