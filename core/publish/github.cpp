#include "core/publish/github.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pt::publish {

namespace {
// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::publish)
};
} // namespace

Q_LOGGING_CATEGORY(lcGitHub, "pt.github", QtWarningMsg)

namespace {

QString jsonMessage(const GitHubReply &reply)
{
    const QJsonObject o = reply.json.object();
    QString message = o.value(u"message"_s).toString();
    const QJsonArray errors = o.value(u"errors"_s).toArray();
    for (const QJsonValue &e : errors) {
        const QString m = e.isObject() ? e.toObject().value(u"message"_s).toString() : e.toString();
        if (!m.isEmpty())
            message += (message.isEmpty() ? QString() : u": "_s) + m;
    }
    return message;
}

} // namespace

Error gitHubError(const GitHubReply &reply, const QString &doing)
{
    if (reply.status == 0)
        return Error(Error::Network,
                     Msg::tr("GitHub could not be reached while %1: %2; check the network "
                             "or use the offline patch (--patch-out)")
                         .arg(doing, reply.networkError));
    if (reply.status == 401)
        return Error(
            Error::InvalidInput,
            Msg::tr("GitHub rejected the token while %1 (401 %2): log in again (phasic-traces-cli "
                    "publish --login, or login github)")
                .arg(doing, jsonMessage(reply)));
    const bool limited = (reply.status == 403 || reply.status == 429) &&
                         (reply.headers.value("x-ratelimit-remaining") == "0" ||
                          jsonMessage(reply).contains(u"rate limit"_s, Qt::CaseInsensitive));
    if (limited) {
        bool ok = false;
        const qint64 reset = reply.headers.value("x-ratelimit-reset").toLongLong(&ok);
        QString when = Msg::tr("in a while");
        if (ok) {
            const QDateTime t = QDateTime::fromSecsSinceEpoch(reset, Qt::UTC);
            const qint64 minutes =
                std::max<qint64>(0, (reset - QDateTime::currentSecsSinceEpoch() + 59) / 60);
            when = Msg::tr("at %1 (in %2 min)")
                       .arg(t.toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s))
                       .arg(minutes);
        }
        return Error(
            Error::Network,
            Msg::tr("GitHub API rate limit exceeded while %1; it resets %2. Try again then.")
                .arg(doing, when));
    }
    if (reply.status == 403)
        return Error(
            Error::Generic,
            Msg::tr("GitHub refused while %1 (403 %2): the token may lack the public_repo scope "
                    "(fine-grained tokens often cannot open pull requests upstream)")
                .arg(doing, jsonMessage(reply)));
    if (reply.status == 404)
        return Error(Error::NotFound,
                     Msg::tr("GitHub: not found while %1 (404 %2)").arg(doing, jsonMessage(reply)));
    return Error(Error::Generic, Msg::tr("GitHub answered %1 while %2: %3")
                                     .arg(reply.status)
                                     .arg(doing, jsonMessage(reply)));
}

// ---------------------------------------------------------------------------------------------

