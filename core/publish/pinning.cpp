#include "core/publish/pinning.h"

#include "core/daemon/kuborpc.h"
#include "core/publish/daemonpinning.h"
#include "core/publish/pinataclient.h"
#include "core/publish/psaclient.h"
#include "core/publish/web3storage.h"

#include <QDateTime>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace pt::publish {

QString pinStateName(PinState state)
{
    switch (state) {
    case PinState::Queued:
        return u"queued"_s;
    case PinState::Pinning:
        return u"pinning"_s;
    case PinState::Pinned:
        return u"pinned"_s;
    case PinState::Failed:
        return u"failed"_s;
    }
    return u"queued"_s;
}

Result<PinState> pinStateFromName(const QString &name)
{
    for (PinState s : {PinState::Queued, PinState::Pinning, PinState::Pinned, PinState::Failed}) {
        if (pinStateName(s) == name)
            return s;
    }
    return Error(Error::InvalidInput,
                 u"unknown pin status '%1' (expected queued, pinning, pinned or failed)"_s.arg(
                     name.left(40)));
}

// --- HttpPinningClient --------------------------------------------------------------------

struct HttpPinningClient::Pending
{
    QByteArray verb;
    QString path;
    QList<std::pair<QString, QString>> query;
    QByteArray body;
    QHttpMultiPart *multipart = nullptr; // not retried (the devices are consumed)
    ResponseCallback done;
    int timeoutMs = 0;
    int attempt = 0;
};

HttpPinningClient::HttpPinningClient(QObject *parent)
    : PinningService(parent), m_nam(new QNetworkAccessManager(this))
{
    // A redirect to another origin must not carry the token: Qt then stops with
    // InsecureRedirectError instead of following (reported below).
    m_nam->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
}

HttpPinningClient::~HttpPinningClient()
{
    abortAll();
}

void HttpPinningClient::abortAll()
{
    for (const QPointer<QTimer> &t : std::as_const(m_timers)) {
        if (t)
            t->deleteLater();
    }
    m_timers.clear();
    const auto replies = std::exchange(m_inFlight, {});
    for (const QPointer<QNetworkReply> &r : replies) {
        if (r) {
            r->disconnect(this);
            r->abort();
            r->deleteLater();
        }
    }
}

QString HttpPinningClient::redact(QString text, const QString &secret)
{
    if (secret.size() >= 4)
        text.replace(secret, u"***"_s);
    return text;
}

QNetworkRequest
HttpPinningClient::makeRequest(const QString &path,
                               const QList<std::pair<QString, QString>> &query) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &[k, v] : query)
            q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
        url.setQuery(q);
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, pt::daemon::KuboRpc::userAgent());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    return request;
}

void HttpPinningClient::send(const QByteArray &verb, const QString &path,
                             const QList<std::pair<QString, QString>> &query,
                             const QByteArray &jsonBody, ResponseCallback done)
{
    auto p = std::make_shared<Pending>();
    p->verb = verb;
    p->path = path;
    p->query = query;
    p->body = jsonBody;
    p->done = std::move(done);
    p->timeoutMs = m_timeoutMs;
    start(p);
}

void HttpPinningClient::sendMultipart(const QString &path, QHttpMultiPart *multipart,
                                      ResponseCallback done, int timeoutMs)
{
    auto p = std::make_shared<Pending>();
    p->verb = "POST";
    p->path = path;
    p->multipart = multipart;
    p->done = std::move(done);
    p->timeoutMs = timeoutMs > 0 ? timeoutMs : m_timeoutMs;
    start(p);
}

void HttpPinningClient::start(std::shared_ptr<Pending> p)
{
    if (!m_baseUrl.isValid() || m_baseUrl.scheme().isEmpty()) {
        QTimer::singleShot(0, this, [this, p] {
            p->done(Error(Error::InvalidInput,
                          u"%1: no API URL configured (check the pinning service's endpoint in "
                          u"settings)"_s.arg(displayName())));
        });
        if (p->multipart)
            p->multipart->deleteLater();
        return;
    }
    QNetworkRequest request = makeRequest(p->path, p->query);
    request.setTransferTimeout(p->timeoutMs);
    QNetworkReply *reply = nullptr;
    if (p->multipart) {
        reply = m_nam->post(request, p->multipart);
        p->multipart->setParent(reply);
    } else {
        if (!p->body.isNull())
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
        reply = m_nam->sendCustomRequest(request, p->verb, p->body);
    }
    m_inFlight.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, p] { finishReply(reply, p); });
}

