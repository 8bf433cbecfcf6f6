// PsaClient (IPFS Pinning Service API v1.0.0) against two servers: our strict fake
// (tests/publish/fakepsa.h) and mock-ipfs-pinning-service 0.4.2 from npm, an independent
// implementation validated against the spec's OpenAPI document (tests/publish/mock-psa).
#include "core/publish/psaclient.h"
#include "tests/publish/await.h"
#include "tests/publish/fakepsa.h"
#include "tests/publish/logcapture.h"
#include "tests/support/ipfsnode.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pt;
using namespace pt::publish;
using pt::test::await;
using pt::test::why;

namespace {
const QString kToken = u"psa-test-token-Zx9Qw7Er5Ty3Ui1Op"_s;
const QString kCidA = u"bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e"_s;
const QString kCidB = u"QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"_s;
const QString kOrigin =
    u"/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWQYhTNQdmr3ArTeUHRYzFg94BKyTkoWBDWez9kSCVe2Xo"_s;

QString mockDir()
{
    return QStringLiteral(PT_TEST_SOURCE_DIR) + u"/mock-psa"_s;
}
} // namespace

class TestPsaClient : public QObject
{
    Q_OBJECT

    QProcess m_mock;
    QUrl m_mockUrl;
    QString m_mockSkip;

private slots:
    void initTestCase()
    {
        pt::test::LogCapture::install();
        // Start mock-ipfs-pinning-service once for the mock tests.
        const QString bin = mockDir() + u"/node_modules/mock-ipfs-pinning-service/cli.js"_s;
        if (!QFileInfo::exists(bin)) {
            m_mockSkip = u"mock-ipfs-pinning-service is not installed: run "
                         u"tests/publish/mock-psa/setup.sh (needs npm)"_s;
            return;
        }
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        if (node.isEmpty()) {
            m_mockSkip = u"node is not on PATH"_s;
            return;
        }
        // A free port can be taken by a test running in parallel before the mock binds it: the
        // mock then exits, and we start it again on another port (a bounded number of times).
        m_mock.setProcessChannelMode(QProcess::MergedChannels);
        QTcpSocket probe;
        QString output;
        for (int attempt = 0; attempt < 3 && probe.state() != QAbstractSocket::ConnectedState;
             ++attempt) {
            const quint16 port = pt::test::IpfsNode::freePort();
            m_mock.start(node, {bin, u"--port"_s, QString::number(port), u"--token"_s, kToken,
                                u"--loglevel"_s, u"error"_s});
            QVERIFY2(m_mock.waitForStarted(10000), qPrintable(m_mock.errorString()));
            m_mockUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
            for (int i = 0; i < 150 && m_mock.state() == QProcess::Running; ++i) {
                probe.connectToHost(u"127.0.0.1"_s, port);
                if (probe.waitForConnected(200))
                    break;
                probe.abort();
                QTest::qWait(100);
            }
            if (probe.state() != QAbstractSocket::ConnectedState) {
                m_mock.kill();
                m_mock.waitForFinished(2000);
                output += QString::fromUtf8(m_mock.readAll());
            }
        }
        QVERIFY2(probe.state() == QAbstractSocket::ConnectedState,
                 qPrintable(u"mock PSA did not listen after 3 starts: "_s + output));
    }

    void cleanupTestCase()
    {
        if (m_mock.state() != QProcess::NotRunning) {
            m_mock.terminate();
            if (!m_mock.waitForFinished(5000))
                m_mock.kill();
            m_mock.waitForFinished(2000);
        }
        pt::test::LogCapture::uninstall();
        QVERIFY(pt::test::LogCapture::count() > 0);
        QVERIFY2(!pt::test::LogCapture::contains(kToken),
                 qPrintable(pt::test::LogCapture::firstContaining(kToken)));
    }

    // --- parsers --------------------------------------------------------------------------

