#pragma once

#include "core/registry/registryindex.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace pt::ui {

class AppContext;
class DetailPane;
class FilterSidebar;
class RegistryModel;

// The registry browser: filter sidebar | table | detail pane in a splitter, with the search
// field the main window puts into its toolbar. Every keystroke (debounced) and every filter or
// sort change becomes one registry::Query run by the index on the thread pool; results that
// arrive after a newer query was issued are dropped.
class BrowserView : public QWidget
{
    Q_OBJECT
public:
    explicit BrowserView(AppContext *context, QWidget *parent = nullptr);
    ~BrowserView() override;

    static constexpr int kDebounceMs = 120;

    QLineEdit *searchField() const { return m_search; }
    FilterSidebar *sidebar() const { return m_sidebar; }
    QTableView *table() const { return m_table; }
    RegistryModel *model() const { return m_model; }
    DetailPane *detailPane() const { return m_detail; }
    QSplitter *splitter() const { return m_splitter; }

    // The query the current choices make (text, facets, sort).
    registry::Query currentQuery() const;
    // Runs the search now, skipping the debounce (tests, benchmarks, F5 after a refresh).
    void searchNow();
    // Selects the row of `id` (false when it is not shown).
    bool selectEntry(const QString &id);
    QString selectedId() const;
    // Clears the search text and every filter.
    void clearAll();

    // What the empty state says now ("" when the table is shown).
    QString emptyStateText() const;

    QByteArray saveSplitterState() const;
    QByteArray saveHeaderState() const;
    void restoreState(const QByteArray &splitter, const QByteArray &header);

    registry::SortField sortField() const { return m_sortField; }
    bool sortDescending() const { return m_descending; }
    int searchesRun() const { return m_searchesRun; }

signals:
    void collectionDownloadRequested(const QString &name);
    // Each applied search result: rows shown, entries in the registry, ms from query to rows.
    void searchFinished(int shown, int total, double ms);
    void downloadRequested(const QString &id);
    void openRequested(const QString &path);
    void refreshRequested();
    void settingsRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onIndexChanged();
    void applyResult(const registry::SearchResult &result, double ms);
    void updateEmptyState();
    void activate(const QModelIndex &index);

    AppContext *m_context;
    QLineEdit *m_search = nullptr;
    FilterSidebar *m_sidebar = nullptr;
    RegistryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    DetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyClear = nullptr;
    QPushButton *m_emptyRefresh = nullptr;
    QPushButton *m_emptySettings = nullptr;
    QTimer m_debounce;
    int m_generation = 0;
    int m_searchesRun = 0;
    bool m_hasResult = false;
    QString m_pendingSelection; // kept across a registry refresh
    registry::SortField m_sortField = registry::SortField::Id;
    bool m_descending = false;
};

} // namespace pt::ui
