// phasic-traces-cli daemon status|start|stop|init|logs — the IPFS (Kubo) daemon supervisor
// (core/daemon/supervisor.h) from the command line. IPFS_PATH and --ipfs-bin are honoured.
#include "app/cli/command.h"
#include "core/daemon/supervisor.h"
#include "core/secrets.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonObject>
#include <QTimer>

#include <optional>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using pt::daemon::Supervisor;

namespace pt::cli {
namespace {

QJsonObject statusJson(const Supervisor &s)
{
    const Supervisor::Status st = s.status();
    QJsonObject o{
        {u"state"_s, Supervisor::stateName(s.state())},
        {u"ours"_s, s.ours()},
        {u"version"_s, st.version.isEmpty() ? QJsonValue() : QJsonValue(st.version)},
        {u"peers"_s, st.peers >= 0 ? QJsonValue(st.peers) : QJsonValue()},
        {u"api"_s, s.apiUrl().isValid() ? QJsonValue(s.apiUrl().toString()) : QJsonValue()},
        {u"ipfsPath"_s, s.ipfsPath()},
        {u"binary"_s, s.binary().isEmpty() ? QJsonValue() : QJsonValue(s.binary())},
        {u"pid"_s, s.pid() > 0 ? QJsonValue(s.pid()) : QJsonValue()},
        {u"message"_s, s.message()},
        {u"suggestion"_s, s.suggestion().isEmpty() ? QJsonValue() : QJsonValue(s.suggestion())},
        {u"logFile"_s, s.logFile()},
    };
    if (st.repoSize >= 0)
        o[u"repoSize"_s] = st.repoSize;
    if (!st.peerId.isEmpty())
        o[u"peerId"_s] = st.peerId;
    if (!st.agent.isEmpty())
        o[u"agent"_s] = st.agent;
    return o;
}

void printStatus(const Supervisor &s)
{
    const Supervisor::Status st = s.status();
    QString state = Supervisor::stateName(s.state());
    if (s.state() == Supervisor::State::Running)
        state += s.ours() ? u" (started by Phasic Traces, pid %1)"_s.arg(s.pid())
                          : u" (started elsewhere)"_s;
    out() << "state:     " << state << '\n';
    if (!st.version.isEmpty())
        out() << "version:   " << st.version << '\n';
    if (st.peers >= 0)
        out() << "peers:     " << st.peers << '\n';
    if (s.apiUrl().isValid())
        out() << "api:       " << s.apiUrl().toString() << '\n';
    out() << "repo:      " << s.ipfsPath() << '\n';
    if (st.repoSize >= 0)
        out() << "repo size: " << st.repoSize << " bytes\n";
    if (!s.binary().isEmpty())
        out() << "binary:    " << s.binary() << '\n';
    if (!s.message().isEmpty())
        out() << "message:   " << s.message() << '\n';
    if (!s.suggestion().isEmpty())
        out() << "next step: " << s.suggestion() << '\n';
    out().flush();
}

int exitCodeFor(const Supervisor &s, bool ok)
{
    if (s.state() == Supervisor::State::NotInstalled)
        return ExitUnavailable;
    return ok ? ExitOk : ExitFailure;
}

// Runs one supervisor operation to its finished(ok) in the CLI's event loop (bounded).
bool runOperation(Supervisor &s, void (Supervisor::*op)(), int timeoutMs)
{
    bool ok = false;
    QObject guard;
    QObject::connect(&s, &Supervisor::finished, &guard, [&ok](bool result) {
        ok = result;
        QCoreApplication::exit(0);
    });
    QTimer::singleShot(timeoutMs, &guard, [] { QCoreApplication::exit(1); });
    QTimer::singleShot(0, &guard, [&s, op] { (s.*op)(); });
    if (QCoreApplication::exec() != 0) {
        err() << "phasic-traces-cli: the operation did not finish within " << timeoutMs / 1000
              << " s\n";
        return false;
    }
    return ok;
}

void fetchStatus(Supervisor &s)
{
    if (s.state() != Supervisor::State::Running)
        return;
    QObject guard;
    QObject::connect(&s, &Supervisor::statusChanged, &guard, [] { QCoreApplication::exit(0); });
    QTimer::singleShot(20000, &guard, [] { QCoreApplication::exit(1); });
    s.updateStatus();
    QCoreApplication::exec();
}

// Runs one keychain job to its end (the CLI's own loop, bounded by the job's timeout).
Result<QString> runSecretJob(SecretJob *job)
{
    std::optional<Result<QString>> outcome;
    QEventLoop loop;
    QObject::connect(job, &SecretJob::finished, &loop, [&](const Result<QString> &r) {
        outcome.emplace(r);
        loop.quit();
    });
    job->start();
    loop.exec();
    return *outcome;
}

// One line from stdin (not echoed on a terminal): the Authorization header value.
Result<QByteArray> readHeaderValue()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error(Error::Io, u"cannot read standard input"_s);
    QByteArray bytes;
#ifdef Q_OS_UNIX
    if (::isatty(STDIN_FILENO)) {
        err() << "Authorization header value for the IPFS API, e.g. \"Bearer <token>\" (input "
                 "hidden), then Enter: ";
        err().flush();
        termios saved{};
        const bool haveTerm = ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (haveTerm) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        bytes = in.readLine(16 * 1024 + 1);
        if (haveTerm)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err() << Qt::endl;
    } else
#endif
    {
        bytes = in.read(16 * 1024 + 1);
    }
    if (bytes.size() > 16 * 1024)
        return Error(Error::InvalidInput, u"the value on standard input is larger than 16 KiB"_s);
    const QByteArray value = bytes.trimmed();
    if (value.isEmpty())
        return Error(Error::InvalidInput, u"no Authorization value on standard input"_s);
    for (const char c : value) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return Error(Error::InvalidInput,
                         u"the Authorization value must be one line of printable characters"_s);
    }
    if (!value.contains(' '))
        return Error(Error::InvalidInput,
                     u"give the whole header value with its scheme, e.g. \"Bearer <token>\" or "
                     "\"Basic <base64>\" (as in Kubo's API.Authorizations)"_s);
    return value;
}

