// sources: each source with health and latency; registry update|path.
#include "app/cli/command.h"
#include "app/cli/fetchrunner.h"
#include "app/cli/registryloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

using namespace pt;
using namespace pt::cli;

namespace {

struct Probe
{
    QString source;
    QString kind;
    bool ok = false;
    qint64 latencyMs = -1;
    QString detail;
};

// A gateway answers the identity CID bafkqaaa (the empty block, carried in the CID itself) with
// an empty raw block; the daemon answers `version`. Probed all at once, each bounded in time.
QList<Probe> probeAll(const QList<fetch::Source> &sources, int timeoutMs)
{
    QNetworkAccessManager nam;
    QList<Probe> probes(sources.size());
    int pending = int(sources.size());
    QElapsedTimer clock;
    clock.start();
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const fetch::Source &s = sources.at(i);
        probes[i].source = s.kind() == fetch::Source::Kind::KuboRpc ? s.base().toString()
                                                                    : s.name().section(u' ', 1);
        probes[i].kind = s.kind() == fetch::Source::Kind::KuboRpc ? QStringLiteral("daemon")
                                                                  : QStringLiteral("gateway");
        QNetworkRequest request;
        if (s.kind() == fetch::Source::Kind::KuboRpc) {
            QUrl url = s.base();
            url.setPath(url.path() + QStringLiteral("/api/v0/version"));
            request = QNetworkRequest(url);
            request.setHeader(QNetworkRequest::UserAgentHeader, fetch::Source::userAgent());
        } else {
            request = s.blockRequest(*ipfs::Cid::parse(QStringLiteral("bafkqaaa")));
        }
        request.setTransferTimeout(timeoutMs);
        QNetworkReply *reply = nam.sendCustomRequest(request, s.verb());
        QObject::connect(reply, &QNetworkReply::finished, reply, [&, i, reply] {
            Probe &p = probes[i];
            p.latencyMs = clock.elapsed();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->read(4096);
            if (reply->error() != QNetworkReply::NoError || status != 200) {
                p.detail = status ? QStringLiteral("HTTP %1").arg(status) : reply->errorString();
            } else if (p.kind == QLatin1String("daemon")) {
                p.ok = true;
                p.detail = QString::fromUtf8(body)
                               .section(QLatin1String("\"Version\":\""), 1)
                               .section(u'"', 0, 0);
            } else {
                p.ok = body.isEmpty();
                p.detail = p.ok ? QStringLiteral("trustless raw block ok")
                                : QStringLiteral("answered bafkqaaa with %1 bytes instead of none")
                                      .arg(body.size());
            }
            reply->deleteLater();
            if (--pending == 0)
                QCoreApplication::exit(0);
        });
    }
    if (pending > 0)
        QCoreApplication::exec();
    return probes;
}

int runSources(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Probes every download source: the IPFS daemon and each gateway."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Seconds per probe (default 10)."),
                                     QStringLiteral("S"), QStringLiteral("10"));
    parser.addOption(timeout);
    if (const int code = parseCommandLine(parser, args); code >= 0)
        return code;
    Result<fetch::ResolvedSources> sources = sourcesFromOptions(global);
    if (!sources)
        return fail(sources.error().message, ExitUsage);
    const QList<Probe> probes =
        probeAll(sources->config.sources, parser.value(timeout).toInt() * 1000);
    QJsonArray list;
    int healthy = 0;
    for (const Probe &p : probes) {
        healthy += p.ok;
        list.append(QJsonObject{{QStringLiteral("source"), p.source},
                                {QStringLiteral("kind"), p.kind},
                                {QStringLiteral("available"), p.ok},
                                {QStringLiteral("latency_ms"), p.latencyMs},
                                {QStringLiteral("detail"), p.detail}});
        if (!global.json) {
            out() << (p.ok ? "ok    " : "FAIL  ") << p.kind.leftJustified(8)
                  << QString::number(p.latencyMs).rightJustified(6) << " ms  " << p.source << "  "
                  << p.detail << '\n';
        }
    }
    if (!global.json) {
        for (const QString &n : std::as_const(sources->notes))
            out() << "note: " << n << '\n';
    } else {
        printJson(list);
    }
    return healthy > 0 ? ExitOk : ExitUnavailable;
}

QString freshnessName(registry::RegistryStatus::Freshness f)
{
    using F = registry::RegistryStatus::Freshness;
    switch (f) {
    case F::Fresh:
        return QStringLiteral("fresh");
    case F::Cached:
        return QStringLiteral("cached");
    case F::NotModified:
        return QStringLiteral("not modified");
    case F::LastGood:
        return QStringLiteral("last good copy");
    case F::Snapshot:
        return QStringLiteral("bundled snapshot");
    case F::Local:
        return QStringLiteral("local file");
    }
    return {};
}

int runRegistry(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "registry update: download the registry now (conditional GET; the last good copy stays in\n"
        "use when the download fails or the new file is bad). registry path: where the copy is."));
    parser.addPositionalArgument(QStringLiteral("update|path"), QStringLiteral("What to do."));
    if (const int code = parseCommandLine(parser, args); code >= 0)
        return code;
    const QString what = parser.positionalArguments().value(0);
    if (what == QLatin1String("path")) {
        Result<QUrl> url = registry::parseRegistryLocation(global.registry);
        if (!url)
            return fail(url.error().message, ExitUsage);
        QNetworkAccessManager nam;
        const QString path = url->isLocalFile() ? url->toLocalFile()
                                                : registry::RegistrySource(*url, &nam).cachePath();
        if (global.json)
            printJson(QJsonObject{{QStringLiteral("url"), url->toString()},
                                  {QStringLiteral("path"), path}});
        else
            out() << path << '\n';
        return ExitOk;
    }
    if (what != QLatin1String("update"))
        return fail(QStringLiteral("registry needs update or path"), ExitUsage);
    QUrl url;
    registry::RegistryStatus status;
    Result<registry::LoadedRegistry> loaded = updateRegistry(global, &url, &status);
    if (!loaded)
        return fail(loaded.error().message);
    const bool updated = status.freshness == registry::RegistryStatus::Freshness::Fresh ||
                         status.freshness == registry::RegistryStatus::Freshness::NotModified ||
                         status.freshness == registry::RegistryStatus::Freshness::Local;
    if (global.json) {
        printJson(QJsonObject{{QStringLiteral("url"), url.toString()},
                              {QStringLiteral("status"), freshnessName(status.freshness)},
                              {QStringLiteral("entries"), int(loaded->registry.entries.size())},
                              {QStringLiteral("message"), status.message},
                              {QStringLiteral("in_use"), loaded->source}});
    } else {
        out() << freshnessName(status.freshness) << ": " << loaded->registry.entries.size()
              << " entries from " << loaded->source << '\n';
        if (!status.message.isEmpty())
            err() << status.message << Qt::endl;
    }
    return updated ? ExitOk : ExitUnavailable;
}

const Registrar sourcesCommand({QStringLiteral("sources"),
                                QStringLiteral("Probe the download sources (health, latency)"),
                                runSources});
const Registrar registryCommand({QStringLiteral("registry"),
                                 QStringLiteral("registry update | registry path"), runRegistry});

} // namespace
