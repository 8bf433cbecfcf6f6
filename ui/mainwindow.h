#pragma once

#include <QMainWindow>

namespace pt::ui {

// The main window. For now a frame with the menu structure; the browser (registry table,
// filters, detail pane, downloads) arrives with the desktop-app work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace pt::ui
