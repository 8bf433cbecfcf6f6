#pragma once

#include <QString>

namespace pt::daemon {

// What $IPFS_PATH/repo.lock says. Kubo holds an advisory lock on that file while a daemon (or
// any command that opens the repo) runs; the file itself stays after the process exits and
// is then harmless ("stale"). So existence alone means nothing: we ask the kernel whether
// someone holds a lock on it (flock or POSIX), and who (/proc/locks, F_GETLK).
struct RepoLockInfo
{
    bool exists = false;
    bool held = false;     // another process holds a lock on it right now
    qint64 holderPid = -1; // when known
    QString holderCommand; // /proc/<pid>/cmdline, when readable
    QString path;

    bool stale() const { return exists && !held; }
    QString describe() const; // one line for messages
};

RepoLockInfo inspectRepoLock(const QString &ipfsPath);

// Process helpers (POSIX): alive = exists and is not a zombie.
bool processAlive(qint64 pid);
QString processCommandLine(qint64 pid); // "" when unknown

} // namespace pt::daemon