    void parseStatus_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::newRow("full")
            << QByteArray(
                   R"({"requestid":"r1","status":"pinning","created":"2026-01-02T03:04:05.678Z","pin":{"cid":"Qm1","name":"n"},"delegates":["/ip4/1.2.3.4/tcp/1/p2p/X"],"info":{"a":"b"}})")
            << true;
        QTest::newRow("no requestid")
            << QByteArray(R"({"status":"pinned","pin":{"cid":"Qm1"}})") << false;
        QTest::newRow("bad status")
            << QByteArray(R"({"requestid":"r","status":"done","pin":{"cid":"Qm1"}})") << false;
        QTest::newRow("no cid") << QByteArray(R"({"requestid":"r","status":"queued","pin":{}})")
                                << false;
        QTest::newRow("array") << QByteArray("[]") << false;
        QTest::newRow("garbage") << QByteArray("\xff\x00{") << false;
    }
    void parseStatus()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        auto r = parsePsaPinStatus(body);
        QCOMPARE(r.ok(), ok);
        if (ok) {
            QCOMPARE(r->requestId, u"r1"_s);
            QCOMPARE(r->status, PinState::Pinning);
            QCOMPARE(r->cid, u"Qm1"_s);
            QCOMPARE(r->delegates.size(), 1);
            QCOMPARE(r->created.toMSecsSinceEpoch() % 1000, 678);
        }
    }

    void errorText_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        QTest::newRow("spec") << QByteArray(
                                     R"({"error":{"reason":"BAD_REQUEST","details":"limit"}})")
                              << u"BAD_REQUEST: limit"_s;
        QTest::newRow("reason only")
            << QByteArray(R"({"error":{"reason":"NOT_FOUND"}})") << u"NOT_FOUND"_s;
        QTest::newRow("text") << QByteArray("Unauthorized") << u"Unauthorized"_s;
        QTest::newRow("empty") << QByteArray() << u"HTTP 500 with an empty body"_s;
    }
    void errorText()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        QCOMPARE(psaErrorText(500, body), text);
    }

    void filterLimits_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("cids");
        QTest::addColumn<bool>("ok");
        QTest::newRow("1") << 1 << 0 << true;
        QTest::newRow("1000") << 1000 << 10 << true;
        QTest::newRow("1001") << 1001 << 0 << false;
        QTest::newRow("0") << 0 << 0 << false;
        QTest::newRow("11 cids") << 10 << 11 << false;
    }
    void filterLimits()
    {
        QFETCH(int, limit);
        QFETCH(int, cids);
        QFETCH(bool, ok);
        PinFilter f;
        f.limit = limit;
        for (int i = 0; i < cids; ++i)
            f.cids << kCidB;
        QCOMPARE(PsaClient::filterQuery(f).ok(), ok);
    }

    // --- strict fake ----------------------------------------------------------------------

    void fakeLifecycle()
    {
        pt::test::FakePsa fake(kToken);
        QVERIFY(fake.listen());
        PsaClient client(u"strict"_s);
        client.setBaseUrl(fake.url());
        client.setToken(kToken);
        QVERIFY(await<void>([&](auto cb) { client.testCredentials(cb); }).ok());

        auto a = await<PinStatus>([&](auto cb) {
            client.pin(kCidA, u"trace-a"_s, QJsonObject{{u"version"_s, 3}}, {kOrigin}, cb);
        });
        QVERIFY2(a.ok(), why(a).constData());
        QCOMPARE(a->status, PinState::Queued);
        QCOMPARE(a->cid, kCidA);
        QCOMPARE(a->delegates.size(), 1);
        QCOMPARE(fake.badRequests(), 0); // the strict fake accepted our body (meta as strings)
        QCOMPARE(fake.pins().first().meta.value(u"version"_s).toString(), u"3"_s);
        QCOMPARE(fake.pins().first().origins, QStringList{kOrigin});

        // Wait by request id: queued → pinning → pinned.
        PinWaiter waiter(&client, a->requestId, PinWaiter::Options{10, 40, 10000});
        QList<PinState> seen;
        std::optional<Result<PinStatus>> outcome;
        connect(&waiter, &PinWaiter::stateChanged, this, [&](PinState s) { seen << s; });
        connect(&waiter, &PinWaiter::finished, this,
                [&](const Result<PinStatus> &r) { outcome.emplace(r); });
        waiter.start();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QVERIFY(outcome->ok());
        QCOMPARE(seen, (QList<PinState>{PinState::Queued, PinState::Pinning, PinState::Pinned}));

        auto b = await<PinStatus>([&](auto cb) { client.pin(kCidB, u"Trace-B"_s, {}, {}, cb); });
        QVERIFY(b.ok());

        // By CID: the newest request for it.
        auto byCid = await<PinStatus>([&](auto cb) { client.status(kCidA, cb); });
        QVERIFY2(byCid.ok(), why(byCid).constData());
        QCOMPARE(byCid->requestId, a->requestId);

        PinFilter all;
        all.statuses = {PinState::Queued, PinState::Pinning, PinState::Pinned, PinState::Failed};
        auto listed = await<PinList>([&](auto cb) { client.list(all, cb); });
        QVERIFY2(listed.ok(), why(listed).constData());
        QCOMPARE(listed->count, 2);
        QCOMPARE(listed->results.first().cid, kCidB); // newest first

        PinFilter byName = all;
        byName.name = u"trace-b"_s;
        byName.match = u"iexact"_s;
        auto named = await<PinList>([&](auto cb) { client.list(byName, cb); });
        QVERIFY(named.ok());
        QCOMPARE(named->count, 1);
        QCOMPARE(named->results.first().name, u"Trace-B"_s);

        PinFilter pinnedOnly; // the spec's default status filter is "pinned"
        auto pinned = await<PinList>([&](auto cb) { client.list(pinnedOnly, cb); });
        QVERIFY(pinned.ok());
        QCOMPARE(pinned->count, 1);

        PinFilter meta = all;
        meta.meta = QJsonObject{{u"version"_s, u"3"_s}};
        auto withMeta = await<PinList>([&](auto cb) { client.list(meta, cb); });
        QVERIFY(withMeta.ok());
        QCOMPARE(withMeta->count, 1);

        PinFilter dated = all;
        dated.after = QDateTime::currentDateTimeUtc().addDays(-1);
        dated.before = QDateTime::currentDateTimeUtc().addDays(1);
        auto inRange = await<PinList>([&](auto cb) { client.list(dated, cb); });
        QVERIFY2(inRange.ok(), why(inRange).constData());
        QCOMPARE(inRange->count, 2);

        // Replace, then remove by CID and by id.
        auto replaced = await<PinStatus>(
            [&](auto cb) { client.replace(b->requestId, kCidB, u"trace-b v2"_s, {}, {}, cb); });
        QVERIFY(replaced.ok());
        QVERIFY(replaced->requestId != b->requestId);
        QVERIFY(await<void>([&](auto cb) { client.remove(kCidA, cb); }).ok());
        QVERIFY(await<void>([&](auto cb) { client.remove(replaced->requestId, cb); }).ok());
        QVERIFY(fake.pins().isEmpty());
        auto gone = await<PinStatus>([&](auto cb) { client.status(a->requestId, cb); });
        QCOMPARE(gone.error().code, Error::NotFound);
        QVERIFY2(gone.error().message.startsWith(u"psa:strict said: NOT_FOUND"_s),
                 why(gone).constData());
        QCOMPARE(fake.badRequests(), 0);

        for (const auto &req : fake.requests()) {
            QVERIFY(!req.url.toString().contains(kToken));
            QCOMPARE(req.header("Authorization"), "Bearer " + kToken.toUtf8());
        }
    }

    void fakeRejects()
    {
        pt::test::FakePsa fake(kToken);
        QVERIFY(fake.listen());
        PsaClient client(u"strict"_s);
        client.setBaseUrl(fake.url());
        client.setToken(kToken);
        // Server-side validation, answered in the spec's error shape and shown verbatim.
        auto bad = await<PinStatus>([&](auto cb) { client.pin(u"not-a-cid"_s, {}, {}, {}, cb); });
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, Error::InvalidInput);
        QVERIFY2(bad.error().message.startsWith(
                     u"psa:strict said: BAD_REQUEST: cid is required and must be a valid CID"_s),
                 why(bad).constData());
        auto origins =
            await<PinStatus>([&](auto cb) { client.pin(kCidA, {}, {}, {u"example.com"_s}, cb); });
        QVERIFY(!origins.ok());
        QVERIFY(origins.error().message.contains(u"multiaddr"_s));

        // limit > 1000 is refused by the client before sending, and by the fake too.
        PinFilter f;
        f.limit = 1001;
        const qsizetype before = fake.requests().size();
        auto r = await<PinList>([&](auto cb) { client.list(f, cb); });
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"1..1000"_s), why(r).constData());
        QCOMPARE(fake.requests().size(), before);
        QNetworkAccessManager nam;
        QUrl url = fake.url();
        url.setPath(u"/pins"_s);
        url.setQuery(u"limit=1001"_s);
        QNetworkRequest req(url);
        req.setRawHeader("Authorization", "Bearer " + kToken.toUtf8());
        QNetworkReply *reply = nam.get(req);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QCOMPARE(psaErrorText(400, reply->readAll()),
                 u"BAD_REQUEST: limit must be an integer in 1..1000"_s);
        delete reply;

        // Bad token: 401 verbatim, with the hint, without the token.
        PsaClient wrong(u"strict"_s);
        wrong.setBaseUrl(fake.url());
        wrong.setToken(u"not-the-token-123"_s);
        auto denied = await<void>([&](auto cb) { wrong.testCredentials(cb); });
        QVERIFY(!denied.ok());
        QVERIFY2(denied.error().message.startsWith(
                     u"psa:strict said: UNAUTHORIZED: Access token is missing or invalid"_s),
                 why(denied).constData());
        QVERIFY(!denied.error().message.contains(u"not-the-token-123"_s));
    }

    void unreachable()
    {
        PsaClient client(u"gone"_s);
        client.setBaseUrl(QUrl(u"http://127.0.0.1:%1/psa"_s.arg(pt::test::IpfsNode::freePort())));
        client.setToken(kToken);
        auto r = await<void>([&](auto cb) { client.testCredentials(cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Network);
        QVERIFY2(r.error().message.startsWith(u"psa:gone: cannot reach http://127.0.0.1:"_s),
                 why(r).constData());
    }

    // --- mock-ipfs-pinning-service (independent implementation) ---------------------------

    void mockService()
    {
        if (!m_mockSkip.isEmpty())
            QSKIP(qPrintable(m_mockSkip));
        PsaClient client(u"mock"_s);
        client.setBaseUrl(m_mockUrl);
        client.setToken(kToken);
        auto cred = await<void>([&](auto cb) { client.testCredentials(cb); });
        QVERIFY2(cred.ok(), why(cred).constData());

        // The mock sets the status from the name prefix ("pinned-…", "queued-…").
        auto a = await<PinStatus>([&](auto cb) {
            client.pin(kCidA, u"pinned-trace-a"_s, QJsonObject{{u"trace"_s, u"a"_s}}, {kOrigin},
                       cb);
        });
        QVERIFY2(a.ok(), why(a).constData());
        QCOMPARE(a->status, PinState::Pinned);
        QCOMPARE(a->cid, kCidA);
        auto b =
            await<PinStatus>([&](auto cb) { client.pin(kCidB, u"queued-trace-b"_s, {}, {}, cb); });
        QVERIFY2(b.ok(), why(b).constData());
        QCOMPARE(b->status, PinState::Queued);

        auto byId = await<PinStatus>([&](auto cb) { client.status(a->requestId, cb); });
        QVERIFY2(byId.ok(), why(byId).constData());
        QCOMPARE(byId->name, u"pinned-trace-a"_s);
        QCOMPARE(byId->meta.value(u"trace"_s).toString(), u"a"_s);
        auto byCid = await<PinStatus>([&](auto cb) { client.status(kCidB, cb); });
        QVERIFY2(byCid.ok(), why(byCid).constData());
        QCOMPARE(byCid->requestId, b->requestId);

        PinFilter all;
        all.statuses = {PinState::Queued, PinState::Pinning, PinState::Pinned, PinState::Failed};
        all.limit = 1000;
        auto listed = await<PinList>([&](auto cb) { client.list(all, cb); });
        QVERIFY2(listed.ok(), why(listed).constData());
        QCOMPARE(listed->count, 2);
        PinFilter pinned;
        auto onlyPinned = await<PinList>([&](auto cb) { client.list(pinned, cb); });
        QVERIFY2(onlyPinned.ok(), why(onlyPinned).constData());
        QCOMPARE(onlyPinned->count, 1);
        QCOMPARE(onlyPinned->results.first().cid, kCidA);
        // The mock matches names exactly and ignores `match` (service/pins.js).
        PinFilter named = all;
        named.name = u"queued-trace-b"_s;
        auto exact = await<PinList>([&](auto cb) { client.list(named, cb); });
        QVERIFY2(exact.ok(), why(exact).constData());
        QCOMPARE(exact->count, 1);
        QCOMPARE(exact->results.first().requestId, b->requestId);
        // (A `meta` filter makes the mock answer 500: its OpenAPI validator has no schema for
        // the JSON-in-query parameter. The strict fake covers meta filtering.)

        auto replaced = await<PinStatus>(
            [&](auto cb) { client.replace(b->requestId, kCidB, u"pinned-trace-b"_s, {}, {}, cb); });
        QVERIFY2(replaced.ok(), why(replaced).constData());
        QCOMPARE(replaced->status, PinState::Pinned);

        QVERIFY(await<void>([&](auto cb) { client.remove(a->requestId, cb); }).ok());
        QVERIFY(await<void>([&](auto cb) { client.remove(kCidB, cb); }).ok());
        auto empty = await<PinList>([&](auto cb) { client.list(all, cb); });
        QVERIFY(empty.ok());
        QCOMPARE(empty->count, 0);
        auto missing = await<PinStatus>([&](auto cb) { client.status(a->requestId, cb); });
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::NotFound);
        QVERIFY2(missing.error().message.startsWith(u"psa:mock said: "_s),
                 why(missing).constData());

        PsaClient wrong(u"mock"_s);
        wrong.setBaseUrl(m_mockUrl);
        wrong.setToken(u"wrong-token-456"_s);
        auto denied = await<void>([&](auto cb) { wrong.testCredentials(cb); });
        QVERIFY(!denied.ok());
        QVERIFY2(denied.error().message.contains(u"HTTP 401"_s), why(denied).constData());
    }
};

QTEST_GUILESS_MAIN(TestPsaClient)
#include "tst_psaclient.moc"
