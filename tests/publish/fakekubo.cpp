#include "tests/publish/fakekubo.h"

#include "core/ipfs/cid.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace pt::test {

FakeKubo::FakeKubo(QObject *parent) : FakeHttpServer(parent) {}

QString FakeKubo::Pin::status() const
{
    if (lists <= 0)
        return u"queued"_s;
    if (fails)
        return u"failed"_s;
    return lists == 1 ? u"pinning"_s : u"pinned"_s;
}

QStringList FakeKubo::pinnedCids(const QString &service) const
{
    QStringList out;
    for (const Pin &p : m_pins)
        if (p.service == service && p.status() == u"pinned"_s)
            out << p.cid;
    return out;
}

FakeResponse FakeKubo::rpcError(int status, const QString &message)
{
    // Kubo's error body: {"Message":…,"Code":0,"Type":"error"} and a newline.
    FakeResponse r;
    r.status = status;
    r.body = "{\"Message\":" +
             QJsonDocument(QJsonArray{message}).toJson(QJsonDocument::Compact).mid(1).chopped(1) +
             ",\"Code\":0,\"Type\":\"error\"}\n";
    return r;
}

QByteArray FakeKubo::line(const Pin &pin)
{
    // Go's encoding/json in RemotePinOutput's field order (Status, Cid, Name), one per line.
    auto q = [](const QString &s) {
        return QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    };
    return "{\"Status\":" + q(pin.status()) + ",\"Cid\":" + q(pin.cid) +
           ",\"Name\":" + q(pin.name) + "}\n";
}

FakeResponse FakeKubo::forward(const FakeRequest &request) const
{
    // Plain HTTP/1.1 to the node, blocking (the node is another process; the handler may wait
    // a few seconds for an add). Connection close delimits the answer.
    QTcpSocket socket;
    socket.connectToHost(m_forward.host(), quint16(m_forward.port()));
    if (!socket.waitForConnected(5000))
        return rpcError(502, u"fake kubo: the node to forward to does not answer"_s);
    QByteArray head = request.method + ' ' +
                      request.url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                      " HTTP/1.1\r\nConnection: close\r\nHost: " + m_forward.authority().toLatin1() + "\r\n";
    for (const auto &[name, value] : request.headers) {
        const QByteArray lower = name.toLower();
        if (lower != "host" && lower != "connection" && lower != "content-length" &&
            lower != "transfer-encoding" && lower != "accept-encoding")
            head += name + ": " + value + "\r\n";
    }
    head += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n\r\n";
    socket.write(head + request.body);
    while (socket.bytesToWrite() > 0 && socket.waitForBytesWritten(5000)) {
    }
    QByteArray answer;
    for (int i = 0; i < 600 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        socket.waitForReadyRead(100);
        answer += socket.readAll();
    }
    answer += socket.readAll();
    const qsizetype split = answer.indexOf("\r\n\r\n");
    if (split < 0)
        return rpcError(502, u"fake kubo: no answer from the node (%1 bytes: %2; %3)"_s.arg(
                                 answer.size())
                                 .arg(QString::fromLatin1(answer.left(200)),
                                      socket.errorString()));
    FakeResponse r;
    const QList<QByteArray> lines = answer.left(split).split('\n');
    r.status = lines.value(0).split(' ').value(1).toInt();
    for (const QByteArray &l : lines.mid(1)) {
        const qsizetype colon = l.indexOf(':');
        if (colon > 0 && l.left(colon).trimmed().toLower() == "content-type")
            r.contentType = l.mid(colon + 1).trimmed();
    }
    r.body = answer.mid(split + 4);
    if (answer.left(split).toLower().contains("transfer-encoding: chunked")) {
        QByteArray plain;
        qsizetype pos = 0;
        while (pos < r.body.size()) {
            const qsizetype eol = r.body.indexOf("\r\n", pos);
            if (eol < 0)
                break;
            bool ok = false;
            const qsizetype n = r.body.mid(pos, eol - pos).split(';').first().toLongLong(&ok, 16);
            if (!ok || n <= 0)
                break;
            plain += r.body.mid(eol + 2, n);
            pos = eol + 2 + n + 2;
        }
        r.body = plain;
    }
    return r;
}

