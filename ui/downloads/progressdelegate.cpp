#include "ui/downloads/progressdelegate.h"

#include "ui/downloads/downloadsmodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionProgressBar>

namespace pt::ui {

using fetch::DownloadInfo;

namespace {

bool hasProblem(const QModelIndex &index)
{
    const auto state = DownloadInfo::State(index.data(DownloadsModel::StateRole).toInt());
    return state == DownloadInfo::State::Failed || state == DownloadInfo::State::Cancelled;
}

// Red that stays readable on light and dark bases; the highlighted text colour when selected.
QColor errorColor(const QStyleOptionViewItem &option)
{
    if (option.state & QStyle::State_Selected)
        return option.palette.color(QPalette::HighlightedText);
    const bool dark = option.palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x80, 0x80) : QColor(0xb0, 0x20, 0x20);
}

} // namespace

void ProgressDelegate::initProgressBar(QStyleOptionProgressBar *bar, const QModelIndex &index,
                                       const QStyleOptionViewItem &option, const QRect &rect)
{
    if (option.widget)
        bar->initFrom(option.widget);
    bar->state = option.state & QStyle::State_Enabled ? QStyle::State_Enabled : QStyle::State_None;
    bar->state |= QStyle::State_Horizontal;
    bar->rect = rect;
    bar->direction = option.direction;
    bar->fontMetrics = option.fontMetrics;
    bar->palette = option.palette;
    const auto state = DownloadInfo::State(index.data(DownloadsModel::StateRole).toInt());
    const int percent = index.data(DownloadsModel::PercentRole).toInt();
    bar->minimum = 0;
    bar->maximum = 1000;
    bar->textVisible = true;
    bar->textAlignment = Qt::AlignCenter;
    if (state == DownloadInfo::State::Done) {
        bar->progress = 1000;
        bar->text = tr("100 %");
    } else if (percent >= 0) {
        const qint64 done = index.data(DownloadsModel::DoneBytesRole).toLongLong();
        const qint64 total = index.data(DownloadsModel::TotalBytesRole).toLongLong();
        bar->progress = int(std::clamp<qint64>(done * 1000 / std::max<qint64>(1, total), 0, 1000));
        bar->text = tr("%1 %").arg(percent);
    } else if (state == DownloadInfo::State::Running) {
        // Size not known yet: the style's busy indicator.
        bar->maximum = 0;
        bar->progress = 0;
        bar->text.clear();
    } else {
        bar->progress = 0;
        bar->text.clear();
    }
}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();

    // Background, selection and focus as the style draws them for any item.
    opt.text.clear();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    const QRect r = opt.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QFontMetrics fm = opt.fontMetrics;
    const int line = fm.height();
    const QPalette::ColorRole textRole =
        opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text;
    painter->setPen(opt.palette.color(textRole));

    // Line 1: the title (bold) and, on the right, the phase.
    const auto phase = fetch::FetchPhase(index.data(DownloadsModel::PhaseRole).toInt());
    const QString phaseText = DownloadsModel::phaseName(phase);
    const int phaseWidth = fm.horizontalAdvance(phaseText);
    QFont bold = opt.font;
    bold.setBold(true);
    painter->setFont(bold);
    const QRect titleRect(r.left(), r.top(), r.width() - phaseWidth - kMargin, line);
    const QString title = QFontMetrics(bold).elidedText(index.data(Qt::DisplayRole).toString(),
                                                        Qt::ElideMiddle, titleRect.width());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title);
    painter->setFont(opt.font);
    painter->drawText(QRect(r.right() - phaseWidth, r.top(), phaseWidth + 1, line),
                      Qt::AlignRight | Qt::AlignVCenter, phaseText);

    // Line 2: the bar.
    int y = r.top() + line + kSpacing;
    QStyleOptionProgressBar bar;
    initProgressBar(&bar, index, opt, QRect(r.left(), y, r.width(), line + 2));
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    y += line + 2 + kSpacing;

    // Line 3: the status (or the error); line 4: the suggestion after an error.
    const bool problem = hasProblem(index);
    if (problem && DownloadInfo::State(index.data(DownloadsModel::StateRole).toInt()) ==
                       DownloadInfo::State::Failed)
        painter->setPen(errorColor(opt));
    const QString status = fm.elidedText(index.data(DownloadsModel::StatusTextRole).toString(),
                                         Qt::ElideRight, r.width());
    painter->drawText(QRect(r.left(), y, r.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                      status);
    if (problem) {
        y += line + kSpacing;
        painter->setPen(opt.palette.color(textRole));
        QFont italic = opt.font;
        italic.setItalic(true);
        painter->setFont(italic);
        const QString hint = QFontMetrics(italic).elidedText(
            index.data(DownloadsModel::SuggestionRole).toString(), Qt::ElideRight, r.width());
        painter->drawText(QRect(r.left(), y, r.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          hint);
    }
    painter->restore();
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int line = option.fontMetrics.height();
    int h = 2 * kMargin + line + kSpacing + line + 2 + kSpacing + line;
    if (hasProblem(index))
        h += kSpacing + line;
    return {option.fontMetrics.horizontalAdvance(QLatin1Char('M')) * 30, h};
}

} // namespace pt::ui
