#include "core/secrets.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pt {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt)
};

std::chrono::milliseconds &retryDelayRef()
{
    static std::chrono::milliseconds delay{2000};
    return delay;
}

std::chrono::milliseconds &timeoutRef()
{
    static std::chrono::milliseconds timeout{60000};
    return timeout;
}

// True when the failure means "there is no secret service (yet)" rather than a problem with
// the entry. QtKeychain 0.13.2 on Linux reports a missing org.freedesktop.secrets as
// OtherError with the D-Bus text ("The name org.freedesktop.secrets was not provided by any
// .service files"), not NoBackendAvailable (tools/README.md), and a missing session bus as
// OtherError too ("Cannot autolaunch D-Bus without X11 $DISPLAY", "Could not connect").
bool isBackendMissing(QKeychain::Error error, const QString &text)
{
    if (error == QKeychain::NoBackendAvailable)
        return true;
    if (error != QKeychain::OtherError)
        return false;
    static const QRegularExpression re(
        u"(org\\.freedesktop\\.secrets|was not provided|ServiceUnknown|not activatable|"
        u"autolaunch|Could not connect|Connection refused|kwalletd)"_s);
    return re.match(text).hasMatch();
}

// A secret service that is running but cannot take the entry: the login keyring is locked, or
// was never created and the unlock/create prompt could not be shown (no display). gnome-keyring
// 42 then answers 'Object does not exist at path "/org/freedesktop/secrets/collection/login"'.
bool isLocked(const QString &text)
{
    static const QRegularExpression re(
        u"(locked|prompt|collection/login|Object does not exist at path)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

QString describe(SecretJob::Operation op, const QString &service, const QString &account)
{
    const QString what = SecretStore::keychainService(service);
    return op == SecretJob::Operation::Read
               ? Msg::tr("reading the secret %1 (account %2)").arg(what, account)
           : op == SecretJob::Operation::Write
               ? Msg::tr("storing the secret %1 (account %2)").arg(what, account)
               : Msg::tr("removing the secret %1 (account %2)").arg(what, account);
}

} // namespace

// ---- SecretStore ------------------------------------------------------------------------

QString SecretStore::keychainService(const QString &service)
{
    return u"phasic-traces/"_s + service;
}

Result<void> SecretStore::checkKey(const QString &service, const QString &account)
{
    static const QRegularExpression serviceRe(
        u"^(github|pinata|web3storage|kubo-api|psa:[A-Za-z0-9][A-Za-z0-9._-]{0,63})$"_s);
    if (!serviceRe.match(service).hasMatch())
        return Error(
            Error::InvalidInput,
            Msg::tr("secret service name '%1' is not one of github, pinata, web3storage, kubo-api, "
                    "psa:<name>")
                .arg(service));
    static const QRegularExpression accountRe(u"^[^\\x00-\\x1f\\x7f]{1,128}$"_s);
    if (!accountRe.match(account).hasMatch())
        return Error(
            Error::InvalidInput,
            Msg::tr("account name for %1 must be 1-128 printable characters").arg(service));
    return {};
}

SecretJob *SecretStore::read(const QString &service, const QString &account, QObject *parent)
{
    return new SecretJob(SecretJob::Operation::Read, service, account, {}, parent);
}

SecretJob *SecretStore::write(const QString &service, const QString &account, const QString &secret,
                              QObject *parent)
{
    return new SecretJob(SecretJob::Operation::Write, service, account, secret, parent);
}

SecretJob *SecretStore::remove(const QString &service, const QString &account, QObject *parent)
{
    return new SecretJob(SecretJob::Operation::Remove, service, account, {}, parent);
}

void SecretStore::setRetryDelay(std::chrono::milliseconds delay)
{
    retryDelayRef() = delay;
}

std::chrono::milliseconds SecretStore::retryDelay()
{
    return retryDelayRef();
}

void SecretStore::setTimeout(std::chrono::milliseconds timeout)
{
    timeoutRef() = timeout;
}

std::chrono::milliseconds SecretStore::timeout()
{
    return timeoutRef();
}

QString SecretStore::noSecretServiceMessage()
{
    return Msg::tr("No secret service is running (org.freedesktop.secrets). Start GNOME Keyring or "
                   "KWallet, or unlock it, then try again.");
}

// ---- SecretJob --------------------------------------------------------------------------

SecretJob::SecretJob(Operation operation, QString service, QString account, QString secret,
                     QObject *parent)
    : QObject(parent), m_operation(operation), m_service(std::move(service)),
      m_account(std::move(account)), m_secret(std::move(secret))
{}

SecretJob::~SecretJob()
{
    // Destroyed while the backend still works on it (its owner went away): QtKeychain's
    // libsecret callbacks cannot be cancelled, so deleting its job now would leave them a
    // dangling pointer. Detach it instead; it deletes itself (autoDelete) when it finishes.
    detachKeychainJob();
    m_secret.fill(u'\0');
}

void SecretJob::detachKeychainJob()
{
    if (!m_keychainJob)
        return;
    disconnect(m_keychainJob, nullptr, this, nullptr);
    m_keychainJob->setParent(nullptr);
    m_keychainJob = nullptr;
}

void SecretJob::start()
{
    if (m_started)
        return;
    m_started = true;
    Result<void> valid = SecretStore::checkKey(m_service, m_account);
    if (valid && m_operation == Operation::Write && m_secret.isEmpty())
        valid = Error(Error::InvalidInput,
                      Msg::tr("refusing to store an empty secret for %1").arg(m_service));
    if (!valid) {
        const Error error = valid.error();
        QTimer::singleShot(0, this, [this, error] { finish(Status::Failed, error); });
        return;
    }
    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, &SecretJob::onTimeout);
    launch();
}

