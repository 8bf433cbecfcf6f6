// Tests of the login service (core/daemon/loginservice.*).
//
// Golden files: tests/data/daemon/golden/<platform>-<action>.plan.txt hold the rendered plan
// (every file's content and every command) and <platform>.<file name> the exact bytes of each
// file written, for the fixed options below (paths with spaces, non-ASCII, quotes, %, $, &).
// After an intended change, regenerate them with
//     PT_UPDATE_GOLDEN=1 ctest --test-dir build/dev -R tst_loginservice
// and review the diff with `git diff tests/data/daemon/golden` before committing.
//
// The execute tests run real processes: a fake `systemctl` (tests/daemon/fake-systemctl, first
// in PATH) that records its arguments and answers like systemd, and the machine's own
// systemctl, where no user instance is expected (CI containers) — that case must end in the
// clear "No systemd user instance" message with nothing written.
#include "core/daemon/loginservice.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace pt::daemon;

namespace {

const QString kGolden = u"daemon/golden/"_s;

LoginServiceOptions fixedOptions(ServicePlatform p)
{
    LoginServiceOptions o;
    o.platform = p;
    o.extraDaemonArgs = {u"--enable-gc"_s};
    switch (p) {
    case ServicePlatform::SystemdUser:
        o.homeDir = u"/home/zoë"_s;
        o.configHome = u"/home/zoë/.config"_s;
        o.ipfsBinary = u"/opt/Kubo 0.29/bin/ipfs"_s;
        o.ipfsPath = u"/home/zoë/IPFS \"lab\" 100% $HOME\\x"_s;
        break;
    case ServicePlatform::LaunchdAgent:
        o.homeDir = u"/Users/Zoë Ørsted"_s;
        o.uid = u"501"_s;
        o.ipfsBinary = u"/Applications/Kubo & Co/ipfs"_s;
        o.ipfsPath = u"/Users/Zoë Ørsted/Library/Application Support/IPFS <lab>"_s;
        break;
    case ServicePlatform::WindowsTask:
        o.homeDir = u"C:\\Users\\Zoë Ørsted"_s;
        o.windowsUser = u"DESKTOP-1\\Zoë Ørsted"_s;
        o.windowsDataDir = u"C:\\Users\\Zoë Ørsted\\AppData\\Local\\PhasicTraces"_s;
        o.ipfsBinary = u"C:\\Program Files (x86)\\Kubo & Co\\ipfs.exe"_s;
        o.ipfsPath = u"D:\\IPFS 100%\\repo"_s;
        break;
    }
    return LoginService::withDefaults(o);
}

bool updateGolden()
{
    return qEnvironmentVariableIntValue("PT_UPDATE_GOLDEN") == 1;
}

// Compares with a golden file, or rewrites it when PT_UPDATE_GOLDEN=1.
void compareGolden(const QString &relative, const QByteArray &actual)
{
    const QString path = pt::test::dataPath(kGolden + relative);
    if (updateGolden()) {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
        f.write(actual);
        qInfo("rewrote %s", qPrintable(path));
        return;
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly),
             qPrintable(u"missing golden file %1 (PT_UPDATE_GOLDEN=1 creates it)"_s.arg(path)));
    const QByteArray expected = f.readAll();
    if (actual != expected) {
        // Show the first differing line, then fail.
        const QList<QByteArray> a = actual.split('\n'), e = expected.split('\n');
        for (qsizetype i = 0; i < qMax(a.size(), e.size()); ++i) {
            const QByteArray al = a.value(i), el = e.value(i);
            if (al != el) {
                qWarning("%s line %lld:\n  expected: %s\n  actual:   %s", qPrintable(relative),
                         qlonglong(i + 1), el.constData(), al.constData());
                break;
            }
        }
    }
    QCOMPARE(actual, expected);
}

QString fileNameOf(const QString &path)
{
    const qsizetype slash = qMax(path.lastIndexOf(u'/'), path.lastIndexOf(u'\\'));
    return path.mid(slash + 1);
}

QString actionName(ServiceAction a)
{
    return a == ServiceAction::Install     ? u"install"_s
           : a == ServiceAction::Uninstall ? u"uninstall"_s
                                           : u"status"_s;
}

// Runs a job to completion (a test may spin the event loop; product code never does).
bool runJob(ServiceJob *job, int timeoutMs = 20000)
{
    QSignalSpy spy(job, &ServiceJob::finished);
    job->start();
    return spy.wait(timeoutMs) && spy.count() == 1;
}

QStringList readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestLoginService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void goldenPlans_data();
    void goldenPlans();
    void quoting_data();
    void quoting();
    void refusals_data();
    void refusals();
    void definitionsAreWellFormedXml();
    void utf16TaskFile();
    void systemdAnalyzeAcceptsUnit();
    void installerScriptPrintsSameUnit();
    void interpretStatus_data();
    void interpretStatus();
    void executeWithFakeSystemctl();
    void fakeSystemctlOffline();
    void realSystemctlDegradesClearly();
    void commandTimeoutAndMissingProgram();
    void installerScriptWithFakes();
    void cliWithFakeSystemctl();

