#include "core/daemon/loginservice.h"

#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace pt::daemon {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::daemon)
};

// Kubo upgrades its repository format on start when asked; a login service has nobody to
// answer the interactive migration prompt (Kubo docs: `ipfs daemon --migrate`).
const QStringList kDaemonArgs = {u"daemon"_s, u"--migrate=true"_s};

bool isHost(ServicePlatform p)
{
    return p == LoginService::hostPlatform();
}

QString platformTitle(ServicePlatform p)
{
    switch (p) {
    case ServicePlatform::SystemdUser:
        return u"systemd user unit"_s;
    case ServicePlatform::LaunchdAgent:
        return u"launchd agent"_s;
    case ServicePlatform::WindowsTask:
        return u"Windows logon task"_s;
    }
    return {};
}

QString actionId(ServiceAction a)
{
    switch (a) {
    case ServiceAction::Install:
        return u"install"_s;
    case ServiceAction::Uninstall:
        return u"uninstall"_s;
    case ServiceAction::Status:
        return u"status"_s;
    }
    return {};
}

// Paths and arguments go into unit files, plists, batch files and command lines. A line break
// cannot be represented safely in any of them (a unit file would gain a new directive), so
// such values are refused rather than mangled.
Result<void> checkText(const QString &value, const QString &what)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t c = value.at(i).unicode();
        if (c == u'\n' || c == u'\r')
            return Error(
                Error::InvalidInput,
                Msg::tr("%1 \"%2\" contains a line break; a login service definition cannot "
                        "hold it safely. Move or rename it to a path without line breaks.")
                    .arg(what, QString(value).replace(u'\n', u"\\n"_s).replace(u'\r', u"\\r"_s)));
        if (c < 0x20 || c == 0x7f)
            return Error(
                Error::InvalidInput,
                Msg::tr("%1 contains the control character U+%2 at position %3; refusing to "
                        "write it into a login service definition.")
                    .arg(what)
                    .arg(int(c), 4, 16, QLatin1Char('0'))
                    .arg(i));
    }
    return {};
}

bool isPosixAbsolute(const QString &p)
{
    return p.startsWith(u'/');
}

bool isWindowsAbsolute(const QString &p)
{
    static const QRegularExpression drive(u"^[A-Za-z]:\\\\"_s);
    return drive.match(p).hasMatch() || p.startsWith(u"\\\\"_s);
}

Result<void> checkPath(const QString &value, const QString &what, ServicePlatform p,
                       bool allowPercent = true)
{
    if (value.isEmpty())
        return Error(Error::InvalidInput, Msg::tr("no %1 given").arg(what));
    if (auto r = checkText(value, what); !r)
        return r;
    if (p == ServicePlatform::WindowsTask) {
        if (!isWindowsAbsolute(value))
            return Error(
                Error::InvalidInput,
                Msg::tr("%1 \"%2\" is not an absolute Windows path (C:\\… or \\\\server\\…)")
                    .arg(what, value));
        // '"' cannot occur in Windows file names, and quoting depends on its absence.
        if (value.contains(u'"'))
            return Error(
                Error::InvalidInput,
                Msg::tr("%1 \"%2\" contains a double quote, which Windows paths cannot hold")
                    .arg(what, value));
        // Task Scheduler expands %VAR% in an action's command; a literal % would be mangled.
        if (!allowPercent && value.contains(u'%'))
            return Error(Error::InvalidInput,
                         Msg::tr("%1 \"%2\" contains '%', which Task Scheduler would expand as an "
                                 "environment variable; choose a directory without it")
                             .arg(what, value));
    } else if (!isPosixAbsolute(value)) {
        return Error(Error::InvalidInput,
                     Msg::tr("%1 \"%2\" is not an absolute path").arg(what, value));
    }
    return {};
}

Result<void> checkName(const QString &name, ServicePlatform p)
{
    if (auto r = checkText(name, Msg::tr("service name")); !r)
        return r;
    switch (p) {
    case ServicePlatform::SystemdUser: {
        static const QRegularExpression re(u"^[A-Za-z0-9:_.\\\\-]+\\.service$"_s);
        if (!re.match(name).hasMatch() || name.size() > 255)
            return Error(
                Error::InvalidInput,
                Msg::tr("\"%1\" is not a valid systemd unit name (letters, digits, ':_.-\\', "
                        "ending in .service, e.g. phasic-traces-ipfs.service)")
                    .arg(name));
        break;
    }
    case ServicePlatform::LaunchdAgent: {
        static const QRegularExpression re(u"^[A-Za-z0-9][A-Za-z0-9._-]*$"_s);
        if (!re.match(name).hasMatch())
            return Error(
                Error::InvalidInput,
                Msg::tr("\"%1\" is not a valid launchd label (reverse-DNS letters, digits, "
                        "'._-', e.g. io.github.munch_group.PhasicTraces.ipfs)")
                    .arg(name));
        break;
    }
    case ServicePlatform::WindowsTask: {
        static const QRegularExpression bad(u"[<>:\"/|?*%]"_s);
        if (name.isEmpty() || name.size() > 238 || bad.match(name).hasMatch() ||
            name.startsWith(u' ') || name.endsWith(u' '))
            return Error(
                Error::InvalidInput,
                Msg::tr("\"%1\" is not a valid scheduled task name (at most 238 characters, "
                        "none of <>:\"/|?*%%)")
                    .arg(name));
        break;
    }
    }
    return {};
}

QString join(const QString &dir, const QString &name, ServicePlatform p)
{
    const QChar sep = p == ServicePlatform::WindowsTask ? u'\\' : u'/';
    if (dir.endsWith(sep))
        return dir + name;
    return dir + sep + name;
}

QString userName()
{
    QString u = qEnvironmentVariable("USER");
    if (u.isEmpty())
        u = qEnvironmentVariable("USERNAME");
    if (u.isEmpty())
        u = u"user"_s;
    return u;
}

ServiceStep probeStep(const QString &program, QStringList args, QString why)
{
    ServiceStep s;
    s.kind = ServiceStep::Probe;
    s.program = program;
    s.arguments = std::move(args);
    s.why = std::move(why);
    s.timeoutMs = 15000;
    return s;
}

ServiceStep runStep(const QString &program, QStringList args, QString why,
                    bool allowFailure = false, int timeoutMs = 30000)
{
    ServiceStep s;
    s.kind = ServiceStep::Run;
    s.program = program;
    s.arguments = std::move(args);
    s.why = std::move(why);
    s.allowFailure = allowFailure;
    s.timeoutMs = timeoutMs;
    return s;
}