FakeResponse FakeKubo::handle(const FakeRequest &request)
{
    if (request.method != "POST") {
        FakeResponse r;
        r.status = 405;
        r.contentType = "text/plain";
        r.body = "405 - Method Not Allowed\n";
        return r;
    }
    if (request.header("User-Agent").startsWith("Mozilla") && request.header("Origin").isEmpty()) {
        FakeResponse r;
        r.status = 403;
        r.contentType = "text/plain";
        r.body = "403 - Forbidden\n";
        return r;
    }
    const QUrlQuery &q = request.query;
    auto value = [&q](const QString &key) { return q.queryItemValue(key, QUrl::FullyDecoded); };
    auto values = [&q](const QString &key) {
        return q.allQueryItemValues(key, QUrl::FullyDecoded);
    };
    const QString path = request.path;
    if (!path.startsWith(u"/api/v0/pin/remote/"_s) && m_forward.isValid())
        return forward(request);
    if (path == u"/api/v0/version"_s) {
        FakeResponse r;
        r.body = "{\"Version\":\"0.29.0\",\"Commit\":\"\",\"Repo\":\"15\",\"System\":\"amd64/"
                 "linux\",\"Golang\":\"go1.22.4\"}\n";
        return r;
    }
    if (path == u"/api/v0/pin/remote/service/ls"_s) {
        const bool stat = value(u"stat"_s) == u"true"_s;
        QByteArray body = "{\"RemoteServices\":";
        if (m_services.isEmpty()) {
            body += "null";
        } else {
            QJsonArray list;
            for (auto it = m_services.cbegin(); it != m_services.cend(); ++it) {
                QJsonObject s{{u"Service"_s, it.key()}, {u"ApiEndpoint"_s, it.value()}};
                if (stat) {
                    int counts[4] = {0, 0, 0, 0};
                    for (const Pin &p : std::as_const(m_pins))
                        if (p.service == it.key())
                            ++counts[QStringList{u"queued"_s, u"pinning"_s, u"pinned"_s,
                                                 u"failed"_s}
                                         .indexOf(p.status())];
                    s.insert(u"Stat"_s,
                             QJsonObject{
                                 {u"Status"_s, it.key() == m_invalid ? u"invalid"_s : u"valid"_s},
                                 {u"PinCount"_s, QJsonObject{{u"Queued"_s, counts[0]},
                                                             {u"Pinning"_s, counts[1]},
                                                             {u"Pinned"_s, counts[2]},
                                                             {u"Failed"_s, counts[3]}}}});
                }
                list.append(s);
            }
            body += QJsonDocument(list).toJson(QJsonDocument::Compact);
        }
        FakeResponse r;
        r.body = body + "}\n";
        return r;
    }
    if (!path.startsWith(u"/api/v0/pin/remote/"_s))
        return rpcError(404, u"unknown command"_s);
    const QString service = value(u"service"_s);
    if (service.isEmpty())
        return rpcError(500, u"remote pinning service name not specified"_s);
    if (!m_services.contains(service))
        return rpcError(500, u"service not found"_s);
    if (path == u"/api/v0/pin/remote/add"_s) {
        const QString cid = value(u"arg"_s);
        if (!pt::ipfs::Cid::parse(cid))
            return rpcError(500, u"invalid path \"%1\": not a valid CID"_s.arg(cid));
        Pin p;
        p.service = service;
        p.cid = cid;
        p.name = value(u"name"_s);
        p.background = value(u"background"_s) == u"true"_s;
        p.fails = cid == m_failingCid;
        if (!p.background) // without background Kubo waits until pinned: the fake is instant
            p.lists = 2;
        m_pins.append(p);
        FakeResponse r;
        r.body = line(p);
        return r;
    }
    QStringList cids;
    for (const QString &c : values(u"cid"_s))
        cids << c.split(u',', Qt::SkipEmptyParts);
    QStringList statuses;
    for (const QString &s : values(u"status"_s))
        statuses << s.split(u',', Qt::SkipEmptyParts);
    if (statuses.isEmpty())
        statuses << u"pinned"_s;
    for (const QString &s : std::as_const(statuses))
        if (!QStringList{u"queued"_s, u"pinning"_s, u"pinned"_s, u"failed"_s}.contains(s))
            return rpcError(500, u"status %1 is not valid"_s.arg(s));
    auto matches = [&](const Pin &p) {
        return p.service == service && (cids.isEmpty() || cids.contains(p.cid)) &&
               (!q.hasQueryItem(u"name"_s) || p.name == value(u"name"_s)) &&
               statuses.contains(p.status());
    };
    if (path == u"/api/v0/pin/remote/ls"_s) {
        FakeResponse r;
        for (Pin &p : m_pins) {
            if (p.service != service || (!cids.isEmpty() && !cids.contains(p.cid)))
                continue;
            ++p.lists; // the service makes progress between two looks
            if (matches(p))
                r.body += line(p);
        }
        return r;
    }
    if (path == u"/api/v0/pin/remote/rm"_s) {
        const qsizetype n = std::count_if(m_pins.cbegin(), m_pins.cend(), matches);
        if (n > 1 && value(u"force"_s) != u"true"_s)
            return rpcError(500, u"multiple remote pins are matching this query, add --force "
                                 u"to confirm the bulk removal"_s);
        m_pins.removeIf(matches);
        FakeResponse r;
        r.contentType = "text/plain";
        return r;
    }
    return rpcError(404, u"unknown command"_s);
}

} // namespace pt::test
