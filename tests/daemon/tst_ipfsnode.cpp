// Smoke test of the js-ipfs test node (tests/support/ipfsnode.h): it starts, answers the Kubo
// RPC calls the other tests rely on, and stores/returns content faithfully.
#include "core/ipfs/cid.h"
#include "tests/support/ipfsnode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;
using pt::test::IpfsNode;

class TestIpfsNode : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void version();
    void addCat_data();
    void addCat();
    void rawLeafBlock();
    void rootBlockVerifies_data();
    void rootBlockVerifies();
    void mozillaUserAgentRejected();

private:
    std::unique_ptr<IpfsNode> m_node;
};

void TestIpfsNode::initTestCase()
{
    if (!IpfsNode::available())
        QSKIP(qPrintable(IpfsNode::unavailableReason()));
    m_node = std::make_unique<IpfsNode>();
    QVERIFY2(m_node->start(), qPrintable(m_node->errorString()));
    qInfo("js-ipfs node ready after %lld ms at %s", m_node->startMillis(),
          qPrintable(m_node->apiUrl().toString()));
}

void TestIpfsNode::version()
{
    const IpfsNode::Reply r = m_node->rpc(u"version"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(o.value(u"Version"_s).toString(), u"0.18.1"_s); // js-ipfs 0.66.1's core version
}

void TestIpfsNode::addCat_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("cidVersion");
    QTest::addColumn<QString>("expectedCid");
    // "hello world\n" is the classic: Kubo gives the same CIDv0 (balanced, 256 KiB chunks).
    QTest::newRow("hello v0") << QByteArray("hello world\n") << u"0"_s
                              << u"QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"_s;
    QTest::newRow("empty v0") << QByteArray() << u"0"_s
                              << u"QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH"_s;
    QTest::newRow("300 KiB v0") << QByteArray(300 * 1024, 'x') << u"0"_s << QString();
    QTest::newRow("hello v1") << QByteArray("hello world\n") << u"1"_s << QString();
}

void TestIpfsNode::addCat()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, cidVersion);
    QFETCH(QString, expectedCid);
    QUrlQuery q;
    q.addQueryItem(u"cid-version"_s, cidVersion);
    QString error;
    const QString cid = m_node->add(data, u"x.bin"_s, q, &error);
    QVERIFY2(!cid.isEmpty(), qPrintable(error));
    if (!expectedCid.isEmpty())
        QCOMPARE(cid, expectedCid);
    QCOMPARE(cid.startsWith(u"Qm"_s), cidVersion == u"0"_s);

    QUrlQuery cq;
    cq.addQueryItem(u"arg"_s, cid);
    const IpfsNode::Reply r = m_node->rpc(u"cat"_s, cq);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body.size(), data.size());
    QVERIFY(r.body == data);
}

void TestIpfsNode::rawLeafBlock()
{
    // A single-chunk file with raw leaves is one raw block: block/get returns the bytes as is.
    const QByteArray data = QByteArray("phasic traces block test ").repeated(10);
    QUrlQuery q;
    q.addQueryItem(u"cid-version"_s, u"1"_s);
    q.addQueryItem(u"raw-leaves"_s, u"true"_s);
    q.addQueryItem(u"cid-base"_s, u"base32"_s);
    QString error;
    const QString cid = m_node->add(data, u"b.txt"_s, q, &error);
    QVERIFY2(!cid.isEmpty(), qPrintable(error));
    QVERIFY2(cid.startsWith(u"bafkrei"_s), qPrintable(cid)); // v1, raw, sha2-256, base32
    QUrlQuery bq;
    bq.addQueryItem(u"arg"_s, cid);
    const IpfsNode::Reply r = m_node->rpc(u"block/get"_s, bq);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body == data);
}

void TestIpfsNode::rootBlockVerifies_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("cidVersion");
    QTest::addColumn<QString>("rawLeaves");
    QTest::addColumn<quint64>("codec");
    QTest::newRow("small v0") << QByteArray("hello world\n") << u"0"_s << u"false"_s
                              << pt::ipfs::Codec::DagPb;
    QTest::newRow("300 KiB v0 (two chunks)")
        << QByteArray(300 * 1024, 'y') << u"0"_s << u"false"_s << pt::ipfs::Codec::DagPb;
    QTest::newRow("small v1 raw") << QByteArray("raw leaf") << u"1"_s << u"true"_s
                                  << pt::ipfs::Codec::Raw;
}

void TestIpfsNode::rootBlockVerifies()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, cidVersion);
    QFETCH(QString, rawLeaves);
    QFETCH(quint64, codec);
    QUrlQuery q;
    q.addQueryItem(u"cid-version"_s, cidVersion);
    q.addQueryItem(u"raw-leaves"_s, rawLeaves);
    QString error;
    const QString text = m_node->add(data, u"r.bin"_s, q, &error);
    QVERIFY2(!text.isEmpty(), qPrintable(error));
    // js-ipfs prints CIDv1 in base58btc unless asked otherwise; Cid::parse takes any multibase.
    const pt::Result<pt::ipfs::Cid> cid = pt::ipfs::Cid::parse(text);
    QVERIFY2(cid.ok(), qPrintable(cid.ok() ? QString() : cid.error().message));
    QCOMPARE(cid->version(), cidVersion.toInt());
    QCOMPARE(cid->codec(), codec);

    QUrlQuery bq;
    bq.addQueryItem(u"arg"_s, text);
    const IpfsNode::Reply r = m_node->rpc(u"block/get"_s, bq);
    QCOMPARE(r.status, 200);
    const pt::Result<void> verified = cid->verify(r.body);
    QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));
    // And a flipped byte must not verify (the check is real).
    QByteArray tampered = r.body;
    tampered[tampered.size() / 2] = char(tampered.at(tampered.size() / 2) ^ 1);
    QVERIFY(!cid->verify(tampered).ok());
}

void TestIpfsNode::mozillaUserAgentRejected()
{
    // Why every client sets its own User-Agent (docs/IPFS.md §5).
    QUrl url = m_node->apiUrl();
    url.setPath(u"/api/v0/version"_s);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Mozilla/5.0"));
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.post(req, QByteArray());
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
    delete reply;
}

QTEST_GUILESS_MAIN(TestIpfsNode)
#include "tst_ipfsnode.moc"
