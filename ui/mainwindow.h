#pragma once

#include <QMainWindow>

class QAction;
class QFrame;
class QLabel;
class QPushButton;
class QTabWidget;

namespace pt::ui {

class AppContext;
class BrowserView;

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

signals:
    // The user asked to download an entry (detail pane, Enter on a row). The downloads queue
    // connects here.
    void downloadRequested(const QString &id);
    // The user asked for the settings (empty state, banner).
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
    void requestDownload(const QString &id);
    void openSettings();
    void updateBanner();
    void updateRegistryStatus();
    void updateDaemonStatus();
    void saveState();

    AppContext *m_context;
    BrowserView *m_browser = nullptr;
    QTabWidget *m_tabs = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_bannerRefresh = nullptr;
    QPushButton *m_bannerSettings = nullptr;
    QString m_bannerKind;
    QString m_bannerDismissed; // text the user closed; shown again only when it changes
    QLabel *m_registryLabel = nullptr;
    QLabel *m_daemonLabel = nullptr;
    QAction *m_refresh = nullptr;
    bool m_painted = false;
    bool m_registryShown = false;
    bool m_registryPaintPending = false;
};

} // namespace pt::ui
