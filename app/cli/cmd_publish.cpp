// `publish`: build a trace package (or take v2 artifacts), compute its CID with our importer,
// edit registry.json, and open a pull request upstream through a fork (docs/UPSTREAM.md
// "Publishing upstream", docs/IPFS.md §7) - or, with no token / offline, write a patch and
// print the compare URL. `--dry-run` stops before anything leaves the machine.
#include "app/cli/command.h"
#include "core/ipfs/importer.h"
#include "core/publish/github.h"
#include "core/publish/packagebuilder.h"
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
#include <QSaveFile>
#include <QTemporaryDir>

#include <optional>

using namespace Qt::StringLiterals;
using namespace pt::publish;

namespace pt::cli {
namespace {

Result<QByteArray> readAll(const QString &path, const QString &what)
{
    QFile f(path);
    if (!f.exists())
        return Error(Error::NotFound, u"%1 %2 does not exist"_s.arg(what, path));
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Io, u"cannot read %1 %2: %3"_s.arg(what, path, f.errorString()));
    return f.readAll();
}

Result<void> writeAll(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return Error(Error::Io, u"cannot write %1: %2"_s.arg(path, f.errorString()));
    return {};
}

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

Result<QString> readToken(const QString &account)
{
    return waitFor<QString>(SecretStore::read(u"github"_s, account), &SecretJob::finished);
}

GitHubConfig gitHubConfig(const QString &api, const QString &web, const QString &clientId)
{
    GitHubConfig c;
    if (!api.isEmpty())
        c.apiBase = QUrl(api);
    if (!web.isEmpty())
        c.webBase = QUrl(web);
    c.clientId = clientId.isEmpty() ? qEnvironmentVariable("PT_GITHUB_CLIENT_ID") : clientId;
    return c;
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
    parser.addOptions({traceOpt, artifactOpt, metaOpt, idOpt, profileOpt, outOpt, codeOpt, dryOpt,
                       registryOpt, patchOpt, replaceOpt, offlineOpt, repoOpt, accountOpt, apiOpt,
                       webOpt, loginOpt, clientOpt});
    if (const int rc = parseCommandLine(parser, args); rc >= 0)
        return rc;

    const GitHubConfig ghConfig =
        gitHubConfig(parser.value(apiOpt), parser.value(webOpt), parser.value(clientOpt));
    const QString account = parser.value(accountOpt);
    if (parser.isSet(loginOpt))
        return deviceLogin(ghConfig, account, global);

    const bool isTrace = parser.isSet(traceOpt);
    const QStringList artifactPaths = parser.values(artifactOpt);
    if (isTrace == !artifactPaths.isEmpty())
        return fail(u"publish: give either --trace FILE or --artifact FILE... (see --help)"_s,
                    ExitUsage);
    if (!parser.isSet(metaOpt))
        return fail(u"publish: --metadata META.json is required"_s, ExitUsage);
    const QStringList repoParts = parser.value(repoOpt).split(u'/');
    if (repoParts.size() != 2 || repoParts[0].isEmpty() || repoParts[1].isEmpty())
        return fail(u"publish: --repo must be OWNER/NAME"_s, ExitUsage);
    if (!ipfs::ImportProfile::byName(parser.value(profileOpt)))
        return fail(ipfs::ImportProfile::byName(parser.value(profileOpt)).error().message,
                    ExitUsage);

    // 1. The package (v1) or the artifacts (v2).
    QString id;
    OJson entry;
    QString rootCid;
    QString packageDir;
    QJsonArray files;
    QList<CommitFile> extraFiles; // v2: the artifacts go into the registry repository
    QList<PublishedItem> items;
    std::optional<QTemporaryDir> tempDir;
    if (isTrace) {
        packageDir = parser.value(outOpt);
        if (packageDir.isEmpty()) {
            tempDir.emplace();
            if (!tempDir->isValid())
                return fail(u"cannot create a temporary directory"_s);
            packageDir = tempDir->filePath(u"package"_s);
        }
        PackageOptions o;
        o.tracePath = parser.value(traceOpt);
        o.metadataPath = parser.value(metaOpt);
        o.constructionCodePath = parser.value(codeOpt);
        o.id = parser.value(idOpt);
        Result<TracePackage> pkg = buildTracePackage(o, packageDir);
        if (!pkg)
            return fail(pkg.error().message, exitCodeFor(pkg.error(), true));
        if (auto r = computePackageCids(*pkg, parser.value(profileOpt)); !r)
            return fail(r.error().message, exitCodeFor(r.error(), true));
        id = pkg->id;
        rootCid = pkg->rootCid;
        packageDir = pkg->dir;
        entry = v1RegistryEntry(*pkg);
        for (qsizetype i = 0; i < pkg->files.size(); ++i) {
            const PackageFile &f = pkg->files.at(i);
            files.append(QJsonObject{{u"name"_s, f.name},
                                     {u"size"_s, double(f.size)},
                                     {u"sha256"_s, f.sha256},
                                     {u"cid"_s, pkg->fileCids.at(i).second}});
        }
        items.append({id, rootCid, pkg->traceSize, u"sha256:"_s + pkg->traceSha256, QString()});
    } else {
        Result<QByteArray> metaBytes = readAll(parser.value(metaOpt), u"metadata file"_s);
        if (!metaBytes)
            return fail(metaBytes.error().message, exitCodeFor(metaBytes.error(), true));
        Result<OJson> meta =
            validateMetadata(*metaBytes, parser.value(idOpt), &id, MetadataKind::V2Compute);
        if (!meta)
            return fail(meta.error().message, exitCodeFor(meta.error(), true));
        QList<ArtifactInfo> infos;
        Result<ipfs::ImportProfile> profile = ipfs::ImportProfile::byName(parser.value(profileOpt));
        for (const QString &path : artifactPaths) {
            Result<ArtifactInfo> info = inspectArtifact(path);
            if (!info)
                return fail(info.error().message, exitCodeFor(info.error(), true));
            ipfs::Importer importer(*profile);
            Result<ipfs::ImportedNode> node = importer.importPath(path);
            if (!node)
                return fail(node.error().message, exitCodeFor(node.error(), true));
            files.append(QJsonObject{{u"name"_s, info->fileName},
                                     {u"size"_s, double(info->size)},
                                     {u"sha256"_s, info->sha256},
                                     {u"cid"_s, node->cid.toString()},
                                     {u"magic"_s, QString::fromLatin1(info->magic)},
                                     {u"commands"_s, double(info->commands)}});
            Result<QByteArray> bytes = readAll(path, u"artifact"_s);
            if (!bytes)
                return fail(bytes.error().message);
            extraFiles.append({u"artifacts/"_s + info->fileName, *bytes});
            items.append({info->fileName, node->cid.toString(), info->size,
                          u"sha256:"_s + info->sha256, QString()});
            infos.append(*info);
        }
        Result<OJson> e = v2RegistryEntry(infos, *meta);
        if (!e)
            return fail(e.error().message, exitCodeFor(e.error(), true));
        entry = *e;
        rootCid = items.isEmpty() ? QString() : items.first().cid;
    }

    // 2. The registry edit.
    QByteArray oldText, newText, diff;
    const QString registryPath = parser.value(registryOpt);
    if (!registryPath.isEmpty()) {
        Result<QByteArray> old = readAll(registryPath, u"registry file"_s);
        if (!old)
            return fail(old.error().message, exitCodeFor(old.error(), true));
        oldText = *old;
        // A trace package entry (v1) in a computes registry (v2) or the reverse cannot work.
        if (Result<RegistryDocument> doc = RegistryDocument::parse(oldText, registryPath); doc) {
            const bool v1 = doc->kind() == RegistryDocument::Kind::V1;
            if (v1 != isTrace)
                return fail(u"%1 is a %2 registry; %3"_s.arg(
                                registryPath, v1 ? u"v1 (traces)"_s : u"v2 (computes)"_s,
                                v1 ? u"compute artifacts (--artifact) go into a v2 registry"_s
                                   : u"trace packages (--trace) go into a v1 registry"_s),
                            ExitUsage);
        }
        Result<QByteArray> edited =
            addRegistryEntry(oldText, id, entry, parser.isSet(replaceOpt), registryPath);
        if (!edited)
            return fail(edited.error().message, exitCodeFor(edited.error(), true));
        newText = *edited;
        diff = unifiedDiff(oldText, newText, u"a/registry.json"_s, u"b/registry.json"_s);
    }

    JsonStyle entryStyle;
    const QByteArray entryText = writeJson(entry, entryStyle);
    QJsonObject report{{u"id"_s, id},
                       {u"kind"_s, isTrace ? u"trace"_s : u"compute"_s},
                       {u"profile"_s, parser.value(profileOpt)},
                       {u"rootCid"_s, rootCid},
                       {u"files"_s, files},
                       {u"entry"_s, entry.toQJson()},
                       {u"diff"_s, QString::fromUtf8(diff)}};
    if (isTrace)
        report.insert(u"packageDir"_s, tempDir ? QString() : packageDir);
    if (!global.json) {
        out() << (isTrace ? "Package " : "Artifacts ") << id;
        if (isTrace && !tempDir)
            out() << " in " << packageDir;
        out() << ":\n";
        for (const QJsonValue &v : std::as_const(files)) {
            const QJsonObject f = v.toObject();
            out() << "  " << f.value(u"name"_s).toString() << "  "
                  << qint64(f.value(u"size"_s).toDouble()) << " bytes  sha256 "
                  << f.value(u"sha256"_s).toString() << "  " << f.value(u"cid"_s).toString()
                  << '\n';
        }
        if (isTrace)
            out() << "Root CID (" << parser.value(profileOpt) << "): " << rootCid << '\n';
        if (diff.isEmpty()) {
            out() << "Registry entry (give --registry-file for the diff):\n"
                  << QString::fromUtf8(entryText);
        } else {
            out() << "Registry diff:\n" << QString::fromUtf8(diff);
        }
        out().flush();
    }
    if (parser.isSet(dryOpt)) {
        if (global.json) {
            report.insert(u"dryRun"_s, true);
            printJson(report);
        } else {
            out() << "Dry run: nothing was sent.\n";
        }
        return ExitOk;
    }
    // 3. Content on IPFS: adding and pinning are separate steps (the add/pin commands).
    // PUBLISH HOOK (add/pin): when those commands exist in core, call them here and fill
    // PublishedItem::pinStatus before the PR is opened.
    QStringList hints;
    if (isTrace)
        hints << u"add/pin: run `phasic-traces-cli add %1` / `pin add %2`"_s.arg(packageDir,
                                                                                 rootCid);
    else
        for (const PublishedItem &i : std::as_const(items))
            hints << u"add/pin: run `phasic-traces-cli add <artifact>` / `pin add %1` (%2)"_s.arg(
                i.cid, i.id);
    if (!global.json)
        for (const QString &h : std::as_const(hints))
            out() << h << '\n';
    report.insert(u"hints"_s, QJsonArray::fromStringList(hints));

    // 4. The pull request, or the offline patch.
    PullRequestSpec spec;
    spec.owner = repoParts[0];
    spec.repo = repoParts[1];
    spec.id = id;
    spec.title = isTrace ? u"Add trace %1"_s.arg(id) : u"Add compute artifact %1"_s.arg(id);
    spec.files = extraFiles;
    spec.items = items;
    // The entry goes into upstream's registry.json as it is when the PR is made (a local copy
    // may be stale); the local file only serves the preview and the offline patch.
    const bool replace = parser.isSet(replaceOpt);
    spec.edit = [id, entry, replace](const QByteArray &upstream) {
        return addRegistryEntry(upstream, id, entry, replace, u"registry.json"_s);
    };

    QString offlineReason;
    if (parser.isSet(offlineOpt)) {
        offlineReason = u"--offline"_s;
    } else {
        Result<QString> token = readToken(account);
        if (!token) {
            offlineReason = u"no GitHub token (%1)"_s.arg(token.error().message);
        } else {
            GitHubClient client(ghConfig);
            client.setToken(*token);
            auto *job = new PullRequestJob(&client, spec);
            if (!global.json)
                QObject::connect(job, &PullRequestJob::progress, [](const QString &step) {
                    err() << "  " << step << "..." << Qt::endl;
                });
            Result<PullRequestInfo> pr = waitFor<PullRequestInfo>(job, &PullRequestJob::finished);
            if (pr) {
                if (pr->upstreamText != oldText)
                    report.insert(u"diff"_s, QString::fromUtf8(unifiedDiff(
                                                 pr->upstreamText, pr->editedText,
                                                 u"a/registry.json"_s, u"b/registry.json"_s)));
                if (!global.json && !registryPath.isEmpty() && pr->upstreamText != oldText)
                    out() << "Note: " << registryPath
                          << " differs from upstream's registry.json; the entry was added to "
                             "upstream's current file.\n";
                report.insert(u"pullRequest"_s, QJsonObject{{u"number"_s, pr->number},
                                                            {u"url"_s, pr->htmlUrl},
                                                            {u"branch"_s, pr->branch},
                                                            {u"existing"_s, pr->existing}});
                if (global.json)
                    printJson(report);
                else
                    out() << (pr->existing ? "Updated the open pull request "
                                           : "Opened pull request ")
                          << pr->htmlUrl << '\n';
                return ExitOk;
            }
            if (pr.error().code != Error::Network)
                return fail(pr.error().message, exitCodeFor(pr.error(), true));
            offlineReason = pr.error().message;
        }
    }

    if (registryPath.isEmpty())
        return fail(u"publish: not sending to GitHub (%1), and the offline patch needs the current "
                    u"registry.json: give --registry-file PATH"_s.arg(offlineReason),
                    ExitUsage);
    Settings settings;
    QString me = settings.githubLogin();
    if (me.isEmpty())
        me = u"YOUR-GITHUB-LOGIN"_s;
    const QString branch = u"phasic-publish/"_s + id;
    QString author = settings.authorName();
    if (author.isEmpty())
        author = u"Phasic Traces user"_s;
    const QByteArray mail = formatPatchMail(author, u"%1@users.noreply.github.com"_s.arg(me),
                                            spec.title, pullRequestBody(spec), diff,
                                            u"registry.json"_s, QDateTime::currentDateTimeUtc());
    QString patchPath = parser.value(patchOpt);
    if (patchPath.isEmpty())
        patchPath = QDir::current().filePath(u"phasic-publish-%1.patch"_s.arg(id));
    if (auto r = writeAll(patchPath, mail); !r)
        return fail(r.error().message);
    const QString compare = compareUrl(spec.owner, spec.repo, u"master"_s, me, branch);
    report.insert(u"patch"_s, patchPath);
    report.insert(u"compareUrl"_s, compare);
    report.insert(u"offlineReason"_s, offlineReason);
    if (global.json) {
        printJson(report);
    } else {
        out() << "Not sending to GitHub: " << offlineReason << ".\n"
              << "Wrote " << patchPath << " (apply in a clone with `git am`).\n"
              << "Push it as branch " << branch << " of your fork, then open " << compare << '\n';
        if (!extraFiles.isEmpty())
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
