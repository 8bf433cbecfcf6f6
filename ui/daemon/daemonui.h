#pragma once

#include "ui/daemon/daemoncontroller.h"

class QDockWidget;
class QLabel;
class QMainWindow;
class QMenu;

namespace pt {
class Settings;
}

namespace pt::ui {

class DaemonPanel;
class TrayIcon;

// Everything the IPFS node adds to a main window, created by installDaemonUi().
struct DaemonUi
{
    DaemonController *controller = nullptr; // owned by the window
    DaemonPanel *panel = nullptr;
    QDockWidget *dock = nullptr;   // "IPFS node" dock (objectName daemonDock, for saveState)
    QMenu *menu = nullptr;         // "&Node": Start/Stop, login service, Web UI, Refresh, dock
    QLabel *statusLabel = nullptr; // permanent status-bar label: state, peers, rates
    TrayIcon *tray = nullptr;      // call tray->activate() once the window is set up
};

// Wires the node UI into `window` in one call: a controller with `options`, the status panel
// in a dock, a Node menu with the shared actions, a status-bar summary, failures shown in the
// status bar, and the tray icon (not yet shown: call ui.tray->activate()). `settings` (may be
// null) remembers that the user was told once that closing hides to the tray.
DaemonUi installDaemonUi(QMainWindow *window, Settings *settings,
                         DaemonController::Options options);

} // namespace pt::ui
