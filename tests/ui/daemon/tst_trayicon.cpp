// TrayIcon on a real X server. run-with-tray.sh starts Xvfb (+ the `trayer` tray host unless
// --no-tray) and sets PT_TRAY=trayer|none; without the script (offscreen) there is no tray
// either. With a tray: the icon is docked (visible, with a geometry), its menu's Start/Stop
// toggles the real js-ipfs node and is relabelled on aboutToShow, closing the window hides it
// (the user is told once), Quit ends the app. Without one: the app says why once, closing the
// window quits as usual.
#include "core/settings.h"
#include "tests/ui/daemon/daemontesthelpers.h"
#include "tests/ui/daemon/fakekubo.h"
#include "ui/daemon/daemoncontroller.h"
#include "ui/daemon/trayicon.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using pt::daemon::Supervisor;
using pt::test::FakeKubo;
using pt::test::IpfsNode;
using pt::ui::DaemonController;
using pt::ui::TrayIcon;

namespace {

bool trayExpected()
{
    return qgetenv("PT_TRAY") == "trayer";
}

QString plain(const QAction *a)
{
    return a->text().remove(u'&');
}

QAction *menuAction(QMenu *menu, const QString &objectName)
{
    for (QAction *a : menu->actions()) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

} // namespace

class TestTrayIcon : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void environment();
    void iconsPerState();
    void menuContents();
    // With a tray host.
    void iconAppears();
    void menuTogglesRealNode();
    void closeHidesToTrayOnce();
    void quitFromTray();
    // Without one.
    void noTraySaysWhyOnce();
    void noTrayCloseQuits();

private:
    DaemonController::Options options(const QString &bin);

    std::unique_ptr<QTemporaryDir> m_tmp;
    QList<qint64> m_started;
};

void TestTrayIcon::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
}

void TestTrayIcon::cleanup()
{
    for (qint64 pid : std::as_const(m_started))
        pt::test::killDaemon(pid);
    m_started.clear();
    m_tmp.reset();
}

DaemonController::Options TestTrayIcon::options(const QString &bin)
{
    auto o = pt::test::controllerOptions(m_tmp->path(), bin);
    o.supervisor.apiAddress = u"/ip4/127.0.0.1/tcp/%1"_s.arg(IpfsNode::freePort());
    return o;
}

void TestTrayIcon::environment()
{
    // The test runs where it thinks it runs: a tray host exactly when the script started one.
    if (trayExpected()) {
        QCOMPARE(QGuiApplication::platformName(), u"xcb"_s);
        // trayer takes the tray selection a moment after it starts.
        QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 15000);
    } else {
        QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
    }
}

void TestTrayIcon::iconsPerState()
{
    using D = DaemonController::Display;
    QList<QImage> images;
    for (D d : {D::Stopped, D::Busy, D::Running, D::Error}) {
        const QIcon icon = TrayIcon::iconFor(d);
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(32, 32).toImage();
        QCOMPARE(image.size(), QSize(32, 32));
        for (const QImage &other : std::as_const(images))
            QVERIFY(image != other); // distinct per state
        images.append(image);
    }
}

void TestTrayIcon::menuContents()
{
    auto o = options(m_tmp->path() + u"/no-ipfs"_s);
    o.refreshOnStart = false;
    DaemonController c(o);
    QMainWindow window;
    TrayIcon tray(&c, &window);
    QMenu *menu = tray.contextMenu();
    QVERIFY(menu);
    QCOMPARE(menu, tray.menu());
    QList<QAction *> actions;
    for (QAction *a : menu->actions()) {
        if (!a->isSeparator())
            actions.append(a);
    }
    // Show/hide, Start/Stop (the controller's own action), service, Web UI, Publish…, Quit.
    QCOMPARE(actions.size(), 6);
    QCOMPARE(actions.at(0), tray.showHideAction());
    QCOMPARE(actions.at(1), c.startStopAction());
    QCOMPARE(actions.at(2), c.serviceAction());
    QCOMPARE(actions.at(3), c.webUiAction());
    QCOMPARE(actions.at(4), tray.publishAction());
    QCOMPARE(actions.at(5), tray.quitAction());

    QSignalSpy publish(&tray, &TrayIcon::publishRequested);
    tray.publishAction()->trigger();
    QCOMPARE(publish.size(), 1);
    QVERIFY(window.isVisible()); // publishing needs the window

    // aboutToShow relabels Show/Hide after the window's state.
    emit menu->aboutToShow();
    QCOMPARE(plain(tray.showHideAction()), u"Hide window"_s);
    tray.showHideAction()->trigger();
    QVERIFY(!window.isVisible());
    emit menu->aboutToShow();
    QCOMPARE(plain(tray.showHideAction()), u"Show window"_s);
    QVERIFY(tray.toolTip().startsWith(u"Phasic Traces\n"_s));
}

