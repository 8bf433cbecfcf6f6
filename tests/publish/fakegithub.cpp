#include "tests/publish/fakegithub.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace pt::test {

namespace {

QByteArray json(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

QByteArray message(const QString &m)
{
    return json(QJsonObject{{u"message"_s, m},
                            {u"documentation_url"_s, u"https://docs.github.com/rest"_s}});
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

} // namespace

FakeGitHub::FakeGitHub(QObject *parent) : QAbstractHttpServer(parent)
{
    m_startMs = QDateTime::currentMSecsSinceEpoch();
}

quint16 FakeGitHub::start()
{
    m_port = listen(QHostAddress::LocalHost, 0);
    return m_port;
}

QUrl FakeGitHub::baseUrl() const
{
    QUrl u;
    u.setScheme(u"http"_s);
    u.setHost(u"127.0.0.1"_s);
    u.setPort(m_port);
    return u;
}

void FakeGitHub::addUser(const QString &login, const QByteArray &token)
{
    m_tokens.insert(token, login);
}

QString FakeGitHub::storeObject(const QJsonObject &o)
{
    const QByteArray canonical = QJsonDocument(o).toJson(QJsonDocument::Compact); // sorted keys
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha1).toHex());
    m_objects.insert(sha, o);
    return sha;
}

void FakeGitHub::addRepo(const QString &owner, const QString &name,
                         const QMap<QString, QByteArray> &files)
{
    QJsonArray entries;
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString blobSha = storeObject(QJsonObject{
            {u"type"_s, u"blob"_s}, {u"content"_s, QString::fromLatin1(it.value().toBase64())}});
        m_blobs.insert(blobSha, it.value());
        entries.append(QJsonObject{{u"path"_s, it.key()}, {u"sha"_s, blobSha}});
    }
    const QString tree = storeObject(QJsonObject{{u"type"_s, u"tree"_s}, {u"tree"_s, entries}});
    const QString commit = storeObject(QJsonObject{{u"type"_s, u"commit"_s},
                                                   {u"tree"_s, tree},
                                                   {u"message"_s, u"initial"_s},
                                                   {u"parents"_s, QJsonArray()}});
    Repo r;
    r.owner = owner;
    r.name = name;
    r.refs.insert(u"heads/master"_s, commit);
    m_repos.insert(owner + u'/' + name, r);
}

void FakeGitHub::setRateLimited(bool on, qint64 resetEpoch)
{
    m_rateLimited = on;
    m_rateReset = resetEpoch;
}

void FakeGitHub::setRepoRedirect(const QString &fullName, const QUrl &target)
{
    m_redirects.insert(fullName, target);
}

void FakeGitHub::setDeviceFlow(const QStringList &answers, const QByteArray &token, int interval)
{
    m_deviceAnswers = answers;
    m_deviceToken = token;
    m_deviceInterval = interval;
}

QList<FakeGitHub::Recorded> FakeGitHub::requestsTo(const QString &pathPrefix) const
{
    QList<Recorded> list;
    for (const Recorded &r : m_requests)
        if (r.pathAndQuery.startsWith(pathPrefix))
            list.append(r);
    return list;
}

QMap<QString, QByteArray> FakeGitHub::treeFiles(const QString &treeSha) const
{
    QMap<QString, QByteArray> files;
    const QJsonObject tree = m_objects.value(treeSha);
    if (const QString base = tree.value(u"base_tree"_s).toString(); !base.isEmpty())
        files = treeFiles(base);
    for (const QJsonValue &e : tree.value(u"tree"_s).toArray())
        files.insert(e.toObject().value(u"path"_s).toString(),
                     m_blobs.value(e.toObject().value(u"sha"_s).toString()));
    return files;
}

QByteArray FakeGitHub::fileAt(const QString &repo, const QString &ref, const QString &path) const
{
    const QString commit = m_repos.value(repo).refs.value(ref);
    return treeFiles(m_objects.value(commit).value(u"tree"_s).toString()).value(path);
}