void HttpPinningClient::finishReply(QNetworkReply *reply, std::shared_ptr<Pending> p)
{
    m_inFlight.removeAll(reply);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();

    if (status == 429 && !p->multipart && p->attempt < m_maxRetries) {
        // Rate limited (Pinata's free plan: 60 requests/min). Wait as told, then retry.
        int waitMs = (1000 << std::min(p->attempt, 5));
        bool okNum = false;
        const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&okNum);
        if (okNum && retryAfter >= 0) {
            waitMs = retryAfter * 1000;
        } else {
            const QDateTime when = QDateTime::fromString(
                QString::fromLatin1(reply->rawHeader("Retry-After")), Qt::RFC2822Date);
            if (when.isValid())
                waitMs = int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
        }
        waitMs = std::min(waitMs, m_maxRetryWaitMs);
        ++p->attempt;
        ++m_retriesDone;
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        m_timers.append(timer);
        connect(timer, &QTimer::timeout, this, [this, timer, p] {
            m_timers.removeAll(timer);
            timer->deleteLater();
            start(p);
        });
        timer->start(waitMs);
        return;
    }

    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        p->done(Response{status, body});
        return;
    }
    p->done(errorFor(reply, status, body));
}

Error HttpPinningClient::errorFor(QNetworkReply *reply, int status, const QByteArray &body) const
{
    const QString where =
        reply->url().adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo).toString();
    if (reply->error() == QNetworkReply::InsecureRedirectError ||
        reply->error() == QNetworkReply::TooManyRedirectsError) {
        return Error(
            Error::Network,
            u"%1: %2 redirected to another host; not following it, so the token is not "
            u"sent there. Check the endpoint URL in settings."_s.arg(displayName(), where));
    }
    if (status == 0) {
        const QString what = reply->error() == QNetworkReply::OperationCanceledError
                                 ? u"no answer in time (timeout)"_s
                                 : reply->errorString();
        return Error(Error::Network,
                     u"%1: cannot reach %2: %3. Check the network and the endpoint URL."_s.arg(
                         displayName(), where, what));
    }
    const QString text = redact(errorText(status, body), m_token);
    Error::Code code = Error::Generic;
    QString hint;
    if (status == 401 || status == 403)
        hint =
            u" (HTTP %1: the token was refused; log in again with `phasic-traces-cli login`)"_s.arg(
                status);
    else if (status == 404) {
        code = Error::NotFound;
        hint = u" (HTTP 404)"_s;
    } else if (status == 400 || status == 422) {
        code = Error::InvalidInput;
        hint = u" (HTTP %1)"_s.arg(status);
    } else if (status == 429)
        hint = u" (HTTP 429: rate limited, still after the retries allowed; try again later)"_s;
    else
        hint = u" (HTTP %1)"_s.arg(status);
    return Error(code, providerPrefix() + text + hint);
}

// --- factory ------------------------------------------------------------------------------

