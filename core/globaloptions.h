#pragma once

// The global options of both programs (README "Global options"): --registry, --gateway
// (repeatable), --no-daemon, --ipfs-api, --ipfs-bin, --cache-dir and the CLI's --json. One
// table defines them; the CLI and the GUI both parse them with extract() (so a missing value
// is the same error in both), the GUI lists them in its --help with addHelpTo(), and
// applyPaths()/applyTo() put them into effect the same way. Neither program declares them
// itself, so the two cannot drift apart.

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

class QCommandLineParser;

namespace pt {

namespace fetch {
struct SourceOptions;
}

struct GlobalOptions
{
    QString registry;     // --registry URL (http(s)://, file://, ipfs://, a path)
    QStringList gateways; // --gateway URL (repeatable; replaces the configured list)
    bool noDaemon = false;
    QString ipfsApi;   // --ipfs-api MULTIADDR|URL
    QString ipfsBin;   // --ipfs-bin PATH
    QString cacheDir;  // --cache-dir DIR: everything the program writes goes below it
    bool json = false; // --json (CLI only)

    enum class Option : quint8 { Registry, Gateway, NoDaemon, IpfsApi, IpfsBin, CacheDir, Json };

    struct Definition
    {
        Option option;
        const char *name;      // without the dashes: "registry"
        const char *valueName; // "URL"; nullptr for a flag
        const char *help;      // English; translated in the "pt::GlobalOptions" context
        bool cliOnly = false;  // --json: the GUI has no output to format
        bool repeatable = false;
    };
    // Every global option, in the order the help lists them.
    static const QList<Definition> &definitions();

    // Removes the global options from `args` wherever they stand before a "--" ("--name
    // VALUE" or "--name=VALUE"; a repeated single-valued option keeps the last value) and
    // returns them; the rest of `args` keeps its order. With `gui`, --json is not a global
    // option (it stays in `args`). Error (InvalidInput, "option --NAME needs a value") when a
    // valued option ends the list.
    static Result<GlobalOptions> extract(QStringList &args, bool gui = false);

    // Adds the options to a parser's --help (translated, so call after the translator is
    // installed). The values are read by extract(), not by the parser.
    static void addHelpTo(QCommandLineParser &parser, bool gui = true);
    // One line for a usage text: "--json, --registry URL, --gateway URL (repeatable), …".
    static QString summary(bool gui = false);

    // Whether the command line set `option` (the settings then do not apply this session).
    bool isSet(Option option) const;
    // The options the command line set, as typed ("--gateway URL …"), for a note in the UI.
    QStringList setOptionNames() const;

    // --cache-dir: everything below it (Paths::setRoot, absolute). Call before any path is
    // resolved and before the settings are opened.
    void applyPaths() const;
    // Lays the command line over source options that came from the settings (or defaults):
    // --gateway replaces the gateway list, --no-daemon switches the daemon off, --ipfs-api
    // replaces the API address.
    void applyTo(fetch::SourceOptions &sources) const;
};

} // namespace pt
