// DaemonAdd (`ipfs add -r` over the RPC API, streamed multipart) against the real js-ipfs node
// (tests/support/ipfsnode.h): the daemon's root must equal our importer's for each profile.
// A fake `add` endpoint checks the mismatch report.
#include "core/ipfs/importer.h"
#include "core/publish/daemonadd.h"
#include "tests/publish/await.h"
#include "tests/publish/fakehttp.h"
#include "tests/support/ipfsnode.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpMultiPart>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace pt;
using namespace pt::publish;
using pt::test::why;

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(data), data.size());
}

QByteArray pattern(int size, int seed)
{
    QByteArray b(size, '\0');
    quint32 x = 2463534242u + quint32(seed);
    for (int i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        b[i] = char(x);
    }
    return b;
}

// A small package: a unicode name, a nested folder, a multi-chunk file, an empty file and a
// hidden file (skipped like `ipfs add -r`).
QString makePackage(const QTemporaryDir &dir)
{
    const QString pkg = dir.filePath(u"package"_s);
    writeFile(pkg + u"/README.md"_s, "# trace package\n");
    writeFile(pkg + u"/data/values.bin"_s, pattern(700000, 1)); // 3 chunks at 256 KiB
    writeFile(pkg + u"/data/nested/deeper/note.txt"_s, "nested\n");
    writeFile(pkg + u"/data/empty.txt"_s, QByteArray());
    writeFile(pkg + u"/Ünïcödé – 日本語 & +.txt"_s, "unicode name\n");
    writeFile(pkg + u"/.hidden"_s, "not uploaded\n");
    return pkg;
}

Result<DaemonAddResult> runAdd(const QUrl &api, const ipfs::ImportProfile &profile,
                               const QString &path, QList<qint64> *progress = nullptr)
{
    DaemonAdd add(api, profile);
    std::optional<Result<DaemonAddResult>> out;
    QObject::connect(&add, &DaemonAdd::finished,
                     [&](const Result<DaemonAddResult> &r) { out.emplace(r); });
    if (progress)
        QObject::connect(&add, &DaemonAdd::progress,
                         [progress](qint64 sent, qint64) { progress->append(sent); });
    add.start(path);
    QElapsedTimer t;
    t.start();
    while (!out && t.elapsed() < 60000)
        QTest::qWait(20);
    if (!out)
        return Error(Error::Network, u"test: no result in 60 s"_s);
    return *out;
}

class FakeAdd : public pt::test::FakeHttpServer
{
public:
    QByteArray answer;
    QList<pt::test::FormPart> parts;

protected:
    pt::test::FakeResponse handle(const pt::test::FakeRequest &request) override
    {
        parts.clear();
        pt::test::parseMultipart(request.header("Content-Type"), request.body, &parts);
        pt::test::FakeResponse r;
        r.body = answer;
        return r;
    }
};

} // namespace

class TestDaemonAdd : public QObject
{
    Q_OBJECT
    std::unique_ptr<pt::test::IpfsNode> m_node; // one js-ipfs node for every realNode row

private slots:
    void cleanupTestCase() { m_node.reset(); }

    void listTreeOrder()
    {
        QTemporaryDir dir;
        const QString pkg = makePackage(dir);
        auto tree = listTree(pkg);
        QVERIFY2(tree.ok(), why(tree).constData());
        QStringList names;
        for (const TreeEntry &e : *tree)
            names << e.relativePath + (e.isDirectory ? u"/"_s : QString());
        QCOMPARE(
            names,
            (QStringList{u"package/"_s, u"package/README.md"_s, u"package/data/"_s,
                         u"package/data/empty.txt"_s, u"package/data/nested/"_s,
                         u"package/data/nested/deeper/"_s, u"package/data/nested/deeper/note.txt"_s,
                         u"package/data/values.bin"_s, u"package/Ünïcödé – 日本語 & +.txt"_s}));
        auto hidden = listTree(pkg, true);
        QCOMPARE(hidden->size(), tree->size() + 1);
        QVERIFY(!listTree(dir.filePath(u"missing"_s)).ok());
        QVERIFY(QFile::link(pkg + u"/README.md"_s, pkg + u"/link"_s));
        auto withLink = listTree(pkg);
        QCOMPARE(withLink.error().code, Error::Unsupported);
    }

