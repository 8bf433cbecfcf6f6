// Mirror / repin: against the strict PSA fake (a service that dies in the middle of a run, and
// a resumed run that does not ask again for what was finished), the Pinata fake (CIDs already
// pinned are not pinned twice), and the real js-ipfs node (pin/add of present content, a CID
// nobody has failing within its timeout); the state file; the probe's pinning check.
#include "core/daemon/kuborpc.h"
#include "core/paths.h"
#include "core/publish/mirror.h"
#include "core/publish/pinataclient.h"
#include "core/publish/psaclient.h"
#include "tests/publish/fakepinata.h"
#include "tests/publish/fakepsa.h"
#include "tests/support/ipfsnode.h"
#include "tests/support/testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace pt;
using namespace pt::publish;

namespace {
const QString kToken = QStringLiteral("mirror-test-token-Qw8Er6Ty4Ui2Op0");

QList<MirrorItem> items(int n, const QByteArray &seed)
{
    QList<MirrorItem> out;
    for (int i = 0; i < n; ++i) {
        const ipfs::Cid cid =
            ipfs::Cid::forBlock(1, ipfs::Codec::Raw, QByteArray(seed + QByteArray::number(i)));
        out.append({QStringLiteral("entry%1").arg(i), cid.toString(), QStringLiteral("parent")});
    }
    return out;
}

int postsOfPins(const QList<test::FakeRequest> &requests)
{
    int n = 0;
    for (const test::FakeRequest &r : requests)
        n += r.method == "POST" && r.path == QLatin1String("/pins");
    return n;
}

bool run(Mirror &mirror, const QList<MirrorItem> &list, int timeoutMs = 60000)
{
    QSignalSpy done(&mirror, &Mirror::finished);
    mirror.start(list);
    return done.wait(timeoutMs) || done.count() == 1;
}
} // namespace

class TestMirror : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_tmp;