private:
    // A temp dir with `systemctl` (the fake) and the environment it needs.
    struct FakeSystemd
    {
        QTemporaryDir dir;
        QString bin, log, state, configHome, unitDir;
        QByteArray oldPath;
    };
    bool setUpFake(FakeSystemd &f, const QByteArray &mode);
    // A fake `ipfs` in f.bin that answers `version` and `init` (creates $IPFS_PATH/config).
    QString addFakeIpfs(FakeSystemd &f);
    // Runs a program with the current environment plus `extra`; returns exit code (-1 on a
    // start failure or timeout) and fills stdout/stderr.
    int runProgram(const QString &program, const QStringList &args,
                   const QMap<QString, QString> &extra, QByteArray *out, QByteArray *err,
                   const QStringList &unset = {});
    void tearDownFake(FakeSystemd &f);
};

void TestLoginService::goldenPlans_data()
{
    QTest::addColumn<int>("platform");
    QTest::addColumn<int>("action");
    for (ServicePlatform p : {ServicePlatform::SystemdUser, ServicePlatform::LaunchdAgent,
                              ServicePlatform::WindowsTask}) {
        for (ServiceAction a :
             {ServiceAction::Install, ServiceAction::Uninstall, ServiceAction::Status}) {
            const QString row = LoginService::platformId(p) + u'-' + actionName(a);
            QTest::newRow(qPrintable(row)) << int(p) << int(a);
        }
    }
}

void TestLoginService::goldenPlans()
{
    QFETCH(int, platform);
    QFETCH(int, action);
    const auto p = ServicePlatform(platform);
    const auto a = ServiceAction(action);
    const auto plan = LoginService::plan(a, fixedOptions(p));
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
    const QString id = LoginService::platformId(p);
    compareGolden(id + u'-' + actionName(a) + u".plan.txt"_s, plan->render().toUtf8());
    for (const ServiceStep &s : plan->steps) {
        if (s.kind == ServiceStep::WriteFile)
            compareGolden(id + u'.' + fileNameOf(s.path), s.bytes());
    }
    // Plans are pure: the same options give the same plan.
    QCOMPARE(LoginService::plan(a, fixedOptions(p))->render(), plan->render());
}

void TestLoginService::quoting_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("systemd plain") << "systemd"
                                   << "--enable-gc"
                                   << "--enable-gc";
    QTest::newRow("systemd space") << "systemd"
                                   << "/opt/a b/ipfs"
                                   << "\"/opt/a b/ipfs\"";
    QTest::newRow("systemd specials")
        << "systemd" << u"a\"b\\c%d$e"_s << u"\"a\\\"b\\\\c%%d$$e\""_s;
    QTest::newRow("systemd executable $") << "systemd-exe"
                                          << "/a$b%c"
                                          << "\"/a$b%%c\"";
    QTest::newRow("systemd % quoted") << "systemd"
                                      << "a%b"
                                      << "\"a%%b\"";
    QTest::newRow("systemd non-ascii") << "systemd" << u"/home/zoë"_s << u"\"/home/zoë\""_s;
    QTest::newRow("xml") << "xml"
                         << "a<b>&\"c'"
                         << "a&lt;b&gt;&amp;&quot;c'";
    QTest::newRow("posix plain") << "posix"
                                 << "/usr/bin/ipfs"
                                 << "/usr/bin/ipfs";
    QTest::newRow("posix quote") << "posix"
                                 << "it's here"
                                 << "'it'\\''s here'";
    QTest::newRow("win plain") << "win"
                               << "/Create"
                               << "/Create";
    QTest::newRow("win space") << "win"
                               << "C:\\Program Files\\x"
                               << "\"C:\\Program Files\\x\"";
    QTest::newRow("win trailing backslash") << "win"
                                            << "C:\\a b\\"
                                            << "\"C:\\a b\\\\\"";
    QTest::newRow("win quote") << "win"
                               << "a \"b\""
                               << "\"a \\\"b\\\"\"";
    QTest::newRow("win empty") << "win"
                               << ""
                               << "\"\"";
    QTest::newRow("cmd plain") << "cmd"
                               << "--enable-gc"
                               << "--enable-gc";
    QTest::newRow("cmd ampersand") << "cmd"
                                   << "a&b"
                                   << "\"a&b\"";
    QTest::newRow("cmd percent") << "cmd"
                                 << "100%"
                                 << "100%%";
    QTest::newRow("cmd space backslash") << "cmd"
                                         << "C:\\x y\\"
                                         << "\"C:\\x y\\\\\"";
}

void TestLoginService::quoting()
{
    QFETCH(QString, kind);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QString actual;
    if (kind == u"systemd"_s)
        actual = LoginService::systemdQuote(input);
    else if (kind == u"systemd-exe"_s)
        actual = LoginService::systemdQuote(input, true);
    else if (kind == u"xml"_s)
        actual = LoginService::xmlEscape(input);
    else if (kind == u"posix"_s)
        actual = LoginService::posixShellQuote(input);
    else if (kind == u"win"_s)
        actual = LoginService::windowsArgQuote(input);
    else
        actual = LoginService::cmdQuote(input);
    QCOMPARE(actual, expected);
}

