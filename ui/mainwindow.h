#pragma once

#include <QMainWindow>

class QTabWidget;

namespace pt::ui {

// The main window. For now: trace files open in tabs (summary + density plot); the registry
// browser (table, filters, detail pane, downloads) arrives with the desktop-app work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Opens a trace file (.json, .json.gz) or a ptd_pcg artifact (.bin) in a new tab.
    void openTrace(const QString &path);

private:
    void chooseTrace();
    QWidget *makeEmptyState();

    QTabWidget *m_tabs = nullptr;
};

} // namespace pt::ui
