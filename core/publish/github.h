#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace pt::publish {

// Where and how we talk to GitHub (docs/IPFS.md §7). Tests point both bases at a local fake.
struct GitHubConfig
{
    QUrl apiBase = QUrl(QStringLiteral("https://api.github.com"));
    QUrl webBase = QUrl(QStringLiteral("https://github.com")); // device flow endpoints
    QString clientId;                                          // OAuth app (device flow)
    QByteArray userAgent = "phasic-traces";
    // A new fork appears asynchronously: poll GET /repos/{me}/{repo} with doubling delays.
    int forkPollAttempts = 8;
    std::chrono::milliseconds forkPollInitial{1000};
    std::chrono::milliseconds forkPollMax{16000};
    // The device flow's "interval" is in seconds; tests make a second shorter.
    std::chrono::milliseconds deviceSecond{1000};
    int maxRedirects = 5;
    std::chrono::milliseconds transferTimeout{60000};
};

// The OAuth app client id for the device flow: $PT_GITHUB_CLIENT_ID when set, else the one this
// build was configured with (CMake PT_GITHUB_CLIENT_ID); empty when neither names one.
QString defaultGitHubClientId();

// One API answer.
struct GitHubReply
{
    int status = 0;       // HTTP status; 0 = no HTTP answer (see networkError)
    QString networkError; // transport failure text, empty when there was an HTTP answer
    QByteArray body;
    QJsonDocument json;                    // body parsed (null when it is not JSON)
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

// Turns a failed reply into an Error that says what to do: 401 → log in again, rate limit →
// when it resets, transport failure → Error::Network.
Error gitHubError(const GitHubReply &reply, const QString &doing);

// The thin async client. The token goes only into the Authorization header and only to the
// apiBase origin (scheme, host, port): never into a URL, never to another host on a redirect
// (redirects are followed here, by hand, for that reason), never into a log message.
class GitHubClient : public QObject
{
    Q_OBJECT
public:
    explicit GitHubClient(GitHubConfig config, QObject *parent = nullptr);

    const GitHubConfig &config() const { return m_config; }
    void setToken(const QString &token) { m_token = token.toUtf8(); }
    bool hasToken() const { return !m_token.isEmpty(); }
    QNetworkAccessManager *network() const { return m_nam; }

    using Callback = std::function<void(const GitHubReply &)>;
    // `pathOrUrl`: "/repos/o/r" (relative to apiBase) or an absolute URL. `body` is JSON unless
    // `form` (application/x-www-form-urlencoded, for the OAuth endpoints).
    void request(const QByteArray &method, const QString &pathOrUrl, const QByteArray &body,
                 Callback done, bool form = false);

private:
    void send(const QByteArray &method, const QUrl &url, const QByteArray &body, bool form,
              int redirects, Callback done);
    bool sameOriginAsApi(const QUrl &url) const;

    GitHubConfig m_config;
    QNetworkAccessManager *m_nam;
    QByteArray m_token;
};

// What a PR publishes; listed in the PR body.
struct PublishedItem
{
    QString id;
    QString cid;
    qint64 size = 0;
    QString checksum;  // "sha256:<hex>"
    QString pinStatus; // "pinned on pinata", "not pinned yet", ...
};

struct CommitFile
{
    QString path;       // in the repository, e.g. "registry.json", "artifacts/<h>.bin"
    QByteArray content; // any bytes (sent as base64 blobs)
};

struct PullRequestSpec
{
    QString owner = QStringLiteral("munch-group");
    QString repo = QStringLiteral("phasic-traces");
    QString id; // the branch is phasic-publish/<id>
    QList<CommitFile> files;
    QString title;         // default "Add trace <id>"
    QString commitMessage; // default = title
    QList<PublishedItem> items;
    QString note; // extra text for the body
    // When set, the job reads `editPath` from upstream's default branch as it is now and
    // commits edit(that text) as that file - so a stale local copy can never revert someone
    // else's entries. An edit error (e.g. the id is now taken upstream) ends the job.
    QString editPath = QStringLiteral("registry.json");
    std::function<Result<QByteArray>(const QByteArray &upstreamText)> edit;
};

struct PullRequestInfo
{
    int number = 0;
    QString htmlUrl;
    QString me;     // the authenticated login
    QString branch; // phasic-publish/<id>
    QString base;   // upstream's default branch
    QString commitSha;
    QByteArray editedText;     // what was committed as spec.editPath when spec.edit was set
    QByteArray upstreamText;   // spec.editPath on the base commit (for the diff)
    bool existing = false;     // a PR from this branch was already open; it now has our commit
    bool branchReused = false; // the branch existed in the fork and was moved to our commit
};

QString pullRequestBody(const PullRequestSpec &spec);
QString compareUrl(const QString &owner, const QString &repo, const QString &base,
                   const QString &me, const QString &branch);
// A `git format-patch` style mail with `diff` (a unified diff with a/ b/ paths): `git am` and
// `git apply` accept it. `date` fixes the Date header (tests).
QByteArray formatPatchMail(const QString &author, const QString &email, const QString &subject,
                           const QString &body, const QByteArray &diff, const QString &path,
                           const QDateTime &date);

// Fork → branch → commit (Git Data API) → pull request, all asynchronous. finished() is
// emitted exactly once; the job deletes itself afterwards.
class PullRequestJob : public QObject
{
    Q_OBJECT
public:
    PullRequestJob(GitHubClient *client, PullRequestSpec spec, QObject *parent = nullptr);
    void start();

signals:
    void progress(const QString &step);
    void finished(const pt::Result<pt::publish::PullRequestInfo> &result);

private:
    void fail(const Error &error);
    void done();
    void call(const QByteArray &method, const QString &path, const QJsonDocument &body,
              const QString &doing, std::function<void(const GitHubReply &)> next,
              QList<int> okStatuses = {200, 201});
    void whoAmI();
    void fork();
    void pollFork(int attempt, std::chrono::milliseconds delay);
    void upstreamInfo();
    void baseRef();
    void baseCommit();
    void editBaseFile();
    void createBranch();
    void uploadBlob(int index);
    void createTree();
    void createCommit();
    void moveBranch();
    void openPull();
    void findExistingPull();

    QPointer<GitHubClient> m_client;
    GitHubConfig m_config;
    PullRequestSpec m_spec;
    PullRequestInfo m_info;
    QString m_forkOwner;
    QString m_forkRepo;
    QString m_baseSha;
    QString m_baseTree;
    QString m_treeSha;
    QStringList m_blobShas;
    bool m_finished = false;
};

// OAuth device flow (docs/IPFS.md §7): shows a code, polls until the user approves.
// finished() carries the access token; the caller stores it (SecretStore "github").
class DeviceLoginJob : public QObject
{
    Q_OBJECT
public:
    DeviceLoginJob(GitHubClient *client, QString scope = QStringLiteral("public_repo"),
                   QObject *parent = nullptr);
    void start();
    int pollCount() const { return m_polls; }
    int currentInterval() const { return m_interval; } // seconds

signals:
    void codeReady(const QString &userCode, const QString &verificationUri, int expiresInSeconds);
    void finished(const pt::Result<QString> &token);

private:
    void poll();
    void schedule();
    void finish(const Result<QString> &result);

    QPointer<GitHubClient> m_client;
    GitHubConfig m_config;
    QString m_scope;
    QString m_deviceCode;
    int m_interval = 5;
    int m_polls = 0;
    QDateTime m_deadline;
    QTimer *m_timer;
    bool m_finished = false;
};

} // namespace pt::publish
