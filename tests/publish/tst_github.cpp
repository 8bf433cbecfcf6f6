// The pull-request flow against a stateful fake of the GitHub API (fork latency, an existing
// branch and PR, 401, rate limit, device flow), and token hygiene: the token must appear in
// no log line, no URL, no body, and never reach another host.
#include "core/publish/github.h"
#include "core/publish/publishjson.h"
#include "core/publish/registryeditor.h"
#include "tests/publish/fakegithub.h"
#include "tests/support/testsupport.h"

#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace pt::publish;
using pt::Result;
using pt::test::FakeGitHub;

namespace {

const QByteArray kToken = "ghp_TESTTOKEN0123456789abcdefSECRET";
QStringList g_log;

void captureAll(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log.append(message);
}

QByteArray upstreamRegistry()
{
    return pt::test::readData(u"publish/registry/registry.json"_s);
}

} // namespace

class TestGitHub : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeGitHub> m_fake;

    GitHubConfig config() const
    {
        GitHubConfig c;
        c.apiBase = m_fake->baseUrl();
        c.webBase = m_fake->baseUrl();
        c.clientId = u"Iv1.testclient"_s;
        c.forkPollInitial = std::chrono::milliseconds(5);
        c.forkPollMax = std::chrono::milliseconds(20);
        c.forkPollAttempts = 5;
        c.deviceSecond = std::chrono::milliseconds(20);
        return c;
    }

    PullRequestSpec spec(const QByteArray &registry) const
    {
        PullRequestSpec s;
        s.id = u"coal_n7"_s;
        s.files = {{u"registry.json"_s, registry},
                   {u"artifacts/x.bin"_s, QByteArray("\0\1\2\xff", 4)}};
        s.items = {{u"coal_n7"_s, u"QmSrcraMVXfcQBYLLLvu6ZtXFHe96TToTDWkviwbYzweiv"_s, 5064,
                    u"sha256:916b16"_s, u"not pinned yet"_s}};
        return s;
    }

    pt::Result<PullRequestInfo> run(GitHubClient *client, const PullRequestSpec &s)
    {
        auto *job = new PullRequestJob(client, s);
        std::optional<pt::Result<PullRequestInfo>> result;
        connect(job, &PullRequestJob::finished, this,
                [&result](const pt::Result<PullRequestInfo> &r) { result = r; });
        job->start();
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
            return pt::Error(u"timeout"_s);
        return *result;
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeGitHub>();
        QVERIFY(m_fake->start() != 0);
        m_fake->addUser(u"alice"_s, kToken);
        m_fake->addRepo(u"munch-group"_s, u"phasic-traces"_s,
                        {{u"registry.json"_s, upstreamRegistry()}});
    }
    void cleanup() { m_fake.reset(); }

    void fullFlow_data()
    {
        QTest::addColumn<int>("latency");
        QTest::newRow("fork at once") << 0;
        QTest::newRow("fork after 3 polls") << 3;
    }
    void fullFlow()
    {
        QFETCH(int, latency);
        m_fake->setForkLatency(latency);
        GitHubClient client(config());
        client.setToken(QString::fromLatin1(kToken));
        QByteArray changed = upstreamRegistry();
        changed.replace("\"coal_n5_theta1\"", "\"coal_n5_theta1_renamed\"");
        pt::Result<PullRequestInfo> r = run(&client, spec(changed));
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->me, u"alice"_s);
        QCOMPARE(r->number, 1);
        QCOMPARE(r->htmlUrl, u"https://github.com/munch-group/phasic-traces/pull/1"_s);
        QCOMPARE(r->branch, u"phasic-publish/coal_n7"_s);
        QCOMPARE(r->base, u"master"_s);
        QVERIFY(!r->existing);
        // The fork was polled until it appeared.
        QCOMPARE(m_fake->requestsTo(u"/repos/alice/phasic-traces"_s).first().pathAndQuery,
                 u"/repos/alice/phasic-traces"_s);
        qsizetype polls = 0;
        for (const auto &rec : m_fake->requests())
            polls += rec.method == "GET" && rec.pathAndQuery == u"/repos/alice/phasic-traces"_s;
        QCOMPARE(polls, latency + 1);
        // The commit on the branch holds our files on top of upstream's tree.
        QCOMPARE(m_fake->fileAt(u"alice/phasic-traces"_s, u"heads/phasic-publish/coal_n7"_s,
                                u"registry.json"_s),
                 changed);
        QCOMPARE(m_fake->fileAt(u"alice/phasic-traces"_s, u"heads/phasic-publish/coal_n7"_s,
                                u"artifacts/x.bin"_s),
                 QByteArray("\0\1\2\xff", 4));
        QCOMPARE(
            m_fake->fileAt(u"munch-group/phasic-traces"_s, u"heads/master"_s, u"registry.json"_s),
            upstreamRegistry());
        const FakeGitHub::Pull pr = m_fake->pulls().first();
        QCOMPARE(pr.head, u"alice:phasic-publish/coal_n7"_s);
        QCOMPARE(pr.base, u"master"_s);
        QVERIFY(pr.maintainerCanModify);
        QCOMPARE(pr.title, u"Add trace coal_n7"_s);
        QVERIFY(pr.body.contains(u"QmSrcraMVXfcQBYLLLvu6ZtXFHe96TToTDWkviwbYzweiv"_s));
        QVERIFY(pr.body.contains(u"| 5064 |"_s));
        QVERIFY(pr.body.contains(u"not pinned yet"_s));
        // Every API request carried the documented headers.
        for (const auto &rec : m_fake->requests()) {
            QByteArray accept, version, agent;
            for (const auto &[k, v] : rec.headers) {
                if (k.compare("accept", Qt::CaseInsensitive) == 0)
                    accept = v;
                if (k.compare("x-github-api-version", Qt::CaseInsensitive) == 0)
                    version = v;
                if (k.compare("user-agent", Qt::CaseInsensitive) == 0)
                    agent = v;
            }
            QCOMPARE(accept, QByteArray("application/vnd.github+json"));
            QCOMPARE(version, QByteArray("2022-11-28"));
            QVERIFY(!agent.isEmpty());
            QVERIFY(rec.authorizationValid);
        }
    }

    void forkNeverAppears()
    {
        m_fake->setForkLatency(100);
        GitHubClient client(config());
        client.setToken(QString::fromLatin1(kToken));
        pt::Result<PullRequestInfo> r = run(&client, spec(upstreamRegistry()));
        QVERIFY(!r.ok());
        QCOMPARE(
            r.error().message,
            u"the fork alice/phasic-traces did not appear after 5 checks; GitHub may be slow, try again in a minute"_s);
    }

    void existingBranchAndPullRequest()
    {
        GitHubClient client(config());
        client.setToken(QString::fromLatin1(kToken));
        pt::Result<PullRequestInfo> first = run(&client, spec("first\n"));
        QVERIFY(first.ok());
        pt::Result<PullRequestInfo> second = run(&client, spec("second\n"));
        QVERIFY2(second.ok(), second ? "" : qPrintable(second.error().message));
        QVERIFY(second->existing);
        QVERIFY(second->branchReused);
        QCOMPARE(second->number, first->number);
        QCOMPARE(second->htmlUrl, first->htmlUrl);
        QCOMPARE(m_fake->pulls().size(), 1);
        QCOMPARE(m_fake->fileAt(u"alice/phasic-traces"_s, u"heads/phasic-publish/coal_n7"_s,
                                u"registry.json"_s),
                 QByteArray("second\n"));
    }

    // The registry's owner publishes straight into the repository: no fork.
    void ownerNeedsNoFork()
    {
        m_fake->addUser(u"munch-group"_s, "ghp_owner");
        GitHubClient client(config());
        client.setToken(u"ghp_owner"_s);
        pt::Result<PullRequestInfo> r = run(&client, spec("own\n"));
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
        QVERIFY(m_fake->requestsTo(u"/repos/munch-group/phasic-traces/forks"_s).isEmpty());
        QCOMPARE(m_fake->pulls().first().head, u"munch-group:phasic-publish/coal_n7"_s);
        QCOMPARE(m_fake->fileAt(u"munch-group/phasic-traces"_s, u"heads/phasic-publish/coal_n7"_s,
                                u"registry.json"_s),
                 QByteArray("own\n"));
    }

    // The edit is applied to upstream's file as it is at the base commit, not to a stale copy.
    void editAppliesToUpstreamFile()
    {
        GitHubClient client(config());
        client.setToken(QString::fromLatin1(kToken));
        pt::Result<OJson> entry = parseJson(pt::test::readData(u"publish/entry-v2.json"_s));
        QVERIFY(entry.ok());
        PullRequestSpec s = spec("stale local registry\n");
        s.edit = [&entry](const QByteArray &upstream) {
            return addRegistryEntry(upstream, u"test_nonascii"_s, *entry, false,
                                    u"registry.json"_s);
        };
        pt::Result<PullRequestInfo> r = run(&client, s);
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
        const QByteArray expected = pt::test::readData(u"publish/registry-v2-added.json"_s);
        QCOMPARE(r->upstreamText, upstreamRegistry());
        QCOMPARE(r->editedText, expected);
        QCOMPARE(m_fake->fileAt(u"alice/phasic-traces"_s, u"heads/phasic-publish/coal_n7"_s,
                                u"registry.json"_s),
                 expected);

        // The id taken upstream in the meantime: refused, nothing committed.
        PullRequestSpec taken = spec("x");
        taken.id = u"coal_n5_theta1"_s;
        taken.edit = [&entry](const QByteArray &upstream) {
            return addRegistryEntry(upstream, u"coal_n5_theta1"_s, *entry, false,
                                    u"registry.json"_s);
        };
        pt::Result<PullRequestInfo> t = run(&client, taken);
        QVERIFY(!t.ok());
        QVERIFY2(
            t.error().message.startsWith(
                u"registry.json as it is now on munch-group/phasic-traces master: registry.json: id \"coal_n5_theta1\" is already registered"_s),
            qPrintable(t.error().message));
        QVERIFY(!m_fake->repos()
                     .value(u"alice/phasic-traces"_s)
                     .refs.contains(u"heads/phasic-publish/coal_n5_theta1"_s));
    }

    void badToken()
    {
        GitHubClient client(config());
        client.setToken(u"ghp_wrong"_s);
        pt::Result<PullRequestInfo> r = run(&client, spec("x"));
        QVERIFY(!r.ok());
        QCOMPARE(
            r.error().message,
            u"GitHub rejected the token while checking who the token belongs to (401 Bad "
            u"credentials): log in again (phasic-traces-cli publish --login, or login github)"_s);
        QCOMPARE(m_fake->requests().size(), 1);
    }

    void rateLimited()
    {
        const qint64 reset = QDateTime::currentSecsSinceEpoch() + 600;
        m_fake->setRateLimited(true, reset);
        GitHubClient client(config());
        client.setToken(QString::fromLatin1(kToken));
        pt::Result<PullRequestInfo> r = run(&client, spec("x"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, pt::Error::Network);
        const QString when =
            QDateTime::fromSecsSinceEpoch(reset, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
        QVERIFY2(
            r.error().message.startsWith(
                u"GitHub API rate limit exceeded while checking who the token belongs to; it resets at "_s +
                when),
            qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(u"(in 10 min)"_s));
    }

    void deviceFlow()
    {
        m_fake->setDeviceFlow(
            {u"authorization_pending"_s, u"slow_down"_s, u"authorization_pending"_s},
            "gho_devicetoken", 1);
        GitHubClient client(config());
        auto *job = new DeviceLoginJob(&client);
        QSignalSpy code(job, &DeviceLoginJob::codeReady);
        std::optional<pt::Result<QString>> result;
        connect(job, &DeviceLoginJob::finished, this,
                [&result](const pt::Result<QString> &r) { result = r; });
        job->start();
        QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }, 10000));
        QCOMPARE(code.size(), 1);
        QCOMPARE(code.first().at(0).toString(), u"WDJB-MJHT"_s);
        QCOMPARE(code.first().at(1).toString(), u"https://github.com/login/device"_s);
        const pt::Result<QString> token = *result;
        QVERIFY(token.ok());
        QCOMPARE(*token, u"gho_devicetoken"_s);
        const QList<qint64> t = m_fake->devicePollTimesMs();
        QCOMPARE(t.size(), 4);
        // interval 1 "second" (20 ms) at first; after slow_down 1 + 5 = 6 (120 ms).
        // Answers: pending, slow_down, pending, token.
        QVERIFY2(t[1] - t[0] >= 18 && t[1] - t[0] < 110, qPrintable(QString::number(t[1] - t[0])));
        QVERIFY2(t[2] - t[1] >= 115, qPrintable(QString::number(t[2] - t[1])));
        QVERIFY2(t[3] - t[2] >= 115, qPrintable(QString::number(t[3] - t[2])));
        // The device flow never sends a bearer token (there is none yet).
        for (const auto &rec : m_fake->requests())
            QVERIFY(!rec.hadAuthorization);
    }

    void deviceFlowDenied_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<QString>("message");
        QTest::newRow("denied") << u"access_denied"_s
                                << u"the login was cancelled on GitHub (access denied)"_s;
        QTest::newRow("expired") << u"expired_token"_s
                                 << u"the device code expired; start the login again"_s;
    }
    void deviceFlowDenied()
    {
        QFETCH(QString, answer);
        QFETCH(QString, message);
        m_fake->setDeviceFlow({u"authorization_pending"_s, answer}, "never", 1);
        GitHubClient client(config());
        auto *job = new DeviceLoginJob(&client);
        std::optional<pt::Result<QString>> result;
        connect(job, &DeviceLoginJob::finished, this,
                [&result](const pt::Result<QString> &r) { result = r; });
        job->start();
        QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }, 10000));
        const pt::Result<QString> token = *result;
        QVERIFY(!token.ok());
        QCOMPARE(token.error().message, message);
    }

    void tokenHygiene()
    {
        // A second server on another port: another origin, as another host would be.
        FakeGitHub other;
        QVERIFY(other.start() != 0);
        other.setRequireAuth(false);
        other.addRepo(u"munch-group"_s, u"phasic-traces"_s,
                      {{u"registry.json"_s, upstreamRegistry()}});
        m_fake->setRepoRedirect(u"munch-group/phasic-traces"_s, other.baseUrl());

        g_log.clear();
        // Everything on, Qt's network stack included; only the fake server's own library
        // (qt.httpserver: the receiving side, which legitimately sees the header) is muted.
        QLoggingCategory::setFilterRules(u"*.debug=true\nqt.httpserver*=false"_s);
        const QtMessageHandler previous = qInstallMessageHandler(captureAll);
        GitHubClient client(config());
        client.setToken(QString::fromLatin1(kToken));
        pt::Result<PullRequestInfo> r = run(&client, spec("x\n"));
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
        QVERIFY(!g_log.isEmpty()); // the debug log did run
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(QString::fromLatin1(kToken)), qPrintable(line));

        // The redirected GET reached the other origin without the token.
        QCOMPARE(other.requests().size(), 1);
        QVERIFY(!other.requests().first().hadAuthorization);
        // On our own host: only in the Authorization header (recorded as a marker).
        for (const auto &rec : m_fake->requests()) {
            QVERIFY(!rec.pathAndQuery.contains(QString::fromLatin1(kToken)));
            QVERIFY(!rec.body.contains(kToken));
            for (const auto &[k, v] : rec.headers)
                QVERIFY(!v.contains(kToken));
            QVERIFY(rec.hadAuthorization);
        }
    }

    void compareUrlAndBody()
    {
        QCOMPARE(
            compareUrl(u"munch-group"_s, u"phasic-traces"_s, u"master"_s, u"alice"_s,
                       u"phasic-publish/x"_s),
            u"https://github.com/munch-group/phasic-traces/compare/master...alice:phasic-publish/x?expand=1"_s);
    }

    void patchApplies_data()
    {
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("expected");
        QTest::newRow("v2") << u"registry.json"_s << u"registry-v2-added.json"_s;
        QTest::newRow("v1 no newline") << u"registry-d7430d6.json"_s << u"registry-v1-added.json"_s;
    }
    void patchApplies()
    {
        QFETCH(QString, registry);
        QFETCH(QString, expected);
        const QString git = QStandardPaths::findExecutable(u"git"_s);
        if (git.isEmpty())
            QSKIP("git is not installed");
        const QByteArray oldText = pt::test::readData(u"publish/registry/"_s + registry);
        const QByteArray newText = pt::test::readData(u"publish/"_s + expected);
        const QByteArray mail = formatPatchMail(
            u"Jørgen Tester"_s, u"j@example.org"_s, u"Add trace x"_s, u"Adds x."_s,
            unifiedDiff(oldText, newText, u"a/registry.json"_s, u"b/registry.json"_s),
            u"registry.json"_s, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QVERIFY(mail.startsWith(
            "From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\n"));
        QVERIFY(mail.contains("\nDate: Fri, 2 Jan 2026 03:04:05 +0000\n"));
        QTemporaryDir dir;
        auto gitRun = [&](const QStringList &args) {
            QProcess p;
            p.setWorkingDirectory(dir.path());
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"GIT_CONFIG_GLOBAL"_s, u"/dev/null"_s);
            env.insert(u"GIT_COMMITTER_NAME"_s, u"t"_s);
            env.insert(u"GIT_COMMITTER_EMAIL"_s, u"t@example.org"_s);
            env.insert(u"GIT_AUTHOR_NAME"_s, u"t"_s);
            env.insert(u"GIT_AUTHOR_EMAIL"_s, u"t@example.org"_s);
            p.setProcessEnvironment(env);
            p.start(git, args);
            p.waitForFinished();
            if (p.exitCode() != 0)
                qWarning() << args << p.readAllStandardError();
            return p.exitCode();
        };
        QCOMPARE(gitRun({u"init"_s, u"-q"_s}), 0);
        QFile f(dir.filePath(u"registry.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(oldText);
        f.close();
        QFile p(dir.filePath(u"x.patch"_s));
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write(mail);
        p.close();
        QCOMPARE(gitRun({u"add"_s, u"registry.json"_s}), 0);
        QCOMPARE(gitRun({u"commit"_s, u"-qm"_s, u"base"_s}), 0);
        QCOMPARE(gitRun({u"apply"_s, u"--check"_s, u"x.patch"_s}), 0);
        QCOMPARE(gitRun({u"am"_s, u"-q"_s, u"x.patch"_s}), 0);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), newText);
    }
};

QTEST_GUILESS_MAIN(TestGitHub)
#include "tst_github.moc"