GitHubClient::GitHubClient(GitHubConfig config, QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_nam(new QNetworkAccessManager(this))
{}

bool GitHubClient::sameOriginAsApi(const QUrl &url) const
{
    const QUrl &api = m_config.apiBase;
    return url.scheme() == api.scheme() &&
           url.host().compare(api.host(), Qt::CaseInsensitive) == 0 &&
           url.port(url.scheme() == u"https"_s ? 443 : 80) ==
               api.port(api.scheme() == u"https"_s ? 443 : 80);
}

void GitHubClient::request(const QByteArray &method, const QString &pathOrUrl,
                           const QByteArray &body, Callback done, bool form)
{
    QUrl url;
    if (pathOrUrl.startsWith(u"http://"_s) || pathOrUrl.startsWith(u"https://"_s)) {
        url = QUrl(pathOrUrl);
    } else {
        url = m_config.apiBase;
        QString base = url.path();
        if (base.endsWith(u'/'))
            base.chop(1);
        const qsizetype q = pathOrUrl.indexOf(u'?');
        url.setPath(base + (q < 0 ? pathOrUrl : pathOrUrl.left(q)));
        if (q >= 0)
            url.setQuery(pathOrUrl.mid(q + 1));
    }
    send(method, url, body, form, 0, std::move(done));
}

void GitHubClient::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                        bool form, int redirects, Callback done)
{
    QNetworkRequest req(url);
    // Redirects by hand: Qt's automatic policies would carry our Authorization header along.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setHeader(QNetworkRequest::UserAgentHeader, m_config.userAgent);
    // A stalled connection must end the job with an error, not leave it waiting forever.
    req.setTransferTimeout(int(m_config.transferTimeout.count()));
    if (form) {
        req.setRawHeader("Accept", "application/json");
        req.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    } else {
        req.setRawHeader("Accept", "application/vnd.github+json");
        req.setRawHeader("X-GitHub-Api-Version", "2022-11-28");
        if (!body.isEmpty())
            req.setRawHeader("Content-Type", "application/json");
    }
    if (!m_token.isEmpty() && sameOriginAsApi(url))
        req.setRawHeader("Authorization", "Bearer " + m_token);
    qCDebug(lcGitHub).noquote() << method << url.toString(QUrl::RemoveUserInfo);

    QNetworkReply *reply = m_nam->sendCustomRequest(req, method, body);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, method, url, body, form, redirects, done = std::move(done)]() {
                reply->deleteLater();
                GitHubReply r;
                r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (r.status == 0)
                    r.networkError = reply->errorString();
                r.body = reply->readAll();
                for (const auto &[name, value] : reply->rawHeaderPairs())
                    r.headers.insert(name.toLower(), value);
                r.json = QJsonDocument::fromJson(r.body);
                if (r.status >= 300 && r.status < 400 && r.status != 304) {
                    const QUrl target =
                        url.resolved(QUrl::fromEncoded(r.headers.value("location")));
                    if (!target.isValid() || redirects >= m_config.maxRedirects ||
                        (target.scheme() != u"https"_s && target.scheme() != u"http"_s)) {
                        r.status = 0;
                        r.networkError =
                            Msg::tr("too many or invalid redirects from %1").arg(url.path());
                        done(r);
                        return;
                    }
                    // 301/302/303 turn a POST into a GET, as browsers and curl do; 307/308 keep it.
                    const bool keep = r.status == 307 || r.status == 308;
                    send(keep ? method : QByteArray("GET"), target, keep ? body : QByteArray(),
                         form, redirects + 1, done);
                    return;
                }
                qCDebug(lcGitHub).noquote() << "->" << r.status;
                done(r);
            });
}

// ---------------------------------------------------------------------------------------------

QString pullRequestBody(const PullRequestSpec &spec)
{
    QString b =
        u"Published with Phasic Traces.\n\n| id | CID | size (bytes) | checksum | pinned |\n"
        u"|---|---|---|---|---|\n"_s;
    for (const PublishedItem &i : spec.items)
        b += u"| `%1` | `%2` | %3 | `%4` | %5 |\n"_s.arg(i.id, i.cid.isEmpty() ? u"-"_s : i.cid)
                 .arg(i.size)
                 .arg(i.checksum, i.pinStatus.isEmpty() ? u"not pinned yet"_s : i.pinStatus);
    b += u"\nFiles changed:\n"_s;
    for (const CommitFile &f : spec.files)
        b += u"- `%1` (%2 bytes)\n"_s.arg(f.path).arg(f.content.size());
    if (!spec.note.isEmpty())
        b += u"\n"_s + spec.note + u"\n"_s;
    return b;
}