void SecretJob::launch()
{
    ++m_attempts;
    const QString service = SecretStore::keychainService(m_service);
    QKeychain::Job *job = nullptr;
    switch (m_operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service, this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(service, this);
        write->setTextData(m_secret);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(service, this);
        break;
    }
    // Never fall back to a plain-text QSettings store (Nextcloud compiles it out; we refuse
    // it per job, which is what QtKeychain offers at build time of a consumer).
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(m_account);
    m_keychainJob = job;
    connect(job, &QKeychain::Job::finished, this, &SecretJob::onKeychainFinished);
    m_timeout->start(SecretStore::timeout());
    job->start();
}

void SecretJob::onKeychainFinished(QKeychain::Job *job)
{
    m_timeout->stop();
    m_keychainJob = nullptr;
    const QKeychain::Error error = job->error();
    const QString text = job->errorString();

    if (error == QKeychain::NoError) {
        QString value;
        if (m_operation == Operation::Read)
            value = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        finish(Status::Ok, value);
        return;
    }
    if (isBackendMissing(error, text)) {
        if (m_attempts < 2) {
            // The secret service may still be starting (activated on demand at login):
            // one retry, later, without blocking (a timer, never a sleep).
            QTimer::singleShot(SecretStore::retryDelay(), this, &SecretJob::launch);
            return;
        }
        finish(
            Status::NoBackend,
            Error(Error::Network, SecretStore::noSecretServiceMessage() +
                                      Msg::tr(" (while %1: %2)")
                                          .arg(describe(m_operation, m_service, m_account), text)));
        return;
    }
    switch (error) {
    case QKeychain::EntryNotFound:
        finish(
            Status::NotFound,
            Error(Error::NotFound, Msg::tr("no secret stored for %1 (account %2)")
                                       .arg(SecretStore::keychainService(m_service), m_account)));
        return;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        finish(Status::AccessDenied,
               Error(Error::Generic, Msg::tr("the keyring refused access while %1: %2. Unlock the "
                                             "keyring and try again.")
                                         .arg(describe(m_operation, m_service, m_account), text)));
        return;
    default:
        break;
    }
    if (isLocked(text)) {
        finish(
            Status::AccessDenied,
            Error(Error::Generic,
                  Msg::tr("the keyring is locked or has no default (login) keyring, and no unlock "
                          "prompt could be shown (%1: %2). Unlock or create it in GNOME Keyring "
                          "(Seahorse) or KWallet, then try again.")
                      .arg(describe(m_operation, m_service, m_account), text)));
        return;
    }
    finish(Status::Failed,
           Error(Error::Generic,
                 Msg::tr("%1 failed: %2").arg(describe(m_operation, m_service, m_account), text)));
}

void SecretJob::onTimeout()
{
    detachKeychainJob();
    finish(Status::Failed,
           Error(Error::Network,
                 Msg::tr(
                     "the secret service did not answer within %1 s while %2 (is it waiting for an "
                     "unlock prompt?)")
                     .arg(SecretStore::timeout().count() / 1000)
                     .arg(describe(m_operation, m_service, m_account))));
}

void SecretJob::finish(Status status, const Result<QString> &result)
{
    m_status = status;
    m_secret.fill(u'\0');
    m_secret.clear();
    emit finished(result);
    deleteLater();
}

} // namespace pt
