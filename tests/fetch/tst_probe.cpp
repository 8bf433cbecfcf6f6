// Availability probes: the fault-injecting gateway (good, 404, lying root block, hanging), the
// rate limit per source, cancel, the real js-ipfs node's own store, the targets of a registry,
// and the cache of results.
#include "core/fetch/probe.h"
#include "core/ipfs/importer.h"
#include "core/paths.h"
#include "core/registry/registryparser.h"
#include "tests/support/fakegateway.h"
#include "tests/support/ipfsnode.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pt;
using pt::test::FakeGateway;

class TestProbe : public QObject
{
    Q_OBJECT

    ipfs::MemoryBlockStore m_blocks;
    QList<ipfs::Cid> m_files; // file roots (dag-pb, several blocks)
    ipfs::Cid m_dir;
    ipfs::Cid m_absent; // a valid CID no source has
    QNetworkAccessManager m_nam;

    static bool runProbe(fetch::AvailabilityProbe &probe, const QList<fetch::ProbeTarget> &t,
                         int timeoutMs = 30000)
    {
        QSignalSpy done(&probe, &fetch::AvailabilityProbe::finished);
        probe.start(t);
        return done.wait(timeoutMs) || done.count() == 1;
    }
    static const fetch::SourceCheck *check(const fetch::ProbeResult &r, const QString &source)
    {
        for (const fetch::SourceCheck &s : r.sources) {
            if (s.source == source)
                return &s;
        }
        return nullptr;
    }
    static QString label(const QUrl &url) { return url.toString(); }

private slots:
    void initTestCase()
    {
        ipfs::Importer importer(ipfs::ImportProfile::kuboV0(), &m_blocks);
        QList<ipfs::DirectoryEntry> entries;
        for (int i = 0; i < 6; ++i) {
            Result<ipfs::ImportedNode> f = importer.importBytes(
                test::chacha20Keystream("probe-" + QByteArray::number(i), 300 * 1024 + i));
            QVERIFY(f.ok());
            m_files.append(f->cid);
            entries.append({"f" + QByteArray::number(i), *f});
        }
        Result<ipfs::ImportedNode> dir = importer.buildDirectory(entries);
        QVERIFY(dir.ok());
        m_dir = dir->cid;
        m_absent = ipfs::Cid::forBlock(1, ipfs::Codec::Raw, QByteArrayLiteral("nobody has this"));
    }

    void checkBlockVerifies()
    {
        const QByteArray block = QByteArrayLiteral("hello block");
        const ipfs::Cid cid = ipfs::Cid::forBlock(1, ipfs::Codec::Raw, block);
        QVERIFY(fetch::AvailabilityProbe::checkBlock(cid, 200, block).isEmpty());
        QVERIFY(fetch::AvailabilityProbe::checkBlock(cid, 200, block + "x")
                    .contains(QLatin1String("do not match")));
        QCOMPARE(fetch::AvailabilityProbe::checkBlock(cid, 404, {}),
                 QStringLiteral("HTTP 404: not found there"));
        QCOMPARE(fetch::AvailabilityProbe::checkBlock(cid, 503, {}), QStringLiteral("HTTP 503"));
    }

