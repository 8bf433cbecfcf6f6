// The `cid` and `car` commands end to end (the real phasic-traces-cli binary): outputs,
// exit codes, and that a packed CAR verifies and unpacks to the same tree.
#include "tests/support/clirun.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args, const QByteArray &stdinData = QByteArray())
{
    pt::test::CliOptions options;
    options.stdinData = stdinData;
    const pt::test::CliRun r = pt::test::runCli(args, options);
    return {r.code, r.outText(), r.errText()};
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        const QString rel = QDir(root).relativeFilePath(path);
        if (it.fileInfo().isDir())
            out.insert(rel + u'/', QByteArray());
        else if (f.open(QIODevice::ReadOnly))
            out.insert(rel, f.readAll());
    }
    return out;
}

} // namespace

class TestImporterCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cid_data();
    void cid();
    void cidJsonAndErrors();
    void carRoundTrip_data();
    void carRoundTrip();
    void carDamaged();

private:
    QTemporaryDir m_tmp;
    QString m_tree;
};

void TestImporterCli::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(PT_BINARY_DIR "/app/phasic-traces-cli")));
    QVERIFY(writeFile(m_tmp.filePath(u"hello"_s), "hello world"));
    m_tree = m_tmp.filePath(u"tree"_s);
    QVERIFY(QDir().mkpath(m_tree + u"/sub/empty"_s));
    QVERIFY(writeFile(m_tree + u"/a.txt"_s, "hello world\n"));
    QVERIFY(writeFile(m_tree + u"/sub/same.txt"_s, "hello world\n"));
    QByteArray big(3 * 1048576 + 5, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 7919) >> 3);
    QVERIFY(writeFile(m_tree + u"/sub/big résumé.bin"_s, big));
}

void TestImporterCli::cid_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default profile") << QStringList{u"HELLO"_s} << QByteArray()
                                     << u"Qmf412jQZiuVUtdgnB36FXFX7xg5V6KEbSJ4dpQuhkLyfD\n"_s;
    QTest::newRow("unixfs-v1-2025")
        << QStringList{u"--profile"_s, u"unixfs-v1-2025"_s, u"HELLO"_s} << QByteArray()
        << u"bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e\n"_s;
    QTest::newRow("stdin") << QStringList{u"-"_s} << QByteArray("hello world\n")
                           << u"QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o\n"_s;
    QTest::newRow("two paths") << QStringList{u"HELLO"_s, u"HELLO"_s} << QByteArray()
                               << u"Qmf412jQZiuVUtdgnB36FXFX7xg5V6KEbSJ4dpQuhkLyfD\n"
                                  u"Qmf412jQZiuVUtdgnB36FXFX7xg5V6KEbSJ4dpQuhkLyfD\n"_s;
}

void TestImporterCli::cid()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    args.replaceInStrings(u"HELLO"_s, m_tmp.filePath(u"hello"_s));
    const Run r = cli(QStringList{u"cid"_s} + args, input);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, expected);
}

void TestImporterCli::cidJsonAndErrors()
{
    Run r = cli({u"--json"_s, u"cid"_s, m_tree});
    QCOMPARE(r.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0)[u"path"_s].toString(), m_tree);
    QVERIFY(list.at(0)[u"cid"_s].toString().startsWith(u"Qm"_s));
    QCOMPARE(list.at(0)[u"size"_s].toInteger(), 3 * 1048576 + 5 + 24);
    QCOMPARE(list.at(0)[u"files"_s].toInteger(), 3);

    r = cli({u"cid"_s, u"--profile"_s, u"nope"_s, m_tree});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"kubo-v0, kubo-v1, unixfs-v1-2025"_s), qPrintable(r.err));
    r = cli({u"cid"_s, m_tmp.filePath(u"missing"_s)});
    QCOMPARE(r.code, 3);
    r = cli({u"cid"_s});
    QCOMPARE(r.code, 2);
    r = cli({u"cid"_s, u"--help"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"--profile"_s));
}

void TestImporterCli::carRoundTrip_data()
{
    QTest::addColumn<QString>("profile");
    QTest::newRow("kubo-v0") << u"kubo-v0"_s;
    QTest::newRow("kubo-v1") << u"kubo-v1"_s;
    QTest::newRow("unixfs-v1-2025") << u"unixfs-v1-2025"_s;
}

