#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <memory>
#include <utility>

class QHttpServer;

namespace pt::test {

struct FakeRequest
{
    QByteArray method; // "GET", "POST", ...
    QUrl url;
    QString path;
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const; // case-insensitive, empty if absent
};

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;

    static FakeResponse json(const QJsonObject &object, int status = 200);
    static FakeResponse error(int status, const QString &reason, const QString &details);
};

// One part of a multipart/form-data body.
struct FormPart
{
    QByteArray name;
    QByteArray fileName; // raw bytes of filename="…"
    QByteArray contentType;
    QByteArray body;
};
// Minimal multipart/form-data parser for the fakes; false on a malformed body.
bool parseMultipart(const QByteArray &contentType, const QByteArray &body, QList<FormPart> *parts);

// A test HTTP server on 127.0.0.1 only (a free port). Records every request it receives.
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen();
    quint16 port() const { return m_port; }
    QUrl url() const; // http://127.0.0.1:<port>

    const QList<FakeRequest> &requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }

protected:
    virtual FakeResponse handle(const FakeRequest &request) = 0;

private:
    std::unique_ptr<QHttpServer> m_server;
    quint16 m_port = 0;
    QList<FakeRequest> m_requests;
};

} // namespace pt::test
