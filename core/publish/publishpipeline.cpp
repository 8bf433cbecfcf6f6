#include "core/publish/publishpipeline.h"

#include "core/ipfs/importer.h"
#include "core/paths.h"
#include "core/publish/daemonadd.h"
#include "core/publish/packagebuilder.h"
#include "core/publish/pinataclient.h"
#include "core/publish/registryeditor.h"
#include "core/secrets.h"
#include "core/workpool.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

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

// ---------------------------------------------------------------------------------------------
// Tokens

QString KeychainTokenStore::account(const QString &service) const
{
    if (service == u"github"_s && !m_github.isEmpty())
        return m_github;
    return QString::fromLatin1(SecretStore::DefaultAccount);
}

void KeychainTokenStore::read(const QString &service, std::function<void(Result<QString>)> done)
{
    SecretJob *job = SecretStore::read(service, account(service), nullptr);
    QObject::connect(job, &SecretJob::finished, job,
                     [done = std::move(done)](const Result<QString> &r) { done(r); });
    job->start();
}

void KeychainTokenStore::write(const QString &service, const QString &token,
                               std::function<void(Result<void>)> done)
{
    SecretJob *job = SecretStore::write(service, account(service), token);
    QObject::connect(job, &SecretJob::finished, job,
                     [done = std::move(done)](const Result<QString> &r) {
                         done(r ? Result<void>() : Result<void>(r.error()));
                     });
    job->start();
}

// ---------------------------------------------------------------------------------------------
// Request and record

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

} // namespace

QJsonObject PublishRequest::toJson() const
{
    return QJsonObject{{u"trace"_s, tracePath},
                       {u"artifacts"_s, QJsonArray::fromStringList(artifactPaths)},
                       {u"metadata"_s, metadataPath},
                       {u"constructionCode"_s, constructionCodePath},
                       {u"id"_s, id},
                       {u"profile"_s, profile},
                       {u"packageDir"_s, packageDir},
                       {u"registryFile"_s, registryPath},
                       {u"replace"_s, replace},
                       {u"daemonApi"_s, daemonApi.toString(QUrl::RemovePassword)}, // never a secret
                       {u"services"_s, QJsonArray::fromStringList(services)},
                       {u"offline"_s, offline},
                       {u"patch"_s, patchPath},
                       {u"owner"_s, owner},
                       {u"repo"_s, repo},
                       {u"title"_s, title},
                       {u"note"_s, note}};
}

PublishRequest PublishRequest::fromJson(const QJsonObject &o)
{
    PublishRequest r;
    r.tracePath = str(o, "trace");
    r.artifactPaths = strings(o.value(u"artifacts"_s));
    r.metadataPath = str(o, "metadata");
    r.constructionCodePath = str(o, "constructionCode");
    r.id = str(o, "id");
    r.profile = o.value(u"profile"_s).toString(u"kubo-v0"_s);
    r.packageDir = str(o, "packageDir");
    r.registryPath = str(o, "registryFile");
    r.replace = o.value(u"replace"_s).toBool();
    r.daemonApi = QUrl(str(o, "daemonApi"));
    r.services = strings(o.value(u"services"_s));
    r.offline = o.value(u"offline"_s).toBool();
    r.patchPath = str(o, "patch");
    r.owner = o.value(u"owner"_s).toString(u"munch-group"_s);
    r.repo = o.value(u"repo"_s).toString(u"phasic-traces"_s);
    r.title = str(o, "title");
    r.note = str(o, "note");
    return r;
}

QString PublishRecord::fingerprint(const PublishRequest &request)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (Result<QByteArray> meta = readInputFile(request.metadataPath, u"metadata"_s); meta)
        h.addData(*meta);
    QStringList files = request.artifactPaths;
    files << request.tracePath << request.constructionCodePath;
    for (const QString &f : std::as_const(files)) {
        const QFileInfo fi(f);
        h.addData(u"%1|%2|%3\n"_s.arg(f)
                      .arg(fi.exists() ? fi.size() : -1)
                      .arg(fi.exists() ? fi.lastModified().toMSecsSinceEpoch() : 0)
                      .toUtf8());
    }
    return QString::fromLatin1(h.result().toHex());
}

QString PublishRecord::stepName(Step step)
{
    switch (step) {
    case Step::Package:
        return u"package"_s;
    case Step::Add:
        return u"add"_s;
    case Step::Pin:
        return u"pin"_s;
    case Step::Registry:
        return u"registry"_s;
    case Step::PullRequest:
        return u"pr"_s;
    case Step::Done:
        return u"done"_s;
    }
    return QString();
}

QStringList PublishRecord::pinCids() const
{
    QStringList cids;
    for (const PublishContent &c : contents)
        if (!c.cid.isEmpty() && !cids.contains(c.cid))
            cids << c.cid;
    return cids;
}

QString PublishRecord::contentName(const QString &cid) const
{
    for (const PublishContent &c : contents)
        if (c.cid == cid)
            return c.name;
    return cid;
}

bool PublishRecord::pinnedOn(const QString &service) const
{
    const QStringList cids = pinCids();
    for (const QString &cid : cids)
        if (pin(service, cid).state != u"pinned"_s)
            return false;
    return !cids.isEmpty();
}

bool PublishRecord::allPinned() const
{
    for (const QString &s : request.services)
        if (!pinnedOn(s))
            return false;
    return true;
}

PublishRecord::Step PublishRecord::nextStep() const
{
    if (!packaged)
        return Step::Package;
    if (addState.isEmpty())
        return Step::Add;
    if (!allPinned())
        return Step::Pin;
    if (!registryEdited)
        return Step::Registry;
    if (prUrl.isEmpty() && patchPath.isEmpty())
        return Step::PullRequest;
    return Step::Done;
}

