// The real main window, offscreen, against local registry files (upstream's own, and a small
// one written here whose files are placed in the cache): search, filters with counts, sort by
// header, selection and the detail pane, downloaded entries with the trace inspector, verify,
// remove, the registry banners and the persisted layout.
#include "core/fetch/downloadmanager.h"
#include "core/paths.h"
#include "tests/support/testsupport.h"
#include "ui/appcontext.h"
#include "ui/browser/browserview.h"
#include "ui/browser/detailpane.h"
#include "ui/browser/filtersidebar.h"
#include "ui/browser/registrymodel.h"
#include "ui/browser/textcelldelegate.h"
#include "ui/health/healthpane.h"
#include "ui/inspector/traceinspector.h"
#include "ui/inspector/tracesummarywidget.h"
#include "ui/mainwindow.h"
#include "ui/publish/publishwizard.h"
#include "ui/settings/settingsdialog.h"

#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace pt;
using namespace pt::ui;
using namespace Qt::StringLiterals;

namespace {

QString upstream(const QString &name)
{
    return QUrl::fromLocalFile(test::dataPath(u"registry/upstream/"_s + name)).toString();
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestBrowser : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;

    // A window over `registry`, shown, with its first search applied (or its error shown).
    bool open(const QString &registry, bool expectRows = true)
    {
        m_window.reset();
        m_context.reset();
        if (!m_dir)
            m_dir = std::make_unique<QTemporaryDir>();
        AppOptions o;
        o.registry = registry;
        o.cacheDir = m_dir->filePath(u"cache"_s);
        o.noDaemon = true;
        o.gateways = {u"http://127.0.0.1:1"_s}; // never the real network
        m_context = std::make_unique<AppContext>(o, nullptr, m_dir->filePath(u"settings.ini"_s));
        m_window = std::make_unique<MainWindow>(m_context.get());
        QSignalSpy searched(m_window->browser(), &BrowserView::searchFinished);
        QSignalSpy status(m_context.get(), &AppContext::registryStatusChanged);
        m_window->show();
        m_context->start();
        if (expectRows)
            return searched.wait(20'000);
        return !status.isEmpty() || status.wait(20'000);
    }
    BrowserView *browser() const { return m_window->browser(); }
    RegistryModel *model() const { return browser()->model(); }
    QStringList shownIds() const
    {
        QStringList ids;
        for (int r = 0; r < model()->rowCount(); ++r)
            ids << model()->entryAt(r)->id;
        return ids;
    }
    // Waits for the next applied search.
    bool nextSearch(const std::function<void()> &action)
    {
        QSignalSpy searched(browser(), &BrowserView::searchFinished);
        action();
        return searched.wait(10'000);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        m_window.reset();
        m_context.reset();
        Paths::setRoot(QString());
    }

    void searchFilterSelect()
    {
        QVERIFY(open(upstream(u"registry-63ca9be.json"_s)));
        QCOMPARE(model()->rowCount(), 5);
        QCOMPARE(m_window->tabs()->tabText(0), u"Registry"_s);
        QVERIFY(m_window->registryStatusText().contains(u"5 entries"_s));
        QVERIFY(m_window->registryStatusText().contains(u"local file"_s));
        QCOMPARE(m_window->bannerText(), QString()); // a local file: nothing to say
        QVERIFY(qobject_cast<TextCellDelegate *>(browser()->table()->itemDelegate()));

        // Search as you type (debounced), Esc clears.
        QLineEdit *search = browser()->searchField();
        QVERIFY(nextSearch([&] { QTest::keyClicks(search, u"n15"_s); }));
        QCOMPARE(shownIds(), QStringList{u"coalescent_n15_theta1"_s});
        QVERIFY(nextSearch([&] { QTest::keyClick(search, Qt::Key_Escape); }));
        QCOMPARE(search->text(), QString());
        QCOMPARE(model()->rowCount(), 5);
        QVERIFY(nextSearch([&] { search->setText(u"no such trace anywhere"_s); }));
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(browser()->emptyStateText().contains(u"No entry matches"_s));
        QVERIFY(nextSearch([&] { browser()->clearAll(); }));
        QCOMPARE(model()->rowCount(), 5);
        QCOMPARE(browser()->emptyStateText(), QString());

        // Facets with counts from the index.
        FilterSidebar *sidebar = browser()->sidebar();
        QCOMPARE(sidebar->itemTexts(u"domain"_s), QStringList{u"population-genetics (5)"_s});
        QVERIFY(sidebar->itemTexts(u"tags"_s).contains(u"kingman (5)"_s));
        QVERIFY(sidebar->itemTexts(u"kind"_s).contains(u"trace (5)"_s));
        QVERIFY(nextSearch([&] { QVERIFY(sidebar->setChecked(u"kind"_s, u"trace"_s, true)); }));
        QCOMPARE(model()->rowCount(), 5);
        // Parameter range: every entry has one parameter.
        QVERIFY(nextSearch([&] { sidebar->minParamsBox()->setValue(2); }));
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(browser()->emptyStateText().contains(u"No entry matches"_s));
        QVERIFY(nextSearch([&] { sidebar->clearFilters(); }));
        QCOMPARE(model()->rowCount(), 5);
        // Downloaded: nothing is on disk yet.
        QVERIFY(nextSearch([&] { sidebar->downloadedBox()->setCurrentIndex(1); }));
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(sidebar->downloadedBox()->itemText(2).contains(u"(5)"_s));
        QVERIFY(nextSearch([&] { sidebar->clearFilters(); }));

        // Select: the detail pane.
        QVERIFY(browser()->selectEntry(u"coalescent_n5_theta1"_s));
        DetailPane *detail = browser()->detailPane();
        QCOMPARE(detail->entryId(), u"coalescent_n5_theta1"_s);
        const QString text = detail->detailsText();
        QVERIFY2(text.contains(u"n=5"_s), qPrintable(text));
        QVERIFY(text.contains(u"Kasper Munch"_s));
        QVERIFY(text.contains(u"10.1007/s11222-022-10155-6"_s));
        QVERIFY(text.contains(u"trace.json.gz"_s));
        QVERIFY(text.contains(u"MIT"_s));
        QVERIFY(text.contains(u"theta"_s));
        QCOMPARE(detail->cids(), QStringList{u"QmStRuZZVvHNGjcgxPPy7rRMxVzhRmuTgpQ2oPLBJiHEXg"_s});
        QCOMPARE(detail->statusText(), u"Not downloaded."_s);
        // Availability (ui/health): the entry's line in the pane, its badge in the table.
        QCOMPARE(detail->healthPane()->entryId(), u"coalescent_n5_theta1"_s);
        QVERIFY(!detail->healthPane()->summaryText().isEmpty());
        QCOMPARE(model()->headerData(RegistryModel::Availability, Qt::Horizontal).toString(),
                 u"Availability"_s);
        QVERIFY(detail->button(u"download"_s)->isEnabled());
        QVERIFY(!detail->button(u"open"_s)->isEnabled());
        QVERIFY(!detail->button(u"remove"_s)->isEnabled());
        QSignalSpy download(m_window.get(), &MainWindow::downloadRequested);
        QTest::mouseClick(detail->button(u"download"_s), Qt::LeftButton);
        QCOMPARE(download.size(), 1);
        QCOMPARE(download.first().first().toString(), u"coalescent_n5_theta1"_s);

        // The selection survives a search that still shows the entry.
        QVERIFY(nextSearch([&] { search->setText(u"coalescent"_s); }));
        QCOMPARE(browser()->selectedId(), u"coalescent_n5_theta1"_s);

        // Ctrl+F focuses the search field.
        browser()->table()->setFocus();
        QApplication::setActiveWindow(m_window.get());
        if (QTest::qWaitForWindowActive(m_window.get())) {
            QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
            QTRY_VERIFY(search->hasFocus());
        }
    }

    // Publishing is reachable from the File menu and the toolbar (and Ctrl+Shift+P), and the
    // action opens the one publish wizard.
    void publishAction()
    {
        QVERIFY(open(upstream(u"registry-63ca9be.json"_s)));
        QAction *publish = m_window->publishAction();
        QVERIFY(publish);
        QCOMPARE(publish->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
        auto *toolbar = m_window->findChild<QToolBar *>(u"mainToolbar"_s);
        QVERIFY(toolbar);
        QVERIFY(toolbar->actions().contains(publish));
        bool inFileMenu = false;
        for (QAction *menu : m_window->menuBar()->actions())
            if (menu->menu() && menu->menu()->actions().contains(publish))
                inFileMenu = true;
        QVERIFY(inFileMenu);
        publish->trigger();
        QTRY_VERIFY(m_window->findChild<PublishWizard *>());
        QVERIFY(m_window->findChild<PublishWizard *>()->isVisible());
    }

    // A collection is offered in the sidebar and downloads as a whole: every trace of it joins
    // the queue. (The sources point nowhere here; being queued is what is checked.)
    void downloadCollection()
    {
        QVERIFY(open(upstream(u"registry-63ca9be.json"_s)));
        FilterSidebar *sidebar = browser()->findChild<FilterSidebar *>();
        QVERIFY(sidebar);
        QComboBox *box = sidebar->collectionBox();
        QCOMPARE(box->count(), 1);
        QCOMPARE(box->itemData(0).toString(), u"coalescent_basic"_s);
        QVERIFY(box->isVisibleTo(sidebar));
        QVERIFY(m_context->downloads()->ids().isEmpty());
        QTest::mouseClick(sidebar->downloadCollectionButton(), Qt::LeftButton);
        QCOMPARE(m_context->downloads()->ids().size(), 5);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(u"5 of 5"_s),
                 qPrintable(m_window->statusBar()->currentMessage()));

        // A registry without collections hides the control.
        QVERIFY(open(upstream(u"registry.json"_s)));
        sidebar = browser()->findChild<FilterSidebar *>();
        QVERIFY(!sidebar->collectionBox()->isVisibleTo(sidebar));
    }

    void keyboardFilters()
    {
        QVERIFY(open(upstream(u"registry-62ab94c.json"_s)));
        const int all = model()->rowCount();
        // Space on the current item of a facet list checks it, like a click.
        auto *list = browser()->sidebar()->findChild<QListWidget *>();
        QVERIFY(list);
        QCOMPARE(list->accessibleName(), u"Domain filter"_s);
        QVERIFY(list->count() >= 1);
        list->setFocus();
        list->setCurrentRow(list->count() - 1);
        QVERIFY(nextSearch([&] { QTest::keyClick(list, Qt::Key_Space); }));
        QCOMPARE(list->item(list->count() - 1)->checkState(), Qt::Checked);
        QVERIFY(browser()->sidebar()->hasFilters());
        const QString text = list->item(list->count() - 1)->text();
        const int count = text.section(u'(', -1).chopped(1).toInt();
        QCOMPARE(model()->rowCount(), count);
        QVERIFY(nextSearch([&] { QTest::keyClick(list, Qt::Key_Space); }));
        QCOMPARE(model()->rowCount(), all);
    }

    void sortByHeader()
    {
        QVERIFY(open(upstream(u"registry-62ab94c.json"_s)));
        QCOMPARE(model()->rowCount(), 4);
        QHeaderView *header = browser()->table()->horizontalHeader();
        // Vertices, twice: ascending then descending, each order the index's.
        for (const bool descending : {false, true}) {
            QVERIFY(nextSearch([&] {
                header->setSortIndicator(RegistryModel::Vertices,
                                         descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            }));
            QCOMPARE(browser()->sortField(), registry::SortField::Vertices);
            QCOMPARE(browser()->sortDescending(), descending);
            registry::Query q;
            q.sort = registry::SortField::Vertices;
            q.descending = descending;
            QCOMPARE(model()->rows(), m_context->index().search(q).rows);
        }
        QVERIFY(model()->entryAt(0)->traceVertices() >= model()->entryAt(1)->traceVertices());
        // A column the index cannot sort keeps the indicator where the order really is.
        header->setSortIndicator(RegistryModel::Description, Qt::AscendingOrder);
        QCOMPARE(header->sortIndicatorSection(), int(RegistryModel::Vertices));
    }

    void downloadedEntry()
    {
        // A v1 registry whose trace is our n = 5 fixture, placed where the Python library looks.
        const QByteArray trace = test::readData(u"trace/coalescent_n5_theta1.json.gz"_s);
        const QByteArray meta = test::readData(u"trace/metadata_n5.json"_s);
        QVERIFY(!trace.isEmpty() && !meta.isEmpty());
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(trace, QCryptographicHash::Sha256).toHex());
        const QString json = uR"({"version": "1.0.0", "updated": "2025-10-21T22:03:20Z", "traces": {
  "n5_fixture": {"cid": "QmVkwhG6dmPR3Mt9DwMLuD3ShAShMGArs3MMoPEkEG7VLK",
    "description": "Fixture coalescent n=5",
    "metadata": {"model_type": "coalescent", "domain": "population-genetics",
      "param_length": 1, "vertices": 4, "tags": ["coalescent"], "license": "MIT"},
    "files": {"trace.json.gz": {"cid": "bafybeix", "size_bytes": %1},
              "metadata.json": {"cid": "bafybeiy", "size_bytes": %2}},
    "checksum": "sha256:%3", "license": "MIT"},
  "other": {"cid": "QmZsP7UMoCzQruaQprbzJfZdW25xnEXMSApUPDAqgWcPyL",
    "description": "Not on disk", "metadata": {"model_type": "chain", "param_length": 2},
    "files": {"trace.json.gz": {"cid": "bafybeiz", "size_bytes": 10}}}}})"_s.arg(trace.size())
                                 .arg(meta.size())
                                 .arg(sha);
        const QString registryFile = m_dir->filePath(u"registry.json"_s);
        QVERIFY(writeFile(registryFile, json.toUtf8()));
        const QString folder = m_dir->filePath(u"cache/phasic_traces/traces/n5_fixture"_s);
        QVERIFY(writeFile(folder + u"/trace.json.gz"_s, trace));
        QVERIFY(writeFile(folder + u"/metadata.json"_s, meta));

        QVERIFY(open(QUrl::fromLocalFile(registryFile).toString()));
        QTRY_VERIFY(m_context->isDownloaded(u"n5_fixture"_s));
        QVERIFY(!m_context->isDownloaded(u"other"_s));
        QVERIFY(nextSearch([&] { browser()->sidebar()->downloadedBox()->setCurrentIndex(1); }));
        QCOMPARE(shownIds(), QStringList{u"n5_fixture"_s});
        QCOMPARE(model()->data(model()->index(0, RegistryModel::Status)).toString(),
                 u"Downloaded"_s);

        QVERIFY(browser()->selectEntry(u"n5_fixture"_s));
        DetailPane *detail = browser()->detailPane();
        QVERIFY(detail->statusText().startsWith(u"Downloaded"_s));
        QVERIFY(detail->button(u"open"_s)->isEnabled());
        QVERIFY(!detail->button(u"download"_s)->isEnabled());
        // The trace summary in the detail pane (issue 8), read off the GUI thread.
        QVERIFY(detail->inspector());
        QTRY_COMPARE_WITH_TIMEOUT(detail->inspector()->state(), TraceInspector::State::Trace,
                                  20'000);
        QVERIFY(detail->inspector()->summaryWidget()->rowCount() > 3);

        // Verify: the trace matches its sha256; metadata.json has none.
        QTest::mouseClick(detail->button(u"verify"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(detail->verifyText().startsWith(u"Verified"_s), 10'000);
        QVERIFY(detail->verifyText().contains(u"ok trace.json.gz"_s));
        // No sha256 and no blocks in the local store: said so, not passed off as checked.
        QVERIFY2(detail->verifyText().contains(u"not checked metadata.json"_s),
                 qPrintable(detail->verifyText()));
        QByteArray bad = trace;
        bad[bad.size() / 2] = char(bad.at(bad.size() / 2) ^ 0x55);
        QVERIFY(writeFile(folder + u"/trace.json.gz"_s, bad));
        QTest::mouseClick(detail->button(u"verify"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(detail->verifyText().contains(u"do not match"_s), 10'000);
        QVERIFY(detail->verifyText().contains(u"corrupt trace.json.gz"_s));
        QVERIFY(writeFile(folder + u"/trace.json.gz"_s, trace));

        // Open: the trace in a tab of its own (once).
        QTest::mouseClick(detail->button(u"open"_s), Qt::LeftButton);
        QCOMPARE(m_window->tabs()->count(), 2);
        auto *tab = qobject_cast<TraceInspector *>(m_window->tabs()->currentWidget());
        QVERIFY(tab);
        QCOMPARE(tab->path(), folder + u"/trace.json.gz"_s);
        QTest::mouseClick(detail->button(u"open"_s), Qt::LeftButton);
        QCOMPARE(m_window->tabs()->count(), 2);
        m_window->tabs()->setCurrentIndex(0);

        // Remove from cache: asks first (non-modal), Cancel keeps the files.
        QTest::mouseClick(detail->button(u"remove"_s), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"confirmRemove"_s)));
        QVERIFY(!box->isModal() || box->windowModality() == Qt::WindowModal);
        box->button(QMessageBox::Cancel)->click();
        QTest::qWait(50);
        QVERIFY(QFile::exists(folder + u"/trace.json.gz"_s));
        QTest::mouseClick(detail->button(u"remove"_s), Qt::LeftButton);
        box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"confirmRemove"_s)) &&
                    box->isVisible());
        QSignalSpy removed(m_context.get(), &AppContext::removeFinished);
        box->button(QMessageBox::Yes)->click();
        QVERIFY(removed.wait(10'000));
        QCOMPARE(removed.first().at(1).toString(), QString());
        QVERIFY(!QFile::exists(folder + u"/trace.json.gz"_s));
        QVERIFY(!QFile::exists(folder + u"/metadata.json"_s));
        QTRY_COMPARE(detail->statusText(), u"Not downloaded."_s);
        QVERIFY(!m_context->isDownloaded(u"n5_fixture"_s));
        QTRY_COMPARE(model()->rowCount(), 0); // the "downloaded" filter is still on
    }

    void errorBanner()
    {
        QVERIFY(
            open(QUrl::fromLocalFile(test::dataPath(u"registry/bad/truncated.json"_s)).toString(),
                 false));
        QTRY_COMPARE(m_window->bannerKind(), u"error"_s);
        QVERIFY(m_window->bannerText().contains(u"could not be loaded"_s));
        QVERIFY(browser()->emptyStateText().contains(u"No registry could be loaded"_s));
        QVERIFY(m_window->registryStatusText().contains(u"not loaded"_s));
        // The next step: the settings dialog, non-modal.
        auto *settingsButton = m_window->findChild<QPushButton *>(u"emptySettings"_s);
        QVERIFY(settingsButton && settingsButton->isVisible());
        QTest::mouseClick(settingsButton, Qt::LeftButton);
        QTRY_VERIFY(m_window->settingsDialog()->isVisible());
        QVERIFY(!m_window->settingsDialog()->isModal());
        QCOMPARE(m_window->settingsDialog()->currentPage(), SettingsDialog::Page::Registry);
        m_window->settingsDialog()->hide();
        // A location that cannot be a registry at all.
        QVERIFY(open(u"ftp://example.org/registry.json"_s, false));
        QTRY_COMPARE(m_window->bannerKind(), u"error"_s);
        QVERIFY(m_window->bannerText().contains(u"ftp://example.org/registry.json"_s));
    }

    void snapshotBannerAndRefresh()
    {
        // Offline first run: nothing downloaded yet and the source refuses connections.
        QVERIFY(open(u"http://127.0.0.1:1/registry.json"_s));
        QVERIFY(model()->rowCount() > 0); // the bundled snapshot
        QTRY_VERIFY_WITH_TIMEOUT(!m_context->isRefreshing(), 20'000);
        QVERIFY2(m_window->bannerText().contains(u"snapshot"_s),
                 qPrintable(m_window->bannerText()));
        const QString updated = m_context->index().registry().updated;
        if (!updated.isEmpty())
            QVERIFY(m_window->bannerText().contains(updated));
        QVERIFY(m_window->registryStatusText().contains(u"snapshot"_s));
        // F5 refreshes again (and fails again, keeping the snapshot).
        QSignalSpy status(m_context.get(), &AppContext::registryStatusChanged);
        QApplication::setActiveWindow(m_window.get());
        if (QTest::qWaitForWindowActive(m_window.get())) {
            // F5 is ours alone (the node panel's Refresh is local to its dock).
            QTest::keyClick(m_window.get(), Qt::Key_F5);
        } else {
            m_window->refreshAction()->trigger();
        }
        QVERIFY(m_context->isRefreshing());
        QTRY_VERIFY_WITH_TIMEOUT(!m_context->isRefreshing(), 20'000);
        QVERIFY(status.size() >= 2);
        QVERIFY(model()->rowCount() > 0);
        // Why the refresh failed, the snapshot said once, and what to do; the status bar's
        // "Refreshing…" note is gone with the refresh.
        QCOMPARE(m_window->bannerText().count(u"snapshot bundled"_s), 1);
        QVERIFY2(m_window->bannerText().contains(u"127.0.0.1:1"_s) &&
                     m_window->bannerText().contains(u"Press F5 to try again"_s),
                 qPrintable(m_window->bannerText()));
        QCOMPARE(m_window->statusBar()->currentMessage(), QString());
        QCOMPARE(m_window->refreshAction()->shortcut(), QKeySequence(QKeySequence::Refresh));
    }

    void registrySourceFromSettings()
    {
        // No --registry: the first configured source is shown; changing it switches over.
        {
            Settings s(m_dir->filePath(u"settings.ini"_s));
            QVERIFY(s.setRegistrySources({upstream(u"registry-63ca9be.json"_s)}).ok());
            QVERIFY(s.sync().ok());
        }
        QVERIFY(open(QString()));
        QCOMPARE(model()->rowCount(), 5);
        QVERIFY(nextSearch([&] {
            QVERIFY(m_context->settings()
                        ->setRegistrySources({upstream(u"registry-62ab94c.json"_s)})
                        .ok());
        }));
        QCOMPARE(model()->rowCount(), 4);
        QCOMPARE(m_context->registryUrl().toString(), upstream(u"registry-62ab94c.json"_s));
    }

    void layoutPersists()
    {
        QVERIFY(open(upstream(u"registry-62ab94c.json"_s)));
        QSplitter *splitter = browser()->splitter();
        splitter->setSizes({150, 500, 300});
        const QList<int> sizes = splitter->sizes();
        QVERIFY(nextSearch([&] {
            browser()->table()->horizontalHeader()->setSortIndicator(RegistryModel::Size,
                                                                     Qt::DescendingOrder);
        }));
        m_window->close(); // saves
        QVERIFY(open(upstream(u"registry-62ab94c.json"_s)));
        QCOMPARE(browser()->splitter()->sizes(), sizes);
        QCOMPARE(browser()->sortField(), registry::SortField::Size);
        QCOMPARE(browser()->sortDescending(), true);
        registry::Query q;
        q.sort = registry::SortField::Size;
        q.descending = true;
        QCOMPARE(model()->rows(), m_context->index().search(q).rows);
    }

    // 1280x800 with the downloads dock open: the window's minimum height leaves the dock
    // room (the filter sidebar and the detail pane scroll instead of forcing their height),
    // every action of the detail pane is on screen, and a long status message is elided
    // with the full text in the tooltip instead of being cut by the permanent widgets.
    void fitsAt1280x800()
    {
        QVERIFY(open(upstream(u"registry-63ca9be.json"_s)));
        QVERIFY(browser()->selectEntry(model()->entryAt(0)->id));
        m_window->downloadsDock()->show();
        m_window->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(m_window->size(), QSize(1280, 800));
        QTRY_VERIFY2(m_window->downloadsDock()->height() >= 180,
                     qPrintable(u"dock %1 px, window minimum %2 px, sidebar minimum %3, detail "
                                u"minimum %4"_s.arg(m_window->downloadsDock()->height())
                                    .arg(m_window->minimumSizeHint().height())
                                    .arg(browser()->sidebar()->minimumSizeHint().height())
                                    .arg(browser()->detailPane()->minimumSizeHint().height())));

        DetailPane *detail = browser()->detailPane();
        for (const char *name : {"download", "open", "folder", "copy", "verify", "remove"}) {
            QPushButton *b = detail->button(QString::fromLatin1(name));
            QVERIFY2(b, name);
            const QRect inPane(b->mapTo(detail, QPoint(0, 0)), b->size());
            if (!detail->rect().contains(inPane)) {
                for (QWidget *c : detail->findChildren<QWidget *>())
                    if (c->isVisible() && c->minimumSizeHint().width() > detail->width() - 20)
                        qWarning() << "wide:" << c->metaObject()->className() << c->objectName()
                                   << c->minimumSizeHint() << c->minimumWidth();
            }
            QVERIFY2(detail->rect().contains(inPane),
                     qPrintable(u"%1 at %2,%3 %4x%5 outside the pane %6x%7"_s
                                    .arg(QString::fromLatin1(name))
                                    .arg(inPane.x())
                                    .arg(inPane.y())
                                    .arg(inPane.width())
                                    .arg(inPane.height())
                                    .arg(detail->width())
                                    .arg(detail->height())));
        }
        QPushButton *check = detail->findChild<QPushButton *>(u"checkAvailability"_s);
        QVERIFY(check);
        const QRect checkRect(check->mapTo(detail, QPoint(0, 0)), check->size());
        QVERIFY2(detail->rect().contains(checkRect),
                 qPrintable(u"Check availability at x %1..%2, pane %3 wide"_s.arg(checkRect.x())
                                .arg(checkRect.right())
                                .arg(detail->width())));

        const QString longText = u"Download failed: "_s + QString(300, u'x') + u" the end"_s;
        m_window->showStatusMessage(longText, 10'000);
        const QString shown = m_window->statusBar()->currentMessage();
        QVERIFY(!shown.isEmpty());
        QVERIFY2(shown.size() < longText.size(), qPrintable(shown));
        QVERIFY(shown.endsWith(QChar(0x2026)));
        QCOMPARE(m_window->statusBar()->toolTip(), longText);
        QVERIFY(QFontMetrics(m_window->statusBar()->font()).horizontalAdvance(shown) <=
                m_window->statusBar()->width());
    }
};

QTEST_MAIN(TestBrowser)
#include "tst_browser.moc"
