// `publish`: build a trace package (or take v2 artifacts), compute its CID with our importer,
// add it to the local daemon, pin it, edit registry.json, and open a pull request upstream
// through a fork (docs/UPSTREAM.md "Publishing upstream", docs/IPFS.md §5-7) - or, with no
// token / offline, write a patch and print the compare URL. All of it is PublishPipeline
// (core/publish/publishpipeline.h); `--dry-run` stops before anything leaves the machine and
// `--resume` continues from the saved publish record.
#include "app/cli/command.h"
#include "core/daemon/kuborpc.h"
#include "core/ipfs/importer.h"
#include "core/paths.h"
#include "core/publish/github.h"
#include "core/publish/packagebuilder.h"
#include "core/publish/pinning.h"
#include "core/publish/publishpipeline.h"
#include "core/publish/registryeditor.h"
#include "core/secrets.h"
#include "core/settings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <optional>

using namespace Qt::StringLiterals;
using namespace pt::publish;

namespace pt::cli {
namespace {

// One asynchronous job, driven by the command's only event loop (not nested: the CLI runs
// none while a command executes).
template <typename T, typename Job, typename Signal> Result<T> waitFor(Job *job, Signal signal)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    QObject::connect(job, signal, &loop, [&](const Result<T> &r) {
        result = r;
        loop.quit();
    });
    job->start();
    loop.exec();
    return *result;
}

GitHubConfig gitHubConfig(const QString &api, const QString &web, const QString &clientId)
{
    GitHubConfig c;
    if (!api.isEmpty())
        c.apiBase = QUrl(api);
    if (!web.isEmpty())
        c.webBase = QUrl(web);
    c.clientId = clientId.isEmpty() ? defaultGitHubClientId() : clientId;
    return c;
}

// The local daemon's API when one answers (POST /api/v0/version within 3 s), else empty.
QUrl findDaemon(const GlobalOptions &global, bool noAdd)
{
    if (global.noDaemon || noAdd)
        return {};
    Result<QUrl> api = configuredDaemonApi(global);
    if (!api)
        return {};
    QNetworkAccessManager nam;
    QUrl url = *api;
    url.setPath(u"/api/v0/version"_s);
    QNetworkRequest req(url);
    req.setTransferTimeout(3000);
    req.setHeader(QNetworkRequest::UserAgentHeader, daemon::KuboRpc::userAgent());
    QNetworkReply *reply = nam.post(req, QByteArray());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const bool up = reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    return up ? *api : QUrl();
}

int deviceLogin(const GitHubConfig &config, const QString &account, const GlobalOptions &global)
{
    GitHubClient client(config);
    auto *job = new DeviceLoginJob(&client);
    QObject::connect(job, &DeviceLoginJob::codeReady,
                     [](const QString &code, const QString &uri, int expires) {
                         err() << "Open " << uri << " and enter the code " << code << " (valid "
                               << expires / 60 << " min). Waiting..." << Qt::endl;
                     });
    Result<QString> token = waitFor<QString>(job, &DeviceLoginJob::finished);
    if (!token)
        return fail(token.error().message, exitCodeFor(token.error(), true));
    Result<QString> stored =
        waitFor<QString>(SecretStore::write(u"github"_s, account, *token), &SecretJob::finished);
    if (!stored)
        return fail(
            u"logged in, but the token could not be stored: %1"_s.arg(stored.error().message),
            ExitUnavailable);
    // Remember the login (not a secret) for the compare URL of offline publishing.
    QString login;
    {
        QEventLoop loop;
        client.setToken(*token);
        client.request("GET", u"/user"_s, {}, [&](const GitHubReply &r) {
            if (r.status == 200)
                login = r.json.object().value(u"login"_s).toString();
            loop.quit();
        });
        loop.exec();
    }
    if (!login.isEmpty()) {
        Settings settings;
        if (auto r = settings.setGithubLogin(login); !r)
            err() << "phasic-traces-cli: note: could not save the GitHub login: "
                  << r.error().message << Qt::endl;
    }
    if (global.json)
        printJson(QJsonObject{{u"stored"_s, true},
                              {u"service"_s, u"github"_s},
                              {u"account"_s, account},
                              {u"login"_s, login}});
    else
        out() << "Stored the GitHub token" << (login.isEmpty() ? QString() : u" of "_s + login)
              << " in the keyring (account " << account << ").\n";
    return ExitOk;
}

int runPublish(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Publish a trace (v1 package) or compute artifacts (v2) to the registry.\n"
        u"Builds the package, computes its root CID locally (as `cid --profile P DIR` does),\n"
        u"adds the entry to registry.json and opens a pull request through your fork\n"
        u"(branch phasic-publish/<id>). Without a GitHub token, or with --offline, it writes a\n"
        u"patch (git am / git apply) and prints the compare URL instead. --dry-run shows the\n"
        u"package, the CID and the registry diff and sends nothing.\n"
        u"Before the PR the package is added to the local IPFS daemon when one answers (the\n"
        u"daemon's root CID must equal ours) and pinned on each --pin-to service. Every step is\n"
        u"recorded (no secrets) so an interrupted publish continues with --resume ID.\n"
        u"Log in first with --login (device flow) or `login github --token-stdin`."_s);
    const QCommandLineOption traceOpt(u"trace"_s, u"The trace (.json or .json.gz)."_s, u"FILE"_s);
    const QCommandLineOption artifactOpt(
        u"artifact"_s, u"A ptd_pcg artifact <graph_hash>.bin / scc_<h>.bin (repeat)."_s, u"FILE"_s);
    const QCommandLineOption metaOpt(u"metadata"_s, u"metadata.json."_s, u"META"_s);
    const QCommandLineOption idOpt(u"id"_s, u"Registry id (default: metadata's \"id\")."_s,
                                   u"ID"_s);
    const QCommandLineOption profileOpt(
        u"profile"_s, u"Import profile for the CID (default kubo-v0)."_s, u"P"_s, u"kubo-v0"_s);
    const QCommandLineOption outOpt(
        u"out"_s, u"Build the package here (default: a temporary directory)."_s, u"DIR"_s);
    const QCommandLineOption codeOpt(u"construction-code"_s, u"Copied as construction_code.py."_s,
                                     u"FILE"_s);
    const QCommandLineOption dryOpt(u"dry-run"_s, u"Stop before anything leaves the machine."_s);
    const QCommandLineOption registryOpt(
        u"registry-file"_s, u"The current registry.json (a checkout of the registry repo)."_s,
        u"PATH"_s);
    const QCommandLineOption patchOpt(u"patch-out"_s, u"Where to write the offline patch."_s,
                                      u"FILE"_s);
    const QCommandLineOption replaceOpt(u"replace"_s,
                                        u"Replace an existing entry of the same id."_s);
    const QCommandLineOption offlineOpt(u"offline"_s, u"Do not call GitHub; write the patch."_s);
    const QCommandLineOption repoOpt(
        u"repo"_s, u"Upstream registry repository (default munch-group/phasic-traces)."_s,
        u"OWNER/NAME"_s, u"munch-group/phasic-traces"_s);
    const QCommandLineOption accountOpt(
        u"account"_s, u"Keyring account of the GitHub token (default: default)."_s, u"NAME"_s,
        QLatin1String(SecretStore::DefaultAccount));
    const QCommandLineOption apiOpt(u"github-api"_s,
                                    u"GitHub API base URL (tests, GitHub Enterprise)."_s, u"URL"_s);
    const QCommandLineOption webOpt(u"github-web"_s, u"GitHub web base URL for the device flow."_s,
                                    u"URL"_s);
    const QCommandLineOption loginOpt(
        u"login"_s, u"Log in to GitHub with the device flow and store the token."_s);
    const QCommandLineOption clientOpt(
        u"client-id"_s, u"OAuth app client id for --login (or $PT_GITHUB_CLIENT_ID)."_s, u"ID"_s);
    const QCommandLineOption pinToOpt(
        u"pin-to"_s,
        u"Pin every CID on this service (repeat): pinata, psa:<name> (settings), "
        u"daemon:<name> (your IPFS node's remote service)."_s,
        u"NAME"_s);
    const QCommandLineOption noPinOpt(u"no-pin"_s,
                                      u"With --resume: drop the pinning services of the record."_s);
    const QCommandLineOption noAddOpt(u"no-add"_s,
                                      u"Do not add the content to the local IPFS daemon."_s);
    const QCommandLineOption resumeOpt(
        u"resume"_s,
        u"Continue an interrupted publish: its id or its record file (skips finished steps)."_s,
        u"ID|RECORD"_s);
    parser.addOptions({traceOpt, artifactOpt, metaOpt,     idOpt,    profileOpt, outOpt,
                       codeOpt,  dryOpt,      registryOpt, patchOpt, replaceOpt, offlineOpt,
                       repoOpt,  accountOpt,  apiOpt,      webOpt,   loginOpt,   clientOpt,
                       pinToOpt, noPinOpt,    noAddOpt,    resumeOpt});
    if (const int rc = parseCommandLine(parser, args); rc >= 0)
        return rc;

