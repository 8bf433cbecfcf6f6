#include "ui/shell/statusmessage.h"

#include <QDeadlineTimer>
#include <QEvent>
#include <QFontMetrics>
#include <QStatusBar>

#include <algorithm>

namespace pt::ui {

namespace {

const char *const kNormal = "ptNormalStatusWidget";
// QStatusBar draws its message 6 px in from the left; keep as much before a permanent widget.
constexpr int kMargin = 12;

// Keeps the full text of the message shown, and elides it again whenever the room changes
// (the window resized, a permanent widget shown or hidden: the downloads progress appears
// after a "download failed" message, for one).
class StatusElider : public QObject
{
public:
    explicit StatusElider(QStatusBar *bar) : QObject(bar), m_bar(bar)
    {
        setObjectName(QStringLiteral("ptStatusElider"));
        bar->installEventFilter(this);
        // The tooltip belongs to the message: gone when the message goes (timeout, next one).
        connect(bar, &QStatusBar::messageChanged, this, [this](const QString &message) {
            if (message != m_shown) {
                m_full.clear();
                m_shown.clear();
                m_bar->setToolTip(QString());
            }
        });
    }

    void show(const QString &text, int timeoutMs)
    {
        m_full = text;
        m_deadline = timeoutMs > 0 ? QDeadlineTimer(timeoutMs) : QDeadlineTimer::Forever;
        refresh(true);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_bar && !m_full.isEmpty() &&
            (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Resize))
            refresh(false);
        return false;
    }

private:
    QString elided() const
    {
        const QString line = m_full.section(QLatin1Char('\n'), 0, 0);
        if (!m_bar->isVisible())
            return line;
        int room = m_bar->width() - kMargin;
        const QList<QWidget *> children =
            m_bar->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
        for (const QWidget *w : children) {
            if (w->isVisible() && !w->property(kNormal).toBool() && w->x() > kMargin)
                room = std::min(room, w->x() - kMargin);
        }
        return QFontMetrics(m_bar->font()).elidedText(line, Qt::ElideRight, std::max(room, 40));
    }

    void refresh(bool force)
    {
        const QString text = elided();
        if (!force && text == m_shown)
            return;
        if (!force && m_deadline.hasExpired())
            return;
        m_shown = text;
        m_bar->setToolTip(text == m_full ? QString() : m_full);
        const qint64 left =
            m_deadline.isForever() ? 0 : std::max<qint64>(1, m_deadline.remainingTime());
        m_bar->showMessage(text, int(left));
    }

    QStatusBar *m_bar;
    QString m_full;
    QString m_shown;
    QDeadlineTimer m_deadline;
};

} // namespace

void markNormalStatusWidget(QWidget *widget)
{
    widget->setProperty(kNormal, true);
}

void showStatusMessage(QStatusBar *bar, const QString &text, int timeoutMs)
{
    // StatusElider has no meta-object of its own: found by its (unique) name.
    auto *elider = static_cast<StatusElider *>(
        bar->findChild<QObject *>(QStringLiteral("ptStatusElider"), Qt::FindDirectChildrenOnly));
    if (!elider)
        elider = new StatusElider(bar);
    elider->show(text, timeoutMs);
}

} // namespace pt::ui
