#include "ui/daemon/daemonui.h"

#include "ui/shell/statusmessage.h"

#include "ui/daemon/daemonpanel.h"
#include "ui/daemon/trayicon.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace pt::ui {

DaemonUi installDaemonUi(QMainWindow *window, Settings *settings, DaemonController::Options options)
{
    DaemonUi ui;
    ui.controller = new DaemonController(std::move(options), window);
    DaemonController *c = ui.controller;

    ui.dock = new QDockWidget(DaemonPanel::tr("IPFS node"), window);
    ui.dock->setObjectName(u"daemonDock"_s);
    ui.panel = new DaemonPanel(c, ui.dock);
    ui.dock->setWidget(ui.panel);
    window->addDockWidget(Qt::RightDockWidgetArea, ui.dock);
    QAction *dockToggle = ui.dock->toggleViewAction();
    dockToggle->setText(DaemonPanel::tr("Show node &panel"));
    dockToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));

    // Before a Help menu when there is one, so Help stays last.
    ui.menu = new QMenu(DaemonPanel::tr("&Node"), window);
    ui.menu->setObjectName(u"nodeMenu"_s);
    ui.menu->addAction(c->startStopAction());
    ui.menu->addAction(c->serviceAction());
    ui.menu->addAction(c->webUiAction());
    ui.menu->addAction(c->refreshAction());
    ui.menu->addSeparator();
    ui.menu->addAction(dockToggle);
    QAction *before = nullptr;
    for (QAction *a : window->menuBar()->actions()) {
        if (a->menu() && a->text().remove(u'&').compare(u"Help"_s, Qt::CaseInsensitive) == 0)
            before = a;
    }
    window->menuBar()->insertMenu(before, ui.menu);
    QObject::connect(ui.menu, &QMenu::aboutToShow, c, &DaemonController::retranslate);

    ui.statusLabel = new QLabel(window);
    ui.statusLabel->setObjectName(u"daemonStatusLabel"_s);
    window->statusBar()->addPermanentWidget(ui.statusLabel);
    QLabel *label = ui.statusLabel;
    const auto update = [label, c] {
        label->setText(c->summaryText());
        label->setToolTip(c->problem() == DaemonController::Problem::None
                              ? c->message()
                              : c->explanation() + u"\n\n"_s + c->suggestion());
    };
    QObject::connect(c, &DaemonController::changed, label, update);
    update();
    QObject::connect(c, &DaemonController::failed, window, [window](const QString &message) {
        showStatusMessage(window->statusBar(), message.section(u'\n', 0, 0), 15000);
    });

    ui.tray = new TrayIcon(c, window, settings, window);
    QObject::connect(ui.tray, &TrayIcon::notice, window, [window](const QString &text) {
        showStatusMessage(window->statusBar(), text, 20000);
    });
    return ui;
}

} // namespace pt::ui
