#include "core/fetch/probe.h"

#include "core/ipfs/blockstore.h"
#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QSet>
#include <QUrlQuery>

namespace pt::fetch {

namespace {
// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::fetch)
};
} // namespace

Result<QList<ProbeTarget>> probeTargets(const registry::Registry &registry, const QStringList &ids,
                                        QStringList *skipped)
{
    QList<const registry::Entry *> entries;
    if (ids.isEmpty()) {
        for (const registry::Entry &e : registry.entries)
            entries.append(&e);
    } else {
        QStringList unknown;
        for (const QString &id : ids) {
            if (const registry::Entry *e = registry.find(id))
                entries.append(e);
            else
                unknown.append(id);
        }
        if (!unknown.isEmpty())
            return Error(Error::NotFound, Msg::tr("no entry %1 in the registry; try `search`")
                                              .arg(unknown.join(QStringLiteral(", "))));
    }
    QList<ProbeTarget> targets;
    auto skip = [&](const registry::Entry &e, const QString &why) {
        if (skipped)
            skipped->append(e.id + QStringLiteral(": ") + why);
    };
    for (const registry::Entry *e : std::as_const(entries)) {
        QSet<QString> seen;
        auto add = [&](const QString &text, const QString &role) {
            Result<ipfs::Cid> cid = ipfs::Cid::parse(text);
            if (!cid) {
                skip(*e,
                     Msg::tr("%1 \"%2\" is not a CID (%3)").arg(role, text, cid.error().message));
                return;
            }
            if (seen.contains(cid->toString()))
                return;
            seen.insert(cid->toString());
            targets.append({e->id, *cid, role});
        };
        if (e->kind == registry::EntryKind::Trace) {
            if (e->directoryCidValid)
                add(e->directoryCid, QStringLiteral("directory"));
            else
                skip(*e, Msg::tr("no valid directory CID (\"%1\")").arg(e->directoryCid));
            continue;
        }
        int cids = 0;
        if (e->parent && e->parent->location == registry::LocationKind::Cid) {
            add(e->parent->cidOrPath, QStringLiteral("parent"));
            ++cids;
        }
        for (const registry::Artifact &a : e->scc) {
            if (a.location == registry::LocationKind::Cid) {
                add(a.cidOrPath, QStringLiteral("scc"));
                ++cids;
            }
        }
        if (cids == 0)
            skip(*e, Msg::tr("its artifacts are URLs or repository paths, not CIDs"));
    }
    return targets;
}

Result<QStringList> collectionIds(const registry::Registry &registry, const QString &name)
{
    QStringList names;
    for (const registry::Collection &c : registry.collections) {
        if (c.name == name)
            return c.traces;
        names.append(c.name);
    }
    return Error(Error::NotFound,
                 Msg::tr("no collection \"%1\" in the registry (there are: %2)")
                     .arg(name, names.isEmpty() ? QStringLiteral("none")
                                                : names.join(QStringLiteral(", "))));
}

int ProbeResult::count(const QString &kind, bool availableOnly) const
{
    int n = 0;
    for (const SourceCheck &s : sources)
        n += s.kind == kind && (!availableOnly || s.available);
    return n;
}

// ---------------------------------------------------------------------------------------------

AvailabilityProbe::AvailabilityProbe(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_nam(nam)
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &AvailabilityProbe::pump);
}

AvailabilityProbe::~AvailabilityProbe()
{
    ++m_generation;
    for (const QPointer<QNetworkReply> &guard : std::as_const(m_replies)) {
        if (QNetworkReply *r = guard.data()) {
            r->disconnect(this);
            r->abort();
            r->deleteLater();
        }
    }
}

QString AvailabilityProbe::sourceLabel(const Source &source)
{
    if (source.kind() == Source::Kind::KuboRpc)
        return QStringLiteral("daemon");
    return source.name().section(QLatin1Char(' '), 1); // "gateway <as configured>"
}

