// `login` / `logout`: tokens for GitHub, Pinata and pinning services, in the system keyring
// only (core/secrets.h). A token is read from stdin, never from argv: arguments are visible to
// every user in the process list (ps, /proc/<pid>/cmdline) and land in shell history.
#include "app/cli/command.h"
#include "core/secrets.h"
#include "core/settings.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace pt::cli {

namespace {

constexpr qint64 kMaxTokenBytes = 64 * 1024; // JWTs are a few KiB; anything bigger is a mistake

const QString kArgvRefusal =
    u"refusing a token on the command line: arguments are visible to every user in the process "
    u"list and are saved in shell history. Pipe it in instead, e.g. "
    u"`phasic-traces-cli login github --token-stdin < token.txt`, or run without options on a "
    u"terminal to be prompted."_s;

struct Outcome
{
    Result<QString> result;
    SecretJob::Status status;
};

// The CLI has no event loop running while a command executes; this one is the only loop (not
// nested). finished() is always emitted asynchronously, so quit() cannot come before exec().
Outcome runJob(SecretJob *job)
{
    std::optional<Outcome> out;
    QEventLoop loop;
    QObject::connect(job, &SecretJob::finished, &loop, [&](const Result<QString> &r) {
        out = Outcome{r, job->status()};
        loop.quit();
    });
    job->start();
    loop.exec();
    return *out;
}

int exitCodeFor(const Outcome &o)
{
    switch (o.status) {
    case SecretJob::Status::NoBackend:
        return ExitUnavailable;
    case SecretJob::Status::NotFound:
        return ExitNotFound;
    default:
        break;
    }
    return !o.result.ok() && o.result.error().code == Error::InvalidInput ? ExitUsage : ExitFailure;
}

bool refusesArgvToken(const QStringList &args)
{
    for (const QString &a : args) {
        if (a == u"--token"_s || a.startsWith(u"--token="_s) || a == u"-t"_s)
            return true;
    }
    return false;
}

// "github" / "pinata" / "psa NAME" → the SecretStore service name, or an error message.
Result<QString> serviceFromArgs(const QStringList &positional)
{
    if (positional.isEmpty())
        return Error(Error::InvalidInput, u"which service? github, pinata or psa NAME"_s);
    const QString what = positional.first();
    qsizetype expected = 1;
    QString service;
    if (what == u"github"_s || what == u"pinata"_s) {
        service = what;
    } else if (what == u"psa"_s) {
        expected = 2;
        if (positional.size() < 2)
            return Error(Error::InvalidInput,
                         u"psa needs the pinning service's name (as in settings), e.g. "
                         u"`login psa my-node`"_s);
        static const QRegularExpression nameRe(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
        if (!nameRe.match(positional.at(1)).hasMatch())
            return Error(Error::InvalidInput,
                         u"pinning service name '%1' must be 1-64 letters, digits, '.', '_' or "
                         u"'-' (as in settings)"_s.arg(positional.at(1)));
        service = u"psa:"_s + positional.at(1);
    } else {
        return Error(Error::InvalidInput,
                     u"unknown service '%1': use github, pinata or psa NAME"_s.arg(what));
    }
    if (positional.size() > expected) {
        // Possibly a token typed as an argument; never echo it.
        for (const QString &extra : positional.mid(expected)) {
            if (Settings::looksLikeSecret(extra) || extra.size() >= 20)
                return Error(Error::InvalidInput, kArgvRefusal);
        }
        return Error(Error::InvalidInput, u"too many arguments (see --help)"_s);
    }
    if (auto r = SecretStore::checkKey(service, u"x"_s); !r)
        return r.error();
    return service;
}

QString trimToken(QByteArray bytes)
{
    while (!bytes.isEmpty() && (bytes.endsWith('\n') || bytes.endsWith('\r')))
        bytes.chop(1);
    return QString::fromUtf8(bytes).trimmed();
}

Result<QString> readToken(bool fromStdin, const QString &service)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error(Error::Io, u"cannot read standard input"_s);
#ifdef Q_OS_UNIX
    const bool tty = ::isatty(STDIN_FILENO);
#else
    const bool tty = false;
#endif
    QByteArray bytes;
    if (tty) {
#ifdef Q_OS_UNIX
        // On a terminal (with or without --token-stdin): one line, not echoed.
        err() << "Token for " << service << " (input hidden), then Enter: ";
        err().flush();
        termios saved{};
        const bool haveTerm = ::tcgetattr(STDIN_FILENO, &saved) == 0;
        if (haveTerm) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
        bytes = in.readLine(kMaxTokenBytes + 1);
        if (haveTerm)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err() << Qt::endl;
#endif
    } else if (fromStdin) {
        bytes = in.read(kMaxTokenBytes + 1);
    } else {
        return Error(Error::InvalidInput,
                     u"standard input is not a terminal: pass --token-stdin to read the token "
                     u"from it"_s);
    }
    if (bytes.size() > kMaxTokenBytes)
        return Error(
            Error::InvalidInput,
            u"the token on standard input is larger than %1 KiB; is it the right file?"_s.arg(
                kMaxTokenBytes / 1024));
    QString token = trimToken(bytes);
    bytes.fill('\0');
    if (token.isEmpty())
        return Error(Error::InvalidInput, u"no token on standard input"_s);
    if (token.contains(u'\n'))
        return Error(Error::InvalidInput,
                     u"the token on standard input spans several lines; give one token"_s);
    return token;
}

QStringList configuredPsaServices()
{
    QStringList names;
    // Only read an existing file: `login --status` must not create settings as a side effect.
    if (!QFile::exists(Settings::defaultFilePath()))
        return names;
    Settings settings;
    for (const PinningService &s : settings.pinningServices()) {
        if (s.kind == PinningService::Kind::Psa)
            names << u"psa:"_s + s.name;
    }
    return names;
}

int status(const QString &account, const GlobalOptions &global)
{
    QStringList services{u"github"_s, u"pinata"_s};
    services += configuredPsaServices();

    // All reads in parallel; one loop waits for all of them.
    QList<std::optional<Outcome>> outcomes(services.size());
    QEventLoop loop;
    qsizetype pending = services.size();
    for (qsizetype i = 0; i < services.size(); ++i) {
        SecretJob *job = SecretStore::read(services.at(i), account);
        QObject::connect(job, &SecretJob::finished, &loop, [&, i, job](const Result<QString> &r) {
            // Only whether it exists is kept; the value is dropped here.
            outcomes[i] = Outcome{r.ok() ? Result<QString>(QString()) : r, job->status()};
            if (--pending == 0)
                loop.quit();
        });
        job->start();
    }
    loop.exec();

    QJsonArray rows;
    for (qsizetype i = 0; i < services.size(); ++i) {
        const Outcome &o = *outcomes.at(i);
        if (o.status == SecretJob::Status::NoBackend)
            return fail(o.result.error().message, ExitUnavailable);
        QJsonObject row{{u"service"_s, services.at(i)},
                        {u"keychain_service"_s, SecretStore::keychainService(services.at(i))},
                        {u"account"_s, account},
                        {u"stored"_s, o.status == SecretJob::Status::Ok}};
        if (o.status != SecretJob::Status::Ok && o.status != SecretJob::Status::NotFound)
            row.insert(u"error"_s, o.result.error().message);
        rows.append(row);
    }
    if (global.json) {
        printJson(QJsonObject{{u"services"_s, rows}});
        return ExitOk;
    }
    for (const QJsonValue &v : std::as_const(rows)) {
        const QJsonObject row = v.toObject();
        const QString state =
            row.value(u"error"_s).isString()
                ? u"error: "_s + row.value(u"error"_s).toString()
                : (row.value(u"stored"_s).toBool() ? u"token stored"_s : u"no token"_s);
        out() << row.value(u"service"_s).toString().leftJustified(24) << state << '\n';
    }
    out() << "(keyring entries phasic-traces/<service>, account " << account << ")\n";
    out().flush();
    return ExitOk;
}

QCommandLineOption accountOption()
{
    return QCommandLineOption(
        u"account"_s,
        u"Keyring account name (default: %1)."_s.arg(QLatin1String(SecretStore::DefaultAccount)),
        u"NAME"_s, QLatin1String(SecretStore::DefaultAccount));
}

int runLogin(const QStringList &args, const GlobalOptions &global)
{
    if (refusesArgvToken(args))
        return fail(kArgvRefusal, ExitUsage);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Store a token in the system keyring (GNOME Keyring / KWallet / macOS Keychain / "
        u"Windows Credential Manager), never in a file.\n"
        u"  login github|pinata [--token-stdin]\n"
        u"  login psa NAME [--token-stdin]     NAME: a pinning service from settings\n"
        u"  login --status                     which services have a token (not the values)\n"
        u"Without --token-stdin you are prompted on the terminal (input hidden)."_s);
    const QCommandLineOption tokenStdin(u"token-stdin"_s,
                                        u"Read the token from standard input (one line)."_s);
    const QCommandLineOption statusOpt(u"status"_s, u"List which services have a token stored."_s);
    const QCommandLineOption account = accountOption();
    parser.addOptions({tokenStdin, statusOpt, account});
    parser.addPositionalArgument(u"service"_s, u"github, pinata or psa"_s);
    parser.addPositionalArgument(u"name"_s, u"The pinning service's name (psa only)."_s,
                                 u"[NAME]"_s);
    if (const int code = parseCommandLine(parser, args); code >= 0)
        return code;
    const QString accountName = parser.value(account);
    if (auto r = SecretStore::checkKey(u"github"_s, accountName); !r)
        return fail(r.error().message, ExitUsage);

    if (parser.isSet(statusOpt)) {
        if (!parser.positionalArguments().isEmpty())
            return fail(u"--status takes no service"_s, ExitUsage);
        return status(accountName, global);
    }

    const Result<QString> service = serviceFromArgs(parser.positionalArguments());
    if (!service)
        return fail(service.error().message, ExitUsage);
    Result<QString> token = readToken(parser.isSet(tokenStdin), *service);
    if (!token)
        return fail(token.error().message,
                    token.error().code == Error::InvalidInput ? ExitUsage : ExitFailure);

    const Outcome o = runJob(SecretStore::write(*service, accountName, *token));
    token->fill(u'\0');
    if (!o.result)
        return fail(o.result.error().message, exitCodeFor(o));
    const QString where = SecretStore::keychainService(*service);
    if (global.json) {
        printJson(QJsonObject{{u"service"_s, *service},
                              {u"keychain_service"_s, where},
                              {u"account"_s, accountName},
                              {u"stored"_s, true}});
    } else {
        out() << "Stored the " << *service << " token in the keyring (" << where << ", account "
              << accountName << ").\n";
        out().flush();
    }
    return ExitOk;
}

int runLogout(const QStringList &args, const GlobalOptions &global)
{
    if (refusesArgvToken(args))
        return fail(kArgvRefusal, ExitUsage);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Remove a stored token from the system keyring.\n"
                                     u"  logout github|pinata\n"
                                     u"  logout psa NAME"_s);
    const QCommandLineOption account = accountOption();
    parser.addOption(account);
    parser.addPositionalArgument(u"service"_s, u"github, pinata or psa"_s);
    parser.addPositionalArgument(u"name"_s, u"The pinning service's name (psa only)."_s,
                                 u"[NAME]"_s);
    if (const int code = parseCommandLine(parser, args); code >= 0)
        return code;
    const QString accountName = parser.value(account);
    const Result<QString> service = serviceFromArgs(parser.positionalArguments());
    if (!service)
        return fail(service.error().message, ExitUsage);

