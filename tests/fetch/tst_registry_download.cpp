// The registry source (conditional GET, last good copy, snapshot, ipfs://) and `get` of v1
// and v2 entries through the CLI, all against HTTP on 127.0.0.1.
#include "core/ipfs/cid.h"
#include "core/ipfs/importer.h"
#include "core/ipfs/multihash.h"
#include "core/paths.h"
#include "core/registry/registrysource.h"
#include "tests/support/fakegateway.h"
#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pt;
using namespace Qt::StringLiterals;
using pt::test::FakeGateway;

class TestRegistryDownload : public QObject
{
    Q_OBJECT

    ipfs::MemoryBlockStore m_blocks;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_tmp;

    static QString cli() { return QStringLiteral(PT_BINARY_DIR "/app/phasic-traces-cli"); }

    registry::RegistrySource *update(registry::RegistrySource &source)
    {
        source.update();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!source.isRunning(), 20000); }();
        return &source;
    }

    struct Run
    {
        int code = -1;
        QByteArray out, err;
    };
    Run run(const QStringList &args)
    {
        QProcess p;
        p.start(cli(), args);
        Run r;
        if (!p.waitForStarted())
            return r;
        [&] { QTRY_VERIFY_WITH_TIMEOUT(p.state() == QProcess::NotRunning, 60000); }();
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    // A v2 registry whose artifacts are repository paths beside registry.json.
    static QByteArray v2Registry(const QByteArray &parent, const QByteArray &scc,
                                 const QString &parentSha)
    {
        const QString hash = QString::fromLatin1(ipfs::sha256("graph").toHex());
        const QString sccHash = QString::fromLatin1(ipfs::sha256("scc").toHex());
        return QStringLiteral(R"({
  "version": "2.0",
  "format": "ptd_pcg",
  "computes": {
    "demo": {
      "graph_hash": "%1",
      "format_revision": 2,
      "artifacts": {
        "parent": {"cid_or_path": "artifacts/%1.bin", "sha256": "%3", "size_bytes": %5},
        "scc": [{"cid_or_path": "artifacts/scc_%2.bin", "scc_hash": "%2", "sha256": "%4", "size_bytes": %6}]
      },
      "metadata": {"description": "demo", "author": "t", "license": "MIT", "vertices": 3, "param_length": 1,
                   "domain": "test", "model_type": "demo", "tags": []}
    }
  }
}
)")
            .arg(hash, sccHash, parentSha, QString::fromLatin1(ipfs::sha256(scc).toHex()))
            .arg(parent.size())
            .arg(scc.size())
            .toUtf8();
    }

