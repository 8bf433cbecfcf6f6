#include "ui/mainwindow.h"

#include "core/fetch/probe.h"
#include "core/paths.h"
#include "ui/appcontext.h"
#include "ui/browser/browserview.h"
#include "ui/browser/detailpane.h"
#include "ui/daemon/daemoncontroller.h"
#include "ui/daemon/daemonpanel.h"
#include "ui/daemon/trayicon.h"
#include "ui/downloads/downloadspanel.h"
#include "ui/downloads/downloadsstatuswidget.h"
#include "ui/inspector/traceinspector.h"
#include "ui/publish/publishwizard.h"
#include "ui/settings/settingsdialog.h"
#include "ui/shell/desktopnotifier.h"
#include "ui/shell/openrequest.h"
#include "ui/shell/statusmessage.h"
#include "ui/shell/windowfront.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMetaMethod>
#include <QPushButton>
#include <QShortcut>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace pt::ui {

using Freshness = registry::RegistryStatus::Freshness;

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent), m_context(context)
{
    setWindowTitle(tr("Phasic Traces"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/phasic-traces.svg")));
    resize(1280, 760);

    m_browser = new BrowserView(context, this);

    // Actions.
    m_refresh = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")),
                            tr("&Refresh Registry"), this);
    m_refresh->setShortcut(QKeySequence::Refresh); // F5
    m_refresh->setToolTip(tr("Get the current registry from its source (F5)"));
    connect(m_refresh, &QAction::triggered, m_context, &AppContext::refresh);
    auto *open =
        new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Trace…"), this);
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::chooseTrace);
    auto *find = new QAction(tr("&Find"), this);
    find->setShortcut(QKeySequence::Find); // Ctrl+F
    connect(find, &QAction::triggered, this, [this] {
        m_tabs->setCurrentIndex(0);
        m_browser->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_browser->searchField()->selectAll();
    });
    addAction(find);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(open);
    file->addAction(m_refresh);
    m_publish = file->addAction(QIcon::fromTheme(QStringLiteral("document-send")),
                                tr("&Publish Trace…"), this, &MainWindow::openPublishWizard);
    m_publish->setObjectName(QStringLiteral("publishAction"));
    m_publish->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    file->addSeparator();
    QAction *settingsAction =
        file->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Settings…"),
                        this, &MainWindow::openSettings);
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(find);

    // Downloads: a dock under the browser (qBittorrent's transfer list), shown when one starts.
    m_downloadsPanel = new DownloadsPanel(m_context->downloads(), this);
    m_downloadsDock = new QDockWidget(tr("Downloads"), this);
    m_downloadsDock->setObjectName(QStringLiteral("downloadsDock"));
    m_downloadsDock->setWidget(m_downloadsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_downloadsDock);
    m_downloadsDock->hide();
    // QMainWindow first gives a docked panel only its size hint (a row and a half of
    // downloads at 1280x800); the first time it opens in a session it gets a third of the
    // window, unless it is already taller (a restored layout, the user's own size).
    connect(m_downloadsDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (!visible || m_downloadsDockSized || m_downloadsDock->isFloating())
            return;
        m_downloadsDockSized = true;
        QTimer::singleShot(0, this, [this] {
            const int wanted = std::clamp(height() / 3, 160, 320);
            if (m_downloadsDock->isVisible() && m_downloadsDock->height() < wanted)
                resizeDocks({m_downloadsDock}, {wanted}, Qt::Vertical);
        });
    });
    connect(m_downloadsPanel, &DownloadsPanel::openRequested, this, [this](const QString &id) {
        m_tabs->setCurrentIndex(0);
        m_browser->selectEntry(id);
        if (const registry::Entry *e = m_context->index().registry().find(id))
            openTrace(m_context->primaryFile(*e));
    });
    connect(m_downloadsPanel, &DownloadsPanel::openFileRequested, this, &MainWindow::openTrace);
    connect(m_downloadsPanel, &DownloadsPanel::settingsRequested, this, &MainWindow::openSettings);
    // A download finished while the window was not active: a desktop notification (the
    // freedesktop service, there without a tray too); without one, the tray's balloon when
    // there is a tray, else the status bar.
    m_notifier = new DesktopNotifier(this);
    connect(m_downloadsPanel, &DownloadsPanel::notify, m_notifier,
            [this](const QString &title, const QString &text, int downloadId) {
                m_notifier->notify(title, text, QString::number(downloadId));
            });
    // A click on it brings the window back with the download shown (and opened when done).
    connect(m_notifier, &DesktopNotifier::activated, this, [this](const QString &tag) {
        bool ok = false;
        const int downloadId = tag.toInt(&ok);
        if (!ok)
            return;
        bringToFront(this);
        m_downloadsDock->show();
        m_downloadsPanel->showDownload(downloadId);
    });
    connect(m_notifier, &DesktopNotifier::failed, this,
            [this](const QString &title, const QString &text, const QString &why) {
                qInfo("desktop notification not shown: %s", qPrintable(why));
                if (m_daemonUi.tray && m_daemonUi.tray->trayPresent())
                    m_daemonUi.tray->showMessage(title, text);
                else
                    showStatusMessage(title + QStringLiteral(": ") + text, 10'000);
            });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showDownloads = m_downloadsDock->toggleViewAction();
    showDownloads->setText(tr("&Downloads"));
    showDownloads->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    view->addAction(showDownloads);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_refresh);
    toolbar->addAction(open);
    toolbar->addAction(m_publish);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    QAction *spacerAction = toolbar->addWidget(spacer);
    toolbar->addWidget(m_browser->searchField());

    // Banner: the registry's state when it is not simply "current" (KeePassXC MessageWidget).
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("registryBanner"));
    m_banner->setAccessibleName(tr("Registry message"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    auto *bl = new QHBoxLayout(m_banner);
    bl->setContentsMargins(8, 4, 4, 4);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bl->addWidget(m_bannerText, 1);
    m_bannerRefresh = new QPushButton(tr("Refresh"), m_banner);
    m_bannerRefresh->setAccessibleName(tr("Refresh registry"));
    connect(m_bannerRefresh, &QPushButton::clicked, m_context, &AppContext::refresh);
    m_bannerSettings = new QPushButton(tr("Settings…"), m_banner);
    m_bannerSettings->setAccessibleName(tr("Registry settings"));
    connect(m_bannerSettings, &QPushButton::clicked, this, [this] {
        settingsDialog()->showPage(SettingsDialog::Page::Registry);
        openSettings();
    });
    auto *close = new QToolButton(m_banner);
    close->setText(QStringLiteral("✕"));
    close->setAccessibleName(tr("Dismiss message"));
    connect(close, &QToolButton::clicked, this, [this] {
        m_bannerDismissed = m_bannerText->text();
        m_banner->hide();
    });
    bl->addWidget(m_bannerRefresh);
    bl->addWidget(m_bannerSettings);
    bl->addWidget(close);
    m_banner->hide();

    m_tabs = new QTabWidget(this);
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Registry and open traces"));
    m_tabs->addTab(m_browser, tr("Registry"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the registry stays
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index == 0)
            return;
        QWidget *w = m_tabs->widget(index);
        m_tabs->removeTab(index);
        w->deleteLater();
    });

    auto *central = new QWidget(this);
    auto *cl = new QVBoxLayout(central);
    cl->setContentsMargins(0, 0, 0, 0);
    cl->setSpacing(0);
    cl->addWidget(m_banner);
    cl->addWidget(m_tabs, 1);
    setCentralWidget(central);

    // Status bar: registry freshness and the daemon, permanently on the right.
    m_registryLabel = new QLabel(this);
    m_registryLabel->setAccessibleName(tr("Registry status"));
    m_downloadsStatus = new DownloadsStatusWidget(m_context->downloads(), this);
    connect(m_downloadsStatus, &DownloadsStatusWidget::clicked, this, [this] {
        m_downloadsDock->show();
        m_downloadsDock->raise();
    });
    m_countLabel = new QLabel(this);
    m_countLabel->setAccessibleName(tr("Entries shown"));
    markNormalStatusWidget(m_countLabel);
    statusBar()->addWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_downloadsStatus);
    statusBar()->addPermanentWidget(m_registryLabel);

    // The IPFS node: one controller (shared Start/Stop, panel dock, Node menu, status-bar
    // summary, tray), whose Supervisor and API credentials the downloads use too.
    m_daemonUi = installDaemonUi(this, m_context->settings(), m_context->daemonOptions());
    m_daemonUi.statusLabel->setAccessibleName(tr("IPFS daemon status"));
    m_daemonUi.dock->hide();
    m_context->setDaemon(m_daemonUi.controller);
    toolbar->insertAction(spacerAction, m_daemonUi.controller->startStopAction());
    connect(m_daemonUi.tray, &TrayIcon::publishRequested, this, &MainWindow::openPublishWizard);
    view->addAction(m_daemonUi.dock->toggleViewAction());

    connect(m_browser, &BrowserView::downloadRequested, this, &MainWindow::requestDownload);
    connect(m_browser, &BrowserView::collectionDownloadRequested, this,
            &MainWindow::requestCollectionDownload);
    connect(m_browser, &BrowserView::openRequested, this, &MainWindow::openTrace);
    connect(m_browser, &BrowserView::refreshRequested, m_context, &AppContext::refresh);
    connect(m_browser, &BrowserView::settingsRequested, this, [this] {
        settingsDialog()->showPage(SettingsDialog::Page::Registry);
        openSettings();
    });
    connect(m_browser, &BrowserView::searchFinished, this, [this](int shown, int total, double) {
        // A label, not a message: it would replace (and be replaced by) every real message.
        m_countLabel->setText(tr("%1 of %2 entries").arg(shown).arg(total));
        if (!m_registryShown && total > 0) {
            m_registryPaintPending = true;
            update();
        }
    });
    connect(m_context, &AppContext::registryStatusChanged, this, [this] {
        updateBanner();
        updateRegistryStatus();
    });
    connect(m_context, &AppContext::indexChanged, this, [this] {
        updateBanner();
        updateRegistryStatus();
    });
    connect(m_context, &AppContext::removeFinished, this,
            [this](const QString &id, const QString &error) {
                showStatusMessage(error.isEmpty() ? tr("Removed %1 from the cache").arg(id) : error,
                                  8000);
            });
    connect(m_context, &AppContext::indexChanged, this, [this] {
        if (!m_pendingSelection.isEmpty()) {
            const QString id = m_pendingSelection;
            m_pendingSelection.clear();
            selectWhenLoaded(id);
        }
    });

    Settings *settings = m_context->settings();
    restoreGeometry(settings->mainWindowGeometry());
    restoreState(settings->mainWindowState());
    m_browser->restoreState(settings->browserSplitterState(), settings->browserHeaderState());

    updateBanner();
    updateRegistryStatus();
}

