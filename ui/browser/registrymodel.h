#pragma once

#include "core/fetch/probe.h"
#include "core/registry/registryindex.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <optional>

namespace pt::ui {

// The registry table: a hand-written model over an immutable RegistryIndex snapshot and the
// row order of the last search (indices into Registry::entries). No per-row objects: data()
// formats straight from the entry, so 100k rows cost one int each. Filtering and sorting are
// the index's job (off the GUI thread); sort() only records the wish and asks for a search.
class RegistryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Description,
        Model,
        Params,
        Vertices,
        Size,
        Status,
        Availability,
        ColumnCount
    };
    enum Role {
        EntryIdRole = Qt::UserRole + 1, // QString id
        SortValueRole,                  // raw value (qint64 / QString) for the column
        DownloadedRole,                 // bool
    };

    explicit RegistryModel(QObject *parent = nullptr);

    // A new registry: resets the model (rows empty until setRows()).
    void setIndex(const registry::RegistryIndex &index);
    const registry::RegistryIndex &registryIndex() const { return m_index; }
    // A search result over the current index. Rows kept when the order is unchanged.
    void setRows(const QList<int> &rows);
    const QList<int> &rows() const { return m_rows; }
    void setDownloaded(const QSet<QString> &ids);
    // Availability badges from the probe results (not owned; null: the column stays empty).
    void setProbeCache(const fetch::ProbeCache *cache);
    // The row of `id` changed (a probe finished): its cells are redrawn.
    void refreshEntry(const QString &id);

    const registry::Entry *entryAt(int row) const;
    int rowOfId(const QString &id) const; // -1 when not shown

    // The index's sort field for a column, or nullopt when the column cannot be sorted.
    static std::optional<registry::SortField> sortFieldFor(int column);
    static int columnFor(registry::SortField field);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString humanSize(qint64 bytes);

signals:
    // The view asked for another order (header click); the browser searches again with it.
    void sortRequested(pt::registry::SortField field, bool descending);

private:
    registry::RegistryIndex m_index;
    QList<int> m_rows;
    QSet<QString> m_downloaded;
    const fetch::ProbeCache *m_probes = nullptr;
};

} // namespace pt::ui
