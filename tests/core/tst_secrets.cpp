// SecretStore against a REAL secret service. CTest runs this binary three ways through
// with-keyring.sh (tests/core/CMakeLists.txt):
//   tst_secrets_keyring    private session bus + unlocked gnome-keyring   (PT_KEYRING=real)
//   tst_secrets_nokeyring  private session bus without any secret service (PT_KEYRING=none)
//   tst_secrets_nobus      no session bus at all                          (PT_KEYRING=nobus)
//   tst_secrets_locked     gnome-keyring never unlocked, no display for its prompt (=locked)
// and once plainly (tst_secrets), where only the checks that never reach a backend run, so the
// developer's own keyring is never touched.
#include "core/secrets.h"

#include <qt6keychain/keychain.h>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <cstdio>
#include <optional>

using namespace pt;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

QString keyringMode()
{
    return qEnvironmentVariable("PT_KEYRING");
}

struct Outcome
{
    SecretJob::Status status = SecretJob::Status::Pending;
    std::optional<Result<QString>> result;
    int attempts = 0;
    qint64 elapsedMs = 0;
};

Outcome run(SecretJob *job)
{
    Outcome o;
    QElapsedTimer timer;
    timer.start();
    QObject::connect(job, &SecretJob::finished, job, [&o, job](const Result<QString> &r) {
        o.result = r;
        o.status = job->status();
        o.attempts = job->attempts();
    });
    job->start();
    (void)QTest::qWaitFor([&] { return o.result.has_value(); }, 90000);
    o.elapsedMs = timer.elapsed();
    return o;
}

// The error text for a failed check (QVERIFY2 evaluates its message even on success).
QString why(const Outcome &o)
{
    if (!o.result)
        return u"no result (timed out)"_s;
    return o.result->ok() ? QString() : o.result->error().message;
}