QString compareUrl(const QString &owner, const QString &repo, const QString &base,
                   const QString &me, const QString &branch)
{
    return u"https://github.com/%1/%2/compare/%3...%4:%5?expand=1"_s.arg(owner, repo, base, me,
                                                                         branch);
}

QByteArray formatPatchMail(const QString &author, const QString &email, const QString &subject,
                           const QString &body, const QByteArray &diff, const QString &path,
                           const QDateTime &date)
{
    QByteArray m;
    m += "From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\n";
    m += "From: " + author.toUtf8() + " <" + email.toUtf8() + ">\n";
    m +=
        "Date: " + QLocale::c().toString(date, u"ddd, d MMM yyyy HH:mm:ss +0000"_s).toUtf8() + '\n';
    m += "Subject: [PATCH] " + subject.toUtf8() + "\n";
    m += "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: "
         "8bit\n\n";
    if (!body.isEmpty())
        m += body.toUtf8() + (body.endsWith(u'\n') ? "" : "\n");
    m += "---\n\n";
    m += "diff --git a/" + path.toUtf8() + " b/" + path.toUtf8() + '\n';
    m += diff;
    m += "-- \nphasic-traces\n\n";
    return m;
}

// ---------------------------------------------------------------------------------------------

PullRequestJob::PullRequestJob(GitHubClient *client, PullRequestSpec spec, QObject *parent)
    : QObject(parent), m_client(client), m_config(client->config()), m_spec(std::move(spec))
{
    if (m_spec.title.isEmpty())
        m_spec.title = u"Add trace %1"_s.arg(m_spec.id);
    if (m_spec.commitMessage.isEmpty())
        m_spec.commitMessage = m_spec.title;
    m_info.branch = u"phasic-publish/"_s + m_spec.id;
}

void PullRequestJob::start()
{
    QTimer::singleShot(0, this, [this] {
        const GitHubClient *client = m_client.data();
        if (client == nullptr || !client->hasToken())
            return fail(Error(
                Error::InvalidInput,
                Msg::tr("no GitHub token: log in first (phasic-traces-cli publish --login)")));
        if (m_spec.id.isEmpty() || (m_spec.files.isEmpty() && !m_spec.edit))
            return fail(
                Error(Error::InvalidInput, Msg::tr("nothing to publish (no id or no files)")));
        whoAmI();
    });
}

void PullRequestJob::fail(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(error);
    deleteLater();
}

void PullRequestJob::done()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(m_info);
    deleteLater();
}

void PullRequestJob::call(const QByteArray &method, const QString &path, const QJsonDocument &body,
                          const QString &doing, std::function<void(const GitHubReply &)> next,
                          QList<int> okStatuses)
{
    if (!m_client)
        return fail(Error(Error::Cancelled, Msg::tr("the GitHub client went away")));
    emit progress(doing);
    GitHubClient *client = m_client.data();
    client->request(method, path,
                    body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact),
                    [this, doing, next = std::move(next), okStatuses](const GitHubReply &r) {
                        if (okStatuses.contains(r.status))
                            next(r);
                        else
                            fail(gitHubError(r, doing));
                    });
}

void PullRequestJob::whoAmI()
{
    call("GET", u"/user"_s, {}, Msg::tr("checking who the token belongs to"),
         [this](const GitHubReply &r) {
             m_info.me = r.json.object().value(u"login"_s).toString();
             if (m_info.me.isEmpty())
                 return fail(
                     Error(Error::Generic, Msg::tr("GitHub /user answered without a login")));
             fork();
         });
}

