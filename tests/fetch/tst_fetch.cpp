// The fetch engine against real HTTP on 127.0.0.1: a fault-injecting trustless gateway
// serving real UnixFS blocks, beside a good one. Every fault must be detected, the download
// must complete from the other source, and no unverified byte may reach the store or the
// destination.
#include "core/fetch/fetchjob.h"
#include "core/ipfs/importer.h"
#include "core/ipfs/multibase.h"
#include "tests/support/fakegateway.h"
#include "tests/support/ipfsnode.h"
#include "tests/support/testsupport.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace pt;
using namespace pt::fetch;
using pt::test::FakeGateway;

Q_DECLARE_METATYPE(FakeGateway::Fault)

namespace {
// A path gateway only (like many public ones): /ipfs/CID/path gives the file's bytes, the
// trustless formats (?format=car|raw) are refused. Optionally sends altered bytes.
class PathGateway : public QTcpServer
{
public:
    QByteArray body;
    QString expectedPath; // "/ipfs/<cid>/trace.json.gz"
    bool corrupt = false;
    QStringList requests;

    explicit PathGateway()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    QByteArray head = socket->property("head").toByteArray() + socket->readAll();
                    socket->setProperty("head", head);
                    if (!head.contains("\r\n\r\n"))
                        return;
                    const QString target = QString::fromLatin1(head.split(' ').value(1));
                    requests.append(target);
                    QByteArray status = "200 OK", bytes = body;
                    if (target.contains(QLatin1String("format="))) {
                        status = "400 Bad Request";
                        bytes = "no trustless formats here";
                    } else if (target != expectedPath) {
                        status = "404 Not Found";
                        bytes = "no such path";
                    } else if (corrupt) {
                        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 1);
                    }
                    socket->write("HTTP/1.1 " + status +
                                  "\r\nContent-Type: application/octet-stream"
                                  "\r\nContent-Length: " +
                                  QByteArray::number(bytes.size()) +
                                  "\r\nConnection: close\r\n\r\n" + bytes);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl start()
    {
        listen(QHostAddress::LocalHost, 0);
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort()));
    }
};
} // namespace

class TestFetch : public QObject
{
    Q_OBJECT

    ipfs::MemoryBlockStore m_blocks;
    QByteArray m_data;
    ipfs::Cid m_dir;
    ipfs::Cid m_file;
    QByteArray m_sha;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<LocalStore> m_store;

    ContentRef ref() const
    {
        ContentRef r = ContentRef::ipfsPath(m_dir, {QStringLiteral("trace.json.gz")});
        r.sha256 = m_sha;
        return r;
    }
    QString destination() const { return m_tmp->filePath(QStringLiteral("out/trace.json.gz")); }

    static FetchConfig config(const QList<QUrl> &gateways)
    {
        FetchConfig c;
        for (const QUrl &u : gateways)
            c.sources.append(Source::gateway(u));
        c.stallTimeoutMs = 1500;
        c.retryBaseMs = 50;
        c.maxRetries = 1;
        c.hedgeAfterMs = 1000;
        return c;
    }

    std::unique_ptr<FetchJob> run(const ContentRef &r, const FetchConfig &c, int timeoutMs = 30000)
    {
        auto job = std::make_unique<FetchJob>(r, destination(), m_store.get(), &m_nam, c);
        job->start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), timeoutMs); }();
        return job;
    }

    // Every block file in the store must hash to the name it is stored under.
    void verifyStore()
    {
        int n = 0;
        QDirIterator it(m_store->dir() + QStringLiteral("/blocks"), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QVERIFY2(!path.contains(QLatin1String(".tmp-")), qPrintable(path));
            const QString key = it.fileInfo().completeBaseName();
            Result<QByteArray> mh = ipfs::base32Decode(key.toLower());
            QVERIFY(mh.ok());
            Result<ipfs::Multihash> hash = ipfs::Multihash::fromBytes(*mh);
            QVERIFY(hash.ok());
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(hash->verify(f.readAll()).ok(), qPrintable(path));
            ++n;
        }
        QVERIFY(n > 0);
    }

