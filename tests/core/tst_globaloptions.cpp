// The global options shared by the CLI and the GUI (core/globaloptions.h): one parser for
// both, the same errors, the same rules for laying them over the settings.
#include "core/fetch/fetchconfig.h"
#include "core/globaloptions.h"
#include "core/paths.h"

#include <QCommandLineParser>
#include <QTemporaryDir>
#include <QTest>

using namespace pt;
using namespace Qt::StringLiterals;

class TestGlobalOptions : public QObject
{
    Q_OBJECT
private slots:
    void extractAnywhere()
    {
        QStringList args = {u"get"_s,
                            u"--gateway"_s,
                            u"https://a.example"_s,
                            u"id1"_s,
                            u"--json"_s,
                            u"--gateway=https://b.example"_s,
                            u"--registry"_s,
                            u"file:///r.json"_s,
                            u"--no-daemon"_s,
                            u"--ipfs-api=/ip4/127.0.0.1/tcp/5001"_s,
                            u"--ipfs-bin"_s,
                            u"/bin/ipfs"_s,
                            u"--cache-dir"_s,
                            u"/tmp/c"_s,
                            u"--to"_s,
                            u"d"_s};
        const Result<GlobalOptions> g = GlobalOptions::extract(args);
        QVERIFY(g.ok());
        QCOMPARE(args, (QStringList{u"get"_s, u"id1"_s, u"--to"_s, u"d"_s}));
        QCOMPARE(g->gateways, (QStringList{u"https://a.example"_s, u"https://b.example"_s}));
        QCOMPARE(g->registry, u"file:///r.json"_s);
        QVERIFY(g->noDaemon);
        QVERIFY(g->json);
        QCOMPARE(g->ipfsApi, u"/ip4/127.0.0.1/tcp/5001"_s);
        QCOMPARE(g->ipfsBin, u"/bin/ipfs"_s);
        QCOMPARE(g->cacheDir, u"/tmp/c"_s);
        QCOMPARE(g->setOptionNames(),
                 (QStringList{u"--json"_s, u"--registry"_s, u"--gateway"_s, u"--no-daemon"_s,
                              u"--ipfs-api"_s, u"--ipfs-bin"_s, u"--cache-dir"_s}));
    }

    void afterDoubleDashIsPositional()
    {
        QStringList args = {u"x"_s, u"--"_s, u"--registry"_s, u"r"_s};
        const Result<GlobalOptions> g = GlobalOptions::extract(args);
        QVERIFY(g.ok());
        QVERIFY(g->registry.isEmpty());
        QCOMPARE(args, (QStringList{u"x"_s, u"--"_s, u"--registry"_s, u"r"_s}));
    }

    void missingValue_data()
    {
        QTest::addColumn<QString>("option");
        for (const char *o : {"--registry", "--gateway", "--ipfs-api", "--ipfs-bin", "--cache-dir"})
            QTest::newRow(o) << QString::fromLatin1(o);
    }
    void missingValue()
    {
        QFETCH(QString, option);
        for (const bool gui : {false, true}) {
            QStringList args = {u"list"_s, option};
            const Result<GlobalOptions> g = GlobalOptions::extract(args, gui);
            QVERIFY(!g.ok());
            QCOMPARE(g.error().code, Error::InvalidInput);
            QCOMPARE(g.error().message, u"option %1 needs a value"_s.arg(option));
        }
    }

    // --json is the CLI's: the GUI leaves it to its own parser (which rejects it).
    void jsonIsCliOnly()
    {
        QStringList args = {u"--json"_s, u"--no-daemon"_s};
        const Result<GlobalOptions> g = GlobalOptions::extract(args, /*gui=*/true);
        QVERIFY(g.ok());
        QVERIFY(!g->json);
        QVERIFY(g->noDaemon);
        QCOMPARE(args, QStringList{u"--json"_s});
    }

    // The GUI's --help lists exactly the options extract() understands.
    void helpListsEveryOption()
    {
        QCommandLineParser parser;
        GlobalOptions::addHelpTo(parser, /*gui=*/true);
        const QString help = parser.helpText();
        for (const GlobalOptions::Definition &d : GlobalOptions::definitions()) {
            const QString name = u"--"_s + QLatin1String(d.name);
            QCOMPARE(help.contains(name), !d.cliOnly);
            QVERIFY(GlobalOptions::summary().contains(name));
        }
        QVERIFY(GlobalOptions::summary().contains(u"--gateway URL (repeatable)"_s));
        QVERIFY(!GlobalOptions::summary(/*gui=*/true).contains(u"--json"_s));
    }

    void applyToSources()
    {
        fetch::SourceOptions fromSettings;
        fromSettings.gateways = {u"https://configured.example"_s};
        fromSettings.ipfsApi = u"/ip4/127.0.0.1/tcp/5001"_s;
        fromSettings.useDaemon = true;

        fetch::SourceOptions same = fromSettings;
        GlobalOptions{}.applyTo(same); // nothing on the command line: the settings stand
        QCOMPARE(same.gateways, fromSettings.gateways);
        QCOMPARE(same.ipfsApi, fromSettings.ipfsApi);
        QVERIFY(same.useDaemon);

        GlobalOptions g;
        g.gateways = {u"https://cli.example"_s};
        g.noDaemon = true;
        g.ipfsApi = u"http://127.0.0.1:5002"_s;
        fetch::SourceOptions over = fromSettings;
        g.applyTo(over);
        QCOMPARE(over.gateways, g.gateways);
        QCOMPARE(over.ipfsApi, g.ipfsApi);
        QVERIFY(!over.useDaemon);
    }

    void applyPathsMakesRootAbsolute()
    {
        QTemporaryDir dir;
        QVERIFY(QDir::setCurrent(dir.path()));
        GlobalOptions g;
        g.cacheDir = u"rel"_s;
        g.applyPaths();
        QCOMPARE(Paths::root(), QDir(dir.path()).absoluteFilePath(u"rel"_s));
        QVERIFY(Paths::configDir().startsWith(Paths::root()));
        Paths::setRoot({});
    }
};

QTEST_GUILESS_MAIN(TestGlobalOptions)
#include "tst_globaloptions.moc"
