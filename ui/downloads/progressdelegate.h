#pragma once

#include <QStyledItemDelegate>

namespace pt::ui {

// Draws one download row of a DownloadsModel: the title and phase, a real style progress bar
// (QStyleOptionProgressBar through the widget's style, so it looks native and follows the
// theme), then the status line (bytes done/total, rate, ETA only when steady, source) or, for
// a failed download, the error and the suggested next step.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The bar as it will be drawn for `index` inside `rect` (the tests check its values).
    static void initProgressBar(QStyleOptionProgressBar *bar, const QModelIndex &index,
                                const QStyleOptionViewItem &option, const QRect &rect);

private:
    static constexpr int kMargin = 6;
    static constexpr int kSpacing = 3;
};

} // namespace pt::ui
