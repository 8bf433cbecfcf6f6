#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace pt::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Phasic Traces"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/phasic-traces.svg")));
    resize(1100, 700);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    auto *placeholder =
        new QLabel(tr("Phasic Traces %1").arg(QStringLiteral(PT_VERSION_STRING)), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    statusBar()->showMessage(tr("Ready"));
}

} // namespace pt::ui