    void parseOutput_data()
    {
        QTest::addColumn<QByteArray>("ndjson");
        QTest::addColumn<int>("entries");
        QTest::addColumn<QString>("root");
        QTest::newRow("kubo")
            << QByteArray("{\"Name\":\"a\",\"Bytes\":5}\n{\"Name\":\"a\",\"Hash\":\"Qm1\",\"Size\":"
                          "\"13\"}\n{\"Name\":\"d\",\"Hash\":\"Qm2\",\"Size\":\"60\"}\n")
            << 2 << u"Qm2"_s;
        QTest::newRow("no trailing newline")
            << QByteArray("{\"Name\":\"d\",\"Hash\":\"Qm2\",\"Size\":60}") << 1 << u"Qm2"_s;
        QTest::newRow("error line")
            << QByteArray("{\"Message\":\"disk full\",\"Code\":0,\"Type\":\"error\"}\n") << -1
            << QString();
        QTest::newRow("garbage") << QByteArray("<html>") << -1 << QString();
        QTest::newRow("empty hash")
            << QByteArray("{\"Name\":\"d\",\"Hash\":\"\"}") << -1 << QString();
    }
    void parseOutput()
    {
        QFETCH(QByteArray, ndjson);
        QFETCH(int, entries);
        QFETCH(QString, root);
        auto r = parseAddOutput(ndjson);
        QCOMPARE(r.ok(), entries >= 0);
        if (r.ok()) {
            QCOMPARE(r->size(), entries);
            QCOMPARE(r->last().hash, root);
        }
    }

