#pragma once

#include "core/result.h"
#include "core/settings.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpMultiPart;
class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;

namespace pt::publish {

// The life of a pin request (IPFS Pinning Service API v1.0.0 `Status`, docs/IPFS.md §6).
enum class PinState { Queued, Pinning, Pinned, Failed };
QString pinStateName(PinState state); // "queued", "pinning", "pinned", "failed"
Result<PinState> pinStateFromName(const QString &name);

// One pin request as the provider reports it (PSA PinStatus; Pinata's pin jobs mapped onto it).
struct PinStatus
{
    QString requestId; // the provider's id (Pinata native: the CID itself)
    PinState status = PinState::Queued;
    QString cid;
    QString name;
    QDateTime created;
    QStringList delegates;
    QJsonObject info;
    QJsonObject meta;
};

struct PinFilter
{
    QStringList cids; // at most 10 (PSA)
    QString name;
    QString match;            // exact, iexact, partial, ipartial (PSA); empty = provider default
    QList<PinState> statuses; // empty = pinned only (the spec's default, sent explicitly)
    QDateTime before;
    QDateTime after;
    int limit = 10; // 1..1000 (PSA)
    QJsonObject meta;
};

struct PinList
{
    int count = 0; // total matches the provider reports (may exceed results.size())
    QList<PinStatus> results;
};

// A remote pinning provider. Asynchronous in KuboRpc's callback style: every callback runs on
// this object's thread, always asynchronously, never after the object is destroyed.
//
// Tokens: given in memory (read from SecretStore by the caller), sent only as an Authorization
// header to the configured host, never put in a URL, a log line or an error message; redirects
// are followed only within the same origin, so a token never reaches another host.
// Provider errors are reported verbatim, prefixed with the provider ("Pinata said: …").
class PinningService : public QObject
{
    Q_OBJECT
public:
    using VoidCallback = std::function<void(Result<void>)>;
    using StatusCallback = std::function<void(Result<PinStatus>)>;
    using ListCallback = std::function<void(Result<PinList>)>;

    explicit PinningService(QObject *parent = nullptr) : QObject(parent) {}

    virtual QString displayName() const = 0; // "Pinata", "psa:my-node", "web3.storage"

    virtual void testCredentials(VoidCallback done) = 0;
    virtual void pin(const QString &cid, const QString &name, const QJsonObject &meta,
                     const QStringList &origins, StatusCallback done) = 0;
    // `idOrCid`: the request id from pin(), or a CID (looked up with list()).
    virtual void status(const QString &idOrCid, StatusCallback done) = 0;
    virtual void list(const PinFilter &filter, ListCallback done) = 0;
    virtual void remove(const QString &idOrCid, VoidCallback done) = 0;
    // Drops every request in flight without running its callback.
    virtual void abortAll() = 0;
};

// Shared HTTP plumbing of the token-based clients (PSA, Pinata): bearer token, our User-Agent,
// same-origin redirects only, timeouts, 429 retries with Retry-After, provider error text.
class HttpPinningClient : public PinningService
{
    Q_OBJECT
public:
    explicit HttpPinningClient(QObject *parent = nullptr);
    ~HttpPinningClient() override;

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    // The secret, kept in memory only. Never logged.
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    // 429 handling: up to `retries` more attempts; the wait is the server's Retry-After (capped
    // at `maxWaitMs`), else 1 s doubling.
    void setRateLimitRetries(int retries, int maxWaitMs = 60000)
    {
        m_maxRetries = retries;
        m_maxRetryWaitMs = maxWaitMs;
    }
    int rateLimitRetriesDone() const { return m_retriesDone; }

    void abortAll() override;

    // Replaces `secret` by "***" in provider text, in case a server echoes the token back.
    static QString redact(QString text, const QString &secret);

protected:
    struct Response
    {
        int status = 0;
        QByteArray body;
    };
    using ResponseCallback = std::function<void(Result<Response>)>;

    // `path` is appended to the base URL's path. Any 2xx is a success; other statuses become
    // an Error via providerError(). `multipart` (reparented to the reply) for uploads.
    void send(const QByteArray &verb, const QString &path,
              const QList<std::pair<QString, QString>> &query, const QByteArray &jsonBody,
              ResponseCallback done);
    void sendMultipart(const QString &path, QHttpMultiPart *multipart, ResponseCallback done,
                       int timeoutMs);
    // The provider-specific text of an error answer ("reason: details").
    virtual QString errorText(int status, const QByteArray &body) const = 0;
    QString providerPrefix() const { return displayName() + QStringLiteral(" said: "); }

private:
    struct Pending;
    QNetworkRequest makeRequest(const QString &path,
                                const QList<std::pair<QString, QString>> &query) const;
    void start(std::shared_ptr<Pending> p);
    void finishReply(QNetworkReply *reply, std::shared_ptr<Pending> p);
    Error errorFor(QNetworkReply *reply, int status, const QByteArray &body) const;

    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 30000;
    int m_maxRetries = 3;
    int m_maxRetryWaitMs = 60000;
    int m_retriesDone = 0;
    QList<QPointer<QNetworkReply>> m_inFlight;
    QList<QPointer<QTimer>> m_timers;
};

// waitUntilPinned: polls status() with backoff (1 s doubling to 30 s by default) until the pin
// is pinned or failed, the total time runs out, or cancel() is called. Reports each state seen.
// Network errors (Error::Network) are retried until the deadline; any other error ends it.
class PinWaiter : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int initialDelayMs = 1000;
        int maxDelayMs = 30000;
        int totalTimeoutMs = 30 * 60 * 1000;
    };
    PinWaiter(PinningService *service, QString idOrCid, Options options, QObject *parent = nullptr);
    PinWaiter(PinningService *service, QString idOrCid, QObject *parent = nullptr)
        : PinWaiter(service, std::move(idOrCid), Options{}, parent)
    {}

    void start();
    void cancel(); // finished(Error::Cancelled) is emitted (asynchronously)
    int polls() const { return m_polls; }

signals:
    void stateChanged(pt::publish::PinState state);
    // Pinned → the status; Failed → Error naming the provider's info; timeout/cancel → Error.
    void finished(const pt::Result<pt::publish::PinStatus> &result);

private:
    void poll();
    void done(const Result<PinStatus> &result);

    QPointer<PinningService> m_service;
    QString m_id;
    Options m_options;
    QTimer *m_timer;
    qint64 m_deadline = 0;
    int m_delay = 0;
    int m_polls = 0;
    bool m_finished = false;
    bool m_haveState = false;
    PinState m_last = PinState::Queued;
};

// A client for a service name as the user writes it: "pinata", "web3storage", "psa:<name>"
// (looked up by name among the configured services, core/settings.h) or "daemon:<name>" (the
// remote pinning service <name> the user registered in their own IPFS node, asked through the
// node's RPC API `daemonApi`: core/publish/daemonpinning.h). The token is not set:
// `secretService` names the SecretStore entry holding it (empty for web3storage, whose CLI
// keeps its own credentials, and for daemon:, whose key stays in the node's config).
struct ServiceHandle
{
    std::unique_ptr<PinningService> service;
    QString secretService;
};
Result<ServiceHandle> createPinningService(const QString &name,
                                           const QList<pt::PinningService> &configured,
                                           const QUrl &daemonApi = QUrl());

} // namespace pt::publish

Q_DECLARE_METATYPE(pt::publish::PinState)