void PullRequestJob::fork()
{
    if (m_info.me.compare(m_spec.owner, Qt::CaseInsensitive) == 0) {
        m_forkOwner = m_spec.owner; // the owner publishes into the repository itself
        return upstreamInfo();
    }
    m_forkOwner = m_info.me;
    call("POST", u"/repos/%1/%2/forks"_s.arg(m_spec.owner, m_spec.repo),
         QJsonDocument(QJsonObject{{u"default_branch_only"_s, true}}),
         Msg::tr("forking %1/%2").arg(m_spec.owner, m_spec.repo),
         [this](const GitHubReply &r) {
             // The fork may keep another name if the user already had a repo of that name.
             const QString fullName = r.json.object().value(u"full_name"_s).toString();
             if (fullName.contains(u'/'))
                 m_forkOwner = fullName.section(u'/', 0, 0);
             m_forkRepo = fullName.contains(u'/') ? fullName.section(u'/', 1) : m_spec.repo;
             pollFork(1, std::chrono::milliseconds(0));
         },
         {200, 202});
}

void PullRequestJob::pollFork(int attempt, std::chrono::milliseconds delay)
{
    QTimer::singleShot(delay, this, [this, attempt, delay] {
        const QString doing = Msg::tr("waiting for the fork %1/%2 (attempt %3)")
                                  .arg(m_forkOwner, m_forkRepo)
                                  .arg(attempt);
        emit progress(doing);
        GitHubClient *client = m_client.data();
        if (!client)
            return fail(Error(Error::Cancelled, Msg::tr("the GitHub client went away")));
        client->request("GET", u"/repos/%1/%2"_s.arg(m_forkOwner, m_forkRepo), {},
                        [this, attempt, delay, doing](const GitHubReply &r) {
                            if (r.status == 200)
                                return upstreamInfo();
                            if (r.status != 404)
                                return fail(gitHubError(r, doing));
                            if (attempt >= m_config.forkPollAttempts)
                                return fail(
                                    Error(Error::Network,
                                          Msg::tr("the fork %1/%2 did not appear after %3 checks; "
                                                  "GitHub may be slow, try again in a minute")
                                              .arg(m_forkOwner, m_forkRepo)
                                              .arg(attempt)));
                            const auto next = delay.count() == 0
                                                  ? m_config.forkPollInitial
                                                  : std::min(delay * 2, m_config.forkPollMax);
                            pollFork(attempt + 1, next);
                        });
    });
}

void PullRequestJob::upstreamInfo()
{
    if (m_forkRepo.isEmpty())
        m_forkRepo = m_spec.repo;
    call("GET", u"/repos/%1/%2"_s.arg(m_spec.owner, m_spec.repo), {},
         Msg::tr("reading %1/%2").arg(m_spec.owner, m_spec.repo), [this](const GitHubReply &r) {
             m_info.base = r.json.object().value(u"default_branch"_s).toString();
             if (m_info.base.isEmpty())
                 return fail(
                     Error(Error::Generic, Msg::tr("GitHub did not say the default branch of %1/%2")
                                               .arg(m_spec.owner, m_spec.repo)));
             baseRef();
         });
}

void PullRequestJob::baseRef()
{
    call("GET", u"/repos/%1/%2/git/ref/heads/%3"_s.arg(m_spec.owner, m_spec.repo, m_info.base), {},
         Msg::tr("reading branch %1 of %2/%3").arg(m_info.base, m_spec.owner, m_spec.repo),
         [this](const GitHubReply &r) {
             m_baseSha = r.json.object().value(u"object"_s).toObject().value(u"sha"_s).toString();
             baseCommit();
         });
}

void PullRequestJob::baseCommit()
{
    call("GET", u"/repos/%1/%2/git/commits/%3"_s.arg(m_spec.owner, m_spec.repo, m_baseSha), {},
         Msg::tr("reading commit %1").arg(m_baseSha.left(12)), [this](const GitHubReply &r) {
             m_baseTree = r.json.object().value(u"tree"_s).toObject().value(u"sha"_s).toString();
             editBaseFile();
         });
}

