#include "tests/publish/fakepsa.h"

#include "core/ipfs/cid.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pt::test {

FakePsa::FakePsa(QString token, QObject *parent) : FakeHttpServer(parent), m_token(std::move(token))
{}

QString FakePsa::Pin::status() const
{
    if (polls <= 0)
        return u"queued"_s;
    if (fails)
        return u"failed"_s;
    if (polls == 1)
        return u"pinning"_s;
    return u"pinned"_s;
}

FakeResponse FakePsa::bad(const QString &details)
{
    ++m_badRequests;
    return FakeResponse::error(400, u"BAD_REQUEST"_s, details);
}

QJsonObject FakePsa::statusObject(const Pin &pin) const
{
    QJsonObject p{{u"cid"_s, pin.cid}};
    if (!pin.name.isEmpty())
        p.insert(u"name"_s, pin.name);
    if (!pin.origins.isEmpty())
        p.insert(u"origins"_s, QJsonArray::fromStringList(pin.origins));
    if (!pin.meta.isEmpty())
        p.insert(u"meta"_s, pin.meta);
    return QJsonObject{
        {u"requestid"_s, pin.requestId},
        {u"status"_s, pin.status()},
        {u"created"_s, pin.created.toString(Qt::ISODateWithMs)},
        {u"pin"_s, p},
        {u"delegates"_s,
         QJsonArray{
             u"/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWQYhTNQdmr3ArTeUHRYzFg94BKyTkoWBDWez9kSCVe2Xo"_s}},
        {u"info"_s, QJsonObject{{u"status_details"_s, u"fake"_s}}}};
}

Result<FakePsa::Pin> FakePsa::validatePin(const FakeRequest &request)
{
    if (!request.header("Content-Type").startsWith("application/json"))
        return Error(u"Content-Type must be application/json"_s);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &pe);
    if (!doc.isObject())
        return Error(u"body is not a JSON object: %1"_s.arg(pe.errorString()));
    const QJsonObject o = doc.object();
    Pin pin;
    if (!o.value(u"cid"_s).isString() || !pt::ipfs::Cid::parse(o.value(u"cid"_s).toString()))
        return Error(u"cid is required and must be a valid CID"_s);
    pin.cid = o.value(u"cid"_s).toString();
    if (o.contains(u"name"_s)) {
        if (!o.value(u"name"_s).isString() || o.value(u"name"_s).toString().size() > 255)
            return Error(u"name must be a string of at most 255 characters"_s);
        pin.name = o.value(u"name"_s).toString();
    }
    if (o.contains(u"origins"_s)) {
        const QJsonArray origins = o.value(u"origins"_s).toArray();
        if (!o.value(u"origins"_s).isArray() || origins.size() > 20)
            return Error(u"origins must be an array of at most 20 multiaddrs"_s);
        for (const QJsonValue &v : origins) {
            if (!v.isString() || !v.toString().startsWith(u'/'))
                return Error(u"origins[] must be multiaddr strings"_s);
            pin.origins << v.toString();
        }
    }
    if (o.contains(u"meta"_s)) {
        if (!o.value(u"meta"_s).isObject())
            return Error(u"meta must be an object"_s);
        const QJsonObject meta = o.value(u"meta"_s).toObject();
        for (auto it = meta.begin(); it != meta.end(); ++it) {
            if (!it.value().isString())
                return Error(u"meta.%1 must be a string"_s.arg(it.key()));
        }
        pin.meta = meta;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!QStringList{u"cid"_s, u"name"_s, u"origins"_s, u"meta"_s}.contains(it.key()))
            return Error(u"unknown field %1"_s.arg(it.key()));
    }
    return pin;
}