void TestLoginService::refusals_data()
{
    QTest::addColumn<int>("platform");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    const int sd = int(ServicePlatform::SystemdUser), ld = int(ServicePlatform::LaunchdAgent),
              win = int(ServicePlatform::WindowsTask);
    QTest::newRow("newline in binary") << sd << "bin"
                                       << "/opt/a\nb/ipfs"
                                       << "line break";
    QTest::newRow("newline in IPFS_PATH") << ld << "repo"
                                          << "/x\r\ny"
                                          << "line break";
    QTest::newRow("tab in IPFS_PATH") << sd << "repo"
                                      << "/x\ty"
                                      << "control character U+0009";
    QTest::newRow("relative binary") << sd << "bin"
                                     << "bin/ipfs"
                                     << "not an absolute path";
    QTest::newRow("posix path on windows") << win << "bin"
                                           << "/usr/bin/ipfs"
                                           << "not an absolute Windows path";
    QTest::newRow("quote in windows path") << win << "repo"
                                           << "C:\\a\"b"
                                           << "double quote";
    QTest::newRow("percent in windows data dir") << win << "datadir"
                                                 << "C:\\100%"
                                                 << "'%'";
    QTest::newRow("bad unit name") << sd << "name"
                                   << "ipfs"
                                   << "not a valid systemd unit name";
    QTest::newRow("bad label") << ld << "name"
                               << "io/x"
                               << "not a valid launchd label";
    QTest::newRow("bad task name") << win << "name"
                                   << "a:b"
                                   << "not a valid scheduled task";
    QTest::newRow("uid") << ld << "uid"
                         << "admin"
                         << "numeric user id";
    QTest::newRow("newline in argument") << sd << "arg"
                                         << "--x\n"
                                         << "line break";
    QTest::newRow("no binary") << sd << "bin"
                               << ""
                               << "no ipfs (Kubo) executable";
}

void TestLoginService::refusals()
{
    QFETCH(int, platform);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, message);
    LoginServiceOptions o = fixedOptions(ServicePlatform(platform));
    if (field == u"bin"_s)
        o.ipfsBinary = value;
    else if (field == u"repo"_s)
        o.ipfsPath = value;
    else if (field == u"datadir"_s)
        o.windowsDataDir = value;
    else if (field == u"name"_s)
        o.name = value;
    else if (field == u"uid"_s)
        o.uid = value;
    else if (field == u"arg"_s)
        o.extraDaemonArgs << value;
    const auto plan = LoginService::plan(ServiceAction::Install, o);
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().message.contains(message), qPrintable(plan.error().message));
}

void TestLoginService::definitionsAreWellFormedXml()
{
    // The plist and the task XML must parse, and the tricky values must come back unchanged.
    for (ServicePlatform p : {ServicePlatform::LaunchdAgent, ServicePlatform::WindowsTask}) {
        const LoginServiceOptions o = fixedOptions(p);
        const auto plan = LoginService::plan(ServiceAction::Install, o);
        QVERIFY(plan.ok());
        const ServiceStep &def =
            p == ServicePlatform::LaunchdAgent ? plan->steps.at(0) : plan->steps.at(1);
        QXmlStreamReader xml(def.text);
        QStringList texts;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::Characters && !xml.isWhitespace())
                texts << xml.text().toString();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        if (p == ServicePlatform::LaunchdAgent) {
            QVERIFY(texts.contains(o.ipfsBinary));
            QVERIFY(texts.contains(o.ipfsPath));
            const qsizetype at = texts.indexOf(o.ipfsBinary);
            QCOMPARE(texts.mid(at, 4), (QStringList{o.ipfsBinary, u"daemon"_s, u"--migrate=true"_s,
                                                    u"--enable-gc"_s}));
        } else {
            QVERIFY(texts.contains(o.windowsUser));
            QVERIFY(texts.contains(u"\"%1\\ipfs-daemon.cmd\""_s.arg(o.windowsDataDir)));
        }
    }
}

void TestLoginService::utf16TaskFile()
{
    const auto plan =
        LoginService::plan(ServiceAction::Install, fixedOptions(ServicePlatform::WindowsTask));
    QVERIFY(plan.ok());
    const ServiceStep &cmd = plan->steps.at(0);
    const ServiceStep &xml = plan->steps.at(1);
    QCOMPARE(cmd.encoding, ServiceStep::Utf8Crlf);
    QVERIFY(cmd.bytes().contains("set \"IPFS_PATH=D:\\IPFS 100%%\\repo\"\r\n"));
    QVERIFY(cmd.bytes().contains(
        "\"C:\\Program Files (x86)\\Kubo & Co\\ipfs.exe\" daemon --migrate=true --enable-gc\r\n"));
    const QByteArray bytes = xml.bytes();
    QVERIFY(bytes.startsWith("\xff\xfe<\0?\0x\0m\0l\0"_ba));
    QCOMPARE(bytes.size() % 2, 0);
    const QString decoded = QString::fromUtf16(
        reinterpret_cast<const char16_t *>(bytes.constData() + 2), (bytes.size() - 2) / 2);
    QCOMPARE(decoded, QString(xml.text).replace(u"\n"_s, u"\r\n"_s));
    QVERIFY(decoded.contains(u"<UserId>DESKTOP-1\\Zoë Ørsted</UserId>"_s));
}