void AvailabilityProbe::setSources(const QList<Source> &sources)
{
    for (const Source &s : sources) {
        Lane lane;
        lane.source = s;
        lane.name = sourceLabel(s);
        lane.kind = s.kind() == Source::Kind::KuboRpc ? QStringLiteral("daemon")
                                                      : QStringLiteral("gateway");
        m_lanes.append(lane);
    }
}

void AvailabilityProbe::addPinningService(const QString &name, PinCheck check)
{
    Lane lane;
    lane.name = name;
    lane.kind = QStringLiteral("pinning");
    lane.check = std::move(check);
    m_lanes.append(lane);
}

Result<QStringList> AvailabilityProbe::parseProviders(const QByteArray &ndjson)
{
    QStringList peers;
    int lineNo = 0;
    for (const QByteArray &line : ndjson.split('\n')) {
        ++lineNo;
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &perr);
        if (perr.error != QJsonParseError::NoError || !doc.isObject())
            return Error(Error::InvalidInput,
                         Msg::tr("findprovs line %1 is not a JSON object").arg(lineNo));
        const QJsonObject o = doc.object();
        if (o.value(QStringLiteral("Type")).toInt() != 4) // routing.Provider
            continue;
        for (const QJsonValue &r : o.value(QStringLiteral("Responses")).toArray()) {
            const QString id = r.toObject().value(QStringLiteral("ID")).toString();
            if (!id.isEmpty() && !peers.contains(id))
                peers << id;
        }
    }
    return peers;
}

QString AvailabilityProbe::checkBlock(const ipfs::Cid &cid, int httpStatus, const QByteArray &body)
{
    if (httpStatus == 404)
        return Msg::tr("HTTP 404: not found there");
    if (httpStatus != 200)
        return Msg::tr("HTTP %1").arg(httpStatus);
    if (Result<void> ok = cid.verify(body); !ok)
        return Msg::tr("answered %1 bytes that do not match the CID (%2)")
            .arg(body.size())
            .arg(ok.error().message);
    return {};
}

