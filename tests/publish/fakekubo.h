#pragma once

#include "tests/publish/fakehttp.h"

#include <QList>
#include <QMap>
#include <QString>

namespace pt::test {

// A stateful fake of the remote pinning part of Kubo's RPC API (/api/v0/pin/remote/*, as the
// Kubo RPC reference documents it), on 127.0.0.1. js-ipfs, our real test node, does not serve
// pin/remote (its core rejects it as "Not implemented" and its HTTP server has no route), so
// this fake stands in for a Kubo node with remote services registered:
// - every command is a POST (GET → 405, like Kubo); a POST whose User-Agent starts with
//   "Mozilla" and has no Origin is refused with 403, like Kubo;
// - pin/remote/service/ls answers {"RemoteServices":[{"Service","ApiEndpoint"[,"Stat"]}]}
//   ("RemoteServices": null when none), Stat only with stat=true;
// - pin/remote/add (arg, service, name, background) answers {"Status","Cid","Name"} and queues
//   the pin; each pin/remote/ls that matches it advances it queued → pinning → pinned (or →
//   failed for setFailingCid's CID); ls streams one JSON object per line, filtered by the
//   repeated cid= and status= flags (default pinned);
// - pin/remote/rm (service, cid, status, force) removes the matches; several without force is
//   Kubo's error;
// - an unknown service is Kubo's 500 {"Message":"service not found","Code":0,"Type":"error"}.
// It keeps no key: it never needs one, which is the point of the feature.
class FakeKubo : public FakeHttpServer
{
    Q_OBJECT
public:
    explicit FakeKubo(QObject *parent = nullptr);

    void addService(const QString &name, const QString &endpoint) { m_services[name] = endpoint; }
    void setFailingCid(const QString &cid) { m_failingCid = cid; }
    void setInvalidKey(const QString &service) { m_invalid = service; }
    // Every other command (add, pin/ls, version…) is passed on to this real node's RPC API
    // (the js-ipfs test node), so the fake is "a Kubo whose pin/remote works".
    void forwardTo(const QUrl &api) { m_forward = api; }

    struct Pin
    {
        QString service;
        QString cid;
        QString name;
        int lists = 0;
        bool fails = false;
        bool background = false;
        QString status() const;
    };
    const QList<Pin> &pins() const { return m_pins; }
    // The pins of `service` that are pinned, by CID.
    QStringList pinnedCids(const QString &service) const;

protected:
    FakeResponse handle(const FakeRequest &request) override;

private:
    static FakeResponse rpcError(int status, const QString &message);
    static QByteArray line(const Pin &pin);
    FakeResponse forward(const FakeRequest &request) const;

    QMap<QString, QString> m_services;
    QList<Pin> m_pins;
    QString m_failingCid;
    QString m_invalid;
    QUrl m_forward;
};

} // namespace pt::test