void TestLoginService::systemdAnalyzeAcceptsUnit()
{
    // An outside check of the unit's quoting: systemd's own parser (systemd-analyze verify,
    // which needs no running manager) must find the executable at the tricky path and report
    // no syntax problems.
    const QString analyze = QStandardPaths::findExecutable(u"systemd-analyze"_s);
    if (analyze.isEmpty())
        QSKIP("systemd-analyze not installed");
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString binDir = tmp.filePath(u"Kubo 0.29 zoë %d $HOME"_s);
    QVERIFY(QDir().mkpath(binDir));
    const QString ipfs = binDir + u"/ipfs"_s;
    {
        QFile f(ipfs);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nexit 0\n");
    }
    QFile::setPermissions(ipfs, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    LoginServiceOptions o = fixedOptions(ServicePlatform::SystemdUser);
    o.ipfsBinary = ipfs;
    o.configHome = tmp.filePath(u"config"_s);
    const auto plan = LoginService::plan(ServiceAction::Install, o);
    QVERIFY(plan.ok());
    const ServiceStep &unit = plan->steps.at(1);
    QCOMPARE(unit.kind, ServiceStep::WriteFile);
    const QString unitPath = tmp.filePath(o.name);
    {
        QFile f(unitPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(unit.bytes());
    }
    const QString runtime = tmp.filePath(u"run"_s);
    QVERIFY(QDir().mkpath(runtime));
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_RUNTIME_DIR"_s, runtime);
    p.setProcessEnvironment(env);
    p.start(analyze, {u"--user"_s, u"verify"_s, unitPath});
    QVERIFY(p.waitForFinished(30000));
    const QString output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    if (output.contains(u"Failed to initialize manager"_s))
        QSKIP(qPrintable(u"systemd-analyze cannot run here: "_s + output.trimmed()));
    QVERIFY2(p.exitCode() == 0, qPrintable(output));
    QVERIFY2(!output.contains(unit.path.section(u'/', -1)) || output.trimmed().isEmpty(),
             qPrintable(output));
    QVERIFY2(output.trimmed().isEmpty(), qPrintable(output));
}

void TestLoginService::installerScriptPrintsSameUnit()
{
    // installers/install_ipfs_service.sh writes the unit itself when the CLI is absent; it
    // must produce the same bytes as the C++ (same golden file).
    const QString bash = QStandardPaths::findExecutable(u"bash"_s);
    if (bash.isEmpty())
        QSKIP("bash not installed");
    const QString script =
        QStringLiteral(PT_TESTS_DIR) + u"/../installers/install_ipfs_service.sh"_s;
    QVERIFY2(QFileInfo::exists(script), qPrintable(script));
    const LoginServiceOptions o = fixedOptions(ServicePlatform::SystemdUser);
    QProcess p;
    p.start(bash, {script, u"--print-unit"_s, u"--ipfs-bin"_s, o.ipfsBinary, u"--ipfs-path"_s,
                   o.ipfsPath, u"--daemon-arg"_s, u"--enable-gc"_s});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QByteArray fromScript = p.readAllStandardOutput();
    QCOMPARE(fromScript, pt::test::readData(kGolden + u"systemd.phasic-traces-ipfs.service"_s));
}

void TestLoginService::interpretStatus_data()
{
    QTest::addColumn<int>("platform");
    QTest::addColumn<QList<int>>("exitCodes");
    QTest::addColumn<QStringList>("outputs");
    QTest::addColumn<bool>("reachable");
    QTest::addColumn<int>("enabled");
    QTest::addColumn<int>("active");
    QTest::addColumn<QString>("activeState");
    const int sd = int(ServicePlatform::SystemdUser), ld = int(ServicePlatform::LaunchdAgent),
              win = int(ServicePlatform::WindowsTask);
    const int yes = int(TriState::Yes), no = int(TriState::No), unk = int(TriState::Unknown);
    QTest::newRow("systemd running")
        << sd << QList<int>{0, 0, 0} << QStringList{u"running"_s, u"enabled"_s, u"active"_s} << true
        << yes << yes << "active";
    QTest::newRow("systemd degraded, failed unit")
        << sd << QList<int>{1, 0, 3} << QStringList{u"degraded"_s, u"enabled"_s, u"failed"_s}
        << true << yes << no << "failed";
    QTest::newRow("systemd offline")
        << sd << QList<int>{1, 1, 1} << QStringList{u"offline"_s, u"disabled"_s, QString()} << false
        << no << unk << "";
    QTest::newRow("launchd running")
        << ld << QList<int>{0, 0}
        << QStringList{u"gui/501/x = {\n\tactive count = 1\n\tstate = running\n}"_s,
                       u"disabled services = {\n}"_s}
        << true << no << yes << "running"; // no: the plist is not there
    QTest::newRow("launchd not loaded, disabled")
        << ld << QList<int>{113, 0}
        << QStringList{u"Could not find service"_s,
                       u"disabled services = {\n\t\"io.github.munch_group.PhasicTraces.ipfs\" "
                       u"=> disabled\n}"_s}
        << true << no << no << "not loaded";
    QTest::newRow("windows running")
        << win << QList<int>{0}
        << QStringList{u"TaskName: \\Phasic Traces IPFS daemon\nStatus:        Running\n"
                       u"Scheduled Task State:   Enabled\n"_s}
        << true << yes << yes << "Running";
    QTest::newRow("windows localized")
        << win << QList<int>{0} << QStringList{u"Aufgabenname: x\nStatus: Wird ausgeführt\n"_s}
        << true << unk << no << u"Wird ausgeführt"_s;
    QTest::newRow("windows missing")
        << win << QList<int>{1} << QStringList{u"ERROR: The system cannot find the file"_s} << true
        << no << no << "";
}

void TestLoginService::interpretStatus()
{
    QFETCH(int, platform);
    QFETCH(QList<int>, exitCodes);
    QFETCH(QStringList, outputs);
    QFETCH(bool, reachable);
    QFETCH(int, enabled);
    QFETCH(int, active);
    QFETCH(QString, activeState);
    const auto plan =
        LoginService::plan(ServiceAction::Status, fixedOptions(ServicePlatform(platform)));
    QVERIFY(plan.ok());
    QCOMPARE(plan->steps.size(), exitCodes.size());
    QList<StepResult> results;
    for (int i = 0; i < exitCodes.size(); ++i) {
        StepResult r;
        r.index = i;
        r.exitCode = exitCodes.at(i);
        r.ok = r.exitCode == 0;
        r.standardOutput = outputs.at(i).toUtf8();
        results << r;
    }
    const ServiceStatus st = LoginService::interpretStatus(*plan, results);
    QCOMPARE(st.managerReachable, reachable);
    QCOMPARE(int(st.enabled), enabled);
    QCOMPARE(int(st.active), active);
    QCOMPARE(st.activeState, activeState);
    QVERIFY(!st.installed); // the fixed paths do not exist here
    if (!reachable)
        QVERIFY(st.managerMessage.contains(u"No systemd user instance"_s));
}

bool TestLoginService::setUpFake(FakeSystemd &f, const QByteArray &mode)
{
    if (!f.dir.isValid())
        return false;
    f.bin = f.dir.filePath(u"bin"_s);
    f.log = f.dir.filePath(u"calls.log"_s);
    f.state = f.dir.filePath(u"state"_s);
    // A config home with a space and non-ASCII, like a real user's might have.
    f.configHome = f.dir.filePath(u"home zoë/.config"_s);
    f.unitDir = f.configHome + u"/systemd/user"_s;
    QDir().mkpath(f.bin);
    const QString fake = f.bin + u"/systemctl"_s;
    if (!QFile::copy(QStringLiteral(PT_TESTS_DIR) + u"/daemon/fake-systemctl"_s, fake))
        return false;
    QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    f.oldPath = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(f.bin) + ':' + f.oldPath);
    qputenv("FAKE_SYSTEMCTL_LOG", QFile::encodeName(f.log));
    qputenv("FAKE_SYSTEMCTL_STATE", QFile::encodeName(f.state));
    qputenv("FAKE_SYSTEMCTL_UNIT_DIR", QFile::encodeName(f.unitDir));
    qputenv("FAKE_SYSTEMCTL_MODE", mode);
    return true;
}

void TestLoginService::tearDownFake(FakeSystemd &f)
{
    qputenv("PATH", f.oldPath);
    qunsetenv("FAKE_SYSTEMCTL_LOG");
    qunsetenv("FAKE_SYSTEMCTL_STATE");
    qunsetenv("FAKE_SYSTEMCTL_UNIT_DIR");
    qunsetenv("FAKE_SYSTEMCTL_MODE");
}

void TestLoginService::executeWithFakeSystemctl()
{
    FakeSystemd fake;
    QVERIFY(setUpFake(fake, "running"));
    auto cleanup = qScopeGuard([&] { tearDownFake(fake); });
    LoginServiceOptions o = fixedOptions(ServicePlatform::SystemdUser);
    o.configHome = fake.configHome;
    const QString unit = fake.unitDir + u"/phasic-traces-ipfs.service"_s;

    // Install: probe, write, reload, enable, restart — in that order, for real processes.
    const auto install = LoginService::plan(ServiceAction::Install, o);
    QVERIFY(install.ok());
    QScopedPointer<ServiceJob> job(LoginService::execute(*install));
    QVERIFY(runJob(job.get()));
    QVERIFY2(job->report().ok, qPrintable(job->report().error.message));
    QCOMPARE(job->report().results.size(), 5);
    QCOMPARE(readLines(fake.log),
             (QStringList{u"--user|is-system-running"_s, u"--user|daemon-reload"_s,
                          u"--user|enable|phasic-traces-ipfs.service"_s,
                          u"--user|--no-block|restart|phasic-traces-ipfs.service"_s}));
    QFile written(unit);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), install->steps.at(1).bytes());
    QCOMPARE(job->report().results.at(3).exitCode, 0);
    QVERIFY(job->report().results.at(3).standardError.contains("Created symlink"));

    // Status: installed, enabled, active.
    auto status = LoginService::status(o);
    QVERIFY(status.ok());
    QScopedPointer<ServiceJob> statusJob(*status);
    QVERIFY(runJob(statusJob.get()));
    QVERIFY(statusJob->report().ok);
    const ServiceStatus st = statusJob->status();
    QVERIFY(st.managerReachable);
    QVERIFY(st.installed);
    QCOMPARE(st.enabled, TriState::Yes);
    QCOMPARE(st.active, TriState::Yes);
    QCOMPARE(st.enabledState, u"enabled"_s);

    // Re-install is idempotent (same file, same calls).
    QFile::remove(fake.log);
    QScopedPointer<ServiceJob> again(LoginService::execute(*install));
    QVERIFY(runJob(again.get()));
    QVERIFY(again->report().ok);
    QCOMPARE(readLines(fake.log).size(), 4);

    // Uninstall: the file goes, and the failing reset-failed is tolerated.
    QFile::remove(fake.log);
    const auto uninstall = LoginService::plan(ServiceAction::Uninstall, o);
    QVERIFY(uninstall.ok());
    QScopedPointer<ServiceJob> un(LoginService::execute(*uninstall));
    QVERIFY(runJob(un.get()));
    QVERIFY2(un->report().ok, qPrintable(un->report().error.message));
    QVERIFY(!QFileInfo::exists(unit));
    QCOMPARE(readLines(fake.log),
             (QStringList{u"--user|is-system-running"_s,
                          u"--user|disable|--now|phasic-traces-ipfs.service"_s,
                          u"--user|daemon-reload"_s,
                          u"--user|reset-failed|phasic-traces-ipfs.service"_s}));
    QCOMPARE(un->report().results.last().exitCode, 1);

    // Uninstall again: nothing there, still fine.
    QScopedPointer<ServiceJob> un2(LoginService::execute(*uninstall));
    QVERIFY(runJob(un2.get()));
    QVERIFY(un2->report().ok);

    auto status2 = LoginService::status(o);
    QVERIFY(status2.ok());
    QScopedPointer<ServiceJob> statusJob2(*status2);
    QVERIFY(runJob(statusJob2.get()));
    QVERIFY(!statusJob2->status().installed);
    QCOMPARE(statusJob2->status().enabled, TriState::No);
    QCOMPARE(statusJob2->status().active, TriState::No);
}

