#pragma once

#include "core/result.h"

#include <QString>
#include <QStringView>

namespace pt {

// Every directory the app reads or writes, from one place (qBittorrent's Profile idea).
// Precedence: an explicit root (--cache-dir, tests) puts *everything we write* below it,
// the Python-compatible places included; otherwise the environment (PHASIC_CACHE_DIR,
// IPFS_PATH), otherwise QStandardPaths and the home-relative places upstream uses.
class Paths
{
public:
    // Empty = no override. Not thread-safe: set once at start-up, before any worker runs.
    static void setRoot(const QString &dir);
    static QString root();

    static QString configDir();       // settings (no secrets ever)
    static QString dataDir();         // last-good registry copy, drafts, health cache
    static QString contentStoreDir(); // our content-addressed block/file store
    static QString runtimeDir();      // single-instance socket, lock files

    // Where the Python library (phasic) looks, so one download serves both.
    static QString pythonHome();         // ~/.phasic_traces
    static QString pythonTracesDir();    // ~/.phasic_traces/traces
    static QString pythonRegistryCopy(); // ~/.phasic_traces/registry.json
    static QString
    pythonComputeCacheDir(); // $PHASIC_CACHE_DIR or ~/.phasic_cache/parameterized_reward_compute

    // The IPFS repository of the user's daemon: $IPFS_PATH or ~/.ipfs. Not below root():
    // it belongs to the user's node, not to us.
    static QString ipfsRepoDir();
};

// Checks that a name from outside (a registry id, a file name in a DAG or archive) can be
// used as ONE path component: not empty, not `.`/`..`, no `/`, `\`, NUL or control
// characters, no drive prefix, at most 255 UTF-8 bytes. `what` names the source for the
// message ("registry id", "file name in bafy…").
Result<void> checkSafeName(QStringView name, const QString &what);

} // namespace pt
