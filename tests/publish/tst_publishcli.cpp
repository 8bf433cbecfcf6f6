// `phasic-traces-cli publish` end to end: a token stored with `login github --token-stdin` in
// a real (private) keyring, the PR opened against the fake GitHub, the offline fallback when
// GitHub is unreachable. Run through tests/core/with-keyring.sh (it skips otherwise, so a
// developer's own keyring is never touched).
#include "core/publish/registryeditor.h"
#include "tests/publish/fakegithub.h"
#include "tests/support/clirun.h"
#include "tests/support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pt::test::FakeGitHub;

namespace {
const QByteArray kToken = "ghp_CliPublishToken0123456789abcdefXYZ";
}

class TestPublishCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    // Runs the CLI while the event loop keeps running (the fake server lives on it).
    int cli(const QStringList &args, QByteArray *out, QByteArray *err, const QByteArray &input = {})
    {
        pt::test::CliOptions options;
        options.stdinData = input;
        options.timeoutMs = 60000;
        const pt::test::CliRun r = pt::test::runCli(
            QStringList{u"--cache-dir"_s, m_tmp.filePath(u"cache"_s)} + args, options);
        *out = r.out;
        *err = r.err;
        return r.timedOut ? -3 : r.code;
    }

    QStringList publishArgs(const QString &registry) const
    {
        const QString d = pt::test::dataPath(u"publish/package/"_s);
        return {u"publish"_s,    u"--trace"_s,           d + u"kingman_n5.json"_s,
                u"--metadata"_s, d + u"metadata.json"_s, u"--id"_s,
                u"coal_e2e"_s,   u"--registry-file"_s,   registry};
    }

private slots:
    void initTestCase()
    {
        if (qgetenv("PT_KEYRING") != "real")
            QSKIP("needs a private keyring: run through tests/core/with-keyring.sh");
        QVERIFY(m_tmp.isValid());
    }

    void publishOpensPullRequest()
    {
        FakeGitHub fake;
        QVERIFY(fake.start() != 0);
        fake.addUser(u"alice"_s, kToken);
        fake.setForkLatency(1);
        const QByteArray registry = pt::test::readData(u"publish/registry/registry-d7430d6.json"_s);
        fake.addRepo(u"munch-group"_s, u"phasic-traces"_s, {{u"registry.json"_s, registry}});
        const QString regPath = m_tmp.filePath(u"registry.json"_s);
        QFile f(regPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(registry);
        f.close();

        QByteArray out, err;
        QCOMPARE(cli({u"login"_s, u"github"_s, u"--token-stdin"_s}, &out, &err, kToken + '\n'), 0);
        const int rc = cli(QStringList{u"--json"_s} + publishArgs(regPath) +
                               QStringList{u"--github-api"_s, fake.baseUrl().toString()},
                           &out, &err);
        QVERIFY2(rc == 0, err.constData());
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        QCOMPARE(report.value(u"pullRequest"_s).toObject().value(u"url"_s).toString(),
                 u"https://github.com/munch-group/phasic-traces/pull/1"_s);
        QCOMPARE(fake.pulls().size(), 1);
        QCOMPARE(fake.pulls().first().head, u"alice:phasic-publish/coal_e2e"_s);
        QCOMPARE(fake.pulls().first().title, u"Add trace coal_e2e"_s);
        // The branch holds exactly what the editor makes of upstream's file.
        const QByteArray pushed = fake.fileAt(
            u"alice/phasic-traces"_s, u"heads/phasic-publish/coal_e2e"_s, u"registry.json"_s);
        pt::Result<pt::publish::RegistryDocument> doc =
            pt::publish::RegistryDocument::parse(pushed, u"pushed"_s);
        QVERIFY(doc.ok());
        QVERIFY(doc->byteStable());
        QCOMPARE(doc->ids().last(), u"coal_e2e"_s);
        QCOMPARE(doc->entry(u"coal_e2e"_s)->find(u"cid"_s)->toString(),
                 report.value(u"rootCid"_s).toString());
        // The local file is not modified by publishing.
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), registry);
        f.close();
        // Without a local registry copy: the entry goes into upstream's file directly.
        QStringList noLocal = publishArgs(QString()).mid(0, 7);
        noLocal[6] = u"coal_e2e_b"_s;
        QCOMPARE(noLocal.at(5), u"--id"_s);
        const int rc2 =
            cli(noLocal + QStringList{u"--github-api"_s, fake.baseUrl().toString()}, &out, &err);
        QVERIFY2(rc2 == 0, err.constData());
        QVERIFY2(
            out.contains("Opened pull request https://github.com/munch-group/phasic-traces/pull/2"),
            out.constData());
        const QByteArray pushedB = fake.fileAt(
            u"alice/phasic-traces"_s, u"heads/phasic-publish/coal_e2e_b"_s, u"registry.json"_s);
        QVERIFY(pushedB.contains("\"coal_e2e_b\": {"));
        QVERIFY(!pushedB.contains("\"coal_e2e\": {")); // upstream master, not the other branch
        // Token hygiene: not printed, not in any URL or body.
        QVERIFY(!out.contains(kToken) && !err.contains(kToken));
        for (const auto &r : fake.requests()) {
            QVERIFY(!r.pathAndQuery.contains(QString::fromLatin1(kToken)));
            QVERIFY(!r.body.contains(kToken));
            QVERIFY(r.authorizationValid);
        }
    }

    void unreachableFallsBackToPatch()
    {
        const QString regPath = m_tmp.filePath(u"registry2.json"_s);
        QFile f(regPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pt::test::readData(u"publish/registry/registry-63ca9be.json"_s));
        f.close();
        QByteArray out, err;
        QCOMPARE(cli({u"login"_s, u"github"_s, u"--token-stdin"_s}, &out, &err, kToken + '\n'), 0);
        const QString patch = m_tmp.filePath(u"x.patch"_s);
        const int rc =
            cli(publishArgs(regPath) + QStringList{u"--github-api"_s, u"http://127.0.0.1:9"_s,
                                                   u"--patch-out"_s, patch},
                &out, &err);
        QVERIFY2(rc == 0, err.constData());
        QVERIFY2(out.contains("Not sending to GitHub: GitHub could not be reached"),
                 out.constData());
        QVERIFY(out.contains("/compare/master..."));
        QVERIFY(QFile::exists(patch));
        QVERIFY(!out.contains(kToken) && !err.contains(kToken));

        // The wrong registry kind is refused with a message saying why.
        f.setFileName(m_tmp.filePath(u"registry3.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(pt::test::readData(u"publish/registry/registry.json"_s));
        f.close();
        QCOMPARE(cli(publishArgs(f.fileName()) + QStringList{u"--offline"_s}, &out, &err), 2);
        QVERIFY2(err.contains(
                     "is a v2 (computes) registry; trace packages (--trace) go into a v1 registry"),
                 err.constData());
    }
};

QTEST_GUILESS_MAIN(TestPublishCli)
#include "tst_publishcli.moc"
