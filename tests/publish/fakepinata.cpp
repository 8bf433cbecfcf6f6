#include "tests/publish/fakepinata.h"

#include "core/ipfs/cid.h"
#include "core/ipfs/importer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace pt::test {

FakePinata::FakePinata(QString token, QObject *parent)
    : FakeHttpServer(parent), m_token(std::move(token))
{}

QJsonObject FakePinata::row(const Pin &pin)
{
    return QJsonObject{
        {u"id"_s, QString(u"row-"_s + pin.cid.right(8))},
        {u"ipfs_pin_hash"_s, pin.cid},
        {u"size"_s, double(pin.size)},
        {u"date_pinned"_s, pin.date.toString(Qt::ISODateWithMs)},
        {u"metadata"_s, QJsonObject{{u"name"_s, pin.name}, {u"keyvalues"_s, pin.keyvalues}}}};
}

FakeResponse FakePinata::handle(const FakeRequest &request)
{
    if (m_redirectTo.isValid()) {
        FakeResponse r;
        r.status = 307;
        QUrl to = m_redirectTo;
        to.setPath(request.path);
        to.setQuery(request.query);
        r.headers.append({"Location", to.toEncoded()});
        return r;
    }
    if (request.path.startsWith(u"/old/"_s)) {
        // A moved API on the same origin: a redirect that may be followed with the token.
        FakeResponse r;
        r.status = 308;
        QUrl to = url();
        to.setPath(request.path.mid(4));
        to.setQuery(request.query);
        r.headers.append({"Location", to.toEncoded()});
        return r;
    }
    if (m_rateLimit > 0) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now - m_windowStart >= m_windowMs) {
            m_windowStart = now;
            m_windowCount = 0;
        }
        if (++m_windowCount > m_rateLimit) {
            ++m_rateLimited;
            FakeResponse r = FakeResponse::error(
                429, u"RATE_LIMITED"_s,
                u"You have exceeded the rate limit (%1 requests)"_s.arg(m_rateLimit));
            r.headers.append({"Retry-After", QByteArray::number(m_retryAfter)});
            return r;
        }
    }
    if (request.header("Authorization") != "Bearer " + m_token.toUtf8())
        return FakeResponse::error(401, u"INVALID_CREDENTIALS"_s, u"Invalid/expired credentials"_s);

    const QString path = request.path;
    if (request.method == "GET" && path == u"/data/testAuthentication"_s)
        return FakeResponse::json(QJsonObject{
            {u"message"_s, u"Congratulations! You are communicating with the Pinata API!"_s}});

    if (request.method == "POST" && path == u"/pinning/pinByHash"_s) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString cid = body.value(u"hashToPin"_s).toString();
        if (!pt::ipfs::Cid::parse(cid))
            return FakeResponse::error(400, u"INVALID_CID"_s,
                                       u"hashToPin is not a valid CID: %1"_s.arg(cid));
        Pin pin;
        pin.cid = cid;
        const QJsonObject metadata = body.value(u"pinataMetadata"_s).toObject();
        pin.name = metadata.value(u"name"_s).toString();
        pin.keyvalues = metadata.value(u"keyvalues"_s).toObject();
        pin.date = QDateTime::currentDateTimeUtc();
        pin.size = 1234;
        m_pins.insert(cid, pin);
        return FakeResponse::json(QJsonObject{{u"id"_s, QString(u"job-"_s + cid.right(6))},
                                              {u"ipfsHash"_s, cid},
                                              {u"status"_s, u"prechecking"_s},
                                              {u"name"_s, pin.name}});
    }

    if (request.method == "GET" && path == u"/data/pinList"_s) {
        const QString contains = request.query.queryItemValue(u"hashContains"_s);
        const int pageLimit = request.query.queryItemValue(u"pageLimit"_s).toInt();
        if (pageLimit > 1000)
            return FakeResponse::error(400, u"INVALID_PAGE_LIMIT"_s, u"pageLimit must be ≤ 1000"_s);
        QJsonArray rows;
        int count = 0;
        for (auto it = m_pins.begin(); it != m_pins.end(); ++it) {
            if (!contains.isEmpty() && !it->cid.contains(contains))
                continue;
            if (!contains.isEmpty())
                ++it->lookups; // a status lookup advances the pin job
            if (!it->pinned())
                continue;
            ++count;
            if (pageLimit <= 0 || rows.size() < pageLimit)
                rows.append(row(*it));
        }
        return FakeResponse::json(QJsonObject{{u"count"_s, count}, {u"rows"_s, rows}});
    }

    if (request.method == "GET" && path == u"/pinning/pinJobs"_s) {
        const QString cid = request.query.queryItemValue(u"ipfs_pin_hash"_s);
        QJsonArray rows;
        if (m_pins.contains(cid) && !m_pins.value(cid).pinned()) {
            const Pin &pin = m_pins[cid];
            rows.append(
                QJsonObject{{u"id"_s, QString(u"job-"_s + cid.right(6))},
                            {u"ipfs_pin_hash"_s, cid},
                            {u"status"_s, pin.lookups <= 1 ? u"prechecking"_s : u"retrieving"_s},
                            {u"name"_s, pin.name}});
        }
        return FakeResponse::json(QJsonObject{{u"count"_s, rows.size()}, {u"rows"_s, rows}});
    }

    if (request.method == "DELETE" && path.startsWith(u"/pinning/unpin/"_s)) {
        const QString cid = path.mid(15);
        if (!m_pins.remove(cid))
            return FakeResponse::error(404, u"CURRENT_USER_HAS_NOT_PINNED_CID"_s,
                                       u"The current user has not pinned the cid: %1"_s.arg(cid));
        FakeResponse r;
        r.body = "OK";
        r.contentType = "text/plain";
        return r;
    }

    if (request.method == "POST" && path == u"/pinning/pinFileToIPFS"_s)
        return upload(request);

    return FakeResponse::error(404, u"NOT_FOUND"_s,
                               u"no route %1 %2"_s.arg(QString::fromLatin1(request.method), path));
}

