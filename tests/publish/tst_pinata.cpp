// PinataClient against the stateful fake Pinata (tests/publish/fakepinata.h), and the shared
// HTTP rules of the pinning clients: token only in the Authorization header, never in URLs or
// logs, never forwarded across a redirect to another host; 429 handled with Retry-After.
#include "core/ipfs/importer.h"
#include "core/publish/pinataclient.h"
#include "tests/publish/await.h"
#include "tests/publish/fakepinata.h"
#include "tests/publish/logcapture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace pt;
using namespace pt::publish;
using pt::test::await;

namespace {
const QString kToken = u"eyJhbGciOiJIUzI1NiJ9.pinata-test-token.S3cr3tS1gn4tur3"_s;

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(data), data.size());
}
// Answers status() from a script of results (errors and states), for PinWaiter.
class ScriptedService : public publish::PinningService
{
public:
    QList<Result<PinStatus>> script;
    int calls = 0;
    QString displayName() const override { return u"scripted"_s; }
    void testCredentials(VoidCallback) override {}
    void pin(const QString &, const QString &, const QJsonObject &, const QStringList &,
             StatusCallback) override
    {}
    void status(const QString &, StatusCallback done) override
    {
        const Result<PinStatus> r = script.at(std::min<qsizetype>(calls++, script.size() - 1));
        QTimer::singleShot(0, this, [r, done] { done(r); });
    }
    void list(const PinFilter &, ListCallback) override {}
    void remove(const QString &, VoidCallback) override {}
    void abortAll() override {}
};

PinStatus state(PinState s)
{
    PinStatus p;
    p.requestId = u"r"_s;
    p.cid = u"QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"_s;
    p.status = s;
    return p;
}

} // namespace

