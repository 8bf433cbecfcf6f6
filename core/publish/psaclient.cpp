#include "core/publish/psaclient.h"

#include "core/ipfs/cid.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pt::publish {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::publish)
};

constexpr int kMaxLimit = 1000; // spec: limit maximum 1000
constexpr int kMaxCids = 10;    // spec: cid filter maxItems 10

QString shortened(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        text += u"…"_s;
    return text;
}

QJsonObject stringMap(const QJsonObject &meta)
{
    // PSA meta is a map of string to string: numbers and booleans are sent as text.
    QJsonObject out;
    for (auto it = meta.begin(); it != meta.end(); ++it)
        out.insert(it.key(), it.value().isString() ? it.value().toString()
                                                   : it.value().toVariant().toString());
    return out;
}

Result<PinStatus> statusFromObject(const QJsonObject &o)
{
    PinStatus s;
    s.requestId = o.value(u"requestid"_s).toString();
    if (s.requestId.isEmpty())
        return Error(Error::InvalidInput, Msg::tr("PinStatus without a requestid"));
    auto state = pinStateFromName(o.value(u"status"_s).toString());
    if (!state)
        return state.error().wrapped(Msg::tr("PinStatus %1: ").arg(s.requestId));
    s.status = *state;
    s.created = QDateTime::fromString(o.value(u"created"_s).toString(), Qt::ISODateWithMs);
    const QJsonObject pin = o.value(u"pin"_s).toObject();
    s.cid = pin.value(u"cid"_s).toString();
    if (s.cid.isEmpty())
        return Error(Error::InvalidInput, Msg::tr("PinStatus %1 has no pin.cid").arg(s.requestId));
    s.name = pin.value(u"name"_s).toString();
    s.meta = pin.value(u"meta"_s).toObject();
    for (const QJsonValue &d : o.value(u"delegates"_s).toArray())
        s.delegates << d.toString();
    s.info = o.value(u"info"_s).toObject();
    return s;
}

} // namespace

Result<PinStatus> parsePsaPinStatus(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (!doc.isObject())
        return Error(Error::InvalidInput, Msg::tr("PinStatus answer is not a JSON object (%1): %2")
                                              .arg(pe.errorString(), shortened(body)));
    return statusFromObject(doc.object());
}

Result<PinList> parsePsaPinList(const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (!doc.isObject())
        return Error(Error::InvalidInput, Msg::tr("PinResults answer is not a JSON object (%1): %2")
                                              .arg(pe.errorString(), shortened(body)));
    const QJsonObject o = doc.object();
    if (!o.value(u"count"_s).isDouble() || !o.value(u"results"_s).isArray())
        return Error(Error::InvalidInput,
                     Msg::tr("PinResults answer lacks count or results: %1").arg(shortened(body)));
    PinList list;
    list.count = o.value(u"count"_s).toInt();
    const QJsonArray results = o.value(u"results"_s).toArray();
    int i = 0;
    for (const QJsonValue &v : results) {
        auto s = statusFromObject(v.toObject());
        if (!s)
            return s.error().wrapped(Msg::tr("PinResults result %1: ").arg(i));
        list.results << *s;
        ++i;
    }
    return list;
}

QString psaErrorText(int status, const QByteArray &body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(u"error"_s).toObject();
    const QString reason = error.value(u"reason"_s).toString();
    const QString details = error.value(u"details"_s).toString();
    if (!reason.isEmpty() || !details.isEmpty()) {
        if (details.isEmpty())
            return reason;
        return reason.isEmpty() ? details : reason + u": "_s + details;
    }
    const QString raw = shortened(body);
    return raw.isEmpty() ? Msg::tr("HTTP %1 with an empty body").arg(status) : raw;
}

PsaClient::PsaClient(QString name, QObject *parent)
    : HttpPinningClient(parent), m_name(std::move(name))
{}

QString PsaClient::errorText(int status, const QByteArray &body) const
{
    return psaErrorText(status, body);
}

bool PsaClient::looksLikeCid(const QString &text)
{
    return pt::ipfs::Cid::parse(text).ok();
}