void TestLoginService::fakeSystemctlOffline()
{
    FakeSystemd fake;
    QVERIFY(setUpFake(fake, "offline"));
    auto cleanup = qScopeGuard([&] { tearDownFake(fake); });
    LoginServiceOptions o = fixedOptions(ServicePlatform::SystemdUser);
    o.configHome = fake.configHome;
    const auto install = LoginService::plan(ServiceAction::Install, o);
    QVERIFY(install.ok());
    QScopedPointer<ServiceJob> job(LoginService::execute(*install));
    QVERIFY(runJob(job.get()));
    QVERIFY(!job->report().ok);
    QCOMPARE(job->report().error.code, pt::Error::Unsupported);
    const QString msg = job->report().error.message;
    QVERIFY2(msg.contains(u"No systemd user instance is running in this session"_s),
             qPrintable(msg));
    QVERIFY2(msg.contains(u"said \"offline\""_s), qPrintable(msg));
    QVERIFY2(msg.contains(u"the unit was not installed"_s), qPrintable(msg));
    QVERIFY2(msg.contains(u"loginctl enable-linger"_s), qPrintable(msg));
    QCOMPARE(readLines(fake.log), QStringList{u"--user|is-system-running"_s});
    QVERIFY(!QFileInfo::exists(fake.unitDir));
}

