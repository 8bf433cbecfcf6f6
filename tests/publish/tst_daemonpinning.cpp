// Pinning "via my IPFS node's remote service NAME" (core/publish/daemonpinning.h): the client
// of Kubo's pin/remote/* against a stateful fake Kubo (tests/publish/fakekubo.h: js-ipfs, the
// real test node, does not serve pin/remote), then the whole pipeline with two v2 artifacts,
// where the fake passes add/pin/ls on to the real js-ipfs node and handles pin/remote itself.
#include "core/daemon/kuborpc.h"
#include "core/paths.h"
#include "core/publish/daemonpinning.h"
#include "core/publish/publishpipeline.h"
#include "core/settings.h"
#include "tests/publish/artifacts.h"
#include "tests/publish/await.h"
#include "tests/publish/fakekubo.h"
#include "tests/publish/fakepsa.h"
#include "tests/publish/memorytokens.h"
#include "tests/support/ipfsnode.h"
#include "tests/support/testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace pt;
using namespace pt::publish;
using pt::test::await;
using pt::test::why;

namespace {
const QString kCid = u"bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e"_s;
const QString kCid2 = u"QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn"_s;
const QString kPsaToken = u"daemon-pinning-psa-token-0123456789"_s;
} // namespace

class TestDaemonPinning : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        Paths::setRoot(m_tmp.filePath(u"root"_s));
    }

    // The parsers, on answers written as Kubo's documentation gives them.
    void parsers()
    {
        auto services = daemon::parseRemoteServices(
            "{\"RemoteServices\":[{\"Service\":\"mypsa\",\"ApiEndpoint\":\"https://psa.example/"
            "api\"},"
            "{\"Service\":\"other\",\"ApiEndpoint\":\"https://"
            "o.example\",\"Stat\":{\"Status\":\"invalid\","
            "\"PinCount\":{\"Queued\":0,\"Pinning\":0,\"Pinned\":3,\"Failed\":0}}}]}"
            "\n");
        QVERIFY2(services.ok(), why(services).constData());
        QCOMPARE(services->size(), 2);
        QCOMPARE(services->at(0).service, u"mypsa"_s);
        QCOMPARE(services->at(0).apiEndpoint, u"https://psa.example/api"_s);
        QVERIFY(services->at(0).statStatus.isEmpty());
        QCOMPARE(services->at(1).statStatus, u"invalid"_s);
        QCOMPARE(daemon::parseRemoteServices("{\"RemoteServices\":null}").value().size(), 0);
        QVERIFY(!daemon::parseRemoteServices("{\"RemoteServices\":7}").ok());
        QVERIFY(
            !daemon::parseRemoteServices("{\"RemoteServices\":[{\"ApiEndpoint\":\"x\"}]}").ok());
        QVERIFY(!daemon::parseRemoteServices("404 page not found").ok());

        auto pin = daemon::parseRemotePin("{\"Status\":\"queued\",\"Cid\":\"" + kCid.toLatin1() +
                                          "\",\"Name\":\"t\"}"
                                          "\n");
        QVERIFY2(pin.ok(), why(pin).constData());
        QCOMPARE(pin->cid, kCid);
        QCOMPARE(pin->status, u"queued"_s);
        QCOMPARE(pin->name, u"t"_s);
        auto badStatus =
            daemon::parseRemotePin("{\"Status\":\"done\",\"Cid\":\"x\",\"Name\":\"\"}");
        QVERIFY(!badStatus.ok());
        QVERIFY2(badStatus.error().message.contains(u"queued, pinning, pinned or failed"_s),
                 why(badStatus).constData());
        QVERIFY(!daemon::parseRemotePin("{\"Status\":\"pinned\"}").ok());

        const QByteArray stream = "{\"Status\":\"pinned\",\"Cid\":\"" + kCid.toLatin1() +
                                  "\",\"Name\":\"a\"}"
                                  "\n"
                                  "{\"Status\":\"failed\",\"Cid\":\"" +
                                  kCid2.toLatin1() + "\",\"Name\":\"b\"}" + "\n";
        auto list = daemon::parseRemotePinList(stream);
        QVERIFY2(list.ok(), why(list).constData());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(1).status, u"failed"_s);
        QCOMPARE(daemon::parseRemotePinList("").value().size(), 0);
        QVERIFY(!daemon::parseRemotePinList(stream, 1).ok()); // bounded
        auto streamError = daemon::parseRemotePinList(
            stream + "{\"Message\":\"service not found\",\"Code\":0,\"Type\":\"error\"}");
        QVERIFY(!streamError.ok());
        QVERIFY(streamError.error().message.contains(u"service not found"_s));
    }

    // The client against the fake node: list the node's services, test one, pin with
    // background=true, wait until pinned, a failing CID, list, remove; errors name the service.
    void client()
    {
        pt::test::FakeKubo kubo;
        QVERIFY(kubo.listen());
        kubo.addService(u"mypsa"_s, u"https://psa.example/api/v1"_s);
        kubo.addService(u"broken"_s, u"https://broken.example"_s);
        kubo.setInvalidKey(u"broken"_s);
        kubo.setFailingCid(kCid2);

        daemon::KuboRpc rpc;
        rpc.setBaseUrl(kubo.url());
        auto services =
            await<QList<daemon::RemoteService>>([&](auto cb) { rpc.remoteServices(cb); });
        QVERIFY2(services.ok(), why(services).constData());
        QCOMPARE(services->size(), 2);

        DaemonRemotePinning pinning(kubo.url(), u"mypsa"_s);
        QCOMPARE(pinning.displayName(), u"daemon:mypsa"_s);
        QVERIFY(await<void>([&](auto cb) { pinning.testCredentials(cb); }).ok());
        DaemonRemotePinning broken(kubo.url(), u"broken"_s);
        auto brokenTest = await<void>([&](auto cb) { broken.testCredentials(cb); });
        QVERIFY(!brokenTest.ok());
        QVERIFY2(brokenTest.error().message.contains(u"'invalid'"_s), why(brokenTest).constData());
        DaemonRemotePinning missing(kubo.url(), u"nope"_s);
        auto missingTest = await<void>([&](auto cb) { missing.testCredentials(cb); });
        QCOMPARE(missingTest.error().code, Error::NotFound);
        QVERIFY2(missingTest.error().message.contains(u"(it has: broken, mypsa)"_s),
                 why(missingTest).constData());
        auto unknownPin = await<PinStatus>([&](auto cb) { missing.pin(kCid, u"x"_s, {}, {}, cb); });
        QVERIFY(!unknownPin.ok());
        QVERIFY2(unknownPin.error().message.contains(u"service not found"_s),
                 why(unknownPin).constData());
        QVERIFY(unknownPin.error().message.contains(u"'nope'"_s));

        auto added =
            await<PinStatus>([&](auto cb) { pinning.pin(kCid, u"coal/a.bin"_s, {}, {}, cb); });
        QVERIFY2(added.ok(), why(added).constData());
        QCOMPARE(added->status, PinState::Queued);
        QCOMPARE(added->requestId, kCid);
        QCOMPARE(kubo.pins().size(), 1);
        QVERIFY(kubo.pins().first().background);
        QCOMPARE(kubo.pins().first().name, u"coal/a.bin"_s);
        const pt::test::FakeRequest addRequest = kubo.requests().last();
        QCOMPARE(addRequest.method, QByteArray("POST"));
        QCOMPARE(addRequest.query.queryItemValue(u"arg"_s), kCid);
        QCOMPARE(addRequest.query.queryItemValue(u"background"_s), u"true"_s);

        PinWaiter waiter(&pinning, added->requestId, {5, 20, 10000});
        QList<PinState> seen;
        connect(&waiter, &PinWaiter::stateChanged, [&seen](PinState s) { seen << s; });
        std::optional<Result<PinStatus>> done;
        connect(&waiter, &PinWaiter::finished,
                [&done](const Result<PinStatus> &r) { done.emplace(r); });
        waiter.start();
        QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 10000);
        const Result<PinStatus> result = *done;
        QVERIFY2(result.ok(), why(result).constData());
        QCOMPARE(result->status, PinState::Pinned);
        QVERIFY(seen.contains(PinState::Pinning));
        QCOMPARE(kubo.pinnedCids(u"mypsa"_s), QStringList{kCid});
        // ls asked for every state with repeated flags, as the RPC API wants them.
        const pt::test::FakeRequest ls = kubo.requests().last();
        QCOMPARE(ls.path, u"/api/v0/pin/remote/ls"_s);
        QCOMPARE(ls.query.allQueryItemValues(u"status"_s),
                 (QStringList{u"queued"_s, u"pinning"_s, u"pinned"_s, u"failed"_s}));

        QVERIFY(await<PinStatus>([&](auto cb) { pinning.pin(kCid2, {}, {}, {}, cb); }).ok());
        PinWaiter failing(&pinning, kCid2, {5, 20, 10000});
        std::optional<Result<PinStatus>> failed;
        connect(&failing, &PinWaiter::finished,
                [&failed](const Result<PinStatus> &r) { failed.emplace(r); });
        failing.start();
        QTRY_VERIFY_WITH_TIMEOUT(failed.has_value(), 10000);
        QVERIFY(!failed->ok());

        auto listed = await<PinList>([&](auto cb) { pinning.list(PinFilter{}, cb); });
        QVERIFY2(listed.ok(), why(listed).constData());
        QCOMPARE(listed->count, 1);
        QCOMPARE(listed->results.first().cid, kCid);
        QVERIFY(await<void>([&](auto cb) { pinning.remove(kCid, cb); }).ok());
        QVERIFY(kubo.pinnedCids(u"mypsa"_s).isEmpty());
        auto gone = await<PinStatus>([&](auto cb) { pinning.status(kCid, cb); });
        QCOMPARE(gone.error().code, Error::NotFound);

        // The factory: daemon:NAME needs a node, and never a secret.
        auto handle = createPinningService(u"daemon:mypsa"_s, {}, kubo.url());
        QVERIFY2(handle.ok(), why(handle).constData());
        QVERIFY(handle->secretService.isEmpty());
        QCOMPARE(handle->service->displayName(), u"daemon:mypsa"_s);
        auto noNode = createPinningService(u"daemon:mypsa"_s, {}, QUrl());
        QVERIFY(!noNode.ok());
        QVERIFY(noNode.error().message.contains(u"local IPFS node"_s));
    }

    // The pipeline with two v2 artifacts, added to the real js-ipfs node (through the fake,
    // which forwards add) and pinned via the node's remote service and on a PSA: every
    // artifact CID on every service.
    void pipelineTwoArtifacts()
    {
        if (!pt::test::IpfsNode::available())
            QSKIP(qPrintable(pt::test::IpfsNode::unavailableReason()));
        pt::test::IpfsNode node;
        QVERIFY2(node.start(), qPrintable(node.errorString()));
        pt::test::FakeKubo kubo;
        QVERIFY(kubo.listen());
        kubo.addService(u"mypsa"_s, u"https://psa.example/api/v1"_s);
        kubo.forwardTo(node.apiUrl());
        pt::test::FakePsa psa(kPsaToken);
        QVERIFY(psa.listen());
        Settings settings(m_tmp.filePath(u"settings.ini"_s));
        pt::test::MemoryTokens tokens;
        tokens.tokens = {{u"psa:node"_s, kPsaToken}};

        const QStringList bins = pt::test::writeComputeArtifacts(m_tmp.filePath(u"bins"_s));
        QCOMPARE(bins.size(), 2);
        PublishPipeline p(&settings, &tokens);
        p.setConfiguredServices({{u"node"_s, pt::PinningService::Kind::Psa, psa.url().toString()}});
        p.setPinWait(5, 20, 20000);
        p.setRecordDir(m_tmp.filePath(u"records"_s));
        PublishRequest req;
        req.artifactPaths = bins;
        req.metadataPath = pt::test::dataPath(u"publish/package/metadata.json"_s);
        req.id = u"coal_daemon_remote"_s;
        req.daemonApi = kubo.url();
        req.services = {u"daemon:mypsa"_s, u"psa:node"_s};
        req.offline = true;
        p.setRequest(req);
        std::optional<Result<void>> out;
        connect(&p, &PublishPipeline::finished, [&out](const Result<void> &r) { out.emplace(r); });
        p.start(PublishRecord::Step::Pin);
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 60000);
        QVERIFY2(out->ok(), why(*out).constData());
        const PublishRecord &rec = p.record();
        QCOMPARE(rec.addState, u"added"_s);
        const QStringList cids = rec.pinCids();
        QCOMPARE(cids.size(), 2);
        QVERIFY(cids.at(0) != cids.at(1));
        QStringList pinned = kubo.pinnedCids(u"mypsa"_s);
        pinned.sort();
        QStringList expected = cids;
        expected.sort();
        QCOMPARE(pinned, expected);
        QStringList onPsa;
        for (const pt::test::FakePsa::Pin &pin : psa.pins())
            onPsa << pin.cid;
        onPsa.sort();
        QCOMPARE(onPsa, expected);
        for (const QString &s : req.services)
            for (const QString &cid : cids)
                QCOMPARE(rec.pin(s, cid).state, u"pinned"_s);
        // Both artifacts really are on the node (the remote service would fetch them there).
        for (const QString &cid : cids) {
            QUrlQuery q;
            q.addQueryItem(u"arg"_s, cid);
            QCOMPARE(node.rpc(u"pin/ls"_s, q).status, 200);
        }
        QVERIFY2(rec.summary().contains(u"pinned on daemon:mypsa, psa:node"_s),
                 qPrintable(rec.summary()));
    }
};

QTEST_GUILESS_MAIN(TestDaemonPinning)
#include "tst_daemonpinning.moc"