    // The secret service answers "done" to deleting a missing entry; look first so the user
    // learns whether there was anything to remove.
    const QString where = SecretStore::keychainService(*service);
    bool removed = false;
    const Outcome lookup = runJob(SecretStore::read(*service, accountName));
    if (!lookup.result && lookup.status != SecretJob::Status::NotFound)
        return fail(lookup.result.error().message, exitCodeFor(lookup));
    if (lookup.result) {
        const Outcome o = runJob(SecretStore::remove(*service, accountName));
        if (!o.result)
            return fail(o.result.error().message, exitCodeFor(o));
        removed = true;
    }
    if (global.json) {
        printJson(QJsonObject{{u"service"_s, *service},
                              {u"keychain_service"_s, where},
                              {u"account"_s, accountName},
                              {u"removed"_s, removed}});
    } else if (removed) {
        out() << "Removed the " << *service << " token from the keyring (" << where << ", account "
              << accountName << ").\n";
    } else {
        out() << "No " << *service << " token was stored (" << where << ", account " << accountName
              << ").\n";
    }
    out().flush();
    return removed ? ExitOk : ExitNotFound;
}

const Registrar loginRegistrar({u"login"_s,
                                u"Store a token (GitHub, Pinata, pinning service) in the keyring"_s,
                                runLogin});
const Registrar logoutRegistrar({u"logout"_s, u"Remove a stored token from the keyring"_s,
                                 runLogout});

} // namespace

} // namespace pt::cli
