#pragma once

#include "ui/daemon/daemoncontroller.h"

#include <QIcon>
#include <QPointer>
#include <QSystemTrayIcon>

class QAction;
class QMenu;
class QWidget;

namespace pt {
class Settings;
}

namespace pt::ui {

// The node keeper's tray icon (docs/DESIGN.md, persona 3): one icon per node state, a tooltip
// with state, peers and rates, and a menu sharing the DaemonController's actions with the main
// window. The tray is optional (docs/STYLE.md): without one it says why once (notice()), never
// hides the window on close, and the app quits when its window closes as usual. With one,
// closing the window hides it to the tray (the user is told once; Settings::TrayHintShown).
class TrayIcon : public QSystemTrayIcon
{
    Q_OBJECT
public:
    // `window` is the main window (may be null in tests); `settings` may be null (the hint is
    // then shown once per run).
    TrayIcon(DaemonController *controller, QWidget *window, Settings *settings = nullptr,
             QObject *parent = nullptr);
    ~TrayIcon() override;

    static QIcon iconFor(DaemonController::Display display);

    // Shows the icon when a tray exists; otherwise retries a few times (a panel that comes up
    // after the app at login), then emits notice() with the reason, once.
    void activate();
    bool trayPresent() const; // a tray host exists and our icon is shown
    QString unavailableReason() const { return m_unavailableReason; }
    int retries() const { return m_retries; }
    void setRetryPolicy(int retries, int intervalMs);

    QMenu *menu() const { return m_menu; }
    QAction *showHideAction() const { return m_showHide; }
    QAction *publishAction() const { return m_publish; }
    QAction *quitAction() const { return m_quit; }

    void retranslate();
    void relabel(); // what aboutToShow does: show/hide wording, the controller's actions
    void toggleWindow();
    bool isQuitting() const { return m_quitting; }

signals:
    void publishRequested();
    // One line for the status bar: why there is no tray, or that the window went to the tray.
    void notice(const QString &text);
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateFromController();
    void tryShow();
    void quit();

    QPointer<DaemonController> m_controller;
    QPointer<QWidget> m_window;
    Settings *m_settings;
    QMenu *m_menu;
    QAction *m_showHide;
    QAction *m_publish;
    QAction *m_quit;
    QString m_unavailableReason;
    int m_retries = 0;
    int m_maxRetries = 5;
    int m_retryIntervalMs = 2000;
    bool m_noticeGiven = false;
    bool m_hintShownThisRun = false;
    bool m_quitting = false;
    DaemonController::Display m_shownDisplay = DaemonController::Display::Stopped;
    bool m_iconSet = false;
};

} // namespace pt::ui
