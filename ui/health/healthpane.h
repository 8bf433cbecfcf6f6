#pragma once

#include "core/fetch/probe.h"
#include "ui/health/availability.h"

#include <QWidget>

class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;

namespace pt::ui {

// The detail pane's availability line ("available on 3 of 4 gateways, pinned on Pinata",
// checked when) with a button that probes the entry's CIDs now (cancellable, with progress).
// Results go into the shared ProbeCache, and availabilityChanged() tells the browser's model
// to refresh the entry's badge.
class HealthPane : public QWidget
{
    Q_OBJECT
public:
    // `cache` and `nam` are not owned and must outlive the pane.
    HealthPane(fetch::ProbeCache *cache, QNetworkAccessManager *nam, QWidget *parent = nullptr);

    // Where to ask: resolveSources() output plus any pinning services (fetch::PinCheck).
    void setSources(const QList<fetch::Source> &sources);
    void addPinningService(const QString &name, fetch::PinCheck check);
    void setProbeOptions(const fetch::AvailabilityProbe::Options &options);

    // Shows the cached state of `id`; `targets` are its CIDs (fetch::probeTargets).
    void setEntry(const QString &id, const QList<fetch::ProbeTarget> &targets);
    QString entryId() const { return m_id; }
    QString summaryText() const;

    void check();  // probes the entry now
    void cancel(); // stops a probe in progress
    bool isChecking() const;

signals:
    void availabilityChanged(const QString &id);

private:
    void refresh();
    void onFinished();

    fetch::ProbeCache *m_cache;
    fetch::AvailabilityProbe *m_probe = nullptr;
    QNetworkAccessManager *m_nam;
    QList<fetch::Source> m_sources;
    QList<std::pair<QString, fetch::PinCheck>> m_services;
    fetch::AvailabilityProbe::Options m_options;
    QString m_id;
    QString m_saveError;
    QList<fetch::ProbeTarget> m_targets;
    QLabel *m_icon;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QPushButton *m_button;
};

} // namespace pt::ui
