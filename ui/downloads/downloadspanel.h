#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;

namespace pt::fetch {
class DownloadManager;
struct DownloadInfo;
} // namespace pt::fetch

namespace pt::ui {

class DownloadsModel;
class ProgressDelegate;

// The downloads panel (one row per download, drawn by ProgressDelegate) with Cancel, Retry,
// Remove and Clear finished as actions: on buttons, in the context menu and on shortcuts
// that work while the focus is anywhere in the panel. Below the list, the selected
// download's error in full with the suggested next step and a button for it.
class DownloadsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DownloadsPanel(fetch::DownloadManager *manager, QWidget *parent = nullptr);

    DownloadsModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *retryAction() const { return m_retry; }
    QAction *removeAction() const { return m_remove; }
    QAction *clearFinishedAction() const { return m_clear; }
    QAction *openAction() const { return m_open; }
    QAction *copyLogAction() const { return m_copyLog; }

    QList<int> selectedIds() const;
    void selectDownload(int id);
    // Selects the download and, when it finished, opens what it fetched (as Enter does): what
    // clicking its desktop notification does.
    void showDownload(int id);
    // The text shown under the list for the current download (error + suggestion).
    QString detailsText() const;
    // Title, error, files and the log of a download: what "Copy Log" puts on the clipboard.
    static QString logText(const fetch::DownloadInfo &d);

signals:
    // A finished download was activated (double-click, Enter, Open): show the entry.
    void openRequested(const QString &entryId);
    // The same for a download of plain files (no registry entry): its first file.
    void openFileRequested(const QString &path);
    // The suggested next step needs the settings (gateways, daemon).
    void settingsRequested();
    // A download finished while this window was not active: the main window shows it as a
    // desktop notification; clicking it comes back to showDownload(downloadId).
    void notify(const QString &title, const QString &text, int downloadId);

private:
    void updateActions();
    void updateDetails();
    void showContextMenu(const QPoint &pos);
    void openCurrent();
    void openRow(int row);
    void onFinished(int id, bool ok);
    void updateEmptyState();

    QPointer<fetch::DownloadManager> m_manager;
    DownloadsModel *m_model = nullptr;
    ProgressDelegate *m_delegate = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_detailsBox = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_detailsRetry = nullptr;
    QPushButton *m_detailsSettings = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_clear = nullptr;
    QAction *m_open = nullptr;
    QAction *m_copyLog = nullptr;
};

} // namespace pt::ui
