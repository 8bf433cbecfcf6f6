#include "core/publish/daemonpinning.h"

#include "core/daemon/kuborpc.h"

#include <QStringList>

#include <optional>

using namespace Qt::StringLiterals;

namespace pt::publish {

namespace {

PinStatus toStatus(const pt::daemon::RemotePin &p)
{
    PinStatus s;
    s.requestId = p.cid; // Kubo does not expose the provider's request id
    s.cid = p.cid;
    s.name = p.name;
    const Result<PinState> state = pinStateFromName(p.status); // checked by the parser
    s.status = state ? *state : PinState::Queued;
    return s;
}

// Of several requests for one CID the most advanced one tells where the content is.
int rank(PinState s)
{
    switch (s) {
    case PinState::Pinned:
        return 3;
    case PinState::Pinning:
        return 2;
    case PinState::Queued:
        return 1;
    case PinState::Failed:
        return 0;
    }
    return 0;
}

} // namespace

DaemonRemotePinning::DaemonRemotePinning(const QUrl &api, QString service, QObject *parent)
    : PinningService(parent), m_rpc(new pt::daemon::KuboRpc(this)), m_service(std::move(service))
{
    m_rpc->setBaseUrl(api);
}

DaemonRemotePinning::~DaemonRemotePinning() = default;

QString DaemonRemotePinning::displayName() const
{
    return prefix() + m_service;
}

Error DaemonRemotePinning::wrap(const Error &e) const
{
    return e.wrapped(u"your IPFS node's remote pinning service '%1': "_s.arg(m_service));
}

void DaemonRemotePinning::testCredentials(VoidCallback done)
{
    m_rpc->remoteServices(
        [this, done](Result<QList<pt::daemon::RemoteService>> r) {
            if (!r)
                return done(wrap(r.error()));
            QStringList names;
            for (const pt::daemon::RemoteService &s : std::as_const(*r)) {
                names << s.service;
                if (s.service != m_service)
                    continue;
                if (!s.statStatus.isEmpty() && s.statStatus != u"valid"_s)
                    return done(
                        Error(Error::InvalidInput,
                              u"your IPFS node says its remote pinning service '%1' (%2) answers "
                              u"'%3': check the key with `ipfs pin remote service ls --stat`"_s.arg(
                                  m_service, s.apiEndpoint, s.statStatus)));
                return done(Result<void>());
            }
            done(Error(Error::NotFound,
                       u"your IPFS node has no remote pinning service named '%1' (it has: %2); "
                       u"add it with `ipfs pin remote service add %1 ENDPOINT KEY`"_s.arg(
                           m_service, names.isEmpty() ? u"none"_s : names.join(u", "_s))));
        },
        true);
}

void DaemonRemotePinning::pin(const QString &cid, const QString &name, const QJsonObject &meta,
                              const QStringList &origins, StatusCallback done)
{
    Q_UNUSED(meta);
    Q_UNUSED(origins);
    m_rpc->remotePinAdd(cid, m_service, name, [this, done](Result<pt::daemon::RemotePin> r) {
        if (!r)
            return done(wrap(r.error()));
        done(toStatus(*r));
    });
}

void DaemonRemotePinning::status(const QString &idOrCid, StatusCallback done)
{
    m_rpc->remotePinList(
        m_service, {idOrCid}, [this, idOrCid, done](Result<QList<pt::daemon::RemotePin>> r) {
            if (!r)
                return done(wrap(r.error()));
            std::optional<PinStatus> best;
            for (const pt::daemon::RemotePin &p : std::as_const(*r)) {
                if (p.cid != idOrCid)
                    continue;
                const PinStatus s = toStatus(p);
                if (!best || rank(s.status) > rank(best->status))
                    best = s;
            }
            if (!best)
                return done(Error(Error::NotFound,
                                  u"%1 is not pinned (nor queued) at your IPFS node's remote "
                                  u"pinning service '%2'"_s.arg(idOrCid, m_service)));
            done(*best);
        });
}

void DaemonRemotePinning::list(const PinFilter &filter, ListCallback done)
{
    m_rpc->remotePinList(
        m_service, filter.cids, [this, filter, done](Result<QList<pt::daemon::RemotePin>> r) {
            if (!r)
                return done(wrap(r.error()));
            const QList<PinState> wanted =
                filter.statuses.isEmpty() ? QList<PinState>{PinState::Pinned} : filter.statuses;
            PinList out;
            for (const pt::daemon::RemotePin &p : std::as_const(*r)) {
                const PinStatus s = toStatus(p);
                if (!wanted.contains(s.status))
                    continue;
                if (!filter.name.isEmpty() && !s.name.contains(filter.name))
                    continue;
                ++out.count;
                if (out.results.size() < filter.limit)
                    out.results.append(s);
            }
            done(out);
        });
}

void DaemonRemotePinning::remove(const QString &idOrCid, VoidCallback done)
{
    m_rpc->remotePinRemove(m_service, idOrCid, [this, done](Result<void> r) {
        done(r ? r : Result<void>(wrap(r.error())));
    });
}

void DaemonRemotePinning::abortAll()
{
    m_rpc->abortAll();
}

} // namespace pt::publish
