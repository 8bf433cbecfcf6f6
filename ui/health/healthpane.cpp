#include "ui/health/healthpane.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pt::ui {

HealthPane::HealthPane(fetch::ProbeCache *cache, QNetworkAccessManager *nam, QWidget *parent)
    : QWidget(parent), m_cache(cache), m_nam(nam)
{
    m_icon = new QLabel(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("Availability"));
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Availability check progress"));
    m_button = new QPushButton(tr("&Check availability"), this);
    m_button->setObjectName(QStringLiteral("checkAvailability"));
    m_button->setAccessibleName(tr("Check availability"));
    m_button->setToolTip(tr("Ask every gateway, the local IPFS node and the pinning services "
                            "whether they can serve this entry's content now"));
    m_button->setEnabled(false);

    auto *row = new QHBoxLayout;
    row->addWidget(m_icon);
    row->addWidget(m_summary, 1);
    row->addWidget(m_button);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_progress);

    m_probe = new fetch::AvailabilityProbe(m_nam, this);
    connect(m_button, &QPushButton::clicked, this, [this] {
        if (isChecking())
            cancel();
        else
            check();
    });
    connect(m_probe, &fetch::AvailabilityProbe::progress, this, [this](int done, int total) {
        m_progress->setMaximum(qMax(1, total));
        m_progress->setValue(done);
    });
    connect(m_probe, &fetch::AvailabilityProbe::finished, this, &HealthPane::onFinished);
    refresh();
}

void HealthPane::setSources(const QList<fetch::Source> &sources)
{
    m_sources = sources;
}

void HealthPane::addPinningService(const QString &name, fetch::PinCheck check)
{
    m_services.append({name, std::move(check)});
}

void HealthPane::setProbeOptions(const fetch::AvailabilityProbe::Options &options)
{
    m_options = options;
}

void HealthPane::setEntry(const QString &id, const QList<fetch::ProbeTarget> &targets)
{
    cancel();
    m_id = id;
    m_targets = targets;
    refresh();
}

QString HealthPane::summaryText() const
{
    return m_summary->text();
}

bool HealthPane::isChecking() const
{
    return m_probe->isRunning();
}

void HealthPane::check()
{
    if (m_targets.isEmpty() || isChecking())
        return;
    // A fresh probe object per run: the lanes (sources) are fixed at configuration time.
    m_probe->deleteLater();
    m_probe = new fetch::AvailabilityProbe(m_nam, this);
    connect(m_probe, &fetch::AvailabilityProbe::progress, this, [this](int done, int total) {
        m_progress->setMaximum(qMax(1, total));
        m_progress->setValue(done);
    });
    connect(m_probe, &fetch::AvailabilityProbe::finished, this, &HealthPane::onFinished);
    m_probe->setOptions(m_options);
    m_probe->setSources(m_sources);
    for (const auto &[name, check] : std::as_const(m_services))
        m_probe->addPinningService(name, check);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_button->setText(tr("&Cancel check"));
    m_button->setAccessibleName(tr("Cancel availability check"));
    m_probe->start(m_targets);
}

void HealthPane::cancel()
{
    if (isChecking())
        m_probe->cancel();
}

void HealthPane::onFinished()
{
    m_progress->setVisible(false);
    m_button->setText(tr("&Check availability"));
    m_button->setObjectName(QStringLiteral("checkAvailability"));
    m_button->setAccessibleName(tr("Check availability"));
    if (!m_probe->wasCancelled()) {
        m_cache->merge(m_probe->results());
        // Not fatal (the result is shown now), but said: the next start would show old badges.
        const Result<void> saved = m_cache->save();
        m_saveError = saved ? QString() : saved.error().message;
        emit availabilityChanged(m_id);
    }
    refresh();
}

void HealthPane::refresh()
{
    const AvailabilitySummary s =
        summarize(m_id.isEmpty() ? QList<fetch::ProbeResult>() : m_cache->forEntry(m_id));
    QString text = m_id.isEmpty() ? QString() : availabilityText(s);
    if (!m_id.isEmpty() && m_targets.isEmpty())
        text = tr("no IPFS content to check (the files are plain URLs or repository paths)");
    if (!m_saveError.isEmpty())
        text += u'\n' + tr("(not kept for the next start: %1)").arg(m_saveError);
    m_summary->setText(text);
    m_icon->setPixmap(availabilityIcon(s.level).pixmap(16, 16));
    m_icon->setToolTip(availabilityData(s, Qt::ToolTipRole).toString());
    m_button->setEnabled(!m_targets.isEmpty() || isChecking());
}

} // namespace pt::ui