    void parameters_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("query");
        QTest::newRow("kubo-v0")
            << u"kubo-v0"_s
            << u"cid-version=0&raw-leaves=false&chunker=size-262144&pin=true&wrap-with-directory=false&progress=true"_s;
        QTest::newRow("kubo-v1")
            << u"kubo-v1"_s
            << u"cid-version=1&raw-leaves=true&chunker=size-262144&pin=true&wrap-with-directory=false&progress=true"_s;
        QTest::newRow("unixfs-v1-2025")
            << u"unixfs-v1-2025"_s
            << u"cid-version=1&raw-leaves=true&chunker=size-1048576&pin=true&wrap-with-directory=false&progress=true"_s;
    }
    void parameters()
    {
        QFETCH(QString, profile);
        QFETCH(QString, query);
        QStringList parts;
        for (const auto &[k, v] : addParameters(*ipfs::ImportProfile::byName(profile), true))
            parts << k + u'=' + v;
        QCOMPARE(parts.join(u'&'), query);
    }

    void multipartShape()
    {
        QTemporaryDir dir;
        const QString pkg = makePackage(dir);
        FakeAdd fake;
        QVERIFY(fake.listen());
        // Answer our own root so the comparison passes; the point here is the request.
        ipfs::Importer importer(ipfs::ImportProfile::kuboV0());
        const QString root = importer.importPath(pkg)->cid.toString();
        fake.answer =
            "{\"Name\":\"package\",\"Hash\":\"" + root.toLatin1() + "\",\"Size\":\"1\"}\n";
        auto r = runAdd(fake.url(), ipfs::ImportProfile::kuboV0(), pkg);
        QVERIFY2(r.ok(), why(r).constData());
        QCOMPARE(fake.parts.size(), 9);
        QCOMPARE(fake.parts.at(0).fileName, QByteArray("package"));
        QCOMPARE(fake.parts.at(0).contentType, QByteArray("application/x-directory"));
        QCOMPARE(fake.parts.at(1).fileName, QByteArray("package%2FREADME.md"));
        QCOMPARE(fake.parts.at(1).contentType, QByteArray("application/octet-stream"));
        QCOMPARE(fake.parts.at(1).body, QByteArray("# trace package\n"));
        QCOMPARE(fake.parts.at(7).body, pattern(700000, 1));
        QCOMPARE(QUrl::fromPercentEncoding(fake.parts.at(8).fileName),
                 u"package/Ünïcödé – 日本語 & +.txt"_s);
        QVERIFY(!fake.parts.at(8).fileName.contains(' '));
        const QUrlQuery q(fake.requests().first().url);
        QCOMPARE(q.queryItemValue(u"cid-version"_s), u"0"_s);
        QVERIFY(!q.hasQueryItem(u"cid-base"_s)); // v0 CIDs have no base to choose
        QVERIFY(!fake.requests().first().header("User-Agent").startsWith("Mozilla"));
    }

    void mismatchNamesBothCids()
    {
        QTemporaryDir dir;
        const QString pkg = makePackage(dir);
        FakeAdd fake;
        QVERIFY(fake.listen());
        fake.answer = "{\"Name\":\"package\",\"Hash\":"
                      "\"QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn\",\"Size\":\"4\"}\n";
        auto r = runAdd(fake.url(), ipfs::ImportProfile::kuboV1(), pkg);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::VerifyFailed);
        ipfs::Importer importer(ipfs::ImportProfile::kuboV1());
        const QString ours = importer.importPath(pkg)->cid.toString();
        QVERIFY2(r.error().message.contains(u"QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn"_s),
                 why(r).constData());
        QVERIFY(r.error().message.contains(ours));
        QVERIFY(r.error().message.contains(u"kubo-v1"_s));
    }

    void daemonError()
    {
        QTemporaryDir dir;
        const QString pkg = makePackage(dir);
        FakeAdd fake;
        QVERIFY(fake.listen());
        fake.answer = "{\"Message\":\"no space left on device\",\"Code\":0,\"Type\":\"error\"}\n";
        auto r = runAdd(fake.url(), ipfs::ImportProfile::kuboV0(), pkg);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"no space left on device"_s), why(r).constData());
        auto refused = runAdd(QUrl(u"http://127.0.0.1:%1"_s.arg(pt::test::IpfsNode::freePort())),
                              ipfs::ImportProfile::kuboV0(), pkg);
        QCOMPARE(refused.error().code, Error::Network);
    }

    void realNode_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<bool>("directory");
        QTest::addColumn<int>("bigFile"); // an extra file of this size (several 1 MiB chunks)
        QTest::newRow("kubo-v0 dir") << u"kubo-v0"_s << true << 0;
        QTest::newRow("kubo-v1 dir") << u"kubo-v1"_s << true << 0;
        QTest::newRow("kubo-v0 file") << u"kubo-v0"_s << false << 0;
        QTest::newRow("kubo-v1 file") << u"kubo-v1"_s << false << 0;
        QTest::newRow("unixfs-v1-2025 dir") << u"unixfs-v1-2025"_s << true << 0;
        QTest::newRow("unixfs-v1-2025 dir, 2.6 MB file") << u"unixfs-v1-2025"_s << true << 2700000;
        QTest::newRow("kubo-v1 dir, 2.6 MB file") << u"kubo-v1"_s << true << 2700000;
    }
    void realNode()
    {
        QFETCH(QString, profile);
        QFETCH(bool, directory);
        QFETCH(int, bigFile);
        if (!pt::test::IpfsNode::available())
            QSKIP(qPrintable(pt::test::IpfsNode::unavailableReason()));
        auto &node = m_node;
        if (!node) {
            node = std::make_unique<pt::test::IpfsNode>();
            QVERIFY2(node->start(), qPrintable(node->errorString()));
        }
        QTemporaryDir dir;
        const QString pkg = makePackage(dir);
        if (bigFile > 0)
            writeFile(pkg + u"/data/big.bin"_s, pattern(bigFile, 7));
        const QString path = directory ? pkg : pkg + u"/data/values.bin"_s;
        QList<qint64> progress;
        auto r = runAdd(node->apiUrl(), *ipfs::ImportProfile::byName(profile), path, &progress);
        QVERIFY2(r.ok(), why(r).constData());
        QCOMPARE(r->daemonCid, r->localCid);
        QVERIFY(!progress.isEmpty());
        QVERIFY(*std::max_element(progress.begin(), progress.end()) > 700000);
        QCOMPARE(r->files, directory ? (bigFile ? 6 : 5) : 1);
        qInfo("%s %s: daemon root %s (= ours), %lld bytes", qPrintable(profile),
              directory ? "dir" : "file", qPrintable(r->daemonCid), r->bytes);
        // It is pinned on the node.
        QUrlQuery q;
        q.addQueryItem(u"arg"_s, r->daemonCid);
        const auto pins = node->rpc(u"pin/ls"_s, q);
        QCOMPARE(pins.status, 200);
    }

    // Settings the add parameters cannot carry (here max links 2 instead of 174, as
    // unixfs-v1-2025's 1024 links for files over 174 MiB) make the real daemon build another
    // DAG: the check must catch it.
    void realNodeMismatch()
    {
        if (!pt::test::IpfsNode::available())
            QSKIP(qPrintable(pt::test::IpfsNode::unavailableReason()));
        if (!m_node) {
            m_node = std::make_unique<pt::test::IpfsNode>();
            QVERIFY2(m_node->start(), qPrintable(m_node->errorString()));
        }
        QTemporaryDir dir;
        const QString pkg = makePackage(dir); // values.bin has 3 chunks: > 2 links
        ipfs::ImportProfile profile = ipfs::ImportProfile::kuboV1();
        profile.name = u"kubo-v1-maxlinks-2"_s;
        profile.maxLinks = 2;
        auto r = runAdd(m_node->apiUrl(), profile, pkg);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::VerifyFailed);
        QVERIFY2(r.error().message.contains(u"kubo-v1-maxlinks-2"_s), why(r).constData());
        ipfs::Importer ours(profile);
        ipfs::Importer daemonLike(ipfs::ImportProfile::kuboV1());
        QVERIFY(r.error().message.contains(ours.importPath(pkg)->cid.toString()));
        QVERIFY(r.error().message.contains(daemonLike.importPath(pkg)->cid.toString()));
    }
};

QTEST_GUILESS_MAIN(TestDaemonAdd)
#include "tst_daemonadd.moc"