MainWindow::~MainWindow() = default;

bool MainWindow::event(QEvent *e)
{
    const bool result = QMainWindow::event(e);
    // UpdateRequest is where the widget backing store paints and flushes the window.
    if (e->type() == QEvent::UpdateRequest) {
        if (!m_painted) {
            m_painted = true;
            emit firstPainted();
        }
        if (m_registryPaintPending) {
            m_registryPaintPending = false;
            m_registryShown = true;
            emit registryPainted();
        }
    }
    return result;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveLayout()
{
    Settings *settings = m_context->settings();
    settings->setMainWindowGeometry(saveGeometry());
    settings->setMainWindowState(QMainWindow::saveState());
    settings->setBrowserSplitterState(m_browser->saveSplitterState());
    settings->setBrowserHeaderState(m_browser->saveHeaderState());
    (void)settings->sync();
}

void MainWindow::chooseTrace()
{
    // Window-modal and asynchronous: no nested event loop, and tests can answer it.
    auto *dialog = new QFileDialog(this, tr("Open trace"), m_context->settings()->lastOpenDir(),
                                   tr("Traces (*.json.gz *.json *.bin);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        (void)m_context->settings()->setLastOpenDir(QFileInfo(path).path());
        openTrace(path);
    });
    dialog->open();
}

void MainWindow::openTrace(const QString &path)
{
    if (path.isEmpty())
        return;
    // One tab per file: a second Open shows the existing one.
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *inspector = qobject_cast<TraceInspector *>(m_tabs->widget(i));
            inspector && inspector->path() == path) {
            m_tabs->setCurrentIndex(i);
            return;
        }
    }
    auto *inspector = new TraceInspector(path, m_tabs);
    const int index = m_tabs->addTab(inspector, QFileInfo(path).fileName());
    m_tabs->setTabToolTip(index, QFileInfo(path).absoluteFilePath());
    m_tabs->setCurrentIndex(index);
}