ServiceStep fileStep(ServiceStep::Kind kind, QString path, QString why, QString text = {},
                     ServiceStep::Encoding enc = ServiceStep::Utf8)
{
    ServiceStep s;
    s.kind = kind;
    s.path = std::move(path);
    s.why = std::move(why);
    s.text = std::move(text);
    s.encoding = enc;
    return s;
}

// ---- systemd ------------------------------------------------------------------------------

QString systemdUnitText(const LoginServiceOptions &o)
{
    QStringList exec{LoginService::systemdQuote(o.ipfsBinary, true)};
    for (const QString &a : kDaemonArgs + o.extraDaemonArgs)
        exec << LoginService::systemdQuote(a);
    QString env = o.ipfsPath;
    env.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'%', u"%%"_s);

    // Keep in sync with installers/install_ipfs_service.sh (print_unit); a test compares them.
    QString t;
    t += u"# Phasic Traces: the IPFS daemon (Kubo) as a systemd user service.\n"_s;
    t +=
        u"# Written by `phasic-traces-cli service install` or installers/install_ipfs_service.sh;\n"_s;
    t += u"# remove it with `phasic-traces-cli service uninstall`.\n"_s;
    t += u"[Unit]\n"_s;
    t += u"Description=IPFS daemon (Kubo) for Phasic Traces\n"_s;
    t += u"Documentation=https://docs.ipfs.tech/\n"_s;
    t += u"\n[Service]\n"_s;
    // Kubo signals readiness with sd_notify (its own kubo.service uses Type=notify), so
    // is-active says "activating" until the API answers.
    t += u"Type=notify\n"_s;
    // Opening a repository or migrating it can take long; never kill it for slowness.
    t += u"TimeoutStartSec=infinity\n"_s;
    t += u"Environment=\"IPFS_PATH="_s + env + u"\"\n"_s;
    t += u"ExecStart="_s + exec.join(u' ') + u'\n';
    t += u"Restart=on-failure\n"_s;
    t += u"RestartSec=10s\n"_s;
    // SIGINT is Kubo's clean shutdown (flushes the datastore).
    t += u"KillSignal=SIGINT\n"_s;
    t += u"TimeoutStopSec=60s\n"_s;
    t += u"\n[Install]\n"_s;
    t += u"WantedBy=default.target\n"_s;
    return t;
}

Result<ServicePlan> systemdPlan(ServiceAction action, const LoginServiceOptions &o)
{
    ServicePlan plan;
    plan.platform = ServicePlatform::SystemdUser;
    plan.action = action;
    plan.name = o.name;
    if (auto r = checkPath(o.configHome, Msg::tr("XDG config directory"), plan.platform); !r)
        return r.error();
    plan.definitionPath =
        join(join(o.configHome, u"systemd/user"_s, plan.platform), o.name, plan.platform);
    const QString &sc = o.systemctl;
    const QString probeWhy = Msg::tr("is a systemd user instance running in this session?");
    switch (action) {
    case ServiceAction::Install:
        plan.steps << probeStep(sc, {u"--user"_s, u"is-system-running"_s}, probeWhy);
        plan.steps << fileStep(ServiceStep::WriteFile, plan.definitionPath,
                               Msg::tr("the unit file"), systemdUnitText(o));
        plan.steps << runStep(sc, {u"--user"_s, u"daemon-reload"_s},
                              Msg::tr("make systemd read the new unit file"));
        plan.steps << runStep(sc, {u"--user"_s, u"enable"_s, o.name},
                              Msg::tr("start it at every login"));
        // restart, not `enable --now`: a re-install with changed options must take effect,
        // and --no-block because Type=notify waits until Kubo is ready (which can take long
        // while a repository migrates); `service status` shows the outcome.
        plan.steps << runStep(sc, {u"--user"_s, u"--no-block"_s, u"restart"_s, o.name},
                              Msg::tr("(re)start it now"));
        break;
    case ServiceAction::Uninstall:
        plan.steps << probeStep(sc, {u"--user"_s, u"is-system-running"_s}, probeWhy);
        plan.steps << runStep(sc, {u"--user"_s, u"disable"_s, u"--now"_s, o.name},
                              Msg::tr("stop it and remove it from login (fails harmlessly when not "
                                      "installed)"),
                              true, 90000);
        plan.steps << fileStep(ServiceStep::RemoveFile, plan.definitionPath,
                               Msg::tr("the unit file"));
        plan.steps << runStep(sc, {u"--user"_s, u"daemon-reload"_s},
                              Msg::tr("make systemd forget the unit"));
        plan.steps << runStep(sc, {u"--user"_s, u"reset-failed"_s, o.name},
                              Msg::tr("clear a remembered failure (fails harmlessly)"), true);
        break;
    case ServiceAction::Status: {
        ServiceStep p = probeStep(sc, {u"--user"_s, u"is-system-running"_s}, probeWhy);
        p.allowFailure = true;
        plan.steps << p;
        plan.steps << runStep(sc, {u"--user"_s, u"is-enabled"_s, o.name},
                              Msg::tr("started at login?"), true);
        plan.steps << runStep(sc, {u"--user"_s, u"is-active"_s, o.name}, Msg::tr("running now?"),
                              true);
        break;
    }
    }
    return plan;
}

// ---- launchd ------------------------------------------------------------------------------

QString launchdLogPath(const LoginServiceOptions &o)
{
    return o.homeDir + u"/Library/Logs/PhasicTraces/ipfs.log"_s;
}

QString launchdPlistText(const LoginServiceOptions &o)
{
    auto x = [](const QString &s) { return LoginService::xmlEscape(s); };
    QString t;
    t += u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"_s;
    t += u"<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
         u"\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"_s;
    t += u"<!-- Phasic Traces: the IPFS daemon (Kubo) as a launchd agent. Written by\n"
         u"     `phasic-traces-cli service install`; remove it with\n"
         u"     `phasic-traces-cli service uninstall`. -->\n"_s;
    t += u"<plist version=\"1.0\">\n<dict>\n"_s;
    t += u"\t<key>Label</key>\n\t<string>"_s + x(o.name) + u"</string>\n"_s;
    t += u"\t<key>ProgramArguments</key>\n\t<array>\n"_s;
    for (const QString &a : QStringList{o.ipfsBinary} + kDaemonArgs + o.extraDaemonArgs)
        t += u"\t\t<string>"_s + x(a) + u"</string>\n"_s;
    t += u"\t</array>\n"_s;
    t += u"\t<key>EnvironmentVariables</key>\n\t<dict>\n"_s;
    t += u"\t\t<key>IPFS_PATH</key>\n\t\t<string>"_s + x(o.ipfsPath) + u"</string>\n"_s;
    t += u"\t</dict>\n"_s;
    t += u"\t<key>RunAtLoad</key>\n\t<true/>\n"_s;
    // Restart after a crash, but not after a clean `ipfs shutdown` (launchd.plist(5)).
    t += u"\t<key>KeepAlive</key>\n\t<dict>\n\t\t<key>SuccessfulExit</key>\n\t\t<false/>\n"
         u"\t</dict>\n"_s;
    t += u"\t<key>StandardOutPath</key>\n\t<string>"_s + x(launchdLogPath(o)) + u"</string>\n"_s;
    t += u"\t<key>StandardErrorPath</key>\n\t<string>"_s + x(launchdLogPath(o)) + u"</string>\n"_s;
    t += u"</dict>\n</plist>\n"_s;
    return t;
}