// daemon auth set|clear|status: the RPC API's Authorization header in the keychain.
int runAuth(const QString &what, const GlobalOptions &global)
{
    const QString service = u"kubo-api"_s;
    const QString account = QLatin1String(SecretStore::DefaultAccount);
    const QString where = SecretStore::keychainService(service);
    if (what == u"set") {
        const Result<QByteArray> value = readHeaderValue();
        if (!value)
            return fail(u"daemon auth set: "_s + value.error().message, ExitUsage);
        const Result<QString> r =
            runSecretJob(SecretStore::write(service, account, QString::fromUtf8(*value)));
        if (!r)
            return fail(r.error().message, pt::cli::exitCodeFor(r.error(), false, true));
        if (global.json)
            printJson(QJsonObject{{u"keychain_service"_s, where}, {u"stored"_s, true}});
        else
            out() << "Stored the IPFS API Authorization header in the keyring (" << where
                  << "). Phasic Traces sends it on every call to the daemon's API.\n";
        out().flush();
        return ExitOk;
    }
    const Result<QString> current = runSecretJob(SecretStore::read(service, account));
    const bool stored = current.ok();
    if (!current && current.error().code != Error::NotFound)
        return fail(current.error().message, pt::cli::exitCodeFor(current.error(), false, true));
    if (what == u"status") {
        if (global.json)
            printJson(QJsonObject{{u"keychain_service"_s, where}, {u"stored"_s, stored}});
        else
            out() << (stored ? "An IPFS API Authorization header is stored in the keyring ("
                             : "No IPFS API Authorization header is stored (")
                  << where << ").\n";
        out().flush();
        return stored ? ExitOk : ExitNotFound;
    }
    if (what == u"clear") {
        if (stored) {
            const Result<QString> r = runSecretJob(SecretStore::remove(service, account));
            if (!r)
                return fail(r.error().message, pt::cli::exitCodeFor(r.error(), false, true));
        }
        if (global.json)
            printJson(QJsonObject{{u"keychain_service"_s, where}, {u"removed"_s, stored}});
        else
            out() << (stored ? "Removed the IPFS API Authorization header from the keyring ("
                             : "No IPFS API Authorization header was stored (")
                  << where << ").\n";
        out().flush();
        return stored ? ExitOk : ExitNotFound;
    }
    return fail(u"daemon auth: expected set, clear or status"_s, ExitUsage);
}