void AvailabilityProbe::start(const QList<ProbeTarget> &targets)
{
    ++m_generation;
    m_targets = targets;
    m_results.clear();
    m_pendingPerTarget.clear();
    m_done = 0;
    m_total = int(targets.size());
    m_cancelled = false;
    m_running = true;
    m_outstanding = 0;
    m_lanes.removeIf([](const Lane &l) { return l.kind == QLatin1String("providers"); });
    if (m_options.daemonProviders) {
        for (qsizetype i = 0; i < m_lanes.size(); ++i) {
            if (m_lanes.at(i).kind != QLatin1String("daemon"))
                continue;
            Lane lane = m_lanes.at(i);
            lane.kind = QStringLiteral("providers");
            lane.name = QStringLiteral("daemon providers");
            m_lanes.insert(++i, lane);
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ProbeTarget &t : targets) {
        ProbeResult r;
        r.id = t.id;
        r.cid = t.cid.toString();
        r.role = t.role;
        r.checkedAt = now;
        for (const Lane &lane : std::as_const(m_lanes))
            r.sources.append({lane.name, lane.kind, false, -1, Msg::tr("not checked")});
        m_results.append(r);
        m_pendingPerTarget.append(int(m_lanes.size()));
    }
    for (int i = 0; i < m_lanes.size(); ++i) {
        Lane &lane = m_lanes[i];
        lane.column = i;
        lane.queue.clear();
        lane.inFlight = 0;
        lane.nextStartMs = 0;
        for (int t = 0; t < targets.size(); ++t)
            lane.queue.append(t);
        m_outstanding += int(targets.size());
    }
    m_clock.start();
    emit progress(0, m_total);
    if (m_outstanding == 0) {
        QTimer::singleShot(0, this, &AvailabilityProbe::finish);
        return;
    }
    pump();
}

void AvailabilityProbe::pump()
{
    if (!m_running || m_cancelled)
        return;
    qint64 wakeIn = -1;
    const qint64 now = m_clock.elapsed();
    for (Lane &lane : m_lanes) {
        while (!lane.queue.isEmpty() && lane.inFlight < qMax(1, m_options.perSourceConcurrency)) {
            if (now < lane.nextStartMs) {
                const qint64 wait = lane.nextStartMs - now;
                wakeIn = wakeIn < 0 ? wait : qMin(wakeIn, wait);
                break;
            }
            // The local daemon is ours to ask as fast as it answers; gateways and services
            // are shared (and rate-limited: Pinata allows a few requests per second).
            lane.nextStartMs = now + (lane.kind == QLatin1String("gateway") ||
                                              lane.kind == QLatin1String("pinning")
                                          ? m_options.minIntervalMs
                                          : 0);
            launch(lane, lane.queue.takeFirst());
            if (!m_running)
                return;
        }
    }
    if (wakeIn >= 0 && (!m_wake.isActive() || m_wake.remainingTime() > wakeIn))
        m_wake.start(int(wakeIn));
}

void AvailabilityProbe::launch(Lane &lane, int target)
{
    ++lane.inFlight;
    const int laneIndex = lane.column;
    const qint64 startMs = m_clock.elapsed();
    const ipfs::Cid cid = m_targets.at(target).cid;
    if (lane.check) {
        QPointer<AvailabilityProbe> self(this);
        const quint64 generation = m_generation;
        lane.check(cid.toString(),
                   [self, generation, laneIndex, target, startMs](bool pinned, QString error) {
                       const AvailabilityProbe *p = self.data();
                       if (p == nullptr || p->m_generation != generation)
                           return;
                       // Callbacks may arrive synchronously; record from the event loop either way.
                       QTimer::singleShot(
                           0, self, [self, generation, laneIndex, target, startMs, pinned, error] {
                               if (AvailabilityProbe *probe = self.data();
                                   probe && probe->m_generation == generation)
                                   probe->record(laneIndex, target, pinned, error, startMs);
                           });
                   });
        return;
    }
    QNetworkRequest request = lane.source.blockRequest(cid);
    const bool providers = lane.kind == QLatin1String("providers");
    if (providers) {
        // The same request headers (User-Agent, Authorization), another command.
        QUrl url = lane.source.base();
        url.setPath(url.path() + (lane.dhtFallback ? QStringLiteral("/api/v0/dht/findprovs")
                                                   : QStringLiteral("/api/v0/routing/findprovs")));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("arg"), cid.toString());
        q.addQueryItem(QStringLiteral("num-providers"),
                       QString::number(qMax(1, m_options.maxProviders)));
        q.addQueryItem(QStringLiteral("timeout"),
                       QStringLiteral("%1ms").arg(qMax(1000, m_options.timeoutMs - 500)));
        url.setQuery(q);
        request.setUrl(url);
    } else if (lane.source.kind() == Source::Kind::KuboRpc) {
        // The node's own store only: without offline=true block/get searches the network and
        // "available" would mean "somebody has it", which is the gateways' question.
        QUrl url = request.url();
        QUrlQuery q(url);
        q.addQueryItem(QStringLiteral("offline"), QStringLiteral("true"));
        q.addQueryItem(QStringLiteral("timeout"),
                       QStringLiteral("%1ms").arg(qMax(1000, m_options.timeoutMs - 500)));
        url.setQuery(q);
        request.setUrl(url);
    }
    request.setTransferTimeout(m_options.timeoutMs);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, lane.source.verb());
    m_replies.append(reply);
    // A root block is one block: more than the block limit is a broken or hostile source (and
    // a providers answer of a few peers is far smaller).
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > ipfs::kMaxBlockSize) {
            reply->setProperty("ptTooBig", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, laneIndex, target, startMs, cid, providers] {
                m_replies.removeAll(reply);
                reply->deleteLater();
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                QString error;
                if (reply->property("ptTooBig").toBool()) {
                    error = Msg::tr("answered more than %1 bytes for one block")
                                .arg(ipfs::kMaxBlockSize);
                } else if (reply->error() == QNetworkReply::OperationCanceledError ||
                           reply->error() == QNetworkReply::TimeoutError) {
                    error = Msg::tr("no answer within %1 ms").arg(m_options.timeoutMs);
                } else if (status == 0) {
                    error = reply->errorString();
                } else if (providers && status == 404 && !m_lanes.at(laneIndex).dhtFallback) {
                    // Kubo before 0.14 and js-ipfs know the command only by its old name.
                    Lane &current = m_lanes[laneIndex];
                    current.dhtFallback = true;
                    --current.inFlight;
                    if (m_running && !m_cancelled)
                        launch(current, target);
                    return;
                } else if (providers) {
                    const QByteArray body = reply->readAll();
                    Result<QStringList> peers =
                        status == 200 ? parseProviders(body)
                                      : Result<QStringList>(Error(
                                            QStringLiteral("HTTP %1: %2")
                                                .arg(status)
                                                .arg(QString::fromUtf8(body.left(200)).trimmed())));
                    if (!peers)
                        error = Msg::tr("the daemon cannot look up providers: %1")
                                    .arg(peers.error().message);
                    else if (peers->isEmpty())
                        error = Msg::tr("no provider found on the network");
                } else {
                    const QByteArray body = reply->readAll();
                    error = checkBlock(cid, status, body);
                    if (status == 500 && m_lanes.at(laneIndex).kind == QLatin1String("daemon"))
                        error = Msg::tr("not in the node's store (%1)")
                                    .arg(QString::fromUtf8(body.left(200)).trimmed());
                }
                record(laneIndex, target, error.isEmpty(), error, startMs);
            });
}

