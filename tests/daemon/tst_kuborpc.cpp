// Kubo RPC client: the API-address parser, the answer parsers, the error mapping, and calls
// over HTTP against a scripted server (headers, errors, timeouts) and the js-ipfs node.
#include "core/daemon/kuborpc.h"
#include "core/daemon/multiaddr.h"
#include "tests/support/ipfsnode.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pt::daemon;

namespace {

// One-shot HTTP server: records the request head, answers `response` (or never answers).
class ScriptedServer : public QTcpServer
{
public:
    explicit ScriptedServer(QByteArray response) : m_response(std::move(response))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *c = nextPendingConnection()) {
                connect(c, &QTcpSocket::readyRead, c, [this, c] {
                    request += c->readAll();
                    if (!request.contains("\r\n\r\n") || m_response.isEmpty())
                        return;
                    c->write(m_response);
                    c->disconnectFromHost();
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const
    {
        QUrl u;
        u.setScheme(u"http"_s);
        u.setHost(u"127.0.0.1"_s);
        u.setPort(serverPort());
        return u;
    }
    QByteArray request;

private:
    QByteArray m_response;
};

QByteArray httpAnswer(int status, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n" +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
           body;
}

template <typename T>
pt::Result<T> await(std::function<void(std::function<void(pt::Result<T>)>)> start)
{
    std::optional<pt::Result<T>> result;
    start([&result](pt::Result<T> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000) || !result)
        return pt::Error(u"test: no callback within 30 s"_s);
    return *result;
}

} // namespace

class TestKuboRpc : public QObject
{
    Q_OBJECT
private slots:
    void multiaddr_data();
    void multiaddr();
    void apiAddress_data();
    void apiAddress();
    void resolveFromApiFile();
    void parsers();
    void errorMapping_data();
    void errorMapping();
    void headersAndSecret();
    void timeout();
    void refused();
    void realNode();
};

void TestKuboRpc::multiaddr_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url"); // empty = error
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("ip4") << u"/ip4/127.0.0.1/tcp/5001"_s << u"http://127.0.0.1:5001"_s << QString();
    QTest::newRow("ip4 /http") << u"/ip4/127.0.0.1/tcp/15901/http"_s << u"http://127.0.0.1:15901"_s
                               << QString();
    QTest::newRow("ip6") << u"/ip6/::1/tcp/5001"_s << u"http://[::1]:5001"_s << QString();
    QTest::newRow("dns4 https") << u"/dns4/node.example.org/tcp/443/https"_s
                                << u"https://node.example.org:443"_s << QString();
    QTest::newRow("tls/http") << u"/dns/ipfs.local/tcp/5443/tls/http"_s
                              << u"https://ipfs.local:5443"_s << QString();
    QTest::newRow("trailing slash")
        << u"/ip4/10.0.0.1/tcp/80/"_s << u"http://10.0.0.1:80"_s << QString();
    QTest::newRow("bad octet") << u"/ip4/127.0.0.300/tcp/5001"_s << QString() << u"not an IPv4"_s;
    QTest::newRow("port 0") << u"/ip4/127.0.0.1/tcp/0"_s << QString() << u"not a TCP port"_s;
    QTest::newRow("port 65536") << u"/ip4/127.0.0.1/tcp/65536"_s << QString()
                                << u"not a TCP port"_s;
    QTest::newRow("port +5") << u"/ip4/127.0.0.1/tcp/+5"_s << QString() << u"not a TCP port"_s;
    QTest::newRow("udp") << u"/ip4/127.0.0.1/udp/5001"_s << QString() << u"needs /tcp/"_s;
    QTest::newRow("unix") << u"/unix/run/ipfs.sock"_s << QString() << u"unix-socket"_s;
    QTest::newRow("p2p suffix") << u"/ip4/127.0.0.1/tcp/4001/p2p/12D3KooW"_s << QString()
                                << u"unexpected components"_s;
    QTest::newRow("short") << u"/ip4/127.0.0.1"_s << QString() << u"expected /"_s;
    QTest::newRow("no slash") << u"ip4/127.0.0.1/tcp/1"_s << QString() << u"starts with '/'"_s;
    QTest::newRow("unknown proto") << u"/onion3/abc/tcp/1"_s << QString() << u"unknown"_s;
    QTest::newRow("bad dns") << u"/dns4/a..b/tcp/1"_s << QString() << u"not a valid DNS"_s;
    QTest::newRow("huge") << (u"/ip4/"_s + QString(5000, u'1')) << QString() << u"longer than"_s;
}

void TestKuboRpc::multiaddr()
{
    QFETCH(QString, text);
    QFETCH(QString, url);
    QFETCH(QString, errorPart);
    const auto r = parseTcpMultiaddr(text);
    QCOMPARE(r.ok(), !url.isEmpty());
    if (r.ok()) {
        QCOMPARE(r->toUrl().toString(), url);
        // The canonical form parses back to the same endpoint.
        const auto again = parseTcpMultiaddr(r->toString());
        QVERIFY(again.ok());
        QCOMPARE(again->toUrl(), r->toUrl());
    } else {
        QVERIFY2(r.error().message.contains(errorPart), qPrintable(r.error().message));
        QVERIFY(r.error().message.size() < 400); // never echoes a huge input
    }
}

void TestKuboRpc::apiAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("url");
    QTest::newRow("api file with newline")
        << u"/ip4/127.0.0.1/tcp/5001\n"_s << u"http://127.0.0.1:5001"_s;
    QTest::newRow("http url") << u"http://127.0.0.1:5001"_s << u"http://127.0.0.1:5001"_s;
    QTest::newRow("http url with path")
        << u"http://localhost:5001/api/v0"_s << u"http://localhost:5001"_s;
    QTest::newRow("https default port")
        << u"https://ipfs.example.org"_s << u"https://ipfs.example.org:443"_s;
    QTest::newRow("ftp") << u"ftp://127.0.0.1:21"_s << QString();
    QTest::newRow("credentials") << u"http://user:secretpw@127.0.0.1:5001"_s << QString();
    QTest::newRow("empty") << u"  \n"_s << QString();
    QTest::newRow("words") << u"localhost"_s << QString();
}