void PullRequestJob::editBaseFile()
{
    if (!m_spec.edit)
        return createBranch();
    QUrlQuery q;
    q.addQueryItem(u"ref"_s, m_baseSha);
    call("GET",
         u"/repos/%1/%2/contents/%3?"_s.arg(m_spec.owner, m_spec.repo, m_spec.editPath) +
             q.toString(QUrl::FullyEncoded),
         {}, Msg::tr("reading %1 on %2").arg(m_spec.editPath, m_info.base),
         [this](const GitHubReply &r) {
             const QJsonObject o = r.json.object();
             if (o.value(u"encoding"_s).toString() != u"base64"_s)
                 return fail(
                     Error(Error::Unsupported,
                           Msg::tr("GitHub returned %1 without its content (encoding \"%2\"); "
                                   "files over 1 MB need the blob API")
                               .arg(m_spec.editPath, o.value(u"encoding"_s).toString())));
             m_info.upstreamText =
                 QByteArray::fromBase64(o.value(u"content"_s).toString().remove(u'\n').toLatin1());
             Result<QByteArray> edited = m_spec.edit(m_info.upstreamText);
             if (!edited)
                 return fail(edited.error().wrapped(
                     Msg::tr("%1 as it is now on %2/%3 %4")
                         .arg(m_spec.editPath, m_spec.owner, m_spec.repo, m_info.base)));
             m_info.editedText = *edited;
             bool replaced = false;
             for (CommitFile &f : m_spec.files) {
                 if (f.path == m_spec.editPath) {
                     f.content = *edited;
                     replaced = true;
                 }
             }
             if (!replaced)
                 m_spec.files.prepend({m_spec.editPath, *edited});
             createBranch();
         });
}

void PullRequestJob::createBranch()
{
    const QString doing =
        Msg::tr("creating branch %1 in %2/%3").arg(m_info.branch, m_forkOwner, m_forkRepo);
    call("POST", u"/repos/%1/%2/git/refs"_s.arg(m_forkOwner, m_forkRepo),
         QJsonDocument(QJsonObject{{u"ref"_s, QString(u"refs/heads/"_s + m_info.branch)},
                                   {u"sha"_s, m_baseSha}}),
         doing,
         [this](const GitHubReply &r) {
             // 422 "Reference already exists": an earlier publish of this id. Reuse the branch
             // (moved to our new commit below), so the open PR, if any, shows the new state.
             m_info.branchReused = r.status == 422;
             m_blobShas.clear();
             uploadBlob(0);
         },
         {201, 422});
}

void PullRequestJob::uploadBlob(int index)
{
    if (index >= m_spec.files.size())
        return createTree();
    const CommitFile &f = m_spec.files.at(index);
    call("POST", u"/repos/%1/%2/git/blobs"_s.arg(m_forkOwner, m_forkRepo),
         QJsonDocument(QJsonObject{{u"content"_s, QString::fromLatin1(f.content.toBase64())},
                                   {u"encoding"_s, u"base64"_s}}),
         Msg::tr("uploading %1 (%2 bytes)").arg(f.path).arg(f.content.size()),
         [this, index](const GitHubReply &r) {
             m_blobShas.append(r.json.object().value(u"sha"_s).toString());
             uploadBlob(index + 1);
         });
}

void PullRequestJob::createTree()
{
    QJsonArray tree;
    for (qsizetype i = 0; i < m_spec.files.size(); ++i)
        tree.append(QJsonObject{{u"path"_s, m_spec.files.at(i).path},
                                {u"mode"_s, u"100644"_s},
                                {u"type"_s, u"blob"_s},
                                {u"sha"_s, m_blobShas.at(i)}});
    call("POST", u"/repos/%1/%2/git/trees"_s.arg(m_forkOwner, m_forkRepo),
         QJsonDocument(QJsonObject{{u"base_tree"_s, m_baseTree}, {u"tree"_s, tree}}),
         Msg::tr("writing the tree"), [this](const GitHubReply &r) {
             m_treeSha = r.json.object().value(u"sha"_s).toString();
             createCommit();
         });
}