void AvailabilityProbe::record(int laneIndex, int target, bool available, const QString &error,
                               qint64 startMs)
{
    if (!m_running)
        return;
    Lane &lane = m_lanes[laneIndex];
    --lane.inFlight;
    SourceCheck &check = m_results[target].sources[laneIndex];
    check.available = available;
    check.error = available ? QString() : (error.isEmpty() ? Msg::tr("not available") : error);
    check.latencyMs = m_clock.elapsed() - startMs;
    m_results[target].checkedAt = QDateTime::currentDateTimeUtc();
    --m_outstanding;
    if (--m_pendingPerTarget[target] == 0) {
        ++m_done;
        emit progress(m_done, m_total);
    }
    if (m_outstanding == 0) {
        finish();
        return;
    }
    pump();
}

void AvailabilityProbe::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    ++m_generation;
    m_wake.stop();
    for (const QPointer<QNetworkReply> &guard : std::as_const(m_replies)) {
        if (QNetworkReply *r = guard.data()) {
            r->disconnect(this);
            r->abort();
            r->deleteLater();
        }
    }
    m_replies.clear();
    for (ProbeResult &r : m_results) {
        for (SourceCheck &s : r.sources) {
            if (s.latencyMs < 0)
                s.error = Msg::tr("not checked (cancelled)");
        }
    }
    QTimer::singleShot(0, this, &AvailabilityProbe::finish);
}

void AvailabilityProbe::finish()
{
    if (!m_running)
        return;
    m_running = false;
    emit finished();
}

// ---------------------------------------------------------------------------------------------

ProbeCache::ProbeCache(QString path) : m_path(std::move(path))
{
    if (m_path.isEmpty())
        m_path = Paths::dataDir() + QStringLiteral("/health.json");
}

QJsonArray ProbeCache::toJson(const QList<ProbeResult> &results, bool withTime)
{
    QJsonArray list;
    for (const ProbeResult &r : results) {
        QJsonArray sources;
        for (const SourceCheck &s : r.sources) {
            QJsonObject o{{QStringLiteral("source"), s.source},
                          {QStringLiteral("available"), s.available},
                          {QStringLiteral("latency_ms"), s.latencyMs},
                          {QStringLiteral("error"),
                           s.error.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.error)}};
            if (withTime)
                o.insert(QStringLiteral("kind"), s.kind);
            sources.append(o);
        }
        QJsonObject o{{QStringLiteral("id"), r.id},
                      {QStringLiteral("cid"), r.cid},
                      {QStringLiteral("sources"), sources}};
        if (withTime) {
            o.insert(QStringLiteral("role"), r.role);
            o.insert(QStringLiteral("checked_at"), r.checkedAt.toString(Qt::ISODate));
        }
        list.append(o);
    }
    return list;
}