    const GitHubConfig ghConfig =
        gitHubConfig(parser.value(apiOpt), parser.value(webOpt), parser.value(clientOpt));
    const QString account = parser.value(accountOpt);
    if (parser.isSet(loginOpt))
        return deviceLogin(ghConfig, account, global);

    // --resume: continue a saved publish record (inputs come from the record).
    PublishRequest request;
    QString resumePath;
    if (parser.isSet(resumeOpt)) {
        resumePath = parser.value(resumeOpt);
        if (!resumePath.endsWith(u".json"_s))
            resumePath =
                PublishPipeline::recordPathFor(Paths::dataDir() + u"/publish"_s, resumePath);
    } else {
        const bool isTrace = parser.isSet(traceOpt);
        const QStringList artifactPaths = parser.values(artifactOpt);
        if (isTrace == !artifactPaths.isEmpty())
            return fail(u"publish: give either --trace FILE or --artifact FILE... (or --resume "
                        u"ID; see --help)"_s,
                        ExitUsage);
        if (!parser.isSet(metaOpt))
            return fail(u"publish: --metadata META.json is required"_s, ExitUsage);
        const QStringList repoParts = parser.value(repoOpt).split(u'/');
        if (repoParts.size() != 2 || repoParts[0].isEmpty() || repoParts[1].isEmpty())
            return fail(u"publish: --repo must be OWNER/NAME"_s, ExitUsage);
        if (!ipfs::ImportProfile::byName(parser.value(profileOpt)))
            return fail(ipfs::ImportProfile::byName(parser.value(profileOpt)).error().message,
                        ExitUsage);
        request.tracePath = parser.value(traceOpt);
        request.artifactPaths = artifactPaths;
        request.metadataPath = parser.value(metaOpt);
        request.constructionCodePath = parser.value(codeOpt);
        request.id = parser.value(idOpt);
        request.profile = parser.value(profileOpt);
        request.packageDir = parser.value(outOpt);
        request.registryPath = parser.value(registryOpt);
        request.replace = parser.isSet(replaceOpt);
        request.offline = parser.isSet(offlineOpt);
        request.patchPath = parser.value(patchOpt);
        request.owner = repoParts[0];
        request.repo = repoParts[1];
        if (!parser.isSet(dryOpt)) {
            request.services = parser.values(pinToOpt);
            request.daemonApi = findDaemon(global, parser.isSet(noAddOpt));
        }
        // A trace package entry (v1) in a computes registry (v2) or the reverse cannot work.
        if (!request.registryPath.isEmpty()) {
            Result<QByteArray> old = readInputFile(request.registryPath, u"registry file"_s);
            if (!old)
                return fail(old.error().message, exitCodeFor(old.error(), true));
            if (Result<RegistryDocument> doc = RegistryDocument::parse(*old, request.registryPath);
                doc) {
                const bool v1 = doc->kind() == RegistryDocument::Kind::V1;
                if (v1 != isTrace)
                    return fail(u"%1 is a %2 registry; %3"_s.arg(
                                    request.registryPath,
                                    v1 ? u"v1 (traces)"_s : u"v2 (computes)"_s,
                                    v1 ? u"compute artifacts (--artifact) go into a v2 registry"_s
                                       : u"trace packages (--trace) go into a v1 registry"_s),
                                ExitUsage);
            }
        }
    }