void TestKuboRpc::apiAddress()
{
    QFETCH(QString, text);
    QFETCH(QString, url);
    const auto r = parseApiAddress(text);
    QCOMPARE(r.ok(), !url.isEmpty());
    if (r.ok())
        QCOMPARE(r->toString(), url);
    else
        QVERIFY2(!r.error().message.contains(u"secretpw"_s), qPrintable(r.error().message));
}

void TestKuboRpc::resolveFromApiFile()
{
    QTemporaryDir dir;
    auto missing = resolveApiUrl({}, dir.path());
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, pt::Error::NotFound);
    QFile f(dir.path() + u"/api"_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("/ip4/127.0.0.1/tcp/15001");
    f.close();
    auto found = resolveApiUrl({}, dir.path());
    QVERIFY(found.ok());
    QCOMPARE(found->port(), 15001);
    // An explicit address wins over the file.
    auto explicitUrl = resolveApiUrl(u"http://127.0.0.1:7000"_s, dir.path());
    QCOMPARE(explicitUrl->port(), 7000);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("garbage");
    f.close();
    auto bad = resolveApiUrl({}, dir.path());
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(dir.path() + u"/api"_s), qPrintable(bad.error().message));
}

void TestKuboRpc::parsers()
{
    // Kubo's answers (docs/IPFS.md §5) and js-ipfs' variants (numbers as strings).
    auto v = parseVersion(
        R"({"Version":"0.29.0","Commit":"3f0947b","Repo":"16","System":"amd64/linux","Golang":"go1.22.4"})");
    QVERIFY(v.ok());
    QCOMPARE(v->version, u"0.29.0"_s);
    QCOMPARE(v->repo, u"16"_s);
    QVERIFY(!parseVersion(R"({"version":"x"})").ok());
    QVERIFY(!parseVersion("<html>").ok());

    QCOMPARE(*parseSwarmPeerCount(R"({"Peers":null})"), 0);
    QCOMPARE(*parseSwarmPeerCount(R"({"Peers":[]})"), 0);
    QCOMPARE(
        *parseSwarmPeerCount(
            R"({"Peers":[{"Addr":"/ip4/1.2.3.4/tcp/4001","Peer":"12D3"},{"Addr":"x","Peer":"y"}]})"),
        2);
    QVERIFY(!parseSwarmPeerCount(R"({"Peers":5})").ok());

    auto rs = parseRepoStat(
        R"({"RepoSize":2008,"StorageMax":10000000000,"NumObjects":1,"RepoPath":"/r","Version":"fs-repo@16"})");
    QVERIFY(rs.ok());
    QCOMPARE(rs->repoSize, 2008);
    QCOMPARE(rs->storageMax, Q_INT64_C(10000000000));
    auto rsJs = parseRepoStat(
        R"({"NumObjects":"1","RepoSize":"2008","RepoPath":"/tmp/jt","Version":"12","StorageMax":"9007199254740991"})");
    QVERIFY(rsJs.ok());
    QCOMPARE(rsJs->repoSize, 2008);
    QCOMPARE(rsJs->storageMax, Q_INT64_C(9007199254740991));
    QVERIFY(!parseRepoStat(R"({"RepoSize":"lots"})").ok());

    auto bw = parseBandwidth(R"({"TotalIn":"10","TotalOut":20,"RateIn":1.5,"RateOut":0})");
    QVERIFY(bw.ok());
    QCOMPARE(bw->totalIn, 10);
    QCOMPARE(bw->totalOut, 20);
    QCOMPARE(bw->rateIn, 1.5);

    auto id = parseId(R"({"ID":"12D3KooWX","AgentVersion":"kubo/0.29.0/","Addresses":null})");
    QVERIFY(id.ok());
    QCOMPARE(id->agentVersion, u"kubo/0.29.0/"_s);
    QVERIFY(id->addresses.isEmpty());
    QVERIFY(!parseId("{}").ok());
}