void FakeGitHub::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Q_UNUSED(request);
    Q_UNUSED(socket);
}

bool FakeGitHub::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Recorded rec;
    rec.method = methodName(request.method());
    rec.pathAndQuery = request.url().path();
    if (request.url().hasQuery())
        rec.pathAndQuery += u'?' + request.url().query(QUrl::FullyEncoded);
    rec.body = request.body();
    QString user;
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
            rec.hadAuthorization = true;
            const QByteArray token = value.startsWith("Bearer ") ? value.mid(7) : QByteArray();
            user = m_tokens.value(token);
            rec.authorizationValid = !user.isEmpty();
            rec.headers.append({name, "<authorization>"});
        } else {
            rec.headers.append({name, value});
        }
    }
    m_requests.append(rec);

    Answer a;
    const QString path = request.url().path();
    if (path.startsWith(u"/login/"_s)) {
        a = route(rec.method, path, request.url().query(), rec.body, user);
    } else if (m_rateLimited) {
        a.status = 403;
        a.body = message(u"API rate limit exceeded for user ID 1."_s);
        a.headers = {{"x-ratelimit-remaining", "0"},
                     {"x-ratelimit-reset", QByteArray::number(m_rateReset)}};
    } else if (m_requireAuth && user.isEmpty()) {
        a.status = 401;
        a.body = message(u"Bad credentials"_s);
    } else {
        a = route(rec.method, path, request.url().query(QUrl::FullyDecoded), rec.body, user);
    }
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(QHttpServerResponder::StatusCode(a.status));
    responder.writeHeader("Content-Type", "application/json; charset=utf-8");
    responder.writeHeader("Content-Length", QByteArray::number(a.body.size()));
    for (const auto &[k, v] : a.headers)
        responder.writeHeader(k, v);
    responder.writeBody(a.body);
    return true;
}