class TestPinata : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { pt::test::LogCapture::install(); }
    void cleanupTestCase()
    {
        pt::test::LogCapture::uninstall();
        QVERIFY(pt::test::LogCapture::count() > 0); // the capture did see Qt's debug output
        QVERIFY2(!pt::test::LogCapture::contains(kToken),
                 qPrintable(pt::test::LogCapture::firstContaining(kToken)));
        QVERIFY(!pt::test::LogCapture::contains(u"S3cr3tS1gn4tur3"_s));
    }

    void credentials_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<bool>("ok");
        QTest::newRow("good") << kToken << true;
        QTest::newRow("bad") << u"wrong-token-0123456789"_s << false;
        QTest::newRow("none") << QString() << false;
    }
    void credentials()
    {
        QFETCH(QString, token);
        QFETCH(bool, ok);
        pt::test::FakePinata fake(kToken);
        QVERIFY(fake.listen());
        PinataClient client;
        client.setBaseUrl(fake.url());
        client.setToken(token);
        auto r = await<void>([&](auto cb) { client.testCredentials(cb); });
        QCOMPARE(r.ok(), ok);
        if (!ok) {
            // Pinata's own words, verbatim, then our hint.
            QVERIFY2(r.error().message.startsWith(
                         u"Pinata said: INVALID_CREDENTIALS: Invalid/expired credentials"_s),
                     pt::test::why(r).constData());
            QVERIFY(r.error().message.contains(u"HTTP 401"_s));
            QVERIFY(!token.isEmpty() ? !r.error().message.contains(token) : true);
        }
        QCOMPARE(fake.requests().size(), 1);
        QCOMPARE(fake.requests().first().path, u"/data/testAuthentication"_s);
        QCOMPARE(fake.requests().first().header("Authorization"),
                 token.isEmpty() ? QByteArray() : "Bearer " + token.toUtf8());
        QVERIFY(!fake.requests().first().header("User-Agent").startsWith("Mozilla"));
    }

    void pinByHashWaitsUntilPinned()
    {
        pt::test::FakePinata fake(kToken);
        QVERIFY(fake.listen());
        PinataClient client;
        client.setBaseUrl(fake.url());
        client.setToken(kToken);
        const QString cid = u"bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e"_s;
        auto pinned = await<PinStatus>([&](auto cb) {
            client.pin(
                cid, u"hello"_s, QJsonObject{{u"trace"_s, u"t1"_s}},
                {u"/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWQYhTNQdmr3ArTeUHRYzFg94BKyTkoWBDWez9kSCVe2Xo"_s},
                cb);
        });
        QVERIFY2(pinned.ok(), pt::test::why(pinned).constData());
        QCOMPARE(pinned->status, PinState::Queued);
        QCOMPARE(pinned->requestId, cid);
        const QJsonObject sent = QJsonDocument::fromJson(fake.requests().last().body).object();
        QCOMPARE(sent.value(u"hashToPin"_s).toString(), cid);
        QCOMPARE(sent.value(u"pinataMetadata"_s).toObject().value(u"name"_s).toString(),
                 u"hello"_s);
        QCOMPARE(sent.value(u"pinataMetadata"_s)
                     .toObject()
                     .value(u"keyvalues"_s)
                     .toObject()
                     .value(u"trace"_s)
                     .toString(),
                 u"t1"_s);
        QCOMPARE(sent.value(u"pinataOptions"_s).toObject().value(u"hostNodes"_s).toArray().size(),
                 1);

        PinWaiter waiter(&client, cid, PinWaiter::Options{10, 40, 10000});
        QSignalSpy states(&waiter, &PinWaiter::stateChanged);
        std::optional<Result<PinStatus>> outcome;
        connect(&waiter, &PinWaiter::finished, this,
                [&](const Result<PinStatus> &r) { outcome.emplace(r); });
        waiter.start();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QList<PinState> seen;
        for (const auto &args : states)
            seen << args.at(0).value<PinState>();
        QCOMPARE(seen, (QList<PinState>{PinState::Queued, PinState::Pinning, PinState::Pinned}));
        const Result<PinStatus> &result = *outcome;
        QVERIFY(result.ok());
        QCOMPARE(result->cid, cid);
        QCOMPARE(result->name, u"hello"_s);
        QCOMPARE(waiter.polls(), 3);

        auto listed = await<PinList>([&](auto cb) { client.list(PinFilter{}, cb); });
        QVERIFY(listed.ok());
        QCOMPARE(listed->count, 1);
        QCOMPARE(listed->results.first().cid, cid);

        auto removed = await<void>([&](auto cb) { client.remove(cid, cb); });
        QVERIFY2(removed.ok(), pt::test::why(removed).constData());
        QVERIFY(fake.pins().isEmpty());
        auto again = await<void>([&](auto cb) { client.remove(cid, cb); });
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::NotFound);
        QVERIFY2(
            again.error().message.startsWith(u"Pinata said: CURRENT_USER_HAS_NOT_PINNED_CID"_s),
            pt::test::why(again).constData());
        auto gone = await<PinStatus>([&](auto cb) { client.status(cid, cb); });
        QCOMPARE(gone.error().code, Error::NotFound);

        for (const auto &req : fake.requests())
            QVERIFY2(!req.url.toString().contains(kToken), qPrintable(req.url.toString()));
    }

    void waiterCancel()
    {
        pt::test::FakePinata fake(kToken);
        QVERIFY(fake.listen());
        PinataClient client;
        client.setBaseUrl(fake.url());
        client.setToken(kToken);
        const QString cid = u"QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"_s;
        QVERIFY(await<PinStatus>([&](auto cb) { client.pin(cid, {}, {}, {}, cb); }).ok());
        PinWaiter waiter(&client, cid, PinWaiter::Options{5000, 30000, 60000});
        std::optional<Result<PinStatus>> outcome;
        connect(&waiter, &PinWaiter::finished, this,
                [&](const Result<PinStatus> &r) { outcome.emplace(r); });
        waiter.start();
        QTest::qWait(300); // first poll done, next one 5 s away
        waiter.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 2000);
        const Result<PinStatus> &result = *outcome;
        QCOMPARE(result.error().code, Error::Cancelled);
        QCOMPARE(waiter.polls(), 1);
    }

    void waiterTimeout()
    {
        pt::test::FakePinata fake(kToken);
        QVERIFY(fake.listen());
        PinataClient client;
        client.setBaseUrl(fake.url());
        client.setToken(kToken);
        const QString cid = u"QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"_s;
        QVERIFY(await<PinStatus>([&](auto cb) { client.pin(cid, {}, {}, {}, cb); }).ok());
        PinWaiter waiter(&client, cid, PinWaiter::Options{200, 400, 150});
        std::optional<Result<PinStatus>> outcome;
        connect(&waiter, &PinWaiter::finished, this,
                [&](const Result<PinStatus> &r) { outcome.emplace(r); });
        waiter.start();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
        const Result<PinStatus> &result = *outcome;
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(u"still"_s), pt::test::why(result).constData());
    }

    void waiterScripted_data()
    {
        QTest::addColumn<QList<Result<PinStatus>>>("script");
        QTest::addColumn<int>("polls");
        QTest::addColumn<int>("code"); // 0 = pinned
        const Error net(Error::Network, u"connection reset"_s);
        const Error denied(Error::Generic, u"scripted said: no (HTTP 401)"_s);
        QTest::newRow("network blip is retried")
            << QList<Result<PinStatus>>{state(PinState::Queued), net, net, state(PinState::Pinned)}
            << 4 << 0;
        QTest::newRow("auth error stops")
            << QList<Result<PinStatus>>{state(PinState::Queued), denied} << 2
            << int(Error::Generic);
        QTest::newRow("failed") << QList<Result<PinStatus>>{state(PinState::Pinning),
                                                            state(PinState::Failed)}
                                << 2 << int(Error::Generic);
    }
    void waiterScripted()
    {
        QFETCH(QList<Result<PinStatus>>, script);
        QFETCH(int, polls);
        QFETCH(int, code);
        ScriptedService service;
        service.script = script;
        PinWaiter waiter(&service, u"r"_s, PinWaiter::Options{5, 20, 5000});
        std::optional<Result<PinStatus>> outcome;
        connect(&waiter, &PinWaiter::finished, this,
                [&](const Result<PinStatus> &r) { outcome.emplace(r); });
        waiter.start();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
        QCOMPARE(outcome->ok(), code == 0);
        if (code)
            QCOMPARE(int(outcome->error().code), code);
        QCOMPARE(service.calls, polls);
    }

    void rateLimitRetriesAfter()
    {
        pt::test::FakePinata fake(kToken);
        QVERIFY(fake.listen());
        fake.setRateLimit(2, 800, 1); // 2 requests per 0.8 s, then 429 Retry-After: 1
        PinataClient client;
        client.setBaseUrl(fake.url());
        client.setToken(kToken);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 3; ++i) {
            auto r = await<void>([&](auto cb) { client.testCredentials(cb); });
            QVERIFY2(r.ok(), pt::test::why(r).constData());
        }
        QCOMPARE(fake.rateLimited(), 1);
        QCOMPARE(client.rateLimitRetriesDone(), 1);
        QVERIFY2(timer.elapsed() >= 950, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(fake.requests().size(), 4);
    }

    void rateLimitGivesUp()
    {
        pt::test::FakePinata fake(kToken);
        QVERIFY(fake.listen());
        fake.setRateLimit(1, 60000, 1);
        PinataClient client;
        client.setBaseUrl(fake.url());
        client.setToken(kToken);
        client.setRateLimitRetries(1);
        QVERIFY(await<void>([&](auto cb) { client.testCredentials(cb); }).ok());
        auto r = await<void>([&](auto cb) { client.testCredentials(cb); });
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(u"Pinata said: RATE_LIMITED"_s),
                 pt::test::why(r).constData());
        QVERIFY(r.error().message.contains(u"HTTP 429"_s));
        QCOMPARE(fake.rateLimited(), 2);
    }

    void tokenNotForwardedOnCrossHostRedirect()
    {
        pt::test::FakePinata other(kToken); // would accept the token if it ever got it
        QVERIFY(other.listen());
        pt::test::FakePinata fake(kToken);
        QVERIFY(fake.listen());
        fake.setRedirectTo(other.url());
        PinataClient client;
        client.setBaseUrl(fake.url());
        client.setToken(kToken);
        auto r = await<void>([&](auto cb) { client.testCredentials(cb); });
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"redirected to another host"_s),
                 pt::test::why(r).constData());
        QCOMPARE(fake.requests().size(), 1);
        QCOMPARE(other.requests().size(), 0); // not followed at all: the token stays home
        auto pin = await<PinStatus>([&](auto cb) {
            client.pin(u"QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"_s, {}, {}, {}, cb);
        });
        QVERIFY(!pin.ok());
        QCOMPARE(other.requests().size(), 0);
    }

    void sameOriginRedirectKeepsWorking()
    {
        pt::test::FakePinata fake(kToken);
        QVERIFY(fake.listen());
        PinataClient client;
        QUrl base = fake.url();
        base.setPath(u"/old"_s);
        client.setBaseUrl(base);
        client.setToken(kToken);
        auto r = await<void>([&](auto cb) { client.testCredentials(cb); });
        QVERIFY2(r.ok(), pt::test::why(r).constData());
        // (Qt may send the first request twice over a fresh connection; what matters: the
        // redirect was followed on the same origin, with the token.)
        QVERIFY(fake.requests().size() >= 2);
        QCOMPARE(fake.requests().first().path, u"/old/data/testAuthentication"_s);
        QCOMPARE(fake.requests().last().path, u"/data/testAuthentication"_s);
        QCOMPARE(fake.requests().last().header("Authorization"), "Bearer " + kToken.toUtf8());
    }

    void uploadFolder_data()
    {
        QTest::addColumn<int>("cidVersion");
        QTest::newRow("v0") << 0;
        QTest::newRow("v1") << 1;
    }
    void uploadFolder()
    {
        QFETCH(int, cidVersion);
        QTemporaryDir dir;
        const QString pkg = dir.filePath(u"pkg"_s);
        writeFile(pkg + u"/README.md"_s, "# A trace package\n");
        QByteArray big(300000, '\0');
        for (int i = 0; i < big.size(); ++i)
            big[i] = char((qint64(i) * 7919) >> 3); // 64-bit: i * 7919 overflows int
        writeFile(pkg + u"/data/values.bin"_s, big);
        writeFile(pkg + u"/data/sub/deep.txt"_s, "deep\n");
        writeFile(pkg + u"/ñämé – 日本.txt"_s, "unicode\n");
        writeFile(pkg + u"/.hidden"_s, "skipped like ipfs add\n");

        const auto profile =
            cidVersion ? ipfs::ImportProfile::kuboV1() : ipfs::ImportProfile::kuboV0();
        ipfs::Importer importer(profile);
        auto ours = importer.importPath(pkg);
        QVERIFY(ours.ok());

        pt::test::FakePinata fake(kToken);
        QVERIFY(fake.listen());
        PinataClient client;
        client.setBaseUrl(fake.url());
        client.setToken(kToken);
        auto up = await<PinataUpload>([&](auto cb) {
            client.uploadFolder(pkg, u"my-trace"_s, cidVersion, ours->cid.toString(), cb);
        });
        QVERIFY2(up.ok(), pt::test::why(up).constData());
        QCOMPARE(up->ipfsHash, ours->cid.toString());
        QVERIFY(!up->isDuplicate);
        QVERIFY(up->pinSize > 300000);
        QStringList names = fake.lastUploadNames();
        names.sort();
        QCOMPARE(names,
                 (QStringList{u"my-trace/README.md"_s, u"my-trace/data/sub/deep.txt"_s,
                              u"my-trace/data/values.bin"_s, u"my-trace/ñämé – 日本.txt"_s}));

        // A second upload is a duplicate; a wrong expectation is a clear error naming both.
        auto wrong = await<PinataUpload>([&](auto cb) {
            client.uploadFolder(pkg, u"my-trace"_s, cidVersion,
                                u"QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn"_s, cb);
        });
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, Error::VerifyFailed);
        QVERIFY(wrong.error().message.contains(ours->cid.toString()));
        QVERIFY(
            wrong.error().message.contains(u"QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn"_s));
    }

    void errorParsing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("text");
        QTest::newRow("object") << QByteArray(R"({"error":{"reason":"R","details":"D"}})")
                                << u"R: D"_s;
        QTest::newRow("string") << QByteArray(R"({"error":"Invalid request format."})")
                                << u"Invalid request format."_s;
        QTest::newRow("message") << QByteArray(R"({"message":"Not Found"})") << u"Not Found"_s;
        QTest::newRow("html") << QByteArray("<html>bad gateway</html>")
                              << u"<html>bad gateway</html>"_s;
        QTest::newRow("empty") << QByteArray() << u"HTTP 502 with an empty body"_s;
    }
    void errorParsing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, text);
        QCOMPARE(pinataErrorText(502, body), text);
    }

    void redact()
    {
        QCOMPARE(HttpPinningClient::redact(u"bad token abcdef123 here"_s, u"abcdef123"_s),
                 u"bad token *** here"_s);
    }
};

QTEST_GUILESS_MAIN(TestPinata)
#include "tst_pinata.moc"