Result<ServiceHandle> createPinningService(const QString &name,
                                           const QList<pt::PinningService> &configured,
                                           const QUrl &daemonApi)
{
    using Kind = pt::PinningService::Kind;
    ServiceHandle handle;
    if (name == u"pinata"_s) {
        auto client = std::make_unique<PinataClient>();
        for (const pt::PinningService &s : configured) {
            if (s.kind == Kind::Pinata && !s.endpoint.isEmpty())
                client->setBaseUrl(QUrl(s.endpoint));
        }
        handle.service = std::move(client);
        handle.secretService = u"pinata"_s;
        return handle;
    }
    if (name == u"web3storage"_s || name == u"web3.storage"_s) {
        handle.service = std::make_unique<Web3StorageAdapter>();
        return handle;
    }
    if (name.startsWith(u"psa:"_s)) {
        const QString label = name.mid(4);
        QStringList known;
        for (const pt::PinningService &s : configured) {
            if (s.kind != Kind::Psa)
                continue;
            known << u"psa:"_s + s.name;
            if (s.name != label)
                continue;
            const QUrl endpoint(s.endpoint);
            if (!endpoint.isValid() || endpoint.scheme().isEmpty() || endpoint.host().isEmpty())
                return Error(Error::InvalidInput,
                             u"pinning service %1 has no valid endpoint URL ('%2'); fix it in "
                             u"settings"_s.arg(name, s.endpoint));
            auto client = std::make_unique<PsaClient>(label);
            client->setBaseUrl(endpoint);
            handle.service = std::move(client);
            handle.secretService = name;
            return handle;
        }
        return Error(Error::NotFound,
                     u"no pinning service named '%1' in settings (configured: %2)"_s.arg(
                         label, known.isEmpty() ? u"none"_s : known.join(u", "_s)));
    }
    if (name.startsWith(DaemonRemotePinning::prefix())) {
        const QString service = name.mid(DaemonRemotePinning::prefix().size());
        if (service.isEmpty())
            return Error(Error::InvalidInput,
                         u"daemon: needs the name of a remote pinning service of your IPFS node "
                         u"(daemon:NAME; `ipfs pin remote service ls` lists them)"_s);
        if (!daemonApi.isValid() || daemonApi.host().isEmpty())
            return Error(Error::InvalidInput,
                         u"%1 pins through your local IPFS node, but no running node is in use: "
                         u"start the daemon (and add the content to it)"_s.arg(name));
        handle.service = std::make_unique<DaemonRemotePinning>(daemonApi, service);
        return handle; // no secret: the node keeps the service's key
    }
    return Error(Error::InvalidInput,
                 u"unknown pinning service '%1': use pinata, web3storage, psa:<name> or "
                 u"daemon:<name>"_s.arg(name));
}

// --- PinWaiter ----------------------------------------------------------------------------

PinWaiter::PinWaiter(PinningService *service, QString idOrCid, Options options, QObject *parent)
    : QObject(parent), m_service(service), m_id(std::move(idOrCid)), m_options(options),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &PinWaiter::poll);
}

void PinWaiter::start()
{
    m_deadline = QDateTime::currentMSecsSinceEpoch() + m_options.totalTimeoutMs;
    m_delay = m_options.initialDelayMs;
    m_timer->start(0);
}

void PinWaiter::cancel()
{
    if (m_finished)
        return;
    m_timer->stop();
    QTimer::singleShot(0, this, [this] {
        done(Error(Error::Cancelled, u"waiting for the pin of %1 was cancelled"_s.arg(m_id)));
    });
}

void PinWaiter::poll()
{
    if (m_finished)
        return;
    if (!m_service) {
        done(Error(Error::Cancelled, u"the pinning service went away"_s));
        return;
    }
    ++m_polls;
    m_service->status(m_id, [this](Result<PinStatus> r) {
        if (m_finished)
            return;
        if (!r && r.error().code == Error::Network &&
            QDateTime::currentMSecsSinceEpoch() + m_delay < m_deadline) {
            // A dropped connection or a timeout while waiting is not the pin's fate: retry
            // with the same backoff until the deadline.
            m_timer->start(m_delay);
            m_delay = std::min(m_delay * 2, m_options.maxDelayMs);
            return;
        }
        if (!r) {
            done(r.error());
            return;
        }
        if (!m_haveState || r->status != m_last) {
            m_haveState = true;
            m_last = r->status;
            emit stateChanged(r->status);
        }
        if (r->status == PinState::Pinned) {
            done(r);
            return;
        }
        if (r->status == PinState::Failed) {
            QString why;
            for (auto it = r->info.begin(); it != r->info.end(); ++it)
                why += u" %1=%2"_s.arg(it.key(), it.value().toVariant().toString());
            done(Error(Error::Generic,
                       u"%1 reports the pin of %2 as failed%3"_s.arg(
                           m_service->displayName(), r->cid.isEmpty() ? m_id : r->cid,
                           why.isEmpty() ? QString() : u":"_s + why)));
            return;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (now >= m_deadline) {
            done(
                Error(Error::Network,
                      u"%1: %2 still %3 after %4 s; it may finish later (check with `pin status`)"_s
                          .arg(m_service->displayName(), m_id, pinStateName(r->status))
                          .arg(m_options.totalTimeoutMs / 1000)));
            return;
        }
        m_timer->start(int(std::min<qint64>(m_delay, m_deadline - now)));
        m_delay = std::min(m_delay * 2, m_options.maxDelayMs);
    });
}

void PinWaiter::done(const Result<PinStatus> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    emit finished(result);
}

} // namespace pt::publish