void TestLoginService::realSystemctlDegradesClearly()
{
    // The machine's own systemctl, untouched PATH. In a container without a user manager the
    // install must stop at the probe with the clear message and write nothing.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    LoginServiceOptions o = fixedOptions(ServicePlatform::SystemdUser);
    o.configHome = tmp.filePath(u"config"_s);
    const auto install = LoginService::plan(ServiceAction::Install, o);
    QVERIFY(install.ok());

    // Ask the probe alone first: a desktop session with a running user manager is not the
    // situation under test (and we would not install a unit into a developer's session).
    ServicePlan probeOnly = *install;
    probeOnly.steps = {install->steps.first()};
    QScopedPointer<ServiceJob> probe(LoginService::execute(probeOnly));
    QVERIFY(runJob(probe.get()));
    if (probe->report().ok)
        QSKIP("a systemd user instance runs here; the degradation path cannot be observed");

    QScopedPointer<ServiceJob> job(LoginService::execute(*install));
    QVERIFY(runJob(job.get()));
    QVERIFY(!job->report().ok);
    const QString msg = job->report().error.message;
    qInfo("real systemctl says: %s", qPrintable(msg));
    QVERIFY2(msg.contains(u"No systemd user instance is running in this session"_s) ||
                 msg.contains(u"Could not ask systemd"_s),
             qPrintable(msg));
    QVERIFY2(msg.contains(u"the unit was not installed"_s), qPrintable(msg));
    QCOMPARE(job->report().results.size(), 1);
    QVERIFY(!QFileInfo::exists(o.configHome));
}

void TestLoginService::commandTimeoutAndMissingProgram()
{
    const QString sleepBin = QStandardPaths::findExecutable(u"sleep"_s);
    if (sleepBin.isEmpty())
        QSKIP("no sleep(1)");
    ServicePlan plan;
    plan.platform = ServicePlatform::SystemdUser;
    plan.action = ServiceAction::Install;
    ServiceStep slow;
    slow.kind = ServiceStep::Run;
    slow.why = u"a command that hangs"_s;
    slow.program = sleepBin;
    slow.arguments = {u"30"_s};
    slow.timeoutMs = 300;
    plan.steps = {slow};
    QElapsedTimer timer;
    timer.start();
    QScopedPointer<ServiceJob> job(LoginService::execute(plan));
    QVERIFY(runJob(job.get(), 10000));
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!job->report().ok);
    QVERIFY2(job->report().error.message.contains(u"no answer within"_s),
             qPrintable(job->report().error.message));

    ServiceStep missing;
    missing.kind = ServiceStep::Run;
    missing.why = u"a program that is not there"_s;
    missing.program = u"phasic-traces-no-such-program"_s;
    ServiceStep after;
    after.kind = ServiceStep::Run;
    after.program = sleepBin;
    after.arguments = {u"0"_s};
    missing.allowFailure = true; // tolerated: the next step still runs
    plan.steps = {missing, after};
    QScopedPointer<ServiceJob> job2(LoginService::execute(plan));
    QVERIFY(runJob(job2.get()));
    QVERIFY(job2->report().ok);
    QCOMPARE(job2->report().results.size(), 2);
    QVERIFY(job2->report().results.at(0).message.contains(u"could not start"_s));
    missing.allowFailure = false; // not tolerated: stops there
    plan.steps = {missing, after};
    QScopedPointer<ServiceJob> job3(LoginService::execute(plan));
    QVERIFY(runJob(job3.get()));
    QVERIFY(!job3->report().ok);
    QCOMPARE(job3->report().results.size(), 1);
    QVERIFY(job3->report().error.message.contains(u"phasic-traces-no-such-program"_s));
}