QString PublishRecord::summary() const
{
    QStringList parts;
    if (!packaged) {
        parts << Msg::tr("Nothing was published (the package is not built yet)");
    } else {
        parts << Msg::tr("Package %1 built (CID %2)").arg(id, rootCid);
        if (addState == u"added"_s)
            parts << Msg::tr("added to the local IPFS daemon");
        else if (addState == u"skipped"_s)
            parts << Msg::tr("not added to a local daemon (none chosen)");
        else
            parts << Msg::tr("not added to the local daemon");
        // Per service; a service that holds every CID is named alone, else each CID is named
        // ("psa:x (b.bin bafy…: …)") so that a partial pin says exactly what is missing.
        QStringList pinned, waiting, failed;
        const QStringList cids = pinCids();
        const bool several = cids.size() > 1;
        for (const QString &s : request.services) {
            if (pinnedOn(s)) {
                pinned << s;
                continue;
            }
            for (const QString &cid : cids) {
                const Pin p = pin(s, cid);
                const QString what = several ? u"%1 %2: "_s.arg(contentName(cid), cid) : QString();
                if (p.state == u"pinned"_s)
                    pinned << Msg::tr("%1 (%2 %3 only)").arg(s, contentName(cid), cid);
                else if (p.state == u"failed"_s)
                    failed << u"%1 (%2%3)"_s.arg(s, what, p.error);
                else if (!p.state.isEmpty())
                    waiting << u"%1 (%2%3)"_s.arg(s, what, p.state);
            }
        }
        if (!pinned.isEmpty())
            parts << Msg::tr("pinned on %1").arg(pinned.join(u", "_s));
        if (!waiting.isEmpty())
            parts << Msg::tr("pin requested on %1").arg(waiting.join(u", "_s));
        if (!failed.isEmpty())
            parts << Msg::tr("pin failed on %1").arg(failed.join(u", "_s));
        if (pinned.isEmpty() && waiting.isEmpty() && failed.isEmpty())
            parts << (request.services.isEmpty() ? Msg::tr("no pinning service chosen")
                                                 : Msg::tr("not pinned anywhere"));
        if (!prUrl.isEmpty())
            parts << (prExisting ? Msg::tr("the open pull request %1 was updated")
                                 : Msg::tr("pull request %1 opened"))
                         .arg(prUrl);
        else if (!patchPath.isEmpty())
            parts << Msg::tr("no pull request opened; patch saved as %1").arg(patchPath);
        else
            parts << Msg::tr("no pull request opened");
    }
    return parts.join(u"; "_s) + u'.';
}

QJsonObject PublishRecord::toJson() const
{
    QJsonArray contentArray;
    for (const PublishContent &c : contents)
        contentArray.append(QJsonObject{{u"name"_s, c.name},
                                        {u"path"_s, c.path},
                                        {u"cid"_s, c.cid},
                                        {u"size"_s, double(c.size)},
                                        {u"checksum"_s, c.checksum}});
    QJsonArray fileArray;
    for (const PublishFile &f : files)
        fileArray.append(QJsonObject{{u"name"_s, f.name},
                                     {u"size"_s, double(f.size)},
                                     {u"sha256"_s, f.sha256},
                                     {u"cid"_s, f.cid}});
    QJsonObject pinObject;
    for (auto it = pins.cbegin(); it != pins.cend(); ++it) {
        QJsonObject perCid;
        for (auto p = it->cbegin(); p != it->cend(); ++p)
            perCid.insert(p.key(), QJsonObject{{u"state"_s, p->state},
                                               {u"requestId"_s, p->requestId},
                                               {u"error"_s, p->error}});
        pinObject.insert(it.key(), perCid);
    }
    return QJsonObject{
        {u"format"_s, u"phasic-traces-publish-record"_s},
        {u"version"_s, 2},
        {u"id"_s, id},
        {u"updated"_s, updated.toUTC().toString(Qt::ISODate)},
        {u"inputs"_s, inputs},
        {u"request"_s, request.toJson()},
        {u"packaged"_s, packaged},
        {u"rootCid"_s, rootCid},
        {u"contents"_s, contentArray},
        {u"files"_s, fileArray},
        {u"entry"_s, QString::fromUtf8(entryJson)},
        {u"add"_s, QJsonObject{{u"state"_s, addState}, {u"daemonCid"_s, daemonCid}}},
        {u"pins"_s, pinObject},
        {u"registryEdited"_s, registryEdited},
        {u"diff"_s, QString::fromUtf8(diff)},
        {u"pullRequest"_s,
         QJsonObject{{u"url"_s, prUrl}, {u"number"_s, prNumber}, {u"existing"_s, prExisting}}},
        {u"patch"_s, QJsonObject{{u"path"_s, patchPath},
                                 {u"compareUrl"_s, compareUrl},
                                 {u"reason"_s, offlineReason}}},
        {u"error"_s, QJsonObject{{u"step"_s, errorStep}, {u"message"_s, error}}},
        {u"cancelled"_s, cancelled},
        {u"summary"_s, summary()},
    };
}

