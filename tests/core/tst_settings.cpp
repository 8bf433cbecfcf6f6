#include "core/settings.h"

#include "tests/support/testsupport.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace pt;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(pt::Settings::Key)

namespace {

// Tokens that must never reach the ini file.
const QString kGithubToken = u"ghp_R3aLlyL00kingT0kenAbCdEfGhIjKlMnOpQr12"_s;
const QString kJwt = u"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJwdC10ZXN0In0.c2lnbmF0dXJlLXB0LXRlc3Q"_s;

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

ino_t inodeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_ino;
}

// A non-default value for every key, so a round trip of all of them proves each one is stored.
QVariant sampleValue(Settings::Key key)
{
    using K = Settings::Key;
    switch (key) {
    case K::RegistrySources:
        return QStringList{u"https://example.org/registry.json"_s,
                           u"file:///srv/mirror/registry.json"_s,
                           u"ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"_s};
    case K::Gateways:
        return QStringList{u"https://dweb.link"_s, u"http://127.0.0.1:8080"_s};
    case K::IpfsBinary:
        return u"/opt/kubo/ipfs"_s;
    case K::IpfsPath:
        return u"/srv/ipfs repo"_s;
    case K::KuboApiAddress:
        return u"/ip4/127.0.0.1/tcp/5002"_s;
    case K::StartDaemonWithApp:
        return true;
    case K::UseDaemon:
        return false;
    case K::MaxParallelDownloads:
        return 7;
    case K::PythonCompatibleCache:
        return false;
    case K::PythonTracesDir:
        return u"/data/traces, shared"_s; // a comma: must stay one string in the ini file
    case K::ComputeCacheDir:
        return u"/data/compute"_s;
    case K::AuthorName:
        return u"Łukasz Ö. Dóe"_s;
    case K::AuthorOrcid:
        return u"0000-0002-1694-233X"_s;
    case K::PinningServices:
        return Settings::servicesToVariant(
            {PinningService{u"lab-node"_s, PinningService::Kind::Psa,
                            u"https://pin.example.org/psa"_s},
             PinningService{u"pinata"_s, PinningService::Kind::Pinata,
                            u"https://api.pinata.cloud/psa"_s},
             PinningService{u"w3s"_s, PinningService::Kind::Web3Storage,
                            u"https://up.web3.storage"_s}});
    case K::GithubLogin:
        return u"octocat"_s;
    case K::Language:
        return u"da_DK"_s;
    case K::MainWindowGeometry:
        return QByteArray("\x01\xd9\xd0\xcb\x00\x03\x00\x00\n,\"=@", 14);
    case K::MainWindowState:
        return QByteArray(300, '\xff');
    case K::LastOpenDir:
        return u"/home/ada/open"_s;
    case K::LastExportDir:
        return u"/home/ada/export"_s;
    case K::LastPublishDir:
        return u"/home/ada/publish"_s;
    case K::TrayHintShown:
        return true;
    case K::BrowserSplitterState:
        return QByteArray("\0\xff splitter", 10);
    case K::BrowserHeaderState:
        return QByteArray(120, '\x01');
    }
    return {};
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString file(const QString &name = u"phasic-traces.ini"_s) const
    {
        return m_dir.filePath(name);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QFile::remove(file()); }

    void keyTableIsComplete()
    {
        QSet<QString> names;
        for (Settings::Key key : Settings::allKeys()) {
            const QString name = Settings::keyName(key);
            QVERIFY2(!name.isEmpty(), "a key without a name");
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QVERIFY2(sampleValue(key) != Settings::defaultValue(key), qPrintable(name));
        }
        QCOMPARE(names.size(), 24);
    }

    void defaults_data()
    {
        QTest::addColumn<Settings::Key>("key");
        QTest::addColumn<QVariant>("expected");
        using K = Settings::Key;
        QTest::newRow("registry") << K::RegistrySources
                                  << QVariant(QStringList{
                                         u"https://raw.githubusercontent.com/munch-group/"
                                         u"phasic-traces/master/registry.json"_s});
        QTest::newRow("gateways") << K::Gateways
                                  << QVariant(QStringList{
                                         u"https://trustless-gateway.link"_s, u"https://ipfs.io"_s,
                                         u"https://dweb.link"_s, u"https://ipfs.filebase.io"_s,
                                         u"https://4everland.io"_s, u"https://storacha.link"_s});
        QTest::newRow("max parallel") << K::MaxParallelDownloads << QVariant(3);
        QTest::newRow("python cache") << K::PythonCompatibleCache << QVariant(true);
        QTest::newRow("use daemon") << K::UseDaemon << QVariant(true);
        QTest::newRow("start daemon") << K::StartDaemonWithApp << QVariant(false);
        QTest::newRow("ipfs binary") << K::IpfsBinary << QVariant(QString());
        QTest::newRow("services") << K::PinningServices << QVariant(QVariantList());
        QTest::newRow("geometry") << K::MainWindowGeometry << QVariant(QByteArray());
    }
    void defaults()
    {
        QFETCH(Settings::Key, key);
        QFETCH(QVariant, expected);
        Settings s(file());
        QCOMPARE(s.value(key), expected);
        QCOMPARE(Settings::defaultValue(key), expected);
        QVERIFY(!s.contains(key));
    }

    void typedDefaults()
    {
        Settings s(file());
        QCOMPARE(s.maxParallelDownloads(), 3);
        QVERIFY(s.pythonCompatibleCache());
        QVERIFY(s.pinningServices().isEmpty());
        QCOMPARE(s.gateways().size(), 6);
        for (const QString &g : s.gateways())
            QVERIFY2(!g.contains(u"cloudflare"_s), qPrintable(g)); // dead since 2024-08-14
        QVERIFY(s.sync().ok());
        QCOMPARE(fileBytes(file()), QByteArray("[General]\nsettings_version=1\n"));
        QCOMPARE(Settings::defaultFilePath().section(u'/', -1), u"phasic-traces.ini"_s);
    }

    void roundTrip_data()
    {
        QTest::addColumn<Settings::Key>("key");
        for (Settings::Key key : Settings::allKeys())
            QTest::newRow(qPrintable(Settings::keyName(key))) << key;
    }
    void roundTrip()
    {
        QFETCH(Settings::Key, key);
        const QVariant value = sampleValue(key);
        {
            Settings s(file());
            QSignalSpy spy(&s, &Settings::changed);
            const Result<void> r = s.setValue(key, value);
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
            QCOMPARE(spy.size(), 1);
            QCOMPARE(spy.at(0).at(0).value<Settings::Key>(), key);
            QCOMPARE(s.value(key), value);
            // The same value again is not a change.
            QVERIFY(s.setValue(key, value).ok());
            QCOMPARE(spy.size(), 1);
            QVERIFY(s.sync().ok());
        }
        Settings reloaded(file());
        QVERIFY(reloaded.contains(key));
        QCOMPARE(reloaded.value(key), value);

        // Back to the default removes the key, and notifies.
        QSignalSpy spy(&reloaded, &Settings::changed);
        QVERIFY(reloaded.setValue(key, Settings::defaultValue(key)).ok());
        QCOMPARE(spy.size(), 1);
        QVERIFY(!reloaded.contains(key));
        QVERIFY(reloaded.sync().ok());
        QVERIFY(!Settings(file()).contains(key));
    }

    void typedAccessors()
    {
        const QList<PinningService> services{
            {u"lab"_s, PinningService::Kind::Psa, u"https://pin.example.org/psa"_s}};
        {
            Settings s(file());
            QVERIFY(s.setGateways({u"https://dweb.link"_s}).ok());
            QVERIFY(s.setMaxParallelDownloads(16).ok());
            s.setUseDaemon(false);
            QVERIFY(s.setPinningServices(services).ok());
            QVERIFY(s.setAuthorOrcid(u"0000-0002-1825-0097"_s).ok());
            s.setMainWindowState(QByteArray("\0\1\2", 3));
            QVERIFY(s.sync().ok());
        }
        Settings s(file());
        QCOMPARE(s.gateways(), QStringList{u"https://dweb.link"_s}); // one element stays a list
        QCOMPARE(s.maxParallelDownloads(), 16);
        QVERIFY(!s.useDaemon());
        QCOMPARE(s.pinningServices(), services);
        QCOMPARE(s.authorOrcid(), u"0000-0002-1825-0097"_s);
        QCOMPARE(s.mainWindowState(), QByteArray("\0\1\2", 3));
    }

    // An empty list is a choice (e.g. "no gateways: daemon only"), not "use the default".
    void emptyListIsKept()
    {
        {
            Settings s(file());
            QVERIFY(s.setGateways({}).ok());
            QVERIFY(s.sync().ok());
        }
        Settings s(file());
        QVERIFY(s.contains(Settings::Key::Gateways));
        QCOMPARE(s.gateways(), QStringList());
        if (qEnvironmentVariableIsSet("PT_DUMP_INI"))
            qInfo().noquote() << fileBytes(file());
    }

    // fetch::defaultGateways() has a subdomain gateway template; the settings dialog's "Reset to
    // defaults" stores that list, so it must validate (as the URL it becomes) and round-trip.
    void subdomainGatewayTemplate()
    {
        const QStringList gateways{QStringLiteral("https://{cid}.ipfs.dweb.link"),
                                   QStringLiteral("https://ipfs.io")};
        {
            Settings s(file());
            const Result<void> r = s.setGateways(gateways);
            QVERIFY2(r.ok(), qPrintable(r.error().message));
            QVERIFY(s.sync().ok());
        }
        QCOMPARE(Settings(file()).gateways(), gateways);
        Settings s(file());
        QVERIFY(!s.setGateways({QStringLiteral("ftp://{cid}.ipfs.dweb.link")}).ok());
        QVERIFY(!s.setGateways({QStringLiteral("https://user:pw@{cid}.ipfs.dweb.link")}).ok());
    }

    void invalidValuesRefused_data()
    {
        QTest::addColumn<Settings::Key>("key");
        QTest::addColumn<QVariant>("value");
        using K = Settings::Key;
        QTest::newRow("parallel 0") << K::MaxParallelDownloads << QVariant(0);
        QTest::newRow("parallel 17") << K::MaxParallelDownloads << QVariant(17);
        QTest::newRow("parallel as text") << K::MaxParallelDownloads << QVariant(u"4"_s);
        QTest::newRow("bool as int") << K::UseDaemon << QVariant(1);
        QTest::newRow("orcid") << K::AuthorOrcid << QVariant(u"0000-0002-1825"_s);
        QTest::newRow("gateway ftp") << K::Gateways << QVariant(QStringList{u"ftp://x.org"_s});
        QTest::newRow("gateway not url") << K::Gateways << QVariant(QStringList{u"ipfs.io"_s});
        QTest::newRow("registry ssh")
            << K::RegistrySources << QVariant(QStringList{u"ssh://host/registry.json"_s});
        QTest::newRow("string list as string") << K::Gateways << QVariant(u"https://ipfs.io"_s);
        QTest::newRow("bytes as string") << K::MainWindowState << QVariant(u"abc"_s);
        QTest::newRow("service kind")
            << K::PinningServices
            << QVariant(QVariantList{QVariantMap{{u"name"_s, u"x"_s},
                                                 {u"kind"_s, u"dropbox"_s},
                                                 {u"endpoint"_s, u"https://x.org"_s}}});
        QTest::newRow("service name")
            << K::PinningServices
            << QVariant(QVariantList{QVariantMap{{u"name"_s, u"a/b"_s},
                                                 {u"kind"_s, u"psa"_s},
                                                 {u"endpoint"_s, u"https://x.org"_s}}});
        const QVariantMap dup{
            {u"name"_s, u"a"_s}, {u"kind"_s, u"psa"_s}, {u"endpoint"_s, u"https://x.org"_s}};
        QTest::newRow("service twice") << K::PinningServices << QVariant(QVariantList{dup, dup});
    }
    void invalidValuesRefused()
    {
        QFETCH(Settings::Key, key);
        QFETCH(QVariant, value);
        Settings s(file());
        QSignalSpy spy(&s, &Settings::changed);
        const Result<void> r = s.setValue(key, value);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::InvalidInput);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(spy.size(), 0);
        QVERIFY(!s.contains(key));
    }

    // Hand-edited garbage falls back to the default instead of a wrong value.
    void malformedFileValues()
    {
        {
            QFile f(file());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[General]\nsettings_version=1\n"
                    "[downloads]\nmax_parallel=lots\n"
                    "[daemon]\nuse_daemon=maybe\n"
                    "[publish]\npinning_services\\1\\name=a/b\npinning_services\\1\\kind=psa\n"
                    "pinning_services\\1\\endpoint=https://x.org\npinning_services\\size=1\n");
        }
        Settings s(file());
        QCOMPARE(s.maxParallelDownloads(), 3);
        QVERIFY(s.useDaemon());
        QVERIFY(s.pinningServices().isEmpty());
    }

    void looksLikeSecret_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("secret");
        QTest::newRow("github classic") << kGithubToken << true;
        QTest::newRow("github fine-grained")
            << u"github_pat_11ABCDEFG0abcdefghijklmnopqrstuvwxyz"_s << true;
        QTest::newRow("jwt") << kJwt << true;
        QTest::newRow("bearer") << u"Bearer abcdefgh12345"_s << true;
        QTest::newRow("url with password") << u"https://user:hunter2@pin.example.org"_s << true;
        QTest::newRow("url token query") << u"https://pin.example.org/?token=abc"_s << true;
        QTest::newRow("api key") << u"sk_Live_4eC39HqLyjWDarjtT1zdp7dcXYZ"_s << true;
        QTest::newRow("cid v1") << u"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"_s
                                << false;
        // Base58 mixes cases like an API key; no setting holds a bare CID, so this is accepted.
        QTest::newRow("cid v0 (accepted false positive)")
            << u"QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG"_s << true;
        QTest::newRow("sha256 hex")
            << u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s << false;
        QTest::newRow("path") << u"/home/ada/.phasic_traces/traces"_s << false;
        QTest::newRow("gateway") << u"https://trustless-gateway.link"_s << false;
        QTest::newRow("registry url")
            << u"https://raw.githubusercontent.com/munch-group/phasic-traces/master/registry.json"_s
            << false;
        QTest::newRow("name") << u"Ada Lovelace"_s << false;
        QTest::newRow("orcid") << u"0000-0002-1825-0097"_s << false;
        QTest::newRow("multiaddr") << u"/ip4/127.0.0.1/tcp/5001"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void looksLikeSecret()
    {
        QFETCH(QString, text);
        QFETCH(bool, secret);
        QCOMPARE(Settings::looksLikeSecret(text), secret);
    }

    void secretsRefused_data()
    {
        QTest::addColumn<Settings::Key>("key");
        QTest::addColumn<QVariant>("value");
        using K = Settings::Key;
        QTest::newRow("token as author") << K::AuthorName << QVariant(kGithubToken);
        QTest::newRow("jwt as login") << K::GithubLogin << QVariant(kJwt);
        QTest::newRow("jwt in a path") << K::LastOpenDir << QVariant(QString(u"/tmp/"_s + kJwt));
        QTest::newRow("password in gateway")
            << K::Gateways
            << QVariant(QStringList{QString(u"https://me:"_s + kGithubToken + u"@gw.org"_s)});
        QTest::newRow("token in registry query")
            << K::RegistrySources
            << QVariant(QStringList{
                   QString(u"https://example.org/r.json?access_token="_s + kGithubToken)});
        QTest::newRow("token field in service")
            << K::PinningServices
            << QVariant(QVariantList{QVariantMap{{u"name"_s, u"lab"_s},
                                                 {u"kind"_s, u"psa"_s},
                                                 {u"endpoint"_s, u"https://pin.example.org"_s},
                                                 {u"token"_s, kJwt}}});
        QTest::newRow("jwt field in service")
            << K::PinningServices
            << QVariant(QVariantList{QVariantMap{{u"name"_s, u"p"_s},
                                                 {u"kind"_s, u"pinata"_s},
                                                 {u"endpoint"_s, u"https://api.pinata.cloud"_s},
                                                 {u"jwt"_s, kJwt}}});
        QTest::newRow("credentials in endpoint")
            << K::PinningServices
            << QVariant(QVariantList{QVariantMap{
                   {u"name"_s, u"lab"_s},
                   {u"kind"_s, u"psa"_s},
                   {u"endpoint"_s, QString(u"https://x:"_s + kJwt + u"@pin.example.org"_s)}}});
    }
    void secretsRefused()
    {
        QFETCH(Settings::Key, key);
        QFETCH(QVariant, value);
        {
            Settings s(file());
            const Result<void> r = s.setValue(key, value);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, Error::InvalidInput);
            // The refusal does not echo the secret either (it ends up in logs and dialogs).
            QVERIFY2(!r.error().message.contains(kJwt), qPrintable(r.error().message));
            QVERIFY2(!r.error().message.contains(kGithubToken), qPrintable(r.error().message));
            QVERIFY(s.sync().ok());
        }
        const QByteArray ini = fileBytes(file());
        QVERIFY(!ini.contains(kJwt.toUtf8()));
        QVERIFY(!ini.contains(kGithubToken.toUtf8()));
    }

    // Save every key, load, save again, then grep the file: no token anywhere, even after
    // attempts to sneak one in through every setter, and every value survived.
    void fullRoundTripHoldsNoToken()
    {
        {
            Settings s(file());
            for (Settings::Key key : Settings::allKeys())
                QVERIFY(s.setValue(key, sampleValue(key)).ok());
            // Attempts through the typed API.
            QVERIFY(!s.setAuthorName(kGithubToken).ok());
            QVERIFY(!s.setGithubLogin(kJwt).ok());
            QVERIFY(!s.setPinningServices({{u"x"_s, PinningService::Kind::Pinata,
                                            QString(u"https://api.pinata.cloud/?jwt="_s + kJwt)}})
                         .ok());
            QVERIFY(s.sync().ok());
        }
        {
            Settings s(file());
            for (Settings::Key key : Settings::allKeys()) {
                QCOMPARE(s.value(key), sampleValue(key));
                // Re-save through the same path the GUI uses (write back what was read).
                QVERIFY(s.setValue(key, s.value(key)).ok());
            }
            QVERIFY(s.setLanguage(u"en_GB"_s).ok());
            QVERIFY(s.sync().ok());
        }
        Settings s(file());
        QCOMPARE(s.language(), u"en_GB"_s);
        QCOMPARE(s.pinningServices().size(), 3);
        const QByteArray ini = fileBytes(file());
        QVERIFY(!ini.isEmpty());
        QVERIFY2(!ini.contains(kJwt.toUtf8()), ini.constData());
        QVERIFY2(!ini.contains(kGithubToken.toUtf8()), ini.constData());
        QVERIFY2(!ini.contains("eyJ"), ini.constData());
        QVERIFY2(!ini.toLower().contains("token"), ini.constData());
        if (qEnvironmentVariableIsSet("PT_DUMP_INI"))
            qInfo().noquote() << ini;
    }

    void unknownKeysPreserved()
    {
        {
            QFile f(file());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[General]\nsettings_version=1\nfrom_a_newer_build=yes\n\n"
                    "[ipfs]\nexperimental_transport=webtransport\n\n[plugins]\nfoo=1, 2\n");
        }
        {
            Settings s(file());
            QVERIFY(s.setGateways({u"https://ipfs.io"_s}).ok());
            QVERIFY(s.setMaxParallelDownloads(4).ok());
            QVERIFY(s.migrate().ok());
            QVERIFY(s.sync().ok());
        }
        QSettings raw(file(), QSettings::IniFormat);
        QCOMPARE(raw.value(u"from_a_newer_build"_s).toString(), u"yes"_s);
        QCOMPARE(raw.value(u"ipfs/experimental_transport"_s).toString(), u"webtransport"_s);
        QCOMPARE(raw.value(u"plugins/foo"_s).toStringList(), (QStringList{u"1"_s, u"2"_s}));
        QCOMPARE(raw.value(u"ipfs/gateways"_s).toString(), u"https://ipfs.io"_s);
    }

    void migrateFromV0()
    {
        QVERIFY(QFile::copy(test::dataPath(u"core/settings-v0.ini"_s), file()));
        QFile::setPermissions(file(), QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ2MHRva2VuIn0";
        QVERIFY(fileBytes(file()).contains(token)); // the fixture really holds one
        Settings s(file());
        QCOMPARE(s.storedVersion(), 0);
        auto notes = s.migrate();
        QVERIFY2(notes.ok(), qPrintable(notes.ok() ? QString() : notes.error().message));
        QCOMPARE(s.storedVersion(), Settings::CurrentVersion);

        QCOMPARE(s.registrySources(), QStringList{u"https://example.org/mirror/registry.json"_s});
        QCOMPARE(s.gateways(), (QStringList{u"https://ipfs.io"_s, u"https://dweb.link"_s}));
        QCOMPARE(s.ipfsBinary(), u"/opt/kubo/ipfs"_s);
        QCOMPARE(s.kuboApiAddress(), u"/ip4/127.0.0.1/tcp/5001"_s);
        QVERIFY(!s.useDaemon());
        QCOMPARE(s.maxParallelDownloads(), 5);
        QCOMPARE(s.authorName(), u"Ada Lovelace"_s);
        QCOMPARE(s.authorOrcid(), u"0000-0002-1825-0097"_s);

        const QString joined = notes->join(u'\n');
        QVERIFY2(joined.contains(u"cloudflare-ipfs.com"_s), qPrintable(joined));
        QVERIFY2(joined.contains(u"pinata_jwt"_s), qPrintable(joined));
        QVERIFY2(!joined.contains(QString::fromLatin1(token)), qPrintable(joined));

        const QByteArray ini = fileBytes(file());
        QVERIFY2(!ini.contains(token), ini.constData());
        QVERIFY(!ini.contains("pinata_jwt"));
        QVERIFY(!ini.contains("registry_url"));
        QVERIFY(!ini.contains("max_downloads"));
        QVERIFY(ini.contains("settings_version=1"));
        // Unknown keys survive the migration.
        QSettings raw(file(), QSettings::IniFormat);
        QCOMPARE(raw.value(u"some_future_option"_s).toString(), u"kept as is"_s);
        QCOMPARE(raw.value(u"extras/color"_s).toString(), u"blue"_s);

        // Idempotent.
        auto again = s.migrate();
        QVERIFY(again.ok());
        QVERIFY(again->isEmpty());
        QCOMPARE(fileBytes(file()), ini);
    }

    void freshFileGetsCurrentVersion()
    {
        Settings s(file());
        QCOMPARE(s.storedVersion(), Settings::CurrentVersion);
        auto notes = s.migrate();
        QVERIFY(notes.ok());
        QVERIFY(notes->isEmpty());
        QVERIFY(fileBytes(file()).contains("settings_version=1"));
    }

    void newerVersionLeftUntouched()
    {
        const QByteArray content = "[General]\nsettings_version=99\nregistry_url=x\n";
        {
            QFile f(file());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        Settings s(file());
        auto r = s.migrate();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Unsupported);
        QVERIFY(r.error().message.contains(u"99"_s));
        QCOMPARE(fileBytes(file()), content);
    }

    // QSettings writes through QSaveFile: a new file is renamed over the old one, so a reader
    // (or a crash) never sees a half-written file.
    void syncReplacesFileAtomically()
    {
        Settings s(file());
        QVERIFY(s.setAuthorName(u"first"_s).ok());
        QVERIFY(s.sync().ok());
        const ino_t before = inodeOf(file());
        QVERIFY(before != 0);
        QVERIFY(s.setAuthorName(u"second"_s).ok());
        QVERIFY(s.sync().ok());
        QVERIFY(inodeOf(file()) != before);
        QVERIFY(fileBytes(file()).contains("author_name=second"));
        // No temp files left behind.
        const QStringList left = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left, QStringList{u"phasic-traces.ini"_s});
    }

    void syncReportsUnwritableDirectory()
    {
        if (::geteuid() == 0)
            QSKIP("root ignores directory permissions");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"ro/phasic-traces.ini"_s);
        QVERIFY(QDir().mkpath(dir.filePath(u"ro"_s)));
        QFile::setPermissions(dir.filePath(u"ro"_s), QFile::ReadOwner | QFile::ExeOwner);
        Settings s(path);
        QVERIFY(s.setAuthorName(u"x"_s).ok());
        const Result<void> r = s.sync();
        QFile::setPermissions(dir.filePath(u"ro"_s),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Io);
        QVERIFY(r.error().message.contains(path));
    }

    // Works as root too: the file's place is taken by a directory / the parent is a file.
    void syncReportsUnwritablePlace()
    {
        QTemporaryDir dir;
        const QString blocked = dir.filePath(u"blocked.ini"_s);
        QVERIFY(QDir().mkpath(blocked));
        {
            Settings s(blocked);
            QVERIFY(s.setAuthorName(u"x"_s).ok());
            const Result<void> r = s.sync();
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, Error::Io);
            QVERIFY2(r.error().message.contains(blocked), qPrintable(r.error().message));
        }
        QFile plain(dir.filePath(u"plain"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        const QString below = dir.filePath(u"plain/phasic-traces.ini"_s);
        Settings s(below);
        QVERIFY(s.setAuthorName(u"x"_s).ok());
        const Result<void> r = s.sync();
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Io);
        QVERIFY2(r.error().message.contains(dir.filePath(u"plain"_s)),
                 qPrintable(r.error().message));
    }

    void syncCreatesTheDirectory()
    {
        const QString path = m_dir.filePath(u"deep/er/phasic-traces.ini"_s);
        Settings s(path);
        QVERIFY(s.setAuthorName(u"x"_s).ok());
        QVERIFY(s.sync().ok());
        QVERIFY(QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