Result<QList<std::pair<QString, QString>>> PsaClient::filterQuery(const PinFilter &filter)
{
    if (filter.limit < 1 || filter.limit > kMaxLimit)
        return Error(Error::InvalidInput, Msg::tr("limit %1 is outside 1..%2 (Pinning Service API)")
                                              .arg(filter.limit)
                                              .arg(kMaxLimit));
    if (filter.cids.size() > kMaxCids)
        return Error(Error::InvalidInput,
                     Msg::tr("at most %1 CIDs per query (Pinning Service API), got %2")
                         .arg(kMaxCids)
                         .arg(filter.cids.size()));
    QList<std::pair<QString, QString>> q;
    if (!filter.cids.isEmpty())
        q.append({u"cid"_s, filter.cids.join(u',')});
    if (!filter.name.isEmpty())
        q.append({u"name"_s, filter.name});
    if (!filter.match.isEmpty())
        q.append({u"match"_s, filter.match});
    // Always explicit: the spec's default is "pinned", but implementations differ
    // (mock-ipfs-pinning-service 0.4.2 returns every status when the parameter is absent).
    QStringList names;
    for (PinState s : filter.statuses)
        names << pinStateName(s);
    if (names.isEmpty())
        names << pinStateName(PinState::Pinned);
    q.append({u"status"_s, names.join(u',')});
    if (filter.before.isValid())
        q.append({u"before"_s, filter.before.toUTC().toString(Qt::ISODateWithMs)});
    if (filter.after.isValid())
        q.append({u"after"_s, filter.after.toUTC().toString(Qt::ISODateWithMs)});
    q.append({u"limit"_s, QString::number(filter.limit)});
    if (!filter.meta.isEmpty())
        q.append(
            {u"meta"_s, QString::fromUtf8(
                            QJsonDocument(stringMap(filter.meta)).toJson(QJsonDocument::Compact))});
    return q;
}

void PsaClient::testCredentials(VoidCallback done)
{
    // The spec has no "who am I"; the cheapest authenticated call is a one-item listing.
    PinFilter f;
    f.limit = 1;
    list(f, [done = std::move(done)](Result<PinList> r) {
        if (!r)
            done(r.error());
        else
            done({});
    });
}

static QByteArray pinBody(const QString &cid, const QString &name, const QJsonObject &meta,
                          const QStringList &origins)
{
    QJsonObject body{{u"cid"_s, cid}};
    if (!name.isEmpty())
        body.insert(u"name"_s, name);
    if (!origins.isEmpty())
        body.insert(u"origins"_s, QJsonArray::fromStringList(origins));
    if (!meta.isEmpty())
        body.insert(u"meta"_s, stringMap(meta));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void PsaClient::pin(const QString &cid, const QString &name, const QJsonObject &meta,
                    const QStringList &origins, StatusCallback done)
{
    send("POST", u"/pins"_s, {}, pinBody(cid, name, meta, origins),
         [done = std::move(done)](Result<Response> r) {
             if (!r)
                 return done(r.error());
             done(parsePsaPinStatus(r->body));
         });
}

void PsaClient::replace(const QString &requestId, const QString &cid, const QString &name,
                        const QJsonObject &meta, const QStringList &origins, StatusCallback done)
{
    send("POST", u"/pins/"_s + QString::fromLatin1(QUrl::toPercentEncoding(requestId)), {},
         pinBody(cid, name, meta, origins), [done = std::move(done)](Result<Response> r) {
             if (!r)
                 return done(r.error());
             done(parsePsaPinStatus(r->body));
         });
}

void PsaClient::resolveRequestId(const QString &idOrCid, std::function<void(Result<QString>)> done)
{
    if (!looksLikeCid(idOrCid)) {
        QTimer::singleShot(0, this, [done = std::move(done), idOrCid] { done(idOrCid); });
        return;
    }
    PinFilter f;
    f.cids = {idOrCid};
    f.statuses = {PinState::Queued, PinState::Pinning, PinState::Pinned, PinState::Failed};
    f.limit = 1; // newest first (spec: results sorted by created, descending)
    list(f, [this, idOrCid, done = std::move(done)](Result<PinList> r) {
        if (!r)
            return done(r.error());
        if (r->results.isEmpty())
            return done(Error(Error::NotFound,
                              Msg::tr("%1 has no pin request for %2").arg(displayName(), idOrCid)));
        done(r->results.first().requestId);
    });
}

void PsaClient::status(const QString &idOrCid, StatusCallback done)
{
    resolveRequestId(idOrCid, [this, done = std::move(done)](Result<QString> id) {
        if (!id)
            return done(id.error());
        send("GET", u"/pins/"_s + QString::fromLatin1(QUrl::toPercentEncoding(*id)), {}, {},
             [done](Result<Response> r) {
                 if (!r)
                     return done(r.error());
                 done(parsePsaPinStatus(r->body));
             });
    });
}

void PsaClient::list(const PinFilter &filter, ListCallback done)
{
    auto query = filterQuery(filter);
    if (!query) {
        QTimer::singleShot(0, this, [this, done = std::move(done), e = query.error()] {
            done(e.wrapped(displayName() + u": "_s));
        });
        return;
    }
    send("GET", u"/pins"_s, *query, {}, [done = std::move(done)](Result<Response> r) {
        if (!r)
            return done(r.error());
        done(parsePsaPinList(r->body));
    });
}

void PsaClient::remove(const QString &idOrCid, VoidCallback done)
{
    resolveRequestId(idOrCid, [this, done = std::move(done)](Result<QString> id) {
        if (!id)
            return done(id.error());
        send("DELETE", u"/pins/"_s + QString::fromLatin1(QUrl::toPercentEncoding(*id)), {}, {},
             [done](Result<Response> r) {
                 if (!r)
                     return done(r.error());
                 done({});
             });
    });
}

} // namespace pt::publish