    Settings settings;
    KeychainTokenStore tokens(account);
    PublishPipeline pipeline(&settings, &tokens);
    pipeline.setGitHubConfig(ghConfig);
    if (!resumePath.isEmpty()) {
        if (auto r = pipeline.resume(resumePath); !r)
            return fail(r.error().message, exitCodeFor(r.error(), true));
        if (!global.json)
            err() << "Resuming: " << pipeline.record().summary() << Qt::endl;
        // A few choices may change on resume (a service that cannot work, going offline);
        // the finished steps they do not touch stay done.
        if (parser.isSet(pinToOpt) || parser.isSet(noPinOpt) || parser.isSet(offlineOpt) ||
            parser.isSet(noAddOpt)) {
            PublishRequest changed = pipeline.record().request;
            if (parser.isSet(pinToOpt) || parser.isSet(noPinOpt))
                changed.services = parser.values(pinToOpt);
            if (parser.isSet(offlineOpt))
                changed.offline = true;
            if (parser.isSet(noAddOpt))
                changed.daemonApi = QUrl();
            pipeline.setRequest(changed);
        }
    } else {
        pipeline.setRequest(request);
    }
    if (!global.json) {
        QObject::connect(&pipeline, &PublishPipeline::message,
                         [](const QString &m) { err() << "  " << m << Qt::endl; });
        QObject::connect(&pipeline, &PublishPipeline::pinStateChanged,
                         [&pipeline](const QString &service, const QString &cid, PinState s) {
                             err() << "  " << service << ": " << pipeline.record().contentName(cid)
                                   << " " << cid << ": " << pinStateName(s) << Qt::endl;
                         });
    }
    // The CLI runs no event loop while a command executes: these are the only ones, one after
    // the other (not nested).
    auto run = [&pipeline](PublishPipeline::Step last) {
        std::optional<Result<void>> result;
        QEventLoop loop;
        auto c = QObject::connect(&pipeline, &PublishPipeline::finished, &loop,
                                  [&](const Result<void> &r) {
                                      result = r;
                                      loop.quit();
                                  });
        pipeline.start(last);
        loop.exec();
        QObject::disconnect(c);
        return *result;
    };