void TestTrayIcon::iconAppears()
{
    if (!trayExpected())
        QSKIP("no tray host (run through run-with-tray.sh)");
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 15000);
    FakeKubo kubo;
    QVERIFY(kubo.listen());
    auto o = options(m_tmp->path() + u"/no-ipfs"_s);
    o.supervisor.apiAddress = kubo.url();
    DaemonController c(o);
    QMainWindow window;
    TrayIcon tray(&c, &window);
    QSignalSpy notices(&tray, &TrayIcon::notice);
    tray.activate();
    QVERIFY(tray.isVisible());
    QVERIFY(tray.trayPresent());
    QVERIFY(tray.unavailableReason().isEmpty());
    QVERIFY(!QApplication::quitOnLastWindowClosed()); // the app lives on in the tray
    // Docked by the tray host: a real place on the screen.
    QTRY_VERIFY_WITH_TIMEOUT(tray.geometry().isValid() && !tray.geometry().isEmpty(), 15000);
    QVERIFY(tray.geometry().width() <= 64);
    // The tooltip follows the node.
    QTRY_VERIFY_WITH_TIMEOUT(tray.toolTip().contains(u"3 peers"_s), 15000);
    QVERIFY2(tray.toolTip().contains(DaemonController::formatRate(1536)),
             qPrintable(tray.toolTip()));
    QCOMPARE(c.display(), DaemonController::Display::Running);
    QVERIFY(notices.isEmpty());
}

void TestTrayIcon::menuTogglesRealNode()
{
    if (!trayExpected())
        QSKIP("no tray host (run through run-with-tray.sh)");
    if (!IpfsNode::available())
        QSKIP(qPrintable(IpfsNode::unavailableReason()));
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 15000);
    auto o = pt::test::controllerOptions(m_tmp->path(), IpfsNode::wrapperPath());
    QString error;
    QVERIFY2(pt::test::prepareRealRepo(o.supervisor, &error), qPrintable(error));
    DaemonController c(o);
    QSignalSpy finished(&c, &DaemonController::finished);
    QVERIFY(finished.wait(20000));
    finished.clear();
    QCOMPARE(c.state(), Supervisor::State::Stopped);

    QMainWindow window;
    TrayIcon tray(&c, &window);
    tray.activate();
    QTRY_VERIFY_WITH_TIMEOUT(tray.geometry().isValid() && !tray.geometry().isEmpty(), 15000);
    QMenu *menu = tray.contextMenu();
    QAction *toggle = menuAction(menu, u"daemonStartStopAction"_s);
    QVERIFY(toggle);
    QCOMPARE(toggle, c.startStopAction());

    // Open the menu as a user would (aboutToShow relabels), pick Start.
    menu->popup(tray.geometry().bottomLeft());
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(plain(toggle), u"Start IPFS node"_s);
    QVERIFY(!toggle->isChecked());
    const QIcon stoppedIcon = tray.icon();
    toggle->trigger();
    menu->hide();
    QVERIFY2(finished.wait(90000), qPrintable(c.message() + u"\n"_s + c.daemonOutput()));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(c.message()));
    finished.clear();
    m_started.append(c.supervisor()->pid());
    QCOMPARE(c.state(), Supervisor::State::Running);
    QCOMPARE(c.display(), DaemonController::Display::Running);
    QVERIFY(tray.icon().cacheKey() != stoppedIcon.cacheKey());
    QTRY_VERIFY_WITH_TIMEOUT(tray.toolTip().contains(u"0 peers"_s), 30000);

    menu->popup(tray.geometry().bottomLeft());
    QTRY_VERIFY(menu->isVisible());
    QCOMPARE(plain(toggle), u"Stop IPFS node"_s);
    QVERIFY(toggle->isChecked());
    QVERIFY(menuAction(menu, u"daemonWebUiAction"_s)->isEnabled());
    const qint64 pid = c.supervisor()->pid();
    toggle->trigger();
    menu->hide();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(c.message()));
    QCOMPARE(c.state(), Supervisor::State::Stopped);
    QTRY_VERIFY_WITH_TIMEOUT(!pt::daemon::processAlive(pid), 10000);
    emit menu->aboutToShow();
    QCOMPARE(plain(toggle), u"Start IPFS node"_s);
    QVERIFY(tray.toolTip().contains(u"stopped"_s) || tray.toolTip().contains(u"not installed"_s));
}