Result<PublishRecord> PublishRecord::fromJson(const QJsonObject &o)
{
    if (o.value(u"format"_s).toString() != u"phasic-traces-publish-record"_s)
        return Error(Error::InvalidInput, Msg::tr("not a publish record (no \"format\" marker)"));
    // Version 1 kept one pin per service (of the first CID only); version 2 one per service
    // and CID.
    const int version = o.value(u"version"_s).toInt();
    if (version != 1 && version != 2)
        return Error(
            Error::Unsupported,
            Msg::tr("publish record version %1 is not supported (this build reads 1 and 2)")
                .arg(version));
    PublishRecord r;
    r.id = str(o, "id");
    r.updated = QDateTime::fromString(str(o, "updated"), Qt::ISODate);
    r.inputs = str(o, "inputs");
    r.request = PublishRequest::fromJson(o.value(u"request"_s).toObject());
    r.packaged = o.value(u"packaged"_s).toBool();
    r.rootCid = str(o, "rootCid");
    for (const QJsonValue &v : o.value(u"contents"_s).toArray()) {
        const QJsonObject c = v.toObject();
        r.contents.append({str(c, "name"), str(c, "path"), str(c, "cid"),
                           qint64(c.value(u"size"_s).toDouble()), str(c, "checksum")});
    }
    for (const QJsonValue &v : o.value(u"files"_s).toArray()) {
        const QJsonObject f = v.toObject();
        r.files.append({str(f, "name"), qint64(f.value(u"size"_s).toDouble()), str(f, "sha256"),
                        str(f, "cid")});
    }
    r.entryJson = str(o, "entry").toUtf8();
    const QJsonObject add = o.value(u"add"_s).toObject();
    r.addState = str(add, "state");
    r.daemonCid = str(add, "daemonCid");
    const QJsonObject pins = o.value(u"pins"_s).toObject();
    for (auto it = pins.begin(); it != pins.end(); ++it) {
        const QJsonObject p = it.value().toObject();
        if (version == 1) {
            // Migration: that pin was of the first content's CID (the root CID). The other
            // artifacts of a v2 publish were never pinned: left empty, a resume pins them.
            const QString cid = r.contents.isEmpty() ? r.rootCid : r.contents.first().cid;
            if (!cid.isEmpty() && !str(p, "state").isEmpty())
                r.pins[it.key()].insert(cid,
                                        {str(p, "state"), str(p, "requestId"), str(p, "error")});
            continue;
        }
        for (auto c = p.begin(); c != p.end(); ++c) {
            const QJsonObject q = c.value().toObject();
            r.pins[it.key()].insert(c.key(),
                                    {str(q, "state"), str(q, "requestId"), str(q, "error")});
        }
    }
    r.registryEdited = o.value(u"registryEdited"_s).toBool();
    r.diff = str(o, "diff").toUtf8();
    const QJsonObject pr = o.value(u"pullRequest"_s).toObject();
    r.prUrl = str(pr, "url");
    r.prNumber = pr.value(u"number"_s).toInt();
    r.prExisting = pr.value(u"existing"_s).toBool();
    const QJsonObject patch = o.value(u"patch"_s).toObject();
    r.patchPath = str(patch, "path");
    r.compareUrl = str(patch, "compareUrl");
    r.offlineReason = str(patch, "reason");
    const QJsonObject err = o.value(u"error"_s).toObject();
    r.errorStep = str(err, "step");
    r.error = str(err, "message");
    r.cancelled = o.value(u"cancelled"_s).toBool();
    if (r.packaged && (r.rootCid.isEmpty() || r.contents.isEmpty() || r.entryJson.isEmpty()))
        return Error(
            Error::InvalidInput,
            Msg::tr("publish record of '%1' says the package is built but lists no CID").arg(r.id));
    return r;
}

