// PublishPipeline end to end: package → add on the real js-ipfs node → pins on the Pinata and
// PSA fakes → registry edit → pull request on the GitHub fake; the failure paths (a pin that
// fails, a 401 from GitHub, a PR that already exists, GitHub unreachable → patch, a daemon that
// is down, cancel) each leave an honest record, and a resume skips the finished steps.
#include "core/paths.h"
#include "core/publish/publishpipeline.h"
#include "core/publish/registryeditor.h"
#include "core/settings.h"
#include "tests/publish/artifacts.h"
#include "tests/publish/fakegithub.h"
#include "tests/publish/fakepinata.h"
#include "tests/publish/fakepsa.h"
#include "tests/publish/memorytokens.h"
#include "tests/support/ipfsnode.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace pt;
using namespace pt::publish;

namespace {

const QString kPinataToken = u"eyJhbGciOiJIUzI1NiJ9.pinata-pipeline.S3cr3tS1gn4tur3"_s;
const QString kPsaToken = u"psa-pipeline-token-0123456789abcdef"_s;
const QByteArray kGitHubToken = "ghp_pipelineTokenAAAAAAAAAAAAAAAAAAAAAAAA";

using pt::test::MemoryTokens;

} // namespace

class TestPublishPipeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<pt::test::IpfsNode> m_node;
    std::unique_ptr<pt::test::FakePinata> m_pinata;
    std::unique_ptr<pt::test::FakePsa> m_psa;
    std::unique_ptr<pt::test::FakeGitHub> m_github;
    std::unique_ptr<Settings> m_settings;
    MemoryTokens m_tokens;
    QString m_registryPath;
    int m_run = 0;

    GitHubConfig gitHubConfig() const
    {
        GitHubConfig c;
        c.apiBase = m_github->baseUrl();
        c.webBase = m_github->baseUrl();
        c.forkPollInitial = std::chrono::milliseconds(5);
        c.forkPollMax = std::chrono::milliseconds(20);
        c.forkPollAttempts = 5;
        return c;
    }

    QList<pt::PinningService> services() const
    {
        return {{u"pinata"_s, pt::PinningService::Kind::Pinata, m_pinata->url().toString()},
                {u"node"_s, pt::PinningService::Kind::Psa, m_psa->url().toString()}};
    }

    std::unique_ptr<PublishPipeline> pipeline(const QString &recordDir)
    {
        auto p = std::make_unique<PublishPipeline>(m_settings.get(), &m_tokens);
        p->setGitHubConfig(gitHubConfig());
        p->setConfiguredServices(services());
        p->setPinWait(5, 20, 10000);
        p->setRecordDir(recordDir);
        return p;
    }

    PublishRequest request(const QString &id) const
    {
        const QString d = pt::test::dataPath(u"publish/package/"_s);
        PublishRequest r;
        r.tracePath = d + u"kingman_n5.json"_s;
        r.metadataPath = d + u"metadata.json"_s;
        r.constructionCodePath = d + u"construction_code.py"_s;
        r.id = id;
        r.profile = u"kubo-v0"_s;
        r.registryPath = m_registryPath;
        return r;
    }

    static Result<void> run(PublishPipeline *p,
                            PublishRecord::Step last = PublishRecord::Step::Done,
                            QList<PublishRecord::Step> *steps = nullptr)
    {
        std::optional<Result<void>> out;
        auto c1 = QObject::connect(p, &PublishPipeline::finished,
                                   [&out](const Result<void> &r) { out.emplace(r); });
        QMetaObject::Connection c2;
        if (steps)
            c2 = QObject::connect(p, &PublishPipeline::stepStarted,
                                  [steps](PublishRecord::Step s) { steps->append(s); });
        p->start(last);
        if (!QTest::qWaitFor([&out] { return out.has_value(); }, 60000))
            out.emplace(Error(u"test: the pipeline did not finish within 60 s"_s));
        QObject::disconnect(c1);
        QObject::disconnect(c2);
        return *out;
    }

    QString freshDir() { return m_tmp.filePath(u"records-%1"_s.arg(++m_run)); }

    static QByteArray fileText(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        Paths::setRoot(m_tmp.filePath(u"root"_s));
        m_pinata = std::make_unique<pt::test::FakePinata>(kPinataToken);
        QVERIFY(m_pinata->listen());
        m_psa = std::make_unique<pt::test::FakePsa>(kPsaToken);
        QVERIFY(m_psa->listen());
        m_settings = std::make_unique<Settings>(m_tmp.filePath(u"settings.ini"_s));
        QVERIFY(m_settings->setAuthorName(u"Test Author"_s).ok());
        QVERIFY(m_settings->setGithubLogin(u"alice"_s).ok());
        m_registryPath = m_tmp.filePath(u"registry.json"_s);
        QFile f(m_registryPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pt::test::readData(u"publish/registry/registry-d7430d6.json"_s));
    }

    void init()
    {
        m_github = std::make_unique<pt::test::FakeGitHub>();
        QVERIFY(m_github->start() != 0);
        m_github->addUser(u"alice"_s, kGitHubToken);
        m_github->addRepo(u"munch-group"_s, u"phasic-traces"_s,
                          {{u"registry.json"_s,
                            pt::test::readData(u"publish/registry/registry-d7430d6.json"_s)}});
        m_tokens.tokens = {{u"pinata"_s, kPinataToken},
                           {u"psa:node"_s, kPsaToken},
                           {u"github"_s, QString::fromLatin1(kGitHubToken)}};
    }

    // Everything on: the real node adds (and pins) the package, both services pin it, the PR
    // carries the entry. The record on disk says so, and holds no token.
    void fullRun()
    {
        if (!pt::test::IpfsNode::available())
            QSKIP(qPrintable(pt::test::IpfsNode::unavailableReason()));
        m_node = std::make_unique<pt::test::IpfsNode>();
        QVERIFY2(m_node->start(), qPrintable(m_node->errorString()));
        const QString dir = freshDir();
        auto p = pipeline(dir);
        PublishRequest req = request(u"coal_pipeline"_s);
        req.daemonApi = m_node->apiUrl();
        req.services = {u"pinata"_s, u"psa:node"_s};
        p->setRequest(req);
        QList<std::pair<QString, PinState>> states;
        connect(p.get(), &PublishPipeline::pinStateChanged,
                [&states](const QString &s, const QString &, PinState st) {
                    states.append({s, st});
                });
        QList<PublishRecord::Step> steps;
        Result<void> r = run(p.get(), PublishRecord::Step::Done, &steps);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const PublishRecord &rec = p->record();
        QCOMPARE(steps, (QList<PublishRecord::Step>{
                            PublishRecord::Step::Package, PublishRecord::Step::Add,
                            PublishRecord::Step::Pin, PublishRecord::Step::Registry,
                            PublishRecord::Step::PullRequest}));
        QVERIFY(rec.rootCid.startsWith(u"Qm"_s));
        QCOMPARE(rec.addState, u"added"_s);
        QCOMPARE(rec.daemonCid, rec.rootCid);
        QCOMPARE(rec.pin(u"pinata"_s, rec.rootCid).state, u"pinned"_s);
        QCOMPARE(rec.pin(u"psa:node"_s, rec.rootCid).state, u"pinned"_s);
        QVERIFY(m_pinata->pins().contains(rec.rootCid));
        QCOMPARE(m_psa->pins().last().cid, rec.rootCid);
        // The PSA pin went queued → pinning → pinned, reported live.
        QList<PinState> psaStates;
        for (const auto &[s, st] : states)
            if (s == u"psa:node"_s)
                psaStates.append(st);
        QVERIFY(psaStates.contains(PinState::Pinning));
        QCOMPARE(psaStates.last(), PinState::Pinned);
        QCOMPARE(rec.prUrl, u"https://github.com/munch-group/phasic-traces/pull/1"_s);
        QCOMPARE(m_github->pulls().size(), 1);
        QVERIFY(m_github->pulls().first().body.contains(rec.rootCid));
        const QByteArray pushed = m_github->fileAt(
            u"alice/phasic-traces"_s, u"heads/phasic-publish/coal_pipeline"_s, u"registry.json"_s);
        Result<RegistryDocument> doc = RegistryDocument::parse(pushed, u"pushed"_s);
        QVERIFY(doc.ok());
        QCOMPARE(doc->entry(u"coal_pipeline"_s)->find(u"cid"_s)->toString(), rec.rootCid);
        // The daemon has it pinned.
        QUrlQuery q;
        q.addQueryItem(u"arg"_s, rec.rootCid);
        QCOMPARE(m_node->rpc(u"pin/ls"_s, q).status, 200);
        // The record.
        const QByteArray saved = fileText(PublishPipeline::recordPathFor(dir, u"coal_pipeline"_s));
        QVERIFY(saved.contains(rec.rootCid.toUtf8()));
        QVERIFY(saved.contains("pull/1"));
        QVERIFY(!saved.contains(kGitHubToken));
        QVERIFY(!saved.contains(kPinataToken.toUtf8()));
        QVERIFY(!saved.contains(kPsaToken.toUtf8()));
        QVERIFY2(rec.summary().contains(u"pinned on pinata, psa:node"_s),
                 qPrintable(rec.summary()));
        QCOMPARE(rec.nextStep(), PublishRecord::Step::Done);
    }

    // A daemon that does not answer: the publish stops at "add", the package stays recorded.
    void daemonDown()
    {
        const QString dir = freshDir();
        auto p = pipeline(dir);
        PublishRequest req = request(u"coal_nodaemon"_s);
        req.daemonApi = QUrl(u"http://127.0.0.1:%1"_s.arg(pt::test::IpfsNode::freePort()));
        p->setRequest(req);
        Result<void> r = run(p.get());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Network);
        Result<PublishRecord> rec =
            PublishRecord::load(PublishPipeline::recordPathFor(dir, u"coal_nodaemon"_s));
        QVERIFY2(rec.ok(), qPrintable(rec.error().message));
        QVERIFY(rec->packaged);
        QCOMPARE(rec->errorStep, u"add"_s);
        QVERIFY(rec->addState.isEmpty());
        QVERIFY(rec->summary().contains(u"no pull request opened"_s));
        QCOMPARE(m_github->pulls().size(), 0);
    }

    // One service refuses (wrong token): no PR; the record says which pinned and which failed.
    // The resume (token fixed) pins only there and goes on; the package is not rebuilt and
    // Pinata is not asked again.
    void pinFailsThenResume()
    {
        const QString dir = freshDir();
        m_tokens.tokens[u"psa:node"_s] = u"wrong-token-0000000000000000"_s;
        auto p = pipeline(dir);
        PublishRequest req = request(u"coal_pinfail"_s);
        req.services = {u"pinata"_s, u"psa:node"_s};
        p->setRequest(req);
        Result<void> r = run(p.get());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"psa:node"_s), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(u"no pull request was opened"_s));
        const QString recordPath = PublishPipeline::recordPathFor(dir, u"coal_pinfail"_s);
        Result<PublishRecord> rec = PublishRecord::load(recordPath);
        QVERIFY(rec.ok());
        QCOMPARE(rec->errorStep, u"pin"_s);
        QCOMPARE(rec->pin(u"pinata"_s, rec->rootCid).state, u"pinned"_s); // uploaded (no daemon)
        QCOMPARE(rec->pin(u"psa:node"_s, rec->rootCid).state, u"failed"_s);
        QVERIFY2(rec->summary().contains(u"pinned on pinata"_s), qPrintable(rec->summary()));
        QVERIFY(rec->summary().contains(u"pin failed on psa:node"_s));
        QVERIFY(rec->summary().contains(u"no pull request opened"_s));
        QCOMPARE(m_github->pulls().size(), 0);
        const QString packageFile = dir + u"/coal_pinfail/package/trace.json.gz"_s;
        const QDateTime built = QFileInfo(packageFile).lastModified();
        QVERIFY(built.isValid());

        // Resume in a new pipeline (as after a restart).
        m_tokens.tokens[u"psa:node"_s] = kPsaToken;
        const qsizetype pinataRequests = m_pinata->requests().size();
        auto p2 = pipeline(QString());
        QVERIFY(p2->resume(recordPath).ok());
        QList<PublishRecord::Step> steps;
        QTest::qWait(20); // a rebuilt file would get a visibly later mtime
        r = run(p2.get(), PublishRecord::Step::Done, &steps);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(steps.first(), PublishRecord::Step::Pin);
        QVERIFY(!steps.contains(PublishRecord::Step::Package));
        QCOMPARE(QFileInfo(packageFile).lastModified(), built);
        QCOMPARE(m_pinata->requests().size(), pinataRequests);
        QCOMPARE(p2->record().pin(u"psa:node"_s, p2->record().rootCid).state, u"pinned"_s);
        QCOMPARE(m_github->pulls().size(), 1);

        // A third run of the finished record does nothing at all.
        steps.clear();
        const qsizetype ghRequests = m_github->requests().size();
        r = run(p2.get(), PublishRecord::Step::Done, &steps);
        QVERIFY(r.ok());
        QVERIFY(steps.isEmpty());
        QCOMPARE(m_github->requests().size(), ghRequests);
    }

    void gitHub401()
    {
        const QString dir = freshDir();
        m_tokens.tokens[u"github"_s] = u"ghp_revokedTokenBBBBBBBBBBBBBBBBBBBBBBBBBB"_s;
        auto p = pipeline(dir);
        p->setRequest(request(u"coal_401"_s));
        Result<void> r = run(p.get());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"401"_s), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(u"log in again"_s));
        const PublishRecord &rec = p->record();
        QCOMPARE(rec.errorStep, u"pr"_s);
        QVERIFY(rec.prUrl.isEmpty());
        QVERIFY(rec.registryEdited);
        QCOMPARE(rec.nextStep(), PublishRecord::Step::PullRequest);
        QVERIFY(QFile::exists(p->recordPath()));
        QVERIFY(!fileText(p->recordPath()).contains("ghp_revoked"));
    }

    // The same id published twice: the second run finds the open PR and updates it.
    void pullRequestExists()
    {
        auto p = pipeline(freshDir());
        p->setRequest(request(u"coal_twice"_s));
        QVERIFY(run(p.get()).ok());
        QVERIFY(!p->record().prExisting);
        auto p2 = pipeline(freshDir());
        PublishRequest req = request(u"coal_twice"_s);
        req.title = u"Add trace coal_twice (again)"_s;
        p2->setRequest(req);
        Result<void> r = run(p2.get());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY(p2->record().prExisting);
        QCOMPARE(p2->record().prUrl, p->record().prUrl);
        QCOMPARE(m_github->pulls().size(), 1);
        QVERIFY(p2->record().summary().contains(u"was updated"_s));
    }

    void offline_data()
    {
        QTest::addColumn<bool>("flag");
        QTest::addColumn<QString>("reason");
        QTest::newRow("--offline") << true << u"offline"_s;
        QTest::newRow("GitHub unreachable") << false << u"GitHub could not be reached"_s;
    }
    void offline()
    {
        QFETCH(bool, flag);
        QFETCH(QString, reason);
        auto p = pipeline(freshDir());
        if (!flag) {
            GitHubConfig c = gitHubConfig();
            c.apiBase = QUrl(u"http://127.0.0.1:%1"_s.arg(pt::test::IpfsNode::freePort()));
            p->setGitHubConfig(c);
        }
        PublishRequest req = request(u"coal_offline"_s);
        req.offline = flag;
        req.patchPath = m_tmp.filePath(u"offline-%1.patch"_s.arg(m_run));
        p->setRequest(req);
        QSignalSpy progress(p.get(), &PublishPipeline::progress);
        Result<void> r = run(p.get());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        // The CID computation reported its bytes up to the total.
        bool reachedTotal = false;
        for (const QList<QVariant> &args : std::as_const(progress))
            reachedTotal |=
                args.at(1).toLongLong() > 0 && args.at(0).toLongLong() == args.at(1).toLongLong();
        QVERIFY(reachedTotal);
        const PublishRecord &rec = p->record();
        QCOMPARE(rec.patchPath, req.patchPath);
        QVERIFY2(rec.offlineReason.contains(reason), qPrintable(rec.offlineReason));
        QVERIFY(rec.compareUrl.contains(u"/compare/master...alice:phasic-publish/coal_offline"_s));
        const QByteArray patch = fileText(rec.patchPath);
        QVERIFY(patch.contains("+++ b/registry.json"));
        QVERIFY(patch.contains("\"coal_offline\""));
        QCOMPARE(m_github->pulls().size(), 0);
        QVERIFY(rec.summary().contains(u"patch saved"_s));
    }

    // Cancel while a pin is being waited for: Cancelled, and the record tells what exists.
    void cancelWhilePinning()
    {
        auto p = pipeline(freshDir());
        p->setPinWait(5000, 5000, 60000); // slow polls: the cancel lands while waiting
        PublishRequest req = request(u"coal_cancel"_s);
        req.services = {u"psa:node"_s};
        p->setRequest(req);
        std::optional<Result<void>> out;
        connect(p.get(), &PublishPipeline::finished,
                [&out](const Result<void> &r) { out.emplace(r); });
        QSignalSpy pinSpy(p.get(), &PublishPipeline::pinStateChanged);
        p->start();
        QVERIFY(pinSpy.wait(20000));
        p->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 5000);
        QCOMPARE(out->error().code, Error::Cancelled);
        QVERIFY2(out->error().message.contains(u"pin requested on psa:node"_s),
                 qPrintable(out->error().message));
        Result<PublishRecord> rec = PublishRecord::load(p->recordPath());
        QVERIFY(rec.ok());
        QVERIFY(rec->cancelled);
        QVERIFY(!rec->pin(u"psa:node"_s, rec->rootCid).requestId.isEmpty());
        // The resume waits for that request instead of pinning again.
        const qsizetype pinsBefore = m_psa->pins().size();
        p->setPinWait(5, 20, 10000);
        QVERIFY(run(p.get()).ok());
        QCOMPARE(m_psa->pins().size(), pinsBefore);
        QCOMPARE(p->record().pin(u"psa:node"_s, p->record().rootCid).state, u"pinned"_s);
    }

    // v2: compute artifacts. The CID is the artifact's; the PR commits the artifact next to
    // registry.json (v2 entries point at artifacts/<file>).
    void computeArtifacts()
    {
        const QString hash(64, u'a');
        const QString bin = m_tmp.filePath(hash + u".bin"_s);
        QByteArray bytes("PTDPRMC1\x01\0\0\0\x02\0\0\0", 16);
        bytes += QByteArray(8, '\xaa');
        bytes += QByteArray("\x01\0\0\0\0\0\0\0\x01\0\0\0\0\0\0\0", 16);
        bytes += QByteArray("\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 16);
        bytes += QByteArray(144, '\0');
        QCOMPARE(bytes.size(), 200);
        {
            QFile f(bin);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const QByteArray v2 = pt::test::readData(u"publish/registry/registry.json"_s);
        m_github->addRepo(u"munch-group"_s, u"phasic-compute"_s, {{u"registry.json"_s, v2}});
        const QString v2Path = m_tmp.filePath(u"registry-v2.json"_s);
        {
            QFile f(v2Path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(v2);
        }
        auto p = pipeline(freshDir());
        PublishRequest req;
        req.artifactPaths = {bin};
        req.metadataPath = pt::test::dataPath(u"publish/package/metadata.json"_s);
        req.id = u"coal_v2_pipe"_s;
        req.registryPath = v2Path;
        req.repo = u"phasic-compute"_s;
        req.services = {u"psa:node"_s};
        p->setRequest(req);
        Result<void> r = run(p.get());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const PublishRecord &rec = p->record();
        QCOMPARE(rec.contents.size(), 1);
        QCOMPARE(rec.contents.first().name, hash + u".bin"_s);
        QCOMPARE(rec.rootCid, rec.contents.first().cid);
        QCOMPARE(m_psa->pins().last().cid, rec.rootCid);
        QVERIFY(rec.diff.contains("\"coal_v2_pipe\": {"));
        QCOMPARE(m_github->fileAt(u"alice/phasic-compute"_s, u"heads/phasic-publish/coal_v2_pipe"_s,
                                  u"artifacts/"_s + hash + u".bin"_s),
                 bytes);
        QVERIFY(m_github
                    ->fileAt(u"alice/phasic-compute"_s, u"heads/phasic-publish/coal_v2_pipe"_s,
                             u"registry.json"_s)
                    .contains("\"coal_v2_pipe\": {"));
    }

    // v2 with two artifacts: every artifact CID is pinned on every service (asked of the
    // fakes themselves), the record has one pin per (service, CID), and the PR body gives the
    // pin status of each CID.
    PublishRequest twoArtifactRequest(const QString &id, const QString &dir, char parent, char scc)
    {
        const QByteArray v2 = pt::test::readData(u"publish/registry/registry.json"_s);
        m_github->addRepo(u"munch-group"_s, u"phasic-compute"_s, {{u"registry.json"_s, v2}});
        const QString v2Path = m_tmp.filePath(u"registry-v2-%1.json"_s.arg(id));
        QFile f(v2Path);
        if (f.open(QIODevice::WriteOnly))
            f.write(v2);
        f.close();
        PublishRequest req;
        req.artifactPaths = pt::test::writeComputeArtifacts(dir, parent, scc);
        req.metadataPath = pt::test::dataPath(u"publish/package/metadata.json"_s);
        req.id = id;
        req.registryPath = v2Path;
        req.repo = u"phasic-compute"_s;
        req.services = {u"pinata"_s, u"psa:node"_s};
        return req;
    }

private slots:
    void twoArtifactsPinnedEverywhere()
    {
        auto p = pipeline(freshDir());
        const PublishRequest req =
            twoArtifactRequest(u"coal_v2_two"_s, m_tmp.filePath(u"two-artifacts"_s), 'c', 'd');
        QCOMPARE(req.artifactPaths.size(), 2);
        p->setRequest(req);
        QList<std::pair<QString, QString>> changed;
        connect(p.get(), &PublishPipeline::pinStateChanged,
                [&changed](const QString &s, const QString &cid, PinState) {
                    changed.append({s, cid});
                });
        Result<void> r = run(p.get());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const PublishRecord &rec = p->record();
        QCOMPARE(rec.contents.size(), 2);
        const QStringList cids = rec.pinCids();
        QCOMPARE(cids.size(), 2);
        QVERIFY(cids.at(0) != cids.at(1));
        // The fakes hold both CIDs.
        for (const QString &cid : cids) {
            QVERIFY2(m_pinata->pins().contains(cid), qPrintable(cid));
            QVERIFY(m_pinata->pins().value(cid).pinned());
            int onPsa = 0;
            for (const pt::test::FakePsa::Pin &pin : m_psa->pins())
                onPsa += pin.cid == cid && pin.status() == u"pinned"_s;
            QCOMPARE(onPsa, 1);
            for (const QString &s : req.services) {
                QCOMPARE(rec.pin(s, cid).state, u"pinned"_s);
                QVERIFY(!rec.pin(s, cid).requestId.isEmpty());
                QVERIFY(changed.contains({s, cid}));
            }
        }
        // The PSA pin names say which artifact.
        QVERIFY(m_psa->pins().last().name.startsWith(u"coal_v2_two/"_s));
        QVERIFY2(rec.summary().contains(u"pinned on pinata, psa:node"_s),
                 qPrintable(rec.summary()));
        const QString body = m_github->pulls().last().body;
        for (const QString &cid : cids)
            QVERIFY2(body.contains(cid), qPrintable(body));
        QCOMPARE(body.count(u"pinned on pinata, psa:node"_s), 2);
        // The record on disk: version 2, one pin per service and CID.
        const QJsonObject saved = QJsonDocument::fromJson(fileText(p->recordPath())).object();
        QCOMPARE(saved.value(u"version"_s).toInt(), 2);
        for (const QString &s : req.services)
            for (const QString &cid : cids)
                QCOMPARE(saved.value(u"pins"_s)
                             .toObject()
                             .value(s)
                             .toObject()
                             .value(cid)
                             .toObject()
                             .value(u"state"_s)
                             .toString(),
                         u"pinned"_s);
        // The registry entry lists both artifacts.
        const QByteArray pushed = m_github->fileAt(
            u"alice/phasic-compute"_s, u"heads/phasic-publish/coal_v2_two"_s, u"registry.json"_s);
        QVERIFY(pushed.contains(QByteArray("scc_" + QByteArray(64, 'd') + ".bin")));
        QVERIFY(pushed.contains(QByteArray(QByteArray(64, 'c') + ".bin")));
    }

    // One artifact's pin fails at one service: the record says exactly which (service, artifact,
    // CID); the other pins stand; no PR. The resume asks again only for that one.
    void oneArtifactPinFails()
    {
        const QString dir = freshDir();
        auto p = pipeline(dir);
        const PublishRequest req =
            twoArtifactRequest(u"coal_v2_fail"_s, m_tmp.filePath(u"fail-artifacts"_s), 'e', 'f');
        p->setRequest(req);
        // Package first, to learn the scc artifact's CID; then make the PSA fail it.
        QVERIFY(run(p.get(), PublishRecord::Step::Package).ok());
        const PublishContent scc = p->record().contents.at(1);
        QVERIFY(scc.name.startsWith(u"scc_"_s));
        const QString parentCid = p->record().contents.at(0).cid;
        m_psa->setFailingCid(scc.cid);
        const qsizetype prsBefore = m_github->pulls().size();
        Result<void> r = run(p.get());
        m_psa->setFailingCid(QString());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"psa:node, %1 %2: psa:node reports the pin of %2 as "
                                            u"failed"_s.arg(scc.name, scc.cid)),
                 qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(parentCid));
        const QString recordPath = PublishPipeline::recordPathFor(dir, u"coal_v2_fail"_s);
        Result<PublishRecord> rec = PublishRecord::load(recordPath);
        QVERIFY(rec.ok());
        QCOMPARE(rec->errorStep, u"pin"_s);
        QCOMPARE(rec->pin(u"psa:node"_s, scc.cid).state, u"failed"_s);
        QCOMPARE(rec->pin(u"psa:node"_s, parentCid).state, u"pinned"_s);
        QCOMPARE(rec->pin(u"pinata"_s, scc.cid).state, u"pinned"_s);
        QCOMPARE(rec->pin(u"pinata"_s, parentCid).state, u"pinned"_s);
        const QString summary = rec->summary();
        QVERIFY2(summary.contains(u"pinned on pinata, psa:node (%1 %2 only)"_s.arg(
                     QString(64, u'e') + u".bin"_s, parentCid)),
                 qPrintable(summary));
        QVERIFY2(summary.contains(u"pin failed on psa:node (%1 %2: psa:node reports the pin of "
                                  u"%2 as failed"_s.arg(scc.name, scc.cid)),
                 qPrintable(summary));
        QCOMPARE(m_github->pulls().size(), prsBefore);

        const qsizetype psaPins = m_psa->pins().size();
        const qsizetype pinataRequests = m_pinata->requests().size();
        auto p2 = pipeline(QString());
        QVERIFY(p2->resume(recordPath).ok());
        r = run(p2.get());
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(m_psa->pins().size(), psaPins + 1);
        QCOMPARE(m_psa->pins().last().cid, scc.cid);
        QCOMPARE(m_pinata->requests().size(), pinataRequests);
        QVERIFY(p2->record().allPinned());
    }

    // A record written before pins were per CID (version 1: one pin per service, of the first
    // CID) is read as that pin of the first content; the other artifacts count as not pinned.
    void migrateVersion1Record()
    {
        const QString cidA = u"bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e"_s;
        const QString cidB = u"QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn"_s;
        QJsonObject request{{u"artifacts"_s, QJsonArray{u"/x/a.bin"_s, u"/x/scc_b.bin"_s}},
                            {u"services"_s, QJsonArray{u"psa:node"_s, u"pinata"_s}}};
        const QJsonObject v1{
            {u"format"_s, u"phasic-traces-publish-record"_s},
            {u"version"_s, 1},
            {u"id"_s, u"old_one"_s},
            {u"request"_s, request},
            {u"packaged"_s, true},
            {u"rootCid"_s, cidA},
            {u"contents"_s, QJsonArray{QJsonObject{{u"name"_s, u"a.bin"_s}, {u"cid"_s, cidA}},
                                       QJsonObject{{u"name"_s, u"scc_b.bin"_s}, {u"cid"_s, cidB}}}},
            {u"entry"_s, u"{}"_s},
            {u"add"_s, QJsonObject{{u"state"_s, u"skipped"_s}}},
            {u"pins"_s, QJsonObject{{u"psa:node"_s, QJsonObject{{u"state"_s, u"pinned"_s},
                                                                {u"requestId"_s, u"req-7"_s},
                                                                {u"error"_s, u""_s}}},
                                    {u"pinata"_s, QJsonObject{{u"state"_s, u"failed"_s},
                                                              {u"requestId"_s, u""_s},
                                                              {u"error"_s, u"401"_s}}}}}};
        Result<PublishRecord> rec = PublishRecord::fromJson(v1);
        QVERIFY2(rec.ok(), qPrintable(rec.error().message));
        QCOMPARE(rec->pin(u"psa:node"_s, cidA).state, u"pinned"_s);
        QCOMPARE(rec->pin(u"psa:node"_s, cidA).requestId, u"req-7"_s);
        QCOMPARE(rec->pin(u"pinata"_s, cidA).state, u"failed"_s);
        QCOMPARE(rec->pin(u"pinata"_s, cidA).error, u"401"_s);
        QVERIFY(rec->pin(u"psa:node"_s, cidB).state.isEmpty());
        QVERIFY(!rec->pinnedOn(u"psa:node"_s));
        QCOMPARE(rec->nextStep(), PublishRecord::Step::Pin);
        // Written back as version 2, read back the same.
        const QJsonObject v2 = rec->toJson();
        QCOMPARE(v2.value(u"version"_s).toInt(), 2);
        Result<PublishRecord> again = PublishRecord::fromJson(v2);
        QVERIFY(again.ok());
        QCOMPARE(again->pins.size(), 2);
        QCOMPARE(again->pin(u"psa:node"_s, cidA).requestId, u"req-7"_s);
        QCOMPARE(again->pins.value(u"psa:node"_s).size(), 1);
        // An unknown version is refused with the versions this build reads.
        QJsonObject v3 = v1;
        v3.insert(u"version"_s, 3);
        Result<PublishRecord> bad = PublishRecord::fromJson(v3);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(u"reads 1 and 2"_s));
    }

    void cleanupTestCase() { m_node.reset(); }
};

QTEST_GUILESS_MAIN(TestPublishPipeline)
#include "tst_publishpipeline.moc"
