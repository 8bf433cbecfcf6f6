#pragma once

#include "core/fetch/downloadmanager.h"
#include "core/registry/registry.h"
#include "ui/inspector/traceinspector.h"

#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QTabWidget;
class QTextBrowser;

namespace pt::ui {

class AppContext;
class HealthPane;
struct VerifyReport;

// The detail pane of the registry browser: everything about the selected entry (description,
// parameters, author, citation with a clickable DOI, license, files with sizes, CIDs with copy
// buttons, pins, local status) and what can be done with it. A downloaded entry also shows its
// trace in the inspector (summary and plot, read off the GUI thread).
class DetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailPane(AppContext *context, QWidget *parent = nullptr);

    // Shows `id` (empty: the "nothing selected" state). Re-reads the local status.
    void showEntry(const QString &id);
    QString entryId() const { return m_id; }
    // Called when the downloaded set changed: refreshes status and actions of the shown entry.
    void refreshLocalState();

    // For tests and accessibility checks.
    QString detailsText() const; // plain text of the details view
    QString statusText() const;
    QString verifyText() const;
    QPushButton *button(const QString &name) const; // "download", "open", "folder", "copy", …
    TraceInspector *inspector() const { return m_inspector; }
    HealthPane *healthPane() const { return m_health; }
    QStringList cids() const; // the CIDs with copy buttons, in order

signals:
    void downloadRequested(const QString &id);
    void openRequested(const QString &path);
    // A probe finished for `id`: the table redraws its availability badge.
    void availabilityChanged(const QString &id);

private:
    void rebuild();
    void updateActions();
    std::optional<fetch::DownloadInfo> downloadInfo() const;
    void copyCid();
    void showInFolder();
    void verify();
    void onVerified(const VerifyReport &report);
    void confirmRemove();
    void setCidRows(const QList<QPair<QString, QString>> &rows); // label, value

    AppContext *m_context;
    QString m_id;
    QString m_verifying; // the entry a verification runs for
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_verify = nullptr;
    HealthPane *m_health = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_details = nullptr;
    QWidget *m_cidBox = nullptr;
    QGridLayout *m_cidGrid = nullptr;
    QStringList m_cids;
    QWidget *m_traceTab = nullptr;
    QLabel *m_traceHint = nullptr;
    QPointer<TraceInspector> m_inspector;
    QString m_inspectorPath;
    QPushButton *m_download = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_folder = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_verifyButton = nullptr;
    QPushButton *m_remove = nullptr;
    QWidget *m_body = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_placeholder = nullptr;
};

} // namespace pt::ui
