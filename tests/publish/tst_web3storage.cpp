// Web3StorageAdapter: the truthful "unavailable" answers, and the Storacha CLI hand-over driven
// against a fake `storacha` script on PATH that behaves like the real CLI's `up --car`.
#include "core/publish/web3storage.h"
#include "tests/publish/await.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pt;
using namespace pt::publish;
using pt::test::await;
using pt::test::why;

namespace {
const QString kRoot = u"bafybeiczsscdsbs7ffqz55asqdf3smv6klcw3gofszvwlyarci47bgf354"_s;

// Prints what `storacha up --car` prints on success, or the error the service answers now that
// store/add is gone (mode from FAKE_STORACHA_MODE).
const char *kScript =
    "#!/bin/sh\n"
    "echo \"$@\" > \"$(dirname \"$0\")/args.txt\"\n"
    "if [ \"$1\" != \"up\" ] || [ \"$2\" != \"--car\" ] || [ ! -f \"$3\" ]; then\n"
    "  echo \"Error: expected: up --car FILE\" >&2; exit 2\n"
    "fi\n"
    "case \"$FAKE_STORACHA_MODE\" in\n"
    "  fail)\n"
    "    echo \"Error: failed store/add invocation\" >&2\n"
    "    echo \"Caused by: Capability store/add is not supported by this service\" >&2\n"
    "    exit 1 ;;\n"
    "  other)\n"
    "    echo \"⁂ Stored 1 file\"\n"
    "    echo \"⁂ https://w3s.link/ipfs/QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn\" ;;\n"
    "  *)\n"
    "    echo \"  1 shard uploaded\"\n"
    "    echo \"⁂ Stored 1 file\"\n"
    "    echo \"⁂ "
    "https://w3s.link/ipfs/bafybeiczsscdsbs7ffqz55asqdf3smv6klcw3gofszvwlyarci47bgf354\" ;;\n"
    "esac\n";
} // namespace

class TestWeb3Storage : public QObject
{
    Q_OBJECT
    QByteArray m_path;
    QTemporaryDir m_bin;

private slots:
    void initTestCase()
    {
        m_path = qgetenv("PATH");
        QFile script(m_bin.filePath(u"storacha"_s));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(kScript);
        script.close();
        QVERIFY(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                      QFileDevice::ExeOwner));
    }
    void cleanup() { qputenv("PATH", m_path); }

    void unavailableWithoutCli()
    {
        qputenv("PATH", QFile::encodeName(m_bin.filePath(u"nothing-here"_s)));
        Web3StorageAdapter w3;
        QVERIFY(Web3StorageAdapter::findCli().isEmpty());
        auto cred = await<void>([&](auto cb) { w3.testCredentials(cb); });
        QCOMPARE(cred.error().code, Error::Unsupported);
        for (const QString &fact :
             {u"2024-01-09"_s, u"2026-01-29"_s, u"2026-05-15"_s, u"store/add"_s})
            QVERIFY2(cred.error().message.contains(fact), why(cred).constData());
        auto pin = await<PinStatus>([&](auto cb) { w3.pin(kRoot, {}, {}, {}, cb); });
        QCOMPARE(pin.error().code, Error::Unsupported);
        QVERIFY(pin.error().message.contains(kRoot));
        auto list = await<PinList>([&](auto cb) { w3.list(PinFilter{}, cb); });
        QCOMPARE(list.error().code, Error::Unsupported);
        auto up = await<QString>([&](auto cb) { w3.uploadCar(u"/nonexistent.car"_s, {}, cb); });
        QCOMPARE(up.error().code, Error::Unsupported);
    }

    void cliUpload_data()
    {
        QTest::addColumn<QByteArray>("mode");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("code"); // 0 = success
        QTest::newRow("ok") << QByteArray("ok") << kRoot << 0;
        QTest::newRow("ok, no expectation") << QByteArray("ok") << QString() << 0;
        QTest::newRow("store/add removed") << QByteArray("fail") << kRoot << int(Error::Generic);
        QTest::newRow("other root") << QByteArray("other") << kRoot << int(Error::VerifyFailed);
    }
    void cliUpload()
    {
        QFETCH(QByteArray, mode);
        QFETCH(QString, expected);
        QFETCH(int, code);
        qputenv("PATH", QFile::encodeName(m_bin.path()) + ':' + m_path);
        qputenv("FAKE_STORACHA_MODE", mode);
        QCOMPARE(Web3StorageAdapter::findCli(), m_bin.filePath(u"storacha"_s));
        QTemporaryDir work;
        const QString car = work.filePath(u"trace.car"_s);
        QFile f(car);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not really a car");
        f.close();
        Web3StorageAdapter w3;
        QVERIFY(await<void>([&](auto cb) { w3.testCredentials(cb); }).ok());
        auto r = await<QString>([&](auto cb) { w3.uploadCar(car, expected, cb); });
        if (code == 0) {
            QVERIFY2(r.ok(), why(r).constData());
            QCOMPARE(*r, kRoot);
        } else {
            QVERIFY(!r.ok());
            QCOMPARE(int(r.error().code), code);
        }
        if (mode == "fail") {
            QVERIFY2(r.error().message.startsWith(
                         u"Storacha (storacha up) said: Error: failed store/add invocation"_s),
                     why(r).constData());
            QVERIFY(r.error().message.contains(u"exit code 1"_s));
        }
        QFile args(m_bin.filePath(u"args.txt"_s));
        QVERIFY(args.open(QIODevice::ReadOnly));
        QCOMPARE(args.readAll().trimmed(), QByteArray("up --car ") + QFile::encodeName(car));
    }

    void parseUp_data()
    {
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QString>("root");
        QTest::newRow("url") << QByteArray("⁂ https://w3s.link/ipfs/") + kRoot.toLatin1() << kRoot;
        QTest::newRow("bare, last wins")
            << QByteArray("QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn\n") + kRoot.toLatin1()
            << kRoot;
        QTest::newRow("none") << QByteArray("⁂ Stored 1 file\nbafynotacid") << QString();
    }
    void parseUp()
    {
        QFETCH(QByteArray, out);
        QFETCH(QString, root);
        auto r = Web3StorageAdapter::parseUpOutput(out);
        QCOMPARE(r.ok(), !root.isEmpty());
        if (r.ok())
            QCOMPARE(*r, root);
    }
};

QTEST_GUILESS_MAIN(TestWeb3Storage)
#include "tst_web3storage.moc"
