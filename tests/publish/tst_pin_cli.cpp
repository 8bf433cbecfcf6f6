// `phasic-traces-cli add` and `pin` end to end. Without a keyring: add (local CID, through the
// real js-ipfs node) and the error paths. Under tests/core/with-keyring.sh (PT_KEYRING=real):
// login, then pin add/status/ls/rm against the fake PSA and fake Pinata, and add --pin-to.
#include "core/ipfs/importer.h"
#include "core/settings.h"
#include "tests/publish/artifacts.h"
#include "tests/publish/fakekubo.h"
#include "tests/publish/fakepinata.h"
#include "tests/publish/fakepsa.h"
#include "tests/support/clirun.h"
#include "tests/support/ipfsnode.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pt;

namespace {
const QString kPsaToken = u"cli-psa-token-Qq1Ww2Ee3Rr4Tt5Yy6"_s;
const QString kPinataToken = u"eyJhbGciOiJIUzI1NiJ9.cli-pinata.Uu7Ii8Oo9Pp0"_s;
const QString kCid = u"bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e"_s;

struct Run
{
    int rc = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}
} // namespace

class TestPinCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_work;
    QString m_pkg;

    // Runs the CLI without blocking the event loop: the fakes answer from this process.
    Run cli(const QStringList &args, const QByteArray &stdinData = {})
    {
        pt::test::CliOptions options;
        options.stdinData = stdinData;
        options.timeoutMs = 60000;
        const pt::test::CliRun r = pt::test::runCli(
            QStringList{u"--cache-dir"_s, m_work.filePath(u"cache"_s)} + args, options);
        return {r.code, r.out, r.err};
    }

    QString ourCid(const QString &path, const ipfs::ImportProfile &profile)
    {
        ipfs::Importer importer(profile);
        return importer.importPath(path)->cid.toString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(QStringLiteral(PT_BINARY_DIR "/app/phasic-traces-cli")));
        m_pkg = m_work.filePath(u"my-trace"_s);
        writeFile(m_pkg + u"/README.md"_s, "# a trace\n");
        writeFile(m_pkg + u"/data/values.csv"_s, "t,v\n0,1\n1,2\n");
        writeFile(m_pkg + u"/données é.txt"_s, "unicode\n");
    }

    void addLocalOnly()
    {
        const Run r =
            cli({u"--no-daemon"_s, u"--json"_s, u"add"_s, m_pkg, u"--profile"_s, u"kubo-v1"_s});
        QCOMPARE(r.rc, 0);
        QCOMPARE(r.json().value(u"cid"_s).toString(), ourCid(m_pkg, ipfs::ImportProfile::kuboV1()));
        QCOMPARE(r.json().value(u"onIpfs"_s).toBool(), false);
        const Run text = cli({u"--no-daemon"_s, u"add"_s, m_pkg});
        QCOMPARE(text.rc, 0);
        QVERIFY(text.err.contains("only local"));
    }

    void addThroughNode()
    {
        if (!pt::test::IpfsNode::available())
            QSKIP(qPrintable(pt::test::IpfsNode::unavailableReason()));
        pt::test::IpfsNode node;
        QVERIFY2(node.start(), qPrintable(node.errorString()));
        const Run r = cli({u"--ipfs-api"_s, node.apiMultiaddr(), u"--json"_s, u"add"_s, m_pkg});
        QVERIFY2(r.rc == 0, r.err.constData());
        QCOMPARE(r.json().value(u"cid"_s).toString(), ourCid(m_pkg, ipfs::ImportProfile::kuboV0()));
        QCOMPARE(r.json().value(u"onIpfs"_s).toBool(), true);
        QVERIFY(r.json()
                    .value(u"links"_s)
                    .toArray()
                    .first()
                    .toString()
                    .endsWith(u"/ipfs/"_s + r.json().value(u"cid"_s).toString()));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("rc");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("web3storage")
            << QStringList{u"pin"_s, u"ls"_s, u"--service"_s, u"web3storage"_s} << 5
            << QByteArray("2024-01-09");
        QTest::newRow("unknown psa")
            << QStringList{u"pin"_s, u"add"_s, kCid, u"--service"_s, u"psa:nope"_s} << 3
            << QByteArray("no pinning service named 'nope'");
        QTest::newRow("bad service")
            << QStringList{u"pin"_s, u"rm"_s, kCid, u"--service"_s, u"ftp"_s} << 2
            << QByteArray("unknown pinning service 'ftp'");
        QTest::newRow("no service") << QStringList{u"pin"_s, u"status"_s, kCid} << 2
                                    << QByteArray("--service NAME is required");
        QTest::newRow("bad sub") << QStringList{u"pin"_s, u"frob"_s} << 2
                                 << QByteArray("unknown subcommand");
        QTest::newRow("missing path")
            << QStringList{u"--no-daemon"_s, u"add"_s, u"/nonexistent/x"_s} << 3
            << QByteArray("no such file or directory");
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, rc);
        QFETCH(QByteArray, message);
        const Run r = cli(args);
        QCOMPARE(r.rc, rc);
        QVERIFY2(r.err.contains(message), r.err.constData());
    }

    // `pin` via the node's remote service (no token anywhere: the node keeps the key), against
    // the fake Kubo: `pin services`, `pin add --via-daemon NAME --wait`, status, ls, rm.
    void viaDaemon()
    {
        pt::test::FakeKubo kubo;
        QVERIFY(kubo.listen());
        kubo.addService(u"mypsa"_s, u"https://psa.example/api/v1"_s);
        const QString api = kubo.url().toString();
        Run r = cli({u"--ipfs-api"_s, api, u"--json"_s, u"pin"_s, u"services"_s});
        QVERIFY2(r.rc == 0, r.err.constData());
        const QJsonArray services = r.json().value(u"services"_s).toArray();
        QCOMPARE(services.size(), 1);
        QCOMPARE(services.first().toObject().value(u"name"_s).toString(), u"daemon:mypsa"_s);
        r = cli({u"--ipfs-api"_s, api, u"pin"_s, u"services"_s});
        QCOMPARE(r.out, QByteArray("daemon:mypsa\thttps://psa.example/api/v1\n"));

        r = cli({u"--ipfs-api"_s, api, u"--json"_s, u"pin"_s, u"add"_s, kCid, u"--via-daemon"_s,
                 u"mypsa"_s, u"--name"_s, u"t1"_s, u"--wait"_s});
        QVERIFY2(r.rc == 0, r.err.constData());
        QCOMPARE(r.json().value(u"status"_s).toString(), u"pinned"_s);
        QCOMPARE(kubo.pinnedCids(u"mypsa"_s), QStringList{kCid});
        QVERIFY(kubo.pins().first().background);
        QCOMPARE(kubo.pins().first().name, u"t1"_s);
        r = cli(
            {u"--ipfs-api"_s, api, u"pin"_s, u"status"_s, kCid, u"--service"_s, u"daemon:mypsa"_s});
        QCOMPARE(r.rc, 0);
        QVERIFY(r.out.startsWith(QByteArray("pinned\t" + kCid.toLatin1())));
        r = cli(
            {u"--ipfs-api"_s, api, u"--json"_s, u"pin"_s, u"ls"_s, u"--via-daemon"_s, u"mypsa"_s});
        QCOMPARE(r.json().value(u"count"_s).toInt(), 1);
        r = cli({u"--ipfs-api"_s, api, u"pin"_s, u"rm"_s, kCid, u"--via-daemon"_s, u"mypsa"_s});
        QCOMPARE(r.rc, 0);
        QVERIFY(kubo.pins().isEmpty());
        // Errors: an unknown service of the node; no node at all; both options.
        r = cli({u"--ipfs-api"_s, api, u"pin"_s, u"add"_s, kCid, u"--via-daemon"_s, u"nope"_s});
        QVERIFY(r.rc != 0);
        QVERIFY2(r.err.contains("remote pinning service 'nope'") &&
                     r.err.contains("service not found"),
                 r.err.constData());
        r = cli({u"--no-daemon"_s, u"pin"_s, u"add"_s, kCid, u"--via-daemon"_s, u"mypsa"_s});
        QCOMPARE(r.rc, 2);
        QVERIFY2(r.err.contains("--no-daemon"), r.err.constData());
        r = cli(
            {u"pin"_s, u"add"_s, kCid, u"--via-daemon"_s, u"mypsa"_s, u"--service"_s, u"pinata"_s});
        QCOMPARE(r.rc, 2);
    }

    // `publish` of two v2 artifacts pinned via the node's remote service: the fake Kubo hands
    // add to the real js-ipfs node; --json lists one pin per (service, CID).
    void publishTwoArtifactsViaDaemon()
    {
        if (!pt::test::IpfsNode::available())
            QSKIP(qPrintable(pt::test::IpfsNode::unavailableReason()));
        pt::test::IpfsNode node;
        QVERIFY2(node.start(), qPrintable(node.errorString()));
        pt::test::FakeKubo kubo;
        QVERIFY(kubo.listen());
        kubo.addService(u"mypsa"_s, u"https://psa.example/api/v1"_s);
        kubo.forwardTo(node.apiUrl());
        const QStringList bins = pt::test::writeComputeArtifacts(m_work.filePath(u"bins"_s));
        QCOMPARE(bins.size(), 2);
        const QString registry = m_work.filePath(u"registry-v2.json"_s);
        writeFile(registry, pt::test::readData(u"publish/registry/registry.json"_s));
        const Run r =
            cli({u"--ipfs-api"_s, kubo.url().toString(), u"--json"_s, u"publish"_s, u"--artifact"_s,
                 bins.at(0), u"--artifact"_s, bins.at(1), u"--metadata"_s,
                 pt::test::dataPath(u"publish/package/metadata.json"_s), u"--id"_s,
                 u"coal_cli_v2"_s, u"--registry-file"_s, registry, u"--offline"_s, u"--patch-out"_s,
                 m_work.filePath(u"v2.patch"_s), u"--pin-to"_s, u"daemon:mypsa"_s});
        QVERIFY2(r.rc == 0, r.err.constData());
        const QJsonObject report = r.json();
        QCOMPARE(report.value(u"add"_s).toObject().value(u"state"_s).toString(), u"added"_s);
        const QJsonArray pins = report.value(u"pins"_s).toArray();
        QCOMPARE(pins.size(), 2);
        QStringList cids;
        for (const QJsonValue &v : pins) {
            const QJsonObject p = v.toObject();
            QCOMPARE(p.value(u"service"_s).toString(), u"daemon:mypsa"_s);
            QCOMPARE(p.value(u"state"_s).toString(), u"pinned"_s);
            cids << p.value(u"cid"_s).toString();
        }
        QCOMPARE(pins.at(1).toObject().value(u"name"_s).toString(),
                 u"scc_"_s + QString(64, u'b') + u".bin"_s);
        QVERIFY(cids.at(0) != cids.at(1));
        QStringList pinned = kubo.pinnedCids(u"mypsa"_s);
        pinned.sort();
        cids.sort();
        QCOMPARE(pinned, cids);
        QVERIFY2(report.value(u"summary"_s).toString().contains(u"pinned on daemon:mypsa"_s),
                 qPrintable(report.value(u"summary"_s).toString()));
        // The text form says each one.
        const Run resumed = cli({u"--ipfs-api"_s, kubo.url().toString(), u"publish"_s,
                                 u"--resume"_s, u"coal_cli_v2"_s});
        QVERIFY2(resumed.rc == 0, resumed.err.constData());
        for (const QString &cid : std::as_const(cids))
            QVERIFY2(resumed.out.contains(QByteArray(") on daemon:mypsa: pinned")) &&
                         resumed.out.contains(cid.toLatin1()),
                     resumed.out.constData());
    }

    void withKeyring()
    {
        if (qgetenv("PT_KEYRING") != "real")
            QSKIP(
                "needs a keyring: runs as tst_pin_cli_keyring through tests/core/with-keyring.sh");
        pt::test::FakePsa psa(kPsaToken);
        QVERIFY(psa.listen());
        pt::test::FakePinata pinata(kPinataToken);
        QVERIFY(pinata.listen());
        {
            Settings settings(m_work.filePath(u"cache/config/phasic-traces.ini"_s));
            PinningService strict{u"strict"_s, PinningService::Kind::Psa, psa.url().toString()};
            PinningService p{u"pinata"_s, PinningService::Kind::Pinata, pinata.url().toString()};
            QVERIFY(settings.setPinningServices({strict, p}).ok());
            QVERIFY(settings.sync().ok());
        }
        QCOMPARE(
            cli({u"login"_s, u"psa"_s, u"strict"_s, u"--token-stdin"_s}, kPsaToken.toUtf8()).rc, 0);
        QCOMPARE(cli({u"login"_s, u"pinata"_s, u"--token-stdin"_s}, kPinataToken.toUtf8()).rc, 0);

        QList<Run> runs;
        runs << cli({u"--json"_s, u"pin"_s, u"add"_s, kCid, u"--service"_s, u"psa:strict"_s,
                     u"--name"_s, u"t1"_s, u"--wait"_s});
        QVERIFY2(runs.last().rc == 0, runs.last().err.constData());
        QCOMPARE(runs.last().json().value(u"status"_s).toString(), u"pinned"_s);
        runs << cli({u"--json"_s, u"pin"_s, u"ls"_s, u"--service"_s, u"psa:strict"_s});
        QCOMPARE(runs.last().json().value(u"count"_s).toInt(), 1);
        runs << cli({u"pin"_s, u"status"_s, kCid, u"--service"_s, u"psa:strict"_s});
        QCOMPARE(runs.last().rc, 0);
        QVERIFY(runs.last().out.startsWith(QByteArray("pinned\t" + kCid.toLatin1())));
        runs << cli({u"pin"_s, u"rm"_s, kCid, u"--service"_s, u"psa:strict"_s});
        QCOMPARE(runs.last().rc, 0);
        runs << cli({u"pin"_s, u"status"_s, kCid, u"--service"_s, u"psa:strict"_s});
        QCOMPARE(runs.last().rc, 3);
        QCOMPARE(psa.badRequests(), 0);

        runs << cli(
            {u"--json"_s, u"pin"_s, u"add"_s, kCid, u"--service"_s, u"pinata"_s, u"--wait"_s});
        QVERIFY2(runs.last().rc == 0, runs.last().err.constData());
        QCOMPARE(runs.last().json().value(u"status"_s).toString(), u"pinned"_s);

        // No daemon: the folder goes to Pinata, which must compute the same CID.
        runs << cli({u"--no-daemon"_s, u"--json"_s, u"add"_s, m_pkg, u"--profile"_s, u"kubo-v1"_s,
                     u"--pin-to"_s, u"pinata"_s});
        QVERIFY2(runs.last().rc == 0, runs.last().err.constData());
        const QString cid = runs.last().json().value(u"cid"_s).toString();
        QCOMPARE(cid, ourCid(m_pkg, ipfs::ImportProfile::kuboV1()));
        QVERIFY(pinata.pins().contains(cid));
        QCOMPARE(runs.last().json().value(u"onIpfs"_s).toBool(), true);

        // publish: two v2 artifacts, each pinned on both services (no daemon).
        const QStringList bins =
            pt::test::writeComputeArtifacts(m_work.filePath(u"kbins"_s), '5', '6');
        const QString registry = m_work.filePath(u"registry-v2-keyring.json"_s);
        writeFile(registry, pt::test::readData(u"publish/registry/registry.json"_s));
        runs << cli({u"--no-daemon"_s,
                     u"--json"_s,
                     u"publish"_s,
                     u"--artifact"_s,
                     bins.at(0),
                     u"--artifact"_s,
                     bins.at(1),
                     u"--metadata"_s,
                     pt::test::dataPath(u"publish/package/metadata.json"_s),
                     u"--id"_s,
                     u"coal_cli_keyring"_s,
                     u"--registry-file"_s,
                     registry,
                     u"--offline"_s,
                     u"--patch-out"_s,
                     m_work.filePath(u"k.patch"_s),
                     u"--pin-to"_s,
                     u"psa:strict"_s,
                     u"--pin-to"_s,
                     u"pinata"_s});
        QVERIFY2(runs.last().rc == 0, runs.last().err.constData());
        const QJsonArray pins = runs.last().json().value(u"pins"_s).toArray();
        QCOMPARE(pins.size(), 4);
        for (const QJsonValue &v : pins) {
            const QString pinCid = v.toObject().value(u"cid"_s).toString();
            QCOMPARE(v.toObject().value(u"state"_s).toString(), u"pinned"_s);
            QVERIFY(pinata.pins().contains(pinCid));
            bool onPsa = false;
            for (const auto &p : psa.pins())
                onPsa |= p.cid == pinCid;
            QVERIFY2(onPsa, qPrintable(pinCid));
        }

        for (const Run &r : runs) {
            QVERIFY(!r.out.contains(kPsaToken.toUtf8()) && !r.err.contains(kPsaToken.toUtf8()));
            QVERIFY(!r.out.contains(kPinataToken.toUtf8()) &&
                    !r.err.contains(kPinataToken.toUtf8()));
        }
        for (const auto &req : psa.requests() + pinata.requests()) {
            QVERIFY(!req.url.toString().contains(kPsaToken));
            QVERIFY(!req.url.toString().contains(kPinataToken));
        }
    }
};

QTEST_GUILESS_MAIN(TestPinCli)
#include "tst_pin_cli.moc"