void PullRequestJob::createCommit()
{
    call("POST", u"/repos/%1/%2/git/commits"_s.arg(m_forkOwner, m_forkRepo),
         QJsonDocument(QJsonObject{{u"message"_s, m_spec.commitMessage},
                                   {u"tree"_s, m_treeSha},
                                   {u"parents"_s, QJsonArray{m_baseSha}}}),
         Msg::tr("writing the commit"), [this](const GitHubReply &r) {
             m_info.commitSha = r.json.object().value(u"sha"_s).toString();
             moveBranch();
         });
}

void PullRequestJob::moveBranch()
{
    call("PATCH", u"/repos/%1/%2/git/refs/heads/%3"_s.arg(m_forkOwner, m_forkRepo, m_info.branch),
         QJsonDocument(QJsonObject{{u"sha"_s, m_info.commitSha}, {u"force"_s, true}}),
         Msg::tr("moving %1 to the new commit").arg(m_info.branch),
         [this](const GitHubReply &) { openPull(); });
}

void PullRequestJob::openPull()
{
    const QString head = m_forkOwner + u':' + m_info.branch;
    call("POST", u"/repos/%1/%2/pulls"_s.arg(m_spec.owner, m_spec.repo),
         QJsonDocument(QJsonObject{{u"title"_s, m_spec.title},
                                   {u"head"_s, head},
                                   {u"base"_s, m_info.base},
                                   {u"body"_s, pullRequestBody(m_spec)},
                                   {u"maintainer_can_modify"_s, true}}),
         Msg::tr("opening the pull request"),
         [this](const GitHubReply &r) {
             if (r.status == 422) {
                 const QString text = QString::fromUtf8(r.body);
                 if (text.contains(u"already exists"_s, Qt::CaseInsensitive))
                     return findExistingPull();
                 return fail(gitHubError(r, Msg::tr("opening the pull request")));
             }
             m_info.number = r.json.object().value(u"number"_s).toInt();
             m_info.htmlUrl = r.json.object().value(u"html_url"_s).toString();
             done();
         },
         {201, 422});
}

void PullRequestJob::findExistingPull()
{
    QUrlQuery q;
    q.addQueryItem(u"head"_s, m_forkOwner + u':' + m_info.branch);
    q.addQueryItem(u"state"_s, u"open"_s);
    call("GET",
         u"/repos/%1/%2/pulls?"_s.arg(m_spec.owner, m_spec.repo) + q.toString(QUrl::FullyEncoded),
         {}, Msg::tr("finding the open pull request from %1").arg(m_info.branch),
         [this](const GitHubReply &r) {
             const QJsonArray list = r.json.array();
             if (list.isEmpty())
                 return fail(
                     Error(Error::Generic,
                           Msg::tr("GitHub says a pull request from %1:%2 exists but lists none; "
                                   "look at https://github.com/%3/%4/pulls")
                               .arg(m_forkOwner, m_info.branch, m_spec.owner, m_spec.repo)));
             const QJsonObject pr = list.first().toObject();
             m_info.number = pr.value(u"number"_s).toInt();
             m_info.htmlUrl = pr.value(u"html_url"_s).toString();
             m_info.existing = true;
             done();
         });
}

// ---------------------------------------------------------------------------------------------

DeviceLoginJob::DeviceLoginJob(GitHubClient *client, QString scope, QObject *parent)
    : QObject(parent), m_client(client), m_config(client->config()), m_scope(std::move(scope)),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &DeviceLoginJob::poll);
}

void DeviceLoginJob::finish(const Result<QString> &result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    emit finished(result);
    deleteLater();
}

QString defaultGitHubClientId()
{
    const QString fromEnvironment = qEnvironmentVariable("PT_GITHUB_CLIENT_ID");
    return fromEnvironment.isEmpty() ? QStringLiteral(PT_GITHUB_CLIENT_ID) : fromEnvironment;
}

