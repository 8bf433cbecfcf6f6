#pragma once

#include "core/registry/registryindex.h"

#include <QWidget>

class QComboBox;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace pt::ui {

// The filter sidebar: one checkable list per facet (domain, model type, tags all-of, license,
// kind) with the counts of the last search, a parameter-count range and a downloaded choice.
// It only holds the user's choices; the browser turns them into a registry::Query.
class FilterSidebar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterSidebar(QWidget *parent = nullptr);

    // Fills `query`'s facet fields from the current choices.
    void applyTo(registry::Query &query) const;
    // New counts (selected values stay, also with a count of 0).
    void setFacets(const registry::SearchResult &result);
    bool hasFilters() const;
    void clearFilters(); // one filtersChanged()

    // For tests: check a value of a facet list ("domain", "model", "tags", "license", "kind").
    bool setChecked(const QString &facet, const QString &value, bool on);
    // "value (count)" texts of a facet list, in order.
    QStringList itemTexts(const QString &facet) const;
    QSpinBox *minParamsBox() const { return m_minParams; }
    QSpinBox *maxParamsBox() const { return m_maxParams; }
    QComboBox *downloadedBox() const { return m_downloaded; }

    // The registry's collections, offered for download as a whole (hidden when there are none).
    void setCollections(const QList<registry::Collection> &collections);
    QComboBox *collectionBox() const { return m_collection; }
    QPushButton *downloadCollectionButton() const { return m_downloadCollection; }

signals:
    void filtersChanged();
    void collectionDownloadRequested(const QString &name);

private:
    QListWidget *addList(const QString &facet, const QString &title, const QString &accessible);
    QListWidget *list(const QString &facet) const;
    static void fill(QListWidget *list, const QList<registry::FacetValue> &values);
    static QStringList checked(const QListWidget *list);

    QList<QPair<QString, QListWidget *>> m_lists;
    QSpinBox *m_minParams = nullptr;
    QSpinBox *m_maxParams = nullptr;
    QComboBox *m_downloaded = nullptr;
    QPushButton *m_clear = nullptr;
    QWidget *m_collections = nullptr;
    QComboBox *m_collection = nullptr;
    QPushButton *m_downloadCollection = nullptr;
    bool m_updating = false;
};

} // namespace pt::ui
