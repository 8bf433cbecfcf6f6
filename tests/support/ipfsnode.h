#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace pt::test {

// A real IPFS node for tests: js-ipfs 0.66.1 (Kubo-compatible RPC API) from tests/ipfs-node,
// installed by tests/ipfs-node/setup.sh. Runs on free 127.0.0.1 ports (API, gateway, RPC,
// swarm) with a temporary IPFS_PATH, no bootstrap peers. Stopped (shutdown, then SIGTERM, then
// SIGKILL) and its repo removed when the object is destroyed.
//
//     if (!IpfsNode::available()) QSKIP(qPrintable(IpfsNode::unavailableReason()));
//     IpfsNode node;
//     QVERIFY2(node.start(), qPrintable(node.errorString()));
class IpfsNode
{
public:
    IpfsNode();
    ~IpfsNode();
    IpfsNode(const IpfsNode &) = delete;
    IpfsNode &operator=(const IpfsNode &) = delete;

    // Whether node_modules is installed (and node is on PATH); otherwise why not.
    static bool available();
    static QString unavailableReason();
    // tests/ipfs-node: the folder with the `ipfs` wrapper (Kubo's CLI over jsipfs).
    static QString nodeDir();
    static QString wrapperPath(); // tests/ipfs-node/ipfs
    static QString jsipfsPath();  // tests/ipfs-node/node_modules/.bin/jsipfs

    // Creates the repo, configures the addresses and starts the daemon; waits (at most
    // `timeoutMs`) until POST /api/v0/version answers. False with errorString() on failure.
    bool start(int timeoutMs = 60000);
    void stop();
    bool isRunning() const;
    QString errorString() const { return m_error; }
    qint64 startMillis() const { return m_startMillis; } // start() to first answer

    QUrl apiUrl() const;     // http://127.0.0.1:<api>
    QUrl gatewayUrl() const; // http://127.0.0.1:<gateway>
    QString repoPath() const;
    quint16 apiPort() const { return m_apiPort; }
    quint16 swarmPort() const { return m_swarmPort; }
    QString apiMultiaddr() const; // /ip4/127.0.0.1/tcp/<api>
    QByteArray daemonOutput();    // what the daemon printed so far

    // Synchronous RPC for test code: POST <api>/api/v0/<command>?<query> with a non-Mozilla
    // User-Agent. `status` gets the HTTP status (0: no answer). Waits at most `timeoutMs`.
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QString error; // transport error, empty when an HTTP answer came
    };
    Reply rpc(const QString &command, const QUrlQuery &query = {}, int timeoutMs = 20000) const;
    // POST a multipart `add` of one file; the root CID (as the node prints it) or empty with
    // *error set. `query` may carry cid-version, raw-leaves, ...
    QString add(const QByteArray &data, const QString &fileName = QStringLiteral("file.bin"),
                QUrlQuery query = {}, QString *error = nullptr) const;

    static Reply post(const QUrl &url, const QByteArray &body, const QByteArray &contentType,
                      int timeoutMs);
    static quint16 freePort();
    // Sets Addresses.API/Gateway/RPC/Swarm (127.0.0.1) in <repo>/config, empties Bootstrap and
    // disables MDNS: the README recipe's `jsipfs config …` calls in one write.
    static bool configureRepo(const QString &repo, quint16 api, quint16 gateway, quint16 rpc,
                              quint16 swarm, QString *error);
    static QByteArray userAgent() { return QByteArrayLiteral("phasic-traces-tests"); }

private:
    bool runJsipfs(const QStringList &args, QString *output);
    bool configure();

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_process;
    QByteArray m_output;
    QString m_error;
    quint16 m_apiPort = 0;
    quint16 m_gatewayPort = 0;
    quint16 m_rpcPort = 0;
    quint16 m_swarmPort = 0;
    qint64 m_startMillis = -1;
};

} // namespace pt::test
