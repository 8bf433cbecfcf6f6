#pragma once

#include "tests/publish/fakehttp.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace pt::test {

// A stateful fake of Pinata's native API (docs/IPFS.md §6) on 127.0.0.1:
// - Bearer token check (401 with Pinata's error shape for a bad one);
// - pinByHash creates a pin job whose state advances with each status lookup
//   (prechecking → retrieving → pinned) — a lookup is a GET /data/pinList?hashContains=CID;
// - pinFileToIPFS rebuilds the uploaded folder and computes its CID with our importer
//   (kubo-v0 for cidVersion 0, kubo-v1 for 1), like Pinata's Kubo-default import;
// - a rate limit: more than `limit` requests within `windowMs` → 429 with Retry-After;
// - a redirect mode: every request is answered 307 to another server (other origin);
// - paths under /old/ are answered 308 to the same path without it (same origin).
class FakePinata : public FakeHttpServer
{
    Q_OBJECT
public:
    explicit FakePinata(QString token, QObject *parent = nullptr);

    void setRateLimit(int limit, int windowMs, int retryAfterSeconds)
    {
        m_rateLimit = limit;
        m_windowMs = windowMs;
        m_retryAfter = retryAfterSeconds;
    }
    void setRedirectTo(const QUrl &other) { m_redirectTo = other; }

    struct Pin
    {
        QString cid;
        QString name;
        QJsonObject keyvalues;
        int lookups = 0;
        bool uploaded = false; // pinFileToIPFS: pinned at once
        qint64 size = 0;
        QDateTime date;
        bool pinned() const { return uploaded || lookups >= 3; }
    };
    const QMap<QString, Pin> &pins() const { return m_pins; }
    // The folder layout of the last pinFileToIPFS (part names), for assertions.
    QStringList lastUploadNames() const { return m_lastUploadNames; }
    int rateLimited() const { return m_rateLimited; }

protected:
    FakeResponse handle(const FakeRequest &request) override;

private:
    FakeResponse upload(const FakeRequest &request);
    static QJsonObject row(const Pin &pin);

    QString m_token;
    int m_rateLimit = 0;
    int m_windowMs = 60000;
    int m_retryAfter = 1;
    qint64 m_windowStart = 0;
    int m_windowCount = 0;
    int m_rateLimited = 0;
    QUrl m_redirectTo;
    QMap<QString, Pin> m_pins;
    QStringList m_lastUploadNames;
};

} // namespace pt::test