private slots:
    void init() { m_tmp = std::make_unique<QTemporaryDir>(); }

    void psaFailsInTheMiddleThenResumes()
    {
        const QList<MirrorItem> list = items(6, "psa");
        const QString statePath = m_tmp->filePath(QStringLiteral("state/psa.json"));
        auto psa = std::make_unique<test::FakePsa>(kToken);
        QVERIFY(psa->listen());
        PsaClient client(QStringLiteral("lab"));
        client.setBaseUrl(psa->url());
        client.setToken(kToken);
        client.setTimeout(5000);

        Mirror first(serviceTarget(&client, QStringLiteral("psa:lab")), statePath);
        first.setConcurrency(1);
        // The service goes away after the third pin: the rest fail, the run goes on.
        connect(&first, &Mirror::progress, this, [&psa](int done, int, const QString &) {
            if (done == 3)
                QTimer::singleShot(0, [&psa] { psa.reset(); });
        });
        QVERIFY(run(first, list));
        QCOMPARE(first.count(MirrorOutcome::Requested), 3); // the fake answers "queued"
        QCOMPARE(first.count(MirrorOutcome::Failed), 3);
        for (int i = 0; i < 6; ++i) {
            const MirrorOutcome &o = first.outcomes().at(i);
            QCOMPARE(o.item.cid, list.at(i).cid);
            if (i >= 3) {
                QVERIFY2(!o.error.isEmpty(), qPrintable(o.error));
                QCOMPARE(o.errorCode, Error::Network); // connection refused
            }
        }
        QVERIFY2(first.error().message.isEmpty(), qPrintable(first.error().message));
        {
            QFile f(statePath);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            QCOMPARE(o.value(QStringLiteral("target")).toString(), QStringLiteral("psa:lab"));
            QCOMPARE(o.value(QStringLiteral("pins")).toObject().size(), 3);
            QCOMPARE(o.value(QStringLiteral("pins"))
                         .toObject()
                         .value(list.at(0).cid)
                         .toObject()
                         .value(QStringLiteral("state"))
                         .toString(),
                     QStringLiteral("queued"));
        }

        // The service is back (a new, empty one): only the three failed CIDs are asked for.
        test::FakePsa again(kToken);
        QVERIFY(again.listen());
        client.setBaseUrl(again.url());
        Mirror second(serviceTarget(&client, QStringLiteral("psa:lab")), statePath);
        QVERIFY(run(second, list));
        QCOMPARE(second.count(MirrorOutcome::Resumed), 3);
        QCOMPARE(second.count(MirrorOutcome::Requested), 3);
        QCOMPARE(second.count(MirrorOutcome::Failed), 0);
        QCOMPARE(postsOfPins(again.requests()), 3);
        QCOMPARE(again.pins().size(), 3);
        for (const test::FakeRequest &r : again.requests()) {
            for (int i = 0; i < 3; ++i) {
                QVERIFY2(!r.url.toString().contains(list.at(i).cid) &&
                             !r.body.contains(list.at(i).cid.toUtf8()),
                         "a finished pin was asked about again");
            }
        }

        // A third run has nothing left to do and sends nothing.
        again.clearRequests();
        Mirror third(serviceTarget(&client, QStringLiteral("psa:lab")), statePath);
        QVERIFY(run(third, list));
        QCOMPARE(third.count(MirrorOutcome::Resumed), 6);
        QCOMPARE(again.requests().size(), 0);
    }

    void cancelKeepsWhatWasFinished()
    {
        const QList<MirrorItem> list = items(5, "cancel");
        test::FakePsa psa(kToken);
        QVERIFY(psa.listen());
        PsaClient client(QStringLiteral("lab"));
        client.setBaseUrl(psa.url());
        client.setToken(kToken);
        const QString statePath = m_tmp->filePath(QStringLiteral("cancel.json"));
        Mirror m(serviceTarget(&client, QStringLiteral("psa:lab")), statePath);
        m.setConcurrency(1);
        connect(&m, &Mirror::progress, this, [&m](int done, int, const QString &) {
            if (done == 2)
                m.cancel(); // what SIGINT/SIGTERM does in the CLI
        });
        QVERIFY(run(m, list));
        QCOMPARE(m.count(MirrorOutcome::Requested), 2);
        QCOMPARE(m.count(MirrorOutcome::Cancelled), 3);
        QVERIFY(!m.isRunning());
        MirrorState state(statePath, QStringLiteral("psa:lab"));
        QVERIFY(state.load().ok());
        QCOMPARE(state.size(), 2);
        QVERIFY(state.isDone(list.at(0).cid) && state.isDone(list.at(1).cid));
        QVERIFY(!state.isDone(list.at(2).cid));
    }

    void pinataSkipsWhatIsAlreadyPinned()
    {
        const QList<MirrorItem> list = items(3, "pinata");
        test::FakePinata pinata(kToken);
        QVERIFY(pinata.listen());
        PinataClient client;
        client.setBaseUrl(pinata.url());
        client.setToken(kToken);
        Mirror first(serviceTarget(&client, QStringLiteral("pinata")),
                     m_tmp->filePath(QStringLiteral("pinata.json")));
        QVERIFY(run(first, list));
        QCOMPARE(first.count(MirrorOutcome::Failed), 0);
        QCOMPARE(first.count(MirrorOutcome::Requested) + first.count(MirrorOutcome::Pinned), 3);
        QCOMPARE(pinata.pins().size(), 3);

        // Without the state file (lost, or another machine): the status check finds them.
        Mirror second(serviceTarget(&client, QStringLiteral("pinata")),
                      m_tmp->filePath(QStringLiteral("other.json")));
        QVERIFY(run(second, list));
        QCOMPARE(second.count(MirrorOutcome::AlreadyPinned), 3);
        int pinByHash = 0;
        for (const test::FakeRequest &r : pinata.requests())
            pinByHash += r.path.endsWith(QLatin1String("/pinByHash"));
        QCOMPARE(pinByHash, 3);
    }

    void realNodePinsAndTimesOut()
    {
        if (!test::IpfsNode::available())
            QSKIP(qPrintable(test::IpfsNode::unavailableReason()));
        test::IpfsNode node;
        QVERIFY2(node.start(), qPrintable(node.errorString()));
        QUrlQuery noPin;
        noPin.addQueryItem(QStringLiteral("pin"), QStringLiteral("false"));
        QList<MirrorItem> list;
        for (int i = 0; i < 2; ++i) {
            QString error;
            const QString cid =
                node.add(test::chacha20Keystream("mirror-node" + QByteArray::number(i), 600 * 1024),
                         QStringLiteral("f.bin"), noPin, &error);
            QVERIFY2(!cid.isEmpty(), qPrintable(error));
            list.append({QStringLiteral("e%1").arg(i), cid, QStringLiteral("parent")});
        }
        // In the middle: a CID nobody has (the node has no peers): it must fail, not hang.
        list.insert(1, items(1, "absent").first());

        daemon::KuboRpc rpc;
        rpc.setBaseUrl(node.apiUrl());
        int pinCalls = 0;
        PinTarget target = daemonTarget(&rpc, 3000);
        auto pin = target.pin;
        target.pin = [&pinCalls, pin](const QString &cid, const QString &label, auto done) {
            ++pinCalls;
            pin(cid, label, done);
        };
        const QString statePath = m_tmp->filePath(QStringLiteral("daemon.json"));
        Mirror first(target, statePath);
        QVERIFY(run(first, list, 60000));
        QCOMPARE(first.count(MirrorOutcome::Pinned), 2);
        QCOMPARE(first.count(MirrorOutcome::Failed), 1);
        QCOMPARE(first.outcomes().at(1).kind, MirrorOutcome::Failed);
        qInfo("the absent CID failed with: %s", qPrintable(first.outcomes().at(1).error));
        QCOMPARE(pinCalls, 3);
        for (int i : {0, 2}) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("arg"), list.at(i).cid);
            const test::IpfsNode::Reply r = node.rpc(QStringLiteral("pin/ls"), q);
            QCOMPARE(r.status, 200);
            QVERIFY2(r.body.contains("ecursive"), r.body.constData());
        }

        // Resumed: the two pinned are not asked again, the failed one is tried again.
        pinCalls = 0;
        Mirror second(target, statePath);
        QVERIFY(run(second, list, 60000));
        QCOMPARE(second.count(MirrorOutcome::Resumed), 2);
        QCOMPARE(second.count(MirrorOutcome::Failed), 1);
        QCOMPARE(pinCalls, 1);
    }

    void stateFileProblems()
    {
        const QString path = m_tmp->filePath(QStringLiteral("s.json"));
        MirrorState a(path, QStringLiteral("pinata"));
        QVERIFY(a.load().ok());
        a.markDone(QStringLiteral("bafy-x"), QStringLiteral("pinned"));
        QVERIFY(a.save().ok());
        MirrorState wrongTarget(path, QStringLiteral("psa:lab"));
        Result<void> r = wrongTarget.load();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("belongs to target \"pinata\"")),
                 qPrintable(r.error().message));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"version\": 1, \"pins\": ");
        f.close();
        MirrorState damaged(path, QStringLiteral("pinata"));
        r = damaged.load();
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("damaged")));

        // A run on a damaged state pins nothing and says why.
        int calls = 0;
        PinTarget t;
        t.name = QStringLiteral("pinata");
        t.pin = [&calls](const QString &, const QString &, auto done) {
            ++calls;
            done(QStringLiteral("pinned"));
        };
        Mirror m(t, path);
        QVERIFY(run(m, items(2, "s")));
        QCOMPARE(calls, 0);
        QVERIFY(m.error().message.contains(QLatin1String("damaged")));

        Paths::setRoot(m_tmp->path());
        QCOMPARE(MirrorState::defaultPath(QStringLiteral("psa:my lab")),
                 Paths::dataDir() + QStringLiteral("/mirror/psa_my_lab.json"));
        Paths::setRoot({});
    }

    void sameCidInTwoEntriesIsPinnedOnce()
    {
        const ipfs::Cid cid = ipfs::Cid::forBlock(1, ipfs::Codec::Raw, QByteArrayLiteral("x"));
        const QList<MirrorItem> list =
            mirrorItems({{QStringLiteral("a"), cid, QStringLiteral("scc")},
                         {QStringLiteral("b"), cid, QStringLiteral("scc")}});
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().id, QStringLiteral("a, b"));
    }

    void probePinCheckOnPsa()
    {
        test::FakePsa psa(kToken);
        QVERIFY(psa.listen());
        PsaClient client(QStringLiteral("lab"));
        client.setBaseUrl(psa.url());
        client.setToken(kToken);
        const QList<MirrorItem> list = items(2, "check");
        Mirror m(serviceTarget(&client, QStringLiteral("psa:lab")),
                 m_tmp->filePath(QStringLiteral("c.json")));
        QVERIFY(run(m, {list.first()}));
        fetch::PinCheck check = pinCheck(&client);
        // The fake moves a pin one step per GET /pins/{id}: queued → pinning → pinned.
        QStringList seen;
        for (int i = 0; i < 4; ++i) {
            std::optional<std::pair<bool, QString>> answer;
            check(list.first().cid,
                  [&answer](bool pinned, QString error) { answer.emplace(pinned, error); });
            QTRY_VERIFY(answer.has_value());
            seen << (answer->first ? QStringLiteral("pinned") : answer->second);
        }
        QVERIFY2(seen.contains(QStringLiteral("pinned")), qPrintable(seen.join(u',')));
        std::optional<std::pair<bool, QString>> absent;
        check(list.last().cid,
              [&absent](bool pinned, QString error) { absent.emplace(pinned, error); });
        QTRY_VERIFY(absent.has_value());
        QVERIFY(!absent->first);
        QCOMPARE(absent->second, QStringLiteral("not pinned"));
    }
};

QTEST_GUILESS_MAIN(TestMirror)
#include "tst_mirror.moc"
