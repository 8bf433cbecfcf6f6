#pragma once

#include "core/publish/github.h"
#include "core/publish/pinning.h"
#include "core/result.h"
#include "core/settings.h"

#include <QByteArray>
#include <QDateTime>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

namespace pt::publish {

class DaemonAdd;

// Where tokens come from. The product uses KeychainTokenStore (core/secrets.h, account
// "default"); tests give an in-memory one. Services: "github", "pinata", "psa:<name>".
// A missing entry is Error::NotFound.
class TokenStore
{
public:
    virtual ~TokenStore() = default;
    virtual void read(const QString &service, std::function<void(Result<QString>)> done) = 0;
    virtual void write(const QString &service, const QString &token,
                       std::function<void(Result<void>)> done) = 0;
};

class KeychainTokenStore : public TokenStore
{
public:
    // `githubAccount`: the keyring account of the GitHub token (the CLI's --account).
    explicit KeychainTokenStore(QString githubAccount = QString()) : m_github(githubAccount) {}
    void read(const QString &service, std::function<void(Result<QString>)> done) override;
    void write(const QString &service, const QString &token,
               std::function<void(Result<void>)> done) override;

private:
    QString account(const QString &service) const;
    QString m_github;
};

// What to publish and where: every input of the pipeline, saved in the publish record (so no
// secret ever goes in here).
struct PublishRequest
{
    QString tracePath;            // v1: a trace (.json / .json.gz) ...
    QStringList artifactPaths;    // ... or v2: ptd_pcg .bin artifacts
    QString metadataPath;         // metadata.json
    QString constructionCodePath; // v1, optional
    QString id;                   // empty = metadata's "id"
    QString profile = QStringLiteral("kubo-v0");
    QString packageDir;   // v1: where the package is built; empty = in the record dir
    QString registryPath; // the current registry.json (diff preview, offline patch)
    bool replace = false; // replace an existing entry of the same id
    QUrl daemonApi;       // add through this daemon; empty = no daemon add
    QStringList services; // "pinata", "psa:<name>", "web3storage"
    bool offline = false; // no GitHub: write a patch
    QString patchPath;    // empty = <record dir>/<id>.patch
    QString owner = QStringLiteral("munch-group");
    QString repo = QStringLiteral("phasic-traces");
    QString title; // of the pull request; empty = "Add trace <id>"
    QString note;  // extra text for the pull request body

    bool isTrace() const { return !tracePath.isEmpty(); }
    QJsonObject toJson() const;
    static PublishRequest fromJson(const QJsonObject &o);
    bool operator==(const PublishRequest &other) const = default;
};

// One piece of content on IPFS: the v1 package directory, or one v2 artifact file.
struct PublishContent
{
    QString name; // the id (v1) or the artifact file name (v2)
    QString path; // the directory or file
    QString cid;  // our importer's root under the request's profile
    qint64 size = 0;
    QString checksum; // "sha256:<hex>" of trace.json.gz / of the artifact
};

struct PublishFile // a file of the package preview
{
    QString name;
    qint64 size = 0;
    QString sha256;
    QString cid;
};

// The pipeline's state on disk (Paths::dataDir()/publish/<id>.json by default): what exists
// after each step, so a cancel or a crash leaves an honest account and a resume skips what is
// done. Plain data; no secrets.
struct PublishRecord
{
    enum class Step { Package, Add, Pin, Registry, PullRequest, Done };

    PublishRequest request;
    QString id;
    QDateTime updated;
    // What the inputs were (metadata bytes hashed, input files by size and mtime): a changed
    // description on the same paths still means a new package.
    QString inputs;
    static QString fingerprint(const PublishRequest &request);
    // Package.
    bool packaged = false;
    QString rootCid; // v1: the package directory; v2: the parent artifact
    QList<PublishContent> contents;
    QList<PublishFile> files;
    QByteArray entryJson; // the registry entry, as json.dumps(indent=2) writes it
    // Add ("" = not done, "added", "skipped": no daemon).
    QString addState;
    QString daemonCid;
    // Pin, per service and content CID (v1: the package directory; v2: every artifact):
    // state ("queued", "pinning", "pinned", "failed"; "" = not asked yet), request id, error.
    // Records of version 1 had one pin per service (of the first CID); load() migrates them.
    struct Pin
    {
        QString state;
        QString requestId;
        QString error;
    };
    QMap<QString, QMap<QString, Pin>> pins; // service -> CID -> pin
    // The CIDs each service pins: every content's CID, in content order.
    QStringList pinCids() const;
    Pin pin(const QString &service, const QString &cid) const
    {
        return pins.value(service).value(cid);
    }
    QString contentName(const QString &cid) const; // the content of that CID, for messages
    bool pinnedOn(const QString &service) const;   // every CID pinned there
    // Registry.
    bool registryEdited = false;
    QByteArray diff;
    // Pull request or patch.
    QString prUrl;
    int prNumber = 0;
    bool prExisting = false;
    QString patchPath;
    QString compareUrl;
    QString offlineReason;
    // The last failure (step name + message); empty when none.
    QString errorStep;
    QString error;
    bool cancelled = false;