FakeResponse FakePinata::upload(const FakeRequest &request)
{
    QList<FormPart> parts;
    if (!parseMultipart(request.header("Content-Type"), request.body, &parts))
        return FakeResponse::error(400, u"INVALID_MULTIPART"_s, u"malformed multipart body"_s);
    int cidVersion = 0;
    QString name;
    QTemporaryDir dir;
    QString top;
    m_lastUploadNames.clear();
    for (const FormPart &part : parts) {
        if (part.name == "pinataOptions") {
            cidVersion = QJsonDocument::fromJson(part.body).object().value(u"cidVersion"_s).toInt();
            continue;
        }
        if (part.name == "pinataMetadata") {
            name = QJsonDocument::fromJson(part.body).object().value(u"name"_s).toString();
            continue;
        }
        if (part.name != "file")
            return FakeResponse::error(400, u"INVALID_FIELD"_s,
                                       u"unexpected field %1"_s.arg(QString::fromUtf8(part.name)));
        const QString rel = QString::fromUtf8(part.fileName);
        m_lastUploadNames << rel;
        const QString first = rel.section(u'/', 0, 0);
        if (rel.contains(u".."_s) || first == rel)
            return FakeResponse::error(400, u"INVALID_FOLDER"_s,
                                       u"file %1 is not inside a folder"_s.arg(rel));
        if (!top.isEmpty() && first != top)
            return FakeResponse::error(
                400, u"INVALID_FOLDER"_s,
                u"files must share one top folder (%1 vs %2)"_s.arg(top, first));
        top = first;
        const QString target = dir.filePath(rel);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile f(target);
        if (!f.open(QIODevice::WriteOnly) || f.write(part.body) != part.body.size())
            return FakeResponse::error(500, u"STORAGE"_s, u"cannot store %1"_s.arg(rel));
    }
    if (top.isEmpty())
        return FakeResponse::error(400, u"NO_FILES"_s, u"no file parts"_s);
    pt::ipfs::Importer importer(cidVersion == 1 ? pt::ipfs::ImportProfile::kuboV1()
                                                : pt::ipfs::ImportProfile::kuboV0());
    auto node = importer.importPath(dir.filePath(top));
    if (!node)
        return FakeResponse::error(500, u"IMPORT"_s, node.error().message);
    const QString cid = node->cid.toString();
    const bool duplicate = m_pins.contains(cid);
    Pin pin;
    pin.cid = cid;
    pin.name = name;
    pin.uploaded = true;
    pin.size = qint64(node->dagSize);
    pin.date = QDateTime::currentDateTimeUtc();
    m_pins.insert(cid, pin);
    return FakeResponse::json(QJsonObject{{u"IpfsHash"_s, cid},
                                          {u"PinSize"_s, double(pin.size)},
                                          {u"Timestamp"_s, pin.date.toString(Qt::ISODateWithMs)},
                                          {u"isDuplicate"_s, duplicate}});
}

} // namespace pt::test
