// phasic-traces-cli: the command-line twin of the desktop app, on phasic_core only.
#include "app/cli/command.h"
#include "core/paths.h"

#include <QCoreApplication>

using namespace pt::cli;

static void printUsage()
{
    out() << "Usage: phasic-traces-cli [global options] <command> [options]\n\nCommands:\n";
    for (const Command &c : CommandRegistry::all())
        out() << "  " << c.name.leftJustified(14) << ' ' << c.summary << '\n';
    out() << "\nGlobal options: " << GlobalOptions::summary() << ", --version, --help\n"
             "Run 'phasic-traces-cli <command> --help' for a command's options.\n"
             "Exit codes: 0 ok, 1 failure, 2 usage, 3 not found, 4 verification failed,\n"
             "  5 unavailable.\n";
    out().flush();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("phasic-traces"));
    QCoreApplication::setOrganizationName(QStringLiteral("phasic"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PT_VERSION_STRING));

    QStringList args = QCoreApplication::arguments();
    const QString program = args.isEmpty() ? QStringLiteral("phasic-traces-cli") : args.takeFirst();

    GlobalOptions global;
    QString error;
    if (!extractGlobalOptions(args, global, &error))
        return fail(error, ExitUsage);
    global.applyPaths();

    if (args.isEmpty() || args.first() == QLatin1String("--help") ||
        args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        printUsage();
        return args.isEmpty() ? ExitUsage : ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        out() << "phasic-traces-cli " << QCoreApplication::applicationVersion() << '\n';
        out().flush();
        return ExitOk;
    }

    const QString name = args.takeFirst();
    const Command *command = CommandRegistry::find(name);
    if (!command)
        return fail(QStringLiteral("unknown command '%1' (see --help)").arg(name), ExitUsage);
    args.prepend(program + QLatin1Char(' ') + name);
    const int code = command->run(args, global);
    out().flush();
    err().flush();
    return code;
}
