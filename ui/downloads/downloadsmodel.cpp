#include "ui/downloads/downloadsmodel.h"

#include <QLocale>

namespace pt::ui {

using fetch::DownloadInfo;
using fetch::FetchPhase;

DownloadsModel::DownloadsModel(fetch::DownloadManager *manager, QObject *parent)
    : QAbstractListModel(parent), m_manager(manager)
{
    for (int id : manager->ids()) {
        if (std::optional<DownloadInfo> info = manager->info(id))
            m_rows.append(*info);
    }
    connect(manager, &fetch::DownloadManager::added, this, &DownloadsModel::onAdded);
    connect(manager, &fetch::DownloadManager::changed, this, &DownloadsModel::onChanged);
    connect(manager, &fetch::DownloadManager::removed, this, &DownloadsModel::onRemoved);
}

int DownloadsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DownloadsModel::rowOf(int id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

int DownloadsModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : -1;
}

const DownloadInfo *DownloadsModel::infoAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void DownloadsModel::onAdded(int id)
{
    if (!m_manager || rowOf(id) >= 0)
        return;
    std::optional<DownloadInfo> info = m_manager->info(id);
    if (!info)
        return;
    // Ids grow, so a new download normally goes last; keep id order in any case.
    int row = int(m_rows.size());
    while (row > 0 && m_rows.at(row - 1).id > id)
        --row;
    beginInsertRows({}, row, row);
    m_rows.insert(row, *info);
    endInsertRows();
}

void DownloadsModel::onChanged(int id)
{
    const int row = rowOf(id);
    if (!m_manager || row < 0)
        return;
    std::optional<DownloadInfo> info = m_manager->info(id);
    if (!info)
        return;
    m_rows[row] = *info;
    const QModelIndex i = index(row);
    emit dataChanged(i, i);
}

void DownloadsModel::onRemoved(int id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

QVariant DownloadsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= m_rows.size())
        return {};
    const DownloadInfo &d = m_rows.at(index.row());
    const fetch::FetchProgress &p = d.progress;
    switch (role) {
    case Qt::DisplayRole:
        return d.title;
    case Qt::ToolTipRole: {
        QString tip = d.title + QLatin1Char('\n') + statusText(d);
        if (!d.suggestion.isEmpty())
            tip += QLatin1Char('\n') + d.suggestion;
        if (!d.files.isEmpty())
            tip += QLatin1Char('\n') + d.files.join(QLatin1Char('\n'));
        return tip;
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2").arg(d.title, statusText(d));
    case Qt::AccessibleDescriptionRole:
        return d.suggestion;
    case IdRole:
        return d.id;
    case EntryIdRole:
        return d.entryId;
    case StateRole:
        return int(d.state);
    case PhaseRole:
        return int(p.phase);
    case DoneBytesRole:
        return p.doneBytes;
    case TotalBytesRole:
        return p.totalBytes;
    case RateRole:
        return p.bytesPerSecond;
    case EtaRole:
        return p.etaSeconds;
    case SourceRole:
        return p.source;
    case PercentRole:
        if (d.state == DownloadInfo::State::Done)
            return 100;
        if (p.totalBytes <= 0)
            return -1;
        return int(std::clamp<qint64>(p.doneBytes * 100 / p.totalBytes, 0, 100));
    case StatusTextRole:
        return statusText(d);
    case ErrorRole:
        return d.error.message;
    case SuggestionRole:
        return d.suggestion;
    case LogRole:
        return d.log;
    case FilesRole:
        return d.files;
    default:
        return {};
    }
}

QHash<int, QByteArray> DownloadsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "downloadId");
    names.insert(EntryIdRole, "entryId");
    names.insert(StateRole, "state");
    names.insert(PhaseRole, "phase");
    names.insert(DoneBytesRole, "doneBytes");
    names.insert(TotalBytesRole, "totalBytes");
    names.insert(RateRole, "rate");
    names.insert(EtaRole, "eta");
    names.insert(SourceRole, "source");
    names.insert(PercentRole, "percent");
    names.insert(StatusTextRole, "statusText");
    names.insert(ErrorRole, "error");
    names.insert(SuggestionRole, "suggestion");
    names.insert(LogRole, "log");
    names.insert(FilesRole, "files");
    return names;
}

QString DownloadsModel::formatBytes(qint64 bytes)
{
    return QLocale().formattedDataSize(std::max<qint64>(0, bytes), 1);
}

QString DownloadsModel::formatRate(double bytesPerSecond)
{
    return tr("%1/s").arg(formatBytes(qint64(bytesPerSecond)));
}

QString DownloadsModel::formatEta(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("%n s left", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%1 min %2 s left").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min left")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString DownloadsModel::phaseName(FetchPhase phase)
{
    switch (phase) {
    case FetchPhase::Queued:
        return tr("Queued");
    case FetchPhase::Resolving:
        return tr("Resolving");
    case FetchPhase::Downloading:
        return tr("Downloading");
    case FetchPhase::Verifying:
        return tr("Verifying");
    case FetchPhase::Done:
        return tr("Done");
    case FetchPhase::Failed:
        return tr("Failed");
    case FetchPhase::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString DownloadsModel::stateName(DownloadInfo::State state)
{
    switch (state) {
    case DownloadInfo::State::Queued:
        return tr("Queued");
    case DownloadInfo::State::Running:
        return tr("Running");
    case DownloadInfo::State::Done:
        return tr("Done");
    case DownloadInfo::State::Failed:
        return tr("Failed");
    case DownloadInfo::State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString DownloadsModel::statusText(const DownloadInfo &d)
{
    const fetch::FetchProgress &p = d.progress;
    const QString sep = QStringLiteral(" · ");
    const QString bytes =
        p.totalBytes >= 0 ? tr("%1 of %2").arg(formatBytes(p.doneBytes), formatBytes(p.totalBytes))
                          : formatBytes(p.doneBytes);
    switch (d.state) {
    case DownloadInfo::State::Queued:
        return tr("Queued, %n file(s)", nullptr, int(d.files.size()));
    case DownloadInfo::State::Running: {
        QStringList parts{phaseName(p.phase), bytes};
        if (p.bytesPerSecond > 0)
            parts.append(formatRate(p.bytesPerSecond));
        if (p.etaSeconds >= 0)
            parts.append(formatEta(p.etaSeconds));
        if (!p.source.isEmpty())
            parts.append(tr("from %1").arg(p.source));
        return parts.join(sep);
    }
    case DownloadInfo::State::Done:
        return tr("Done") + sep + formatBytes(p.doneBytes) + sep +
               tr("%n file(s)", nullptr, int(d.files.size()));
    case DownloadInfo::State::Failed:
        return tr("Failed: %1").arg(d.error.message);
    case DownloadInfo::State::Cancelled:
        return tr("Cancelled at %1").arg(bytes);
    }
    return {};
}

} // namespace pt::ui
