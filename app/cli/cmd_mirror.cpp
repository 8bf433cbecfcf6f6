// mirror: pin every CID of the registry (or of a collection) on a node or a pinning service,
// resumable through a state file, for a cron job or systemd timer on an institutional node.
#include "app/cli/command.h"
#include "app/cli/pinservices.h"
#include "app/cli/registryloader.h"
#include "core/daemon/kuborpc.h"
#include "core/fetch/probe.h"
#include "core/paths.h"
#include "core/publish/mirror.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <memory>
#include <unistd.h>

using namespace pt;
using namespace pt::cli;

namespace {

int runMirror(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Pins every CID of the registry (v1 trace directories, v2 artifacts given as CIDs) on\n"
        "the local IPFS daemon or a pinning service. Resumable: a state file remembers what a\n"
        "run finished, so the next run (after a failure, a kill or a reboot) does not ask again.\n"
        "One failed pin does not stop the run; the summary says what failed and why.\n"
        "Exit code 0 when everything is pinned or requested, 1 when some pins failed, 5 when the\n"
        "target could not be reached for any of them."));
    const QCommandLineOption collection(QStringLiteral("collection"),
                                        QStringLiteral("Only the entries of this collection."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption to(
        QStringLiteral("to"),
        QStringLiteral("daemon (default; --ipfs-api or $IPFS_PATH/api), pinata or psa:NAME."),
        QStringLiteral("TARGET"), QStringLiteral("daemon"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("List what would be pinned; change nothing."));
    const QCommandLineOption state(
        QStringLiteral("state"),
        QStringLiteral("The resume file (default: <data dir>/mirror/<target>.json)."),
        QStringLiteral("FILE"));
    const QCommandLineOption fresh(QStringLiteral("fresh"),
                                   QStringLiteral("Forget earlier runs: check every CID again."));
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        QStringLiteral("Seconds the daemon may take to fetch one DAG (default 600)."),
        QStringLiteral("S"), QStringLiteral("600"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         QStringLiteral("Pins in flight (default 2)."),
                                         QStringLiteral("N"), QStringLiteral("2"));
    parser.addOptions({collection, to, dryRun, state, fresh, timeout, concurrency});
    if (const int code = parseCommandLine(parser, args); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("mirror takes no arguments (see --help)"), ExitUsage);
    bool okT = false, okC = false;
    const int timeoutS = parser.value(timeout).toInt(&okT);
    const int inFlight = parser.value(concurrency).toInt(&okC);
    if (!okT || !okC || timeoutS <= 0 || inFlight < 1 || inFlight > 16)
        return fail(QStringLiteral("--timeout takes seconds, --concurrency 1..16"), ExitUsage);
    const QString target = parser.value(to);
    if (target != QLatin1String("daemon") && target != QLatin1String("pinata") &&
        !target.startsWith(QLatin1String("psa:")))
        return fail(QStringLiteral("--to takes daemon, pinata or psa:NAME, not \"%1\"").arg(target),
                    ExitUsage);

    Result<registry::LoadedRegistry> loaded = loadRegistry(global);
    if (!loaded)
        return failLoading(global, loaded.error());
    QStringList ids;
    if (parser.isSet(collection)) {
        Result<QStringList> members =
            fetch::collectionIds(loaded->registry, parser.value(collection));
        if (!members)
            return fail(members.error().message, ExitNotFound);
        ids = *members;
        if (ids.isEmpty())
            return fail(QStringLiteral("collection \"%1\" is empty").arg(parser.value(collection)),
                        ExitNotFound);
    }
    QStringList skipped;
    Result<QList<fetch::ProbeTarget>> targets =
        fetch::probeTargets(loaded->registry, ids, &skipped);
    if (!targets)
        return fail(targets.error().message, ExitNotFound);
    const QList<publish::MirrorItem> items = publish::mirrorItems(*targets);
    const QString statePath =
        parser.isSet(state) ? parser.value(state) : publish::MirrorState::defaultPath(target);
    if (parser.isSet(fresh) && !parser.isSet(dryRun))
        QFile::remove(statePath);

    if (parser.isSet(dryRun)) {
        publish::MirrorState st(statePath, target);
        if (Result<void> r = st.load(); !r)
            return fail(r.error().message);
        QJsonArray list;
        int todo = 0;
        for (const publish::MirrorItem &item : items) {
            const bool done = !parser.isSet(fresh) && st.isDone(item.cid);
            todo += !done;
            list.append(QJsonObject{{QStringLiteral("id"), item.id},
                                    {QStringLiteral("cid"), item.cid},
                                    {QStringLiteral("role"), item.role},
                                    {QStringLiteral("done_earlier"), done}});
            if (!global.json)
                out() << (done ? "done earlier  " : "would pin     ") << item.cid << "  " << item.id
                      << " (" << item.role << ")\n";
        }
        if (global.json) {
            printJson(
                QJsonObject{{QStringLiteral("target"), target},
                            {QStringLiteral("state"), statePath},
                            {QStringLiteral("dry_run"), true},
                            {QStringLiteral("items"), list},
                            {QStringLiteral("skipped"), QJsonArray::fromStringList(skipped)}});
        } else {
            for (const QString &s : std::as_const(skipped))
                out() << "not a CID: " << s << '\n';
            out() << todo << " of " << items.size() << " CIDs would be pinned on " << target
                  << '\n';
        }
        return ExitOk;
    }

    // The target.
    std::unique_ptr<daemon::KuboRpc> rpc;
    std::unique_ptr<publish::PinningService> service;
    publish::PinTarget pinTarget;
    if (target == QLatin1String("daemon")) {
        if (global.noDaemon)
            return fail(QStringLiteral("--to daemon contradicts --no-daemon"), ExitUsage);
        Result<QUrl> api = daemon::resolveApiUrl(global.ipfsApi, Paths::ipfsRepoDir());
        if (!api)
            return fail(api.error().message + QStringLiteral("; start one with `daemon start`"),
                        ExitUnavailable);
        rpc = std::make_unique<daemon::KuboRpc>();
        rpc->setBaseUrl(*api);
        rpc->setAuthorization(kuboApiAuthorization(global)); // empty when none is stored
        pinTarget = publish::daemonTarget(rpc.get(), timeoutS * 1000);
    } else {
        Result<publish::ServiceHandle> handle = openPinningService(target);
        if (!handle)
            return fail(handle.error().message, exitCodeFor(handle.error(), true, true));
        service = std::move(handle->service);
        pinTarget = publish::serviceTarget(service.get(), target);
    }

    publish::Mirror mirror(pinTarget, statePath);
    mirror.setConcurrency(inFlight);
    const bool bar = !global.json && ::isatty(STDERR_FILENO);
    QObject::connect(&mirror, &publish::Mirror::progress, &mirror,
                     [&, bar](int done, int total, const QString &cid) {
                         if (bar) {
                             err() << "\r\033[K" << done << '/' << total << "  " << cid;
                             err().flush();
                         } else if (!global.json) {
                             // Plain lines for a journal (systemd) or a cron mail.
                             err() << done << '/' << total << ' ' << cid << Qt::endl;
                         }
                     });
    QObject::connect(
        &mirror, &publish::Mirror::finished, qApp, [] { QCoreApplication::exit(0); },
        Qt::QueuedConnection);
    {
        InterruptWatch interrupt(
            [&] {
                mirror.cancel();
                if (service)
                    service->abortAll();
                if (rpc)
                    rpc->abortAll();
            },
            /*alsoTerm=*/true); // systemd stops a unit with SIGTERM
        mirror.start(items);
        QCoreApplication::exec();
    }
    if (bar)
        err() << "\r\033[K";
    if (!mirror.error().message.isEmpty() && mirror.outcomes().isEmpty() == false &&
        mirror.count(publish::MirrorOutcome::Cancelled) == int(mirror.outcomes().size()))
        return fail(mirror.error().message);

    using K = publish::MirrorOutcome;
    QJsonArray failed;
    for (const publish::MirrorOutcome &o : mirror.outcomes()) {
        if (o.kind == K::Failed)
            failed.append(QJsonObject{{QStringLiteral("id"), o.item.id},
                                      {QStringLiteral("cid"), o.item.cid},
                                      {QStringLiteral("error"), o.error}});
    }
    const int nFailed = mirror.count(K::Failed);
    const int nCancelled = mirror.count(K::Cancelled);
    if (global.json) {
        QJsonObject summary{{QStringLiteral("target"), target},
                            {QStringLiteral("state"), statePath},
                            {QStringLiteral("total"), int(items.size())},
                            {QStringLiteral("pinned"), mirror.count(K::Pinned)},
                            {QStringLiteral("requested"), mirror.count(K::Requested)},
                            {QStringLiteral("already_pinned"), mirror.count(K::AlreadyPinned)},
                            {QStringLiteral("done_earlier"), mirror.count(K::Resumed)},
                            {QStringLiteral("failed"), failed},
                            {QStringLiteral("cancelled"), nCancelled},
                            {QStringLiteral("skipped"), QJsonArray::fromStringList(skipped)}};
        if (!mirror.error().message.isEmpty())
            summary.insert(QStringLiteral("error"), mirror.error().message);
        printJson(summary);
    } else {
        out() << "mirror to " << target << ": " << items.size() << " CIDs; "
              << mirror.count(K::Pinned) << " pinned, " << mirror.count(K::Requested)
              << " requested, " << mirror.count(K::AlreadyPinned) << " already pinned, "
              << mirror.count(K::Resumed) << " done earlier, " << nFailed << " failed";
        if (nCancelled)
            out() << ", " << nCancelled << " not done (interrupted)";
        out() << '\n';
        for (const publish::MirrorOutcome &o : mirror.outcomes()) {
            if (o.kind == K::Failed)
                out() << "  failed " << o.item.cid << " (" << o.item.id << "): " << o.error << '\n';
        }
        for (const QString &s : std::as_const(skipped))
            out() << "  not a CID: " << s << '\n';
        if (!mirror.error().message.isEmpty())
            err() << "warning: " << mirror.error().message << Qt::endl;
        out() << "state: " << statePath << '\n';
    }
    if (nCancelled > 0)
        return 130;
    // Nothing reached the target at all: say "unavailable" (5), not "some pins failed" (1).
    bool allUnreachable = nFailed > 0 && nFailed == int(mirror.outcomes().size());
    for (const publish::MirrorOutcome &o : mirror.outcomes())
        allUnreachable = allUnreachable && o.errorCode == Error::Network;
    if (allUnreachable)
        return ExitUnavailable;
    return nFailed > 0 ? ExitFailure : ExitOk;
}

const Registrar mirrorCommand(
    {QStringLiteral("mirror"),
     QStringLiteral("Pin every registry CID on the daemon or a pinning service (resumable)"),
     runMirror});

} // namespace