void TestImporterCli::carRoundTrip()
{
    QFETCH(QString, profile);
    const QString car = m_tmp.filePath(profile + u".car"_s);
    const Run cidRun = cli({u"cid"_s, u"--profile"_s, profile, m_tree});
    QCOMPARE(cidRun.code, 0);
    Run r = cli({u"car"_s, u"pack"_s, m_tree, u"-o"_s, car, u"--profile"_s, profile});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, cidRun.out); // the CAR's root is the CID `cid` prints
    const QString root = r.out.trimmed();

    r = cli({u"car"_s, u"verify"_s, car, u"--root"_s, root});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"OK: complete"_s), qPrintable(r.out));
    r = cli({u"--json"_s, u"car"_s, u"verify"_s, car});
    QCOMPARE(r.code, 0);
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(report[u"root"_s].toString(), root);
    QVERIFY(report[u"complete"_s].toBool());
    QVERIFY(report[u"rootFromHeader"_s].toBool());
    QCOMPARE(report[u"duplicates"_s].toInteger(), 0); // same.txt and a.txt share one block

    // Another root than the one packed: incomplete, exit 4.
    r = cli({u"car"_s, u"verify"_s, car, u"--root"_s,
             u"QmWmRj3dFDZdb6ABvbmKhEL6TmPbAfBZ1t5BxsEyJrcZhE"_s});
    QCOMPARE(r.code, 4);

    const QString out = m_tmp.filePath(profile + u"-out"_s);
    r = cli({u"car"_s, u"unpack"_s, car, u"-o"_s, out, u"--root"_s, root});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(snapshot(out), snapshot(m_tree));
    r = cli({u"car"_s, u"unpack"_s, car, u"-o"_s, out});
    QCOMPARE(r.code, 2); // exists

    // A single small file: the root is the leaf itself (raw v1 for the v1 profiles).
    const QString fileCar = m_tmp.filePath(profile + u"-file.car"_s);
    r = cli({u"car"_s, u"pack"_s, m_tmp.filePath(u"hello"_s), u"-o"_s, fileCar, u"--profile"_s,
             profile});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.trimmed(),
             profile == "kubo-v0"_L1
                 ? u"Qmf412jQZiuVUtdgnB36FXFX7xg5V6KEbSJ4dpQuhkLyfD"_s
                 : u"bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e"_s);
    r = cli({u"car"_s, u"verify"_s, fileCar, u"--root"_s, r.out.trimmed()});
    QCOMPARE(r.code, 0);
    const QString fileOut = m_tmp.filePath(profile + u"-hello"_s);
    r = cli({u"car"_s, u"unpack"_s, fileCar, u"-o"_s, fileOut});
    QCOMPARE(r.code, 0);
    QFile f(fileOut);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("hello world"));
}

void TestImporterCli::carDamaged()
{
    const QString car = m_tmp.filePath(u"damaged-src.car"_s);
    Run r = cli({u"car"_s, u"pack"_s, m_tree, u"-o"_s, car});
    QCOMPARE(r.code, 0);
    QFile f(car);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray good = f.readAll();

    QByteArray corrupt = good;
    corrupt[corrupt.size() / 2] = char(corrupt.at(corrupt.size() / 2) ^ 0x55);
    QVERIFY(writeFile(m_tmp.filePath(u"corrupt.car"_s), corrupt));
    r = cli({u"car"_s, u"verify"_s, m_tmp.filePath(u"corrupt.car"_s)});
    QCOMPARE(r.code, 4);
    QVERIFY(r.out.contains(u"corrupt"_s));
    const QString out = m_tmp.filePath(u"corrupt-out"_s);
    r = cli({u"car"_s, u"unpack"_s, m_tmp.filePath(u"corrupt.car"_s), u"-o"_s, out});
    QCOMPARE(r.code, 4);
    QVERIFY(!QFileInfo::exists(out));

    QVERIFY(writeFile(m_tmp.filePath(u"truncated.car"_s), good.left(good.size() - 1000)));
    r = cli({u"car"_s, u"verify"_s, m_tmp.filePath(u"truncated.car"_s)});
    QCOMPARE(r.code, 4);
    r = cli({u"car"_s, u"verify"_s, m_tmp.filePath(u"no-such.car"_s)});
    QCOMPARE(r.code, 3);
    r = cli({u"car"_s, u"frobnicate"_s});
    QCOMPARE(r.code, 2);
    r = cli({u"car"_s, u"pack"_s, m_tree});
    QCOMPARE(r.code, 2); // -o missing
}

QTEST_GUILESS_MAIN(TestImporterCli)
#include "tst_importer_cli.moc"