QString TestLoginService::addFakeIpfs(FakeSystemd &f)
{
    const QString path = f.bin + u"/ipfs"_s;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n"
               "case \"$1\" in\n"
               "version) echo 'ipfs version 0.29.0-fake' ;;\n"
               "init) mkdir -p \"$IPFS_PATH\" && echo '{}' >\"$IPFS_PATH/config\" ;;\n"
               "*) echo \"fake ipfs: $*\" >&2; exit 1 ;;\n"
               "esac\n");
    file.close();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

int TestLoginService::runProgram(const QString &program, const QStringList &args,
                                 const QMap<QString, QString> &extra, QByteArray *out,
                                 QByteArray *err, const QStringList &unset)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        env.insert(it.key(), it.value());
    for (const QString &name : unset)
        env.remove(name);
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return -1;
    *out = p.readAllStandardOutput();
    *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestLoginService::installerScriptWithFakes()
{
    // The script's own path (no phasic-traces-cli): init the repository, write the unit, drive
    // systemctl; then again (idempotent), then --uninstall.
    const QString bash = QStandardPaths::findExecutable(u"bash"_s);
    if (bash.isEmpty())
        QSKIP("bash not installed");
    FakeSystemd fake;
    QVERIFY(setUpFake(fake, "running"));
    auto cleanup = qScopeGuard([&] { tearDownFake(fake); });
    const QString ipfs = addFakeIpfs(fake);
    QVERIFY(!ipfs.isEmpty());
    const QString home = fake.dir.filePath(u"home zoë"_s);
    const QString script =
        QStringLiteral(PT_TESTS_DIR) + u"/../installers/install_ipfs_service.sh"_s;
    // Only the fakes and the basic tools: no phasic-traces-cli, no real ipfs or systemctl.
    const QMap<QString, QString> env{{u"HOME"_s, home},
                                     {u"XDG_CONFIG_HOME"_s, fake.configHome},
                                     {u"PATH"_s, fake.bin + u":/usr/bin:/bin"_s}};
    const QStringList unset{u"IPFS_PATH"_s, u"PHASIC_TRACES_CLI"_s};
    QByteArray out, err;
    int code =
        runProgram(bash, {script, u"--daemon-arg"_s, u"--enable-gc"_s}, env, &out, &err, unset);
    QVERIFY2(code == 0, QByteArray(out + err).constData());
    QVERIFY(QFileInfo::exists(home + u"/.ipfs/config"_s));
    const QString unit = fake.unitDir + u"/phasic-traces-ipfs.service"_s;
    LoginServiceOptions o = fixedOptions(ServicePlatform::SystemdUser);
    o.ipfsBinary = ipfs;
    o.ipfsPath = home + u"/.ipfs"_s;
    o.configHome = fake.configHome;
    const auto plan = LoginService::plan(ServiceAction::Install, o);
    QVERIFY(plan.ok());
    QFile f(unit);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), plan->steps.at(1).bytes()); // same bytes as the C++ would write
    const QStringList calls{u"--user|is-system-running"_s, u"--user|daemon-reload"_s,
                            u"--user|enable|phasic-traces-ipfs.service"_s,
                            u"--user|--no-block|restart|phasic-traces-ipfs.service"_s};
    QCOMPARE(readLines(fake.log), calls);

    QFile::remove(fake.log);
    code = runProgram(bash, {script, u"--daemon-arg=--enable-gc"_s}, env, &out, &err, unset);
    QVERIFY2(code == 0, QByteArray(out + err).constData());
    QVERIFY2(out.contains("(exists)") && out.contains("unit unchanged"), out.constData());
    QCOMPARE(readLines(fake.log), calls);

    code = runProgram(bash, {script, u"--uninstall"_s}, env, &out, &err, unset);
    QVERIFY2(code == 0, QByteArray(out + err).constData());
    QVERIFY(!QFileInfo::exists(unit));
    QVERIFY(QFileInfo::exists(home + u"/.ipfs/config"_s)); // the repository stays

    // With phasic-traces-cli available the script hands over to `service install`.
    const QString cli = QStringLiteral(PT_BINARY_DIR) + u"/app/phasic-traces-cli"_s;
    if (QFileInfo(cli).isExecutable()) {
        QMap<QString, QString> withCli = env;
        withCli.insert(u"PHASIC_TRACES_CLI"_s, cli);
        QFile::remove(fake.log);
        code = runProgram(bash, {script, u"--daemon-arg"_s, u"--enable-gc"_s}, withCli, &out, &err,
                          {u"IPFS_PATH"_s});
        QVERIFY2(code == 0, QByteArray(out + err).constData());
        QFile viaCli(unit);
        QVERIFY(viaCli.open(QIODevice::ReadOnly));
        QCOMPARE(viaCli.readAll(), plan->steps.at(1).bytes());
        QVERIFY2(out.contains("Installing phasic-traces-ipfs.service"), out.constData());
        code = runProgram(bash, {script, u"--uninstall"_s}, withCli, &out, &err, {u"IPFS_PATH"_s});
        QVERIFY2(code == 0, QByteArray(out + err).constData());
        QVERIFY(!QFileInfo::exists(unit));
    }

    // No Kubo anywhere: advice and exit code 3, nothing written. (Not observable where a
    // real Kubo sits in /usr/bin.)
    QFile::remove(ipfs);
    if (!QFileInfo::exists(u"/usr/bin/ipfs"_s) && !QFileInfo::exists(u"/bin/ipfs"_s)) {
        code = runProgram(bash, {script}, env, &out, &err, unset);
        QCOMPARE(code, 3);
        QVERIFY2(err.contains("--download") && err.contains("docs.ipfs.tech"), err.constData());
        QVERIFY(!QFileInfo::exists(unit));
    }

    // A line break in IPFS_PATH is refused before anything happens.
    code = runProgram(
        bash,
        {script, u"--print-unit"_s, u"--ipfs-bin"_s, u"/x/ipfs"_s, u"--ipfs-path"_s, u"/a\nb"_s},
        env, &out, &err, unset);
    QCOMPARE(code, 2);
    QVERIFY2(err.contains("line break"), err.constData());
}

