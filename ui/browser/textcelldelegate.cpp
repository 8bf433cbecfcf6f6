#include "ui/browser/textcelldelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>

namespace pt::ui {

bool TextCellDelegate::drawsFromCache(const QStyleOptionViewItem &option)
{
    using F = QStyleOptionViewItem;
    if (option.features & (F::HasDecoration | F::HasCheckIndicator | F::WrapText))
        return false;
    if (option.direction != Qt::LeftToRight || (option.state & QStyle::State_Editing))
        return false;
    // Only a plain horizontal placement of one line, centred vertically, as the table uses.
    const Qt::Alignment h = option.displayAlignment & Qt::AlignHorizontal_Mask;
    const Qt::Alignment v = option.displayAlignment & Qt::AlignVertical_Mask;
    if ((h & Qt::AlignJustify) || (v && v != Qt::AlignVCenter))
        return false;
    return !option.text.contains(QLatin1Char('\n')) && !option.text.contains(QChar::LineSeparator);
}

const QStaticText &TextCellDelegate::line(const QStyleOptionViewItem &option, int width) const
{
    if (option.font != m_font) {
        m_cache.clear();
        m_font = option.font;
    }
    Key key{option.text, width, int(option.textElideMode)};
    if (const QStaticText *hit = m_cache.object(key)) {
        ++m_hits;
        return *hit;
    }
    const QString shown =
        option.textElideMode == Qt::ElideNone
            ? option.text
            : QFontMetrics(option.font).elidedText(option.text, option.textElideMode, width);
    auto *text = new QStaticText(shown);
    text->setTextFormat(Qt::PlainText); // a description is never markup
    text->prepare(QTransform(), option.font);
    const QStaticText &stored = *text;
    m_cache.insert(std::move(key), text);
    return stored;
}

void TextCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!drawsFromCache(opt)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The style draws the cell without its text: panel, alternating colour, selection, focus.
    const QString text = std::move(opt.text);
    opt.text.clear();
    opt.features &= ~QStyleOptionViewItem::HasDisplay;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (text.isEmpty())
        return;

    // The text where QCommonStyle puts it: inside the focus frame's margin, in the colour
    // group the state asks for.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = opt.rect.adjusted(margin, 0, -margin, 0);
    if (area.width() <= 0)
        return;
    opt.text = text;
    const QStaticText &shown = line(opt, area.width());
    const QSizeF size = shown.size();
    QPalette::ColorGroup group =
        (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const Qt::Alignment h = opt.displayAlignment & Qt::AlignHorizontal_Mask;
    qreal x = area.left();
    if (h & Qt::AlignRight)
        x = area.left() + area.width() - size.width();
    else if (h & Qt::AlignHCenter)
        x = area.left() + (area.width() - size.width()) / 2;
    const qreal y = area.top() + int((area.height() - size.height()) / 2);

    painter->save();
    painter->setPen(opt.palette.color(
        group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(opt.font);
    if (opt.textElideMode == Qt::ElideNone)
        painter->setClipRect(area, Qt::IntersectClip);
    painter->drawStaticText(QPointF(x, y), shown);
    painter->restore();
}

} // namespace pt::ui