Result<QList<ProbeResult>> ProbeCache::fromJson(const QByteArray &bytes)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &perr);
    if (perr.error != QJsonParseError::NoError)
        return Error(Error::InvalidInput,
                     Msg::tr("not JSON at byte %1: %2").arg(perr.offset).arg(perr.errorString()));
    const QJsonArray list = doc.object().value(QStringLiteral("results")).toArray();
    if (!doc.isObject() || doc.object().value(QStringLiteral("version")).toInt() != 1)
        return Error(Error::InvalidInput, Msg::tr("not a version 1 health cache"));
    QList<ProbeResult> out;
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        ProbeResult r;
        r.id = o.value(QStringLiteral("id")).toString();
        r.cid = o.value(QStringLiteral("cid")).toString();
        r.role = o.value(QStringLiteral("role")).toString();
        r.checkedAt =
            QDateTime::fromString(o.value(QStringLiteral("checked_at")).toString(), Qt::ISODate);
        if (r.id.isEmpty() || r.cid.isEmpty() || !r.checkedAt.isValid())
            return Error(Error::InvalidInput,
                         Msg::tr("result %1 lacks id, cid or checked_at").arg(out.size()));
        for (const QJsonValue &sv : o.value(QStringLiteral("sources")).toArray()) {
            const QJsonObject so = sv.toObject();
            SourceCheck s;
            s.source = so.value(QStringLiteral("source")).toString();
            s.kind = so.value(QStringLiteral("kind")).toString();
            s.available = so.value(QStringLiteral("available")).toBool();
            s.latencyMs = so.value(QStringLiteral("latency_ms")).toInteger(-1);
            s.error = so.value(QStringLiteral("error")).toString();
            r.sources.append(s);
        }
        out.append(r);
    }
    return out;
}

Result<void> ProbeCache::load()
{
    m_results.clear();
    m_byId.clear();
    QFile f(m_path);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Io, QStringLiteral("%1: %2").arg(m_path, f.errorString()));
    if (f.size() > 64 * 1024 * 1024)
        return Error(
            Error::InvalidInput,
            Msg::tr("%1: larger than 64 MiB; delete it, the next check rebuilds it").arg(m_path));
    Result<QList<ProbeResult>> r = fromJson(f.readAll());
    if (!r)
        return r.error().wrapped(m_path + QStringLiteral(": "));
    m_results = *r;
    reindex();
    return {};
}

Result<void> ProbeCache::save() const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return Error(Error::Io, QStringLiteral("%1: %2").arg(m_path, f.errorString()));
    const QJsonObject o{{QStringLiteral("version"), 1},
                        {QStringLiteral("results"), toJson(m_results, true)}};
    f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Error(Error::Io, QStringLiteral("%1: %2").arg(m_path, f.errorString()));
    return {};
}

void ProbeCache::reindex()
{
    m_byId.clear();
    for (qsizetype i = 0; i < m_results.size(); ++i)
        m_byId[m_results.at(i).id].append(i);
}

void ProbeCache::merge(const QList<ProbeResult> &results)
{
    for (const ProbeResult &r : results) {
        bool replaced = false;
        for (qsizetype i : m_byId.value(r.id)) {
            if (m_results.at(i).cid == r.cid) {
                m_results[i] = r;
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            m_byId[r.id].append(m_results.size());
            m_results.append(r);
        }
    }
}

QList<ProbeResult> ProbeCache::forEntry(const QString &id) const
{
    QList<ProbeResult> out;
    for (qsizetype i : m_byId.value(id))
        out.append(m_results.at(i));
    return out;
}

} // namespace pt::fetch