Result<ServicePlan> launchdPlan(ServiceAction action, const LoginServiceOptions &o)
{
    ServicePlan plan;
    plan.platform = ServicePlatform::LaunchdAgent;
    plan.action = action;
    plan.name = o.name;
    if (auto r = checkPath(o.homeDir, Msg::tr("home directory"), plan.platform); !r)
        return r.error();
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    if (!digits.match(o.uid).hasMatch())
        return Error(
            Error::InvalidInput,
            Msg::tr("launchd needs the numeric user id for gui/<uid>, got \"%1\"").arg(o.uid));
    plan.definitionPath = o.homeDir + u"/Library/LaunchAgents/"_s + o.name + u".plist"_s;
    const QString domain = u"gui/"_s + o.uid;
    const QString target = domain + u'/' + o.name;
    const QString &lc = o.launchctl;
    switch (action) {
    case ServiceAction::Install:
        plan.steps << fileStep(ServiceStep::WriteFile, plan.definitionPath,
                               Msg::tr("the agent's property list"), launchdPlistText(o));
        plan.steps << fileStep(ServiceStep::MakeDir, QFileInfo(launchdLogPath(o)).path(),
                               Msg::tr("the log directory (launchd does not create it)"));
        plan.steps << runStep(
            lc, {u"bootout"_s, target},
            Msg::tr("unload a previous version (fails harmlessly when not loaded)"), true);
        plan.steps << runStep(lc, {u"enable"_s, target},
                              Msg::tr("clear an earlier `launchctl disable`"));
        plan.steps << runStep(lc, {u"bootstrap"_s, domain, plan.definitionPath},
                              Msg::tr("load it now; RunAtLoad starts the daemon"));
        break;
    case ServiceAction::Uninstall:
        plan.steps << runStep(lc, {u"bootout"_s, target},
                              Msg::tr("stop and unload it (fails harmlessly when not loaded)"),
                              true);
        plan.steps << fileStep(ServiceStep::RemoveFile, plan.definitionPath,
                               Msg::tr("the agent's property list"));
        break;
    case ServiceAction::Status:
        plan.steps << runStep(lc, {u"print"_s, target}, Msg::tr("loaded and running?"), true);
        plan.steps << runStep(lc, {u"print-disabled"_s, domain}, u"disabled?"_s, true);
        break;
    }
    return plan;
}

// ---- Windows ------------------------------------------------------------------------------

QString windowsCmdText(const LoginServiceOptions &o)
{
    QString ipfsPath = o.ipfsPath;
    ipfsPath.replace(u'%', u"%%"_s);
    QString program = o.ipfsBinary;
    program.replace(u'%', u"%%"_s);
    QStringList line{u'"' + program + u'"'};
    for (const QString &a : kDaemonArgs + o.extraDaemonArgs)
        line << LoginService::cmdQuote(a);
    QString t;
    t += u"@echo off\n"_s;
    t += u"rem Phasic Traces: starts the IPFS daemon (Kubo) at logon with its repository.\n"_s;
    t += u"rem Written by `phasic-traces-cli service install`; remove it with\n"_s;
    t += u"rem `phasic-traces-cli service uninstall`.\n"_s;
    // cmd.exe decodes each batch line with the console code page; switch to UTF-8 so that
    // non-ASCII paths below arrive intact.
    t += u"chcp 65001 >nul\n"_s;
    // The quoted form of set keeps & | < > ^ in the value literal.
    t += u"set \"IPFS_PATH="_s + ipfsPath + u"\"\n"_s;
    t += line.join(u' ') + u'\n';
    return t;
}

// A task definition instead of `schtasks /Create /SC ONLOGON /TR …`: for a non-administrator
// schtasks' ONLOGON trigger means "any user" and is refused (MS-TSCH 3.2.5.4.2: a non-admin
// may only register a logon trigger for itself), and the /TR defaults would stop the daemon
// after 72 hours (ExecutionTimeLimit) and on battery power.
QString windowsTaskXml(const LoginServiceOptions &o, const QString &cmdPath)
{
    auto x = [](const QString &s) { return LoginService::xmlEscape(s); };
    QString t;
    t += u"<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"_s;
    t += u"<Task version=\"1.2\" "
         u"xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">\n"_s;
    t += u"  <RegistrationInfo>\n"_s;
    t += u"    <Description>IPFS daemon (Kubo) for Phasic Traces, started at logon. Written by "
         u"phasic-traces-cli service install.</Description>\n"_s;
    t += u"  </RegistrationInfo>\n"_s;
    t += u"  <Triggers>\n    <LogonTrigger>\n      <Enabled>true</Enabled>\n"_s;
    t += u"      <UserId>"_s + x(o.windowsUser) + u"</UserId>\n"_s;
    t += u"    </LogonTrigger>\n  </Triggers>\n"_s;
    t += u"  <Principals>\n    <Principal id=\"Author\">\n"_s;
    t += u"      <UserId>"_s + x(o.windowsUser) + u"</UserId>\n"_s;
    t += u"      <LogonType>InteractiveToken</LogonType>\n"_s;
    t += u"      <RunLevel>LeastPrivilege</RunLevel>\n"_s;
    t += u"    </Principal>\n  </Principals>\n"_s;
    t += u"  <Settings>\n"_s;
    t += u"    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>\n"_s;
    t += u"    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>\n"_s;
    t += u"    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>\n"_s;
    t += u"    <AllowHardTerminate>true</AllowHardTerminate>\n"_s;
    t += u"    <StartWhenAvailable>false</StartWhenAvailable>\n"_s;
    t += u"    <RunOnlyIfNetworkAvailable>false</RunOnlyIfNetworkAvailable>\n"_s;
    t += u"    <IdleSettings>\n      <StopOnIdleEnd>false</StopOnIdleEnd>\n"
         u"      <RestartOnIdle>false</RestartOnIdle>\n    </IdleSettings>\n"_s;
    t += u"    <AllowStartOnDemand>true</AllowStartOnDemand>\n"_s;
    t += u"    <Enabled>true</Enabled>\n"_s;
    t += u"    <Hidden>false</Hidden>\n"_s;
    t += u"    <RunOnlyIfIdle>false</RunOnlyIfIdle>\n"_s;
    t += u"    <ExecutionTimeLimit>PT0S</ExecutionTimeLimit>\n"_s;
    t += u"    <Priority>7</Priority>\n"_s;
    t += u"    <RestartOnFailure>\n      <Interval>PT1M</Interval>\n      <Count>3</Count>\n"
         u"    </RestartOnFailure>\n"_s;
    t += u"  </Settings>\n"_s;
    t += u"  <Actions Context=\"Author\">\n    <Exec>\n"_s;
    t += u"      <Command>"_s + x(u'"' + cmdPath + u'"') + u"</Command>\n"_s;
    t += u"      <WorkingDirectory>"_s + x(o.windowsDataDir) + u"</WorkingDirectory>\n"_s;
    t += u"    </Exec>\n  </Actions>\n"_s;
    t += u"</Task>\n"_s;
    return t;
}

