#pragma once

class QWidget;

namespace pt::ui {

// Brings a top-level window back to the user as they left it: out of the taskbar when
// minimized (still maximized or full screen if it was), shown when hidden, raised, and given
// the focus as far as the window manager allows. For the tray's Show, a second launch's
// forwarded arguments and a clicked notification alike.
void bringToFront(QWidget *window);

} // namespace pt::ui
