// bringToFront: a hidden window is shown, a minimized one comes back, and a maximized one
// stays maximized (showNormal(), used before, undid that).
#include "ui/shell/windowfront.h"

#include <QTest>
#include <QWidget>

using pt::ui::bringToFront;

class TestWindowFront : public QObject
{
    Q_OBJECT
private slots:
    void hiddenIsShown()
    {
        QWidget w;
        bringToFront(&w);
        QVERIFY(w.isVisible());
        QVERIFY(!w.isMinimized());
    }

    void minimizedComesBackMaximized()
    {
        QWidget w;
        w.showMaximized();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.setWindowState(w.windowState() | Qt::WindowMinimized);
        QVERIFY(w.isMinimized());
        w.hide(); // closed to the tray as well
        bringToFront(&w);
        QVERIFY(w.isVisible());
        QVERIFY(!w.isMinimized());
        QVERIFY(w.isMaximized());
    }

    void plainMinimizedComesBackNormal()
    {
        QWidget w;
        w.show();
        w.setWindowState(Qt::WindowMinimized);
        bringToFront(&w);
        QVERIFY(!w.isMinimized());
        QVERIFY(!w.isMaximized());
        QVERIFY(w.isVisible());
    }

    void nullIsIgnored() { bringToFront(nullptr); }
};

QTEST_MAIN(TestWindowFront)
#include "tst_windowfront.moc"
