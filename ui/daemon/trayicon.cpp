#include "ui/daemon/trayicon.h"

#include "core/settings.h"
#include "ui/shell/windowfront.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenu>
#include <QTimer>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace pt::ui {

TrayIcon::TrayIcon(DaemonController *controller, QWidget *window, Settings *settings,
                   QObject *parent)
    : QSystemTrayIcon(parent), m_controller(controller), m_window(window), m_settings(settings),
      m_menu(new QMenu), m_showHide(new QAction(this)), m_publish(new QAction(this)),
      m_quit(new QAction(this))
{
    setObjectName(u"trayIcon"_s);
    m_menu->setObjectName(u"trayMenu"_s);
    m_showHide->setObjectName(u"trayShowHideAction"_s);
    m_publish->setObjectName(u"trayPublishAction"_s);
    m_quit->setObjectName(u"trayQuitAction"_s);
    // Set the menu before filling it (docs/STYLE.md: some StatusNotifier hosts only pick up
    // entries added after the menu was exported).
    setContextMenu(m_menu);
    m_menu->addAction(m_showHide);
    m_menu->addSeparator();
    if (m_controller) {
        m_menu->addAction(m_controller->startStopAction());
        m_menu->addAction(m_controller->serviceAction());
        m_menu->addAction(m_controller->webUiAction());
    }
    m_menu->addSeparator();
    m_menu->addAction(m_publish);
    m_menu->addSeparator();
    m_menu->addAction(m_quit);

    connect(m_menu, &QMenu::aboutToShow, this, &TrayIcon::relabel);
    connect(m_showHide, &QAction::triggered, this, &TrayIcon::toggleWindow);
    connect(m_publish, &QAction::triggered, this, [this] {
        bringToFront(m_window);
        emit publishRequested();
    });
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quit);
    connect(this, &QSystemTrayIcon::activated, this, [this](ActivationReason reason) {
        if (reason == Trigger || reason == DoubleClick)
            toggleWindow();
    });
    if (m_controller)
        connect(m_controller, &DaemonController::changed, this, &TrayIcon::updateFromController);
    if (m_window)
        m_window->installEventFilter(this);

    retranslate();
    updateFromController();
}

TrayIcon::~TrayIcon()
{
    if (m_window)
        m_window->removeEventFilter(this);
    setContextMenu(nullptr);
    delete m_menu;
}

QIcon TrayIcon::iconFor(DaemonController::Display display)
{
    switch (display) {
    case DaemonController::Display::Running:
        return QIcon(u":/icons/tray-running.svg"_s);
    case DaemonController::Display::Busy:
        return QIcon(u":/icons/tray-starting.svg"_s);
    case DaemonController::Display::Error:
        return QIcon(u":/icons/tray-error.svg"_s);
    case DaemonController::Display::Stopped:
        break;
    }
    return QIcon(u":/icons/tray-stopped.svg"_s);
}

void TrayIcon::setRetryPolicy(int retries, int intervalMs)
{
    m_maxRetries = retries;
    m_retryIntervalMs = intervalMs;
}

void TrayIcon::activate()
{
    m_retries = 0;
    tryShow();
}

bool TrayIcon::trayPresent() const
{
    return isVisible() && QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::tryShow()
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_unavailableReason.clear();
        show();
        // With a tray the app lives on after its window is hidden; without one the last
        // window closing must still quit it (docs/STYLE.md).
        QApplication::setQuitOnLastWindowClosed(false);
        return;
    }
    QApplication::setQuitOnLastWindowClosed(true);
    if (m_retries < m_maxRetries) { // the panel may come up after us at login
        ++m_retries;
        QTimer::singleShot(m_retryIntervalMs, this, &TrayIcon::tryShow);
        return;
    }
    const QString platform = QGuiApplication::platformName();
    if (platform == u"offscreen" || platform == u"minimal")
        m_unavailableReason = tr("No system tray: the display platform “%1” has none. Closing the "
                                 "window quits Phasic Traces; a running IPFS node keeps running.")
                                  .arg(platform);
    else
        m_unavailableReason =
            tr("No system tray: the desktop shows no notification area (no StatusNotifier or "
               "system tray host answered). Closing the window quits Phasic Traces; a running "
               "IPFS node keeps running.");
    if (!m_noticeGiven) {
        m_noticeGiven = true;
        emit notice(m_unavailableReason);
    }
}

void TrayIcon::retranslate()
{
    m_publish->setText(tr("&Publish…"));
    m_quit->setText(tr("&Quit Phasic Traces"));
    relabel();
}

void TrayIcon::relabel()
{
    const bool shown = m_window && m_window->isVisible() && !m_window->isMinimized();
    m_showHide->setText(shown ? tr("&Hide window") : tr("&Show window"));
    m_showHide->setEnabled(m_window != nullptr);
    if (m_controller)
        m_controller->retranslate(); // the shared actions' wording follows the node's state
    updateFromController();
}

void TrayIcon::toggleWindow()
{
    if (!m_window)
        return;
    if (m_window->isVisible() && !m_window->isMinimized()) {
        m_window->hide();
    } else {
        bringToFront(m_window);
    }
    relabel();
}

void TrayIcon::updateFromController()
{
    if (!m_controller)
        return;
    const DaemonController::Display d = m_controller->display();
    if (!m_iconSet || d != m_shownDisplay) {
        setIcon(iconFor(d));
        m_shownDisplay = d;
        m_iconSet = true;
    }
    QString tip = u"Phasic Traces\n"_s + m_controller->summaryText();
    if (d == DaemonController::Display::Error && !m_controller->suggestion().isEmpty())
        tip += u'\n' + m_controller->suggestion();
    setToolTip(tip);
}

bool TrayIcon::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && !m_quitting && trayPresent()) {
        event->ignore();
        m_window->hide();
        const bool told = m_hintShownThisRun || (m_settings && m_settings->trayHintShown());
        if (!told) {
            m_hintShownThisRun = true;
            if (m_settings)
                m_settings->setTrayHintShown(true);
            const QString text = tr("Phasic Traces keeps running in the system tray. Use Quit in "
                                    "the tray menu to leave it.");
            showMessage(tr("Still running"), text, iconFor(m_shownDisplay), 8000);
            emit notice(text);
        }
        return true;
    }
    return QSystemTrayIcon::eventFilter(watched, event);
}

void TrayIcon::quit()
{
    m_quitting = true;
    emit quitRequested();
    QApplication::setQuitOnLastWindowClosed(true);
    if (m_window)
        m_window->close();
    QCoreApplication::quit();
}

} // namespace pt::ui
