#pragma once

#include "core/result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>

class QTimer;

namespace QKeychain {
class Job;
}

namespace pt {

// One keychain operation, as a job object (docs/STYLE.md "Job objects"): create it with
// SecretStore::read/write/remove, connect finished(), call start(). finished() is emitted
// exactly once, always asynchronously (validation errors included), and the job deletes itself
// afterwards (deleteLater), so never keep the pointer past finished().
//
// The result: for a read, the secret; for write/remove, an empty string. Errors carry
// Error::NotFound (no such entry), Error::Network (no secret service on the session bus, after
// one retry), Error::InvalidInput (bad service/account), Error::Generic (anything else, with
// the backend's text). status() gives the same as an enum for branching.
class SecretJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Remove };
    enum class Status { Pending, Ok, NotFound, NoBackend, AccessDenied, Failed };

    ~SecretJob() override;

    Operation operation() const { return m_operation; }
    QString service() const { return m_service; } // without the "phasic-traces/" prefix
    QString account() const { return m_account; }
    Status status() const { return m_status; }
    int attempts() const { return m_attempts; } // 2 when the one retry was used

    void start();

signals:
    void finished(const pt::Result<QString> &result);

private:
    friend class SecretStore;
    SecretJob(Operation operation, QString service, QString account, QString secret,
              QObject *parent);

    void launch();
    void onKeychainFinished(QKeychain::Job *job);
    void onTimeout();
    void detachKeychainJob();
    void finish(Status status, const Result<QString> &result);

    Operation m_operation;
    QString m_service;
    QString m_account;
    QString m_secret; // write only; cleared as soon as the backend has it
    Status m_status = Status::Pending;
    int m_attempts = 0;
    bool m_started = false;
    QPointer<QKeychain::Job> m_keychainJob;
    QTimer *m_timeout = nullptr;
};

// Secrets only through QtKeychain (docs/STYLE.md; DESIGN.md: QtKeychain for every token).
// Entries are namespaced: keychain service "phasic-traces/<service>", key = account.
// Services: "github", "pinata", "web3storage", "psa:<pinning service name>".
// No insecure fallback: if there is no secret service the job fails with a message naming the
// missing backend; nothing is ever written anywhere else. Values are never logged.
class SecretStore
{
public:
    static constexpr const char *DefaultAccount = "default";

    [[nodiscard]] static SecretJob *read(const QString &service, const QString &account,
                                         QObject *parent = nullptr);
    [[nodiscard]] static SecretJob *write(const QString &service, const QString &account,
                                          const QString &secret, QObject *parent = nullptr);
    [[nodiscard]] static SecretJob *remove(const QString &service, const QString &account,
                                           QObject *parent = nullptr);

    // "phasic-traces/<service>", the name the keychain shows to the user.
    static QString keychainService(const QString &service);
    // Checks a service name ("github", "psa:my-node") and an account (non-empty, printable).
    static Result<void> checkKey(const QString &service, const QString &account);

    // The backend may come up a little after login (gnome-keyring activated on demand, KWallet
    // opening): one retry after this delay (default 2 s). Tests shorten it.
    static void setRetryDelay(std::chrono::milliseconds delay);
    static std::chrono::milliseconds retryDelay();
    // No answer from the backend at all (an unlock prompt nobody sees): give up after this.
    static void setTimeout(std::chrono::milliseconds timeout);
    static std::chrono::milliseconds timeout();

    static QString noSecretServiceMessage();
};

} // namespace pt