Result<ServicePlan> windowsPlan(ServiceAction action, const LoginServiceOptions &o)
{
    ServicePlan plan;
    plan.platform = ServicePlatform::WindowsTask;
    plan.action = action;
    plan.name = o.name;
    if (auto r = checkPath(o.windowsDataDir, Msg::tr("data directory for the task files"),
                           plan.platform, false);
        !r)
        return r.error();
    if (auto r = checkText(o.windowsUser, Msg::tr("Windows user")); !r)
        return r.error();
    if (o.windowsUser.isEmpty())
        return Error(Error::InvalidInput, Msg::tr("no Windows user (DOMAIN\\name) given"));
    const QString cmdPath = join(o.windowsDataDir, u"ipfs-daemon.cmd"_s, plan.platform);
    plan.definitionPath = join(o.windowsDataDir, u"ipfs-daemon-task.xml"_s, plan.platform);
    const QString &st = o.schtasks;
    switch (action) {
    case ServiceAction::Install:
        plan.steps << fileStep(ServiceStep::WriteFile, cmdPath,
                               Msg::tr("wrapper that sets IPFS_PATH and runs the daemon"),
                               windowsCmdText(o), ServiceStep::Utf8Crlf);
        plan.steps << fileStep(ServiceStep::WriteFile, plan.definitionPath,
                               Msg::tr("the task definition (schtasks reads UTF-16)"),
                               windowsTaskXml(o, cmdPath), ServiceStep::Utf16LeBom);
        plan.steps << runStep(
            st, {u"/Create"_s, u"/TN"_s, o.name, u"/XML"_s, plan.definitionPath, u"/F"_s},
            Msg::tr("register the logon task (replaces an earlier one)"));
        plan.steps << runStep(st, {u"/Run"_s, u"/TN"_s, o.name}, Msg::tr("start it now"));
        break;
    case ServiceAction::Uninstall:
        plan.steps << runStep(st, {u"/End"_s, u"/TN"_s, o.name},
                              Msg::tr("stop it (fails harmlessly when not running)"), true);
        plan.steps << runStep(st, {u"/Delete"_s, u"/TN"_s, o.name, u"/F"_s},
                              Msg::tr("unregister it (fails harmlessly when not installed)"), true);
        plan.steps << fileStep(ServiceStep::RemoveFile, plan.definitionPath,
                               Msg::tr("the task definition"));
        plan.steps << fileStep(ServiceStep::RemoveFile, cmdPath, Msg::tr("the wrapper"));
        break;
    case ServiceAction::Status:
        plan.steps << runStep(st, {u"/Query"_s, u"/TN"_s, o.name, u"/V"_s, u"/FO"_s, u"LIST"_s},
                              Msg::tr("registered, enabled, running?"), true);
        break;
    }
    return plan;
}

QString quoteCommand(const ServicePlan &plan, const ServiceStep &s)
{
    const bool win = plan.platform == ServicePlatform::WindowsTask;
    QStringList words;
    for (auto it = s.environment.cbegin(); it != s.environment.cend(); ++it)
        words << (win ? u"set \"%1=%2\" &&"_s.arg(it.key(), it.value())
                      : LoginService::posixShellQuote(it.key() + u'=' + it.value()));
    words << (win ? LoginService::windowsArgQuote(s.program)
                  : LoginService::posixShellQuote(s.program));
    for (const QString &a : s.arguments)
        words << (win ? LoginService::windowsArgQuote(a) : LoginService::posixShellQuote(a));
    return words.join(u' ');
}

QString encodingName(ServiceStep::Encoding e)
{
    switch (e) {
    case ServiceStep::Utf8:
        return u"UTF-8"_s;
    case ServiceStep::Utf8Crlf:
        return u"UTF-8, CRLF"_s;
    case ServiceStep::Utf16LeBom:
        return u"UTF-16LE with BOM, CRLF"_s;
    }
    return {};
}

QString kindName(ServiceStep::Kind k)
{
    switch (k) {
    case ServiceStep::Probe:
        return u"check"_s;
    case ServiceStep::WriteFile:
        return u"write"_s;
    case ServiceStep::MakeDir:
        return u"mkdir"_s;
    case ServiceStep::RemoveFile:
        return u"remove"_s;
    case ServiceStep::Run:
        return u"run"_s;
    }
    return {};
}

QString triName(TriState t)
{
    switch (t) {
    case TriState::No:
        return u"no"_s;
    case TriState::Yes:
        return u"yes"_s;
    case TriState::Unknown:
        return u"unknown"_s;
    }
    return {};
}

QString firstLine(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed().section(u'\n', 0, 0).trimmed();
}

QString outputSummary(const StepResult &r)
{
    QString text = QString::fromUtf8(r.standardError).trimmed();
    if (text.isEmpty())
        text = QString::fromUtf8(r.standardOutput).trimmed();
    if (text.size() > 400)
        text = text.left(400) + u"…"_s;
    return text;
}

} // namespace

// ---- ServiceStep / ServicePlan ------------------------------------------------------------