Result<void> PublishRecord::save(const QString &path) const
{
    return writeFileAtomically(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

Result<PublishRecord> PublishRecord::load(const QString &path)
{
    Result<QByteArray> bytes = readInputFile(path, Msg::tr("publish record"));
    if (!bytes)
        return bytes.error();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &pe);
    if (!doc.isObject())
        return Error(
            Error::InvalidInput,
            Msg::tr("publish record %1 is not a JSON object: %2").arg(path, pe.errorString()));
    Result<PublishRecord> r = fromJson(doc.object());
    if (!r)
        return r.error().wrapped(path + u": "_s);
    return r;
}

// ---------------------------------------------------------------------------------------------
// The pipeline

struct PublishPipeline::PackageOutcome
{
    Error error;
    bool ok = false;
    QString id;
    QString rootCid;
    QList<PublishContent> contents;
    QList<PublishFile> files;
    QByteArray entryJson;
};

PublishPipeline::PublishPipeline(pt::Settings *settings, TokenStore *tokens, QObject *parent)
    : QObject(parent), m_settings(settings), m_tokens(tokens)
{
    m_pinWait.initialDelayMs = 1000;
    m_pinWait.maxDelayMs = 30000;
    m_pinWait.totalTimeoutMs = 30 * 60 * 1000;
}

PublishPipeline::~PublishPipeline()
{
    ++m_generation;
    if (m_packageCancel)
        m_packageCancel->store(true);
    if (m_add)
        m_add->abort();
    if (m_packageWatcher)
        m_packageWatcher->waitForFinished(); // the worker only reads/writes its own files
}

void PublishPipeline::setPinWait(int initialDelayMs, int maxDelayMs, int totalTimeoutMs)
{
    m_pinWait.initialDelayMs = initialDelayMs;
    m_pinWait.maxDelayMs = maxDelayMs;
    m_pinWait.totalTimeoutMs = totalTimeoutMs;
}

void PublishPipeline::setConfiguredServices(const QList<pt::PinningService> &services)
{
    m_configured = services;
    m_haveConfigured = true;
}

QString PublishPipeline::recordDir() const
{
    return m_recordDir.isEmpty() ? Paths::dataDir() + u"/publish"_s : m_recordDir;
}

QString PublishPipeline::recordPathFor(const QString &dir, const QString &id)
{
    return dir + u'/' + id + u".json"_s;
}

QString PublishPipeline::recordPath() const
{
    return m_record.id.isEmpty() ? QString() : recordPathFor(recordDir(), m_record.id);
}

QString PublishPipeline::defaultPackageDir() const
{
    return recordDir() + u'/' + m_record.id + u"/package"_s;
}

void PublishPipeline::setRequest(const PublishRequest &request)
{
    // The id decides the record's file: the given one, else the metadata's.
    QString id = request.id;
    if (id.isEmpty()) {
        if (Result<QByteArray> meta = readInputFile(request.metadataPath, u"metadata"_s); meta) {
            const QJsonObject o = QJsonDocument::fromJson(*meta).object();
            id = o.value(u"id"_s).toString();
        }
    }
    const PublishRecord old = m_record;
    const bool sameContent = old.request.tracePath == request.tracePath &&
                             old.request.artifactPaths == request.artifactPaths &&
                             old.request.metadataPath == request.metadataPath &&
                             old.request.constructionCodePath == request.constructionCodePath &&
                             old.request.profile == request.profile && old.id == id &&
                             old.request.packageDir == request.packageDir &&
                             old.inputs == PublishRecord::fingerprint(request);
    if (!sameContent || !old.packaged) {
        m_record = PublishRecord();
    } else {
        // Same package: keep it; later steps depend on what changed.
        if (old.request.daemonApi != request.daemonApi)
            m_record.addState.clear();
        for (auto it = m_record.pins.begin(); it != m_record.pins.end();)
            it = request.services.contains(it.key()) ? std::next(it) : m_record.pins.erase(it);
        if (old.request.registryPath != request.registryPath ||
            old.request.replace != request.replace) {
            m_record.registryEdited = false;
            m_record.diff.clear();
        }
        if (old.request.offline != request.offline || old.request.owner != request.owner ||
            old.request.repo != request.repo || !m_record.registryEdited) {
            m_record.patchPath.clear();
            m_record.compareUrl.clear();
            if (m_record.prUrl.isEmpty() || !m_record.registryEdited) {
                m_record.prUrl.clear();
                m_record.prNumber = 0;
            }
        }
    }
    m_record.request = request;
    m_record.id = id;
    m_record.inputs = PublishRecord::fingerprint(request);
    m_record.error.clear();
    m_record.errorStep.clear();
    m_record.cancelled = false;
    emit recordChanged();
}

Result<void> PublishPipeline::resume(const QString &recordPath)
{
    Result<PublishRecord> r = PublishRecord::load(recordPath);
    if (!r)
        return r.error();
    m_record = *r;
    m_record.error.clear();
    m_record.errorStep.clear();
    m_record.cancelled = false;
    m_recordDir = QFileInfo(recordPath).absolutePath();
    emit recordChanged();
    return {};
}

void PublishPipeline::saveRecord()
{
    m_record.updated = QDateTime::currentDateTimeUtc();
    if (!m_record.id.isEmpty()) {
        if (auto r = m_record.save(recordPath()); !r)
            emit message(Msg::tr("could not save the publish record: %1").arg(r.error().message));
    }
    emit recordChanged();
}

void PublishPipeline::start(Step last)
{
    if (m_running)
        return;
    m_running = true;
    m_last = last;
    m_record.error.clear();
    m_record.errorStep.clear();
    m_record.cancelled = false;
    ++m_generation;
    QMetaObject::invokeMethod(
        this, [this] { next(); }, Qt::QueuedConnection);
}

void PublishPipeline::next()
{
    if (!m_running)
        return;
    saveRecord();
    const Step step = m_record.nextStep();
    if (step == Step::Done || int(step) > int(m_last)) {
        m_running = false;
        m_step = step;
        emit finished(Result<void>());
        return;
    }
    m_step = step;
    emit stepStarted(step);
    switch (step) {
    case Step::Package:
        return runPackage();
    case Step::Add:
        return runAdd(0);
    case Step::Pin:
        return runPins();
    case Step::Registry:
        return runRegistry();
    case Step::PullRequest:
        return runPullRequest();
    case Step::Done:
        break;
    }
}

void PublishPipeline::fail(const Error &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_record.errorStep = PublishRecord::stepName(m_step);
    m_record.error = error.message;
    saveRecord();
    emit finished(error);
}

void PublishPipeline::cancel()
{
    if (!m_running)
        return;
    ++m_generation;
    if (m_packageCancel)
        m_packageCancel->store(true);
    if (m_add)
        m_add->abort();
    for (const QPointer<PinWaiter> &w : std::as_const(m_waiters))
        if (w)
            w->deleteLater();
    m_waiters.clear();
    for (const auto &s : std::as_const(m_services))
        s->abortAll();
    m_services.clear();
    m_running = false;
    m_record.cancelled = true;
    m_record.errorStep = PublishRecord::stepName(m_step);
    m_record.error = u"cancelled"_s;
    saveRecord();
    emit finished(Error(Error::Cancelled, Msg::tr("Cancelled. ") + m_record.summary()));
}

// --- package ---------------------------------------------------------------------------------

void PublishPipeline::runPackage()
{
    const PublishRequest req = m_record.request;
    const QString dir = req.packageDir.isEmpty() ? defaultPackageDir() : req.packageDir;
    const bool ownDir = req.packageDir.isEmpty();
    emit message(tr("Building the package and computing its CID (%1)…").arg(req.profile));
    emit progress(0, 0);
    // A build from a cancelled run may still be writing this directory: let it end first
    // (rare, and bounded by one package build).
    if (m_packageWatcher && m_packageWatcher->isRunning())
        m_packageWatcher->waitForFinished();
    m_packageWatcher = std::make_unique<QFutureWatcher<std::shared_ptr<PackageOutcome>>>();
    const quint64 generation = m_generation;
    connect(m_packageWatcher.get(), &QFutureWatcherBase::finished, this, [this, generation] {
        const std::shared_ptr<PackageOutcome> out = m_packageWatcher->result();
        if (generation != m_generation)
            return;
        if (!out->ok)
            return fail(out->error);
        m_record.id = out->id;
        m_record.rootCid = out->rootCid;
        m_record.contents = out->contents;
        m_record.files = out->files;
        m_record.entryJson = out->entryJson;
        m_record.packaged = true;
        emit progress(1, 1);
        next();
    });
    // Progress from the worker, queued to this thread (the destructor waits for the worker).
    m_packageCancel = std::make_shared<std::atomic_bool>(false);
    auto cancelFlag = m_packageCancel;
    QPointer<PublishPipeline> self(this);
    auto report = [self, generation](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            self,
            [self, generation, done, total] {
                PublishPipeline *p = self.data();
                if (p && generation == p->m_generation)
                    emit p->progress(done, total);
            },
            Qt::QueuedConnection);
    };
    m_packageWatcher->setFuture(QtConcurrent::run(workPool(), [req, dir, ownDir, report,
                                                               cancelFlag] {
        auto out = std::make_shared<PackageOutcome>();
        auto failWith = [&](const Error &e) {
            out->error = e;
            return out;
        };
        Result<ipfs::ImportProfile> profile = ipfs::ImportProfile::byName(req.profile);
        if (!profile)
            return failWith(profile.error());
        JsonStyle style;
        if (req.isTrace()) {
            if (ownDir && QFileInfo::exists(dir))
                QDir(dir).removeRecursively(); // ours, from an earlier (changed) run
            PackageOptions o;
            o.tracePath = req.tracePath;
            o.metadataPath = req.metadataPath;
            o.constructionCodePath = req.constructionCodePath;
            o.id = req.id;
            Result<TracePackage> pkg = buildTracePackage(o, dir);
            if (!pkg)
                return failWith(pkg.error());
            qint64 last = -1;
            auto throttled = [&last, &report](qint64 done, qint64 total) {
                // At most ~100 updates per build.
                if (total > 0 && done != total && last >= 0 && (done - last) * 100 < total)
                    return;
                last = done;
                report(done, total);
            };
            if (auto r = computePackageCids(*pkg, req.profile, throttled, cancelFlag.get()); !r)
                return failWith(r.error());
            out->id = pkg->id;
            out->rootCid = pkg->rootCid;
            for (qsizetype i = 0; i < pkg->files.size(); ++i) {
                const PackageFile &f = pkg->files.at(i);
                out->files.append(
                    {f.name, f.size, f.sha256,
                     i < pkg->fileCids.size() ? pkg->fileCids.at(i).second : QString()});
            }
            out->contents.append(
                {pkg->id, pkg->dir, pkg->rootCid, pkg->traceSize, u"sha256:"_s + pkg->traceSha256});
            out->entryJson = writeJson(v1RegistryEntry(*pkg), style);
        } else {
            Result<QByteArray> meta = readInputFile(req.metadataPath, Msg::tr("metadata file"));
            if (!meta)
                return failWith(meta.error());
            Result<OJson> m = validateMetadata(*meta, req.id, &out->id, MetadataKind::V2Compute);
            if (!m)
                return failWith(m.error());
            QList<ArtifactInfo> infos;
            for (const QString &path : req.artifactPaths) {
                Result<ArtifactInfo> info = inspectArtifact(path);
                if (!info)
                    return failWith(info.error());
                ipfs::Importer importer(*profile);
                Result<ipfs::ImportedNode> node = importer.importPath(path);
                if (!node)
                    return failWith(node.error());
                const QString cid = node->cid.toString();
                out->files.append({info->fileName, info->size, info->sha256, cid});
                out->contents.append(
                    {info->fileName, path, cid, info->size, u"sha256:"_s + info->sha256});
                infos.append(*info);
            }
            Result<OJson> entry = v2RegistryEntry(infos, *m);
            if (!entry)
                return failWith(entry.error());
            out->entryJson = writeJson(*entry, style);
            out->rootCid = out->contents.isEmpty() ? QString() : out->contents.first().cid;
        }
        out->ok = true;
        return out;
    }));
}

