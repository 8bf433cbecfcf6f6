// The CLI's registry commands, run as a user would: exit codes, messages, JSON output.
#include "tests/support/clirun.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    const pt::test::CliRun r = pt::test::runCli(args, 30000);
    return {r.code, r.outText(), r.errText()};
}

QString fixture(const QString &name)
{
    return pt::test::dataPath(u"registry/"_s + name);
}

} // namespace

class TestCmdRegistry : public QObject
{
    Q_OBJECT

private slots:
    void listBundledSnapshot()
    {
        // No --registry: the snapshot compiled into phasic_core as a Qt resource.
        const Run r = cli({u"list"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"the bundled snapshot: v2 registry"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"coal_n20_theta1"_s));
        QVERIFY(r.out.contains(u"3 of 3 entries"_s));
    }

    void listJson()
    {
        const Run r = cli({u"--json"_s, u"--registry"_s,
                           u"file://"_s + fixture(u"upstream/registry-d7430d6.json"_s), u"list"_s,
                           u"--sort"_s, u"vertices"_s, u"--desc"_s});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"count"_s).toInt(), 5);
        const QJsonArray entries = o.value(u"entries"_s).toArray();
        QCOMPARE(entries.at(0).toObject().value(u"id"_s).toString(), u"coalescent_n20_theta1"_s);
        QCOMPARE(entries.at(0).toObject().value(u"trace_vertices"_s).toInt(), 21);
        QCOMPARE(o.value(u"warnings"_s).toArray().size(), 3);
    }

    void search_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("text") << QStringList{u"n10"_s} << QStringList{u"coal_n10_theta1"_s};
        QTest::newRow("facets") << QStringList{u"--domain"_s, u"population-genetics"_s,
                                               u"--tag"_s,    u"kingman"_s,
                                               u"--kind"_s,   u"compute"_s,
                                               u"--params"_s, u"1:1"_s,
                                               u"--sort"_s,   u"size"_s}
                                << QStringList{u"coal_n5_theta1"_s, u"coal_n10_theta1"_s,
                                               u"coal_n20_theta1"_s};
        QTest::newRow("no match") << QStringList{u"--kind"_s, u"trace"_s} << QStringList();
        QTest::newRow("demo") << QStringList{u"demo"_s, u"--license"_s, u"mit"_s}
                              << QStringList{u"demo_two_step_chain"_s};
    }
    void search()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, ids);
        const Run r = cli(QStringList{u"--json"_s, u"--registry"_s,
                                      fixture(u"upstream/registry-62ab94c.json"_s), u"search"_s} +
                          args);
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QStringList got;
        for (const QJsonValue &v : o.value(u"entries"_s).toArray())
            got.append(v.toObject().value(u"id"_s).toString());
        QCOMPARE(got, ids);
        QVERIFY(o.contains(u"facets"_s));
    }

    void show()
    {
        const Run text = cli({u"--registry"_s, fixture(u"upstream/registry-d7430d6.json"_s),
                              u"show"_s, u"coalescent_n5_theta1"_s});
        QCOMPARE(text.code, 0);
        QVERIFY(
            text.out.contains(u"vertices:      5 (counts transient states; the trace holds 6)"_s));
        QVERIFY(text.out.contains(
            u"-> QmStRuZZVvHNGjcgxPPy7rRMxVzhRmuTgpQ2oPLBJiHEXg/trace.json.gz"_s));
        QVERIFY(text.out.contains(u"is not a valid CID"_s));

        const Run json =
            cli({u"--json"_s, u"--registry"_s, fixture(u"upstream/registry-62ab94c.json"_s),
                 u"show"_s, u"coal_n5_theta1"_s});
        QCOMPARE(json.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        const QJsonObject content = o.value(u"content"_s).toObject();
        QCOMPARE(content.value(u"parent"_s).toObject().value(u"location"_s).toString(), u"path"_s);
        QCOMPARE(content.value(u"scc"_s).toArray().size(), 11);
        QCOMPARE(o.value(u"raw"_s).toObject().value(u"graph_hash"_s).toString().size(), 64);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString d7430d6 = fixture(u"upstream/registry-d7430d6.json"_s);
        QTest::newRow("unknown id")
            << QStringList{u"--registry"_s, d7430d6, u"show"_s, u"nope"_s} << 3
            << u"no entry 'nope' in registry %1; try `search`"_s.arg(d7430d6);
        QTest::newRow("bad params")
            << QStringList{u"search"_s, u"--params"_s, u"3:1"_s} << 2 << u"--params 3:1"_s;
        QTest::newRow("bad kind") << QStringList{u"search"_s, u"--kind"_s, u"blob"_s} << 2
                                  << u"--kind blob: expected trace or compute"_s;
        QTest::newRow("bad sort") << QStringList{u"list"_s, u"--sort"_s, u"colour"_s} << 2
                                  << u"--sort colour"_s;
        QTest::newRow("show without id") << QStringList{u"show"_s} << 2 << u"exactly one ID"_s;
        const QString bad = fixture(u"bad/param-length-string.json"_s);
        QTest::newRow("bad registry")
            << QStringList{u"--registry"_s, bad, u"list"_s} << 1
            << bad + u": traces.coalescent_n5.metadata.param_length: expected a number, got "
                     "\"two\" (line 7)"_s;
        QTest::newRow("unsafe id")
            << QStringList{u"--registry"_s, fixture(u"bad/unsafe-id.json"_s), u"list"_s} << 1
            << u"unsafe id \"../../etc\""_s;
        QTest::newRow("missing file")
            << QStringList{u"--registry"_s, u"/nonexistent/registry.json"_s, u"list"_s} << 1
            << u"cannot read registry /nonexistent/registry.json"_s;
        // http(s) registries are fetched by RegistrySource (tests/fetch/tst_registry_download);
        // here only a scheme nobody serves, so the test never leaves the machine.
        QTest::newRow("unsupported scheme")
            << QStringList{u"--registry"_s, u"ftp://example.org/registry.json"_s, u"list"_s} << 2
            << u"only https://, http://, file:// and ipfs://"_s;
        // A location that does not parse is what the user typed, whatever the command.
        QTest::newRow("ipfs location without a CID")
            << QStringList{u"--registry"_s, u"ipfs://not-a-cid/registry.json"_s, u"show"_s, u"x"_s}
            << 2 << u"registry location ipfs://not-a-cid/registry.json"_s;
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCmdRegistry)
#include "tst_cmdregistry.moc"
