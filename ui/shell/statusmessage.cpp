#include "ui/shell/statusmessage.h"

#include <QFontMetrics>
#include <QStatusBar>

#include <algorithm>

namespace pt::ui {

namespace {
const char *const kNormal = "ptNormalStatusWidget";
const char *const kHooked = "ptStatusTooltipHooked";
// QStatusBar draws its message 6 px in from the left; keep as much before a permanent widget.
constexpr int kMargin = 12;
} // namespace

void markNormalStatusWidget(QWidget *widget)
{
    widget->setProperty(kNormal, true);
}

void showStatusMessage(QStatusBar *bar, const QString &text, int timeoutMs)
{
    if (!bar->property(kHooked).toBool()) {
        bar->setProperty(kHooked, true);
        // The tooltip belongs to the message: gone when the message goes (timeout, next one).
        QObject::connect(bar, &QStatusBar::messageChanged, bar, [bar](const QString &message) {
            if (message.isEmpty())
                bar->setToolTip(QString());
        });
    }
    QString shown = text.section(QLatin1Char('\n'), 0, 0);
    if (bar->isVisible()) {
        int room = bar->width() - kMargin;
        const QList<QWidget *> children =
            bar->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
        for (const QWidget *w : children) {
            if (w->isVisible() && !w->property(kNormal).toBool() && w->x() > kMargin)
                room = std::min(room, w->x() - kMargin);
        }
        shown = QFontMetrics(bar->font()).elidedText(shown, Qt::ElideRight, std::max(room, 40));
    }
    bar->setToolTip(shown == text ? QString() : text);
    bar->showMessage(shown, timeoutMs);
}

} // namespace pt::ui