// --- add -------------------------------------------------------------------------------------

void PublishPipeline::runAdd(int index)
{
    const PublishRequest &req = m_record.request;
    if (req.daemonApi.isEmpty()) {
        m_record.addState = u"skipped"_s;
        return next();
    }
    if (index >= m_record.contents.size()) {
        m_record.addState = u"added"_s;
        return next();
    }
    Result<ipfs::ImportProfile> profile = ipfs::ImportProfile::byName(req.profile);
    if (!profile)
        return fail(profile.error());
    const PublishContent content = m_record.contents.at(index);
    emit message(tr("Adding %1 to the local IPFS daemon…").arg(content.name));
    auto *add = new DaemonAdd(req.daemonApi, *profile, this);
    m_add = add;
    add->setPin(true);
    connect(add, &DaemonAdd::progress, this, &PublishPipeline::progress);
    const quint64 generation = m_generation;
    connect(
        add, &DaemonAdd::finished, this,
        [this, add, index, content, generation](const Result<DaemonAddResult> &r) {
            add->deleteLater();
            if (generation != m_generation)
                return;
            if (!r)
                return fail(
                    r.error().wrapped(Msg::tr("adding %1 to the daemon").arg(content.name)));
            if (r->daemonCid != content.cid)
                return fail(Error(
                    Error::VerifyFailed,
                    Msg::tr("the daemon stored %1 as %2, but the package's CID is %3 (profile %4): "
                            "the publish stops so that no registry entry points at other content")
                        .arg(content.name, r->daemonCid, content.cid, m_record.request.profile)));
            if (index == 0)
                m_record.daemonCid = r->daemonCid;
            runAdd(index + 1);
        });
    add->start(content.path);
}

