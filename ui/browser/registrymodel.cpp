#include "ui/browser/registrymodel.h"

#include "ui/health/availability.h"

#include <QLocale>

#include <algorithm>

namespace pt::ui {

RegistryModel::RegistryModel(QObject *parent) : QAbstractTableModel(parent) {}

void RegistryModel::setIndex(const registry::RegistryIndex &index)
{
    beginResetModel();
    m_index = index;
    m_rows.clear();
    endResetModel();
}

void RegistryModel::setRows(const QList<int> &rows)
{
    if (rows == m_rows)
        return;
    // A reset is the cheapest honest signal for an arbitrary new order: the view keeps no
    // per-row state worth preserving beyond the selection, which the browser restores by id.
    // The list is shared, not copied (100k rows per keystroke), once every row is known valid.
    const qsizetype n = m_index.registry().entries.size();
    const bool valid =
        std::all_of(rows.cbegin(), rows.cend(), [n](int r) { return r >= 0 && r < n; });
    beginResetModel();
    if (valid) {
        m_rows = rows;
    } else {
        m_rows.clear();
        for (int r : rows) {
            if (r >= 0 && r < n)
                m_rows.append(r);
        }
    }
    endResetModel();
}

void RegistryModel::setDownloaded(const QSet<QString> &ids)
{
    if (ids == m_downloaded)
        return;
    m_downloaded = ids;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Status), index(int(m_rows.size()) - 1, Status),
                         {Qt::DisplayRole, Qt::ToolTipRole, DownloadedRole});
}

void RegistryModel::setProbeCache(const fetch::ProbeCache *cache)
{
    m_probes = cache;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Availability), index(int(m_rows.size()) - 1, Availability));
}

void RegistryModel::refreshEntry(const QString &id)
{
    const int row = rowOfId(id);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const registry::Entry *RegistryModel::entryAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_index.registry().entries.at(m_rows.at(row));
}

int RegistryModel::rowOfId(const QString &id) const
{
    const registry::Registry &reg = m_index.registry();
    const auto it = reg.byId.constFind(id);
    if (it == reg.byId.cend())
        return -1;
    return int(m_rows.indexOf(int(*it)));
}

std::optional<registry::SortField> RegistryModel::sortFieldFor(int column)
{
    switch (column) {
    case Id:
        return registry::SortField::Id;
    case Params:
        return registry::SortField::Params;
    case Vertices:
        return registry::SortField::Vertices;
    case Size:
        return registry::SortField::Size;
    default:
        return std::nullopt;
    }
}

int RegistryModel::columnFor(registry::SortField field)
{
    switch (field) {
    case registry::SortField::Params:
        return Params;
    case registry::SortField::Vertices:
        return Vertices;
    case registry::SortField::Size:
        return Size;
    default:
        return Id;
    }
}

int RegistryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegistryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RegistryModel::humanSize(qint64 bytes)
{
    if (bytes < 0)
        return {};
    // IEC units (KiB, MiB), as the downloads panel shows them: one size never reads two ways.
    return QLocale().formattedDataSize(bytes, 1);
}

QVariant RegistryModel::data(const QModelIndex &idx, int role) const
{
    if (!checkIndex(idx, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const registry::Entry &e = m_index.registry().entries.at(m_rows.at(idx.row()));
    // Availability (ui/health): the badge column, and its level on every column for proxies.
    if (idx.column() == Availability || role == AvailabilityRole) {
        if (!m_probes)
            return role == AvailabilityRole ? QVariant(int(ui::Availability::Unknown)) : QVariant();
        switch (role) {
        case Qt::DisplayRole:
        case Qt::DecorationRole:
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
        case AvailabilityRole:
            return availabilityData(summarize(m_probes->forEntry(e.id)), role);
        case SortValueRole:
            return int(summarize(m_probes->forEntry(e.id)).level);
        default:
            return {};
        }
    }
    const bool downloaded = m_downloaded.contains(e.id);
    auto status = [&]() -> QString {
        if (e.retracted)
            return tr("Retracted");
        if (!e.usable)
            return tr("Unavailable");
        return downloaded ? tr("Downloaded") : tr("Available");
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (idx.column()) {
        case Id:
            return e.id;
        case Description:
            return e.description;
        case Model:
            return e.metadata.modelType;
        case Params: {
            const int n = e.parameterCount();
            return n < 0 ? QVariant() : QVariant(n);
        }
        case Vertices: {
            const qint64 v = e.traceVertices();
            return v < 0 ? QVariant() : QVariant(v);
        }
        case Size:
            return humanSize(e.totalSize());
        case Status:
            return status();
        }
        break;
    case Qt::ToolTipRole:
        if (idx.column() == Description)
            return e.description;
        if (idx.column() == Status && !e.usable)
            return e.unusableReason;
        if (idx.column() == Status && e.retracted)
            return e.retractedReason;
        break;
    case Qt::TextAlignmentRole:
        if (idx.column() == Params || idx.column() == Vertices || idx.column() == Size)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case EntryIdRole:
        return e.id;
    case DownloadedRole:
        return downloaded;
    case SortValueRole:
        switch (idx.column()) {
        case Params:
            return e.parameterCount();
        case Vertices:
            return e.traceVertices();
        case Size:
            return e.totalSize();
        case Status:
            return status();
        case Description:
            return e.description;
        case Model:
            return e.metadata.modelType;
        default:
            return e.id;
        }
    default:
        break;
    }
    return {};
}

QVariant RegistryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Id:
            return tr("Id");
        case Description:
            return tr("Description");
        case Model:
            return tr("Model");
        case Params:
            return tr("Params");
        case Vertices:
            return tr("Vertices");
        case Size:
            return tr("Size");
        case Status:
            return tr("Status");
        case Availability:
            return tr("Availability");
        }
    }
    if (role == Qt::ToolTipRole && !sortFieldFor(section))
        return tr("This column cannot be sorted; sort by id, params, vertices or size.");
    return {};
}

void RegistryModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<registry::SortField> field = sortFieldFor(column);
    if (!field)
        return;
    emit sortRequested(*field, order == Qt::DescendingOrder);
}

} // namespace pt::ui
