#pragma once

#include "ui/daemon/daemonui.h"

#include <QMainWindow>

class QAction;
class QDockWidget;
class QFrame;
class QLabel;
class QPushButton;
class QTabWidget;

namespace pt::ui {

class AppContext;
class BrowserView;
class DesktopNotifier;
class SettingsDialog;
class TrayIcon;
class DownloadsPanel;
class DownloadsStatusWidget;

// The main window: the registry browser (filters | table | details) as the first tab, trace
// files in further tabs, a banner for the registry's state (snapshot, offline, last good copy,
// errors), and a status bar with registry freshness and the IPFS daemon.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a trace file (.json, .json.gz) or a ptd_pcg artifact (.bin) in a new tab.
    void openTrace(const QString &path);

    BrowserView *browser() const { return m_browser; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *refreshAction() const { return m_refresh; }
    // The banner's text ("" when hidden) and its kind ("info", "warning", "error").
    QString bannerText() const;
    QString bannerKind() const { return m_bannerKind; }
    QString registryStatusText() const;
    QString daemonStatusText() const;
    DownloadsPanel *downloadsPanel() const { return m_downloadsPanel; }
    QDockWidget *downloadsDock() const { return m_downloadsDock; }
    DownloadsStatusWidget *downloadsStatus() const { return m_downloadsStatus; }
    QDockWidget *daemonDock() const { return m_daemonUi.dock; }
    // The tray icon (not shown until activate(): main() does that).
    TrayIcon *tray() const { return m_daemonUi.tray; }

    // Opens what the command line, a second launch or the desktop handed over: trace files,
    // phasic-traces://trace/<id> (selects the entry), ipfs://CID[/path] (a verified download).
    // Problems are shown in the status bar, one per argument.
    void handleOpenArguments(const QStringList &args, const QString &workingDir = {});
    // Queues a download of a registry entry and shows the downloads panel.
    void requestDownload(const QString &id);
    void requestCollectionDownload(const QString &name);
    // The settings dialog (made on first use; openSettings() shows it).
    SettingsDialog *settingsDialog();
    void openSettings();
    // A temporary status-bar message, elided to fit beside the permanent widgets (full text
    // in the tooltip); 0: until the next one.
    void showStatusMessage(const QString &text, int timeoutMs = 0);
    // The publish wizard (one at a time; raised when already open).
    void openPublishWizard();
    QAction *publishAction() const { return m_publish; }
    // Writes geometry, dock, splitter and header state to the settings.
    void saveLayout();

signals:
    // The user asked to download an entry (detail pane, Enter on a row); it is queued.
    void downloadRequested(const QString &id);
    // The settings dialog was asked for (menu, empty state, banner, downloads panel).
    void settingsRequested();
    // The first time the window was painted on screen (--measure-startup).
    void firstPainted();
    // The first paint after the registry table was filled (--measure-startup).
    void registryPainted();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void chooseTrace();
    void selectWhenLoaded(const QString &id);
    void updateBanner();
    void updateRegistryStatus();

    AppContext *m_context;
    BrowserView *m_browser = nullptr;
    QTabWidget *m_tabs = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_bannerRefresh = nullptr;
    QPushButton *m_bannerSettings = nullptr;
    QString m_bannerKind;
    QString m_refreshMessage;  // the status-bar note shown while a refresh runs
    DesktopNotifier *m_notifier = nullptr;
    QString m_bannerDismissed; // text the user closed; shown again only when it changes
    QLabel *m_registryLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    bool m_downloadsDockSized = false;
    QAction *m_refresh = nullptr;
    QAction *m_publish = nullptr;
    DownloadsPanel *m_downloadsPanel = nullptr;
    QDockWidget *m_downloadsDock = nullptr;
    DownloadsStatusWidget *m_downloadsStatus = nullptr;
    DaemonUi m_daemonUi;
    SettingsDialog *m_settingsDialog = nullptr;
    QString m_pendingSelection; // phasic-traces://trace/<id> before the registry is loaded
    bool m_painted = false;
    bool m_registryShown = false;
    bool m_registryPaintPending = false;
};

} // namespace pt::ui