// A second process reads the entry: proves the keyring really stored it, not a cache of ours.
int childRead(const QString &service, const QString &account)
{
    Outcome o = run(SecretStore::read(service, account));
    if (!o.result)
        return 3;
    if (o.result->ok()) {
        std::fputs(o.result->value().toUtf8().constData(), stdout);
        return 0;
    }
    std::fputs(o.result->error().message.toUtf8().constData(), stderr);
    return o.status == SecretJob::Status::NotFound ? 1 : 2;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

    QString readInChild(const QString &service, const QString &account, int *exitCode)
    {
        QProcess p;
        p.start(QCoreApplication::applicationFilePath(), {u"--child-read"_s, service, account});
        if (!p.waitForFinished(60000)) {
            *exitCode = -1;
            return {};
        }
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        SecretStore::setRetryDelay(300ms);
        SecretStore::setTimeout(30s);
    }

    // ---- no backend needed ----

    void checkKey_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("account");
        QTest::addColumn<bool>("ok");
        QTest::newRow("github") << u"github"_s << u"default"_s << true;
        QTest::newRow("pinata") << u"pinata"_s << u"default"_s << true;
        QTest::newRow("psa") << u"psa:my-node.1"_s << u"alice"_s << true;
        QTest::newRow("psa without name") << u"psa:"_s << u"default"_s << false;
        QTest::newRow("unknown service") << u"dropbox"_s << u"default"_s << false;
        QTest::newRow("prefix given twice") << u"phasic-traces/github"_s << u"x"_s << false;
        QTest::newRow("slash in psa name") << u"psa:a/b"_s << u"x"_s << false;
        QTest::newRow("empty account") << u"github"_s << QString() << false;
        QTest::newRow("newline in account") << u"github"_s << u"a\nb"_s << false;
    }
    void checkKey()
    {
        QFETCH(QString, service);
        QFETCH(QString, account);
        QFETCH(bool, ok);
        QCOMPARE(SecretStore::checkKey(service, account).ok(), ok);
    }

    void namespacedService()
    {
        QCOMPARE(SecretStore::keychainService(u"psa:node"_s), u"phasic-traces/psa:node"_s);
    }

    // Invalid keys fail without touching any backend, and still asynchronously.
    void invalidKeyFailsAsynchronously()
    {
        bool emitted = false;
        SecretJob *job = SecretStore::write(u"nope"_s, u"default"_s, u"x"_s);
        connect(job, &SecretJob::finished, job, [&](const Result<QString> &) { emitted = true; });
        job->start();
        QVERIFY(!emitted); // not from inside start()
        Outcome o = run(SecretStore::read(u"nope"_s, u"default"_s));
        QVERIFY(o.result && !o.result->ok());
        QCOMPARE(o.result->error().code, Error::InvalidInput);
        QCOMPARE(o.attempts, 0);
        QTRY_VERIFY(emitted);
    }

    void emptySecretRefused()
    {
        Outcome o = run(SecretStore::write(u"github"_s, u"default"_s, QString()));
        QVERIFY(o.result && !o.result->ok());
        QCOMPARE(o.result->error().code, Error::InvalidInput);
    }

    // ---- real gnome-keyring ----

    void roundTrip_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("github") << u"github"_s << u"default"_s
                                << u"ghp_0123456789abcdefghijABCDEFGHIJ012345"_s
                                << u"github_pat_11AAAAAAA0_bbbbbbbbbbbbbbbbbbbbbb"_s;
        QTest::newRow("pinata jwt") << u"pinata"_s << u"default"_s
                                    << u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJl"_s
                                    << u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0NTYifQ.b3RoZXJzaWc"_s;
        QTest::newRow("psa, unicode, spaces") << u"psa:my-node"_s << u"alice@example.org"_s
                                              << u"pässwörd with spaces ✓"_s << u"second"_s;
    }
    void roundTrip()
    {
        if (keyringMode() != u"real"_s)
            QSKIP("needs a real keyring: run via with-keyring.sh (ctest -R tst_secrets_keyring)");
        QFETCH(QString, service);
        QFETCH(QString, account);
        QFETCH(QString, first);
        QFETCH(QString, second);

        // Nothing there yet (fresh keyring).
        Outcome o = run(SecretStore::read(service, account));
        QVERIFY(o.result);
        QCOMPARE(o.status, SecretJob::Status::NotFound);
        QCOMPARE(o.result->error().code, Error::NotFound);

        o = run(SecretStore::write(service, account, first));
        QVERIFY2(o.result && o.result->ok(), qPrintable(why(o)));
        QCOMPARE(o.status, SecretJob::Status::Ok);
        QCOMPARE(o.attempts, 1);

        o = run(SecretStore::read(service, account));
        QVERIFY2(o.result && o.result->ok(), qPrintable(why(o)));
        QCOMPARE(o.result->value(), first);

        int code = 0;
        QCOMPARE(readInChild(service, account, &code), first);
        QCOMPARE(code, 0);

        o = run(SecretStore::write(service, account, second));
        QVERIFY(o.result && o.result->ok());
        QCOMPARE(readInChild(service, account, &code), second);
        QCOMPARE(code, 0);

        o = run(SecretStore::remove(service, account));
        QVERIFY2(o.result && o.result->ok(), qPrintable(why(o)));

        o = run(SecretStore::read(service, account));
        QCOMPARE(o.status, SecretJob::Status::NotFound);
        QCOMPARE(o.result->error().code, Error::NotFound);
        QVERIFY(o.result->error().message.contains(SecretStore::keychainService(service)));
        readInChild(service, account, &code);
        QCOMPARE(code, 1);
    }

    // Entries for different services/accounts do not collide, and really live under the
    // "phasic-traces/<service>" keychain service.
    void namespacing()
    {
        if (keyringMode() != u"real"_s)
            QSKIP("needs a real keyring: run via with-keyring.sh");
        QVERIFY(run(SecretStore::write(u"psa:a"_s, u"default"_s, u"secret-a"_s)).result->ok());
        QVERIFY(run(SecretStore::write(u"psa:b"_s, u"default"_s, u"secret-b"_s)).result->ok());
        QVERIFY(run(SecretStore::write(u"psa:a"_s, u"bob"_s, u"secret-a-bob"_s)).result->ok());
        QCOMPARE(run(SecretStore::read(u"psa:a"_s, u"default"_s)).result->value(), u"secret-a"_s);
        QCOMPARE(run(SecretStore::read(u"psa:b"_s, u"default"_s)).result->value(), u"secret-b"_s);
        QCOMPARE(run(SecretStore::read(u"psa:a"_s, u"bob"_s)).result->value(), u"secret-a-bob"_s);

        // Straight through QtKeychain: the namespaced service holds it, the bare one does not.
        auto rawRead = [](const QString &service, const QString &key) {
            auto *job = new QKeychain::ReadPasswordJob(service);
            job->setKey(key);
            std::optional<std::pair<QKeychain::Error, QString>> out;
            QObject::connect(job, &QKeychain::Job::finished, job,
                             [&out, job] { out = std::make_pair(job->error(), job->textData()); });
            job->start();
            (void)QTest::qWaitFor([&] { return out.has_value(); }, 30000);
            return out;
        };
        auto hit = rawRead(u"phasic-traces/psa:b"_s, u"default"_s);
        QVERIFY(hit);
        QCOMPARE(hit->first, QKeychain::NoError);
        QCOMPARE(hit->second, u"secret-b"_s);
        auto miss = rawRead(u"psa:b"_s, u"default"_s);
        QVERIFY(miss);
        QCOMPARE(miss->first, QKeychain::EntryNotFound);

        for (const auto &[s, a] : {std::pair{u"psa:a"_s, u"default"_s},
                                   {u"psa:b"_s, u"default"_s},
                                   {u"psa:a"_s, u"bob"_s}})
            QVERIFY(run(SecretStore::remove(s, a)).result->ok());
    }

    // The owner of a job may go away while the backend is still answering: no crash, no
    // callback into the dead job (ASan builds check the use-after-free), and the store stays
    // usable.
    void deletedWhileInFlight()
    {
        if (keyringMode() != u"real"_s)
            QSKIP("needs a real keyring: run via with-keyring.sh");
        bool emitted = false;
        {
            QObject owner;
            SecretJob *job = SecretStore::write(u"github"_s, u"default"_s, u"in-flight"_s, &owner);
            connect(job, &SecretJob::finished, job,
                    [&](const Result<QString> &) { emitted = true; });
            job->start();
        } // owner and job die here, the backend has not answered yet
        QTest::qWait(1000);
        QVERIFY(!emitted);
        Outcome o = run(SecretStore::read(u"github"_s, u"default"_s));
        QVERIFY(o.result);
        QVERIFY(o.result->ok() || o.status == SecretJob::Status::NotFound);
        QVERIFY(run(SecretStore::remove(u"github"_s, u"default"_s)).result->ok());
    }

    // ---- a secret service that cannot take entries (locked, prompt impossible) ----

    void lockedKeyring()
    {
        if (keyringMode() != u"locked"_s)
            QSKIP("needs a locked keyring: run via with-keyring.sh --locked");
        Outcome o = run(SecretStore::write(u"github"_s, u"default"_s, u"secret-x"_s));
        QVERIFY(o.result);
        QVERIFY(!o.result->ok());
        QCOMPARE(o.status, SecretJob::Status::AccessDenied);
        QVERIFY2(why(o).contains(u"locked"_s), qPrintable(why(o)));
        QVERIFY2(why(o).contains(u"phasic-traces/github"_s), qPrintable(why(o)));
        QVERIFY2(!why(o).contains(u"secret-x"_s), qPrintable(why(o)));
        QCOMPARE(o.attempts, 1); // not a missing backend: no retry
    }

    // ---- no secret service ----

    void noSecretService_data()
    {
        QTest::addColumn<int>("operation");
        QTest::newRow("read") << int(SecretJob::Operation::Read);
        QTest::newRow("write") << int(SecretJob::Operation::Write);
        QTest::newRow("remove") << int(SecretJob::Operation::Remove);
    }
    void noSecretService()
    {
        if (keyringMode() != u"none"_s && keyringMode() != u"nobus"_s)
            QSKIP("needs a session without secret service: run via with-keyring.sh --no-keyring");
        QFETCH(int, operation);
        const QString secret = u"s3cr3t-that-must-not-land-anywhere"_s;
        SecretJob *job = nullptr;
        switch (SecretJob::Operation(operation)) {
        case SecretJob::Operation::Read:
            job = SecretStore::read(u"github"_s, u"default"_s);
            break;
        case SecretJob::Operation::Write:
            job = SecretStore::write(u"github"_s, u"default"_s, secret);
            break;
        case SecretJob::Operation::Remove:
            job = SecretStore::remove(u"github"_s, u"default"_s);
            break;
        }
        Outcome o = run(job);
        QVERIFY(o.result);
        QVERIFY(!o.result->ok());
        QCOMPARE(o.status, SecretJob::Status::NoBackend);
        QCOMPARE(o.result->error().code, Error::Network);
        QVERIFY2(why(o).startsWith(SecretStore::noSecretServiceMessage()), qPrintable(why(o)));
        QVERIFY2(!why(o).contains(secret), qPrintable(why(o)));
        // One retry, after the delay, not more.
        QCOMPARE(o.attempts, 2);
        QVERIFY2(o.elapsedMs >= 300, qPrintable(QString::number(o.elapsedMs)));

        // No insecure fallback: the secret was written nowhere below $HOME (with-keyring.sh
        // gives us a scratch HOME; a QSettings fallback would land in ~/.config).
        QDirIterator it(qEnvironmentVariable("HOME"), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--child-read") == 0)
        return childRead(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestSecrets test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secrets.moc"
