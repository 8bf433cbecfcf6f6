#include "core/daemon/kuborpc.h"

#include "core/paths.h"

#include "core/daemon/multiaddr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pt::daemon {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::daemon)
};

// Bodies quoted in messages are cut: a misbehaving server may answer megabytes.
QString excerpt(const QByteArray &body)
{
    QString s = QString::fromUtf8(body.left(120)).simplified();
    if (body.size() > 120)
        s += u"…"_s;
    return s.isEmpty() ? Msg::tr("(empty body)") : s;
}

Result<QJsonObject> jsonObject(const QString &command, const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error(Error::InvalidInput,
                     Msg::tr("%1: the daemon's answer is not a JSON object (%2): %3")
                         .arg(command,
                              pe.error != QJsonParseError::NoError ? pe.errorString()
                                                                   : Msg::tr("not an object"),
                              excerpt(body)));
    return doc.object();
}

// Kubo sends numbers; js-ipfs sends some 64-bit figures as decimal strings.
Result<qint64> integerField(const QString &command, const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble()) {
        // A double beyond qint64 (1e300, what a JSON number can say) has no integer value and
        // converting it is undefined behaviour (found by fuzz_kuborpc): refused below.
        const double d = v.toDouble();
        if (std::isfinite(d) && d >= -9.2e18 && d <= 9.2e18)
            return qint64(d);
        return Error(
            Error::InvalidInput,
            Msg::tr("%1: field \"%2\" is out of range: %3").arg(command, key, QString::number(d)));
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return Error(Error::InvalidInput,
                 Msg::tr("%1: field \"%2\" is missing or not a number").arg(command, key));
}

double numberField(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString().toDouble() : v.toDouble();
}

} // namespace

Result<VersionInfo> parseVersion(const QByteArray &body)
{
    auto o = jsonObject(u"version"_s, body);
    if (!o)
        return o.error();
    const QJsonValue v = o->value(u"Version"_s);
    if (!v.isString() || v.toString().isEmpty())
        return Error(
            Error::InvalidInput,
            Msg::tr("version: the answer has no \"Version\" string, so this is not a Kubo RPC "
                    "API: %1")
                .arg(excerpt(body)));
    VersionInfo info;
    info.version = v.toString();
    info.commit = o->value(u"Commit"_s).toString();
    info.repo = o->value(u"Repo"_s).toVariant().toString();
    info.system = o->value(u"System"_s).toString();
    return info;
}

Result<IdInfo> parseId(const QByteArray &body)
{
    auto o = jsonObject(u"id"_s, body);
    if (!o)
        return o.error();
    IdInfo info;
    info.id = o->value(u"ID"_s).toString();
    if (info.id.isEmpty())
        return Error(Error::InvalidInput, Msg::tr("id: the answer has no \"ID\""));
    info.agentVersion = o->value(u"AgentVersion"_s).toString();
    info.protocolVersion = o->value(u"ProtocolVersion"_s).toString();
    const QJsonArray addrs = o->value(u"Addresses"_s).toArray(); // null (js-ipfs) -> empty
    for (const QJsonValue &a : addrs)
        info.addresses.append(a.toString());
    return info;
}

Result<int> parseSwarmPeerCount(const QByteArray &body)
{
    auto o = jsonObject(u"swarm/peers"_s, body);
    if (!o)
        return o.error();
    const QJsonValue peers = o->value(u"Peers"_s);
    if (peers.isNull()) // Kubo encodes an empty Go slice as null
        return 0;
    if (!peers.isArray())
        return Error(
            Error::InvalidInput,
            Msg::tr("swarm/peers: \"Peers\" is neither a list nor null: %1").arg(excerpt(body)));
    return int(peers.toArray().size());
}

Result<RepoStat> parseRepoStat(const QByteArray &body)
{
    auto o = jsonObject(u"repo/stat"_s, body);
    if (!o)
        return o.error();
    RepoStat s;
    auto size = integerField(u"repo/stat"_s, *o, u"RepoSize"_s);
    if (!size)
        return size.error();
    s.repoSize = *size;
    auto objects = integerField(u"repo/stat"_s, *o, u"NumObjects"_s);
    if (!objects)
        return objects.error();
    s.numObjects = *objects;
    if (auto max = integerField(u"repo/stat"_s, *o, u"StorageMax"_s))
        s.storageMax = *max;
    s.repoPath = o->value(u"RepoPath"_s).toString();
    s.version = o->value(u"Version"_s).toString();
    return s;
}