// --- pin -------------------------------------------------------------------------------------

void PublishPipeline::runPins()
{
    const QList<pt::PinningService> configured =
        m_haveConfigured
            ? m_configured
            : (m_settings ? m_settings->pinningServices() : QList<pt::PinningService>());
    m_pinsOpen = 0;
    // Every (service, CID) not pinned yet; one client per service, shared by its CIDs.
    const QStringList cids = m_record.pinCids();
    QMap<QString, QStringList> todo;
    for (const QString &s : m_record.request.services)
        for (const QString &cid : cids)
            if (m_record.pin(s, cid).state != u"pinned"_s)
                todo[s] << cid;
    if (todo.isEmpty())
        return next();
    for (const QStringList &c : std::as_const(todo))
        m_pinsOpen += int(c.size());
    for (auto t = todo.cbegin(); t != todo.cend(); ++t) {
        const QString name = t.key();
        const QStringList serviceCids = t.value();
        Result<ServiceHandle> handle =
            createPinningService(name, configured, m_record.request.daemonApi);
        if (!handle) {
            for (const QString &cid : serviceCids)
                pinDone(name, cid, handle.error());
            continue;
        }
        std::shared_ptr<pt::publish::PinningService> service(handle->service.release());
        m_services.insert(name, service);
        const QString secret = handle->secretService;
        if (secret.isEmpty()) {
            for (const QString &cid : serviceCids)
                pinOne(name, cid);
            continue;
        }
        const quint64 generation = m_generation;
        QPointer<PublishPipeline> self(this);
        m_tokens->read(secret, [self, name, secret, serviceCids,
                                generation](Result<QString> token) {
            PublishPipeline *p = self.data();
            if (!p || generation != p->m_generation)
                return;
            auto it = p->m_services.find(name);
            if (it == p->m_services.end())
                return;
            if (!token) {
                const Error e =
                    token.error().code == Error::NotFound
                        ? Error(Error::InvalidInput,
                                Msg::tr("no token stored for %1: add it in the settings' pinning "
                                        "services (or `phasic-traces-cli login %2`)")
                                    .arg(name, secret.startsWith(u"psa:"_s)
                                                   ? u"psa "_s + secret.mid(4)
                                                   : secret))
                        : token.error();
                for (const QString &cid : serviceCids)
                    p->pinDone(name, cid, e);
                return;
            }
            static_cast<HttpPinningClient *>(it->get())->setToken(*token);
            for (const QString &cid : serviceCids)
                p->pinOne(name, cid);
        });
    }
}

void PublishPipeline::setPinState(const QString &service, const QString &cid, PinState state)
{
    m_record.pins[service][cid].state = pinStateName(state);
    saveRecord();
    emit pinStateChanged(service, cid, state);
}

void PublishPipeline::pinOne(const QString &name, const QString &cid)
{
    pt::publish::PinningService *service = m_services.value(name).get();
    if (!service) // cannot happen (the client is made before its pins); never hang on it
        return pinDone(
            name, cid,
            Error(Error::Generic, Msg::tr("no client for %1 (internal error)").arg(name)));
    const PublishRecord::Pin pin = m_record.pin(name, cid);
    const QString key = name + u'\n' + cid;
    const quint64 generation = m_generation;
    auto wait = [this, name, cid, key, generation](const QString &id) {
        auto *waiter = new PinWaiter(m_services.value(name).get(), id, m_pinWait, this);
        m_waiters.insert(key, waiter);
        connect(waiter, &PinWaiter::stateChanged, this, [this, name, cid, generation](PinState s) {
            if (generation != m_generation)
                return;
            setPinState(name, cid, s);
        });
        connect(waiter, &PinWaiter::finished, this,
                [this, name, cid, waiter, generation](const Result<PinStatus> &r) {
                    waiter->deleteLater();
                    if (generation != m_generation)
                        return;
                    pinDone(name, cid, r);
                });
        waiter->start();
    };
    const QString what = m_record.contentName(cid);
    // A request made by an earlier run: wait for it rather than pinning again.
    if (!pin.requestId.isEmpty() && (pin.state == u"queued"_s || pin.state == u"pinning"_s)) {
        emit message(tr("Waiting for %1 to pin %2 (%3)…").arg(name, what, cid));
        emit pinStateChanged(name, cid, *pinStateFromName(pin.state));
        return wait(pin.requestId);
    }
    PublishContent content;
    for (const PublishContent &c : m_record.contents)
        if (c.cid == cid)
            content = c;
    // Pinata can take the folder itself when no daemon of ours provides the content.
    auto *pinata = qobject_cast<PinataClient *>(service);
    Result<ipfs::ImportProfile> profile = ipfs::ImportProfile::byName(m_record.request.profile);
    if (pinata && m_record.addState != u"added"_s && m_record.request.isTrace() && profile &&
        profile->name != u"unixfs-v1-2025"_s) {
        emit message(tr("Uploading the package to Pinata…"));
        setPinState(name, cid, PinState::Pinning);
        pinata->uploadFolder(content.path, m_record.id, profile->cidVersion, content.cid,
                             [this, name, cid, generation](Result<PinataUpload> r) {
                                 if (generation != m_generation)
                                     return;
                                 if (!r)
                                     return pinDone(name, cid, r.error());
                                 PinStatus s;
                                 s.requestId = r->ipfsHash;
                                 s.cid = r->ipfsHash;
                                 s.status = PinState::Pinned;
                                 pinDone(name, cid, s);
                             });
        return;
    }
    emit message(tr("Asking %1 to pin %2 (%3)…").arg(name, what, cid));
    QJsonObject meta{{u"registry_id"_s, m_record.id}};
    // v2: every artifact is its own pin; its name says which one.
    const QString pinName =
        m_record.request.isTrace() ? m_record.id : u"%1/%2"_s.arg(m_record.id, what);
    service->pin(cid, pinName, meta, {}, [this, name, cid, wait, generation](Result<PinStatus> r) {
        if (generation != m_generation)
            return;
        if (!r)
            return pinDone(name, cid, r.error());
        m_record.pins[name][cid].requestId = r->requestId;
        setPinState(name, cid, r->status);
        if (r->status == PinState::Pinned || r->status == PinState::Failed)
            return pinDone(name, cid, r);
        wait(r->requestId);
    });
}

