#include "core/daemon/repolock.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#ifdef __linux__
#include <sys/sysmacros.h> // major()/minor() for /proc/locks
#endif
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pt::daemon {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::daemon)
};

// /proc/locks: "1: FLOCK  ADVISORY  WRITE 12591 fe:00:10952910 0 EOF". Waiters are listed
// with "->" and do not hold the lock.
qint64 lockHolderFromProc(dev_t dev, ino_t ino)
{
#ifndef __linux__
    Q_UNUSED(dev);
    Q_UNUSED(ino);
    return -1; // no /proc/locks: the holder stays unnamed (F_GETLK may still name it)
#else
    QFile f(u"/proc/locks"_s);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray want = QByteArray::number(major(dev), 16).rightJustified(2, '0') + ':' +
                            QByteArray::number(minor(dev), 16).rightJustified(2, '0') + ':' +
                            QByteArray::number(qulonglong(ino));
    // /proc files report size 0, so QFile::atEnd() cannot be trusted: read until EOF, bounded
    // (a machine with a huge lock table still costs us at most 4 MiB).
    const QByteArray all = f.read(4 * 1024 * 1024);
    for (const QByteArray &line : all.split('\n')) {
        if (line.contains("->"))
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() >= 6 && fields.at(5) == want)
            return fields.at(4).toLongLong();
    }
    return -1;
#endif
}

} // namespace

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return false;
    // A zombie (exited, not yet reaped by its parent) still answers kill(0).
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray s = stat.read(512);
        const qsizetype close = s.lastIndexOf(')');
        if (close > 0 && close + 2 < s.size() && (s.at(close + 2) == 'Z' || s.at(close + 2) == 'X'))
            return false;
    }
    return true;
}

QString processCommandLine(qint64 pid)
{
    QFile f(u"/proc/%1/cmdline"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray cmd = f.read(1024);
    cmd.replace('\0', ' ');
    return QString::fromLocal8Bit(cmd.trimmed());
}

QString RepoLockInfo::describe() const
{
    if (!exists)
        return Msg::tr("%1 does not exist").arg(path);
    if (!held)
        return Msg::tr("%1 is stale (no process holds it)").arg(path);
    if (holderPid > 0)
        return Msg::tr("%1 is held by process %2%3")
            .arg(path)
            .arg(holderPid)
            .arg(holderCommand.isEmpty() ? QString() : u" (%1)"_s.arg(holderCommand));
    return Msg::tr("%1 is held by another process").arg(path);
}

RepoLockInfo inspectRepoLock(const QString &ipfsPath)
{
    RepoLockInfo info;
    info.path = ipfsPath + u"/repo.lock"_s;
    const QByteArray native = QFile::encodeName(info.path);
    struct stat st
    {
    };
    if (::stat(native.constData(), &st) != 0)
        return info;
    info.exists = true;

    int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return info; // cannot tell; report as existing but not known to be held
    // flock(2) locks (Kubo's go4.org/lock on some platforms, util-linux flock, ...).
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (errno == EWOULDBLOCK)
            info.held = true;
    } else {
        ::flock(fd, LOCK_UN);
    }
    // POSIX record locks (fcntl): F_GETLK also names the holder.
    if (!info.held && S_ISREG(st.st_mode)) {
        struct flock fl
        {
        };
        fl.l_type = F_WRLCK;
        fl.l_whence = SEEK_SET;
        if (::fcntl(fd, F_GETLK, &fl) == 0 && fl.l_type != F_UNLCK) {
            info.held = true;
            info.holderPid = fl.l_pid;
        }
    }
    ::close(fd);
    if (info.held && info.holderPid <= 0)
        info.holderPid = lockHolderFromProc(st.st_dev, st.st_ino);
    if (info.holderPid > 0)
        info.holderCommand = processCommandLine(info.holderPid);
    return info;
}

} // namespace pt::daemon