void TestKuboRpc::errorMapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("part");
    QTest::newRow("rpc error")
        << 500
        << QByteArray(
               R"({"Message":"invalid path \"x\": path does not have enough components","Code":0,"Type":"error"})")
        << int(pt::Error::Generic) << u"ipfs cat: the daemon answered: invalid path"_s;
    QTest::newRow("kubo 404") << 404 << QByteArray("404 page not found\n")
                              << int(pt::Error::NotFound) << u"does not know this command"_s;
    QTest::newRow("403") << 403 << QByteArray("403 - Forbidden") << int(pt::Error::Network)
                         << u"refused"_s;
    QTest::newRow("html 404") << 404 << QByteArray("<html><body>Not here</body></html>")
                              << int(pt::Error::InvalidInput) << u"not the Kubo RPC API"_s;
}

void TestKuboRpc::errorMapping()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, code);
    QFETCH(QString, part);
    const pt::Error e = rpcErrorFromResponse(u"cat"_s, status, body);
    QCOMPARE(int(e.code), code);
    QVERIFY2(e.message.contains(part), qPrintable(e.message));
}

void TestKuboRpc::headersAndSecret()
{
    ScriptedServer server(httpAnswer(500, R"({"Message":"boom","Code":0,"Type":"error"})"));
    KuboRpc rpc;
    rpc.setBaseUrl(server.url());
    rpc.setAuthorization("Bearer s3cr3t-token");
    auto r = await<QByteArray>([&rpc](auto done) {
        rpc.call(u"pin/add"_s, {{u"arg"_s, u"bafy x&y"_s}}, done);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message, u"ipfs pin/add: the daemon answered: boom"_s);
    QVERIFY(!r.error().message.contains(u"s3cr3t"_s));
    const QByteArray head = server.request;
    QVERIFY2(head.startsWith("POST /api/v0/pin/add?arg=bafy%20x%26y HTTP/1.1"), head.constData());
    QVERIFY2(head.contains("User-Agent: phasic-traces/"), head.constData());
    QVERIFY(!head.contains("Mozilla"));
    QVERIFY(head.contains("Authorization: Bearer s3cr3t-token"));
}

void TestKuboRpc::timeout()
{
    ScriptedServer silent{QByteArray()}; // accepts, never answers
    KuboRpc rpc;
    rpc.setBaseUrl(silent.url());
    rpc.setTimeout(400);
    QElapsedTimer t;
    t.start();
    auto r = await<VersionInfo>([&rpc](auto done) { rpc.version(done); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, pt::Error::Network);
    QVERIFY2(r.error().message.contains(u"no answer"_s), qPrintable(r.error().message));
    QVERIFY(t.elapsed() < 5000);
}

void TestKuboRpc::refused()
{
    KuboRpc rpc;
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(pt::test::IpfsNode::freePort());
    rpc.setBaseUrl(url);
    auto r = await<VersionInfo>([&rpc](auto done) { rpc.version(done); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, pt::Error::Network);
    QVERIFY2(r.error().message.contains(u"connection refused"_s), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(url.toString()), qPrintable(r.error().message));
}

void TestKuboRpc::realNode()
{
    if (!pt::test::IpfsNode::available())
        QSKIP(qPrintable(pt::test::IpfsNode::unavailableReason()));
    pt::test::IpfsNode node;
    QVERIFY2(node.start(), qPrintable(node.errorString()));
    KuboRpc rpc;
    auto url = resolveApiUrl({}, node.repoPath()); // from the api file js-ipfs wrote
    QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
    QCOMPARE(url->port(), int(node.apiPort()));
    rpc.setBaseUrl(*url);

    auto v = await<VersionInfo>([&rpc](auto done) { rpc.version(done); });
    QVERIFY(v.ok());
    QCOMPARE(v->version, u"0.18.1"_s);
    auto id = await<IdInfo>([&rpc](auto done) { rpc.id(done); });
    QVERIFY(id.ok());
    QVERIFY(id->id.startsWith(u"12D3KooW"_s));
    auto peers = await<int>([&rpc](auto done) { rpc.swarmPeerCount(done); });
    QVERIFY(peers.ok());
    QCOMPARE(*peers, 0);
    auto rs = await<RepoStat>([&rpc](auto done) { rpc.repoStat(done); });
    QVERIFY(rs.ok());
    QVERIFY(rs->repoSize > 0);
    QCOMPARE(rs->repoPath, node.repoPath());
    auto bw = await<BandwidthStats>([&rpc](auto done) { rpc.bandwidth(done); });
    QVERIFY(bw.ok());
    auto bad = await<QByteArray>([&rpc](auto done) {
        rpc.call(u"cat"_s, {{u"arg"_s, u"not-a-cid"_s}}, done);
    });
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, pt::Error::Generic);
    QVERIFY2(bad.error().message.startsWith(u"ipfs cat: the daemon answered: "_s),
             qPrintable(bad.error().message));
    // js-ipfs has no remote pinning over its RPC API: pin/remote/* is an error, which the
    // publish wizard takes as "no remote services to offer" (tests/publish/fakekubo.h stands
    // in for a Kubo that has them).
    auto remote = await<QList<RemoteService>>([&rpc](auto done) { rpc.remoteServices(done); });
    QVERIFY(!remote.ok());
    QVERIFY2(remote.error().message.startsWith(u"ipfs pin/remote/service/ls: "_s),
             qPrintable(remote.error().message));
    auto remoteAdd = await<RemotePin>([&rpc](auto done) {
        rpc.remotePinAdd(u"QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn"_s, u"x"_s, {}, done);
    });
    QVERIFY(!remoteAdd.ok());
    QVERIFY(remoteAdd.error().message.startsWith(u"ipfs pin/remote/add: "_s));
    auto off = await<void>([&rpc](auto done) { rpc.shutdown(done); });
    QVERIFY(off.ok());
    QTRY_VERIFY_WITH_TIMEOUT(!node.isRunning(), 20000);
}

QTEST_GUILESS_MAIN(TestKuboRpc)
#include "tst_kuborpc.moc"