void PublishPipeline::pinDone(const QString &name, const QString &cid,
                              const Result<PinStatus> &result)
{
    PublishRecord::Pin &p = m_record.pins[name][cid];
    if (result && result->status == PinState::Pinned) {
        p.state = u"pinned"_s;
        p.error.clear();
        if (p.requestId.isEmpty())
            p.requestId = result->requestId;
        emit pinStateChanged(name, cid, PinState::Pinned);
    } else {
        p.state = u"failed"_s;
        p.error =
            result ? Msg::tr("the service reports the pin as failed") : result.error().message;
        emit pinStateChanged(name, cid, PinState::Failed);
    }
    m_waiters.remove(name + u'\n' + cid);
    saveRecord();
    if (--m_pinsOpen > 0)
        return;
    m_services.clear();
    QStringList failed;
    const QStringList cids = m_record.pinCids();
    for (const QString &s : m_record.request.services)
        for (const QString &c : cids) {
            const PublishRecord::Pin q = m_record.pin(s, c);
            if (q.state == u"failed"_s)
                failed << (cids.size() > 1
                               ? u"%1, %2 %3: %4"_s.arg(s, m_record.contentName(c), c, q.error)
                               : u"%1: %2"_s.arg(s, q.error));
        }
    if (!failed.isEmpty()) {
        // A failed pin is retried from scratch on resume (no stale request id).
        for (auto it = m_record.pins.begin(); it != m_record.pins.end(); ++it)
            for (auto q = it->begin(); q != it->end(); ++q)
                if (q->state == u"failed"_s)
                    q->requestId.clear();
        return fail(Error(
            Error::Generic,
            Msg::tr("pinning failed (%1); no pull request was opened").arg(failed.join(u"; "_s))));
    }
    next();
}

// --- registry --------------------------------------------------------------------------------

void PublishPipeline::runRegistry()
{
    const PublishRequest &req = m_record.request;
    if (!req.registryPath.isEmpty()) {
        Result<QByteArray> old = readInputFile(req.registryPath, Msg::tr("registry file"));
        if (!old)
            return fail(old.error());
        if (Result<RegistryDocument> doc = RegistryDocument::parse(*old, req.registryPath); doc) {
            const bool v1 = doc->kind() == RegistryDocument::Kind::V1;
            if (v1 != req.isTrace())
                return fail(Error(Error::InvalidInput,
                                  Msg::tr("%1 is a %2 registry; %3")
                                      .arg(req.registryPath,
                                           v1 ? Msg::tr("v1 (traces)") : Msg::tr("v2 (computes)"),
                                           v1 ? Msg::tr("compute artifacts go into a v2 registry")
                                              : Msg::tr("trace packages go into a v1 registry"))));
        }
        Result<OJson> entry = parseJson(m_record.entryJson, Msg::tr("registry entry"));
        if (!entry)
            return fail(entry.error());
        Result<QByteArray> edited =
            addRegistryEntry(*old, m_record.id, *entry, req.replace, req.registryPath);
        if (!edited)
            return fail(edited.error());
        m_record.diff = unifiedDiff(*old, *edited, u"a/registry.json"_s, u"b/registry.json"_s);
    }
    m_record.registryEdited = true;
    next();
}

// --- pull request ----------------------------------------------------------------------------

QList<PublishedItem> PublishPipeline::publishedItems() const
{
    // The pin status of each CID on its own: the PR body says which content is where.
    QList<PublishedItem> items;
    for (const PublishContent &c : m_record.contents) {
        QStringList pinned, other;
        for (const QString &s : m_record.request.services) {
            const QString state = m_record.pin(s, c.cid).state;
            if (state == u"pinned"_s)
                pinned << s;
            else
                other << u"%1 on %2"_s.arg(state.isEmpty() ? u"not pinned"_s : state, s);
        }
        QString pinText = pinned.isEmpty() ? u"not pinned on a service"_s
                                           : u"pinned on "_s + pinned.join(u", "_s);
        if (!pinned.isEmpty() && !other.isEmpty())
            pinText += u"; "_s + other.join(u", "_s);
        items.append({m_record.request.isTrace() ? m_record.id : c.name, c.cid, c.size, c.checksum,
                      pinText});
    }
    return items;
}

