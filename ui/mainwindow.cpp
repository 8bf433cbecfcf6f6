#include "ui/mainwindow.h"

#include "ui/inspector/traceinspector.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace pt::ui {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Phasic Traces"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/phasic-traces.svg")));
    resize(1100, 700);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Trace…"), this, &MainWindow::chooseTrace);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    m_tabs = new QTabWidget(this);
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Open traces"));
    m_tabs->addTab(makeEmptyState(), tr("Start"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the start page stays
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index == 0)
            return;
        QWidget *w = m_tabs->widget(index);
        m_tabs->removeTab(index);
        w->deleteLater();
    });
    setCentralWidget(m_tabs);
    statusBar()->showMessage(tr("Ready"));
}

QWidget *MainWindow::makeEmptyState()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    auto *title = new QLabel(tr("<h2>Phasic Traces %1</h2>").arg(QStringLiteral(PT_VERSION_STRING)), page);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Open a trace file (trace.json.gz) or a compute artifact (.bin) to see "
                               "its structure and the distribution it encodes.\nThe registry browser "
                               "is available from the command line for now: phasic-traces-cli list."),
                            page);
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    auto *button = new QPushButton(tr("Open Trace…"), page);
    button->setAccessibleName(tr("Open trace file"));
    connect(button, &QPushButton::clicked, this, &MainWindow::chooseTrace);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

void MainWindow::chooseTrace()
{
    // Window-modal and asynchronous: no nested event loop, and tests can answer it.
    auto *dialog = new QFileDialog(this, tr("Open trace"), QString(),
                                   tr("Traces (*.json.gz *.json *.bin);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, &MainWindow::openTrace);
    dialog->open();
}

void MainWindow::openTrace(const QString &path)
{
    auto *inspector = new TraceInspector(path, m_tabs);
    const int index = m_tabs->addTab(inspector, QFileInfo(path).fileName());
    m_tabs->setTabToolTip(index, QFileInfo(path).absoluteFilePath());
    m_tabs->setCurrentIndex(index);
}

} // namespace pt::ui
