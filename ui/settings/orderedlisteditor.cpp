#include "ui/settings/orderedlisteditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace pt::ui {

OrderedListEditor::OrderedListEditor(const QStringList &headers, Validator validator,
                                     QWidget *parent)
    : QWidget(parent), m_validator(std::move(validator))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("list"));
    m_tree->setRootIsDecorated(false);
    m_tree->setColumnCount(int(headers.size()));
    m_tree->setHeaderLabels(headers);
    m_tree->setHeaderHidden(headers.size() < 2);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->setColumnWidth(0, 320);
    layout->addWidget(m_tree, 1);

    m_buttonRow = new QHBoxLayout;
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("remove"));
    m_up = new QPushButton(tr("Move &Up"), this);
    m_up->setObjectName(QStringLiteral("up"));
    m_down = new QPushButton(tr("Move Do&wn"), this);
    m_down->setObjectName(QStringLiteral("down"));
    m_remove->setAccessibleName(tr("Remove the selected entry"));
    m_up->setAccessibleName(tr("Move the selected entry up"));
    m_down->setAccessibleName(tr("Move the selected entry down"));
    m_buttonRow->addWidget(m_remove);
    m_buttonRow->addWidget(m_up);
    m_buttonRow->addWidget(m_down);
    m_buttonRow->addStretch();
    layout->addLayout(m_buttonRow);

    auto *addRow = new QHBoxLayout;
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("input"));
    m_input->setClearButtonEnabled(true);
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(QStringLiteral("add"));
    m_add->setAccessibleName(tr("Add the entry typed in the field"));
    addRow->addWidget(m_input, 1);
    addRow->addWidget(m_add);
    layout->addLayout(addRow);

    m_inputError = new QLabel(this);
    m_inputError->setObjectName(QStringLiteral("inputError"));
    m_inputError->setWordWrap(true);
    m_inputError->setTextFormat(Qt::PlainText);
    m_inputError->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    m_inputError->hide();
    layout->addWidget(m_inputError);

    connect(m_add, &QPushButton::clicked, this, &OrderedListEditor::addFromInput);
    connect(m_input, &QLineEdit::returnPressed, this, &OrderedListEditor::addFromInput);
    connect(m_input, &QLineEdit::textChanged, this, [this] {
        m_inputError->clear();
        m_inputError->hide();
        updateButtons();
    });
    connect(m_remove, &QPushButton::clicked, this, &OrderedListEditor::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { moveSelected(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveSelected(+1); });
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &OrderedListEditor::updateButtons);
    // Delete removes, as in every list editor.
    auto *del = new QShortcut(QKeySequence::Delete, m_tree, this,
                              &OrderedListEditor::removeSelected, Qt::WidgetShortcut);
    Q_UNUSED(del)
    updateButtons();
}

QStringList OrderedListEditor::values() const
{
    QStringList out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        out << m_tree->topLevelItem(i)->text(0);
    return out;
}

void OrderedListEditor::setValues(const QStringList &values)
{
    m_tree->clear();
    for (const QString &v : values) {
        auto *item = new QTreeWidgetItem(m_tree, QStringList{v});
        item->setToolTip(0, v);
    }
    updateButtons();
}

QString OrderedListEditor::inputError() const
{
    return m_inputError->text();
}

bool OrderedListEditor::addFromInput()
{
    const QString text = m_input->text().trimmed();
    if (text.isEmpty())
        return false;
    const Result<QString> value = m_validator(text);
    if (!value) {
        m_inputError->setText(value.error().message);
        m_inputError->show();
        return false;
    }
    if (values().contains(*value)) {
        m_inputError->setText(tr("%1 is already in the list.").arg(*value));
        m_inputError->show();
        return false;
    }
    auto *item = new QTreeWidgetItem(m_tree, QStringList{*value});
    item->setToolTip(0, *value);
    m_tree->setCurrentItem(item);
    m_input->clear();
    updateButtons();
    emit changed();
    return true;
}

void OrderedListEditor::removeSelected()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    delete item;
    updateButtons();
    emit changed();
}

void OrderedListEditor::moveSelected(int delta)
{
    QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return;
    const int from = m_tree->indexOfTopLevelItem(item);
    const int to = from + delta;
    if (to < 0 || to >= m_tree->topLevelItemCount())
        return;
    m_tree->takeTopLevelItem(from);
    m_tree->insertTopLevelItem(to, item);
    m_tree->setCurrentItem(item);
    updateButtons();
    emit changed();
}

void OrderedListEditor::addButtonToRow(QPushButton *button)
{
    m_buttonRow->insertWidget(m_buttonRow->count() - 1, button);
}

void OrderedListEditor::updateButtons()
{
    QTreeWidgetItem *item = m_tree->currentItem();
    const int row = item ? m_tree->indexOfTopLevelItem(item) : -1;
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_tree->topLevelItemCount());
    m_add->setEnabled(!m_input->text().trimmed().isEmpty());
}

} // namespace pt::ui