FakeResponse FakePsa::listPins(const FakeRequest &request)
{
    const QUrlQuery &q = request.query;
    const auto value = [&](const QString &key) {
        return q.queryItemValue(key, QUrl::FullyDecoded);
    };
    int limit = 10;
    if (q.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = value(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return bad(u"limit must be an integer in 1..1000"_s);
    }
    QStringList cids;
    if (q.hasQueryItem(u"cid"_s)) {
        cids = value(u"cid"_s).split(u',');
        if (cids.size() > 10)
            return bad(u"at most 10 cids"_s);
    }
    QStringList statuses{u"pinned"_s}; // the spec's default
    if (q.hasQueryItem(u"status"_s)) {
        statuses = value(u"status"_s).split(u',');
        for (const QString &s : statuses) {
            if (!QStringList{u"queued"_s, u"pinning"_s, u"pinned"_s, u"failed"_s}.contains(s))
                return bad(u"unknown status %1"_s.arg(s));
        }
    }
    QString match = u"exact"_s;
    if (q.hasQueryItem(u"match"_s)) {
        match = value(u"match"_s);
        if (!QStringList{u"exact"_s, u"iexact"_s, u"partial"_s, u"ipartial"_s}.contains(match))
            return bad(u"unknown match %1"_s.arg(match));
    }
    QDateTime before, after;
    if (q.hasQueryItem(u"before"_s)) {
        before = QDateTime::fromString(value(u"before"_s), Qt::ISODateWithMs);
        if (!before.isValid())
            return bad(u"before must be an ISO 8601 date-time"_s);
    }
    if (q.hasQueryItem(u"after"_s)) {
        after = QDateTime::fromString(value(u"after"_s), Qt::ISODateWithMs);
        if (!after.isValid())
            return bad(u"after must be an ISO 8601 date-time"_s);
    }
    QJsonObject meta;
    if (q.hasQueryItem(u"meta"_s)) {
        const QJsonDocument doc = QJsonDocument::fromJson(value(u"meta"_s).toUtf8());
        if (!doc.isObject())
            return bad(u"meta must be a JSON object"_s);
        meta = doc.object();
    }
    const QString name = value(u"name"_s);
    QList<Pin> matches;
    for (const Pin &pin : m_pins) {
        if (!cids.isEmpty() && !cids.contains(pin.cid))
            continue;
        if (!statuses.contains(pin.status()))
            continue;
        if (!name.isEmpty()) {
            const Qt::CaseSensitivity cs =
                match.startsWith(u'i') ? Qt::CaseInsensitive : Qt::CaseSensitive;
            const bool ok = match.endsWith(u"partial"_s) ? pin.name.contains(name, cs)
                                                         : pin.name.compare(name, cs) == 0;
            if (!ok)
                continue;
        }
        if (before.isValid() && !(pin.created < before))
            continue;
        if (after.isValid() && !(pin.created > after))
            continue;
        bool metaOk = true;
        for (auto it = meta.begin(); it != meta.end(); ++it)
            metaOk = metaOk && pin.meta.value(it.key()) == it.value();
        if (!metaOk)
            continue;
        matches.append(pin);
    }
    std::sort(matches.begin(), matches.end(),
              [](const Pin &a, const Pin &b) { return a.created > b.created; });
    QJsonArray results;
    for (const Pin &pin : matches.mid(0, limit))
        results.append(statusObject(pin));
    return FakeResponse::json(
        QJsonObject{{u"count"_s, int(matches.size())}, {u"results"_s, results}});
}

FakeResponse FakePsa::handle(const FakeRequest &request)
{
    if (request.header("Authorization") != "Bearer " + m_token.toUtf8())
        return FakeResponse::error(401, u"UNAUTHORIZED"_s, u"Access token is missing or invalid"_s);
    const QString path = request.path;
    if (path == u"/pins"_s) {
        if (request.method == "GET")
            return listPins(request);
        if (request.method == "POST") {
            auto pin = validatePin(request);
            if (!pin)
                return bad(pin.error().message);
            pin->requestId = u"req-%1"_s.arg(m_next++);
            pin->fails = !m_failingCid.isEmpty() && pin->cid == m_failingCid;
            // Distinct, increasing creation times even within one millisecond.
            pin->created = QDateTime::currentDateTimeUtc().addMSecs(m_next);
            m_pins.append(*pin);
            return FakeResponse::json(statusObject(*pin), 202);
        }
        return FakeResponse::error(405, u"METHOD_NOT_ALLOWED"_s, u"GET or POST"_s);
    }
    if (path.startsWith(u"/pins/"_s)) {
        const QString id = path.mid(6);
        auto it = std::find_if(m_pins.begin(), m_pins.end(),
                               [&](const Pin &p) { return p.requestId == id; });
        if (it == m_pins.end())
            return FakeResponse::error(404, u"NOT_FOUND"_s,
                                       u"The specified resource was not found"_s);
        if (request.method == "GET") {
            const FakeResponse r = FakeResponse::json(statusObject(*it));
            ++it->polls;
            return r;
        }
        if (request.method == "DELETE") {
            m_pins.erase(it);
            FakeResponse r;
            r.status = 202;
            return r;
        }
        if (request.method == "POST") {
            auto pin = validatePin(request);
            if (!pin)
                return bad(pin.error().message);
            m_pins.erase(it);
            pin->requestId = u"req-%1"_s.arg(m_next++);
            pin->created = QDateTime::currentDateTimeUtc().addMSecs(m_next);
            m_pins.append(*pin);
            return FakeResponse::json(statusObject(*pin), 202);
        }
    }
    return FakeResponse::error(404, u"NOT_FOUND"_s, u"no route %1"_s.arg(path));
}

} // namespace pt::test
