#pragma once

#include <QCache>
#include <QFont>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace pt::ui {

// The registry table's cells. The style's own item drawing lays the text out twice per cell
// and paint (once to measure, once to draw); at 100k rows a search that changes the rows
// repaints the whole table, and that text layout was most of a keystroke's GUI time. This
// delegate lets the style draw everything but the text (background, alternating rows,
// selection, focus frame), then draws the text from a cache of laid-out, elided lines keyed by
// text and width: most columns repeat their values (model type, counts, sizes, status), so
// most cells are drawn without shaping. Cells the cache cannot render exactly as the style
// would (icons, check boxes, several lines, right-to-left layout, editing) go to the style.
class TextCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // Whether `option` (after initStyleOption) is drawn from the cache rather than by the
    // style; the tests use it to check both paths.
    static bool drawsFromCache(const QStyleOptionViewItem &option);
    // How many laid-out lines the cache holds, and how many lookups found one (for tests).
    int cachedLines() const { return int(m_cache.size()); }
    qint64 cacheHits() const { return m_hits; }

private:
    struct Key
    {
        QString text;
        int width = 0;
        int elide = 0;
        friend bool operator==(const Key &a, const Key &b)
        {
            return a.width == b.width && a.elide == b.elide && a.text == b.text;
        }
        friend size_t qHash(const Key &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.text, k.width, k.elide);
        }
    };
    const QStaticText &line(const QStyleOptionViewItem &option, int width) const;

    // A screenful of cells is a few hundred lines; the cache holds several screens' worth so
    // scrolling back and typing over the same rows stay cheap.
    static constexpr int kCachedLines = 4096;
    mutable QCache<Key, QStaticText> m_cache{kCachedLines};
    mutable QFont m_font; // the cache's lines are laid out in this font
    mutable qint64 m_hits = 0;
};

} // namespace pt::ui
