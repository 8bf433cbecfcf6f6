// fetch CID[/path] --to DIR: a verified download of anything by CID, through the same sources
// as registry downloads (local store, the daemon, trustless gateways).
#include "app/cli/command.h"
#include "app/cli/fetchrunner.h"
#include "core/fetch/localstore.h"
#include "core/paths.h"

#include <QDir>
#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace pt;
using namespace pt::cli;

namespace {

// "Qm…/a/b", "/ipfs/bafy…/a", "ipfs://bafy…/a" → root + path segments.
Result<fetch::ContentRef> parseIpfsPath(QString text)
{
    if (text.startsWith(QLatin1String("ipfs://")))
        text = text.mid(7);
    else if (text.startsWith(QLatin1String("/ipfs/")))
        text = text.mid(6);
    QStringList parts = text.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Error(Error::InvalidInput, QStringLiteral("no CID given"));
    Result<ipfs::Cid> root = ipfs::Cid::parse(parts.takeFirst());
    if (!root)
        return root.error();
    for (QString &p : parts) {
        p = QUrl::fromPercentEncoding(p.toUtf8());
        if (Result<void> safe = checkSafeName(p, QStringLiteral("path segment")); !safe)
            return safe.error();
    }
    return fetch::ContentRef::ipfsPath(*root, parts);
}

int run(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Downloads CID[/path] verified block by block into DIR (a file, or a directory tree).\n"
        "Sources: the local store, the IPFS daemon (unless --no-daemon), trustless gateways."));
    parser.addPositionalArgument(QStringLiteral("CID[/path]"),
                                 QStringLiteral("What to fetch (also ipfs://… or /ipfs/…)."));
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("Target folder (default: current)."),
                                QStringLiteral("DIR"), QStringLiteral("."));
    const QCommandLineOption name(
        QStringLiteral("name"),
        QStringLiteral("File name to write (default: last path segment or the CID)."),
        QStringLiteral("NAME"));
    const QCommandLineOption sha(QStringLiteral("sha256"),
                                 QStringLiteral("Also require this sha256 (hex) of the file."),
                                 QStringLiteral("HEX"));
    parser.addOptions({to, name, sha});
    if (const int code = parseCommandLine(parser, args); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("fetch takes exactly one CID[/path] (see --help)"), ExitUsage);

    Result<fetch::ContentRef> ref = parseIpfsPath(parser.positionalArguments().first());
    if (!ref)
        return fail(ref.error().message, ExitUsage);
    if (parser.isSet(sha)) {
        const QByteArray digest = QByteArray::fromHex(parser.value(sha).toLatin1());
        if (digest.size() != 32 || digest.toHex() != parser.value(sha).toLower().toLatin1())
            return fail(QStringLiteral("--sha256 needs 64 hex digits"), ExitUsage);
        ref->sha256 = digest;
    }
    QString fileName = parser.isSet(name)
                           ? parser.value(name)
                           : (ref->path.isEmpty() ? ref->root.toString() : ref->path.last());
    if (Result<void> safe = checkSafeName(fileName, QStringLiteral("--name")); !safe)
        return fail(safe.error().message, ExitUsage);

    Result<fetch::ResolvedSources> sources = sourcesFromOptions(global);
    if (!sources)
        return fail(sources.error().message, ExitUsage);
    if (!global.json) {
        for (const QString &n : std::as_const(sources->notes))
            err() << n << Qt::endl;
    }
    QNetworkAccessManager nam;
    fetch::LocalStore store(Paths::contentStoreDir());
    const QString destination = QDir(parser.value(to)).absoluteFilePath(fileName);
    fetch::FetchJob job(*ref, destination, &store, &nam, sources->config);
    QJsonObject summary;
    const int code = runFetchJob(job, global, &summary);
    if (global.json)
        printJson(summary);
    else if (code == ExitOk)
        out() << destination << '\n';
    else
        return fail(job.error().message, code);
    return code;
}

const Registrar registrar({QStringLiteral("fetch"),
                           QStringLiteral("Download CID[/path] verified, into a folder"), run});

} // namespace