    // 1. The package (v1) or the artifacts (v2), and the CID.
    if (Result<void> r = run(PublishPipeline::Step::Package); !r)
        return fail(r.error().message + u"\n"_s + pipeline.record().summary(),
                    exitCodeFor(r.error(), true));
    const PublishRecord &rec = pipeline.record();
    const bool isTrace = rec.request.isTrace();
    QJsonArray files;
    for (const PublishFile &f : rec.files)
        files.append(QJsonObject{{u"name"_s, f.name},
                                 {u"size"_s, double(f.size)},
                                 {u"sha256"_s, f.sha256},
                                 {u"cid"_s, f.cid}});
    const QString packageDir = isTrace ? rec.contents.first().path : QString();
    QJsonObject report{{u"id"_s, rec.id},
                       {u"kind"_s, isTrace ? u"trace"_s : u"compute"_s},
                       {u"profile"_s, rec.request.profile},
                       {u"rootCid"_s, rec.rootCid},
                       {u"files"_s, files},
                       {u"record"_s, pipeline.recordPath()}};
    if (Result<OJson> e = parseJson(rec.entryJson); e)
        report.insert(u"entry"_s, e->toQJson());
    if (isTrace)
        report.insert(u"packageDir"_s, packageDir);
    if (!global.json) {
        out() << (isTrace ? "Package " : "Artifacts ") << rec.id;
        if (isTrace)
            out() << " in " << packageDir;
        out() << ":\n";
        for (const PublishFile &f : rec.files)
            out() << "  " << f.name << "  " << f.size << " bytes  sha256 " << f.sha256 << "  "
                  << f.cid << '\n';
        if (isTrace)
            out() << "Root CID (" << rec.request.profile << "): " << rec.rootCid << '\n';
        out().flush();
    }