PullRequestSpec PublishPipeline::pullRequestSpec() const
{
    const PublishRequest &req = m_record.request;
    PullRequestSpec spec;
    spec.owner = req.owner;
    spec.repo = req.repo;
    spec.id = m_record.id;
    spec.title = req.isTrace() ? u"Add trace %1"_s.arg(m_record.id)
                               : u"Add compute artifact %1"_s.arg(m_record.id);
    if (!req.title.isEmpty())
        spec.title = req.title;
    spec.note = req.note;
    spec.items = publishedItems();
    // v2: the artifacts go into the registry repository next to registry.json.
    if (!req.isTrace())
        for (const PublishContent &c : m_record.contents)
            if (Result<QByteArray> bytes = readInputFile(c.path, u"artifact"_s); bytes)
                spec.files.append({u"artifacts/"_s + c.name, *bytes});
    const QString id = m_record.id;
    const QByteArray entryJson = m_record.entryJson;
    const bool replace = req.replace;
    spec.edit = [id, entryJson, replace](const QByteArray &upstream) -> Result<QByteArray> {
        Result<OJson> entry = parseJson(entryJson, Msg::tr("registry entry"));
        if (!entry)
            return entry.error();
        return addRegistryEntry(upstream, id, *entry, replace, u"registry.json"_s);
    };
    return spec;
}

Result<QString> PublishPipeline::savePatch(const QString &path, const QString &reason)
{
    if (!m_record.registryEdited)
        return Error(Error::Generic, Msg::tr("the registry edit is not made yet"));
    if (m_record.diff.isEmpty())
        return Error(
            Error::InvalidInput,
            Msg::tr("the patch needs the current registry.json to diff against: choose the "
                    "registry file (--registry-file)"));
    const PullRequestSpec spec = pullRequestSpec();
    QString me = m_settings ? m_settings->githubLogin() : QString();
    if (me.isEmpty())
        me = u"YOUR-GITHUB-LOGIN"_s;
    QString author = m_settings ? m_settings->authorName() : QString();
    if (author.isEmpty())
        author = u"Phasic Traces user"_s;
    const QByteArray mail = formatPatchMail(author, u"%1@users.noreply.github.com"_s.arg(me),
                                            spec.title, pullRequestBody(spec), m_record.diff,
                                            u"registry.json"_s, QDateTime::currentDateTimeUtc());
    QString out = path;
    if (out.isEmpty())
        out = m_record.request.patchPath;
    if (out.isEmpty())
        out = recordDir() + u"/phasic-publish-"_s + m_record.id + u".patch"_s;
    if (auto r = writeFileAtomically(out, mail); !r)
        return r.error();
    m_record.patchPath = out;
    m_record.compareUrl =
        compareUrl(spec.owner, spec.repo, u"master"_s, me, u"phasic-publish/"_s + m_record.id);
    m_record.offlineReason = reason.isEmpty() ? Msg::tr("saved on request") : reason;
    saveRecord();
    return out;
}

void PublishPipeline::runPullRequest()
{
    auto offline = [this](const QString &reason) {
        Result<QString> patch = savePatch(QString(), reason);
        if (!patch)
            return fail(Error(
                patch.error().code,
                Msg::tr("not sending to GitHub (%1), and %2").arg(reason, patch.error().message)));
        emit message(tr("Not sending to GitHub (%1): wrote %2").arg(reason, *patch));
        next();
    };
    if (m_record.request.offline)
        return offline(u"offline"_s);
    const quint64 generation = m_generation;
    QPointer<PublishPipeline> self(this);
    emit message(tr("Reading the GitHub token…"));
    m_tokens->read(u"github"_s, [self, generation, offline](Result<QString> token) {
        PublishPipeline *p = self.data();
        if (!p || generation != p->m_generation)
            return;
        if (!token) {
            if (token.error().code == Error::NotFound)
                return offline(Msg::tr("not logged in to GitHub"));
            return offline(Msg::tr("no GitHub token (%1)").arg(token.error().message));
        }
        p->m_client = std::make_unique<GitHubClient>(p->m_github);
        p->m_client->setToken(*token);
        auto *job = new PullRequestJob(p->m_client.get(), p->pullRequestSpec());
        connect(job, &PullRequestJob::progress, p, &PublishPipeline::message);
        connect(job, &PullRequestJob::finished, p,
                [p, generation, offline](const Result<PullRequestInfo> &r) {
                    // Connected with `p` as context: never runs after p is destroyed.
                    if (generation != p->m_generation)
                        return;
                    if (!r && r.error().code == Error::Network)
                        return offline(r.error().message);
                    p->finishPullRequest(r);
                });
        job->start();
    });
}

void PublishPipeline::finishPullRequest(const Result<PullRequestInfo> &r)
{
    if (!r)
        return fail(r.error());
    m_record.prUrl = r->htmlUrl;
    m_record.prNumber = r->number;
    m_record.prExisting = r->existing;
    if (r->upstreamText != r->editedText && !r->upstreamText.isEmpty())
        m_record.diff =
            unifiedDiff(r->upstreamText, r->editedText, u"a/registry.json"_s, u"b/registry.json"_s);
    emit message(r->existing ? tr("Updated the open pull request %1").arg(r->htmlUrl)
                             : tr("Opened pull request %1").arg(r->htmlUrl));
    next();
}

} // namespace pt::publish
