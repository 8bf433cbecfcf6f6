#include "ui/shell/windowfront.h"

#include <QWidget>

namespace pt::ui {

void bringToFront(QWidget *window)
{
    if (!window)
        return;
    // Not showNormal(): that would also undo maximized and full screen.
    if (window->isMinimized())
        window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
    window->show();
    window->raise();
    window->activateWindow();
}

} // namespace pt::ui
