#include "ui/downloads/downloadsstatuswidget.h"

#include "core/fetch/downloadmanager.h"
#include "ui/downloads/downloadsmodel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QProgressBar>

namespace pt::ui {

DownloadsStatusWidget::DownloadsStatusWidget(fetch::DownloadManager *manager, QWidget *parent)
    : QWidget(parent), m_manager(manager)
{
    setAccessibleName(tr("Download progress"));
    setFocusPolicy(Qt::TabFocus);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Show the downloads"));

    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(140);
    m_bar->setMaximumHeight(fontMetrics().height());
    m_bar->setAccessibleName(tr("Total download progress"));
    m_label = new QLabel(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_label);

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(50);
    connect(&m_coalesce, &QTimer::timeout, this, &DownloadsStatusWidget::refresh);
    auto later = [this] {
        if (!m_coalesce.isActive())
            m_coalesce.start();
    };
    connect(manager, &fetch::DownloadManager::added, this, later);
    connect(manager, &fetch::DownloadManager::changed, this, later);
    connect(manager, &fetch::DownloadManager::removed, this, later);
    connect(manager, &fetch::DownloadManager::finished, this, later);
    connect(manager, &fetch::DownloadManager::activeChanged, this, [this](bool active) {
        setVisible(active);
        refresh();
    });
    setVisible(manager->activeCount() > 0);
    refresh();
}

QString DownloadsStatusWidget::text() const
{
    return m_label->text();
}

void DownloadsStatusWidget::refresh()
{
    if (!m_manager)
        return;
    const fetch::FetchProgress p = m_manager->totalProgress();
    const int active = m_manager->activeCount();
    if (p.totalBytes > 0) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(std::clamp<qint64>(p.doneBytes * 1000 / p.totalBytes, 0, 1000)));
    } else if (active > 0) {
        m_bar->setRange(0, 0); // busy: sizes not known yet
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(0);
    }
    QStringList parts{tr("%n download(s)", nullptr, active)};
    if (p.bytesPerSecond > 0)
        parts.append(DownloadsModel::formatRate(p.bytesPerSecond));
    if (p.etaSeconds >= 0)
        parts.append(DownloadsModel::formatEta(p.etaSeconds));
    const QString text = parts.join(QStringLiteral(" · "));
    m_label->setText(text);
    setAccessibleDescription(text);
}

void DownloadsStatusWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QWidget::mouseReleaseEvent(event);
}

void DownloadsStatusWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space) {
        emit clicked();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace pt::ui
