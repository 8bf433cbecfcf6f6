#include "tests/publish/fakehttp.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pt::test {

QByteArray FakeRequest::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers) {
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

FakeResponse FakeResponse::json(const QJsonObject &object, int status)
{
    FakeResponse r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return r;
}

FakeResponse FakeResponse::error(int status, const QString &reason, const QString &details)
{
    return json(
        QJsonObject{{u"error"_s, QJsonObject{{u"reason"_s, reason}, {u"details"_s, details}}}},
        status);
}

bool parseMultipart(const QByteArray &contentType, const QByteArray &body, QList<FormPart> *parts)
{
    const qsizetype b = contentType.indexOf("boundary=");
    if (b < 0)
        return false;
    QByteArray boundary = contentType.mid(b + 9);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.indexOf('"', 1) - 1);
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return false;
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return true; // closing delimiter
        if (body.mid(pos, 2) != "\r\n")
            return false;
        pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0)
            return false;
        FormPart part;
        for (const QByteArray &line : body.mid(pos, headerEnd - pos).split('\n')) {
            const QByteArray l = line.trimmed();
            const qsizetype colon = l.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray key = l.left(colon).trimmed().toLower();
            const QByteArray value = l.mid(colon + 1).trimmed();
            if (key == "content-type")
                part.contentType = value;
            if (key == "content-disposition") {
                auto param = [&](const QByteArray &name) {
                    const QByteArray tag = name + "=\"";
                    const qsizetype at = value.indexOf(tag);
                    if (at < 0)
                        return QByteArray();
                    const qsizetype end = value.indexOf('"', at + tag.size());
                    return value.mid(at + tag.size(), end - at - tag.size());
                };
                part.name = param("name");
                part.fileName = param("filename");
            }
        }
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headerEnd + 4);
        if (next < 0)
            return false;
        part.body = body.mid(headerEnd + 4, next - headerEnd - 4);
        parts->append(part);
        pos = next + 2;
    }
}

FakeHttpServer::FakeHttpServer(QObject *parent) : QObject(parent), m_server(new QHttpServer) {}

FakeHttpServer::~FakeHttpServer() = default;

bool FakeHttpServer::listen()
{
    m_server->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            FakeRequest r;
            switch (request.method()) {
            case QHttpServerRequest::Method::Get:
                r.method = "GET";
                break;
            case QHttpServerRequest::Method::Post:
                r.method = "POST";
                break;
            case QHttpServerRequest::Method::Delete:
                r.method = "DELETE";
                break;
            case QHttpServerRequest::Method::Put:
                r.method = "PUT";
                break;
            default:
                r.method = "OTHER";
            }
            r.url = request.url();
            r.path = request.url().path(QUrl::FullyDecoded);
            r.query = QUrlQuery(request.url());
            r.headers = request.headers();
            r.body = request.body();
            m_requests.append(r);
            const FakeResponse response = handle(r);
            responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
            responder.writeHeader("Content-Type", response.contentType);
            responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
            for (const auto &[k, v] : response.headers)
                responder.writeHeader(k, v);
            responder.writeBody(response.body);
        });
    m_port = m_server->listen(QHostAddress::LocalHost, 0);
    return m_port != 0;
}

QUrl FakeHttpServer::url() const
{
    QUrl u;
    u.setScheme(u"http"_s);
    u.setHost(u"127.0.0.1"_s);
    u.setPort(m_port);
    return u;
}

} // namespace pt::test