Result<BandwidthStats> parseBandwidth(const QByteArray &body)
{
    auto o = jsonObject(u"stats/bw"_s, body);
    if (!o)
        return o.error();
    BandwidthStats b;
    auto in = integerField(u"stats/bw"_s, *o, u"TotalIn"_s);
    if (!in)
        return in.error();
    auto out = integerField(u"stats/bw"_s, *o, u"TotalOut"_s);
    if (!out)
        return out.error();
    b.totalIn = *in;
    b.totalOut = *out;
    b.rateIn = numberField(*o, u"RateIn"_s);
    b.rateOut = numberField(*o, u"RateOut"_s);
    return b;
}

Error rpcErrorFromResponse(const QString &command, int httpStatus, const QByteArray &body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        if (o.value(u"Type"_s).toString() == u"error" && o.contains(u"Message"_s))
            return Error(Error::Generic, Msg::tr("ipfs %1: the daemon answered: %2")
                                             .arg(command, o.value(u"Message"_s).toString()));
    }
    if (httpStatus == 403)
        return Error(Error::Network,
                     Msg::tr("ipfs %1: the daemon refused the request (HTTP 403: %2); check "
                             "API.HTTPHeaders and API.Authorizations in the IPFS config")
                         .arg(command, excerpt(body)));
    if (httpStatus == 401)
        return Error(Error::Network,
                     Msg::tr("ipfs %1: the daemon requires authorization (HTTP 401); set the API "
                             "authorization secret in the settings")
                         .arg(command));
    if (httpStatus == 404 && body.trimmed() == "404 page not found")
        return Error(Error::NotFound,
                     Msg::tr("ipfs %1: the daemon does not know this command (HTTP 404); "
                             "it may be too old")
                         .arg(command));
    return Error(
        Error::InvalidInput,
        Msg::tr("ipfs %1: the server answered HTTP %2 with something that is not the Kubo RPC "
                "API: %3")
            .arg(command)
            .arg(httpStatus)
            .arg(excerpt(body)));
}

Result<QUrl> resolveApiUrl(const QString &explicitAddress, const QString &ipfsPath)
{
    if (!explicitAddress.isEmpty())
        return parseApiAddress(explicitAddress);
    const QString path = (ipfsPath.isEmpty() ? Paths::ipfsRepoDir() : ipfsPath) + u"/api"_s;
    QFile f(path);
    if (!f.exists())
        return Error(Error::NotFound,
                     Msg::tr("%1 does not exist: no IPFS daemon is running on this "
                             "repository")
                         .arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Io, Msg::tr("cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray text = f.read(2048);
    auto url = parseApiAddress(QString::fromUtf8(text));
    if (!url)
        return url.error().wrapped(path + u": "_s);
    return url;
}

KuboRpc::KuboRpc(QObject *parent) : QObject(parent), m_nam(new QNetworkAccessManager(this))
{
    // Talking to a daemon on this machine: never through a system proxy.
    m_nam->setProxy(QNetworkProxy::NoProxy);
}

KuboRpc::~KuboRpc()
{
    abortAll();
}

QByteArray KuboRpc::userAgent()
{
    return QByteArrayLiteral("phasic-traces/" PT_VERSION_STRING);
}

void KuboRpc::abortAll()
{
    const auto replies = std::exchange(m_inFlight, {});
    for (const QPointer<QNetworkReply> &r : replies) {
        if (r) {
            r->disconnect(this);
            r->abort();
            r->deleteLater();
        }
    }
}

void KuboRpc::call(const QString &command, const Args &args, RawCallback done, int timeoutMs)
{
    if (!m_baseUrl.isValid() || m_baseUrl.host().isEmpty()) {
        QTimer::singleShot(0, this, [done, command] {
            done(Error(
                Error::InvalidInput,
                Msg::tr("ipfs %1: no API address configured (no daemon found)").arg(command)));
        });
        return;
    }
    QUrl url = m_baseUrl;
    url.setPath(u"/api/v0/"_s + command);
    QUrlQuery query;
    for (const auto &[key, value] : args)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // A POST without a body: no Content-Type, as Kubo's own client sends.
    QNetworkReply *reply = m_nam->sendCustomRequest(request, "POST");
    m_inFlight.append(reply);

    const int ms = timeoutMs > 0 ? timeoutMs : m_timeoutMs;
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply] {
        reply->setProperty("pt_timedOut", true);
        reply->abort();
    });
    timer->start(ms);

    const QString base = m_baseUrl.toString();
    connect(reply, &QNetworkReply::finished, this, [this, reply, done, command, ms, base] {
        m_inFlight.removeAll(reply);
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        if (reply->property("pt_timedOut").toBool()) {
            done(Error(Error::Network, Msg::tr("ipfs %1: no answer from %2 within %3 s")
                                           .arg(command, base)
                                           .arg(ms / 1000.0)));
            return;
        }
        if (status == 0) {
            const QString why = reply->error() == QNetworkReply::ConnectionRefusedError
                                    ? Msg::tr("connection refused: no daemon is listening there")
                                    : reply->errorString();
            done(Error(Error::Network,
                       Msg::tr("ipfs %1: cannot reach %2 (%3)").arg(command, base, why)));
            return;
        }
        if (status != 200) {
            done(rpcErrorFromResponse(command, status, body));
            return;
        }
        done(body);
    });
}