void DeviceLoginJob::start()
{
    QTimer::singleShot(0, this, [this] {
        GitHubClient *client = m_client.data();
        if (!client)
            return finish(Error(Error::Cancelled, Msg::tr("no GitHub client")));
        if (m_config.clientId.isEmpty())
            return finish(
                Error(Error::InvalidInput,
                      Msg::tr("no OAuth client id configured for the GitHub device flow "
                              "(--client-id); or paste a token: login github --token-stdin")));
        QUrlQuery form;
        form.addQueryItem(u"client_id"_s, m_config.clientId);
        form.addQueryItem(u"scope"_s, m_scope);
        QUrl url = m_config.webBase;
        url.setPath(u"/login/device/code"_s);
        client->request(
            "POST", url.toString(), form.toString(QUrl::FullyEncoded).toUtf8(),
            [this](const GitHubReply &r) {
                const QJsonObject o = r.json.object();
                if (r.status != 200 || o.contains(u"error"_s)) {
                    if (r.status == 200)
                        return finish(
                            Error(Error::Generic,
                                  Msg::tr("GitHub refused the device login: %1")
                                      .arg(o.value(u"error_description"_s)
                                               .toString(o.value(u"error"_s).toString()))));
                    return finish(gitHubError(r, Msg::tr("starting the device login")));
                }
                m_deviceCode = o.value(u"device_code"_s).toString();
                m_interval = std::max(1, o.value(u"interval"_s).toInt(5));
                const int expires = o.value(u"expires_in"_s).toInt(900);
                m_deadline = QDateTime::currentDateTimeUtc().addMSecs(
                    qint64(expires) * m_config.deviceSecond.count());
                emit codeReady(o.value(u"user_code"_s).toString(),
                               o.value(u"verification_uri"_s).toString(), expires);
                schedule();
            },
            true);
    });
}

void DeviceLoginJob::schedule()
{
    m_timer->start(std::chrono::milliseconds(m_interval * m_config.deviceSecond.count()));
}

void DeviceLoginJob::poll()
{
    GitHubClient *client = m_client.data();
    if (!client)
        return finish(Error(Error::Cancelled, Msg::tr("no GitHub client")));
    if (QDateTime::currentDateTimeUtc() > m_deadline)
        return finish(
            Error(Error::Cancelled, Msg::tr("the device code expired before it was entered; "
                                            "start the login again")));
    ++m_polls;
    QUrlQuery form;
    form.addQueryItem(u"client_id"_s, m_config.clientId);
    form.addQueryItem(u"device_code"_s, m_deviceCode);
    form.addQueryItem(u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s);
    QUrl url = m_config.webBase;
    url.setPath(u"/login/oauth/access_token"_s);
    client->request(
        "POST", url.toString(), form.toString(QUrl::FullyEncoded).toUtf8(),
        [this](const GitHubReply &r) {
            if (r.status != 200)
                return finish(gitHubError(r, Msg::tr("waiting for the device login")));
            const QJsonObject o = r.json.object();
            const QString token = o.value(u"access_token"_s).toString();
            if (!token.isEmpty())
                return finish(token);
            const QString error = o.value(u"error"_s).toString();
            if (error == u"authorization_pending"_s)
                return schedule();
            if (error == u"slow_down"_s) {
                // RFC 8628 §3.5: add 5 seconds (GitHub also sends the new interval).
                m_interval = std::max(m_interval + 5, o.value(u"interval"_s).toInt(0));
                return schedule();
            }
            if (error == u"expired_token"_s)
                return finish(Error(Error::Cancelled,
                                    Msg::tr("the device code expired; start the login again")));
            if (error == u"access_denied"_s)
                return finish(Error(Error::Cancelled,
                                    Msg::tr("the login was cancelled on GitHub (access denied)")));
            finish(
                Error(Error::Generic, Msg::tr("GitHub device login failed: %1 %2")
                                          .arg(error, o.value(u"error_description"_s).toString())));
        },
        true);
}

} // namespace pt::publish
