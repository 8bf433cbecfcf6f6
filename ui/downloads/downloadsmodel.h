#pragma once

#include "core/fetch/downloadmanager.h"

#include <QAbstractListModel>
#include <QList>
#include <QPointer>

namespace pt::ui {

// One row per download of a DownloadManager, in queue order. Rows hold a snapshot
// (DownloadInfo) refreshed on the manager's changed() signal, which is already throttled, so
// painting never calls back into the manager.
class DownloadsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, // int
        EntryIdRole,               // QString, empty for a plain list of files
        StateRole,                 // int (fetch::DownloadInfo::State)
        PhaseRole,                 // int (fetch::FetchPhase)
        DoneBytesRole,             // qint64
        TotalBytesRole,            // qint64, -1 while unknown
        RateRole,                  // double, bytes per second
        EtaRole,                   // qint64 seconds, -1 while not trustworthy
        SourceRole,                // QString
        PercentRole,               // int 0..100, -1 while the total is unknown
        StatusTextRole,            // QString: bytes, rate, ETA, phase, source, or the error
        ErrorRole,                 // QString, empty unless failed or cancelled
        SuggestionRole,            // QString: the next step after an error
        LogRole,                   // QStringList
        FilesRole,                 // QStringList of destinations
    };
    Q_ENUM(Role)

    explicit DownloadsModel(fetch::DownloadManager *manager, QObject *parent = nullptr);

    fetch::DownloadManager *manager() const { return m_manager; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(int id) const; // -1 when absent
    int idAt(int row) const; // -1 when out of range
    const fetch::DownloadInfo *infoAt(int row) const;

    // Texts shared by the delegate, the panel and the status bar.
    static QString formatBytes(qint64 bytes);
    static QString formatRate(double bytesPerSecond);
    static QString formatEta(qint64 seconds);
    static QString phaseName(fetch::FetchPhase phase);
    static QString stateName(fetch::DownloadInfo::State state);
    // "12.3 MiB of 40.0 MiB · 2.1 MiB/s · 13 s left · from gateway http://…", or the error.
    static QString statusText(const fetch::DownloadInfo &info);

private:
    void onAdded(int id);
    void onChanged(int id);
    void onRemoved(int id);

    QPointer<fetch::DownloadManager> m_manager;
    QList<fetch::DownloadInfo> m_rows;
};

} // namespace pt::ui