namespace {
// A raw answer handed to `done` through `parse` (a transport error as it is).
template <typename T, typename Parse>
KuboRpc::RawCallback parsed(Parse parse, std::function<void(Result<T>)> done)
{
    return [parse, done](Result<QByteArray> r) {
        if (!r)
            done(r.error());
        else
            done(parse(*r));
    };
}
// For commands whose answer says nothing beyond success.
Result<void> ignoreBody(const QByteArray &)
{
    return {};
}
} // namespace

void KuboRpc::version(std::function<void(Result<VersionInfo>)> done)
{
    call(u"version"_s, {}, parsed(&parseVersion, std::move(done)));
}

void KuboRpc::id(std::function<void(Result<IdInfo>)> done)
{
    call(u"id"_s, {}, parsed(&parseId, std::move(done)));
}

void KuboRpc::swarmPeerCount(std::function<void(Result<int>)> done)
{
    call(u"swarm/peers"_s, {}, parsed(&parseSwarmPeerCount, std::move(done)));
}

void KuboRpc::repoStat(std::function<void(Result<RepoStat>)> done)
{
    // size-only: Kubo otherwise walks every block to count objects, which can take minutes.
    call(u"repo/stat"_s, {}, parsed(&parseRepoStat, std::move(done)));
}

void KuboRpc::bandwidth(std::function<void(Result<BandwidthStats>)> done)
{
    call(u"stats/bw"_s, {}, parsed(&parseBandwidth, std::move(done)));
}

void KuboRpc::shutdown(std::function<void(Result<void>)> done)
{
    call(u"shutdown"_s, {}, parsed(&ignoreBody, std::move(done)));
}

// --- remote pinning (pin/remote/*) -------------------------------------------------------

namespace {

bool isRemoteStatus(const QString &s)
{
    return s == u"queued"_s || s == u"pinning"_s || s == u"pinned"_s || s == u"failed"_s;
}

Result<RemotePin> remotePinFrom(const QString &command, const QJsonObject &o,
                                const QByteArray &body)
{
    RemotePin p;
    const QJsonValue cid = o.value(u"Cid"_s);
    const QJsonValue status = o.value(u"Status"_s);
    if (!cid.isString() || cid.toString().isEmpty())
        return Error(
            Error::InvalidInput,
            Msg::tr("%1: the answer has no \"Cid\" string: %2").arg(command, excerpt(body)));
    if (!status.isString() || !isRemoteStatus(status.toString()))
        return Error(Error::InvalidInput,
                     Msg::tr("%1: \"Status\" is not queued, pinning, pinned or failed: %2")
                         .arg(command, excerpt(body)));
    p.cid = cid.toString();
    p.status = status.toString();
    p.name = o.value(u"Name"_s).toString();
    return p;
}

} // namespace

