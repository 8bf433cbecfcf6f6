// The registry table's cell delegate: cells drawn from its cache of laid-out lines must look
// like the style's own drawing (same place, same amount of ink, the selected text colour,
// elided inside the cell), cells it cannot draw exactly go to the style, and repeated text is
// not laid out again.
#include "ui/browser/textcelldelegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace pt::ui;
using namespace Qt::StringLiterals;

namespace {

// A colour clearly different from anything the style draws, to find the text's pixels.
const QColor kText(200, 0, 0);
const QColor kSelectedText(0, 160, 0);

struct Ink
{
    QRect box; // bounding box of the pixels of the text colour
    int pixels = 0;
};

// Pixels near `colour` (antialiased glyph edges are blended with the background, so a
// pixel counts when its channel that carries the colour dominates).
Ink inkOf(const QImage &image, const QColor &colour)
{
    Ink ink;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            const bool red = colour.red() > 0 && c.red() > 120 && c.green() < 100 && c.blue() < 100;
            const bool green =
                colour.green() > 0 && c.green() > 100 && c.red() < 100 && c.blue() < 100;
            if (red || green) {
                ink.box = ink.box.united(QRect(x, y, 1, 1));
                ++ink.pixels;
            }
        }
    }
    return ink;
}

class Cells
{
public:
    Cells()
    {
        m_model.setColumnCount(1);
        m_view.setModel(&m_model);
        m_view.setWordWrap(false); // as the browser's table (a wrapping cell goes to the style)
        QPalette p = m_view.palette();
        for (auto group : {QPalette::Active, QPalette::Inactive}) {
            p.setColor(group, QPalette::Text, kText);
            p.setColor(group, QPalette::HighlightedText, kSelectedText);
            p.setColor(group, QPalette::Highlight, Qt::white);
            p.setColor(group, QPalette::Base, Qt::white);
            p.setColor(group, QPalette::AlternateBase, Qt::white);
        }
        m_view.setPalette(p);
    }

    QModelIndex add(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
    {
        auto *item = new QStandardItem(text);
        item->setTextAlignment(align);
        m_model.appendRow(item);
        return m_model.index(m_model.rowCount() - 1, 0);
    }
    QStandardItem *item(const QModelIndex &index) { return m_model.itemFromIndex(index); }

    QStyleOptionViewItem option(const QSize &size, bool selected = false)
    {
        QStyleOptionViewItem o;
        o.initFrom(&m_view);
        o.widget = &m_view;
        o.rect = QRect(QPoint(0, 0), size);
        o.font = m_view.font();
        o.palette = m_view.palette();
        o.textElideMode = Qt::ElideRight;
        o.state = QStyle::State_Enabled | QStyle::State_Active;
        if (selected)
            o.state |= QStyle::State_Selected;
        return o;
    }

    QImage paint(const QStyledItemDelegate &delegate, const QModelIndex &index,
                 const QStyleOptionViewItem &option)
    {
        QImage image(option.rect.size(), QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        delegate.paint(&painter, option, index);
        return image;
    }

    QTableView m_view;
    QStandardItemModel m_model;
};

} // namespace

class TestTextCellDelegate : public QObject
{
    Q_OBJECT
private slots:
    void drawsLikeTheStyle_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("alignment");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("selected");
        const int left = int(Qt::AlignLeft | Qt::AlignVCenter);
        const int right = int(Qt::AlignRight | Qt::AlignVCenter);
        QTest::newRow("id") << u"coalescent_n5_theta2"_s << left << 240 << false;
        QTest::newRow("number right-aligned") << u"1,234"_s << right << 90 << false;
        QTest::newRow("selected") << u"Downloaded"_s << left << 140 << true;
        QTest::newRow("long description elided")
            << u"A structured coalescent with migration between five demes and a very long "
               "description that cannot fit"_s
            << left << 200 << false;
        QTest::newRow("markup is text") << u"<b>bold?</b> no"_s << left << 200 << false;
        QTest::newRow("non-latin") << u"Ωμέγα – 漢字 テスト"_s << left << 220 << false;
    }
    void drawsLikeTheStyle()
    {
        QFETCH(QString, text);
        QFETCH(int, alignment);
        QFETCH(int, width);
        QFETCH(bool, selected);
        Cells cells;
        const QModelIndex index = cells.add(text, Qt::Alignment(alignment));
        const QStyleOptionViewItem option = cells.option(QSize(width, 26), selected);
        QStyleOptionViewItem inited = option;
        TextCellDelegate fast;
        QStyledItemDelegate style;
        // initStyleOption is protected; the delegate's own check sees the same option the
        // view would hand it, filled from the model.
        inited.text = text;
        inited.displayAlignment = Qt::Alignment(alignment);
        QVERIFY(TextCellDelegate::drawsFromCache(inited));

        const QColor colour = selected ? kSelectedText : kText;
        const Ink want = inkOf(cells.paint(style, index, option), colour);
        const Ink got = inkOf(cells.paint(fast, index, option), colour);
        QVERIFY2(want.pixels > 20, "the style drew no text: the test would prove nothing");
        // Same place within a pixel, about the same amount of ink (subpixel positions of the
        // glyphs may differ by a fraction of a pixel).
        auto near = [](int a, int b) { return std::abs(a - b) <= 1; };
        QVERIFY2(near(got.box.left(), want.box.left()) && near(got.box.right(), want.box.right()) &&
                     near(got.box.top(), want.box.top()) &&
                     near(got.box.bottom(), want.box.bottom()),
                 qPrintable(u"ink at %1,%2 %3x%4, the style's at %5,%6 %7x%8"_s.arg(got.box.x())
                                .arg(got.box.y())
                                .arg(got.box.width())
                                .arg(got.box.height())
                                .arg(want.box.x())
                                .arg(want.box.y())
                                .arg(want.box.width())
                                .arg(want.box.height())));
        QVERIFY2(std::abs(got.pixels - want.pixels) <= want.pixels / 10,
                 qPrintable(u"%1 ink pixels, the style %2"_s.arg(got.pixels).arg(want.pixels)));
        // Inside the cell's text margin: elided, never clipped against the border.
        QVERIFY(got.box.right() < width - 1);
    }

