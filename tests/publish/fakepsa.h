#pragma once

#include "tests/publish/fakehttp.h"

#include "core/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace pt::test {

// A strict fake of the IPFS Pinning Service API v1.0.0 on 127.0.0.1. Stricter than the spec
// requires of servers in what it accepts: it validates every request body and query per the
// spec's schemas and answers 400 with the spec's error shape ({"error":{"reason","details"}})
// — limit outside 1..1000, more than 10 CIDs, unknown status or match values, a non-CID cid,
// a name over 255 characters, non-string meta values, origins that are not multiaddrs, a POST
// body that is not application/json. Pin requests advance queued → pinning → pinned, one step
// per GET /pins/{requestid}.
class FakePsa : public FakeHttpServer
{
    Q_OBJECT
public:
    explicit FakePsa(QString token, QObject *parent = nullptr);

    struct Pin
    {
        QString requestId;
        QString cid;
        QString name;
        QStringList origins;
        QJsonObject meta;
        QDateTime created;
        int polls = 0;
        bool fails = false; // goes queued → failed (setFailingCid)
        QString status() const;
    };
    const QList<Pin> &pins() const { return m_pins; }
    int badRequests() const { return m_badRequests; }
    // Pin requests of this CID fail at the service (queued, then "failed"): the provider could
    // not fetch it, say.
    void setFailingCid(const QString &cid) { m_failingCid = cid; }

protected:
    FakeResponse handle(const FakeRequest &request) override;

private:
    FakeResponse bad(const QString &details);
    Result<Pin> validatePin(const FakeRequest &request);
    QJsonObject statusObject(const Pin &pin) const;
    FakeResponse listPins(const FakeRequest &request);

    QString m_token;
    QList<Pin> m_pins;
    int m_next = 1;
    int m_badRequests = 0;
    QString m_failingCid;
};

} // namespace pt::test
