#pragma once

// A tiny stand-in for a Kubo RPC API on 127.0.0.1 with fixed, known figures, so the panel and
// tray texts can be asserted exactly (the real js-ipfs node's peers and rates vary). Records
// each request's path and headers. Answers `shutdown` by closing its listening socket.
#include <QByteArray>
#include <QList>
#include <QMap>
#include <QTcpServer>
#include <QTcpSocket>

namespace pt::test {

class FakeKubo : public QObject
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // lower-case names
    };

    FakeKubo()
    {
        m_answers["/api/v0/version"] =
            R"({"Version":"0.29.0","Commit":"3f0947b","Repo":"15","System":"amd64/linux"})";
        m_answers["/api/v0/id"] =
            R"({"ID":"12D3KooWFakePeerIdForTheDaemonPanelTest","AgentVersion":"kubo/0.29.0/",)"
            R"("ProtocolVersion":"ipfs/0.1.0","Addresses":[]})";
        m_answers["/api/v0/swarm/peers"] = R"({"Peers":[{"Peer":"a"},{"Peer":"b"},{"Peer":"c"}]})";
        m_answers["/api/v0/repo/stat"] =
            R"({"RepoSize":5242880,"StorageMax":10000000000,"NumObjects":42,)"
            R"("RepoPath":"/tmp/x","Version":"fs-repo@15"})";
        m_answers["/api/v0/stats/bw"] =
            R"({"TotalIn":1048576,"TotalOut":2048,"RateIn":1536.0,"RateOut":512.0})";
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_port ? m_port : m_server.serverPort(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }
    const QList<Request> &requests() const { return m_requests; }
    void setAnswer(const QByteArray &path, const QByteArray &json) { m_answers[path] = json; }

private:
    void accept()
    {
        while (QTcpSocket *c = m_server.nextPendingConnection()) {
            QObject::connect(c, &QTcpSocket::disconnected, c, &QObject::deleteLater);
            QObject::connect(c, &QTcpSocket::readyRead, c, [this, c] {
                QByteArray &buffer = m_buffers[c];
                buffer += c->readAll();
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                answer(c, buffer.left(end));
                m_buffers.remove(c);
            });
        }
    }

    void answer(QTcpSocket *c, const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        Request r;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        r.method = first.value(0);
        r.path = first.value(1).split('?').value(0);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                r.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                 lines.at(i).mid(colon + 1).trimmed());
        }
        m_requests.append(r);
        QByteArray status = "200 OK";
        QByteArray body;
        if (r.path == "/api/v0/shutdown") {
            m_port = m_server.serverPort();
            m_server.close();
        } else if (m_answers.contains(r.path)) {
            body = m_answers.value(r.path);
        } else {
            status = "404 Not Found";
            body = "404 page not found";
        }
        c->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        c->disconnectFromHost();
    }

    QTcpServer m_server;
    quint16 m_port = 0;
    QMap<QByteArray, QByteArray> m_answers;
    QMap<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_requests;
};

} // namespace pt::test
