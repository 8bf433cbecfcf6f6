#pragma once

#include "core/globaloptions.h"
#include "core/result.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <QUrl>

#include <functional>
#include <memory>

class QTimer;

namespace pt::cli {

// Exit codes, the same for every command, so scripts can branch on them.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,      // the operation failed (message on stderr)
    ExitUsage = 2,        // bad arguments
    ExitNotFound = 3,     // no such id / file / CID
    ExitVerifyFailed = 4, // content does not match its CID or checksum
    ExitUnavailable = 5,  // no source could deliver / service unreachable
};

// Options every command (and the GUI executable) understands, wherever they stand on the
// command line: the one definition in core/globaloptions.h, shared with the GUI.
using GlobalOptions = pt::GlobalOptions;

struct Command
{
    QString name;    // "cid", "car", ...
    QString summary; // one line for the top-level --help
    int (*run)(const QStringList &args, const GlobalOptions &global);
};

// Commands register themselves from their own file with a static Registrar, so adding a
// command never touches a central list.
class CommandRegistry
{
public:
    static void add(const Command &command);
    static const QList<Command> &all();
    static const Command *find(const QString &name);
};

struct Registrar
{
    explicit Registrar(const Command &command) { CommandRegistry::add(command); }
};

QTextStream &out();
QTextStream &err();

// Prints a QJsonValue (object/array) as indented JSON on stdout.
void printJson(const QJsonValue &value);

// Parses `args` (args[0] is the command path, e.g. "phasic-traces-cli cid") with a parser that
// already has the command's options. Handles --help. Returns -1 to continue, or an exit code.
int parseCommandLine(QCommandLineParser &parser, const QStringList &args);

// The exit code for an error, the same in every command: NotFound 3, VerifyFailed 4,
// Network 5, anything else 1. InvalidInput is a usage error (2) where the bad input is what
// the user typed or pointed at, and a failure (1) where it came from outside (a gateway, a
// registry). Unsupported is "unavailable" (5) for commands that talk to a service or platform
// that cannot do it here (no systemd user instance, Web3.Storage uploads switched off).
int exitCodeFor(const Error &error, bool invalidInputIsUsage = false,
                bool unsupportedIsUnavailable = false);

// The Kubo RPC API's Authorization header value ("Bearer …" / "Basic …", Kubo's
// API.Authorizations) from the system keyring: SecretStore service "kubo-api", account
// "default" (stored with `daemon auth set`). Never from settings, argv or the environment.
// Empty when none is stored or no keyring answers: the header is optional. Unless `always`,
// the keyring is only asked when a daemon will be used (no --no-daemon, and --ipfs-api given
// or $IPFS_PATH/api present), so plain gateway downloads never wait for it.
QByteArray kuboApiAuthorization(const GlobalOptions &global, bool always = false);

// While alive, turns SIGINT (and SIGTERM when asked: systemd stops a unit with it) into one
// call of `onInterrupt` on the event loop, so a long job is cancelled cleanly instead of killed.
// The previous handlers come back on destruction. One at a time (the flag is process-wide).
class InterruptWatch
{
public:
    explicit InterruptWatch(std::function<void()> onInterrupt, bool alsoTerm = false);
    ~InterruptWatch();
    InterruptWatch(const InterruptWatch &) = delete;
    InterruptWatch &operator=(const InterruptWatch &) = delete;
    bool interrupted() const;

private:
    std::unique_ptr<QTimer> m_poll;
    void (*m_previousInt)(int) = nullptr;
    void (*m_previousTerm)(int) = nullptr;
    bool m_alsoTerm = false;
};

// The Kubo RPC API of the user's daemon: --ipfs-api, else the address in the settings, else
// the `api` file of the repository (the settings' IPFS_PATH, else $IPFS_PATH or ~/.ipfs). The
// error says why there is none. Does not contact the daemon.
Result<QUrl> configuredDaemonApi(const GlobalOptions &global);

// Reports an error on stderr as "phasic-traces-cli: <message>" and returns `code`.
int fail(const QString &message, int code = ExitFailure);

// Splits the global options out of argv; what remains goes to the command
// (GlobalOptions::extract). Returns false (with *error set) on a global option that lacks its
// value.
bool extractGlobalOptions(QStringList &args, GlobalOptions &global, QString *error);

} // namespace pt::cli