QByteArray ServiceStep::bytes() const
{
    switch (encoding) {
    case Utf8:
        return text.toUtf8();
    case Utf8Crlf:
        return QString(text).replace(u"\n"_s, u"\r\n"_s).toUtf8();
    case Utf16LeBom: {
        const QString crlf = QString(text).replace(u"\n"_s, u"\r\n"_s);
        QByteArray out("\xff\xfe", 2);
        out.reserve(2 + crlf.size() * 2);
        for (QChar c : crlf) {
            const char16_t u = c.unicode();
            out.append(char(u & 0xff));
            out.append(char(u >> 8));
        }
        return out;
    }
    }
    return {};
}

QString ServicePlan::render() const
{
    const bool win = platform == ServicePlatform::WindowsTask;
    const QString prompt = win ? u"   > "_s : u"   $ "_s;
    QString t;
    t +=
        u"# Phasic Traces login service: %1, %2\n"_s.arg(platformTitle(platform), actionId(action));
    t += u"# name: %1\n# definition: %2\n"_s.arg(name, definitionPath);
    int n = 0;
    for (const ServiceStep &s : steps) {
        t += u"\n%1. %2"_s.arg(++n).arg(kindName(s.kind));
        if (s.allowFailure)
            t += u" (may fail)"_s;
        switch (s.kind) {
        case ServiceStep::Probe:
        case ServiceStep::Run:
            t += u": "_s + s.why + u'\n' + prompt + quoteCommand(*this, s) + u'\n';
            break;
        case ServiceStep::WriteFile: {
            t += u" "_s + s.path + u" ("_s + encodingName(s.encoding) + u", "_s +
                 QString::number(s.bytes().size()) + u" bytes): "_s + s.why + u'\n';
            const QStringList lines = s.text.split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (i == lines.size() - 1 && lines.at(i).isEmpty())
                    break;
                t += u"   | "_s + lines.at(i) + u'\n';
            }
            break;
        }
        case ServiceStep::MakeDir:
        case ServiceStep::RemoveFile:
            t += u" "_s + s.path + u": "_s + s.why + u'\n';
            break;
        }
    }
    return t;
}

QJsonObject ServicePlan::toJson() const
{
    QJsonArray array;
    for (const ServiceStep &s : steps) {
        QJsonObject o{{u"kind"_s, kindName(s.kind)}, {u"why"_s, s.why}};
        if (s.kind == ServiceStep::Run || s.kind == ServiceStep::Probe) {
            o.insert(u"program"_s, s.program);
            o.insert(u"arguments"_s, QJsonArray::fromStringList(s.arguments));
            o.insert(u"commandLine"_s, quoteCommand(*this, s));
            o.insert(u"allowFailure"_s, s.allowFailure);
            o.insert(u"timeoutMs"_s, s.timeoutMs);
        } else {
            o.insert(u"path"_s, s.path);
        }
        if (s.kind == ServiceStep::WriteFile) {
            o.insert(u"encoding"_s, encodingName(s.encoding));
            o.insert(u"content"_s, s.text);
        }
        array.append(o);
    }
    return QJsonObject{{u"platform"_s, LoginService::platformId(platform)},
                       {u"action"_s, actionId(action)},
                       {u"name"_s, name},
                       {u"definitionPath"_s, definitionPath},
                       {u"steps"_s, array}};
}

QJsonObject ServiceStatus::toJson() const
{
    return QJsonObject{{u"platform"_s, LoginService::platformId(platform)},
                       {u"name"_s, name},
                       {u"definitionPath"_s, definitionPath},
                       {u"managerReachable"_s, managerReachable},
                       {u"managerMessage"_s, managerMessage},
                       {u"installed"_s, installed},
                       {u"enabled"_s, triName(enabled)},
                       {u"active"_s, triName(active)},
                       {u"enabledState"_s, enabledState},
                       {u"activeState"_s, activeState}};
}

QString ServiceStatus::summary() const
{
    QString t = u"%1 %2: "_s.arg(platformTitle(platform), name);
    t += installed ? u"installed (%1)"_s.arg(definitionPath)
                   : u"not installed (no %1)"_s.arg(definitionPath);
    t += u"; started at login: %1"_s.arg(triName(enabled));
    if (!enabledState.isEmpty())
        t += u" (%1)"_s.arg(enabledState);
    t += u"; running: %1"_s.arg(triName(active));
    if (!activeState.isEmpty())
        t += u" (%1)"_s.arg(activeState);
    t += u'.';
    if (!managerReachable && !managerMessage.isEmpty())
        t += u'\n' + managerMessage;
    return t;
}

QJsonObject ExecutionReport::toJson(const ServicePlan &plan) const
{
    QJsonArray steps;
    for (const StepResult &r : results) {
        QJsonObject o{{u"step"_s, r.index + 1}, {u"ok"_s, r.ok}};
        if (r.index >= 0 && r.index < plan.steps.size()) {
            const ServiceStep &s = plan.steps.at(r.index);
            o.insert(u"kind"_s, kindName(s.kind));
            if (s.kind == ServiceStep::Run || s.kind == ServiceStep::Probe) {
                o.insert(u"commandLine"_s, quoteCommand(plan, s));
                o.insert(u"exitCode"_s, r.exitCode);
                o.insert(u"stdout"_s, QString::fromUtf8(r.standardOutput));
                o.insert(u"stderr"_s, QString::fromUtf8(r.standardError));
            } else {
                o.insert(u"path"_s, s.path);
            }
        }
        if (!r.message.isEmpty())
            o.insert(u"message"_s, r.message);
        steps.append(o);
    }
    QJsonObject o{{u"ok"_s, ok}, {u"steps"_s, steps}};
    if (!ok)
        o.insert(u"error"_s, error.message);
    return o;
}

// ---- LoginService -------------------------------------------------------------------------

ServicePlatform LoginService::hostPlatform()
{
#if defined(Q_OS_WIN)
    return ServicePlatform::WindowsTask;
#elif defined(Q_OS_MACOS)
    return ServicePlatform::LaunchdAgent;
#else
    return ServicePlatform::SystemdUser;
#endif
}

QString LoginService::platformId(ServicePlatform p)
{
    switch (p) {
    case ServicePlatform::SystemdUser:
        return u"systemd"_s;
    case ServicePlatform::LaunchdAgent:
        return u"launchd"_s;
    case ServicePlatform::WindowsTask:
        return u"windows"_s;
    }
    return {};
}

Result<ServicePlatform> LoginService::platformFromId(const QString &id)
{
    for (ServicePlatform p : {ServicePlatform::SystemdUser, ServicePlatform::LaunchdAgent,
                              ServicePlatform::WindowsTask}) {
        if (platformId(p) == id)
            return p;
    }
    return Error(Error::InvalidInput,
                 Msg::tr("unknown platform \"%1\" (choose systemd, launchd or windows)").arg(id));
}

