#pragma once

#include "core/publish/pinning.h"

#include <QString>
#include <QUrl>

namespace pt::daemon {
class KuboRpc;
}

namespace pt::publish {

// Pinning "via my IPFS node's remote service NAME": the user registered a Pinning Service API
// provider in their own node (`ipfs pin remote service add NAME ENDPOINT KEY`); we ask the node
// (Kubo RPC pin/remote/*) to pin there. The node keeps the endpoint and the key in its config,
// so this app never reads, stores or sends that key. Service name: "daemon:NAME".
//
// Kubo hides the provider's request ids: the "request id" here is the CID, and status()
// looks the CID up with pin/remote/ls (any state). Kubo's RPC takes no meta or origins; they
// are not sent. The node fetches the content from itself, so it should hold the content (the
// pipeline adds it first).
class DaemonRemotePinning : public PinningService
{
    Q_OBJECT
public:
    DaemonRemotePinning(const QUrl &api, QString service, QObject *parent = nullptr);
    ~DaemonRemotePinning() override;

    static QString prefix() { return QStringLiteral("daemon:"); }
    QString serviceName() const { return m_service; }
    pt::daemon::KuboRpc *rpc() const { return m_rpc; }

    QString displayName() const override; // "daemon:NAME"
    // The node lists the service and, asked with stat=true, does not call its key invalid.
    void testCredentials(VoidCallback done) override;
    void pin(const QString &cid, const QString &name, const QJsonObject &meta,
             const QStringList &origins, StatusCallback done) override;
    void status(const QString &idOrCid, StatusCallback done) override;
    void list(const PinFilter &filter, ListCallback done) override;
    void remove(const QString &idOrCid, VoidCallback done) override;
    void abortAll() override;

private:
    Error wrap(const Error &e) const;

    pt::daemon::KuboRpc *m_rpc;
    QString m_service;
};

} // namespace pt::publish
