// phasic-traces: the desktop app.
#include "core/globaloptions.h"
#include "core/paths.h"
#include "core/settings.h"
#include "ui/appcontext.h"
#include "ui/daemon/trayicon.h"
#include "ui/mainwindow.h"
#include "ui/shell/singleinstance.h"
#include "ui/shell/translator.h"
#include "ui/shell/windowfront.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <ctime>
#include <memory>
#include <unistd.h>

namespace {

// Milliseconds since the kernel started this process (/proc/self/stat field 22, in clock
// ticks since boot), so --measure-startup includes loading the shared libraries. -1 when
// unknown (not Linux).
double msSinceProcessStart()
{
    QFile f(QStringLiteral("/proc/self/stat"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // The command name (field 2) may contain spaces; fields are counted after its ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double ticks = double(fields.at(19).toLongLong()); // field 22
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    return nowMs - ticks * 1e3 / double(sysconf(_SC_CLK_TCK));
}

QByteArray vmRss()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return "unknown";
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).simplified();
    }
    return "unknown";
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("phasic-traces"));
    QApplication::setApplicationDisplayName(QStringLiteral("Phasic Traces"));
    QApplication::setOrganizationName(QStringLiteral("phasic"));
    QApplication::setApplicationVersion(QStringLiteral(PT_VERSION_STRING));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.munch_group.PhasicTraces"));

    // The language first, so --help is translated: it lives in the settings, and the settings
    // live below --cache-dir, so the global options are read (not yet acted on) before that.
    const QStringList arguments = QCoreApplication::arguments();
    if (const pt::Result<pt::GlobalOptions> global = pt::ui::parseGlobalAppOptions(arguments))
        global->applyPaths();
    // Only an existing settings file is read: --help must not create one.
    const QString language =
        QFile::exists(pt::Settings::defaultFilePath()) ? pt::Settings().language() : QString();
    pt::ui::Translator translator;
    translator.install(&app, language);

    const pt::ui::AppOptions options = pt::ui::parseAppArguments(arguments);

    // One app per user (and --cache-dir): a second launch hands its files and links over.
    pt::ui::SingleInstance single;
    if (!options.measureStartup && !single.listen() && single.anotherInstanceRunning()) {
        if (single.forward(options.files, 5000))
            return 0;
        std::fprintf(stderr, "phasic-traces: %s; starting on its own\n",
                     qPrintable(single.errorString()));
    }

    pt::ui::AppContext context(options);
    pt::ui::MainWindow window(&context);
    window.handleOpenArguments(options.files, QDir::currentPath());
    QObject::connect(&single, &pt::ui::SingleInstance::argumentsReceived, &window,
                     [&window](const QStringList &args, const QString &workingDir) {
                         pt::ui::bringToFront(&window);
                         window.handleOpenArguments(args, workingDir);
                     });
    QObject::connect(&app, &QApplication::aboutToQuit, &window, &pt::ui::MainWindow::saveLayout);

    // The tray is optional; --measure-startup measures the window alone.
    if (!options.measureStartup)
        window.tray()->activate();

    if (options.measureStartup) {
        // First paint of the window, then the first paint with the registry table filled.
        // `report` and `finish` end with this block: the connections keep copies of them.
        auto report = [&](const char *what) {
            std::printf("%s: %.0f ms since process start (%.0f ms since main)\n", what,
                        msSinceProcessStart(), double(sinceMain.nsecsElapsed()) / 1e6);
            std::fflush(stdout);
        };
        QObject::connect(&window, &pt::ui::MainWindow::firstPainted, &app,
                         [report] { report("first painted window"); });
        // The phases in between, to see where the time goes.
        QObject::connect(&context, &pt::ui::AppContext::registryStatusChanged, &app,
                         [report, &context] {
                             static bool once = false;
                             if (!once && !context.registryDescription().isEmpty()) {
                                 once = true;
                                 report("  registry read and parsed");
                             }
                         });
        QObject::connect(&context, &pt::ui::AppContext::indexChanged, &app,
                         [report] { report("  index built"); });
        auto finish = [&] {
            std::printf("registry: %lld entries\nVmRSS: %s\n",
                        qlonglong(context.index().registry().entries.size()), vmRss().constData());
            std::fflush(stdout);
            QTimer::singleShot(0, &app, &QApplication::quit);
        };
        QObject::connect(&window, &pt::ui::MainWindow::registryPainted, &app, [report, finish] {
            report("registry table painted");
            finish();
        });
        QObject::connect(
            &context, &pt::ui::AppContext::registryStatusChanged, &app, [finish, &context] {
                if (!context.registryError().isEmpty() && !context.indexReady()) {
                    std::printf("no registry: %s\n", qPrintable(context.registryError()));
                    finish();
                }
            });
        QTimer::singleShot(30'000, &app, [finish] {
            std::printf("gave up after 30 s\n");
            finish();
        });
    }

    window.show();
    context.start();
    return app.exec();
}