QString LoginService::defaultName(ServicePlatform p)
{
    switch (p) {
    case ServicePlatform::SystemdUser:
        return u"phasic-traces-ipfs.service"_s;
    case ServicePlatform::LaunchdAgent:
        return u"io.github.munch_group.PhasicTraces.ipfs"_s;
    case ServicePlatform::WindowsTask:
        return u"Phasic Traces IPFS daemon"_s;
    }
    return {};
}

LoginServiceOptions LoginService::withDefaults(LoginServiceOptions o)
{
    const bool host = isHost(o.platform);
    if (o.name.isEmpty())
        o.name = defaultName(o.platform);
    switch (o.platform) {
    case ServicePlatform::SystemdUser:
        if (o.homeDir.isEmpty())
            o.homeDir = host ? QDir::homePath() : u"/home/"_s + userName();
        if (o.configHome.isEmpty()) {
            // XDG Base Directory spec: a relative $XDG_CONFIG_HOME is invalid and ignored.
            const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
            o.configHome = host && isPosixAbsolute(xdg) ? xdg : o.homeDir + u"/.config"_s;
        }
        if (o.ipfsPath.isEmpty())
            o.ipfsPath = host ? Paths::ipfsRepoDir() : o.homeDir + u"/.ipfs"_s;
        if (o.ipfsBinary.isEmpty() && !host)
            o.ipfsBinary = u"/usr/local/bin/ipfs"_s;
        break;
    case ServicePlatform::LaunchdAgent:
        if (o.homeDir.isEmpty())
            o.homeDir = host ? QDir::homePath() : u"/Users/"_s + userName();
        if (o.uid.isEmpty()) {
#if defined(Q_OS_UNIX)
            o.uid = host ? QString::number(::getuid()) : u"501"_s;
#else
            o.uid = u"501"_s;
#endif
        }
        if (o.ipfsPath.isEmpty())
            o.ipfsPath = host ? Paths::ipfsRepoDir() : o.homeDir + u"/.ipfs"_s;
        if (o.ipfsBinary.isEmpty() && !host)
            o.ipfsBinary = u"/opt/homebrew/bin/ipfs"_s; // Homebrew on Apple silicon
        break;
    case ServicePlatform::WindowsTask:
        if (o.homeDir.isEmpty())
            o.homeDir =
                host ? QDir::toNativeSeparators(QDir::homePath()) : u"C:\\Users\\"_s + userName();
        if (o.windowsUser.isEmpty()) {
            const QString domain = qEnvironmentVariable("USERDOMAIN");
            o.windowsUser = (domain.isEmpty() ? u"."_s : domain) + u'\\' + userName();
        }
        if (o.windowsDataDir.isEmpty()) {
            const QString local = qEnvironmentVariable("LOCALAPPDATA");
            o.windowsDataDir =
                (host && !local.isEmpty() ? local : o.homeDir + u"\\AppData\\Local"_s) +
                u"\\PhasicTraces"_s;
        }
        if (o.ipfsPath.isEmpty())
            o.ipfsPath =
                host ? QDir::toNativeSeparators(Paths::ipfsRepoDir()) : o.homeDir + u"\\.ipfs"_s;
        if (o.ipfsBinary.isEmpty() && !host)
            o.ipfsBinary = o.homeDir + u"\\AppData\\Local\\Programs\\Kubo\\ipfs.exe"_s;
        break;
    }
    return o;
}

Result<ServicePlan> LoginService::plan(ServiceAction action, const LoginServiceOptions &o)
{
    if (auto r = checkName(o.name, o.platform); !r)
        return r.error();
    if (action != ServiceAction::Status) {
        if (o.ipfsBinary.isEmpty())
            return Error(
                Error::NotFound,
                Msg::tr("no ipfs (Kubo) executable given; install Kubo "
                        "(https://docs.ipfs.tech/install/command-line/) or pass --ipfs-bin"));
        if (auto r = checkPath(o.ipfsBinary, Msg::tr("ipfs executable"), o.platform); !r)
            return r.error();
        if (auto r = checkPath(o.ipfsPath, u"IPFS_PATH"_s, o.platform); !r)
            return r.error();
        for (const QString &a : o.extraDaemonArgs) {
            if (auto r = checkText(a, Msg::tr("daemon argument")); !r)
                return r.error();
            if (o.platform == ServicePlatform::WindowsTask && a.contains(u'"'))
                return Error(Error::InvalidInput,
                             Msg::tr("daemon argument \"%1\" contains a double quote, which the "
                                     ".cmd wrapper cannot pass on safely")
                                 .arg(a));
        }
    }
    switch (o.platform) {
    case ServicePlatform::SystemdUser:
        return systemdPlan(action, o);
    case ServicePlatform::LaunchdAgent:
        return launchdPlan(action, o);
    case ServicePlatform::WindowsTask:
        return windowsPlan(action, o);
    }
    return Error(Error::Unsupported, Msg::tr("unknown platform"));
}

ServiceJob *LoginService::execute(const ServicePlan &plan, QObject *parent)
{
    return new ServiceJob(plan, parent);
}

Result<ServiceJob *> LoginService::status(const LoginServiceOptions &options, QObject *parent)
{
    auto p = plan(ServiceAction::Status, options);
    if (!p)
        return p.error();
    return new ServiceJob(std::move(p).value(), parent);
}

Result<void> LoginService::interpretProbe(const ServicePlan &plan, const StepResult &r)
{
    if (plan.platform != ServicePlatform::SystemdUser) // only systemd has a probe
        return r.ok || r.exitCode == 0 ? Result<void>() : Result<void>(Error(r.message));
    const QString consequence = plan.action == ServiceAction::Install
                                    ? Msg::tr("the unit was not installed")
                                : plan.action == ServiceAction::Uninstall
                                    ? Msg::tr("nothing was changed")
                                    : Msg::tr("the state shown is what the unit files "
                                              "say");
    if (r.exitCode < 0) // did not start or timed out
        return Error(
            Error::Unsupported,
            Msg::tr("Could not ask systemd (%1); %2. This system may not use systemd: run "
                    "the IPFS daemon from the app instead, which starts and supervises one.")
                .arg(r.message, consequence));
    // is-system-running exits non-zero for "degraded" too, where user units work fine.
    const QString state = firstLine(r.standardOutput);
    static const QStringList usable = {u"running"_s, u"degraded"_s, u"starting"_s,
                                       u"initializing"_s};
    if (usable.contains(state))
        return {};
    QString said = state.isEmpty() ? outputSummary(r) : state;
    if (said.isEmpty())
        said = u"exit code %1"_s.arg(r.exitCode);
    // The usual cause outside a desktop session (su, sudo, containers): no user runtime dir,
    // so systemctl cannot find the user manager's bus.
    const QString hint = qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")
                             ? Msg::tr("; XDG_RUNTIME_DIR is not set")
                             : QString();
    return Error(
        Error::Unsupported,
        Msg::tr("No systemd user instance is running in this session "
                "(`systemctl --user is-system-running` said \"%1\"%3); %2. On a desktop "
                "login this works; on a server enable lingering with `loginctl enable-linger "
                "$USER` and log in again. Until then, run the IPFS daemon from the app.")
            .arg(said, consequence, hint));
}