int runDaemon(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Manage the IPFS (Kubo) daemon.\n"
        "  status  show whether a daemon runs, its version, peers and API address\n"
        "  start   start the daemon (detached; runs `ipfs init` first when the repo is missing)\n"
        "          or attach to one that already runs\n"
        "  stop    ask the daemon to shut down (SIGTERM after a timeout, ours only)\n"
        "  init    create the IPFS repository ($IPFS_PATH or ~/.ipfs)\n"
        "  logs    print the end of the output of the daemon we started\n"
        "  auth set|clear|status\n"
        "          the Authorization header for the daemon's API (Kubo's API.Authorizations),\n"
        "          kept in the system keyring; `set` reads it from stdin (\"Bearer <token>\")"_s);
    parser.addPositionalArgument(u"action"_s, u"status | start | stop | init | logs | auth"_s);
    const QCommandLineOption profile(u"profile"_s, u"Profile for `ipfs init` (e.g. lowpower)."_s,
                                     u"NAME"_s);
    const QCommandLineOption timeout(u"timeout"_s, u"Seconds to wait for start/stop (60)."_s,
                                     u"S"_s, u"60"_s);
    const QCommandLineOption lines(u"lines"_s, u"Lines of log to print (50)."_s, u"N"_s, u"50"_s);
    parser.addOptions({profile, timeout, lines});
    if (const int code = parseCommandLine(parser, args); code >= 0)
        return code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() == 2 && pos.first() == u"auth")
        return runAuth(pos.at(1), global);
    if (pos.size() != 1)
        return fail(u"daemon: expected one action: status, start, stop, init or logs"_s, ExitUsage);
    const QString action = pos.first();
    bool numberOk = false;
    const int seconds = parser.value(timeout).toInt(&numberOk);
    if (!numberOk || seconds <= 0)
        return fail(u"daemon: --timeout needs a positive number of seconds"_s, ExitUsage);
    const int maxLines = parser.value(lines).toInt(&numberOk);
    if (!numberOk || maxLines <= 0)
        return fail(u"daemon: --lines needs a positive number"_s, ExitUsage);

    pt::daemon::SupervisorOptions options;
    options.ipfsBin = global.ipfsBin;
    options.apiAddress = global.ipfsApi;
    options.initProfile = parser.value(profile);
    if (!global.cacheDir.isEmpty())
        options.logDir = global.cacheDir + u"/daemon"_s;
    options.startTimeoutMs = seconds * 1000;
    options.stopTimeoutMs = qMin(seconds, 15) * 1000;
    options.watchIntervalMs = 0; // one-shot: no health polling
    if (action == u"status" || action == u"start" || action == u"stop")
        options.authorization = kuboApiAuthorization(global, true);
    Supervisor s(options);

    const int budget = seconds * 1000 + 30000;
    if (action == u"logs") {
        const QString tail = s.logTail(maxLines);
        if (tail.isEmpty())
            return fail(u"daemon: no log at %1 (the daemon was not started by Phasic Traces, or "
                        "with another --cache-dir)"_s.arg(s.logFile()),
                        ExitNotFound);
        out() << tail << '\n';
        out().flush();
        return ExitOk;
    }

    bool ok = false;
    if (action == u"status") {
        ok = runOperation(s, &Supervisor::refresh, budget);
        fetchStatus(s);
        global.json ? printJson(statusJson(s)) : printStatus(s);
        if (!ok)
            return ExitFailure;
        switch (s.state()) {
        case Supervisor::State::Running:
            return ExitOk;
        case Supervisor::State::Error:
            return ExitFailure;
        default:
            return ExitUnavailable;
        }
    }
    if (action == u"start") {
        ok = runOperation(s, &Supervisor::start, budget);
        fetchStatus(s);
    } else if (action == u"stop") {
        ok = runOperation(s, &Supervisor::stop, budget);
    } else if (action == u"init") {
        ok = runOperation(s, &Supervisor::init, budget);
    } else {
        return fail(u"daemon: unknown action '%1' (status, start, stop, init, logs)"_s.arg(action),
                    ExitUsage);
    }
    if (global.json) {
        printJson(statusJson(s));
    } else if (ok) {
        out() << s.message() << '\n';
        out().flush();
    } else {
        err() << "phasic-traces-cli: " << s.message() << '\n';
        if (!s.suggestion().isEmpty())
            err() << "next step: " << s.suggestion() << '\n';
        err().flush();
    }
    return exitCodeFor(s, ok);
}

const Registrar registrar(Command{
    u"daemon"_s, u"Manage the IPFS daemon (status, start, stop, init, logs)"_s, &runDaemon});

} // namespace
} // namespace pt::cli