void TestTrayIcon::closeHidesToTrayOnce()
{
    if (!trayExpected())
        QSKIP("no tray host (run through run-with-tray.sh)");
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 15000);
    pt::Settings settings(m_tmp->path() + u"/settings.ini"_s);
    QVERIFY(!settings.trayHintShown());
    auto o = options(m_tmp->path() + u"/no-ipfs"_s);
    o.refreshOnStart = false;
    DaemonController c(o);
    QMainWindow window;
    TrayIcon tray(&c, &window, &settings);
    tray.activate();
    QVERIFY(tray.trayPresent());
    QSignalSpy notices(&tray, &TrayIcon::notice);
    QSignalSpy lastClosed(qApp, &QGuiApplication::lastWindowClosed);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.close()); // refused: hidden to the tray instead
    QVERIFY(!window.isVisible());
    QCOMPARE(notices.size(), 1);
    QVERIFY(notices.first().at(0).toString().contains(u"tray"_s));
    QVERIFY(settings.trayHintShown());
    QVERIFY(lastClosed.isEmpty());

    tray.toggleWindow();
    QVERIFY(window.isVisible());
    QVERIFY(!window.close());
    QCOMPARE(notices.size(), 1); // told once
    QVERIFY(!window.isVisible());

    // Also across runs: another window and tray with the same settings stay quiet.
    QMainWindow other;
    TrayIcon second(&c, &other, &settings);
    second.activate();
    QSignalSpy secondNotices(&second, &TrayIcon::notice);
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    QVERIFY(!other.close());
    QVERIFY(!other.isVisible());
    QCOMPARE(secondNotices.size(), 0);
}

void TestTrayIcon::quitFromTray()
{
    if (!trayExpected())
        QSKIP("no tray host (run through run-with-tray.sh)");
    QTRY_VERIFY_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(), 15000);
    auto o = options(m_tmp->path() + u"/no-ipfs"_s);
    o.refreshOnStart = false;
    DaemonController c(o);
    QMainWindow window;
    TrayIcon tray(&c, &window);
    tray.activate();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy quitting(&tray, &TrayIcon::quitRequested);
    // The real main loop: Quit in the menu ends it although closing the window would not.
    QTimer::singleShot(0, &tray, [&tray] { tray.quitAction()->trigger(); });
    QTimer safety;
    safety.setSingleShot(true);
    connect(&safety, &QTimer::timeout, qApp, [] { QCoreApplication::exit(99); });
    safety.start(10000);
    QCOMPARE(QApplication::exec(), 0);
    QCOMPARE(quitting.size(), 1);
    QVERIFY(!window.isVisible());
    QVERIFY(tray.isQuitting());
}

void TestTrayIcon::noTraySaysWhyOnce()
{
    if (trayExpected())
        QSKIP("a tray host runs");
    QVERIFY(!QSystemTrayIcon::isSystemTrayAvailable());
    auto o = options(m_tmp->path() + u"/no-ipfs"_s);
    o.refreshOnStart = false;
    DaemonController c(o);
    QMainWindow window;
    TrayIcon tray(&c, &window);
    tray.setRetryPolicy(2, 50);
    QSignalSpy notices(&tray, &TrayIcon::notice);
    tray.activate();
    QVERIFY(notices.wait(5000));
    QCOMPARE(tray.retries(), 2); // retried for a panel that comes up late, then gave up
    QCOMPARE(notices.size(), 1);
    const QString reason = notices.first().at(0).toString();
    QVERIFY2(reason.contains(u"No system tray"_s), qPrintable(reason));
    QVERIFY2(reason.contains(u"quits"_s), qPrintable(reason));
    QCOMPARE(tray.unavailableReason(), reason);
    QVERIFY(!tray.trayPresent());
    QVERIFY(QApplication::quitOnLastWindowClosed());
    tray.activate(); // asked again (e.g. after a settings change): no second notice
    QTest::qWait(300);
    QCOMPARE(notices.size(), 1);
    // The shared actions still work from the window.
    QVERIFY(c.startStopAction()->isEnabled() || c.state() == Supervisor::State::NotInstalled ||
            c.state() == Supervisor::State::Unknown);
}

void TestTrayIcon::noTrayCloseQuits()
{
    if (trayExpected())
        QSKIP("a tray host runs");
    auto o = options(m_tmp->path() + u"/no-ipfs"_s);
    o.refreshOnStart = false;
    DaemonController c(o);
    QMainWindow window;
    TrayIcon tray(&c, &window);
    tray.setRetryPolicy(0, 0);
    tray.activate();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Closing the window (no tray to hide to) ends the real main loop.
    QTimer::singleShot(0, &window, [&window] { window.close(); });
    QTimer safety;
    safety.setSingleShot(true);
    connect(&safety, &QTimer::timeout, qApp, [] { QCoreApplication::exit(99); });
    safety.start(10000);
    QCOMPARE(QApplication::exec(), 0);
    QVERIFY(!window.isVisible());
}

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