void MainWindow::requestDownload(const QString &id)
{
    Result<int> queued = m_context->download(id);
    if (!queued) {
        showStatusMessage(tr("Cannot download %1: %2").arg(id, queued.error().message), 15'000);
        return;
    }
    m_downloadsDock->show();
    m_downloadsPanel->selectDownload(*queued);
    emit downloadRequested(id);
}

// Every trace of a collection joins the download queue (already downloaded ones finish at
// once: their files re-verify from disk); ids the registry does not have are named.
void MainWindow::requestCollectionDownload(const QString &name)
{
    Result<QStringList> ids = fetch::collectionIds(m_context->index().registry(), name);
    if (!ids) {
        showStatusMessage(ids.error().message, 15'000);
        return;
    }
    int queued = 0;
    QStringList problems;
    for (const QString &id : std::as_const(*ids)) {
        if (Result<int> r = m_context->download(id); r)
            ++queued;
        else
            problems << QStringLiteral("%1: %2").arg(id, r.error().message);
    }
    if (queued > 0)
        m_downloadsDock->show();
    QString text =
        tr("Collection %1: %2 of %3 traces queued.").arg(name).arg(queued).arg(ids->size());
    if (!problems.isEmpty())
        text += u' ' + tr("Not queued: %1").arg(problems.join(QStringLiteral("; ")));
    showStatusMessage(text, 15'000);
}

void MainWindow::selectWhenLoaded(const QString &id)
{
    if (!m_context->indexReady()) {
        m_pendingSelection = id;
        return;
    }
    m_tabs->setCurrentIndex(0);
    if (!m_context->index().registry().find(id)) {
        showStatusMessage(tr("%1 is not in the registry shown").arg(id), 10'000);
        return;
    }
    if (!m_browser->selectEntry(id)) {
        // Hidden by the search or filters: show everything, then select.
        m_browser->clearAll();
        m_pendingSelection = id;
        connect(
            m_browser, &BrowserView::searchFinished, this,
            [this] {
                if (!m_pendingSelection.isEmpty())
                    m_browser->selectEntry(std::exchange(m_pendingSelection, QString()));
            },
            Qt::SingleShotConnection);
    }
}

void MainWindow::handleOpenArguments(const QStringList &args, const QString &workingDir)
{
    QStringList problems;
    for (const QString &arg : args) {
        Result<OpenRequest> request = parseOpenRequest(arg, workingDir);
        if (!request) {
            problems << tr("Cannot open %1: %2").arg(arg, request.error().message);
            continue;
        }
        switch (request->kind) {
        case OpenRequest::Kind::LocalFile:
            openTrace(request->localPath);
            break;
        case OpenRequest::Kind::TraceId:
            selectWhenLoaded(request->traceId);
            break;
        case OpenRequest::Kind::Cid: {
            Result<ipfs::Cid> cid = ipfs::Cid::parse(request->cid);
            if (!cid) {
                problems << tr("Cannot open %1: %2").arg(arg, cid.error().message);
                break;
            }
            // Anything by CID lands below the data folder, named after its last path segment.
            fetch::PlannedFile file;
            file.name = request->cidPath.isEmpty() ? request->cid : request->cidPath.last();
            file.role = QStringLiteral("file");
            file.ref = fetch::ContentRef::ipfsPath(*cid, request->cidPath);
            file.destination =
                QDir(Paths::dataDir())
                    .filePath(QStringLiteral("ipfs/%1/%2").arg(request->cid, file.name));
            Result<int> queued =
                m_context->downloads()->enqueueFiles(request->toUrlString(), {file});
            if (!queued) {
                problems << tr("Cannot download %1: %2").arg(arg, queued.error().message);
                break;
            }
            m_downloadsDock->show();
            m_downloadsPanel->selectDownload(*queued);
            break;
        }
        }
    }
    if (!problems.isEmpty())
        showStatusMessage(problems.join(QStringLiteral("; ")), 15'000);
}

void MainWindow::showStatusMessage(const QString &text, int timeoutMs)
{
    pt::ui::showStatusMessage(statusBar(), text, timeoutMs);
}

SettingsDialog *MainWindow::settingsDialog()
{
    // One dialog, made on first use (it reloads the settings each time it is shown).
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_context->settings(), this);
        m_settingsDialog->setCommandLine(m_context->options());
    }
    return m_settingsDialog;
}

void MainWindow::openPublishWizard()
{
    AppContext *context = m_context;
    PublishContext pc = PublishContext::forApp(m_context->settings(), m_context->network(),
                                               [context] { return context->index().registry(); });
    PublishWizard::showWizard(pc, this);
}

void MainWindow::openSettings()
{
    emit settingsRequested();
    SettingsDialog *dialog = settingsDialog();
    dialog->show(); // non-modal, no nested event loop
    dialog->raise();
    dialog->activateWindow();
}

QString MainWindow::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

void MainWindow::updateBanner()
{
    const registry::RegistryStatus &status = m_context->registryStatus();
    QString text;
    QString kind = QStringLiteral("info");
    bool refresh = true, settings = false;
    if (!m_context->registryError().isEmpty()) {
        text = tr("The registry could not be loaded: %1").arg(m_context->registryError());
        kind = QStringLiteral("error");
        settings = true;
    } else if (status.freshness == Freshness::Snapshot) {
        const QString made =
            m_context->indexReady() ? m_context->index().registry().updated : QString();
        if (!m_context->isRefreshing() && !status.message.isEmpty()) {
            // The source's message says why the refresh failed and that the snapshot is kept.
            text = status.message;
            if (!made.isEmpty())
                text += QLatin1Char(' ') + tr("The snapshot was made %1.").arg(made);
            text += QLatin1Char(' ') + tr("Press F5 to try again.");
        } else {
            text = made.isEmpty()
                       ? tr("Showing the registry snapshot bundled with this version.")
                       : tr("Showing the registry snapshot bundled with this version, made %1.")
                             .arg(made);
            text += QLatin1Char(' ') + tr("Press F5 to get the current registry from %1.")
                                           .arg(m_context->registryUrl().toDisplayString());
        }
    } else if (status.freshness == Freshness::LastGood) {
        text = status.message.isEmpty()
                   ? tr("The registry source could not be reached; the last good copy is in use.")
                   : status.message;
        kind = QStringLiteral("warning");
    } else if (!status.message.isEmpty() && status.freshness != Freshness::Fresh &&
               status.freshness != Freshness::NotModified) {
        text = status.message;
        kind = QStringLiteral("warning");
    }
    if (m_context->isRefreshing()) {
        m_refreshMessage =
            tr("Refreshing the registry from %1…").arg(m_context->registryUrl().toDisplayString());
        showStatusMessage(m_refreshMessage);
    }
    m_bannerKind = text.isEmpty() ? QString() : kind;
    m_bannerText->setText(text);
    m_bannerRefresh->setVisible(refresh && !m_context->isRefreshing());
    m_bannerSettings->setVisible(settings);
    const QString colour = kind == QLatin1String("error")     ? QStringLiteral("#f9dedc")
                           : kind == QLatin1String("warning") ? QStringLiteral("#fff4ce")
                                                              : QStringLiteral("#dde9f7");
    m_banner->setStyleSheet(
        QStringLiteral(
            "#registryBanner { background: %1; } #registryBanner QLabel { color: #1d1b20; }")
            .arg(colour));
    m_banner->setVisible(!text.isEmpty() && text != m_bannerDismissed);
}

QString MainWindow::registryStatusText() const
{
    return m_registryLabel->text();
}

QString MainWindow::daemonStatusText() const
{
    return m_daemonUi.statusLabel->text();
}

void MainWindow::updateRegistryStatus()
{
    const registry::RegistryStatus &s = m_context->registryStatus();
    QString when = s.fetchedAt.isValid()
                       ? QLocale().toString(s.fetchedAt.toLocalTime(), QLocale::ShortFormat)
                       : QString();
    QString text;
    if (!m_context->indexReady() && m_context->registryError().isEmpty()) {
        text = tr("Registry: loading…");
    } else if (!m_context->registryError().isEmpty() && !m_context->indexReady()) {
        text = tr("Registry: not loaded");
    } else {
        const int n = int(m_context->index().registry().entries.size());
        switch (s.freshness) {
        case Freshness::Fresh:
        case Freshness::NotModified:
            text = tr("Registry: %n entries, current (fetched %1)", nullptr, n).arg(when);
            break;
        case Freshness::Cached:
            text = tr("Registry: %n entries, copy from %1", nullptr, n).arg(when);
            break;
        case Freshness::LastGood:
            text = tr("Registry: %n entries, last good copy from %1", nullptr, n).arg(when);
            break;
        case Freshness::Snapshot:
            text = tr("Registry: %n entries, bundled snapshot", nullptr, n);
            break;
        case Freshness::Local:
            text = tr("Registry: %n entries, local file", nullptr, n);
            break;
        }
    }
    if (m_context->isRefreshing())
        text += tr(" · refreshing…");
    m_registryLabel->setText(text);
    m_registryLabel->setToolTip(m_context->registryDescription());
    // Only our own refresh note goes when the refresh ends, not a message shown since.
    if (!m_context->isRefreshing() && !m_refreshMessage.isEmpty() &&
        statusBar()->currentMessage() == m_refreshMessage) {
        statusBar()->clearMessage();
        m_refreshMessage.clear();
    }
}

} // namespace pt::ui
