// take_screenshots: the README's and the AppStream metainfo's screenshots, taken from the real
// main window (installers/screenshots.sh runs this under Xvfb). The app runs as main() runs it
// (AppContext + MainWindow), on a plausible local registry (registry.json next to this file)
// with --no-daemon and the fault-injecting trustless gateway of tests/support as its only
// source, so downloads really happen: one completes, one fails on altered bytes, and one
// trickles slowly so it is caught half-way.
//
//   take_screenshots [--out DIR] [--quick]
//
// --quick: the main window only (the smoke test registered with ctest writes to a temporary
// folder so the program cannot rot unnoticed). Exit code 0 only when every picture was saved.
#include "core/ipfs/importer.h"
#include "core/ipfs/multihash.h"
#include "core/paths.h"
#include "tests/support/fakegateway.h"
#include "tests/support/testsupport.h"
#include "ui/appcontext.h"
#include "ui/browser/browserview.h"
#include "ui/browser/detailpane.h"
#include "ui/downloads/downloadspanel.h"
#include "ui/inspector/traceinspector.h"
#include "ui/mainwindow.h"
#include "ui/publish/publishwizard.h"
#include "ui/settings/settingsdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QIcon>
#include <QImageWriter>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>

#include <cstdio>
#include <functional>

using namespace pt;
using namespace Qt::StringLiterals;
using pt::test::FakeGateway;

namespace {

// Processes events until `done` holds or `ms` pass; false on timeout.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(50);
    }
    return true;
}

void fail(const QString &what)
{
    std::fprintf(stderr, "take_screenshots: %s\n", qPrintable(what));
}

// Lets layouts and repaints settle, then saves the widget's own rendering as PNG.
bool save(QWidget *w, const QString &dir, const QString &name)
{
    QTest::qWait(400);
    const QImage image = w->grab().toImage();
    const QString path = QDir(dir).filePath(name + u".png"_s);
    QImageWriter writer(path, "png");
    writer.setQuality(0); // PNG: highest compression
    if (image.isNull() || !writer.write(image)) {
        fail(u"could not write %1: %2"_s.arg(path, writer.errorString()));
        return false;
    }
    std::printf("wrote %s (%dx%d)\n", qPrintable(path), image.width(), image.height());
    return true;
}

// The window as a user would have it at 1280x800: the splitter dragged so the table shows
// its main columns (a long "Downloaded: <path>" line in the detail pane widens it otherwise).
void arrange(ui::MainWindow *window)
{
    QTest::qWait(200); // a dock just hidden or re-docked: let the layout's minimum drop first
    window->resize(1280, 800);
    if (auto *split = window->browser()->findChild<QSplitter *>(u"browserSplitter"_s))
        split->setSizes({230, 560, 490});
}

struct Package
{
    QString id;
    QByteArray trace;
    QByteArray meta;
    ipfs::Cid root, traceCid, metaCid;
};

} // namespace