    // One probe over four gateways, each with another behaviour: only the honest one counts,
    // and only for the CID it really has.
    void gatewayFaults()
    {
        FakeGateway good(&m_blocks), missing(&m_blocks), lying(&m_blocks), slow(&m_blocks);
        const QUrl goodUrl = good.start(), missingUrl = missing.start(), lyingUrl = lying.start(),
                   slowUrl = slow.start();
        missing.setFault(FakeGateway::Fault::NotFound);
        lying.setFault(FakeGateway::Fault::WrongBytes); // 200 with one byte altered
        slow.setFault(FakeGateway::Fault::Hang);

        fetch::AvailabilityProbe probe(&m_nam);
        fetch::AvailabilityProbe::Options options;
        options.timeoutMs = 1500;
        options.minIntervalMs = 0;
        probe.setOptions(options);
        probe.setSources({fetch::Source::gateway(goodUrl), fetch::Source::gateway(missingUrl),
                          fetch::Source::gateway(lyingUrl), fetch::Source::gateway(slowUrl)});
        QSignalSpy progress(&probe, &fetch::AvailabilityProbe::progress);
        QVERIFY(runProbe(probe, {{QStringLiteral("pkg"), m_dir, QStringLiteral("directory")},
                                 {QStringLiteral("gone"), m_absent, QStringLiteral("parent")}}));
        QCOMPARE(probe.results().size(), 2);
        QCOMPARE(progress.last().at(0).toInt(), 2);

        const fetch::ProbeResult &pkg = probe.results().at(0);
        QCOMPARE(pkg.id, QStringLiteral("pkg"));
        QCOMPARE(pkg.cid, m_dir.toString());
        QCOMPARE(pkg.sources.size(), 4);
        const fetch::SourceCheck *g = check(pkg, label(goodUrl));
        QVERIFY(g);
        QVERIFY2(g->available, qPrintable(g->error));
        QVERIFY(g->error.isEmpty());
        QVERIFY(g->latencyMs >= 0 && g->latencyMs < 1500);
        QCOMPARE(g->kind, QStringLiteral("gateway"));
        const fetch::SourceCheck *m = check(pkg, label(missingUrl));
        QVERIFY(m && !m->available);
        QVERIFY2(m->error.contains(QLatin1String("404")), qPrintable(m->error));
        const fetch::SourceCheck *l = check(pkg, label(lyingUrl));
        QVERIFY(l && !l->available);
        QVERIFY2(l->error.contains(QLatin1String("do not match")), qPrintable(l->error));
        const fetch::SourceCheck *s = check(pkg, label(slowUrl));
        QVERIFY(s && !s->available);
        QVERIFY2(s->error.contains(QLatin1String("no answer within 1500 ms")),
                 qPrintable(s->error));
        QVERIFY(s->latencyMs >= 1400);
        QCOMPARE(pkg.count(QStringLiteral("gateway"), true), 1);

        const fetch::ProbeResult &gone = probe.results().at(1);
        const fetch::SourceCheck *g2 = check(gone, label(goodUrl));
        QVERIFY(g2 && !g2->available);
        QVERIFY2(g2->error.contains(QLatin1String("404")), qPrintable(g2->error));
        QCOMPARE(gone.count(QStringLiteral("gateway"), true), 0);

        // The honest gateway was asked for exactly the root block, trustless and raw.
        QVERIFY(good.requests().contains(QStringLiteral("/ipfs/") + m_dir.toString() +
                                         QStringLiteral("?format=raw")));
        QCOMPARE(good.requests().size(), 2);
    }

