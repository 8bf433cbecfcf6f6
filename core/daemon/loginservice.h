#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QString>
#include <QStringList>

class QTimer;

namespace pt::daemon {

// Tier 3 of DESIGN.md: the IPFS daemon (Kubo) started by the OS at login, so it runs without
// the app. Every platform's files and commands are produced by pure functions (plan), so all
// three can be generated and golden-tested on Linux; only execute() touches the system.
enum class ServicePlatform {
    SystemdUser,  // ~/.config/systemd/user/<name>.service + systemctl --user
    LaunchdAgent, // ~/Library/LaunchAgents/<label>.plist + launchctl bootstrap gui/<uid>
    WindowsTask,  // Task Scheduler logon task (XML) + a .cmd wrapper that sets IPFS_PATH
};

enum class ServiceAction { Install, Uninstall, Status };

// Everything a plan depends on. Empty fields are filled by LoginService::withDefaults() from
// the running system (or, for a platform other than the host's, with example values), so a
// plan is a pure function of this struct.
struct LoginServiceOptions
{
    ServicePlatform platform = ServicePlatform::SystemdUser;
    QString ipfsBinary;          // absolute path of the Kubo `ipfs` executable
    QString ipfsPath;            // IPFS_PATH of the repository the daemon serves
    QStringList extraDaemonArgs; // after `daemon --migrate=true`, e.g. --enable-gc
    QString name;                // unit name / launchd label / task name

    QString homeDir;        // the user's home (launchd: Library/…, Windows: C:\Users\x)
    QString configHome;     // systemd: $XDG_CONFIG_HOME, default <home>/.config
    QString uid;            // launchd: numeric uid for the gui/<uid> domain
    QString windowsUser;    // Windows: DOMAIN\user the logon trigger is for
    QString windowsDataDir; // Windows: where the .cmd wrapper and task XML go
    QString systemctl = QStringLiteral("systemctl");
    QString launchctl = QStringLiteral("launchctl");
    QString schtasks = QStringLiteral("schtasks");
};

struct ServiceStep
{
    enum Kind {
        Probe,      // run a command that says whether the service manager is reachable
        WriteFile,  // atomic write (QSaveFile), parent directories created
        MakeDir,    // create a directory (launchd does not create its log directory)
        RemoveFile, // remove if present (absent is fine: uninstall is idempotent)
        Run,        // run a command; non-zero exit aborts unless allowFailure
    };
    enum Encoding { Utf8, Utf8Crlf, Utf16LeBom };

    Kind kind = Run;
    QString why; // one line for people ("reload unit files")

    QString path; // WriteFile / MakeDir / RemoveFile
    QString text; // WriteFile: the content as text ('\n' line ends)
    Encoding encoding = Utf8;

    QString program; // Run / Probe
    QStringList arguments;
    QMap<QString, QString> environment; // added to the inherited environment
    bool allowFailure = false;
    int timeoutMs = 30000;

    // The exact bytes WriteFile writes.
    QByteArray bytes() const;
};

struct ServicePlan
{
    ServicePlatform platform = ServicePlatform::SystemdUser;
    ServiceAction action = ServiceAction::Install;
    QString name;           // unit / label / task name
    QString definitionPath; // the unit file / plist / task XML
    QList<ServiceStep> steps;

    // Human-readable listing of every file (full content) and command, quoted for the
    // platform's shell. Used by `service … --dry-run` and the golden tests.
    QString render() const;
    QJsonObject toJson() const;
};

enum class TriState { No, Yes, Unknown };

struct ServiceStatus
{
    ServicePlatform platform = ServicePlatform::SystemdUser;
    QString name;
    QString definitionPath;
    bool managerReachable = false; // systemd user instance / launchd domain / schtasks
    QString managerMessage;        // why not, with the next step
    bool installed = false;        // the definition file exists
    TriState enabled = TriState::Unknown;
    TriState active = TriState::Unknown;
    QString enabledState; // raw words from the manager ("enabled", "disabled", …)
    QString activeState;  // ("active", "inactive", "failed", "running", …)

    QJsonObject toJson() const;
    QString summary() const; // one paragraph for people
};

struct StepResult
{
    int index = -1; // in plan.steps
    bool ok = false;
    int exitCode = -1;
    QByteArray standardOutput;
    QByteArray standardError;
    QString message; // what went wrong (empty when ok)
};

struct ExecutionReport
{
    bool ok = false;
    Error error; // when !ok: the first failing step, said for people
    QList<StepResult> results;
    QJsonObject toJson(const ServicePlan &plan) const;
};

// Runs a plan step by step: files through QSaveFile, commands through QProcess (async, each
// with a timeout). Emits finished() once; the job deletes nothing by itself.
class ServiceJob : public QObject
{
    Q_OBJECT
public:
    explicit ServiceJob(ServicePlan plan, QObject *parent = nullptr);
    ~ServiceJob() override;

    void start();
    const ServicePlan &plan() const { return m_plan; }
    const ExecutionReport &report() const { return m_report; }
    // For a Status plan, after finished(): the interpretation of the commands' answers.
    const ServiceStatus &status() const { return m_status; }

signals:
    void finished();

private:
    void runNext();
    void finishStep(StepResult result);
    void abort(Error error);
    void complete();

    ServicePlan m_plan;
    ExecutionReport m_report;
    ServiceStatus m_status;
    int m_next = 0;
    bool m_done = false;
    QPointer<QProcess> m_process;
    QTimer *m_timer = nullptr;
};

class LoginService
{
public:
    static ServicePlatform hostPlatform();
    static QString platformId(ServicePlatform p); // "systemd", "launchd", "windows"
    static Result<ServicePlatform> platformFromId(const QString &id);
    static QString defaultName(ServicePlatform p);

    // Fills empty fields of `options` for options.platform (host values where the platform is
    // the host's, clearly example values otherwise).
    static LoginServiceOptions withDefaults(LoginServiceOptions options);

    // Pure: validates the options (absolute paths, no line breaks, a valid name) and returns
    // the steps. Nothing is touched.
    static Result<ServicePlan> plan(ServiceAction action, const LoginServiceOptions &options);

    // Starts executing `plan`; connect to finished() on the returned job (owned by parent).
    static ServiceJob *execute(const ServicePlan &plan, QObject *parent = nullptr);
    // The status plan executed; read job->status() after finished().
    static Result<ServiceJob *> status(const LoginServiceOptions &options,
                                       QObject *parent = nullptr);

    // Pure interpretation of a status plan's results (exposed for tests).
    static ServiceStatus interpretStatus(const ServicePlan &plan, const QList<StepResult> &results);
    // Pure interpretation of the probe (systemd: `systemctl --user is-system-running`).
    static Result<void> interpretProbe(const ServicePlan &plan, const StepResult &result);

    // Quoting helpers (exposed for tests).
    static QString systemdQuote(const QString &word, bool executable = false);
    static QString xmlEscape(const QString &text);
    static QString posixShellQuote(const QString &word);
    static QString windowsArgQuote(const QString &word); // CommandLineToArgvW rules
    static QString cmdQuote(const QString &word);        // a word in a .cmd batch line
};

} // namespace pt::daemon