private slots:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        Paths::setRoot(m_tmp->filePath(QStringLiteral("cache")));
    }
    void cleanup() { Paths::setRoot({}); }

    void freshThenNotModifiedThenLastGood()
    {
        FakeGateway server(&m_blocks);
        const QUrl base = server.start();
        const QByteArray good = test::readData(QStringLiteral("registry/upstream/registry.json"));
        server.addFile(QStringLiteral("registry.json"), good);
        const QUrl url(base.toString() + QStringLiteral("/files/registry.json"));

        registry::RegistrySource source(url, &m_nam);
        update(source);
        QVERIFY2(source.result().ok(), qPrintable(source.result().error().message));
        QCOMPARE(source.status().freshness, registry::RegistryStatus::Freshness::Fresh);
        QCOMPARE(source.result()->registry.entries.size(), 3);
        QVERIFY(QFile::exists(source.cachePath()));

        update(source); // same bytes: the server answers 304 to our ETag
        QCOMPARE(source.status().freshness, registry::RegistryStatus::Freshness::NotModified);
        QCOMPARE(source.result()->registry.entries.size(), 3);

        server.addFile(QStringLiteral("registry.json"), good.left(good.size() / 2)); // truncated
        update(source);
        QCOMPARE(source.status().freshness, registry::RegistryStatus::Freshness::LastGood);
        QVERIFY2(source.status().message.contains(QStringLiteral("is not valid")),
                 qPrintable(source.status().message));
        QVERIFY(source.status().message.contains(QStringLiteral("last good copy")));
        QCOMPARE(source.result()->registry.entries.size(), 3);

        server.addFile(QStringLiteral("registry.json"),
                       QByteArrayLiteral(
                           R"({"version": "2.0", "format": "ptd_pcg", "computes": {"../x": {}}})"));
        update(source);
        QCOMPARE(source.status().freshness, registry::RegistryStatus::Freshness::LastGood);
        QCOMPARE(source.result()->registry.entries.size(), 3);

        server.setFault(FakeGateway::Fault::ServerError);
        update(source);
        QCOMPARE(source.status().freshness, registry::RegistryStatus::Freshness::LastGood);
        QVERIFY2(source.status().message.contains(QStringLiteral("cannot download")),
                 qPrintable(source.status().message));
        // The copy on disk is still the good one.
        QFile copy(source.cachePath());
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), good);
    }

    void snapshotWhenNothingWasEverDownloaded()
    {
        FakeGateway server(&m_blocks);
        server.setFault(FakeGateway::Fault::NotFound);
        registry::RegistrySource source(
            QUrl(server.start().toString() + QStringLiteral("/files/registry.json")), &m_nam);
        update(source);
        QVERIFY(source.result().ok());
        QCOMPARE(source.status().freshness, registry::RegistryStatus::Freshness::Snapshot);
        QVERIFY(source.status().message.contains(QStringLiteral("snapshot bundled")));
        QVERIFY(source.result()->registry.entries.size() >= 3);
    }

    // ipfs:// locations: QUrl lowercases hosts, so a base58 CIDv0 would be corrupted; the
    // location is kept as the CIDv1 (base32) of the same content instead.
    void ipfsLocationKeepsItsCid()
    {
        const QString v0 = QStringLiteral("QmPZ9gcCEpqKTo6aq61g2nXGUhM4iCL3ewB6LDXZCtioEB");
        Result<QUrl> url = registry::parseRegistryLocation(u"ipfs://"_s + v0 + u"/registry.json"_s);
        QVERIFY2(url.ok(), qPrintable(url.error().message));
        Result<ipfs::Cid> cid = ipfs::Cid::parse(url->host());
        QVERIFY2(cid.ok(), qPrintable(url->toString()));
        QCOMPARE(*cid, ipfs::Cid::parse(v0)->toV1());
        QCOMPARE(url->path(), u"/registry.json"_s);
        QVERIFY(!registry::parseRegistryLocation(u"ipfs://Qmnotacid/registry.json"_s).ok());
    }

    // A list of locations: the first that delivers a valid registry wins; a broken mirror is
    // skipped with its reason; when all fail, the newest last good copy of any is used.
    void mirrorList()
    {
        const QByteArray good = test::readData(QStringLiteral("registry/upstream/registry.json"));
        const QByteArray other =
            test::readData(QStringLiteral("registry/upstream/registry-63ca9be.json"));
        FakeGateway down(&m_blocks), bad(&m_blocks), mirror(&m_blocks);
        const QUrl downUrl(down.start().toString() + QStringLiteral("/files/registry.json"));
        const QUrl badUrl(bad.start().toString() + QStringLiteral("/files/registry.json"));
        const QUrl mirrorUrl(mirror.start().toString() + QStringLiteral("/files/registry.json"));
        down.setFault(FakeGateway::Fault::ServerError);
        bad.addFile(QStringLiteral("registry.json"), good.left(good.size() / 3));
        mirror.addFile(QStringLiteral("registry.json"), good);

        Result<QList<QUrl>> urls = registry::parseRegistryLocations(
            {downUrl.toString(), QString(), badUrl.toString(), mirrorUrl.toString()});
        QVERIFY2(urls.ok(), qPrintable(urls.error().message));
        QCOMPARE(urls->size(), 3);
        QVERIFY(!registry::parseRegistryLocations({QStringLiteral("ftp://x/registry.json")}).ok());
        QCOMPARE(*registry::parseRegistryLocations({}),
                 QList<QUrl>{registry::defaultRegistryUrl()});

        registry::RegistrySource source(*urls, &m_nam);
        QCOMPARE(source.url(), downUrl);
        update(source);
        QVERIFY2(source.result().ok(), qPrintable(source.result().error().message));
        QCOMPARE(source.status().freshness, registry::RegistryStatus::Freshness::Fresh);
        QCOMPARE(source.url(), mirrorUrl);
        QCOMPARE(source.result()->registry.entries.size(), 3);
        QVERIFY(QFile::exists(source.cachePathFor(mirrorUrl)));
        QVERIFY(!QFile::exists(source.cachePathFor(badUrl))); // a bad file is never kept

        // The first location recovers with another registry: it wins again.
        down.setFault(FakeGateway::Fault::None);
        down.addFile(QStringLiteral("registry.json"), other);
        update(source);
        QCOMPARE(source.status().freshness, registry::RegistryStatus::Freshness::Fresh);
        QCOMPARE(source.url(), downUrl);
        QCOMPARE(source.result()->registry.formatVersion, 1);
        const qsizetype otherEntries = source.result()->registry.entries.size();

        // Everything fails: the newest last good copy (the first location's), with every
        // location's reason.
        down.setFault(FakeGateway::Fault::ServerError);
        mirror.setFault(FakeGateway::Fault::NotFound);
        update(source);
        QCOMPARE(source.status().freshness, registry::RegistryStatus::Freshness::LastGood);
        const QString message = source.status().message;
        QVERIFY2(message.contains(downUrl.toDisplayString()) &&
                     message.contains(badUrl.toDisplayString()) &&
                     message.contains(mirrorUrl.toDisplayString()),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("last good copy")), qPrintable(message));
        QCOMPARE(source.result()->registry.entries.size(), otherEntries);

        // A fresh start without the network shows the same newest copy.
        registry::RegistrySource cold(*urls, &m_nam);
        registry::RegistryStatus status;
        Result<registry::LoadedRegistry> cached = cold.loadCached(&status);
        QVERIFY(cached.ok());
        QCOMPARE(status.freshness, registry::RegistryStatus::Freshness::Cached);
        QCOMPARE(cached->registry.entries.size(), otherEntries);
    }

    // A file:// location in a list that does not load is skipped like a failing mirror.
    void brokenLocalFileInListIsSkipped()
    {
        const QByteArray good = test::readData(QStringLiteral("registry/upstream/registry.json"));
        FakeGateway mirror(&m_blocks);
        const QUrl mirrorUrl(mirror.start().toString() + QStringLiteral("/files/registry.json"));
        mirror.addFile(QStringLiteral("registry.json"), good);
        const QString missing = m_tmp->filePath(QStringLiteral("nope/registry.json"));
        registry::RegistrySource source({QUrl::fromLocalFile(missing), mirrorUrl}, &m_nam);
        update(source);
        QVERIFY2(source.result().ok(), qPrintable(source.result().error().message));
        QCOMPARE(source.url(), mirrorUrl);
        QCOMPARE(source.status().freshness, registry::RegistryStatus::Freshness::Fresh);
        // Alone, a local file's error is the answer (no fallback), as before.
        registry::RegistrySource alone(QUrl::fromLocalFile(missing), &m_nam);
        update(alone);
        QVERIFY(!alone.result().ok());
        QCOMPARE(alone.status().freshness, registry::RegistryStatus::Freshness::Local);
    }

    void ipfsRegistry()
    {
        const QByteArray bytes =
            test::readData(QStringLiteral("registry/upstream/registry-63ca9be.json"));
        ipfs::Importer importer(ipfs::ImportProfile::kuboV1(), &m_blocks);
        Result<ipfs::ImportedNode> file = importer.importBytes(bytes);
        Result<ipfs::ImportedNode> dir =
            importer.buildDirectory({{QByteArrayLiteral("registry.json"), *file}});
        QVERIFY(dir.ok());
        FakeGateway gw(&m_blocks);
        const QUrl base = gw.start();
        registry::RegistrySource source(
            QUrl(QStringLiteral("ipfs://%1/registry.json").arg(dir->cid.toString())), &m_nam);
        fetch::FetchConfig config;
        config.sources = {fetch::Source::gateway(base)};
        source.setFetchConfig(config);
        update(source);
        QVERIFY2(source.result().ok(), qPrintable(source.result().error().message));
        QCOMPARE(source.status().freshness, registry::RegistryStatus::Freshness::Fresh);
        QCOMPARE(source.result()->registry.formatVersion, 1);
        const int requests = int(gw.requests().size());
        update(source); // immutable: no second request
        QCOMPARE(source.status().freshness, registry::RegistryStatus::Freshness::NotModified);
        QCOMPARE(gw.requests().size(), requests);
    }

    void getV2ArtifactsFromRepoPaths()
    {
        const QByteArray parent = test::chacha20Keystream("parent", 5064);
        const QByteArray scc = test::chacha20Keystream("scc", 3224);
        const QString hash = QString::fromLatin1(ipfs::sha256("graph").toHex());
        const QString sccHash = QString::fromLatin1(ipfs::sha256("scc").toHex());
        FakeGateway server(&m_blocks);
        const QUrl base = server.start();
        server.addFile(QStringLiteral("registry.json"),
                       v2Registry(parent, scc, QString::fromLatin1(ipfs::sha256(parent).toHex())));
        server.addFile(QStringLiteral("artifacts/%1.bin").arg(hash), parent);
        server.addFile(QStringLiteral("artifacts/scc_%1.bin").arg(sccHash), scc);
        const QString cache = m_tmp->filePath(QStringLiteral("cli-cache"));
        const QString registryUrl = base.toString() + QStringLiteral("/files/registry.json");
        Run r = run({QStringLiteral("--registry"), registryUrl, QStringLiteral("--cache-dir"),
                     cache, QStringLiteral("--no-daemon"), QStringLiteral("--json"),
                     QStringLiteral("get"), QStringLiteral("demo"), QStringLiteral("--to"),
                     m_tmp->filePath(QStringLiteral("copy"))});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString cached = cache +
                               QStringLiteral("/phasic_cache/parameterized_reward_compute/") +
                               hash + QStringLiteral(".bin");
        QFile f(cached);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(cached));
        QCOMPARE(f.readAll(), parent);
        QVERIFY(QFile::exists(m_tmp->filePath(QStringLiteral("copy/scc_%1.bin").arg(sccHash))));

        Run verified =
            run({QStringLiteral("--registry"), registryUrl, QStringLiteral("--cache-dir"), cache,
                 QStringLiteral("verify"), QStringLiteral("demo")});
        QCOMPARE(verified.code, 0);
        QVERIFY2(verified.out.contains("2 files checked, 0 corrupt"), verified.out.constData());

        // The registry lies about the parent's sha256: nothing may be saved.
        server.addFile(QStringLiteral("registry.json"), v2Registry(parent, scc, QString(64, u'0')));
        const QString cache2 = m_tmp->filePath(QStringLiteral("cli-cache2"));
        Run bad =
            run({QStringLiteral("--registry"), registryUrl, QStringLiteral("--cache-dir"), cache2,
                 QStringLiteral("--no-daemon"), QStringLiteral("get"), QStringLiteral("demo"),
                 QStringLiteral("--file"), hash + QStringLiteral(".bin")});
        QCOMPARE(bad.code, 4);
        QVERIFY2(bad.err.contains("sha256"), bad.err.constData());
        QVERIFY(!QFile::exists(cache2 +
                               QStringLiteral("/phasic_cache/parameterized_reward_compute/") +
                               hash + QStringLiteral(".bin")));

        Run missing = run({QStringLiteral("--registry"), registryUrl, QStringLiteral("--cache-dir"),
                           cache2, QStringLiteral("get"), QStringLiteral("nope")});
        QCOMPARE(missing.code, 3);
    }

    void getV1PackageThroughGateway()
    {
        const QByteArray trace = test::chacha20Keystream("trace-gz", 700 * 1024);
        const QByteArray meta = QByteArrayLiteral("{\"model_type\": \"coalescent\"}\n");
        ipfs::Importer importer(ipfs::ImportProfile::kuboV0(), &m_blocks);
        Result<ipfs::ImportedNode> t = importer.importBytes(trace);
        Result<ipfs::ImportedNode> m = importer.importBytes(meta);
        Result<ipfs::ImportedNode> dir = importer.buildDirectory(
            {{QByteArrayLiteral("trace.json.gz"), *t}, {QByteArrayLiteral("metadata.json"), *m}});
        QVERIFY(dir.ok());
        QByteArray reg = test::readData(QStringLiteral("registry/upstream/registry-63ca9be.json"));
        QJsonObject o = QJsonDocument::fromJson(reg).object();
        QJsonObject traces = o.value(QStringLiteral("traces")).toObject();
        QJsonObject e = traces.value(QStringLiteral("coalescent_n10_theta1")).toObject();
        e.insert(QStringLiteral("cid"), dir->cid.toString());
        e.insert(
            QStringLiteral("checksum"),
            QString(QStringLiteral("sha256:") + QString::fromLatin1(ipfs::sha256(trace).toHex())));
        traces.insert(QStringLiteral("coalescent_n10_theta1"), e);
        o.insert(QStringLiteral("traces"), traces);
        const QString regPath = m_tmp->filePath(QStringLiteral("registry.json"));
        QFile f(regPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(o).toJson());
        f.close();

        FakeGateway gw(&m_blocks);
        const QUrl base = gw.start();
        const QString cache = m_tmp->filePath(QStringLiteral("cli-cache"));
        Run r = run({QStringLiteral("--registry"), QUrl::fromLocalFile(regPath).toString(),
                     QStringLiteral("--cache-dir"), cache, QStringLiteral("--no-daemon"),
                     QStringLiteral("--gateway"), base.toString(), QStringLiteral("get"),
                     QStringLiteral("coalescent_n10_theta1")});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile got(cache +
                  QStringLiteral("/phasic_traces/traces/coalescent_n10_theta1/trace.json.gz"));
        QVERIFY(got.open(QIODevice::ReadOnly));
        QCOMPARE(got.readAll(), trace);
        QFile gotMeta(cache +
                      QStringLiteral("/phasic_traces/traces/coalescent_n10_theta1/metadata.json"));
        QVERIFY(gotMeta.open(QIODevice::ReadOnly));
        QCOMPARE(gotMeta.readAll(), meta);
    }
};

QTEST_GUILESS_MAIN(TestRegistryDownload)
#include "tst_registry_download.moc"
