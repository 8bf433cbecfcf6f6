#include "app/cli/command.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace pt::cli {

namespace {
QList<Command> &registry()
{
    static QList<Command> commands;
    return commands;
}
} // namespace

void CommandRegistry::add(const Command &command)
{
    registry().append(command);
    std::sort(registry().begin(), registry().end(),
              [](const Command &a, const Command &b) { return a.name < b.name; });
}

const QList<Command> &CommandRegistry::all()
{
    return registry();
}

const Command *CommandRegistry::find(const QString &name)
{
    for (const Command &c : registry()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printJson(const QJsonValue &value)
{
    QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

int parseCommandLine(QCommandLineParser &parser, const QStringList &args)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args))
        return fail(parser.errorText() + QStringLiteral(" (see --help)"), ExitUsage);
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out() << QStringLiteral(
            "\nGlobal options (any command): --json, --registry URL, --gateway URL (repeatable),\n"
            "  --no-daemon, --ipfs-api ADDR, --ipfs-bin PATH, --cache-dir DIR\n");
        out().flush();
        return ExitOk;
    }
    return -1;
}

int exitCodeFor(const Error &error, bool invalidInputIsUsage, bool unsupportedIsUnavailable)
{
    switch (error.code) {
    case Error::Unsupported:
        return unsupportedIsUnavailable ? ExitUnavailable : ExitFailure;
    case Error::NotFound:
        return ExitNotFound;
    case Error::VerifyFailed:
        return ExitVerifyFailed;
    case Error::Network:
        return ExitUnavailable;
    case Error::InvalidInput:
        return invalidInputIsUsage ? ExitUsage : ExitFailure;
    default:
        return ExitFailure;
    }
}

int fail(const QString &message, int code)
{
    out().flush();
    err() << "phasic-traces-cli: " << message << Qt::endl;
    return code;
}

bool extractGlobalOptions(QStringList &args, GlobalOptions &global, QString *error)
{
    QStringList rest;
    rest.reserve(args.size());
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--")) { // everything after is positional
            rest += args.mid(i);
            break;
        }
        if (a == QLatin1String("--json")) {
            global.json = true;
            continue;
        }
        if (a == QLatin1String("--no-daemon")) {
            global.noDaemon = true;
            continue;
        }
        struct Valued
        {
            const char *name;
            QString *single;
            QStringList *list;
        };
        const Valued valued[] = {
            {"--registry", &global.registry, nullptr},  {"--gateway", nullptr, &global.gateways},
            {"--ipfs-api", &global.ipfsApi, nullptr},   {"--ipfs-bin", &global.ipfsBin, nullptr},
            {"--cache-dir", &global.cacheDir, nullptr},
        };
        bool matched = false;
        for (const Valued &v : valued) {
            const QString name = QLatin1String(v.name);
            QString value;
            if (a == name) {
                if (i + 1 >= args.size()) {
                    *error = QStringLiteral("option %1 needs a value").arg(name);
                    return false;
                }
                value = args.at(++i);
            } else if (a.startsWith(name + QLatin1Char('='))) {
                value = a.mid(name.size() + 1);
            } else {
                continue;
            }
            if (v.single)
                *v.single = value;
            else
                v.list->append(value);
            matched = true;
            break;
        }
        if (!matched)
            rest.append(a);
    }
    args = rest;
    return true;
}

} // namespace pt::cli