void TestLoginService::cliWithFakeSystemctl()
{
    const QString cli = QStringLiteral(PT_BINARY_DIR) + u"/app/phasic-traces-cli"_s;
    if (!QFileInfo(cli).isExecutable())
        QSKIP("phasic-traces-cli not built (cmake --build … --target phasic-traces-cli)");
    FakeSystemd fake;
    QVERIFY(setUpFake(fake, "running"));
    auto cleanup = qScopeGuard([&] { tearDownFake(fake); });
    const QString ipfs = addFakeIpfs(fake);
    const QString repo = fake.dir.filePath(u"repo ø"_s);
    const QMap<QString, QString> env{{u"XDG_CONFIG_HOME"_s, fake.configHome}};
    QByteArray out, err;

    int code = runProgram(cli,
                          {u"--json"_s, u"--ipfs-bin"_s, ipfs, u"service"_s, u"install"_s,
                           u"--ipfs-path"_s, repo, u"--daemon-arg=--enable-gc"_s},
                          env, &out, &err);
    QVERIFY2(code == 0, QByteArray(out + err).constData());
    QJsonParseError perr;
    const QJsonObject json = QJsonDocument::fromJson(out, &perr).object();
    QVERIFY2(perr.error == QJsonParseError::NoError, out.constData());
    QCOMPARE(json.value(u"report"_s).toObject().value(u"ok"_s).toBool(), true);
    const QJsonObject st = json.value(u"status"_s).toObject();
    QCOMPARE(st.value(u"installed"_s).toBool(), true);
    QCOMPARE(st.value(u"enabled"_s).toString(), u"yes"_s);
    QCOMPARE(st.value(u"active"_s).toString(), u"yes"_s);
    QFile unit(fake.unitDir + u"/phasic-traces-ipfs.service"_s);
    QVERIFY(unit.open(QIODevice::ReadOnly));
    const QByteArray unitText = unit.readAll();
    QVERIFY2(unitText.contains(
                 QByteArray("ExecStart=" + ipfs.toUtf8() + " daemon --migrate=true --enable-gc\n")),
             unitText.constData());
    QVERIFY2(unitText.contains(QByteArray("Environment=\"IPFS_PATH=" + repo.toUtf8() + "\"\n")),
             unitText.constData());

    code = runProgram(cli, {u"service"_s, u"status"_s}, env, &out, &err);
    QCOMPARE(code, 0);
    QVERIFY2(out.contains("installed") && out.contains("running: yes"), out.constData());

    code = runProgram(cli, {u"service"_s, u"uninstall"_s}, env, &out, &err);
    QVERIFY2(code == 0, QByteArray(out + err).constData());
    QVERIFY(!QFileInfo::exists(unit.fileName()));
    code = runProgram(cli, {u"service"_s, u"status"_s}, env, &out, &err);
    QCOMPARE(code, 3); // not installed

    // No systemd user instance: exit 5 (unavailable) and the clear message.
    code = runProgram(
        cli, {u"--ipfs-bin"_s, ipfs, u"service"_s, u"install"_s},
        {{u"XDG_CONFIG_HOME"_s, fake.configHome}, {u"FAKE_SYSTEMCTL_MODE"_s, u"offline"_s}}, &out,
        &err);
    QCOMPARE(code, 5);
    QVERIFY2(err.contains("No systemd user instance"), err.constData());
    QVERIFY(!QFileInfo::exists(unit.fileName()));

    // Other OSes: a dry run shows their plan; a real run is refused.
    code =
        runProgram(cli, {u"service"_s, u"install"_s, u"--platform"_s, u"windows"_s, u"--dry-run"_s},
                   env, &out, &err);
    QVERIFY2(code == 0, err.constData());
    QVERIFY2(out.contains("schtasks /Create /TN \"Phasic Traces IPFS daemon\" /XML"),
             out.constData());
    code = runProgram(cli, {u"service"_s, u"install"_s, u"--platform"_s, u"launchd"_s}, env, &out,
                      &err);
    QCOMPARE(code, 2);
    QVERIFY2(err.contains("--dry-run"), err.constData());
    // No Kubo: exit 3 and what to install.
    code = runProgram(cli, {u"service"_s, u"install"_s},
                      {{u"PATH"_s, fake.dir.filePath(u"empty"_s)}}, &out, &err);
    QCOMPARE(code, 3);
    QVERIFY2(err.contains("Install Kubo"), err.constData());
}

QTEST_GUILESS_MAIN(TestLoginService)
#include "tst_loginservice.moc"
