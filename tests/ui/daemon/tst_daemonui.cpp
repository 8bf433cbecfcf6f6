// installDaemonUi (offscreen): the node's dock, menu, status-bar summary and tray wired into a
// main window in one call, with the shared actions.
#include "tests/ui/daemon/daemontesthelpers.h"
#include "tests/ui/daemon/fakekubo.h"
#include "ui/daemon/daemonpanel.h"
#include "ui/daemon/daemonui.h"
#include "ui/daemon/trayicon.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pt::daemon::Supervisor;
using pt::test::FakeKubo;
using pt::ui::DaemonController;

class TestDaemonUi : public QObject
{
    Q_OBJECT
private slots:
    void wiresWindow();
};

void TestDaemonUi::wiresWindow()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    FakeKubo kubo;
    QVERIFY(kubo.listen());
    auto o = pt::test::controllerOptions(tmp.path(), tmp.path() + u"/no-ipfs"_s);
    o.supervisor.apiAddress = kubo.url();

    QMainWindow window;
    window.menuBar()->addMenu(u"&File"_s);
    window.menuBar()->addMenu(u"&Help"_s);
    const pt::ui::DaemonUi ui = pt::ui::installDaemonUi(&window, nullptr, o);
    QVERIFY(ui.controller && ui.panel && ui.dock && ui.menu && ui.statusLabel && ui.tray);
    QCOMPARE(ui.controller->parent(), &window);
    QCOMPARE(ui.dock->widget(), ui.panel);
    QCOMPARE(ui.dock->objectName(), u"daemonDock"_s); // saveState needs a name
    QCOMPARE(window.dockWidgetArea(ui.dock), Qt::RightDockWidgetArea);

    // File, Node, Help: the node menu goes before Help.
    const QList<QAction *> bar = window.menuBar()->actions();
    QCOMPARE(bar.size(), 3);
    QCOMPARE(bar.at(1)->menu(), ui.menu);
    QCOMPARE(bar.at(2)->text(), u"&Help"_s);
    const QList<QAction *> items = ui.menu->actions();
    QVERIFY(items.contains(ui.controller->startStopAction()));
    QVERIFY(items.contains(ui.controller->serviceAction()));
    QVERIFY(items.contains(ui.controller->webUiAction()));
    QVERIFY(items.contains(ui.controller->refreshAction()));
    QVERIFY(items.contains(ui.dock->toggleViewAction()));
    // The tray shares the very same Start/Stop action.
    QVERIFY(ui.tray->contextMenu()->actions().contains(ui.controller->startStopAction()));

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(ui.panel->isVisible());
    QCOMPARE(ui.controller->pollInterval(), o.fastPollMs); // the dock shows the figures
    QTRY_VERIFY_WITH_TIMEOUT(ui.statusLabel->text().contains(u"3 peers"_s), 10000);
    QCOMPARE(ui.statusLabel->text(), ui.controller->summaryText());

    ui.dock->toggleViewAction()->trigger(); // hide the dock: slow polling
    QVERIFY(!ui.panel->isVisible());
    QCOMPARE(ui.controller->pollInterval(), o.slowPollMs);

    emit ui.controller->failed(u"first line\nsecond line"_s);
    QCOMPARE(window.statusBar()->currentMessage(), u"first line"_s);
}

QTEST_MAIN(TestDaemonUi)
#include "tst_daemonui.moc"
