#pragma once

#include <QLayout>
#include <QList>

namespace pt::ui {

// Lays its items out left to right and wraps to a new row when the width runs out (a row of
// action buttons that must never be clipped in a narrow pane). Height follows the width
// (heightForWidth), so the parent layout gives it the rows it needs.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int arrange(const QRect &rect, bool apply) const; // the height used
    int gap() const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace pt::ui
