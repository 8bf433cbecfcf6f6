// phasic-traces-cli trace inspect|eval|validate, run as a process: output formats and exit codes.
#include "tests/support/clirun.h"
#include "tests/support/testsupport.h"
#include "tests/trace/tracebuilders.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace pt;

namespace {

using Run = test::CliRun;

Run cli(const QStringList &args)
{
    return test::runCli(args, 60000);
}

QString fixture()
{
    return test::dataPath(QStringLiteral("trace/coalescent_n5_theta1.json.gz"));
}

const QString kHash =
    QStringLiteral("0123456789abcdef00112233445566778899aabbccddeeff0011223344556677");

} // namespace

class TestTraceCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(PT_BINARY_DIR "/app/phasic-traces-cli")),
                 "build the phasic-traces-cli target first");
        QVERIFY(m_dir.isValid());
        QFile bin(m_dir.filePath(QStringLiteral("parent.bin")));
        QVERIFY(bin.open(QIODevice::WriteOnly));
        bin.write(test::makePtdRev1(38, 12, 6));
        QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"operations\": [");
    }

    void inspectText()
    {
        const Run r = cli({QStringLiteral("trace"), QStringLiteral("inspect"), fixture()});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("vertices:          6 (start vertex 0)"));
        QVERIFY(r.out.contains("operations:        34"));
    }

    void inspectJson()
    {
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("trace"),
                           QStringLiteral("inspect"), fixture()});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("operations")).toInt(), 34);
        QCOMPARE(o.value(QStringLiteral("vertices")).toInt(), 6);
        QCOMPARE(o.value(QStringLiteral("absorbing_vertices")).toArray(), QJsonArray{5});
    }

    void evalSingle()
    {
        const Run r = cli({QStringLiteral("trace"), QStringLiteral("eval"), fixture(),
                           QStringLiteral("--theta"), QStringLiteral("1.0"), QStringLiteral("--t"),
                           QStringLiteral("2")});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> parts = r.out.trimmed().split(' ');
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts.at(0), QByteArray("2"));
        QVERIFY(parts.at(1).startsWith("0.26006577402374")); // %.17g: all digits printed
        QVERIFY(std::fabs(parts.at(1).toDouble() - 0.2600657740) < 1e-9);
    }

    void evalRangeAndCdf()
    {
        const Run r = cli({QStringLiteral("trace"), QStringLiteral("eval"), fixture(),
                           QStringLiteral("--theta"), QStringLiteral("1"), QStringLiteral("--t"),
                           QStringLiteral("0:10:0.1"), QStringLiteral("--cdf")});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 101);
        QCOMPARE(lines.first(), QByteArray("0 0"));
        QVERIFY2(lines.at(3).startsWith("0.3 "),
                 lines.at(3).constData()); // not 0.30000000000000004
        const double last = lines.last().split(' ').at(1).toDouble();
        QVERIFY(std::fabs(last - double(test::hypoexpCdf({10, 6, 3, 1}, 10.0))) < 1e-13);
    }

    void evalJson()
    {
        const Run r = cli({QStringLiteral("trace"), QStringLiteral("eval"), fixture(),
                           QStringLiteral("--json"), QStringLiteral("--theta=2"),
                           QStringLiteral("--t=1,2"), QStringLiteral("--moments")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("quantity")).toString(), QStringLiteral("pdf"));
        QCOMPARE(o.value(QStringLiteral("values")).toArray().size(), 2);
        QVERIFY(std::fabs(o.value(QStringLiteral("mean")).toDouble() - 0.8) < 1e-13);
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("stderrPart");
        const QString bin = m_dir.filePath(QStringLiteral("parent.bin"));
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QTest::newRow("no --t") << QStringList{QStringLiteral("eval"), fixture(),
                                               QStringLiteral("--theta"), QStringLiteral("1")}
                                << 2 << QByteArray("needs --t");
        QTest::newRow("theta count")
            << QStringList{QStringLiteral("eval"),    fixture(),
                           QStringLiteral("--t"),     QStringLiteral("1"),
                           QStringLiteral("--theta"), QStringLiteral("1,2")}
            << 2 << QByteArray("1 parameter(s)");
        QTest::newRow("bad time") << QStringList{QStringLiteral("eval"),    fixture(),
                                                 QStringLiteral("--t"),     QStringLiteral("0:1"),
                                                 QStringLiteral("--theta"), QStringLiteral("1")}
                                  << 2 << QByteArray("FROM:TO:STEP");
        QTest::newRow("bad file") << QStringList{QStringLiteral("inspect"), bad} << 1
                                  << QByteArray("bad.json: trace is not valid JSON");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("inspect"), QStringLiteral("/nonexistent.json")} << 3
            << QByteArray("no such file");
        QTest::newRow("eval bin") << QStringList{QStringLiteral("eval"), bin, QStringLiteral("--t"),
                                                 QStringLiteral("1")}
                                  << 1 << QByteArray("cannot be evaluated on its own");
        QTest::newRow("hash mismatch")
            << QStringList{QStringLiteral("inspect"), bin, QStringLiteral("--graph-hash"),
                           QStringLiteral("ff") + kHash.mid(2)}
            << 4 << QByteArray("does not match");
        QTest::newRow("bad hash") << QStringList{QStringLiteral("inspect"), bin,
                                                 QStringLiteral("--graph-hash"),
                                                 QStringLiteral("zz")}
                                  << 1 << QByteArray("too short");
        QTest::newRow("unknown sub") << QStringList{QStringLiteral("frobnicate")} << 2
                                     << QByteArray("unknown 'trace' subcommand");
        QTest::newRow("validate fails a case")
            << QStringList{QStringLiteral("validate"), fixture(),
                           test::dataPath(QStringLiteral("trace/metadata_n5.json"))}
            << 4 << QByteArray();
    }

    void failures()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QByteArray, stderrPart);
        args.prepend(QStringLiteral("trace"));
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(stderrPart), r.err.constData());
    }

    void binInspect()
    {
        const QString bin = m_dir.filePath(QStringLiteral("parent.bin"));
        const Run r = cli({QStringLiteral("trace"), QStringLiteral("inspect"), bin,
                           QStringLiteral("--graph-hash"), kHash});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("PTDPRMC1"));
        QVERIFY(r.out.contains("commands:          38"));
        QVERIFY(r.out.contains("(matches the given graph hash)"));
        QVERIFY(r.out.contains("cannot be evaluated on its own"));
    }

    void validateOutput()
    {
        const Run r = cli({QStringLiteral("trace"), QStringLiteral("validate"), fixture(),
                           test::dataPath(QStringLiteral("trace/metadata_n5.json"))});
        QVERIFY(r.out.contains("2 passed, 1 failed (cases from validation.test_cases)"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestTraceCli)
#include "tst_tracecli.moc"