ServiceStatus LoginService::interpretStatus(const ServicePlan &plan,
                                            const QList<StepResult> &results)
{
    ServiceStatus st;
    st.platform = plan.platform;
    st.name = plan.name;
    st.definitionPath = plan.definitionPath;
    st.installed = QFileInfo::exists(plan.definitionPath);
    auto resultOf = [&](int index) -> const StepResult * {
        for (const StepResult &r : results) {
            if (r.index == index)
                return &r;
        }
        return nullptr;
    };
    switch (plan.platform) {
    case ServicePlatform::SystemdUser: {
        if (const StepResult *probe = resultOf(0)) {
            const auto ok = interpretProbe(plan, *probe);
            st.managerReachable = ok.ok();
            if (!ok)
                st.managerMessage = ok.error().message;
        }
        if (const StepResult *r = resultOf(1); r && r->exitCode >= 0) {
            // is-enabled works without a running manager: it reads the unit files.
            st.enabledState = firstLine(r->standardOutput);
            if (st.enabledState == u"enabled"_s || st.enabledState == u"enabled-runtime"_s)
                st.enabled = TriState::Yes;
            else if (!st.enabledState.isEmpty() || !st.installed)
                st.enabled = TriState::No;
            if (st.enabledState.isEmpty() && !st.installed)
                st.enabledState = u"not-found"_s;
        }
        if (const StepResult *r = resultOf(2); r && r->exitCode >= 0 && st.managerReachable) {
            st.activeState = firstLine(r->standardOutput);
            if (st.activeState == u"active"_s || st.activeState == u"reloading"_s)
                st.active = TriState::Yes;
            else if (!st.activeState.isEmpty())
                st.active = TriState::No;
        }
        break;
    }
    case ServicePlatform::LaunchdAgent: {
        const StepResult *print = resultOf(0);
        if (print && print->exitCode >= 0) {
            st.managerReachable = true;
            if (print->exitCode == 0) {
                static const QRegularExpression stateRe(u"^\\s*state = (.+)$"_s,
                                                        QRegularExpression::MultilineOption);
                const auto m = stateRe.match(QString::fromUtf8(print->standardOutput));
                st.activeState = m.hasMatch() ? m.captured(1).trimmed() : u"loaded"_s;
                st.active = st.activeState == u"running"_s ? TriState::Yes : TriState::No;
            } else {
                st.activeState = u"not loaded"_s;
                st.active = TriState::No;
            }
        } else if (print) {
            st.managerMessage = print->message;
        }
        if (const StepResult *r = resultOf(1); r && r->exitCode == 0) {
            // Lines look like: "io.github.…" => disabled   (older macOS: => true)
            const QString text = QString::fromUtf8(r->standardOutput);
            const QRegularExpression re(
                u"\"%1\"\\s*=>\\s*(\\w+)"_s.arg(QRegularExpression::escape(plan.name)));
            const auto m = re.match(text);
            const bool disabled =
                m.hasMatch() && (m.captured(1) == u"disabled"_s || m.captured(1) == u"true"_s);
            st.enabledState = disabled ? u"disabled"_s : (st.installed ? u"enabled"_s : u""_s);
            st.enabled = disabled || !st.installed ? TriState::No : TriState::Yes;
        }
        break;
    }
    case ServicePlatform::WindowsTask: {
        const StepResult *q = resultOf(0);
        if (q && q->exitCode >= 0) {
            st.managerReachable = true;
            if (q->exitCode != 0) {
                st.enabled = TriState::No;
                st.active = TriState::No;
                st.enabledState = u"not registered"_s;
                break;
            }
            // schtasks localizes its labels; these are the English ones. Elsewhere the
            // state stays Unknown rather than guessed.
            const QString text = QString::fromUtf8(q->standardOutput);
            static const QRegularExpression statusRe(u"^Status:\\s*(.+)$"_s,
                                                     QRegularExpression::MultilineOption);
            static const QRegularExpression stateRe(u"^Scheduled Task State:\\s*(.+)$"_s,
                                                    QRegularExpression::MultilineOption);
            if (const auto m = statusRe.match(text); m.hasMatch()) {
                st.activeState = m.captured(1).trimmed();
                st.active = st.activeState == u"Running"_s ? TriState::Yes : TriState::No;
            }
            if (const auto m = stateRe.match(text); m.hasMatch()) {
                st.enabledState = m.captured(1).trimmed();
                st.enabled = st.enabledState == u"Enabled"_s ? TriState::Yes : TriState::No;
            }
        } else if (q) {
            st.managerMessage = q->message;
        }
        break;
    }
    }
    return st;
}

QString LoginService::systemdQuote(const QString &word, bool executable)
{
    // systemd.service(5) "Command lines": words split at whitespace, double quotes group,
    // C escapes are resolved, %-specifiers expand (%% is a literal %) and, in the arguments
    // only, $VAR / ${VAR} expand ($$ is a literal $). systemd-analyze verify confirms that the
    // executable keeps "$$" literally, so there '$' stays as it is.
    static const QRegularExpression safe(u"^[A-Za-z0-9/._+=:,@-]+$"_s);
    QString w = word;
    w.replace(u'%', u"%%"_s);
    if (!executable)
        w.replace(u'$', u"$$"_s);
    if (safe.match(word).hasMatch())
        return w;
    w.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + w + u'"';
}

QString LoginService::xmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += u"&amp;"_s;
            break;
        case u'<':
            out += u"&lt;"_s;
            break;
        case u'>':
            out += u"&gt;"_s;
            break;
        case u'"':
            out += u"&quot;"_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString LoginService::posixShellQuote(const QString &word)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
    if (safe.match(word).hasMatch())
        return word;
    return u'\'' + QString(word).replace(u"'"_s, u"'\\''"_s) + u'\'';
}

