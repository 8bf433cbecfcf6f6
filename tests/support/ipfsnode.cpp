#include "tests/support/ipfsnode.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pt::test {

namespace {

QByteArray lastLines(const QByteArray &text, int n)
{
    const QList<QByteArray> lines = text.trimmed().split('\n');
    return lines.mid(qMax<qsizetype>(0, lines.size() - n)).join('\n');
}

IpfsNode::Reply waitFor(QNetworkReply *reply, int timeoutMs)
{
    IpfsNode::Reply r;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished()) {
        reply->abort();
        r.error = u"no answer within %1 ms"_s.arg(timeoutMs);
        reply->deleteLater();
        return r;
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    if (r.status == 0)
        r.error = reply->errorString();
    reply->deleteLater();
    return r;
}

QNetworkAccessManager &nam()
{
    static QNetworkAccessManager *m = [] {
        auto *n = new QNetworkAccessManager;
        n->setProxy(QNetworkProxy::NoProxy);
        return n;
    }();
    return *m;
}

} // namespace

IpfsNode::IpfsNode() = default;

IpfsNode::~IpfsNode()
{
    stop();
}

QString IpfsNode::nodeDir()
{
    return QStringLiteral(PT_TESTS_DIR "/ipfs-node");
}

QString IpfsNode::wrapperPath()
{
    return nodeDir() + u"/ipfs"_s;
}

QString IpfsNode::jsipfsPath()
{
    return nodeDir() + u"/node_modules/.bin/jsipfs"_s;
}

QString IpfsNode::unavailableReason()
{
    if (!QFileInfo(jsipfsPath()).isExecutable())
        return u"js-ipfs test node not installed (%1 missing): run tests/ipfs-node/setup.sh"_s.arg(
            jsipfsPath());
    if (QStandardPaths::findExecutable(u"node"_s).isEmpty())
        return u"node (Node.js) is not on PATH; js-ipfs needs it"_s;
    return {};
}

bool IpfsNode::available()
{
    return unavailableReason().isEmpty();
}

quint16 IpfsNode::freePort()
{
    // Bind port 0, note the port, release it. Another process could take it in between; the
    // window is small and the node then fails to start with a clear message.
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    return s.serverPort();
}

QUrl IpfsNode::apiUrl() const
{
    QUrl u;
    u.setScheme(u"http"_s);
    u.setHost(u"127.0.0.1"_s);
    u.setPort(m_apiPort);
    return u;
}

QUrl IpfsNode::gatewayUrl() const
{
    QUrl u = apiUrl();
    u.setPort(m_gatewayPort);
    return u;
}

QString IpfsNode::repoPath() const
{
    return m_dir ? m_dir->path() + u"/repo"_s : QString();
}

QString IpfsNode::apiMultiaddr() const
{
    return u"/ip4/127.0.0.1/tcp/%1"_s.arg(m_apiPort);
}

QByteArray IpfsNode::daemonOutput()
{
    m_output += m_process.readAll();
    return m_output;
}

bool IpfsNode::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

bool IpfsNode::runJsipfs(const QStringList &args, QString *output)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"IPFS_PATH"_s, repoPath());
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(jsipfsPath(), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        *output = u"jsipfs %1: did not finish within 60 s"_s.arg(args.join(u' '));
        return false;
    }
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool IpfsNode::configure()
{
    return configureRepo(repoPath(), m_apiPort, m_gatewayPort, m_rpcPort, m_swarmPort, &m_error);
}

bool IpfsNode::configureRepo(const QString &repo, quint16 api, quint16 gateway, quint16 rpc,
                             quint16 swarm, QString *error)
{
    // Same effect as `jsipfs config Addresses.API …` etc. (the README recipe), in one write
    // instead of five node start-ups.
    QFile f(repo + u"/config"_s);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(f.fileName(), f.errorString());
        return false;
    }
    QJsonObject config = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    const auto tcp = [](quint16 port) { return u"/ip4/127.0.0.1/tcp/%1"_s.arg(port); };
    QJsonObject addresses = config.value(u"Addresses"_s).toObject();
    addresses[u"API"_s] = tcp(api);
    addresses[u"Gateway"_s] = tcp(gateway);
    addresses[u"RPC"_s] = tcp(rpc);
    addresses[u"Swarm"_s] = QJsonArray{tcp(swarm)};
    addresses[u"Announce"_s] = QJsonArray();
    addresses[u"Delegates"_s] = QJsonArray();
    config[u"Addresses"_s] = addresses;
    config[u"Bootstrap"_s] = QJsonArray();
    QJsonObject discovery = config.value(u"Discovery"_s).toObject();
    discovery[u"MDNS"_s] = QJsonObject{{u"Enabled"_s, false}, {u"Interval"_s, 10}};
    config[u"Discovery"_s] = discovery;
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(QJsonDocument(config).toJson()) < 0) {
        *error = u"cannot write %1: %2"_s.arg(f.fileName(), f.errorString());
        return false;
    }
    return true;
}

