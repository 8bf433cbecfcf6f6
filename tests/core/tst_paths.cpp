#include "core/paths.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pt;

class TestPaths : public QObject
{
    Q_OBJECT
private slots:
    void rootOverrideHoldsEverythingWeWrite()
    {
        QTemporaryDir dir;
        qputenv("PHASIC_CACHE_DIR", "/elsewhere/cache");
        Paths::setRoot(dir.path());
        for (const QString &p : {Paths::configDir(), Paths::dataDir(), Paths::contentStoreDir(),
                                 Paths::runtimeDir(), Paths::pythonTracesDir(),
                                 Paths::pythonRegistryCopy(), Paths::pythonComputeCacheDir()})
            QVERIFY2(p.startsWith(dir.path() + u'/'), qPrintable(p));
        Paths::setRoot({});
        QCOMPARE(Paths::pythonComputeCacheDir(), QStringLiteral("/elsewhere/cache"));
        qunsetenv("PHASIC_CACHE_DIR");
        QVERIFY(Paths::pythonComputeCacheDir().endsWith(
            QStringLiteral("/.phasic_cache/parameterized_reward_compute")));
        QVERIFY(Paths::pythonTracesDir().endsWith(QStringLiteral("/.phasic_traces/traces")));
    }

    void ipfsPathFromEnvironment()
    {
        qputenv("IPFS_PATH", "/srv/ipfs");
        QCOMPARE(Paths::ipfsRepoDir(), QStringLiteral("/srv/ipfs"));
        qunsetenv("IPFS_PATH");
        QVERIFY(Paths::ipfsRepoDir().endsWith(QStringLiteral("/.ipfs")));
    }

    void safeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << QStringLiteral("coalescent_n5_theta1") << true;
        QTest::newRow("unicode") << QStringLiteral("kø-æøå.json") << true;
        QTest::newRow("dots inside") << QStringLiteral("a..b") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dot") << QStringLiteral(".") << false;
        QTest::newRow("dotdot") << QStringLiteral("..") << false;
        QTest::newRow("slash") << QStringLiteral("../x") << false;
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << false;
        QTest::newRow("backslash") << QStringLiteral("a\\b") << false;
        QTest::newRow("nul") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b"))
                             << false;
        QTest::newRow("newline") << QStringLiteral("a\nb") << false;
        QTest::newRow("drive") << QStringLiteral("C:evil") << false;
        QTest::newRow("long") << QString(256, u'a') << false;
        QTest::newRow("255") << QString(255, u'a') << true;
    }
    void safeNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        const Result<void> r = checkSafeName(name, QStringLiteral("test name"));
        QCOMPARE(r.ok(), ok);
        if (!ok) {
            QVERIFY(r.error().message.startsWith(QStringLiteral("test name \"")));
            QCOMPARE(r.error().code, Error::InvalidInput);
        }
    }
};

QTEST_GUILESS_MAIN(TestPaths)
#include "tst_paths.moc"