Result<QList<RemoteService>> parseRemoteServices(const QByteArray &body)
{
    auto o = jsonObject(u"pin/remote/service/ls"_s, body);
    if (!o)
        return o.error();
    const QJsonValue list = o->value(u"RemoteServices"_s);
    QList<RemoteService> out;
    if (list.isNull()) // an empty Go slice
        return out;
    if (!list.isArray())
        return Error(
            Error::InvalidInput,
            Msg::tr("pin/remote/service/ls: \"RemoteServices\" is neither a list nor null: %1")
                .arg(excerpt(body)));
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject s = v.toObject();
        const QString name = s.value(u"Service"_s).toString();
        if (name.isEmpty())
            return Error(Error::InvalidInput,
                         Msg::tr("pin/remote/service/ls: an entry has no \"Service\" name: %1")
                             .arg(excerpt(body)));
        out.append({name, s.value(u"ApiEndpoint"_s).toString(),
                    s.value(u"Stat"_s).toObject().value(u"Status"_s).toString()});
    }
    return out;
}

Result<RemotePin> parseRemotePin(const QByteArray &body)
{
    auto o = jsonObject(u"pin/remote/add"_s, body);
    if (!o)
        return o.error();
    return remotePinFrom(u"pin/remote/add"_s, *o, body);
}

Result<QList<RemotePin>> parseRemotePinList(const QByteArray &body, int maxPins)
{
    QList<RemotePin> out;
    qsizetype pos = 0;
    while (pos < body.size()) {
        qsizetype end = body.indexOf('\n', pos);
        if (end < 0)
            end = body.size();
        const QByteArray line = body.mid(pos, end - pos).trimmed();
        pos = end + 1;
        if (line.isEmpty())
            continue;
        if (out.size() >= maxPins)
            return Error(Error::InvalidInput,
                         Msg::tr("pin/remote/ls: more than %1 pins in the answer").arg(maxPins));
        auto o = jsonObject(u"pin/remote/ls"_s, line);
        if (!o)
            return o.error();
        // A stream that failed after it started ends with the error object.
        if (o->value(u"Type"_s).toString() == u"error"_s)
            return Error(Error::Generic, Msg::tr("ipfs pin/remote/ls: the daemon answered: %1")
                                             .arg(o->value(u"Message"_s).toString()));
        auto pin = remotePinFrom(u"pin/remote/ls"_s, *o, line);
        if (!pin)
            return pin.error();
        out.append(*pin);
    }
    return out;
}

void KuboRpc::remoteServices(std::function<void(Result<QList<RemoteService>>)> done, bool stat)
{
    Args args;
    if (stat)
        args.append({u"stat"_s, u"true"_s});
    call(u"pin/remote/service/ls"_s, args, parsed(&parseRemoteServices, std::move(done)));
}

void KuboRpc::remotePinAdd(const QString &cid, const QString &service, const QString &name,
                           std::function<void(Result<RemotePin>)> done)
{
    Args args{{u"arg"_s, cid}, {u"service"_s, service}};
    if (!name.isEmpty())
        args.append({u"name"_s, name});
    args.append({u"background"_s, u"true"_s});
    call(u"pin/remote/add"_s, args, parsed(&parseRemotePin, std::move(done)));
}

void KuboRpc::remotePinList(const QString &service, const QStringList &cids,
                            std::function<void(Result<QList<RemotePin>>)> done)
{
    Args args{{u"service"_s, service}};
    for (const QString &cid : cids)
        args.append({u"cid"_s, cid});
    // Repeated flags, not a comma list: the RPC API does not split them (Kubo RPC docs).
    for (const QString &s : {u"queued"_s, u"pinning"_s, u"pinned"_s, u"failed"_s})
        args.append({u"status"_s, s});
    call(u"pin/remote/ls"_s, args,
         parsed([](const QByteArray &body) { return parseRemotePinList(body); }, std::move(done)));
}

void KuboRpc::remotePinRemove(const QString &service, const QString &cid,
                              std::function<void(Result<void>)> done)
{
    Args args{{u"service"_s, service}, {u"cid"_s, cid}};
    for (const QString &s : {u"queued"_s, u"pinning"_s, u"pinned"_s, u"failed"_s})
        args.append({u"status"_s, s});
    args.append({u"force"_s, u"true"_s});
    call(u"pin/remote/rm"_s, args, parsed(&ignoreBody, std::move(done)));
}

} // namespace pt::daemon