private slots:
    void initTestCase()
    {
        m_data = test::chacha20Keystream("fetch-test", 3 * 1024 * 1024 + 123);
        ipfs::Importer importer(ipfs::ImportProfile::kuboV0(), &m_blocks);
        Result<ipfs::ImportedNode> file = importer.importBytes(m_data);
        QVERIFY(file.ok());
        m_file = file->cid;
        Result<ipfs::ImportedNode> meta =
            importer.importBytes(QByteArrayLiteral("{\"model_type\":\"coalescent\"}"));
        QVERIFY(meta.ok());
        Result<ipfs::ImportedNode> dir =
            importer.buildDirectory({{QByteArrayLiteral("trace.json.gz"), *file},
                                     {QByteArrayLiteral("metadata.json"), *meta}});
        QVERIFY(dir.ok());
        m_dir = dir->cid;
        m_sha = ipfs::sha256(m_data);
        QVERIFY(m_blocks.blocks().size() > 12); // a multi-level DAG: 13 leaves + root + dir + meta
    }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<LocalStore>(m_tmp->filePath(QStringLiteral("store")));
    }

    void goodGateway()
    {
        FakeGateway gw(&m_blocks);
        const QUrl url = gw.start();
        auto job = run(ref(), config({url}));
        QVERIFY2(job->succeeded(), qPrintable(job->error().message));
        QFile f(destination());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), m_data);
        QCOMPARE(job->progress().doneBytes, qint64(m_data.size()));
        QCOMPARE(job->progress().phase, FetchPhase::Done);
        QCOMPARE(gw.requests().size(), 1); // one CAR carried everything
        QVERIFY(gw.requests().first().contains(QLatin1String("format=car")));
        verifyStore();
    }

    // Every fault the fake gateway can inject is reported in the job's log (what the CLI prints
    // and the downloads panel shows), naming the gateway, what happened and what comes next:
    // no fault is recovered from silently.
    void faultDetected_data()
    {
        QTest::addColumn<FakeGateway::Fault>("fault");
        QTest::addColumn<qint64>("param");
        QTest::addColumn<QStringList>("expected"); // each on a log line naming the gateway
        const QString what = m_dir.toString() + QStringLiteral("/trace.json.gz");
        QTest::newRow("wrong bytes")
            << FakeGateway::Fault::WrongBytes << qint64(3)
            << QStringList{QStringLiteral("sent a block that does not match CID"),
                           QStringLiteral("dropped for this download, trying gateway")};
        QTest::newRow("truncated CAR")
            << FakeGateway::Fault::TruncatedCar << qint64(4)
            << QStringList{QStringLiteral("sent a CAR for %1 that ended after 4 blocks").arg(what),
                           QStringLiteral("fetching the rest block by block from it")};
        QTest::newRow("truncated CAR, no raw")
            << FakeGateway::Fault::TruncatedCarNoRaw << qint64(4)
            << QStringList{QStringLiteral("sent a CAR for %1 that ended after 4 blocks").arg(what),
                           QStringLiteral("does not have it (HTTP 404) (block ")};
        QTest::newRow("5xx") << FakeGateway::Fault::ServerError << qint64(0)
                             << QStringList{QStringLiteral("answered HTTP 503; retrying in")};
        QTest::newRow("hang") << FakeGateway::Fault::Hang << qint64(0)
                              << QStringList{QStringLiteral("sent nothing for 1.5 s")};
        QTest::newRow("slow trickle")
            << FakeGateway::Fault::SlowTrickle << qint64(2000)
            << QStringList{QStringLiteral("is slow ("), QStringLiteral("also trying gateway")};
        QTest::newRow("redirect off-host")
            << FakeGateway::Fault::RedirectOffHost << qint64(0)
            << QStringList{QStringLiteral("redirected to http://localhost:"),
                           QStringLiteral("redirects to another host are not followed")};
        QTest::newRow("oversized block")
            << FakeGateway::Fault::OversizedBlock << qint64(0)
            << QStringList{QStringLiteral("CAR stream: section at byte"),
                           QStringLiteral("bytes (limit 2097280); dropped for this download")};
        QTest::newRow("wrong content type")
            << FakeGateway::Fault::WrongContentType << qint64(0)
            << QStringList{QStringLiteral(
                   "answered a CAR request with Content-Type \"text/html\"; it does not speak "
                   "the trustless gateway protocol")};
        QTest::newRow("404") << FakeGateway::Fault::NotFound << qint64(0)
                             << QStringList{QStringLiteral("does not have it (HTTP 404) for %1; "
                                                           "checking the path block by block")
                                                .arg(what),
                                            QStringLiteral("does not have it (HTTP 404) (block ")};
    }

    void faultDetected()
    {
        QFETCH(FakeGateway::Fault, fault);
        QFETCH(qint64, param);
        QFETCH(QStringList, expected);
        FakeGateway bad(&m_blocks);
        FakeGateway good(&m_blocks);
        const QUrl badUrl = bad.start();
        const QUrl goodUrl = good.start();
        bad.setFault(fault, param);
        FetchConfig c = config({badUrl, goodUrl});
        if (fault == FakeGateway::Fault::Hang)
            c.hedgeAfterMs = 60000; // show the stall timeout itself, not the racing
        auto job = run(ref(), c);
        QVERIFY2(job->succeeded(), qPrintable(job->error().message + job->log().join(u'\n')));
        QVERIFY(bad.faultsServed() > 0);
        const QString log = job->log().join(u'\n');
        for (const QString &text : std::as_const(expected)) {
            bool found = false;
            for (const QString &line : job->log())
                found = found || (line.contains(text) && line.contains(badUrl.toString()));
            QVERIFY2(found, qPrintable(text + QStringLiteral(" not in:\n") + log));
        }
        QFile f(destination());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), m_data);
        verifyStore();
    }

    // A wrong block the job does not need (here the file node, already in the store from an
    // earlier download) still shows the source lies: it is reported and the source dropped.
    void wrongUnwantedBlockIsReported()
    {
        {
            FakeGateway gw(&m_blocks);
            auto first = run(ref(), config({gw.start()}));
            QVERIFY2(first->succeeded(), qPrintable(first->error().message));
        }
        QVERIFY(m_store->hasBlock(m_dir));
        QVERIFY(QFile::remove(destination()));
        FakeGateway bad(&m_blocks), good(&m_blocks);
        const QUrl badUrl = bad.start();
        bad.setFault(FakeGateway::Fault::WrongBytes, 1); // the CAR's second block: the file node
        auto job = run(ref(), config({badUrl, good.start()}));
        QVERIFY2(job->succeeded(), qPrintable(job->error().message));
        const QString log = job->log().join(u'\n');
        QVERIFY2(log.contains(QStringLiteral("%1 sent a block that does not match CID")
                                  .arg(Source::gateway(badUrl).name())),
                 qPrintable(log));
        QVERIFY(!good.requests().isEmpty());
        QFile f(destination());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), m_data);
    }

    // A block the store holds but cannot give back intact is named in the log, then fetched.
    void corruptStoreBlockIsReported()
    {
        {
            FakeGateway gw(&m_blocks);
            auto first = run(ref(), config({gw.start()}));
            QVERIFY2(first->succeeded(), qPrintable(first->error().message));
        }
        QVERIFY(QFile::remove(destination()));
        {
            QFile block(m_store->blockPath(m_dir));
            QVERIFY(block.open(QIODevice::ReadWrite));
            block.seek(2);
            block.write("xx");
        }
        FakeGateway gw(&m_blocks);
        auto job = run(ref(), config({gw.start()}));
        QVERIFY2(job->succeeded(), qPrintable(job->error().message));
        const QString log = job->log().join(u'\n');
        QVERIFY2(
            log.contains(
                QStringLiteral("block %1 in the local store was corrupt").arg(m_dir.toString())),
            qPrintable(log));
        QVERIFY(m_store->hasBlock(m_dir)); // fetched again
    }

    void allSourcesBad()
    {
        FakeGateway a(&m_blocks), b(&m_blocks);
        const QUrl ua = a.start(), ub = b.start();
        a.setFault(FakeGateway::Fault::ServerError);
        b.setFault(FakeGateway::Fault::WrongBytes, 2);
        auto job = run(ref(), config({ua, ub}));
        QVERIFY(!job->succeeded());
        const QString message = job->error().message;
        QVERIFY2(message.startsWith(QStringLiteral("no source could deliver verified bytes of ")),
                 qPrintable(message));
        QVERIFY2(message.contains(ua.toString()) && message.contains(ub.toString()),
                 qPrintable(message));
        // One source lied: that is the failure to report, not "content not found".
        QCOMPARE(job->error().code, Error::VerifyFailed);
        QVERIFY(!QFileInfo::exists(destination()));
        QVERIFY(
            QDir(QFileInfo(destination()).path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void nextSourceContinuesFromVerifiedBlocks()
    {
        FakeGateway a(&m_blocks), b(&m_blocks);
        const QUrl ua = a.start(), ub = b.start();
        a.setFault(FakeGateway::Fault::TruncatedCarNoRaw, 6);
        auto job = run(ref(), config({ua, ub}));
        QVERIFY2(job->succeeded(), qPrintable(job->error().message));
        // b was asked only for the bytes a did not deliver.
        QVERIFY(!b.requests().isEmpty());
        const QString first = b.requests().first();
        QVERIFY2(first.contains(QLatin1String("entity-bytes=")), qPrintable(first));
        const qint64 from = first.section(QLatin1String("entity-bytes="), 1)
                                .section(QLatin1Char(':'), 0, 0)
                                .toLongLong();
        QVERIFY2(from >= 262144, qPrintable(first));
        QVERIFY(b.bytesSent() < m_data.size());
        verifyStore();
    }

    // A file's leaves go straight to the destination: the store keeps only the small internal
    // nodes, and nothing is left beside the finished file. The file itself, re-verified,
    // serves a later fetch of the same content.
    void leavesAreNotDuplicatedInTheStore()
    {
        FakeGateway gw(&m_blocks);
        auto first = run(ref(), config({gw.start()}));
        QVERIFY2(first->succeeded(), qPrintable(first->error().message));
        QDirIterator it(m_store->dir() + QStringLiteral("/blocks"), QDir::Files,
                        QDirIterator::Subdirectories);
        int blocks = 0;
        while (it.hasNext()) {
            it.next();
            QVERIFY2(it.fileInfo().size() < 4096, qPrintable(it.filePath()));
            ++blocks;
        }
        QCOMPARE(blocks, 2); // the directory and the file's root node
        QCOMPARE(QDir(QFileInfo(destination()).path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("trace.json.gz")});
        // Fetched again while the file is there: every leaf is re-verified from it, no source.
        auto again = run(ref(), FetchConfig{});
        QVERIFY2(again->succeeded(), qPrintable(again->error().message));
        QCOMPARE(again->progress().source, QStringLiteral("local store"));
        QFile kept(destination());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), m_data);
        kept.close();
        // An altered copy is not trusted: without a source the job fails and leaves it alone.
        {
            QFile f(destination());
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(300000);
            f.write("garbage");
        }
        auto altered = run(ref(), FetchConfig{});
        QVERIFY(!altered->succeeded());
        QCOMPARE(altered->error().code, Error::NotFound);
        altered.reset(); // its journal is complete once the job is gone
        // Another copy can be named as the seed (what `verify` does with a rebuilt file).
        FakeGateway gw2(&m_blocks);
        auto repaired = run(ref(), config({gw2.start()}));
        QVERIFY2(repaired->succeeded(), qPrintable(repaired->error().message));
        // Only what follows the altered leaf came over the wire (entity-bytes from there).
        QVERIFY2(gw2.bytesSent() < m_data.size(), qPrintable(gw2.requests().join(u' ')));
        const QString copy = m_tmp->filePath(QStringLiteral("copy.bin"));
        QVERIFY(QFile::copy(destination(), copy));
        QFile::remove(destination());
        {
            FetchJob seeded(ref(), destination(), m_store.get(), &m_nam, FetchConfig{});
            seeded.setSeedFile(copy);
            seeded.start();
            QTRY_VERIFY(seeded.isFinished());
            QVERIFY2(seeded.succeeded(), qPrintable(seeded.error().message));
        }
        QFile::remove(copy);
        // With the file gone and no source, there is nothing to rebuild it from.
        QFile::remove(destination());
        auto gone = run(ref(), FetchConfig{});
        QVERIFY(!gone->succeeded());
        QCOMPARE(gone->error().code, Error::NotFound);
        QVERIFY(!QFileInfo::exists(destination()));
    }

    // Cancelled half-way, a later job continues from the verified leaves in the .part (asking
    // only for the rest), and a .part altered meanwhile is caught by re-verification.
    void resumesFromPartFile_data()
    {
        QTest::addColumn<bool>("damage");
        QTest::newRow("intact") << false;
        QTest::newRow("altered .part") << true;
    }

    void resumesFromPartFile()
    {
        QFETCH(bool, damage);
        const QString part = destination() + QStringLiteral(".part");
        {
            FakeGateway slow(&m_blocks);
            slow.setFault(FakeGateway::Fault::SlowTrickle, 100000);
            FetchJob job(ref(), destination(), m_store.get(), &m_nam, config({slow.start()}));
            job.start();
            QTRY_VERIFY_WITH_TIMEOUT(job.progress().doneBytes >= 3 * 262144, 20000);
            job.cancel();
        }
        QVERIFY(QFileInfo::exists(part));
        QVERIFY(QFileInfo::exists(part + QStringLiteral(".journal")));
        QVERIFY(!QFileInfo::exists(destination()));
        if (damage) {
            QFile f(part);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(1000);
            f.write("garbage");
        }
        FakeGateway gw(&m_blocks);
        auto job = run(ref(), config({gw.start()}));
        QVERIFY2(job->succeeded(), qPrintable(job->error().message));
        QFile f(destination());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), m_data);
        QVERIFY(!QFileInfo::exists(part));
        QVERIFY(!QFileInfo::exists(part + QStringLiteral(".journal")));
        QCOMPARE(gw.requests().size(), 1);
        const QString request = gw.requests().first();
        if (damage) {
            // The first leaf no longer matches its CID: fetched again from byte 0, and said so.
            QVERIFY2(!request.contains(QLatin1String("entity-bytes=")), qPrintable(request));
            const QString log = job->log().join(u'\n');
            QVERIFY2(log.contains(QStringLiteral("at byte 0 of %1 does not match its CID (a torn "
                                                 "write or an edited file); fetching it again")
                                      .arg(part)),
                     qPrintable(log));
        } else {
            QVERIFY2(request.contains(QLatin1String("entity-bytes=")), qPrintable(request));
            QVERIFY(gw.bytesSent() < m_data.size() - 2 * 262144);
        }
    }

    // Gateways that only serve plain paths are the last resort, and only where the registry
    // has the file's sha256: a wrong file is discarded and the next gateway tried.
    void pathGatewayLastResortWithSha256()
    {
        PathGateway liar, honest;
        for (PathGateway *g : {&liar, &honest}) {
            g->body = m_data;
            g->expectedPath = QStringLiteral("/ipfs/%1/trace.json.gz").arg(m_dir.toString());
        }
        liar.corrupt = true;
        const QUrl liarUrl = liar.start(), honestUrl = honest.start();
        auto job = run(ref(), config({liarUrl, honestUrl}));
        const QString log = job->log().join(u'\n');
        QVERIFY2(job->succeeded(), qPrintable(job->error().message + log));
        QFile f(destination());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), m_data);
        // Trustless formats first, then the plain path of each.
        QVERIFY(liar.requests.first().contains(QLatin1String("format=car")));
        QCOMPARE(liar.requests.last(), liar.expectedPath);
        QCOMPARE(honest.requests.last(), honest.expectedPath);
        QVERIFY2(log.contains(QStringLiteral("sha256")) && log.contains(liarUrl.toString()),
                 qPrintable(log));
        QCOMPARE(QDir(QFileInfo(destination()).path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("trace.json.gz")});
    }

    void noPathGatewayWithoutSha256()
    {
        PathGateway gw;
        gw.body = m_data;
        gw.expectedPath = QStringLiteral("/ipfs/%1/trace.json.gz").arg(m_dir.toString());
        ContentRef r = ref();
        r.sha256.clear();
        auto job = run(r, config({gw.start()}));
        QVERIFY(!job->succeeded());
        QVERIFY2(job->error().message.startsWith(
                     QStringLiteral("no source could deliver verified bytes of ")),
                 qPrintable(job->error().message));
        for (const QString &request : std::as_const(gw.requests))
            QVERIFY2(request.contains(QLatin1String("format=")), qPrintable(request));
        QVERIFY(!QFileInfo::exists(destination()));
    }

    void pathNotFoundStopsAtOnce()
    {
        FakeGateway gw(&m_blocks);
        ContentRef r = ContentRef::ipfsPath(m_dir, {QStringLiteral("nope.json")});
        auto job = run(r, config({gw.start()}));
        QVERIFY(!job->succeeded());
        QVERIFY2(job->error().message.contains(QStringLiteral("no entry \"nope.json\"")),
                 qPrintable(job->error().message));
    }

    void registryChecksumMismatchSavesNothing()
    {
        FakeGateway gw(&m_blocks);
        ContentRef r = ref();
        r.sha256 = QByteArray(32, '\x01');
        auto job = run(r, config({gw.start()}));
        QVERIFY(!job->succeeded());
        QCOMPARE(job->error().code, Error::VerifyFailed);
        QVERIFY2(job->error().message.contains(QStringLiteral("registry entry is wrong")),
                 qPrintable(job->error().message));
        QVERIFY(!QFileInfo::exists(destination()));
    }

    void httpsVerifiedBySha256()
    {
        FakeGateway gw(&m_blocks);
        const QUrl base = gw.start();
        gw.addFile(QStringLiteral("a.bin"), m_data);
        ContentRef good =
            ContentRef::https(QUrl(base.toString() + QStringLiteral("/files/a.bin")), m_sha);
        auto ok = run(good, FetchConfig{});
        QVERIFY2(ok->succeeded(), qPrintable(ok->error().message));
        QFile f(destination());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), m_data);
        f.close();
        QFile::remove(destination());

        ContentRef bad = good;
        bad.sha256 = QByteArray(32, '\x02');
        auto no = run(bad, FetchConfig{});
        QCOMPARE(no->error().code, Error::VerifyFailed);
        QVERIFY(!QFileInfo::exists(destination()));
        QVERIFY(!QFileInfo::exists(destination() + QStringLiteral(".part")));

        ContentRef unverifiable = good;
        unverifiable.sha256.clear();
        auto refused = run(unverifiable, FetchConfig{});
        QCOMPARE(refused->error().code, Error::InvalidInput);
    }

    void httpsResumesPartialFile()
    {
        FakeGateway gw(&m_blocks);
        const QUrl base = gw.start();
        gw.addFile(QStringLiteral("a.bin"), m_data);
        QDir().mkpath(QFileInfo(destination()).path());
        QFile part(destination() + QStringLiteral(".part"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(m_data.left(1000000));
        part.close();
        auto job =
            run(ContentRef::https(QUrl(base.toString() + QStringLiteral("/files/a.bin")), m_sha),
                FetchConfig{});
        QVERIFY2(job->succeeded(), qPrintable(job->error().message));
        QCOMPARE(gw.bytesSent(), qint64(m_data.size() - 1000000));
        QFile f(destination());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), m_data);
    }

    // The Kubo RPC source against a real node (js-ipfs): path resolved block by block with
    // block/get, then the file's DAG in one dag/export CAR.
    void kuboRpcSource()
    {
        if (!test::IpfsNode::available())
            QSKIP(qPrintable(test::IpfsNode::unavailableReason()));
        test::IpfsNode node;
        QVERIFY2(node.start(), qPrintable(node.errorString()));
        QUrlQuery wrap;
        wrap.addQueryItem(QStringLiteral("wrap-with-directory"), QStringLiteral("true"));
        QString error;
        const QString dir = node.add(m_data, QStringLiteral("trace.json.gz"), wrap, &error);
        QVERIFY2(!dir.isEmpty(), qPrintable(error));
        Result<ipfs::Cid> dirCid = ipfs::Cid::parse(dir);
        QVERIFY(dirCid.ok());
        ContentRef r = ContentRef::ipfsPath(*dirCid, {QStringLiteral("trace.json.gz")});
        r.sha256 = m_sha;
        FetchConfig c;
        c.sources = {Source::kuboRpc(node.apiUrl())};
        auto job = run(r, c, 60000);
        QVERIFY2(job->succeeded(), qPrintable(job->error().message + job->log().join(u'\n')));
        QCOMPARE(job->ref().root, *dirCid);
        QFile f(destination());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), m_data);
        // Same bytes, same profile (Kubo's default): the node's file CID is ours.
        QVERIFY(m_store->hasBlock(m_file));
        verifyStore();
    }

    void cancelKeepsNothingUnderFinalName()
    {
        FakeGateway gw(&m_blocks);
        gw.setFault(FakeGateway::Fault::SlowTrickle, 50000);
        FetchJob job(ref(), destination(), m_store.get(), &m_nam, config({gw.start()}));
        QSignalSpy finished(&job, &FetchJob::finished);
        job.start();
        QTRY_VERIFY(job.progress().doneBytes > 0);
        job.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job.error().code, Error::Cancelled);
        QCOMPARE(job.progress().phase, FetchPhase::Cancelled);
        QVERIFY(!QFileInfo::exists(destination()));
        verifyStore(); // what arrived before the cancel is verified and kept for a resume
    }
};

QTEST_GUILESS_MAIN(TestFetch)
#include "tst_fetch.moc"
