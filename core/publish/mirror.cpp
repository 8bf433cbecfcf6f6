#include "core/publish/mirror.h"

#include "core/daemon/kuborpc.h"
#include "core/paths.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

namespace pt::publish {

PinTarget serviceTarget(PinningService *service, const QString &name)
{
    QPointer<PinningService> s(service);
    PinTarget t;
    t.name = name;
    t.isPinned = [s](const QString &cid, std::function<void(Result<bool>)> done) {
        PinningService *client = s.data();
        if (!client) {
            done(Error(Error::Cancelled, QStringLiteral("the pinning client is gone")));
            return;
        }
        client->status(cid, [done](Result<PinStatus> r) {
            if (r)
                done(r->status != PinState::Failed);
            else if (r.error().code == Error::NotFound)
                done(false); // never pinned there
            else
                done(r.error());
        });
    };
    t.pin = [s, name](const QString &cid, const QString &label,
                      std::function<void(Result<QString>)> done) {
        PinningService *client = s.data();
        if (!client) {
            done(Error(Error::Cancelled, QStringLiteral("the pinning client is gone")));
            return;
        }
        client->pin(cid, label, {}, {}, [done, name](Result<PinStatus> r) {
            if (!r) {
                done(r.error());
                return;
            }
            if (r->status == PinState::Failed)
                done(Error(Error::Generic,
                           QStringLiteral("%1 reports the pin as failed").arg(name)));
            else
                done(pinStateName(r->status));
        });
    };
    return t;
}

PinTarget daemonTarget(daemon::KuboRpc *rpc, int pinTimeoutMs)
{
    QPointer<daemon::KuboRpc> k(rpc);
    PinTarget t;
    t.name = QStringLiteral("daemon");
    t.isPinned = [k](const QString &cid, std::function<void(Result<bool>)> done) {
        if (!k) {
            done(Error(Error::Cancelled, QStringLiteral("the RPC client is gone")));
            return;
        }
        k->call(
            QStringLiteral("pin/ls"),
            {{QStringLiteral("arg"), cid}, {QStringLiteral("type"), QStringLiteral("recursive")}},
            [done, cid](Result<QByteArray> r) {
                if (r) {
                    // {"Keys":{"<cid>":{"Type":"recursive"}}}; any key means pinned (the
                    // node may print the CID in another base than we asked with).
                    const QJsonObject keys = QJsonDocument::fromJson(*r)
                                                 .object()
                                                 .value(QStringLiteral("Keys"))
                                                 .toObject();
                    done(!keys.isEmpty());
                } else if (r.error().code == Error::Network) {
                    done(r.error());
                } else {
                    done(false); // "not pinned": the RPC answers it as an error
                }
            });
    };
    t.pin = [k, pinTimeoutMs](const QString &cid, const QString &,
                              std::function<void(Result<QString>)> done) {
        if (!k) {
            done(Error(Error::Cancelled, QStringLiteral("the RPC client is gone")));
            return;
        }
        k->call(
            QStringLiteral("pin/add"),
            {{QStringLiteral("arg"), cid},
             {QStringLiteral("recursive"), QStringLiteral("true")},
             // The node stops searching too, not only we stop waiting.
             {QStringLiteral("timeout"), QStringLiteral("%1ms").arg(qMax(1000, pinTimeoutMs))}},
            [done, pinTimeoutMs](Result<QByteArray> r) {
                if (r)
                    done(QStringLiteral("pinned"));
                else if (r.error().code == Error::Network)
                    done(Error(Error::Network,
                               QStringLiteral("%1 (the node could not fetch the whole DAG within "
                                              "%2 s; is the content online?)")
                                   .arg(r.error().message)
                                   .arg(pinTimeoutMs / 1000)));
                else
                    done(r.error());
            },
            pinTimeoutMs + 2000);
    };
    return t;
}

fetch::PinCheck pinCheck(PinningService *service)
{
    QPointer<PinningService> s(service);
    return [s](const QString &cid, std::function<void(bool, QString)> done) {
        PinningService *client = s.data();
        if (!client) {
            done(false, QStringLiteral("the pinning client is gone"));
            return;
        }
        client->status(cid, [done](Result<PinStatus> r) {
            if (!r)
                done(false, r.error().code == Error::NotFound ? QStringLiteral("not pinned")
                                                              : r.error().message);
            else if (r->status == PinState::Pinned)
                done(true, {});
            else
                done(false, pinStateName(r->status));
        });
    };
}

QList<MirrorItem> mirrorItems(const QList<fetch::ProbeTarget> &targets)
{
    QList<MirrorItem> items;
    QHash<QString, qsizetype> byCid;
    for (const fetch::ProbeTarget &t : targets) {
        const QString cid = t.cid.toString();
        if (auto it = byCid.constFind(cid); it != byCid.constEnd()) {
            items[*it].id += QStringLiteral(", ") + t.id;
            continue;
        }
        byCid.insert(cid, items.size());
        items.append({t.id, cid, t.role});
    }
    return items;
}

QString outcomeName(MirrorOutcome::Kind kind)
{
    switch (kind) {
    case MirrorOutcome::Pinned:
        return QStringLiteral("pinned");
    case MirrorOutcome::Requested:
        return QStringLiteral("requested");
    case MirrorOutcome::AlreadyPinned:
        return QStringLiteral("already pinned");
    case MirrorOutcome::Resumed:
        return QStringLiteral("done earlier");
    case MirrorOutcome::Failed:
        return QStringLiteral("failed");
    case MirrorOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------

MirrorState::MirrorState(QString path, QString target)
    : m_path(std::move(path)), m_target(std::move(target))
{}

QString MirrorState::defaultPath(const QString &target)
{
    QString safe = target;
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            c = u'_';
    }
    return Paths::dataDir() + QStringLiteral("/mirror/") + safe + QStringLiteral(".json");
}

Result<void> MirrorState::load()
{
    m_done.clear();
    QFile f(m_path);
    if (!f.exists())
        return {};
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Io, QStringLiteral("mirror state %1: %2").arg(m_path, f.errorString()));
    if (f.size() > 64 * 1024 * 1024)
        return Error(Error::InvalidInput,
                     QStringLiteral("mirror state %1: larger than 64 MiB").arg(m_path));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
    const QJsonObject o = doc.object();
    if (perr.error != QJsonParseError::NoError || o.value(QStringLiteral("version")).toInt() != 1)
        return Error(Error::InvalidInput,
                     QStringLiteral("mirror state %1 is damaged (%2); delete it to start over "
                                    "(pins already made are then found by a status check)")
                         .arg(m_path, perr.error != QJsonParseError::NoError
                                          ? perr.errorString()
                                          : QStringLiteral("not version 1")));
    const QString target = o.value(QStringLiteral("target")).toString();
    if (target != m_target)
        return Error(Error::InvalidInput,
                     QStringLiteral("mirror state %1 belongs to target \"%2\", not \"%3\"; give "
                                    "another --state file")
                         .arg(m_path, target, m_target));
    const QJsonObject pins = o.value(QStringLiteral("pins")).toObject();
    for (auto it = pins.begin(); it != pins.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        m_done.insert(it.key(), {p.value(QStringLiteral("state")).toString(),
                                 p.value(QStringLiteral("at")).toString()});
    }
    return {};
}

Result<void> MirrorState::save() const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonObject pins;
    for (auto it = m_done.begin(); it != m_done.end(); ++it)
        pins.insert(it.key(), QJsonObject{{QStringLiteral("state"), it.value().first},
                                          {QStringLiteral("at"), it.value().second}});
    const QJsonObject o{{QStringLiteral("version"), 1},
                        {QStringLiteral("target"), m_target},
                        {QStringLiteral("pins"), pins}};
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return Error(Error::Io, QStringLiteral("mirror state %1: %2").arg(m_path, f.errorString()));
    f.write(QJsonDocument(o).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Error(Error::Io, QStringLiteral("mirror state %1: %2").arg(m_path, f.errorString()));
    return {};
}

void MirrorState::markDone(const QString &cid, const QString &state)
{
    m_done.insert(cid, {state, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
}

// ---------------------------------------------------------------------------------------------

Mirror::Mirror(PinTarget target, QString statePath, QObject *parent)
    : QObject(parent), m_target(std::move(target)), m_state(std::move(statePath), m_target.name)
{}

int Mirror::count(MirrorOutcome::Kind kind) const
{
    int n = 0;
    for (const MirrorOutcome &o : m_outcomes)
        n += o.kind == kind;
    return n;
}

void Mirror::start(const QList<MirrorItem> &items)
{
    ++m_generation;
    m_items = items;
    m_outcomes.clear();
    m_nextIndex = 0;
    m_inFlight = 0;
    m_done = 0;
    m_cancelled = false;
    m_running = true;
    m_error = Error();
    for (const MirrorItem &item : items)
        m_outcomes.append({item, MirrorOutcome::Cancelled, QStringLiteral("not started")});
    if (Result<void> r = m_state.load(); !r) {
        m_error = r.error();
        m_running = false;
        QTimer::singleShot(0, this, &Mirror::finished);
        return;
    }
    QTimer::singleShot(0, this, &Mirror::next);
}

void Mirror::next()
{
    if (!m_running)
        return;
    while (!m_cancelled && m_inFlight < m_concurrency && m_nextIndex < m_items.size()) {
        const int index = m_nextIndex++;
        const MirrorItem item = m_items.at(index);
        if (m_state.isDone(item.cid)) {
            // Finished by an earlier run: not asked again, not even for its status.
            m_outcomes[index].kind = MirrorOutcome::Resumed;
            m_outcomes[index].error.clear();
            ++m_done;
            emit progress(m_done, int(m_items.size()), item.cid);
            continue;
        }
        ++m_inFlight;
        QPointer<Mirror> self(this);
        const quint64 generation = m_generation;
        auto alive = [self, generation] {
            const Mirror *m = self.data();
            return m != nullptr && m->m_generation == generation;
        };
        auto doPin = [self, alive, index, item] {
            if (!alive())
                return;
            const QString label = item.id.section(QStringLiteral(", "), 0, 0);
            self->m_target.pin(item.cid, label, [self, alive, index](Result<QString> r) {
                if (!alive())
                    return;
                if (!r)
                    self->settle(index, MirrorOutcome::Failed, r.error().message, r.error().code);
                else
                    self->settle(index,
                                 *r == QLatin1String("pinned") ? MirrorOutcome::Pinned
                                                               : MirrorOutcome::Requested,
                                 *r);
            });
        };
        if (!m_target.isPinned) {
            doPin();
            continue;
        }
        m_target.isPinned(item.cid, [self, alive, index, doPin](Result<bool> r) {
            if (!alive())
                return;
            if (!r)
                self->settle(index, MirrorOutcome::Failed, r.error().message, r.error().code);
            else if (*r)
                self->settle(index, MirrorOutcome::AlreadyPinned, QString());
            else
                doPin();
        });
    }
    if (m_inFlight == 0 && (m_cancelled || m_nextIndex >= m_items.size())) {
        m_running = false;
        emit finished();
    }
}

void Mirror::settle(int index, MirrorOutcome::Kind kind, const QString &error, Error::Code code)
{
    MirrorOutcome &o = m_outcomes[index];
    o.kind = kind;
    o.error = kind == MirrorOutcome::Failed ? error : QString();
    o.errorCode = code;
    if (kind != MirrorOutcome::Failed) {
        m_state.markDone(o.item.cid, kind == MirrorOutcome::AlreadyPinned
                                         ? QStringLiteral("already pinned")
                                         : error /* the state the target reported */);
        if (Result<void> r = m_state.save(); !r && m_error.message.isEmpty())
            m_error = r.error();
    }
    --m_inFlight;
    ++m_done;
    emit progress(m_done, int(m_items.size()), o.item.cid);
    // Through the event loop: a target answering synchronously must not recurse.
    QTimer::singleShot(0, this, &Mirror::next);
}

void Mirror::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    ++m_generation; // answers still on their way are ignored; their pins are not recorded
    m_inFlight = 0;
    QTimer::singleShot(0, this, &Mirror::next);
}

} // namespace pt::publish