    static QString stepName(Step step); // "package", "add", "pin", "registry", "pr", "done"
    Step nextStep() const;              // the first step not done
    bool allPinned() const;
    // "Package built (Qm…); added to the local daemon; pinned on Pinata; no pull request
    // opened." — what exists, for a cancel dialog and the CLI.
    QString summary() const;

    QJsonObject toJson() const;
    static Result<PublishRecord> fromJson(const QJsonObject &o);
    Result<void> save(const QString &path) const;
    static Result<PublishRecord> load(const QString &path);
};

// package → local CID → daemon add (roots compared) → pins (each waited for) → registry edit →
// pull request (or an offline patch), as one asynchronous state machine. Each step writes the
// record before the next starts; start() on a record with finished steps skips them (resume).
// Progress at every step; cancel() at any time (finished(Cancelled), record kept).
class PublishPipeline : public QObject
{
    Q_OBJECT
public:
    using Step = PublishRecord::Step;

    PublishPipeline(pt::Settings *settings, TokenStore *tokens, QObject *parent = nullptr);
    ~PublishPipeline() override;

    void setGitHubConfig(const GitHubConfig &config) { m_github = config; }
    const GitHubConfig &gitHubConfig() const { return m_github; }
    void setPinWait(int initialDelayMs, int maxDelayMs, int totalTimeoutMs);
    // The pinning services known (endpoints); default: settings->pinningServices().
    void setConfiguredServices(const QList<pt::PinningService> &services);
    // Where records live; default Paths::dataDir()/publish.
    void setRecordDir(const QString &dir) { m_recordDir = dir; }
    QString recordDir() const;
    static QString recordPathFor(const QString &dir, const QString &id);
    QString recordPath() const; // of the current record (empty before an id is known)

    // A new publish. Finished steps are invalidated where the request changed their inputs
    // (a new description → a new package → new CID → new pins/PR).
    void setRequest(const PublishRequest &request);
    // Continues a saved record.
    Result<void> resume(const QString &recordPath);
    const PublishRecord &record() const { return m_record; }

    // Runs the steps not done yet, stopping after `last` (the wizard runs page by page).
    void start(Step last = Step::Done);
    void cancel();
    bool isRunning() const { return m_running; }
    Step currentStep() const { return m_step; }

    // The offline path on demand: writes the patch (registry diff as a git am mail) and fills
    // patchPath/compareUrl. Needs the Registry step done.
    Result<QString> savePatch(const QString &path = QString(), const QString &reason = QString());
    // The pull request as it would be opened now (title, body items, files): for a preview.
    PullRequestSpec pullRequestSpec() const;

signals:
    void stepStarted(pt::publish::PublishRecord::Step step);
    void progress(qint64 done, qint64 total); // total 0 = unknown
    void message(const QString &text);
    // One (service, CID) pin changed state.
    void pinStateChanged(const QString &service, const QString &cid, pt::publish::PinState state);
    void recordChanged();
    // Ok when `last` (or Done) was reached; else the error (Cancelled on cancel()).
    void finished(const pt::Result<void> &result);

private:
    void next();
    void fail(const Error &error);
    void saveRecord();
    void runPackage();
    void runAdd(int index);
    void runPins();
    void pinOne(const QString &service, const QString &cid);
    void pinDone(const QString &service, const QString &cid, const Result<PinStatus> &result);
    void setPinState(const QString &service, const QString &cid, PinState state);
    void runRegistry();
    void runPullRequest();
    void finishPullRequest(const Result<PullRequestInfo> &result);
    QList<PublishedItem> publishedItems() const;
    QString defaultPackageDir() const;

    QPointer<pt::Settings> m_settings;
    TokenStore *m_tokens;
    GitHubConfig m_github;
    QList<pt::PinningService> m_configured;
    bool m_haveConfigured = false;
    QString m_recordDir;
    PublishRecord m_record;
    PinWaiter::Options m_pinWait;
    Step m_step = Step::Package;
    Step m_last = Step::Done;
    bool m_running = false;
    quint64 m_generation = 0; // bumps on cancel: late callbacks of an old run are ignored
    struct PackageOutcome;
    std::unique_ptr<QFutureWatcher<std::shared_ptr<PackageOutcome>>> m_packageWatcher;
    std::shared_ptr<std::atomic_bool> m_packageCancel;
    QPointer<DaemonAdd> m_add;
    QMap<QString, std::shared_ptr<pt::publish::PinningService>> m_services;
    QMap<QString, QPointer<PinWaiter>> m_waiters; // by service + '\n' + CID
    int m_pinsOpen = 0;
    std::unique_ptr<GitHubClient> m_client;
};

} // namespace pt::publish

Q_DECLARE_METATYPE(pt::publish::PublishRecord::Step)
