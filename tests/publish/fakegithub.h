#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace pt::test {

// A stateful stand-in for api.github.com and github.com/login/* (docs/IPFS.md §7), on
// 127.0.0.1. It keeps users, repositories, refs, blobs/trees/commits (fake SHAs: SHA-1 of the
// canonical content, so deterministic), pulls, and records every request (the Authorization
// value is replaced by a marker so tests can search the records for the token).
class FakeGitHub : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Recorded
    {
        QByteArray method;
        QString pathAndQuery;                             // as received
        QList<std::pair<QByteArray, QByteArray>> headers; // Authorization value → "<token N>"
        QByteArray body;
        bool hadAuthorization = false;
        bool authorizationValid = false;
    };
    struct Repo
    {
        QString owner;
        QString name;
        QString defaultBranch = QStringLiteral("master");
        QMap<QString, QString> refs; // "heads/master" → commit sha
        int pollsUntilVisible = 0;   // a fork answers 404 this many times first
    };
    struct Pull
    {
        int number = 0;
        QString repo; // "owner/name"
        QString head; // "me:branch"
        QString base;
        QString title;
        QString body;
        bool maintainerCanModify = false;
    };

    explicit FakeGitHub(QObject *parent = nullptr);
    quint16 start(); // listens on 127.0.0.1, returns the port
    QUrl baseUrl() const;

    // State set-up.
    void addUser(const QString &login, const QByteArray &token);
    // A repo with one commit holding `files` (path → content) on its default branch.
    void addRepo(const QString &owner, const QString &name, const QMap<QString, QByteArray> &files);
    void setForkLatency(int polls) { m_forkLatency = polls; }
    void setRateLimited(bool on, qint64 resetEpoch = 0);
    // GET /repos/{owner}/{name} answers 301 to this other server (a different origin).
    void setRepoRedirect(const QString &fullName, const QUrl &target);
    void setRequireAuth(bool on) { m_requireAuth = on; }
    // Device flow: the answers to successive token polls ("authorization_pending",
    // "slow_down", "access_denied", "expired_token"); after the list, the token.
    void setDeviceFlow(const QStringList &answers, const QByteArray &token, int interval = 1);

    // Inspection.
    const QList<Recorded> &requests() const { return m_requests; }
    QList<Recorded> requestsTo(const QString &pathPrefix) const;
    const QMap<QString, Repo> &repos() const { return m_repos; }
    const QList<Pull> &pulls() const { return m_pulls; }
    QByteArray fileAt(const QString &repo, const QString &ref, const QString &path) const;
    QJsonObject object(const QString &sha) const { return m_objects.value(sha); }
    QByteArray blob(const QString &sha) const { return m_blobs.value(sha); }
    QList<qint64> devicePollTimesMs() const { return m_devicePollTimes; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };
    Answer route(const QByteArray &method, const QString &path, const QString &query,
                 const QByteArray &body, const QString &user);
    QString storeObject(const QJsonObject &o);
    QMap<QString, QByteArray> treeFiles(const QString &treeSha) const;

    QHash<QByteArray, QString> m_tokens; // token → login
    QMap<QString, Repo> m_repos;         // "owner/name"
    QHash<QString, QJsonObject> m_objects;
    QHash<QString, QByteArray> m_blobs;
    QList<Pull> m_pulls;
    QList<Recorded> m_requests;
    QHash<QString, QUrl> m_redirects;
    int m_forkLatency = 0;
    bool m_rateLimited = false;
    qint64 m_rateReset = 0;
    bool m_requireAuth = true;
    QStringList m_deviceAnswers;
    QByteArray m_deviceToken;
    int m_deviceInterval = 1;
    QList<qint64> m_devicePollTimes;
    qint64 m_startMs = 0;
    quint16 m_port = 0;
};

} // namespace pt::test
