// `service`: the IPFS daemon as a login service (DESIGN.md Tier 3) — install, uninstall, status.
#include "app/cli/command.h"
#include "core/daemon/loginservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;
using namespace pt::daemon;

namespace pt::cli {
namespace {

// The Kubo binary: --ipfs-bin (a path, or a name looked up in PATH), else `ipfs` in PATH.
Result<QString> findIpfs(const QString &given)
{
    if (!given.isEmpty()) {
        if (given.contains(u'/') || given.contains(u'\\')) {
            const QFileInfo info(given);
            if (!info.isFile() || !info.isExecutable())
                return Error(Error::NotFound,
                             u"--ipfs-bin %1: no executable file there"_s.arg(given));
            return info.absoluteFilePath();
        }
        const QString found = QStandardPaths::findExecutable(given);
        if (found.isEmpty())
            return Error(Error::NotFound, u"--ipfs-bin %1: not found in PATH"_s.arg(given));
        return found;
    }
    const QString found = QStandardPaths::findExecutable(u"ipfs"_s);
    if (found.isEmpty())
        return Error(Error::NotFound,
                     u"no `ipfs` executable (Kubo, the IPFS daemon) in PATH. Install Kubo: "
                     u"https://docs.ipfs.tech/install/command-line/ (Debian/Ubuntu have no "
                     u"package: use installers/install_ipfs_service.sh --download or "
                     u"`snap install ipfs`; macOS: `brew install ipfs`), or pass --ipfs-bin "
                     u"PATH."_s);
    return found;
}

void printReport(const ServicePlan &plan, const ExecutionReport &report)
{
    for (const StepResult &r : report.results) {
        const ServiceStep &s = plan.steps.at(r.index);
        QString what = s.why;
        if (!s.path.isEmpty())
            what += u" ("_s + s.path + u')';
        if (r.ok || (s.kind == ServiceStep::Probe && report.ok))
            out() << "  done: " << what << '\n';
        else if (s.allowFailure)
            out() << "  skipped: " << what << " — " << r.message << '\n';
        else
            out() << "  FAILED: " << what << '\n';
    }
    out().flush();
}

int run(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Install, remove or inspect the IPFS daemon (Kubo) as a login service: a systemd user "
        u"unit on Linux, a launchd agent on macOS, a logon task on Windows.\n"
        u"The Kubo binary is --ipfs-bin (global option) or `ipfs` from PATH.\n"
        u"--dry-run prints every file and command without touching anything; with "
        u"--platform it shows what would be done on another OS.\n"
        u"status exits 0 when installed, 3 when not."_s);
    parser.addPositionalArgument(u"action"_s, u"install, uninstall or status"_s);
    const QCommandLineOption platformOpt(
        u"platform"_s, u"systemd, launchd or windows (default: this OS)"_s, u"name"_s);
    const QCommandLineOption dryRunOpt(u"dry-run"_s, u"Print the plan; change nothing."_s);
    const QCommandLineOption ipfsPathOpt(
        u"ipfs-path"_s, u"IPFS repository the daemon serves (default: $IPFS_PATH or ~/.ipfs)"_s,
        u"dir"_s);
    const QCommandLineOption nameOpt(u"name"_s, u"Unit name / launchd label / task name"_s,
                                     u"name"_s);
    const QCommandLineOption argOpt(u"daemon-arg"_s,
                                    u"Extra argument for `ipfs daemon` (repeatable), e.g. "
                                    u"--daemon-arg=--enable-gc"_s,
                                    u"arg"_s);
    parser.addOptions({platformOpt, dryRunOpt, ipfsPathOpt, nameOpt, argOpt});
    if (const int code = parseCommandLine(parser, args); code >= 0)
        return code;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(u"service: say install, uninstall or status (see --help)"_s, ExitUsage);
    ServiceAction action;
    if (positional.first() == u"install"_s)
        action = ServiceAction::Install;
    else if (positional.first() == u"uninstall"_s)
        action = ServiceAction::Uninstall;
    else if (positional.first() == u"status"_s)
        action = ServiceAction::Status;
    else
        return fail(u"service: unknown action \"%1\" (install, uninstall or status)"_s.arg(
                        positional.first()),
                    ExitUsage);

