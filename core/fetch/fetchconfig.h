#pragma once

#include "core/fetch/fetchjob.h"
#include "core/result.h"

#include <QStringList>

namespace pt::fetch {

// Gateways alive in 2026 (docs/IPFS.md §4), best first. Entries with "{cid}" are subdomain
// gateways. cloudflare-ipfs.com is gone since 2024-08-14 and is deliberately absent.
QStringList defaultGateways();

// Where the sources come from: settings in the app, global options in the CLI.
struct SourceOptions
{
    QStringList gateways; // empty = defaultGateways()
    bool useDaemon = true;
    QString ipfsApi;             // explicit multiaddr or URL; else $IPFS_PATH/api
    QString ipfsPath;            // empty = $IPFS_PATH or ~/.ipfs
    QByteArray apiAuthorization; // from the keychain, never from settings
};

struct ResolvedSources
{
    FetchConfig config;
    QStringList notes; // e.g. "no IPFS daemon: ~/.ipfs/api does not exist" (not an error)
};

// Builds the ordered source list: the daemon first when one is configured or announced by
// its api file, then the gateways. A malformed gateway entry is an error naming it.
Result<ResolvedSources> resolveSources(const SourceOptions &options);

} // namespace pt::fetch
