// `pin add|status|ls|rm`: remote pinning on Pinata, web3.storage (truthfully unavailable), any
// IPFS Pinning Service API provider configured in settings ("psa:<name>"), or a remote service
// registered in the user's own IPFS node ("daemon:<name>" / --via-daemon NAME: the node keeps
// that key). Tokens come from the keyring (core/secrets.h, stored with `login`), only in
// memory, never printed. `pin services` lists the node's remote services.
#include "app/cli/command.h"
#include "app/cli/pinservices.h"
#include "core/daemon/kuborpc.h"
#include "core/publish/daemonpinning.h"
#include "core/publish/pinning.h"
#include "core/secrets.h"
#include "core/settings.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;
using namespace pt::publish;

namespace pt::cli {

namespace {

// The CLI runs no event loop while a command executes; this is the only one (not nested).
template <typename T>
Result<T> wait(const std::function<void(std::function<void(Result<T>)>)> &call)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    call([&](Result<T> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

Result<QString> readToken(const QString &secretService)
{
    SecretJob *job =
        SecretStore::read(secretService, QString::fromLatin1(SecretStore::DefaultAccount));
    std::optional<Result<QString>> out;
    SecretJob::Status status = SecretJob::Status::Pending;
    QEventLoop loop;
    QObject::connect(job, &SecretJob::finished, &loop, [&](const Result<QString> &r) {
        out.emplace(r);
        status = job->status();
        loop.quit();
    });
    job->start();
    loop.exec();
    if (status == SecretJob::Status::NotFound)
        return Error(Error::NotFound,
                     u"no token stored for %1: run `phasic-traces-cli login %2` first"_s.arg(
                         secretService, secretService.startsWith(u"psa:"_s)
                                            ? u"psa "_s + secretService.mid(4)
                                            : secretService));
    return *out;
}

QList<pt::PinningService> configuredServices()
{
    if (!QFile::exists(Settings::defaultFilePath()))
        return {};
    Settings settings;
    return settings.pinningServices();
}

QJsonObject statusJson(const PinStatus &s)
{
    QJsonObject o{
        {u"requestid"_s, s.requestId}, {u"status"_s, pinStateName(s.status)}, {u"cid"_s, s.cid}};
    if (!s.name.isEmpty())
        o.insert(u"name"_s, s.name);
    if (s.created.isValid())
        o.insert(u"created"_s, s.created.toUTC().toString(Qt::ISODateWithMs));
    if (!s.delegates.isEmpty())
        o.insert(u"delegates"_s, QJsonArray::fromStringList(s.delegates));
    if (!s.meta.isEmpty())
        o.insert(u"meta"_s, s.meta);
    return o;
}

void printStatus(const PinStatus &s)
{
    out() << pinStateName(s.status) << '\t' << s.cid << '\t' << s.requestId;
    if (!s.name.isEmpty())
        out() << '\t' << s.name;
    out() << Qt::endl;
}

} // namespace

Result<ServiceHandle> openPinningService(const QString &name, const QUrl &daemonApi)
{
    auto handle = createPinningService(name, configuredServices(), daemonApi);
    if (!handle)
        return handle.error();
    if (!handle->secretService.isEmpty()) {
        auto token = readToken(handle->secretService);
        if (!token)
            return token.error();
        static_cast<HttpPinningClient *>(handle->service.get())->setToken(*token);
    }
    return std::move(*handle);
}

Result<PinStatus> waitUntilPinned(publish::PinningService *service, const QString &id, bool json)
{
    PinWaiter waiter(service, id);
    std::optional<Result<PinStatus>> out;
    QEventLoop loop;
    QObject::connect(&waiter, &PinWaiter::stateChanged, &loop, [json](PinState s) {
        if (!json)
            err() << "phasic-traces-cli: " << pinStateName(s) << Qt::endl;
    });
    QObject::connect(&waiter, &PinWaiter::finished, &loop, [&](const Result<PinStatus> &r) {
        out.emplace(r);
        loop.quit();
    });
    waiter.start();
    loop.exec();
    return *out;
}

namespace {

// `pin services`: the remote pinning services registered in the user's IPFS node.
int listDaemonServices(const GlobalOptions &global)
{
    if (global.noDaemon)
        return fail(u"pin services: lists your IPFS node's services, but --no-daemon was given"_s,
                    ExitUsage);
    Result<QUrl> api = configuredDaemonApi(global);
    if (!api)
        return fail(api.error().message, exitCodeFor(api.error(), true, true));
    daemon::KuboRpc rpc;
    rpc.setBaseUrl(*api);
    auto r = wait<QList<daemon::RemoteService>>([&](auto cb) { rpc.remoteServices(cb); });
    if (!r)
        return fail(r.error().message, exitCodeFor(r.error(), true, true));
    if (global.json) {
        QJsonArray list;
        for (const daemon::RemoteService &s : std::as_const(*r))
            list.append(QJsonObject{{u"service"_s, s.service},
                                    {u"name"_s, QString(DaemonRemotePinning::prefix() + s.service)},
                                    {u"endpoint"_s, s.apiEndpoint}});
        printJson(QJsonObject{{u"api"_s, api->toString()}, {u"services"_s, list}});
        return ExitOk;
    }
    if (r->isEmpty())
        err() << "phasic-traces-cli: your IPFS node has no remote pinning service; add one with "
                 "`ipfs pin remote service add NAME ENDPOINT KEY`"
              << Qt::endl;
    for (const daemon::RemoteService &s : std::as_const(*r))
        out() << DaemonRemotePinning::prefix() << s.service << '\t' << s.apiEndpoint << Qt::endl;
    return ExitOk;
}

int runPin(const QStringList &args, const GlobalOptions &global)
{
    static const QStringList subs{u"add"_s, u"status"_s, u"ls"_s, u"rm"_s, u"services"_s};
    if (args.size() < 2 || args.at(1) == u"--help"_s || args.at(1) == u"-h"_s) {
        out() << "Usage: phasic-traces-cli pin add|status|ls|rm ... --service NAME\n"
                 "  pin add CID --service NAME [--name N] [--wait]\n"
                 "  pin status ID|CID --service NAME\n"
                 "  pin ls --service NAME [--status S,...] [--limit N]\n"
                 "  pin rm ID|CID --service NAME\n"
                 "  pin services            the remote services of your IPFS node\n"
                 "NAME: pinata, web3storage, psa:<name> (a pinning service in settings) or\n"
                 "daemon:<name> (--via-daemon <name>): the remote pinning service <name> of\n"
                 "your own IPFS node (`ipfs pin remote service add`); the node keeps its key.\n"
                 "Tokens come from the keyring: store them with `phasic-traces-cli login`.\n";
        return args.size() < 2 ? ExitUsage : ExitOk;
    }
    const QString sub = args.at(1);
    if (!subs.contains(sub))
        return fail(u"pin: unknown subcommand '%1' (add, status, ls, rm, services)"_s.arg(sub),
                    ExitUsage);
    QStringList rest = args.mid(2);
    rest.prepend(args.at(0) + u' ' + sub);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Remote pinning (see `pin --help`)."_s);
    const QCommandLineOption serviceOpt(
        u"service"_s, u"pinata, web3storage, psa:<name> or daemon:<name>."_s, u"NAME"_s);
    const QCommandLineOption viaDaemonOpt(
        u"via-daemon"_s,
        u"Pin through the remote pinning service NAME of your IPFS node (= daemon:NAME)."_s,
        u"NAME"_s);
    const QCommandLineOption nameOpt(u"name"_s, u"A name for the pin (add)."_s, u"N"_s);
    const QCommandLineOption waitOpt(u"wait"_s,
                                     u"Wait until pinned or failed (add; polls with backoff)."_s);
    const QCommandLineOption statusOpt(
        u"status"_s, u"Comma-separated states to list (ls; default pinned)."_s, u"S"_s);
    const QCommandLineOption limitOpt(u"limit"_s, u"At most N results (ls; 1..1000)."_s, u"N"_s,
                                      u"100"_s);
    if (sub != u"services"_s) {
        parser.addOption(serviceOpt);
        parser.addOption(viaDaemonOpt);
    }
    if (sub == u"add"_s) {
        parser.addOption(nameOpt);
        parser.addOption(waitOpt);
        parser.addPositionalArgument(u"CID"_s, u"The CID to pin."_s);
    } else if (sub == u"ls"_s) {
        parser.addOption(statusOpt);
        parser.addOption(limitOpt);
    } else if (sub != u"services"_s) {
        parser.addPositionalArgument(u"ID"_s, u"A request id or a CID."_s, u"ID|CID"_s);
    }
    const int rc = parseCommandLine(parser, rest);
    if (rc >= 0)
        return rc;
    if (sub == u"services"_s)
        return listDaemonServices(global);
    if (parser.isSet(serviceOpt) == parser.isSet(viaDaemonOpt))
        return fail(u"pin %1: --service NAME is required (pinata, web3storage, psa:<name> or "
                    u"daemon:<name>), or --via-daemon NAME"_s.arg(sub),
                    ExitUsage);
    const QString serviceName = parser.isSet(viaDaemonOpt)
                                    ? DaemonRemotePinning::prefix() + parser.value(viaDaemonOpt)
                                    : parser.value(serviceOpt);
    // daemon:NAME: the node's RPC API (from --ipfs-api or the repository's api file).
    QUrl daemonApi;
    if (serviceName.startsWith(DaemonRemotePinning::prefix())) {
        if (global.noDaemon)
            return fail(u"pin %1: %2 pins through your IPFS node, but --no-daemon was given"_s.arg(
                            sub, serviceName),
                        ExitUsage);
        Result<QUrl> api = configuredDaemonApi(global);
        if (!api)
            return fail(api.error().message + u" (needed for "_s + serviceName + u')',
                        exitCodeFor(api.error(), true, true));
        daemonApi = *api;
    }
    const QStringList positional = parser.positionalArguments();
    if (sub != u"ls"_s && positional.size() != 1)
        return fail(
            u"pin %1: give exactly one %2"_s.arg(sub, sub == u"add"_s ? u"CID"_s : u"ID or CID"_s),
            ExitUsage);

    auto handle = openPinningService(serviceName, daemonApi);
    if (!handle)
        return fail(handle.error().message, exitCodeFor(handle.error(), true, true));
    publish::PinningService *service = handle->service.get();

    if (sub == u"add"_s) {
        auto r = wait<PinStatus>(
            [&](auto cb) { service->pin(positional.first(), parser.value(nameOpt), {}, {}, cb); });
        if (!r)
            return fail(r.error().message, exitCodeFor(r.error(), true, true));
        if (parser.isSet(waitOpt) && r->status != PinState::Pinned) {
            r = waitUntilPinned(service, r->requestId, global.json);
            if (!r)
                return fail(r.error().message, exitCodeFor(r.error(), true, true));
        }
        if (global.json)
            printJson(statusJson(*r));
        else
            printStatus(*r);
        return ExitOk;
    }
    if (sub == u"status"_s) {
        auto r = wait<PinStatus>([&](auto cb) { service->status(positional.first(), cb); });
        if (!r)
            return fail(r.error().message, exitCodeFor(r.error(), true, true));
        if (global.json)
            printJson(statusJson(*r));
        else
            printStatus(*r);
        return r->status == PinState::Failed ? ExitFailure : ExitOk;
    }
    if (sub == u"ls"_s) {
        PinFilter filter;
        bool ok = false;
        filter.limit = parser.value(limitOpt).toInt(&ok);
        if (!ok)
            return fail(u"pin ls: --limit must be a number (1..1000)"_s, ExitUsage);
        if (parser.isSet(statusOpt)) {
            for (const QString &name : parser.value(statusOpt).split(u',', Qt::SkipEmptyParts)) {
                auto s = pinStateFromName(name.trimmed());
                if (!s)
                    return fail(s.error().message, ExitUsage);
                filter.statuses << *s;
            }
        }
        auto r = wait<PinList>([&](auto cb) { service->list(filter, cb); });
        if (!r)
            return fail(r.error().message, exitCodeFor(r.error(), true, true));
        if (global.json) {
            QJsonArray results;
            for (const PinStatus &s : r->results)
                results.append(statusJson(s));
            printJson(QJsonObject{{u"count"_s, r->count}, {u"results"_s, results}});
        } else {
            for (const PinStatus &s : r->results)
                printStatus(s);
            if (r->count > r->results.size())
                err() << "phasic-traces-cli: " << r->results.size() << " of " << r->count
                      << " shown (use --limit)" << Qt::endl;
        }
        return ExitOk;
    }
    // rm
    auto r = wait<void>([&](auto cb) { service->remove(positional.first(), cb); });
    if (!r)
        return fail(r.error().message, exitCodeFor(r.error(), true, true));
    if (global.json)
        printJson(QJsonObject{{u"removed"_s, positional.first()}});
    else
        out() << "removed " << positional.first() << Qt::endl;
    return ExitOk;
}

const Registrar registrar(
    {u"pin"_s,
     u"Pin CIDs on a remote service (pinata, psa:<name>, daemon:<name>): add, status, ls, rm, "
     u"services"_s,
     &runPin});

} // namespace

} // namespace pt::cli
