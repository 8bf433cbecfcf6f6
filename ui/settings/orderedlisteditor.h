#pragma once

#include "core/result.h"

#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QHBoxLayout;

namespace pt::ui {

// An ordered list of text entries (registry sources, gateways): add from a line edit, remove,
// move up/down, each entry validated on the way in with the message shown right below the
// input. Column 0 holds the value; pages may use further columns (a gateway's test result).
class OrderedListEditor : public QWidget
{
    Q_OBJECT
public:
    // Returns the value to store (normalised) or why it is refused.
    using Validator = std::function<Result<QString>(const QString &)>;

    OrderedListEditor(const QStringList &headers, Validator validator, QWidget *parent);

    QStringList values() const;
    void setValues(const QStringList &values);

    // Validates and appends the line edit's text; false (with the message shown) if refused.
    bool addFromInput();
    void removeSelected();
    void moveSelected(int delta);

    QTreeWidget *tree() const { return m_tree; }
    QLineEdit *input() const { return m_input; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *upButton() const { return m_up; }
    QPushButton *downButton() const { return m_down; }
    QString inputError() const;
    // Extra buttons (Reset, Test) go to the row of Remove/Up/Down.
    void addButtonToRow(QPushButton *button);

signals:
    void changed();

private:
    void updateButtons();

    Validator m_validator;
    QTreeWidget *m_tree = nullptr;
    QLineEdit *m_input = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QLabel *m_inputError = nullptr;
    QHBoxLayout *m_buttonRow = nullptr;
};

} // namespace pt::ui