FakeGitHub::Answer FakeGitHub::route(const QByteArray &method, const QString &path,
                                     const QString &query, const QByteArray &body,
                                     const QString &user)
{
    Answer a;
    const QJsonObject in = QJsonDocument::fromJson(body).object();
    auto notFound = [&a] {
        a.status = 404;
        a.body = message(u"Not Found"_s);
        return a;
    };
    auto created = [&a](const QJsonObject &o) {
        a.status = 201;
        a.body = json(o);
        return a;
    };

    if (path == u"/login/device/code"_s && method == "POST") {
        a.body = json(QJsonObject{{u"device_code"_s, u"dev-code-1"_s},
                                  {u"user_code"_s, u"WDJB-MJHT"_s},
                                  {u"verification_uri"_s, u"https://github.com/login/device"_s},
                                  {u"expires_in"_s, 900},
                                  {u"interval"_s, m_deviceInterval}});
        return a;
    }
    if (path == u"/login/oauth/access_token"_s && method == "POST") {
        m_devicePollTimes.append(QDateTime::currentMSecsSinceEpoch() - m_startMs);
        const QUrlQuery form(QString::fromUtf8(body));
        if (form.queryItemValue(u"grant_type"_s) !=
                u"urn:ietf:params:oauth:grant-type:device_code"_s ||
            form.queryItemValue(u"device_code"_s) != u"dev-code-1"_s) {
            a.body = json(QJsonObject{{u"error"_s, u"incorrect_device_code"_s}});
            return a;
        }
        if (!m_deviceAnswers.isEmpty()) {
            const QString e = m_deviceAnswers.takeFirst();
            QJsonObject o{{u"error"_s, e}};
            if (e == u"slow_down"_s)
                o.insert(u"interval"_s, m_deviceInterval + 5);
            a.body = json(o);
            return a;
        }
        a.body = json(QJsonObject{{u"access_token"_s, QString::fromLatin1(m_deviceToken)},
                                  {u"token_type"_s, u"bearer"_s},
                                  {u"scope"_s, u"public_repo"_s}});
        return a;
    }
    if (path == u"/user"_s && method == "GET") {
        a.body = json(QJsonObject{{u"login"_s, user}, {u"id"_s, 1}});
        return a;
    }

    static const QRegularExpression repoRe(u"^/repos/([^/]+)/([^/]+)(/.*)?$"_s);
    const auto m = repoRe.match(path);
    if (!m.hasMatch())
        return notFound();
    const QString full = m.captured(1) + u'/' + m.captured(2);
    const QString rest = m.captured(3);
    if (rest.isEmpty() && method == "GET" && m_redirects.contains(full)) {
        QUrl target = m_redirects.value(full);
        target.setPath(path);
        a.status = 301;
        a.body = message(u"Moved Permanently"_s);
        a.headers = {{"Location", target.toEncoded()}};
        return a;
    }
    if (!m_repos.contains(full))
        return notFound();
    Repo &repo = m_repos[full];
    if (repo.pollsUntilVisible > 0) {
        --repo.pollsUntilVisible;
        return notFound();
    }
    if (rest.isEmpty() && method == "GET") {
        a.body = json(QJsonObject{{u"full_name"_s, full},
                                  {u"name"_s, repo.name},
                                  {u"owner"_s, QJsonObject{{u"login"_s, repo.owner}}},
                                  {u"default_branch"_s, repo.defaultBranch}});
        return a;
    }
    if (rest == u"/forks"_s && method == "POST") {
        const QString forkName = user + u'/' + repo.name;
        if (!m_repos.contains(forkName)) {
            Repo fork = repo;
            fork.owner = user;
            fork.pollsUntilVisible = m_forkLatency;
            m_repos.insert(forkName, fork);
        }
        a.status = 202;
        a.body = json(QJsonObject{{u"full_name"_s, forkName}, {u"name"_s, repo.name}});
        return a;
    }
    if (rest.startsWith(u"/git/ref/"_s) && method == "GET") {
        const QString ref = rest.mid(9);
        if (!repo.refs.contains(ref))
            return notFound();
        a.body = json(QJsonObject{{u"ref"_s, QString(u"refs/"_s + ref)},
                                  {u"object"_s, QJsonObject{{u"sha"_s, repo.refs.value(ref)},
                                                            {u"type"_s, u"commit"_s}}}});
        return a;
    }
    if (rest.startsWith(u"/git/commits/"_s) && method == "GET") {
        const QJsonObject c = m_objects.value(rest.mid(13));
        if (c.value(u"type"_s) != u"commit"_s)
            return notFound();
        a.body = json(QJsonObject{{u"sha"_s, rest.mid(13)},
                                  {u"tree"_s, QJsonObject{{u"sha"_s, c.value(u"tree"_s)}}}});
        return a;
    }
    if (rest.startsWith(u"/contents/"_s) && method == "GET") {
        QString ref = QUrlQuery(query).queryItemValue(u"ref"_s);
        QString commit =
            repo.refs.value(u"heads/"_s + (ref.isEmpty() ? repo.defaultBranch : ref), ref);
        const QMap<QString, QByteArray> files =
            treeFiles(m_objects.value(commit).value(u"tree"_s).toString());
        const QString file = rest.mid(10);
        if (!files.contains(file))
            return notFound();
        // GitHub wraps the base64 at 60 columns.
        QByteArray b64 = files.value(file).toBase64();
        for (qsizetype i = 60; i < b64.size(); i += 61)
            b64.insert(i, '\n');
        a.body = json(QJsonObject{{u"type"_s, u"file"_s},
                                  {u"path"_s, file},
                                  {u"encoding"_s, u"base64"_s},
                                  {u"content"_s, QString::fromLatin1(b64)}});
        return a;
    }
    if (rest == u"/git/refs"_s && method == "POST") {
        const QString ref = in.value(u"ref"_s).toString();
        if (!ref.startsWith(u"refs/"_s) || !m_objects.contains(in.value(u"sha"_s).toString())) {
            a.status = 422;
            a.body = message(u"Reference update failed"_s);
            return a;
        }
        if (repo.refs.contains(ref.mid(5))) {
            a.status = 422;
            a.body = message(u"Reference already exists"_s);
            return a;
        }
        repo.refs.insert(ref.mid(5), in.value(u"sha"_s).toString());
        return created(QJsonObject{{u"ref"_s, ref}});
    }
    if (rest.startsWith(u"/git/refs/"_s) && method == "PATCH") {
        const QString ref = rest.mid(10);
        if (!repo.refs.contains(ref))
            return notFound();
        repo.refs.insert(ref, in.value(u"sha"_s).toString());
        a.body = json(QJsonObject{{u"ref"_s, QString(u"refs/"_s + ref)}});
        return a;
    }
    if (rest == u"/git/blobs"_s && method == "POST") {
        const QByteArray content =
            QByteArray::fromBase64(in.value(u"content"_s).toString().toLatin1());
        const QString sha = storeObject(QJsonObject{
            {u"type"_s, u"blob"_s}, {u"content"_s, QString::fromLatin1(content.toBase64())}});
        m_blobs.insert(sha, content);
        return created(QJsonObject{{u"sha"_s, sha}});
    }
    if (rest == u"/git/trees"_s && method == "POST") {
        QJsonObject t{{u"type"_s, u"tree"_s}, {u"tree"_s, in.value(u"tree"_s)}};
        if (in.contains(u"base_tree"_s))
            t.insert(u"base_tree"_s, in.value(u"base_tree"_s));
        return created(QJsonObject{{u"sha"_s, storeObject(t)}});
    }
    if (rest == u"/git/commits"_s && method == "POST") {
        QJsonObject c = in;
        c.insert(u"type"_s, u"commit"_s);
        return created(QJsonObject{{u"sha"_s, storeObject(c)}});
    }
    if (rest == u"/pulls"_s && method == "POST") {
        const QString head = in.value(u"head"_s).toString();
        for (const Pull &p : std::as_const(m_pulls)) {
            if (p.repo == full && p.head == head) {
                a.status = 422;
                a.body = json(QJsonObject{
                    {u"message"_s, u"Validation Failed"_s},
                    {u"errors"_s,
                     QJsonArray{QJsonObject{
                         {u"resource"_s, u"PullRequest"_s},
                         {u"code"_s, u"custom"_s},
                         {u"message"_s, u"A pull request already exists for %1."_s.arg(head)}}}}});
                return a;
            }
        }
        Pull p;
        p.number = int(m_pulls.size()) + 1;
        p.repo = full;
        p.head = head;
        p.base = in.value(u"base"_s).toString();
        p.title = in.value(u"title"_s).toString();
        p.body = in.value(u"body"_s).toString();
        p.maintainerCanModify = in.value(u"maintainer_can_modify"_s).toBool();
        m_pulls.append(p);
        return created(QJsonObject{
            {u"number"_s, p.number},
            {u"html_url"_s, u"https://github.com/%1/pull/%2"_s.arg(full).arg(p.number)}});
    }
    if (rest == u"/pulls"_s && method == "GET") {
        const QString head = QUrlQuery(query).queryItemValue(u"head"_s, QUrl::FullyDecoded);
        QJsonArray list;
        for (const Pull &p : std::as_const(m_pulls))
            if (p.repo == full && (head.isEmpty() || p.head == head))
                list.append(QJsonObject{
                    {u"number"_s, p.number},
                    {u"html_url"_s, u"https://github.com/%1/pull/%2"_s.arg(full).arg(p.number)}});
        a.body = json(list);
        return a;
    }
    return notFound();
}

} // namespace pt::test
