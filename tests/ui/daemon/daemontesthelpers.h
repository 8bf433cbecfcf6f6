#pragma once

// Shared set-up of the daemon UI tests: controller options on a temporary repo, a real js-ipfs
// repo behind the Kubo-like wrapper (tests/ipfs-node/ipfs), fake `ipfs` scripts, and clean-up
// of detached daemons (the supervisor starts them in their own session, so they outlive us).
#include "core/daemon/repolock.h"
#include "core/daemon/supervisor.h"
#include "tests/support/ipfsnode.h"
#include "ui/daemon/daemoncontroller.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QString>

#include <csignal>
#include <unistd.h>

namespace pt::test {

inline ui::DaemonController::Options controllerOptions(const QString &tmp, const QString &bin)
{
    ui::DaemonController::Options o;
    o.supervisor.ipfsBin = bin;
    o.supervisor.ipfsPath = tmp + QStringLiteral("/repo");
    o.supervisor.logDir = tmp + QStringLiteral("/log");
    o.supervisor.initProfile = QStringLiteral("test");
    o.supervisor.pollIntervalMs = 100;
    o.supervisor.probeTimeoutMs = 2000;
    o.supervisor.watchIntervalMs = 500;
    o.supervisor.startTimeoutMs = 90000;
    o.supervisor.stopTimeoutMs = 15000;
    o.readKeychain = false; // no secret service in these tests (see tst_daemonauth)
    o.fastPollMs = 300;
    o.slowPollMs = 2000;
    // A login service manager that is never the machine's own.
    o.service.systemctl = tmp + QStringLiteral("/no-systemctl");
    o.service.configHome = tmp + QStringLiteral("/config");
    return o;
}

// `ipfs init --profile test` through a supervisor, then free ports (js-ipfs' defaults may be
// taken on a shared machine).
inline bool prepareRealRepo(const daemon::SupervisorOptions &o, QString *error)
{
    daemon::Supervisor s(o);
    QSignalSpy spy(&s, &daemon::Supervisor::finished);
    s.init();
    if (spy.isEmpty() && !spy.wait(60000)) {
        *error = QStringLiteral("ipfs init did not finish");
        return false;
    }
    if (!spy.takeFirst().at(0).toBool()) {
        *error = s.message();
        return false;
    }
    return IpfsNode::configureRepo(o.ipfsPath, IpfsNode::freePort(), IpfsNode::freePort(),
                                   IpfsNode::freePort(), IpfsNode::freePort(), error);
}

// A fake `ipfs` in `dir` whose `daemon` runs `daemonBody` (shell).
inline QString writeFakeIpfs(const QString &dir, const QByteArray &daemonBody)
{
    const QString path = dir + QStringLiteral("/ipfs");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write("#!/bin/sh\ncase \"$1\" in\n"
            "  init) mkdir -p \"$IPFS_PATH\"; echo '{}' > \"$IPFS_PATH/config\" ;;\n"
            "  daemon) " +
            daemonBody +
            " ;;\n"
            "esac\n");
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

// Kills a detached daemon's whole session (never our own process group).
inline void killDaemon(qint64 pid)
{
    if (pid > 0 && daemon::processAlive(pid)) {
        const pid_t group = ::getpgid(pid_t(pid));
        if (group > 0 && group != ::getpgrp())
            ::kill(-group, SIGKILL);
        else
            ::kill(pid_t(pid), SIGKILL);
    }
}

} // namespace pt::test