    LoginServiceOptions options;
    options.platform = LoginService::hostPlatform();
    if (parser.isSet(platformOpt)) {
        const auto p = LoginService::platformFromId(parser.value(platformOpt));
        if (!p)
            return fail(p.error().message, ExitUsage);
        options.platform = *p;
    }
    const bool dryRun = parser.isSet(dryRunOpt);
    const bool host = options.platform == LoginService::hostPlatform();
    if (!host && !dryRun)
        return fail(u"a %1 service can only be managed on that OS; add --dry-run to see what "
                    u"would be done there"_s.arg(LoginService::platformId(options.platform)),
                    ExitUsage);
    options.ipfsPath = parser.value(ipfsPathOpt);
    if (!options.ipfsPath.isEmpty() && host)
        options.ipfsPath = QDir::toNativeSeparators(QFileInfo(options.ipfsPath).absoluteFilePath());
    options.name = parser.value(nameOpt);
    options.extraDaemonArgs = parser.values(argOpt);
    if (action != ServiceAction::Status) {
        if (host) {
            const auto bin = findIpfs(global.ipfsBin);
            if (!bin)
                return fail(bin.error().message, exitCodeFor(bin.error(), true, true));
            // Native separators: a Windows task wants C:\…, which Qt spells C:/….
            options.ipfsBinary = QDir::toNativeSeparators(*bin);
        } else {
            options.ipfsBinary = global.ipfsBin; // empty: an example path (withDefaults)
        }
    }
    options = LoginService::withDefaults(options);

    const auto plan = LoginService::plan(action, options);
    if (!plan)
        return fail(plan.error().message, exitCodeFor(plan.error(), true, true));

    if (dryRun) {
        if (global.json) {
            QJsonObject o = plan->toJson();
            o.insert(u"dryRun"_s, true);
            printJson(o);
        } else {
            out() << plan->render();
            if (!host)
                out() << "\n# Paths not given on the command line are examples for that OS.\n";
            out().flush();
        }
        return ExitOk;
    }

    // One top-level event loop for the jobs (run() is called before any loop runs).
    int code = ExitOk;
    QJsonObject json;
    ServiceJob *job = LoginService::execute(*plan, QCoreApplication::instance());
    QObject::connect(job, &ServiceJob::finished, job, [&, job] {
        const ExecutionReport &report = job->report();
        if (action == ServiceAction::Status) {
            const ServiceStatus &st = job->status();
            if (global.json)
                printJson(st.toJson());
            else {
                out() << st.summary() << '\n';
                out().flush();
            }
            code = st.installed ? ExitOk : ExitNotFound;
            QCoreApplication::exit(0);
            return;
        }
        json.insert(u"plan"_s, plan->toJson());
        json.insert(u"report"_s, report.toJson(*plan));
        if (!global.json) {
            out() << (action == ServiceAction::Install ? "Installing " : "Uninstalling ")
                  << plan->name << ":\n";
            printReport(*plan, report);
        }
        if (!report.ok) {
            if (global.json)
                printJson(json);
            code = fail(report.error.message, exitCodeFor(report.error, true, true));
            QCoreApplication::exit(0);
            return;
        }
        // Say where things stand now (install restarts without waiting for readiness).
        auto statusJob = LoginService::status(options, job);
        if (!statusJob) {
            if (global.json)
                printJson(json);
            QCoreApplication::exit(0);
            return;
        }
        QObject::connect(*statusJob, &ServiceJob::finished, job, [&, sj = *statusJob] {
            if (global.json) {
                json.insert(u"status"_s, sj->status().toJson());
                printJson(json);
            } else {
                out() << sj->status().summary() << '\n';
                out().flush();
            }
            QCoreApplication::exit(0);
        });
        (*statusJob)->start();
    });
    job->start();
    QCoreApplication::exec();
    return code;
}

const Registrar registrar({u"service"_s,
                           u"Install/uninstall/inspect the IPFS daemon as a login service"_s,
                           &run});

} // namespace
} // namespace pt::cli