bool IpfsNode::start(int timeoutMs)
{
    if (!available()) {
        m_error = unavailableReason();
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        m_error = u"cannot create a temporary directory: %1"_s.arg(m_dir->errorString());
        return false;
    }
    m_apiPort = freePort();
    m_gatewayPort = freePort();
    m_rpcPort = freePort();
    m_swarmPort = freePort();
    const QList<quint16> ports{m_apiPort, m_gatewayPort, m_rpcPort, m_swarmPort};
    if (ports.contains(0) || QSet<quint16>(ports.begin(), ports.end()).size() != 4) {
        m_error = u"could not find four free TCP ports on 127.0.0.1"_s;
        return false;
    }

    QString output;
    if (!runJsipfs({u"init"_s, u"--profile"_s, u"test"_s, u"-e"_s}, &output)) {
        m_error = u"jsipfs init failed: %1"_s.arg(output.trimmed());
        return false;
    }
    if (!configure())
        return false;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"IPFS_PATH"_s, repoPath());
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(jsipfsPath(), {u"daemon"_s});
    if (!m_process.waitForStarted(10000)) {
        m_error = u"cannot start %1: %2"_s.arg(jsipfsPath(), m_process.errorString());
        return false;
    }

    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            m_error =
                u"jsipfs daemon exited (code %1) before answering: %2"_s.arg(m_process.exitCode())
                    .arg(QString::fromUtf8(lastLines(daemonOutput(), 10)));
            return false;
        }
        const Reply r = rpc(u"version"_s, {}, 1000);
        if (r.status == 200) {
            m_startMillis = clock.elapsed();
            return true;
        }
        QEventLoop loop; // let the process deliver its output meanwhile
        QTimer::singleShot(200, &loop, &QEventLoop::quit);
        loop.exec();
    }
    m_error = u"the js-ipfs node did not answer POST /api/v0/version within %1 s; output: %2"_s
                  .arg(timeoutMs / 1000)
                  .arg(QString::fromUtf8(lastLines(daemonOutput(), 10)));
    stop();
    return false;
}

void IpfsNode::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        rpc(u"shutdown"_s, {}, 3000);
        if (!m_process.waitForFinished(5000)) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(3000);
            }
        }
    }
    m_dir.reset();
}

IpfsNode::Reply IpfsNode::post(const QUrl &url, const QByteArray &body,
                               const QByteArray &contentType, int timeoutMs)
{
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    // No body: a custom POST without data, so Qt sends no Content-Type (and warns about none).
    if (body.isEmpty())
        return waitFor(nam().sendCustomRequest(req, "POST"), timeoutMs);
    return waitFor(nam().post(req, body), timeoutMs);
}

IpfsNode::Reply IpfsNode::rpc(const QString &command, const QUrlQuery &query, int timeoutMs) const
{
    QUrl url = apiUrl();
    url.setPath(u"/api/v0/"_s + command);
    url.setQuery(query);
    return post(url, {}, {}, timeoutMs);
}

QString IpfsNode::add(const QByteArray &data, const QString &fileName, QUrlQuery query,
                      QString *error) const
{
    QUrl url = apiUrl();
    url.setPath(u"/api/v0/add"_s);
    url.setQuery(query);
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentTypeHeader,
                   QByteArrayLiteral("application/octet-stream"));
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray(QByteArray("form-data; name=\"file\"; filename=\"") +
                              QUrl::toPercentEncoding(fileName) + '"'));
    part.setBody(data);
    multi->append(part);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    QNetworkReply *reply = nam().post(req, multi);
    multi->setParent(reply);
    const Reply r = waitFor(reply, 60000);
    if (r.status != 200) {
        if (error)
            *error = u"add: HTTP %1 %2 %3"_s.arg(r.status).arg(r.error, QString::fromUtf8(r.body));
        return {};
    }
    // NDJSON, the root last.
    const QList<QByteArray> lines = r.body.trimmed().split('\n');
    const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
    const QString hash = last.value(u"Hash"_s).toString();
    if (hash.isEmpty() && error)
        *error = u"add: no Hash in the answer: %1"_s.arg(QString::fromUtf8(r.body));
    return hash;
}

} // namespace pt::test