int main(int argc, char **argv)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"phasic-traces"_s);
    QApplication::setApplicationDisplayName(u"Phasic Traces"_s);
    QApplication::setOrganizationName(u"phasic"_s);
    QGuiApplication::setDesktopFileName(u"io.github.munch_group.PhasicTraces"_s);
    // A desktop icon theme when one is installed (Xvfb has no desktop to name one).
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == u"hicolor"_s) {
        if (QDir(u"/usr/share/icons/Adwaita"_s).exists())
            QIcon::setThemeName(u"Adwaita"_s);
    }
    if (QStyle *fusion = QStyleFactory::create(u"Fusion"_s))
        QApplication::setStyle(fusion);

    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption outOption(
        u"out"_s, u"Folder for the PNG files."_s, u"dir"_s,
        QStringLiteral(PT_TEST_SOURCE_DIR "/../../../resources/screenshots"));
    QCommandLineOption quickOption(u"quick"_s, u"The main window only (smoke test)."_s);
    parser.addOption(outOption);
    parser.addOption(quickOption);
    parser.process(app);
    const QString out = QDir(parser.value(outOption)).absolutePath();
    const bool quick = parser.isSet(quickOption);
    if (!QDir().mkpath(out)) {
        fail(u"cannot create %1"_s.arg(out));
        return 1;
    }

    QTemporaryDir dir;
    if (!dir.isValid()) {
        fail(u"no temporary folder"_s);
        return 1;
    }

    // The three entries that are downloaded: real blocks behind real CIDs.
    ipfs::MemoryBlockStore blocks;
    ipfs::Importer importer(ipfs::ImportProfile::kuboV0(), &blocks);
    const QByteArray trace = test::readData(u"trace/coalescent_n5_theta1.json.gz"_s);
    const QByteArray meta = test::readData(u"trace/metadata_n5.json"_s);
    if (trace.isEmpty() || meta.isEmpty()) {
        fail(u"test data missing (tests/data/trace)"_s);
        return 1;
    }
    QList<Package> packages = {
        {u"coalescent_n5_theta1"_s, trace, meta, {}, {}, {}},
        // Fails: the gateway alters a block while it is fetched.
        {u"coalescent_sfs_n6"_s, trace, meta + "\n", {}, {}, {}},
        // Caught half-way: big enough to trickle for a while.
        {u"arg_two_locus_n3"_s,
         test::chacha20Keystream("arg_two_locus_n3", 6 << 20),
         meta + "\n\n",
         {},
         {},
         {}},
    };
    QFile templ(QStringLiteral(PT_TEST_SOURCE_DIR "/registry.json"));
    if (!templ.open(QIODevice::ReadOnly)) {
        fail(u"cannot read %1"_s.arg(templ.fileName()));
        return 1;
    }
    QString json = QString::fromUtf8(templ.readAll());
    for (Package &p : packages) {
        Result<ipfs::ImportedNode> t = importer.importBytes(p.trace);
        Result<ipfs::ImportedNode> m = importer.importBytes(p.meta);
        if (!t || !m) {
            fail(u"import failed"_s);
            return 1;
        }
        Result<ipfs::ImportedNode> root =
            importer.buildDirectory({{"trace.json.gz"_ba, *t}, {"metadata.json"_ba, *m}});
        if (!root) {
            fail(u"import failed"_s);
            return 1;
        }
        json.replace(u"@CID:%1@"_s.arg(p.id), root->cid.toString());
        json.replace(u"@FCID:%1:trace@"_s.arg(p.id), t->cid.toString());
        json.replace(u"@FCID:%1:meta@"_s.arg(p.id), m->cid.toString());
        json.replace(u"@SIZE:%1:trace@"_s.arg(p.id), QString::number(p.trace.size()));
        json.replace(u"@SIZE:%1:meta@"_s.arg(p.id), QString::number(p.meta.size()));
        json.replace(u"@SHA:%1@"_s.arg(p.id), QString::fromLatin1(ipfs::sha256(p.trace).toHex()));
    }
    const QString registryFile = dir.filePath(u"registry.json"_s);
    {
        QFile f(registryFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(json.toUtf8()) < 0) {
            fail(u"cannot write %1"_s.arg(registryFile));
            return 1;
        }
    }

    FakeGateway gateway(&blocks);
    const QUrl base = gateway.start();
    if (!base.isValid()) {
        fail(u"the fake gateway did not start"_s);
        return 1;
    }

    ui::AppOptions o;
    o.registry = QUrl::fromLocalFile(registryFile).toString();
    o.cacheDir = dir.filePath(u"cache"_s);
    o.noDaemon = true;
    o.gateways = {base.toString()};
    ui::AppContext context(o, nullptr, dir.filePath(u"settings.ini"_s));
    ui::MainWindow window(&context);
    window.resize(1280, 800);
    window.show();
    context.start();
    bool ok = true;

    ui::BrowserView *browser = window.browser();
    if (!waitFor(
            [&] { return context.indexReady() && browser->selectEntry(u"coalescent_n5_theta1"_s); },
            30'000)) {
        fail(u"the registry was not shown within 30 s"_s);
        return 1;
    }
    window.downloadsDock()->hide();
    arrange(&window);
    if (quick)
        return save(&window, out, u"main-window"_s) ? 0 : 1;

    fetch::DownloadManager *downloads = context.downloads();
    auto downloadAndWait = [&](const QString &id) -> std::optional<bool> {
        std::optional<bool> result;
        QMetaObject::Connection c =
            QObject::connect(downloads, &fetch::DownloadManager::finished, &app,
                             [&](int, bool success) { result = success; });
        window.requestDownload(id);
        waitFor([&] { return result.has_value(); }, 60'000);
        QObject::disconnect(c);
        return result;
    };

    // 1. Completes; its trace then fills the detail pane's inspector.
    if (downloadAndWait(u"coalescent_n5_theta1"_s) != true)
        fail(u"the first download did not complete"_s), ok = false;
    // 2. Fails visibly: one block's bytes are altered.
    gateway.setFault(FakeGateway::Fault::WrongBytes);
    if (downloadAndWait(u"coalescent_sfs_n6"_s) != false)
        fail(u"the second download did not fail"_s), ok = false;
    // 3. Trickles; caught at about a third.
    gateway.setFault(FakeGateway::Fault::SlowTrickle, 24 * 1024);
    Result<int> running = context.download(u"arg_two_locus_n3"_s);
    if (!running) {
        fail(running.error().message);
        return 1;
    }
    if (!waitFor(
            [&] {
                const auto info = downloads->info(*running);
                return info && info->progress.totalBytes > 0 &&
                       info->progress.doneBytes * 3 > info->progress.totalBytes &&
                       info->progress.etaSeconds > 0;
            },
            60'000))
        fail(u"the slow download did not get going"_s), ok = false;

    // The downloads panel on its own (floated): at 800 px the window leaves the dock too little
    // height to show three downloads and a failure's message.
    QDockWidget *dock = window.downloadsDock();
    dock->show();
    dock->setFloating(true);
    dock->resize(960, 440);
    window.downloadsPanel()->selectDownload(*running - 1); // the failed one: its message shows
    ok = save(dock, out, u"downloads"_s) && ok;
    dock->setFloating(false);

    // The main window with the downloads docked, with PT_SCREENSHOT_DOCKED=1 (not for the
    // README: a check that everything fits at 1280x800).
    arrange(&window);
    QTest::qWait(100);
    if (qEnvironmentVariableIsSet("PT_SCREENSHOT_DOCKED"))
        ok = save(&window, out, u"main-window-docked"_s) && ok;

    // The main window: filters, table and the detail pane with the downloaded trace.
    window.downloadsDock()->hide();
    browser->selectEntry(u"coalescent_n10_theta1"_s);
    arrange(&window);
    ok = save(&window, out, u"main-window"_s) && ok;

    // Settings, on the gateways page.
    window.openSettings();
    ui::SettingsDialog *settings = window.settingsDialog();
    settings->showPage(ui::SettingsDialog::Page::Gateways);
    // As a user who starts the app normally sees it: this harness passes --gateway (the local
    // fake gateway), which the page would otherwise point out above the list.
    settings->setCommandLine(GlobalOptions{});
    settings->resize(860, 560);
    ok = save(settings, out, u"settings"_s) && ok;
    settings->hide();

    // The trace inspector in its own tab.
    const QString traceFile =
        o.cacheDir + u"/phasic_traces/traces/coalescent_n5_theta1/trace.json.gz"_s;
    window.openTrace(traceFile);
    if (auto *inspector = qobject_cast<ui::TraceInspector *>(window.tabs()->currentWidget())) {
        waitFor([&] { return inspector->state() == ui::TraceInspector::State::Trace; }, 20'000);
        ok = save(&window, out, u"inspector"_s) && ok;
    } else {
        fail(u"no inspector tab for %1"_s.arg(traceFile));
        ok = false;
    }
    window.tabs()->setCurrentIndex(0);

    // The publish wizard's first page.
    window.openPublishWizard();
    QWizard *wizard = nullptr;
    waitFor(
        [&] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *candidate = qobject_cast<QWizard *>(w);
                    candidate && candidate->isVisible())
                    wizard = candidate;
            return wizard != nullptr;
        },
        5'000);
    if (wizard) {
        wizard->resize(720, 480);
        ok = save(wizard, out, u"publish"_s) && ok;
    } else
        fail(u"the publish wizard did not open"_s), ok = false;

    Paths::setRoot(QString());
    return ok ? 0 : 1;
}
