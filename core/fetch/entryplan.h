#pragma once

#include "core/fetch/contentref.h"
#include "core/registry/registry.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QUrl>

namespace pt::fetch {

// One file of a registry entry: what to fetch and where it lives once verified. The places are
// the Python library's (docs/UPSTREAM.md "Upstream's local cache"), so a download made here
// serves `phasic` users too, and the other way round.
struct PlannedFile
{
    QString name; // "trace.json.gz", "<graph_hash>.bin", "scc_<hash>.bin"
    QString role; // "trace", "metadata", "package file", "parent", "scc"
    ContentRef ref;
    QString destination; // absolute path
};

// Where relative `cid_or_path` values resolve: the folder of the registry file when it came
// over http(s), else upstream's repository (raw.githubusercontent.com/munch-group/
// phasic-traces/master/, the branch upstream hard-codes).
QUrl repositoryBase(const QUrl &registryUrl);

// The files of `entry`. `onlyFile` limits it to one name. Refuses entries that cannot be used
// (mock CIDs, newer format revisions, invalid locations) with the reason the parser found,
// and names that are not safe as file names.
Result<QList<PlannedFile>> planEntry(const registry::Entry &entry, const QUrl &registryUrl,
                                     const QString &onlyFile = {});

// How much of an entry is on disk, judged by its planned destinations existing (a stat per
// file; contents are checked by `verify`, not here). Safe to call off the GUI thread, e.g.
// for the "downloaded" facet over a whole registry.
enum class LocalState {
    NotDownloaded, // no planned file exists
    Partial,       // some do
    Downloaded,    // all do
    Unavailable,   // the entry cannot be planned (unusable, bad CID, unsafe name)
};
LocalState localState(const QList<PlannedFile> &files);
LocalState localState(const registry::Entry &entry, const QUrl &registryUrl);
// localState(...) == Downloaded.
bool isEntryDownloaded(const registry::Entry &entry, const QUrl &registryUrl);

} // namespace pt::fetch
