// The CLI of registry health, run as a real process against gateways on 127.0.0.1:
// `get --collection` (every trace, verified, with a summary), `health --json` (the documented
// shape; an honest and a 404 gateway), `health --cached`, `mirror --dry-run`, and `mirror --to
// daemon` against the real js-ipfs node (one pin made, one failing, the resumed run).
#include "core/ipfs/importer.h"
#include "core/ipfs/multihash.h"
#include "tests/support/clirun.h"
#include "tests/support/fakegateway.h"
#include "tests/support/ipfsnode.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pt;
using pt::test::FakeGateway;

class TestCliCollection : public QObject
{
    Q_OBJECT

    ipfs::MemoryBlockStore m_blocks;
    QTemporaryDir m_tmp;
    QString m_registry; // file:// URL
    QHash<QString, QByteArray> m_traces;
    QHash<QString, QString> m_cids;

    using Run = test::CliRun;
    // Runs the CLI while this thread's event loop keeps serving the gateway.
    static Run run(const QStringList &args, int timeoutMs = 60000)
    {
        return test::runCli(args, timeoutMs);
    }
    QStringList base(const QList<QUrl> &gateways, const QString &cache) const
    {
        QStringList a{QStringLiteral("--registry"), m_registry, QStringLiteral("--no-daemon"),
                      QStringLiteral("--cache-dir"), cache};
        for (const QUrl &g : gateways)
            a << QStringLiteral("--gateway") << g.toString();
        return a;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(test::cliPath()).isExecutable(), "build phasic-traces-cli first");
        // Two of upstream's entries made real: packages imported here, CIDs and checksums set.
        QJsonObject o =
            QJsonDocument::fromJson(test::readData(QStringLiteral("registry/upstream/"
                                                                  "registry-63ca9be.json")))
                .object();
        QJsonObject traces = o.value(QStringLiteral("traces")).toObject();
        QJsonObject kept;
        ipfs::Importer importer(ipfs::ImportProfile::kuboV0(), &m_blocks);
        for (const QString &id :
             {QStringLiteral("coalescent_n3_theta1"), QStringLiteral("coalescent_n5_theta1")}) {
            const QByteArray trace = test::chacha20Keystream(id.toUtf8(), 200 * 1024);
            Result<ipfs::ImportedNode> t = importer.importBytes(trace);
            Result<ipfs::ImportedNode> m = importer.importBytes("{\"model_type\": \"x\"}\n");
            QVERIFY(t.ok() && m.ok());
            Result<ipfs::ImportedNode> dir =
                importer.buildDirectory({{QByteArrayLiteral("trace.json.gz"), *t},
                                         {QByteArrayLiteral("metadata.json"), *m}});
            QVERIFY(dir.ok());
            QJsonObject e = traces.value(id).toObject();
            e.insert(QStringLiteral("cid"), dir->cid.toString());
            e.insert(QStringLiteral("checksum"),
                     QString(QStringLiteral("sha256:") +
                             QString::fromLatin1(ipfs::sha256(trace).toHex())));
            kept.insert(id, e);
            m_traces.insert(id, trace);
            m_cids.insert(id, dir->cid.toString());
        }
        o.insert(QStringLiteral("traces"), kept);
        QJsonObject collections;
        collections.insert(
            QStringLiteral("small"),
            QJsonObject{
                {QStringLiteral("description"), QStringLiteral("two small ones")},
                {QStringLiteral("traces"), QJsonArray{QStringLiteral("coalescent_n3_theta1"),
                                                      QStringLiteral("coalescent_n5_theta1")}}});
        o.insert(QStringLiteral("collections"), collections);
        const QString path = m_tmp.filePath(QStringLiteral("registry.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(o).toJson());
        f.close();
        m_registry = QUrl::fromLocalFile(path).toString();
    }

    void getCollection()
    {
        FakeGateway gw(&m_blocks);
        const QUrl url = gw.start();
        const QString cache = m_tmp.filePath(QStringLiteral("get-cache"));
        const QString to = m_tmp.filePath(QStringLiteral("copies"));
        Run r = run(base({url}, cache) +
                    QStringList{QStringLiteral("--json"), QStringLiteral("get"),
                                QStringLiteral("--collection"), QStringLiteral("small"),
                                QStringLiteral("--to"), to});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QStringLiteral("collection")).toString(), QStringLiteral("small"));
        QCOMPARE(summary.value(QStringLiteral("ok")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(summary.value(QStringLiteral("failed")).toArray().size(), 0);
        QCOMPARE(summary.value(QStringLiteral("entries")).toArray().size(), 2);
        for (auto it = m_traces.constBegin(); it != m_traces.constEnd(); ++it) {
            // In the shared cache (the Python library's place) and in the copy folder.
            QFile cached(cache + QStringLiteral("/phasic_traces/traces/") + it.key() +
                         QStringLiteral("/trace.json.gz"));
            QVERIFY2(cached.open(QIODevice::ReadOnly), qPrintable(cached.fileName()));
            QCOMPARE(cached.readAll(), it.value());
            QFile copy(to + u'/' + it.key() + QStringLiteral("/trace.json.gz"));
            QVERIFY2(copy.open(QIODevice::ReadOnly), qPrintable(copy.fileName()));
            QCOMPARE(copy.readAll(), it.value());
        }

        // The text summary; a gateway that has nothing: both fail, the run says which.
        Run text = run(base({url}, cache) + QStringList{QStringLiteral("get"),
                                                        QStringLiteral("--collection"),
                                                        QStringLiteral("small")});
        QCOMPARE(text.code, 0);
        QVERIFY2(text.out.contains("collection small: 2 of 2 entries downloaded and verified"),
                 text.out.constData());
        gw.setFault(FakeGateway::Fault::NotFound);
        Run down = run(base({url}, m_tmp.filePath(QStringLiteral("empty"))) +
                       QStringList{QStringLiteral("get"), QStringLiteral("--collection"),
                                   QStringLiteral("small")});
        QVERIFY2(down.code == 3 || down.code == 5, down.err.constData());
        QVERIFY2(down.out.contains("0 of 2 entries") &&
                     down.out.contains("failed: coalescent_n3_theta1, coalescent_n5_theta1"),
                 down.out.constData());

        Run unknown = run(base({url}, cache) + QStringList{QStringLiteral("get"),
                                                           QStringLiteral("--collection"),
                                                           QStringLiteral("nope")});
        QCOMPARE(unknown.code, 3);
        QVERIFY2(unknown.err.contains("small"), unknown.err.constData()); // lists what exists
        Run both = run(base({url}, cache) +
                       QStringList{QStringLiteral("get"), QStringLiteral("coalescent_n3_theta1"),
                                   QStringLiteral("--collection"), QStringLiteral("small")});
        QCOMPARE(both.code, 2);
    }

    void healthJsonShape()
    {
        FakeGateway good(&m_blocks), missing(&m_blocks);
        const QUrl goodUrl = good.start(), missingUrl = missing.start();
        missing.setFault(FakeGateway::Fault::NotFound);
        const QString cache = m_tmp.filePath(QStringLiteral("health-cache"));
        Run r = run(base({goodUrl, missingUrl}, cache) +
                    QStringList{QStringLiteral("--json"), QStringLiteral("health"),
                                QStringLiteral("--all"), QStringLiteral("--interval"),
                                QStringLiteral("0")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        QVERIFY(doc.isArray());
        const QJsonArray list = doc.array();
        QCOMPARE(list.size(), 2);
        for (const QJsonValue &v : list) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.keys(), (QStringList{QStringLiteral("cid"), QStringLiteral("id"),
                                            QStringLiteral("sources")}));
            QCOMPARE(o.value(QStringLiteral("cid")).toString(),
                     m_cids.value(o.value(QStringLiteral("id")).toString()));
            const QJsonArray sources = o.value(QStringLiteral("sources")).toArray();
            QCOMPARE(sources.size(), 2);
            for (const QJsonValue &sv : sources) {
                const QJsonObject s = sv.toObject();
                QCOMPARE(s.keys(),
                         (QStringList{QStringLiteral("available"), QStringLiteral("error"),
                                      QStringLiteral("latency_ms"), QStringLiteral("source")}));
                QVERIFY(s.value(QStringLiteral("available")).isBool());
                QVERIFY(s.value(QStringLiteral("latency_ms")).toInteger(-1) >= 0);
            }
            const QJsonObject first = sources.at(0).toObject();
            QCOMPARE(first.value(QStringLiteral("source")).toString(), goodUrl.toString());
            QCOMPARE(first.value(QStringLiteral("available")).toBool(), true);
            QVERIFY(first.value(QStringLiteral("error")).isNull());
            const QJsonObject second = sources.at(1).toObject();
            QCOMPARE(second.value(QStringLiteral("source")).toString(), missingUrl.toString());
            QCOMPARE(second.value(QStringLiteral("available")).toBool(), false);
            QVERIFY(
                second.value(QStringLiteral("error")).toString().contains(QLatin1String("404")));
        }

        // Kept for later: --cached asks nobody.
        const qsizetype seen = good.requests().size();
        Run cached = run(base({goodUrl, missingUrl}, cache) +
                         QStringList{QStringLiteral("health"), QStringLiteral("--cached"),
                                     QStringLiteral("coalescent_n5_theta1")});
        QCOMPARE(cached.code, 0);
        QVERIFY2(cached.out.contains("available on 1 of 2 gateways"), cached.out.constData());
        QVERIFY(cached.out.contains("[checked "));
        QCOMPARE(good.requests().size(), seen);

        // Available nowhere: exit code 5.
        good.setFault(FakeGateway::Fault::WrongBytes);
        Run lying = run(base({goodUrl}, cache) + QStringList{QStringLiteral("health"),
                                                             QStringLiteral("--collection"),
                                                             QStringLiteral("small")});
        QCOMPARE(lying.code, 5);
        QVERIFY2(lying.out.contains("do not match"), lying.out.constData());
        QVERIFY(lying.out.contains("2 CIDs checked, 2 available nowhere"));
    }

    void mirrorDryRun()
    {
        const QString cache = m_tmp.filePath(QStringLiteral("mirror-cache"));
        Run r = run(base({}, cache) +
                    QStringList{QStringLiteral("--json"), QStringLiteral("mirror"),
                                QStringLiteral("--to"), QStringLiteral("pinata"),
                                QStringLiteral("--collection"), QStringLiteral("small"),
                                QStringLiteral("--dry-run")});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("target")).toString(), QStringLiteral("pinata"));
        const QJsonArray list = o.value(QStringLiteral("items")).toArray();
        QCOMPARE(list.size(), 2);
        QStringList cids;
        for (const QJsonValue &v : list) {
            cids << v.toObject().value(QStringLiteral("cid")).toString();
            QCOMPARE(v.toObject().value(QStringLiteral("done_earlier")).toBool(), false);
        }
        QVERIFY(cids.contains(m_cids.value(QStringLiteral("coalescent_n3_theta1"))));
        QVERIFY(o.value(QStringLiteral("state")).toString().startsWith(cache));
        Run bad = run(base({}, cache) + QStringList{QStringLiteral("mirror"),
                                                    QStringLiteral("--to"), QStringLiteral("ftp")});
        QCOMPARE(bad.code, 2);
    }
    void mirrorToRealNode()
    {
        if (!test::IpfsNode::available())
            QSKIP(qPrintable(test::IpfsNode::unavailableReason()));
        test::IpfsNode node;
        QVERIFY2(node.start(), qPrintable(node.errorString()));
        QUrlQuery noPin;
        noPin.addQueryItem(QStringLiteral("pin"), QStringLiteral("false"));
        const QByteArray parent = test::chacha20Keystream("cli-mirror", 400 * 1024);
        QString error;
        const QString parentCid = node.add(parent, QStringLiteral("p.bin"), noPin, &error);
        QVERIFY2(!parentCid.isEmpty(), qPrintable(error));
        const QString absent =
            ipfs::Cid::forBlock(1, ipfs::Codec::Raw, QByteArrayLiteral("nobody")).toString();
        // A v2 entry whose artifacts are CIDs: the parent on the node, one SCC nowhere.
        const QString hash = QString::fromLatin1(ipfs::sha256("g").toHex());
        const QByteArray reg =
            QStringLiteral(R"({"version": "2.0", "format": "ptd_pcg", "computes": {"demo": {
  "graph_hash": "%1", "format_revision": 2,
  "artifacts": {"parent": {"cid_or_path": "%2", "sha256": "%3", "size_bytes": %4},
                "scc": [{"cid_or_path": "%5", "scc_hash": "%1", "sha256": "%1", "size_bytes": 6}]},
  "metadata": {"description": "d", "author": "t", "license": "MIT", "vertices": 3,
               "param_length": 1, "domain": "test", "model_type": "demo", "tags": []}}}})")
                .arg(hash, parentCid, QString::fromLatin1(ipfs::sha256(parent).toHex()))
                .arg(parent.size())
                .arg(absent)
                .toUtf8();
        const QString regPath = m_tmp.filePath(QStringLiteral("v2.json"));
        QFile f(regPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(reg);
        f.close();
        const QString cache = m_tmp.filePath(QStringLiteral("node-cache"));
        const QStringList args{
            QStringLiteral("--registry"),  QUrl::fromLocalFile(regPath).toString(),
            QStringLiteral("--cache-dir"), cache,
            QStringLiteral("--ipfs-api"),  node.apiMultiaddr(),
            QStringLiteral("--json"),      QStringLiteral("mirror"),
            QStringLiteral("--to"),        QStringLiteral("daemon"),
            QStringLiteral("--timeout"),   QStringLiteral("3")};
        Run first = run(args, 90000);
        QCOMPARE(first.code, 1); // one pin failed
        QJsonObject o = QJsonDocument::fromJson(first.out).object();
        QCOMPARE(o.value(QStringLiteral("total")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("pinned")).toInt(), 1);
        QJsonArray failed = o.value(QStringLiteral("failed")).toArray();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().toObject().value(QStringLiteral("cid")).toString(), absent);
        QCOMPARE(failed.first().toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("demo"));
        QVERIFY(!failed.first().toObject().value(QStringLiteral("error")).toString().isEmpty());
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("arg"), parentCid);
        QCOMPARE(node.rpc(QStringLiteral("pin/ls"), q).status, 200);

        Run second = run(args, 90000);
        QCOMPARE(second.code, 1);
        o = QJsonDocument::fromJson(second.out).object();
        QCOMPARE(o.value(QStringLiteral("done_earlier")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("pinned")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("failed")).toArray().size(), 1);

        Run dry = run(args + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(dry.code, 0);
        const QJsonArray items =
            QJsonDocument::fromJson(dry.out).object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 2);
        for (const QJsonValue &v : items)
            QCOMPARE(v.toObject().value(QStringLiteral("done_earlier")).toBool(),
                     v.toObject().value(QStringLiteral("cid")).toString() == parentCid);
    }
    // SIGKILL while a pin is in flight: the pins finished before are in the state file (never a
    // torn one) and the next run does not ask for them again.
    void mirrorKilledMidRunResumes()
    {
        if (!test::IpfsNode::available())
            QSKIP(qPrintable(test::IpfsNode::unavailableReason()));
        test::IpfsNode node;
        QVERIFY2(node.start(), qPrintable(node.errorString()));
        QUrlQuery noPin;
        noPin.addQueryItem(QStringLiteral("pin"), QStringLiteral("false"));
        QString error;
        const QString a = node.add(test::chacha20Keystream("kill-a", 300 * 1024),
                                   QStringLiteral("a.bin"), noPin, &error);
        const QString b = node.add(test::chacha20Keystream("kill-b", 300 * 1024),
                                   QStringLiteral("b.bin"), noPin, &error);
        QVERIFY2(!a.isEmpty() && !b.isEmpty(), qPrintable(error));
        const QString absent =
            ipfs::Cid::forBlock(1, ipfs::Codec::Raw, QByteArrayLiteral("kill-absent")).toString();
        const QString hash = QString::fromLatin1(ipfs::sha256("k").toHex());
        // Pinned in this order, one at a time: a (quick), absent (waits for its timeout), b.
        const QByteArray reg =
            QStringLiteral(R"({"version": "2.0", "format": "ptd_pcg", "computes": {"k": {
  "graph_hash": "%1", "format_revision": 2,
  "artifacts": {"parent": {"cid_or_path": "%2", "sha256": "%1", "size_bytes": 1},
                "scc": [{"cid_or_path": "%3", "scc_hash": "%1", "sha256": "%1", "size_bytes": 1},
                        {"cid_or_path": "%4", "scc_hash": "%1", "sha256": "%1", "size_bytes": 1}]},
  "metadata": {"description": "d", "author": "t", "license": "MIT", "vertices": 3,
               "param_length": 1, "domain": "test", "model_type": "demo", "tags": []}}}})")
                .arg(hash, a, absent, b)
                .toUtf8();
        const QString regPath = m_tmp.filePath(QStringLiteral("kill.json"));
        QFile f(regPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(reg);
        f.close();
        const QString cache = m_tmp.filePath(QStringLiteral("kill-cache"));
        const QString statePath = cache + QStringLiteral("/data/mirror/daemon.json");
        const QStringList args{
            QStringLiteral("--registry"),    QUrl::fromLocalFile(regPath).toString(),
            QStringLiteral("--cache-dir"),   cache,
            QStringLiteral("--ipfs-api"),    node.apiMultiaddr(),
            QStringLiteral("--json"),        QStringLiteral("mirror"),
            QStringLiteral("--concurrency"), QStringLiteral("1"),
            QStringLiteral("--timeout"),     QStringLiteral("8")};
        auto stateText = [&statePath] {
            QFile s(statePath);
            return s.open(QIODevice::ReadOnly) ? s.readAll() : QByteArray();
        };
        QProcess p;
        p.start(test::cliPath(), args);
        QVERIFY(p.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(stateText().contains(a.toUtf8()), 30000);
        QTest::qWait(300); // now waiting for the absent CID
        QCOMPARE(p.state(), QProcess::Running);
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        const QJsonObject state = QJsonDocument::fromJson(stateText()).object();
        QCOMPARE(state.value(QStringLiteral("pins")).toObject().keys(), QStringList{a});

        QStringList resumed = args;
        resumed.replace(resumed.indexOf(QStringLiteral("8")), QStringLiteral("2"));
        Run again = run(resumed, 90000);
        QCOMPARE(again.code, 1);
        const QJsonObject o = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(o.value(QStringLiteral("done_earlier")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("pinned")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("failed")).toArray().size(), 1);
        QCOMPARE(o.value(QStringLiteral("failed"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("cid")),
                 QJsonValue(absent));
    }
};

QTEST_GUILESS_MAIN(TestCliCollection)
#include "tst_cli_collection.moc"