    // One request at a time and 150 ms between starts: six CIDs take at least 750 ms, and the
    // gateway never sees two at once (they are all answered, in order).
    void rateLimitPerSource()
    {
        FakeGateway gw(&m_blocks);
        const QUrl url = gw.start();
        fetch::AvailabilityProbe probe(&m_nam);
        fetch::AvailabilityProbe::Options options;
        options.perSourceConcurrency = 1;
        options.minIntervalMs = 150;
        probe.setOptions(options);
        probe.setSources({fetch::Source::gateway(url)});
        QList<fetch::ProbeTarget> targets;
        for (int i = 0; i < m_files.size(); ++i)
            targets.append({QStringLiteral("e%1").arg(i), m_files.at(i), QStringLiteral("parent")});
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runProbe(probe, targets));
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(elapsed >= 5 * 150, qPrintable(QString::number(elapsed)));
        QCOMPARE(gw.requests().size(), m_files.size());
        for (int i = 0; i < m_files.size(); ++i) {
            QVERIFY(probe.results().at(i).sources.first().available);
            QCOMPARE(gw.requests().at(i),
                     QStringLiteral("/ipfs/%1?format=raw").arg(m_files.at(i).toString()));
        }
        qInfo("6 CIDs at 1 in flight, 150 ms apart: %lld ms", elapsed);
    }

    void cancelStopsAndSaysSo()
    {
        FakeGateway gw(&m_blocks);
        gw.setFault(FakeGateway::Fault::Hang);
        const QUrl url = gw.start();
        fetch::AvailabilityProbe probe(&m_nam);
        probe.setSources({fetch::Source::gateway(url)});
        QSignalSpy done(&probe, &fetch::AvailabilityProbe::finished);
        probe.start({{QStringLiteral("a"), m_dir, QStringLiteral("directory")},
                     {QStringLiteral("b"), m_files.first(), QStringLiteral("parent")}});
        QTRY_VERIFY(!gw.requests().isEmpty());
        probe.cancel();
        QVERIFY(done.wait(5000));
        QVERIFY(probe.wasCancelled());
        QVERIFY(!probe.isRunning());
        QCOMPARE(done.count(), 1);
        for (const fetch::ProbeResult &r : probe.results()) {
            QVERIFY(!r.sources.first().available);
            QCOMPARE(r.sources.first().error, QStringLiteral("not checked (cancelled)"));
        }
    }

    void pinningChecksAreAskedToo()
    {
        fetch::AvailabilityProbe probe(&m_nam);
        QStringList asked;
        probe.addPinningService(QStringLiteral("psa:lab"),
                                [&asked, this](const QString &cid, auto done) {
                                    asked << cid;
                                    if (cid == m_dir.toString())
                                        done(true, QString());
                                    else
                                        done(false, QStringLiteral("queued"));
                                });
        QVERIFY(runProbe(probe, {{QStringLiteral("a"), m_dir, QStringLiteral("directory")},
                                 {QStringLiteral("b"), m_absent, QStringLiteral("parent")}}));
        QCOMPARE(asked.size(), 2);
        QCOMPARE(probe.results().at(0).sources.first().source, QStringLiteral("psa:lab"));
        QCOMPARE(probe.results().at(0).sources.first().kind, QStringLiteral("pinning"));
        QVERIFY(probe.results().at(0).sources.first().available);
        QVERIFY(!probe.results().at(1).sources.first().available);
        QCOMPARE(probe.results().at(1).sources.first().error, QStringLiteral("queued"));
    }

    // The real node: block/get offline=true finds what the node holds (verified), and does not
    // go looking for what it does not.
    void realNodeStore()
    {
        if (!test::IpfsNode::available())
            QSKIP(qPrintable(test::IpfsNode::unavailableReason()));
        test::IpfsNode node;
        QVERIFY2(node.start(), qPrintable(node.errorString()));
        QString error;
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("pin"), QStringLiteral("false"));
        const QString added = node.add(test::chacha20Keystream("node-probe", 500 * 1024),
                                       QStringLiteral("x.bin"), q, &error);
        QVERIFY2(!added.isEmpty(), qPrintable(error));
        Result<ipfs::Cid> cid = ipfs::Cid::parse(added);
        QVERIFY(cid.ok());

        fetch::AvailabilityProbe probe(&m_nam);
        fetch::AvailabilityProbe::Options options;
        options.timeoutMs = 4000;
        probe.setOptions(options);
        options.daemonProviders = true;
        probe.setOptions(options);
        probe.setSources({fetch::Source::kuboRpc(node.apiUrl())});
        QElapsedTimer clock;
        clock.start();
        QVERIFY(runProbe(probe, {{QStringLiteral("here"), *cid, QStringLiteral("parent")},
                                 {QStringLiteral("gone"), m_absent, QStringLiteral("parent")}}));
        QVERIFY(clock.elapsed() < 15000); // bounded by the timeout, both lanes in parallel
        // The node has no peers: nobody else provides anything; whatever it answers (no
        // provider, or no such command), it is an answer with a reason, not a hang.
        QCOMPARE(probe.results().at(1).sources.size(), 2);
        const fetch::SourceCheck &prov = probe.results().at(1).sources.at(1);
        QCOMPARE(prov.source, QStringLiteral("daemon providers"));
        QVERIFY(!prov.available);
        QVERIFY(!prov.error.isEmpty());
        qInfo("providers of an absent CID: %s (%lld ms)", qPrintable(prov.error), prov.latencyMs);
        const fetch::SourceCheck &here = probe.results().at(0).sources.first();
        QCOMPARE(here.source, QStringLiteral("daemon"));
        QCOMPARE(here.kind, QStringLiteral("daemon"));
        QVERIFY2(here.available, qPrintable(here.error));
        const fetch::SourceCheck &gone = probe.results().at(1).sources.first();
        QVERIFY(!gone.available);
        QVERIFY(!gone.error.isEmpty());
        qInfo("node: present %lld ms; absent: %lld ms (%s)", here.latencyMs, gone.latencyMs,
              qPrintable(gone.error));
    }

    void providersAnswer()
    {
        // Kubo's routing/findprovs NDJSON: query events (Type 0/6/7) and Provider answers (4).
        const QByteArray ndjson =
            "{\"Extra\":\"\",\"ID\":\"12D3KooWA\",\"Responses\":null,\"Type\":0}\n"
            "{\"Extra\":\"\",\"ID\":\"\",\"Responses\":[{\"Addrs\":[],\"ID\":\"12D3KooWP1\"}],"
            "\"Type\":4}\n"
            "{\"Extra\":\"\",\"ID\":\"\",\"Responses\":[{\"Addrs\":[],\"ID\":\"12D3KooWP2\"},"
            "{\"Addrs\":[],\"ID\":\"12D3KooWP1\"}],\"Type\":4}\n";
        Result<QStringList> peers = fetch::AvailabilityProbe::parseProviders(ndjson);
        QVERIFY(peers.ok());
        QCOMPARE(*peers, (QStringList{QStringLiteral("12D3KooWP1"), QStringLiteral("12D3KooWP2")}));
        QVERIFY(fetch::AvailabilityProbe::parseProviders({})->isEmpty());
        Result<QStringList> bad = fetch::AvailabilityProbe::parseProviders("{\"Type\":4}\nnope\n");
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QLatin1String("line 2")));
    }

    void targetsOfARegistry()
    {
        const QByteArray bytes =
            test::readData(QStringLiteral("registry/upstream/registry-63ca9be.json"));
        Result<registry::Registry> reg = registry::parseRegistry(bytes);
        QVERIFY2(reg.ok(), qPrintable(reg.error().message));
        QStringList skipped;
        Result<QList<fetch::ProbeTarget>> all = fetch::probeTargets(*reg, {}, &skipped);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 5);
        QCOMPARE(all->first().role, QStringLiteral("directory"));
        QCOMPARE(all->first().cid.toString(),
                 QStringLiteral("QmVkwhG6dmPR3Mt9DwMLuD3ShAShMGArs3MMoPEkEG7VLK"));
        Result<QStringList> ids = fetch::collectionIds(*reg, QStringLiteral("coalescent_basic"));
        QVERIFY(ids.ok());
        QCOMPARE(ids->size(), 5);
        Result<QStringList> none = fetch::collectionIds(*reg, QStringLiteral("nope"));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, Error::NotFound);
        QVERIFY(none.error().message.contains(QLatin1String("coalescent_basic")));
        Result<QList<fetch::ProbeTarget>> unknown =
            fetch::probeTargets(*reg, {QStringLiteral("nope")});
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, Error::NotFound);
    }

    void cacheRoundTrip()
    {
        QTemporaryDir tmp;
        fetch::ProbeCache cache(tmp.filePath(QStringLiteral("d/health.json")));
        QVERIFY(cache.load().ok()); // missing file: empty
        fetch::ProbeResult r;
        r.id = QStringLiteral("a");
        r.cid = m_dir.toString();
        r.role = QStringLiteral("directory");
        r.checkedAt = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), QTimeZone::utc());
        r.sources = {{QStringLiteral("https://ipfs.io"), QStringLiteral("gateway"), true, 120, {}},
                     {QStringLiteral("pinata"), QStringLiteral("pinning"), false, 80,
                      QStringLiteral("not pinned")}};
        cache.merge({r});
        QVERIFY(cache.save().ok());
        fetch::ProbeCache again(cache.path());
        QVERIFY(again.load().ok());
        QCOMPARE(again.forEntry(QStringLiteral("a")).size(), 1);
        const fetch::ProbeResult back = again.forEntry(QStringLiteral("a")).first();
        QCOMPARE(back.checkedAt, r.checkedAt);
        QCOMPARE(back.sources.size(), 2);
        QCOMPARE(back.sources.at(0).latencyMs, 120);
        QCOMPARE(back.sources.at(1).error, QStringLiteral("not pinned"));
        r.sources[1].available = true; // a later check replaces the earlier one
        again.merge({r});
        QCOMPARE(again.all().size(), 1);
        QVERIFY(again.all().first().sources.at(1).available);

        QFile f(cache.path());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"version\": 1, \"results\": [{\"id\": 3}]");
        f.close();
        Result<void> bad = again.load();
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(cache.path()), qPrintable(bad.error().message));

        // The default place is below the data dir.
        Paths::setRoot(tmp.path());
        QCOMPARE(fetch::ProbeCache().path(), Paths::dataDir() + QStringLiteral("/health.json"));
        Paths::setRoot({});
    }
};

QTEST_GUILESS_MAIN(TestProbe)
#include "tst_probe.moc"