namespace {
// The rules of CommandLineToArgvW / the MS C runtime: inside quotes backslashes are literal
// unless they precede a quote, so those (and trailing ones, which precede the closing quote)
// are doubled.
QString msvcQuote(const QString &word, bool force)
{
    if (!force && !word.isEmpty() && !word.contains(u' ') && !word.contains(u'\t') &&
        !word.contains(u'"'))
        return word;
    QString out = u"\""_s;
    int backslashes = 0;
    for (QChar c : word) {
        if (c == u'\\') {
            ++backslashes;
            continue;
        }
        out += QString(c == u'"' ? backslashes * 2 + 1 : backslashes, u'\\');
        out += c;
        backslashes = 0;
    }
    out += QString(backslashes * 2, u'\\');
    out += u'"';
    return out;
}
} // namespace

QString LoginService::windowsArgQuote(const QString &word)
{
    return msvcQuote(word, false);
}

QString LoginService::cmdQuote(const QString &word)
{
    // A word on a batch line reaches the program through two parsers: cmd.exe (which must not
    // see & | < > ^ ( ) outside quotes, and expands %) and the program's own argv splitting.
    static const QRegularExpression special(u"[&|<>^()]"_s);
    return msvcQuote(word, special.match(word).hasMatch()).replace(u'%', u"%%"_s);
}

// ---- ServiceJob ---------------------------------------------------------------------------

ServiceJob::ServiceJob(ServicePlan plan, QObject *parent) : QObject(parent), m_plan(std::move(plan))
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
}

ServiceJob::~ServiceJob()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000); // reap it; never leave a zombie behind
    }
}

void ServiceJob::start()
{
    QTimer::singleShot(0, this, &ServiceJob::runNext);
}

void ServiceJob::runNext()
{
    if (m_done)
        return;
    if (m_next >= m_plan.steps.size()) {
        complete();
        return;
    }
    const int index = m_next++;
    const ServiceStep &s = m_plan.steps.at(index);
    StepResult r;
    r.index = index;
    switch (s.kind) {
    case ServiceStep::WriteFile: {
        const QFileInfo info(s.path);
        if (!QDir().mkpath(info.path())) {
            r.message = Msg::tr("could not create the directory %1").arg(info.path());
        } else {
            QSaveFile file(s.path);
            const QByteArray bytes = s.bytes();
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
                !file.commit())
                r.message = Msg::tr("could not write %1: %2").arg(s.path, file.errorString());
            else
                r.ok = true;
        }
        finishStep(r);
        return;
    }
    case ServiceStep::MakeDir:
        r.ok = QDir().mkpath(s.path);
        if (!r.ok)
            r.message = Msg::tr("could not create the directory %1").arg(s.path);
        finishStep(r);
        return;
    case ServiceStep::RemoveFile:
        r.ok = !QFileInfo::exists(s.path) || QFile::remove(s.path);
        if (!r.ok)
            r.message = Msg::tr("could not remove %1").arg(s.path);
        finishStep(r);
        return;
    case ServiceStep::Probe:
    case ServiceStep::Run:
        break;
    }

    auto *process = new QProcess(this);
    m_process = process;
    if (!s.environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = s.environment.cbegin(); it != s.environment.cend(); ++it)
            env.insert(it.key(), it.value());
        process->setProcessEnvironment(env);
    }
    const QString shown = quoteCommand(m_plan, s);
    auto done = [this, process, index, shown](int exitCode, bool crashed, const QString &problem) {
        if (m_process != process)
            return;
        m_timer->stop();
        m_timer->disconnect(this);
        process->disconnect(this);
        m_process = nullptr;
        StepResult res;
        res.index = index;
        res.exitCode = problem.isEmpty() && !crashed ? exitCode : -1;
        res.standardOutput = process->readAllStandardOutput();
        res.standardError = process->readAllStandardError();
        res.ok = res.exitCode == 0;
        if (!problem.isEmpty())
            res.message = u"`%1`: %2"_s.arg(shown, problem);
        else if (crashed)
            res.message = Msg::tr("`%1` crashed").arg(shown);
        else if (exitCode != 0) {
            const QString said = outputSummary(res);
            res.message = Msg::tr("`%1` exited with code %2%3")
                              .arg(shown, QString::number(exitCode),
                                   said.isEmpty() ? QString() : u": "_s + said);
        }
        process->deleteLater();
        finishStep(res);
    };
    connect(process, &QProcess::finished, this, [done](int code, QProcess::ExitStatus status) {
        done(code, status == QProcess::CrashExit, {});
    });
    connect(process, &QProcess::errorOccurred, this,
            [done, program = s.program](QProcess::ProcessError error) {
                if (error == QProcess::FailedToStart)
                    done(-1, false,
                         Msg::tr("could not start %1 (not installed or not in PATH)").arg(program));
            });
    const int timeoutMs = s.timeoutMs;
    connect(m_timer, &QTimer::timeout, this, [this, process, done, timeoutMs] {
        if (m_process != process)
            return;
        // Signals off first, so the kill is not reported as a crash; SIGKILL ends the child
        // at once, and the short wait only reaps it (no event loop runs).
        process->disconnect(this);
        process->kill();
        process->waitForFinished(2000);
        done(-1, false, Msg::tr("no answer within %1 s; stopped it").arg(timeoutMs / 1000.0));
    });
    m_timer->start(timeoutMs);
    process->start(s.program, s.arguments);
}

void ServiceJob::finishStep(StepResult result)
{
    const ServiceStep &s = m_plan.steps.at(result.index);
    m_report.results.append(result);
    if (s.kind == ServiceStep::Probe) {
        const auto probe = LoginService::interpretProbe(m_plan, result);
        if (!probe && !s.allowFailure) {
            abort(probe.error());
            return;
        }
    } else if (!result.ok && !s.allowFailure) {
        abort(Error(s.kind == ServiceStep::Run ? Error::Generic : Error::Io,
                    Msg::tr("step %1 of %2 (%3) failed: %4")
                        .arg(result.index + 1)
                        .arg(m_plan.steps.size())
                        .arg(s.why, result.message)));
        return;
    }
    QTimer::singleShot(0, this, &ServiceJob::runNext);
}

void ServiceJob::abort(Error error)
{
    m_report.ok = false;
    m_report.error = std::move(error);
    m_done = true;
    if (m_plan.action == ServiceAction::Status)
        m_status = LoginService::interpretStatus(m_plan, m_report.results);
    emit finished();
}

void ServiceJob::complete()
{
    m_report.ok = true;
    m_done = true;
    if (m_plan.action == ServiceAction::Status)
        m_status = LoginService::interpretStatus(m_plan, m_report.results);
    emit finished();
}

} // namespace pt::daemon
