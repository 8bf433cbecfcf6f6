#include "core/globaloptions.h"

#include "core/fetch/fetchconfig.h"
#include "core/paths.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace pt {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pt::GlobalOptions", text);
}

QString dashed(const GlobalOptions::Definition &d)
{
    return QStringLiteral("--") + QLatin1String(d.name);
}

} // namespace

const QList<GlobalOptions::Definition> &GlobalOptions::definitions()
{
    using O = Option;
    static const QList<Definition> defs = {
        {O::Json, "json", nullptr, QT_TRANSLATE_NOOP("pt::GlobalOptions", "Print JSON."), true},
        {O::Registry, "registry", "URL",
         QT_TRANSLATE_NOOP("pt::GlobalOptions",
                           "Registry to use (https://, file://, ipfs://, a path) instead of "
                           "the configured locations.")},
        {O::Gateway, "gateway", "URL",
         QT_TRANSLATE_NOOP("pt::GlobalOptions",
                           "Trustless gateway (repeatable; replaces the configured list)."),
         false, true},
        {O::NoDaemon, "no-daemon", nullptr,
         QT_TRANSLATE_NOOP("pt::GlobalOptions", "Do not use or start a local IPFS daemon.")},
        {O::IpfsApi, "ipfs-api", "ADDR",
         QT_TRANSLATE_NOOP("pt::GlobalOptions", "Kubo RPC API address (multiaddr or URL).")},
        {O::IpfsBin, "ipfs-bin", "PATH",
         QT_TRANSLATE_NOOP("pt::GlobalOptions", "Path of the ipfs (Kubo) binary.")},
        {O::CacheDir, "cache-dir", "DIR",
         QT_TRANSLATE_NOOP("pt::GlobalOptions", "Keep everything the program writes below DIR.")},
    };
    return defs;
}

Result<GlobalOptions> GlobalOptions::extract(QStringList &args, bool gui)
{
    GlobalOptions g;
    QStringList rest;
    rest.reserve(args.size());
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--")) { // everything after is positional
            rest += args.mid(i);
            break;
        }
        const Definition *match = nullptr;
        QString value;
        for (const Definition &d : definitions()) {
            if (gui && d.cliOnly)
                continue;
            const QString name = dashed(d);
            if (a == name) {
                match = &d;
                if (d.valueName) {
                    if (i + 1 >= args.size())
                        return Error(Error::InvalidInput,
                                     QStringLiteral("option %1 needs a value").arg(name));
                    value = args.at(++i);
                }
                break;
            }
            if (d.valueName && a.startsWith(name + QLatin1Char('='))) {
                match = &d;
                value = a.mid(name.size() + 1);
                break;
            }
        }
        if (!match) {
            rest.append(a);
            continue;
        }
        switch (match->option) {
        case Option::Json:
            g.json = true;
            break;
        case Option::NoDaemon:
            g.noDaemon = true;
            break;
        case Option::Registry:
            g.registry = value;
            break;
        case Option::Gateway:
            g.gateways.append(value);
            break;
        case Option::IpfsApi:
            g.ipfsApi = value;
            break;
        case Option::IpfsBin:
            g.ipfsBin = value;
            break;
        case Option::CacheDir:
            g.cacheDir = value;
            break;
        }
    }
    args = rest;
    return g;
}

void GlobalOptions::addHelpTo(QCommandLineParser &parser, bool gui)
{
    for (const Definition &d : definitions()) {
        if (gui && d.cliOnly)
            continue;
        QCommandLineOption option(QLatin1String(d.name), tr(d.help));
        if (d.valueName)
            option.setValueName(QLatin1String(d.valueName));
        parser.addOption(option);
    }
}

QString GlobalOptions::summary(bool gui)
{
    QStringList parts;
    for (const Definition &d : definitions()) {
        if (gui && d.cliOnly)
            continue;
        QString part = dashed(d);
        if (d.valueName)
            part += QLatin1Char(' ') + QLatin1String(d.valueName);
        if (d.repeatable)
            part += QStringLiteral(" (repeatable)");
        parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

bool GlobalOptions::isSet(Option option) const
{
    switch (option) {
    case Option::Registry:
        return !registry.isEmpty();
    case Option::Gateway:
        return !gateways.isEmpty();
    case Option::NoDaemon:
        return noDaemon;
    case Option::IpfsApi:
        return !ipfsApi.isEmpty();
    case Option::IpfsBin:
        return !ipfsBin.isEmpty();
    case Option::CacheDir:
        return !cacheDir.isEmpty();
    case Option::Json:
        return json;
    }
    return false;
}

QStringList GlobalOptions::setOptionNames() const
{
    QStringList out;
    for (const Definition &d : definitions()) {
        if (isSet(d.option))
            out << dashed(d);
    }
    return out;
}

void GlobalOptions::applyPaths() const
{
    if (!cacheDir.isEmpty())
        Paths::setRoot(cacheDir); // made absolute there
}

void GlobalOptions::applyTo(fetch::SourceOptions &sources) const
{
    if (!gateways.isEmpty())
        sources.gateways = gateways;
    if (noDaemon)
        sources.useDaemon = false;
    if (!ipfsApi.isEmpty())
        sources.ipfsApi = ipfsApi;
}

} // namespace pt
