// health: which sources can serve each registry CID right now (gateways, the daemon's own
// store, the pinning services), with latency; the result is also kept for the GUI's badge.
#include "app/cli/command.h"
#include "app/cli/fetchrunner.h"
#include "app/cli/pinservices.h"
#include "app/cli/registryloader.h"
#include "core/fetch/probe.h"
#include "core/publish/mirror.h"
#include "core/settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <memory>
#include <unistd.h>

using namespace pt;
using namespace pt::cli;

namespace {

QStringList configuredServiceNames()
{
    if (!QFile::exists(Settings::defaultFilePath()))
        return {};
    Settings settings;
    QStringList names;
    for (const pt::PinningService &s : settings.pinningServices()) {
        if (s.kind == pt::PinningService::Kind::Psa)
            names << QStringLiteral("psa:") + s.name;
        else if (s.kind == pt::PinningService::Kind::Pinata &&
                 !names.contains(QStringLiteral("pinata")))
            names << QStringLiteral("pinata");
    }
    return names;
}

int runHealth(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Asks every gateway for the root block of each registry CID (?format=raw; counted only\n"
        "when the bytes verify against the CID), the IPFS daemon for the block in its own store,\n"
        "and each pinning service for its pin status. Requests are spread out per source so\n"
        "public gateways are not hammered. The results are kept for the app's availability\n"
        "column. Exit code 0 when every CID is available somewhere, 5 otherwise."));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Registry entry ids."),
                                 QStringLiteral("[ID…]"));
    const QCommandLineOption all(QStringLiteral("all"), QStringLiteral("Every entry."));
    const QCommandLineOption collection(QStringLiteral("collection"),
                                        QStringLiteral("The entries of a collection."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption service(
        QStringLiteral("service"),
        QStringLiteral("Pinning service to ask (pinata, psa:NAME; repeatable). Default: every "
                       "service in settings."),
        QStringLiteral("NAME"));
    const QCommandLineOption noServices(QStringLiteral("no-services"),
                                        QStringLiteral("Do not ask pinning services."));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     QStringLiteral("Seconds per request (default 15)."),
                                     QStringLiteral("S"), QStringLiteral("15"));
    const QCommandLineOption concurrency(
        QStringLiteral("concurrency"), QStringLiteral("Requests in flight per source (default 2)."),
        QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption interval(
        QStringLiteral("interval"),
        QStringLiteral("Milliseconds between two requests to one source (default 200)."),
        QStringLiteral("MS"), QStringLiteral("200"));
    const QCommandLineOption providers(
        QStringLiteral("providers"),
        QStringLiteral("Also ask the daemon who provides each CID on the network (findprovs)."));
    const QCommandLineOption cached(QStringLiteral("cached"),
                                    QStringLiteral("Print the last results kept, ask nobody."));
    parser.addOptions(
        {all, collection, service, noServices, timeout, concurrency, interval, providers, cached});
    if (const int code = parseCommandLine(parser, args); code >= 0)
        return code;
    const QStringList ids = parser.positionalArguments();
    const int selections =
        int(parser.isSet(all)) + int(parser.isSet(collection)) + int(!ids.isEmpty());
    if (selections != 1)
        return fail(QStringLiteral("health takes ID…, --all or --collection NAME"), ExitUsage);
    bool okT = false, okC = false, okI = false;
    fetch::AvailabilityProbe::Options options;
    options.timeoutMs = parser.value(timeout).toInt(&okT) * 1000;
    options.perSourceConcurrency = parser.value(concurrency).toInt(&okC);
    options.minIntervalMs = parser.value(interval).toInt(&okI);
    options.daemonProviders = parser.isSet(providers);
    if (!okT || !okC || !okI || options.timeoutMs <= 0 || options.perSourceConcurrency < 1 ||
        options.perSourceConcurrency > 16 || options.minIntervalMs < 0)
        return fail(QStringLiteral("--timeout, --concurrency (1..16) and --interval take "
                                   "positive numbers"),
                    ExitUsage);

    Result<registry::LoadedRegistry> loaded = loadRegistry(global);
    if (!loaded)
        return failLoading(global, loaded.error());
    QStringList wanted = ids;
    if (parser.isSet(collection)) {
        Result<QStringList> members =
            fetch::collectionIds(loaded->registry, parser.value(collection));
        if (!members)
            return fail(members.error().message, ExitNotFound);
        wanted = *members;
    }
    QStringList skipped;
    Result<QList<fetch::ProbeTarget>> targets =
        fetch::probeTargets(loaded->registry, wanted, &skipped);
    if (!targets)
        return fail(targets.error().message, ExitNotFound);

    fetch::ProbeCache cache;
    if (Result<void> r = cache.load(); !r && !global.json)
        err() << "note: " << r.error().message << " (starting a new one)" << Qt::endl;
    QList<fetch::ProbeResult> results;
    bool interrupted = false;
    if (parser.isSet(cached)) {
        for (const fetch::ProbeTarget &t : std::as_const(*targets)) {
            for (const fetch::ProbeResult &r : cache.forEntry(t.id)) {
                if (r.cid == t.cid.toString())
                    results.append(r);
            }
        }
    } else {
        Result<fetch::ResolvedSources> sources = sourcesFromOptions(global);
        if (!sources)
            return fail(sources.error().message, ExitUsage);
        QNetworkAccessManager nam;
        fetch::AvailabilityProbe probe(&nam);
        probe.setOptions(options);
        probe.setSources(sources->config.sources);
        std::vector<std::unique_ptr<publish::PinningService>> services;
        const QStringList serviceNames = parser.isSet(noServices) ? QStringList()
                                         : parser.isSet(service)  ? parser.values(service)
                                                                  : configuredServiceNames();
        for (const QString &name : serviceNames) {
            Result<publish::ServiceHandle> handle = openPinningService(name);
            if (!handle) {
                const QString why = handle.error().message;
                probe.addPinningService(name,
                                        [why](const QString &, auto done) { done(false, why); });
                continue;
            }
            probe.addPinningService(name, publish::pinCheck(handle->service.get()));
            services.push_back(std::move(handle->service));
        }
        const bool bar = !global.json && ::isatty(STDERR_FILENO);
        QObject::connect(&probe, &fetch::AvailabilityProbe::progress, &probe,
                         [bar](int done, int total) {
                             if (bar) {
                                 err() << "\r\033[Kchecked " << done << " of " << total << " CIDs";
                                 err().flush();
                             }
                         });
        QObject::connect(
            &probe, &fetch::AvailabilityProbe::finished, qApp, [] { QCoreApplication::exit(0); },
            Qt::QueuedConnection);
        {
            InterruptWatch interrupt([&probe] { probe.cancel(); });
            probe.start(*targets);
            QCoreApplication::exec();
        }
        if (bar)
            err() << "\r\033[K";
        interrupted = probe.wasCancelled();
        results = probe.results();
        if (!interrupted) {
            cache.merge(results);
            if (Result<void> r = cache.save(); !r)
                err() << "warning: " << r.error().message << Qt::endl;
        }
    }

    int unavailable = 0;
    for (const fetch::ProbeResult &r : std::as_const(results)) {
        int available = 0;
        for (const fetch::SourceCheck &s : r.sources)
            available += s.available;
        unavailable += available == 0;
    }
    if (global.json) {
        printJson(fetch::ProbeCache::toJson(results, false));
    } else {
        for (const fetch::ProbeResult &r : std::as_const(results)) {
            const int gateways = r.count(QStringLiteral("gateway"), false);
            out() << r.id << "  " << r.cid << "  (" << r.role << ")  available on "
                  << r.count(QStringLiteral("gateway"), true) << " of " << gateways << " gateways";
            if (r.count(QStringLiteral("daemon"), false) > 0)
                out() << (r.count(QStringLiteral("daemon"), true) ? ", in the daemon"
                                                                  : ", not in the daemon");
            QStringList pinnedOn;
            for (const fetch::SourceCheck &s : r.sources) {
                if (s.kind == QLatin1String("pinning") && s.available)
                    pinnedOn << s.source;
            }
            if (!pinnedOn.isEmpty())
                out() << ", pinned on " << pinnedOn.join(QStringLiteral(", "));
            if (parser.isSet(cached))
                out() << "  [checked " << r.checkedAt.toString(Qt::ISODate) << ']';
            out() << '\n';
            for (const fetch::SourceCheck &s : r.sources) {
                out() << "    " << (s.available ? "ok    " : "FAIL  ")
                      << QString::number(s.latencyMs).rightJustified(6) << " ms  " << s.source;
                if (!s.error.isEmpty())
                    out() << "  " << s.error;
                out() << '\n';
            }
        }
        for (const QString &s : std::as_const(skipped))
            out() << "not checked: " << s << '\n';
        out() << results.size() << " CIDs checked, " << unavailable << " available nowhere\n";
    }
    if (interrupted)
        return 130;
    return unavailable > 0 ? ExitUnavailable : ExitOk;
}

const Registrar healthCommand({QStringLiteral("health"),
                               QStringLiteral("Which sources can serve each registry CID now"),
                               runHealth});

} // namespace