    void whatGoesToTheStyle()
    {
        Cells cells;
        QStyleOptionViewItem o = cells.option(QSize(100, 26));
        o.text = u"plain"_s;
        o.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
        QVERIFY(TextCellDelegate::drawsFromCache(o));
        QStyleOptionViewItem icon = o;
        icon.features |= QStyleOptionViewItem::HasDecoration;
        QVERIFY(!TextCellDelegate::drawsFromCache(icon));
        QStyleOptionViewItem check = o;
        check.features |= QStyleOptionViewItem::HasCheckIndicator;
        QVERIFY(!TextCellDelegate::drawsFromCache(check));
        QStyleOptionViewItem lines = o;
        lines.text = u"two\nlines"_s;
        QVERIFY(!TextCellDelegate::drawsFromCache(lines));
        QStyleOptionViewItem rtl = o;
        rtl.direction = Qt::RightToLeft;
        QVERIFY(!TextCellDelegate::drawsFromCache(rtl));
        QStyleOptionViewItem top = o;
        top.displayAlignment = Qt::AlignLeft | Qt::AlignTop;
        QVERIFY(!TextCellDelegate::drawsFromCache(top));
        QStyleOptionViewItem wrap = o;
        wrap.features |= QStyleOptionViewItem::WrapText;
        QVERIFY(!TextCellDelegate::drawsFromCache(wrap));

        // Such a cell is still drawn, by the style: a check box cell shows its text.
        const QModelIndex index = cells.add(u"checked"_s);
        cells.item(index)->setCheckable(true);
        cells.item(index)->setCheckState(Qt::Checked);
        TextCellDelegate fast;
        QVERIFY(inkOf(cells.paint(fast, index, cells.option(QSize(160, 26))), kText).pixels > 20);
        QCOMPARE(fast.cachedLines(), 0);
    }

    void repeatedTextIsNotLaidOutAgain()
    {
        Cells cells;
        TextCellDelegate fast;
        const QModelIndex a = cells.add(u"coalescent"_s);
        const QModelIndex b = cells.add(u"coalescent"_s);
        const QModelIndex c = cells.add(u"epidemiology"_s);
        const QStyleOptionViewItem option = cells.option(QSize(120, 26));
        for (const QModelIndex &i : {a, b, c})
            cells.paint(fast, i, option);
        QCOMPARE(fast.cachedLines(), 2);
        QCOMPARE(fast.cacheHits(), 1);
        // Another width is another line (elided differently); the same again is a hit.
        cells.paint(fast, a, cells.option(QSize(60, 26)));
        cells.paint(fast, a, cells.option(QSize(60, 26)));
        QCOMPARE(fast.cachedLines(), 3);
        QCOMPARE(fast.cacheHits(), 2);
        // Another font: the lines laid out in the old one are dropped.
        QStyleOptionViewItem bigger = option;
        bigger.font.setPointSizeF(bigger.font.pointSizeF() * 2);
        cells.paint(fast, a, bigger);
        QCOMPARE(fast.cachedLines(), 1);
    }

    void theTableUsesIt()
    {
        // The browser's table draws through this delegate (ui/browser/browserview.cpp); a
        // whole table painted through it shows every row's text.
        Cells cells;
        cells.m_view.setItemDelegate(new TextCellDelegate(&cells.m_view));
        for (int i = 0; i < 20; ++i)
            cells.add(u"row %1"_s.arg(i));
        cells.m_view.resize(300, 400);
        const QImage shot = cells.m_view.grab().toImage();
        const Ink ink = inkOf(shot, kText);
        QVERIFY2(ink.pixels > 20 * 20, qPrintable(QString::number(ink.pixels)));
        auto *delegate = qobject_cast<TextCellDelegate *>(cells.m_view.itemDelegate());
        QVERIFY2(delegate->cachedLines() >= 10,
                 qPrintable(QString::number(delegate->cachedLines())));
    }
};

QTEST_MAIN(TestTextCellDelegate)
#include "tst_textcelldelegate.moc"