    // 2. Add, pin, the registry edit; then (unless --dry-run) the pull request or the patch.
    const bool dry = parser.isSet(dryOpt);
    Result<void> done = run(dry ? PublishPipeline::Step::Registry : PublishPipeline::Step::Done);
    report.insert(u"diff"_s, QString::fromUtf8(rec.diff));
    // One row per (service, CID): every artifact is pinned on every service.
    QJsonArray pins;
    for (const QString &s : rec.request.services)
        for (const QString &cid : rec.pinCids()) {
            const PublishRecord::Pin p = rec.pin(s, cid);
            pins.append(QJsonObject{{u"service"_s, s},
                                    {u"cid"_s, cid},
                                    {u"name"_s, rec.contentName(cid)},
                                    {u"state"_s, p.state},
                                    {u"requestId"_s, p.requestId},
                                    {u"error"_s, p.error}});
        }
    report.insert(u"add"_s, QJsonObject{{u"state"_s, rec.addState},
                                        {u"daemonCid"_s, rec.daemonCid},
                                        {u"api"_s, rec.request.daemonApi.toString()}});
    report.insert(u"pins"_s, pins);
    report.insert(u"summary"_s, rec.summary());
    if (!done)
        return fail(done.error().message + u"\n"_s + rec.summary() +
                        u"\nFix the cause, then continue with `phasic-traces-cli publish "
                        u"--resume %1`."_s.arg(rec.id),
                    exitCodeFor(done.error(), true));
    if (!global.json) {
        if (rec.diff.isEmpty())
            out() << "Registry entry (give --registry-file for the diff):\n"
                  << QString::fromUtf8(rec.entryJson);
        else
            out() << "Registry diff:\n" << QString::fromUtf8(rec.diff);
    }
    if (dry) {
        if (global.json) {
            report.insert(u"dryRun"_s, true);
            printJson(report);
        } else {
            out() << "Dry run: nothing was sent.\n";
        }
        return ExitOk;
    }
    // Content that is on no IPFS node yet: say how to put it there.
    QStringList hints;
    if (rec.addState != u"added"_s && rec.request.services.isEmpty()) {
        if (isTrace)
            hints << u"add/pin: run `phasic-traces-cli add %1` / `pin add %2`"_s.arg(packageDir,
                                                                                     rec.rootCid);
        else
            for (const PublishContent &c : rec.contents)
                hints << u"add/pin: run `phasic-traces-cli add %1` / `pin add %2`"_s.arg(c.path,
                                                                                         c.cid);
    }
    report.insert(u"hints"_s, QJsonArray::fromStringList(hints));
    if (!global.json) {
        if (rec.addState == u"added"_s)
            out() << "Added to the IPFS daemon at " << rec.request.daemonApi.toString() << ": "
                  << rec.daemonCid << '\n';
        for (const QString &s : rec.request.services)
            for (const QString &cid : rec.pinCids())
                out() << "Pinned " << rec.contentName(cid) << " (" << cid << ") on " << s << ": "
                      << rec.pin(s, cid).state << '\n';
        for (const QString &h : std::as_const(hints))
            out() << h << '\n';
    }
    if (!rec.prUrl.isEmpty()) {
        report.insert(u"pullRequest"_s,
                      QJsonObject{{u"number"_s, rec.prNumber},
                                  {u"url"_s, rec.prUrl},
                                  {u"branch"_s, QString(u"phasic-publish/"_s + rec.id)},
                                  {u"existing"_s, rec.prExisting}});
        if (global.json)
            printJson(report);
        else
            out() << (rec.prExisting ? "Updated the open pull request " : "Opened pull request ")
                  << rec.prUrl << '\n';
        return ExitOk;
    }
    report.insert(u"patch"_s, rec.patchPath);
    report.insert(u"compareUrl"_s, rec.compareUrl);
    report.insert(u"offlineReason"_s, rec.offlineReason);
    if (global.json) {
        printJson(report);
    } else {
        out() << "Not sending to GitHub: " << rec.offlineReason << ".\n"
              << "Wrote " << rec.patchPath << " (apply in a clone with `git am`).\n"
              << "Push it as branch phasic-publish/" << rec.id << " of your fork, then open "
              << rec.compareUrl << '\n';
        if (!isTrace)
            out()
                << "Also commit the artifact files under artifacts/ (they are not in the patch).\n";
    }
    return ExitOk;
}

const Registrar registrar(Command{
    u"publish"_s, u"Package a trace or artifacts, edit the registry, open a pull request"_s,
    &runPublish});

} // namespace
} // namespace pt::cli
