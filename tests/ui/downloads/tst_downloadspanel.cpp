// The downloads area against a real DownloadManager, the fault-injecting gateway on 127.0.0.1
// and a local store: the model under QAbstractItemModelTester, the panel showing a running
// download, cancel and retry through its buttons and shortcuts, failed rows, activation,
// notifications and the status-bar widget.
#include "core/fetch/downloadmanager.h"
#include "core/fetch/localstore.h"
#include "core/ipfs/importer.h"
#include "core/ipfs/multihash.h"
#include "core/paths.h"
#include "tests/support/fakegateway.h"
#include "tests/support/testsupport.h"
#include "ui/downloads/downloadsmodel.h"
#include "ui/downloads/downloadspanel.h"
#include "ui/downloads/downloadsstatuswidget.h"
#include "ui/downloads/progressdelegate.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleOptionProgressBar>
#include <QTemporaryDir>
#include <QTest>

using namespace pt;
using namespace pt::fetch;
using namespace pt::ui;
using namespace Qt::StringLiterals;
using pt::test::FakeGateway;
using State = DownloadInfo::State;

class TestDownloadsPanel : public QObject
{
    Q_OBJECT

    ipfs::MemoryBlockStore m_blocks;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<FakeGateway> m_gw;
    std::unique_ptr<DownloadManager> m_dm;
    QList<QPair<QByteArray, ipfs::Cid>> m_files; // 1 MiB each
    ipfs::Cid m_dir;

    PlannedFile planned(int i, const QString &name) const
    {
        PlannedFile f;
        f.name = name;
        f.ref = ContentRef::ipfsPath(m_files[i].second);
        f.ref.sha256 = ipfs::sha256(m_files[i].first);
        f.ref.sizeHint = m_files[i].first.size();
        f.destination = m_tmp->filePath(u"out/"_s + name);
        return f;
    }

    registry::Entry entry() const
    {
        registry::Entry e;
        e.id = QStringLiteral("panel_entry");
        e.directoryCid = m_dir.toString();
        e.directoryCidValid = true;
        e.files = {{QStringLiteral("trace.json.gz"), QString(), m_files[0].first.size(), false}};
        return e;
    }

    int enqueue(int i, const QString &name)
    {
        Result<int> id = m_dm->enqueueFiles(name, {planned(i, name + u".bin"_s)});
        if (!id)
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }

    static QPushButton *button(QWidget *panel, const QString &accessibleName)
    {
        for (QPushButton *b : panel->findChildren<QPushButton *>()) {
            if (b->accessibleName() == accessibleName)
                return b;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        ipfs::Importer importer(ipfs::ImportProfile::kuboV0(), &m_blocks);
        for (int i = 0; i < 3; ++i) {
            const QByteArray bytes =
                test::chacha20Keystream("panel-" + QByteArray::number(i), 1024 * 1024 + i);
            Result<ipfs::ImportedNode> n = importer.importBytes(bytes);
            QVERIFY(n.ok());
            m_files.append({bytes, n->cid});
        }
        Result<ipfs::ImportedNode> t = importer.importBytes(m_files[0].first);
        QVERIFY(t.ok());
        Result<ipfs::ImportedNode> dir =
            importer.buildDirectory({{QByteArrayLiteral("trace.json.gz"), *t}});
        QVERIFY(dir.ok());
        m_dir = dir->cid;
    }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        Paths::setRoot(m_tmp->filePath(u"root"_s));
        m_store = std::make_unique<LocalStore>(m_tmp->filePath(u"store"_s));
        m_gw = std::make_unique<FakeGateway>(&m_blocks);
        m_dm = std::make_unique<DownloadManager>(m_store.get(), &m_nam);
        FetchConfig c;
        c.sources = {Source::gateway(m_gw->start())};
        c.maxRetries = 0;
        c.retryBaseMs = 50;
        c.stallTimeoutMs = 3000;
        m_dm->setFetchConfig(c);
    }
    void cleanup()
    {
        m_dm.reset();
        m_gw.reset();
        m_store.reset();
        Paths::setRoot({});
    }

    void modelTester()
    {
        m_gw->setFault(FakeGateway::Fault::SlowTrickle, 256 * 1024);
        m_dm->setMaxParallel(2);
        const int a = enqueue(0, u"a"_s); // before the model: loaded at construction
        DownloadsModel model(m_dm.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        const int b = enqueue(1, u"b"_s);
        const int c = enqueue(2, u"c"_s);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.idAt(0), a);
        QCOMPARE(model.idAt(2), c);
        QCOMPARE(model.data(model.index(1), Qt::DisplayRole).toString(), u"b"_s);
        QCOMPARE(model.data(model.index(1), DownloadsModel::IdRole).toInt(), b);
        QCOMPARE(model.data(model.index(2), DownloadsModel::StateRole).toInt(), int(State::Queued));
        QVERIFY(model.roleNames().contains(DownloadsModel::StatusTextRole));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        m_dm->cancel(c);
        QVERIFY(changed.size() >= 1);
        QCOMPARE(model.data(model.index(2), DownloadsModel::StateRole).toInt(),
                 int(State::Cancelled));
        QTRY_COMPARE_WITH_TIMEOUT(m_dm->activeCount(), 0, 20000);
        QCOMPARE(model.data(model.index(0), DownloadsModel::PercentRole).toInt(), 100);
        m_dm->remove(b);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(b), -1);
        QCOMPARE(model.rowOf(c), 1);
        m_dm->clearFinished();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.data(model.index(0), Qt::DisplayRole).isValid());
    }

    void formats()
    {
        QCOMPARE(DownloadsModel::formatEta(-1), QString());
        QCOMPARE(DownloadsModel::formatEta(42), u"42 s left"_s);
        QCOMPARE(DownloadsModel::formatEta(125), u"2 min 05 s left"_s);
        QCOMPARE(DownloadsModel::formatEta(3 * 3600 + 7 * 60), u"3 h 07 min left"_s);
        QVERIFY(DownloadsModel::formatRate(2 * 1024 * 1024).endsWith(u"/s"_s));
        DownloadInfo d;
        d.title = u"t"_s;
        d.state = State::Running;
        d.progress.phase = FetchPhase::Verifying;
        d.progress.doneBytes = 512;
        d.progress.totalBytes = 2048;
        d.progress.source = u"gateway http://x"_s;
        QString s = DownloadsModel::statusText(d);
        QVERIFY2(s.startsWith(u"Verifying · "_s), qPrintable(s));
        QVERIFY2(s.contains(u" of "_s), qPrintable(s));
        QVERIFY2(!s.contains(u"left"_s), qPrintable(s)); // no ETA while not steady
        QVERIFY2(s.endsWith(u"from gateway http://x"_s), qPrintable(s));
        d.progress.bytesPerSecond = 100;
        d.progress.etaSeconds = 15;
        s = DownloadsModel::statusText(d);
        QVERIFY2(s.contains(u"15 s left"_s), qPrintable(s));
    }

    void panelShowsRunningDownload()
    {
        m_gw->setFault(FakeGateway::Fault::SlowTrickle, 64 * 1024); // 1 MiB: ~1.6 s
        DownloadsPanel panel(m_dm.get());
        QWidget statusBar; // as in a QStatusBar: the parent is shown, the widget decides
        DownloadsStatusWidget status(m_dm.get(), &statusBar);
        panel.resize(500, 400);
        panel.show();
        statusBar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.findChild<QLabel *>(u"downloadsEmptyState"_s)->isVisible());
        QVERIFY(!panel.view()->isVisible());
        QVERIFY(!status.isVisible()); // idle: hidden

        const int id = enqueue(0, u"first"_s);
        QVERIFY(panel.view()->isVisible());
        QTRY_VERIFY(status.isVisible());
        QCOMPARE(panel.selectedIds(), QList<int>{id});
        QTRY_VERIFY_WITH_TIMEOUT(
            panel.model()
                    ->data(panel.model()->index(0), DownloadsModel::DoneBytesRole)
                    .toLongLong() > 0,
            10000);
        const QModelIndex index = panel.model()->index(0);
        const QString text = index.data(DownloadsModel::StatusTextRole).toString();
        QVERIFY2(text.startsWith(u"Downloading · "_s), qPrintable(text));
        QVERIFY2(text.contains(u" of 1.0 MiB"_s), qPrintable(text));
        QVERIFY2(text.contains(m_gw->url().toString()), qPrintable(text)); // the source in use
        const int percent = index.data(DownloadsModel::PercentRole).toInt();
        QVERIFY(percent >= 0 && percent < 100);

        // The bar the delegate draws carries the same progress.
        QStyleOptionViewItem opt;
        opt.initFrom(panel.view());
        QStyleOptionProgressBar bar;
        ProgressDelegate::initProgressBar(&bar, index, opt, QRect(0, 0, 200, 20));
        QCOMPARE(bar.maximum, 1000);
        QVERIFY(bar.progress > 0 && bar.progress < 1000);
        QCOMPARE(bar.text, QStringLiteral("%1 %").arg(percent));
        // Painting the rows goes through the style without trouble.
        QVERIFY(!panel.view()->grab().isNull());
        QVERIFY(panel.view()->itemDelegate()->sizeHint(opt, index).height() >
                3 * panel.fontMetrics().height());

        QVERIFY(panel.cancelAction()->isEnabled());
        QVERIFY(!panel.retryAction()->isEnabled());
        QVERIFY(status.text().startsWith(u"1 download"_s));
        QTRY_VERIFY(status.bar()->value() > 0); // refreshed on a short coalescing timer
        QSignalSpy clicked(&status, &DownloadsStatusWidget::clicked);
        QTest::mouseClick(&status, Qt::LeftButton);
        QCOMPARE(clicked.size(), 1);

        QTRY_COMPARE_WITH_TIMEOUT(m_dm->info(id)->state, State::Done, 20000);
        QTRY_VERIFY(!status.isVisible());
        QCOMPARE(index.data(DownloadsModel::PercentRole).toInt(), 100);
        QVERIFY(index.data(DownloadsModel::StatusTextRole).toString().startsWith(u"Done"_s));
        QVERIFY(!panel.cancelAction()->isEnabled());
        QVERIFY(panel.clearFinishedAction()->isEnabled());
        panel.clearFinishedAction()->trigger();
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(!panel.view()->isVisible());
    }

    void cancelAndRetryThroughPanel()
    {
        m_gw->setFault(FakeGateway::Fault::SlowTrickle, 32 * 1024);
        DownloadsPanel panel(m_dm.get());
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        const int id = enqueue(1, u"slow"_s);
        panel.selectDownload(id);
        QCOMPARE(m_dm->info(id)->state, State::Running);

        QPushButton *cancel = button(&panel, panel.cancelAction()->toolTip());
        QVERIFY(cancel);
        QVERIFY(cancel->isEnabled());
        QCOMPARE(cancel->text(), u"&Cancel"_s); // a mnemonic
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(m_dm->info(id)->state, State::Cancelled);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(panel.retryAction()->isEnabled());
        QVERIFY2(panel.detailsText().contains(u"cancelled"_s), qPrintable(panel.detailsText()));
        QVERIFY(panel.model()
                    ->data(panel.model()->index(0), DownloadsModel::StatusTextRole)
                    .toString()
                    .startsWith(u"Cancelled at"_s));

        // Retry from the keyboard: Ctrl+R while the list has the focus.
        m_gw->setFault(FakeGateway::Fault::None);
        panel.view()->setFocus();
        QTRY_VERIFY(panel.view()->hasFocus());
        QTest::keyClick(panel.view(), Qt::Key_R, Qt::ControlModifier);
        QVERIFY(m_dm->info(id)->isActive());
        QTRY_COMPARE_WITH_TIMEOUT(m_dm->info(id)->state, State::Done, 20000);

        // Delete removes it.
        QTest::keyClick(panel.view(), Qt::Key_Delete);
        QVERIFY(!m_dm->info(id));
        QCOMPARE(panel.model()->rowCount(), 0);
    }

    void errorRowText()
    {
        m_gw->setFault(FakeGateway::Fault::NotFound);
        DownloadsPanel panel(m_dm.get());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy finished(m_dm.get(), &DownloadManager::finished);
        const int id = enqueue(2, u"missing"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const QModelIndex index = panel.model()->index(0);
        const QString status = index.data(DownloadsModel::StatusTextRole).toString();
        QVERIFY2(status.startsWith(u"Failed: "_s), qPrintable(status));
        QVERIFY2(status.contains(m_files[2].second.toString()), qPrintable(status));
        const QString suggestion = index.data(DownloadsModel::SuggestionRole).toString();
        QVERIFY(!suggestion.isEmpty());
        QCOMPARE(suggestion, m_dm->info(id)->suggestion);
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(suggestion));

        QVERIFY(panel.detailsText().contains(m_dm->info(id)->error.message));
        QVERIFY(panel.detailsText().contains(suggestion));
        auto *details = panel.findChild<QLabel *>(u"downloadDetails"_s);
        QVERIFY(details && details->isVisible());
        QCOMPARE(details->text(), panel.detailsText());
        QPushButton *retry = button(&panel, u"Retry this download"_s);
        QVERIFY(retry && retry->isVisible());
        QPushButton *settings = button(&panel, u"Open the settings"_s);
        QVERIFY(settings);
        QCOMPARE(settings->isVisible(), m_dm->info(id)->error.code == Error::Network ||
                                            m_dm->info(id)->error.code == Error::NotFound);
        QSignalSpy settingsRequested(&panel, &DownloadsPanel::settingsRequested);
        if (settings->isVisible()) {
            QTest::mouseClick(settings, Qt::LeftButton);
            QCOMPARE(settingsRequested.size(), 1);
        }
        QVERIFY(panel.view()->itemDelegate()->sizeHint(QStyleOptionViewItem(), index).height() >
                4 * QFontMetrics(QStyleOptionViewItem().font).height());
        QVERIFY(!panel.view()->grab().isNull());

        // The whole story, for a bug report.
        QVERIFY(panel.copyLogAction()->isEnabled());
        panel.copyLogAction()->trigger();
        const QString log = QGuiApplication::clipboard()->text();
        QVERIFY2(log.startsWith(u"missing\n"_s), qPrintable(log));
        QVERIFY2(log.contains(m_dm->info(id)->error.message), qPrintable(log));
        QVERIFY2(log.contains(u"missing.bin: failed"_s), qPrintable(log));

        m_gw->setFault(FakeGateway::Fault::None);
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(m_dm->info(id)->state, State::Done);
        QVERIFY(panel.detailsText().isEmpty());
        QVERIFY(!details->isVisible());
    }

    void doubleClickOpensFinishedEntry()
    {
        DownloadsPanel panel(m_dm.get());
        panel.resize(500, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy open(&panel, &DownloadsPanel::openRequested);
        QSignalSpy openFile(&panel, &DownloadsPanel::openFileRequested);
        Result<int> id = m_dm->enqueueEntry(entry(), QUrl(u"file:///r/registry.json"_s));
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        const int files = enqueue(1, u"plain"_s);
        const QRect rect = panel.view()->visualRect(panel.model()->index(0));
        QTest::mouseDClick(panel.view()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(open.size(), 0); // not finished yet: nothing to open
        QTRY_COMPARE_WITH_TIMEOUT(m_dm->activeCount(), 0, 20000);
        QCOMPARE(m_dm->info(*id)->state, State::Done);
        QVERIFY(isEntryDownloaded(entry(), QUrl(u"file:///r/registry.json"_s)));
        QTest::mouseDClick(panel.view()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), u"panel_entry"_s);
        panel.selectDownload(files);
        QVERIFY(panel.openAction()->isEnabled());
        panel.openAction()->trigger();
        QCOMPARE(openFile.size(), 1);
        QCOMPARE(openFile.first().first().toString(), m_dm->info(files)->files.first());

        // Keyboard: Return on the current row opens it too.
        panel.selectDownload(*id);
        QTest::keyClick(panel.view(), Qt::Key_Return);
        QCOMPARE(open.size(), 2);

        // The context menu offers the same actions, on the row under the pointer.
        const QPoint second = panel.view()->visualRect(panel.model()->index(1)).center();
        emit panel.view()->customContextMenuRequested(second);
        auto *menu = panel.findChild<QMenu *>();
        QVERIFY(menu);
        QVERIFY(menu->actions().contains(panel.retryAction()));
        QVERIFY(menu->actions().contains(panel.removeAction()));
        QVERIFY(menu->actions().contains(panel.openAction()));
        QCOMPARE(panel.selectedIds(), QList<int>{files});
        menu->close();
    }

    void notifiesWhenInactive()
    {
        DownloadsPanel panel(m_dm.get()); // never shown: its window is not the active one
        QSignalSpy notify(&panel, &DownloadsPanel::notify);
        QSignalSpy finished(m_dm.get(), &DownloadManager::finished);
        const int done = enqueue(0, u"background"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(notify.size(), 1);
        QCOMPARE(notify.first().at(0).toString(), u"Download finished"_s);
        QVERIFY(notify.first().at(1).toString().startsWith(u"background is ready"_s));
        QCOMPARE(notify.first().at(2).toInt(), done);
        // Clicking the notification: the download is selected and what it fetched opens.
        QSignalSpy openFile(&panel, &DownloadsPanel::openFileRequested);
        panel.showDownload(done);
        QCOMPARE(panel.selectedIds(), QList<int>{done});
        QCOMPARE(openFile.size(), 1);
        QVERIFY(openFile.first().at(0).toString().endsWith(u"background.bin"_s));

        m_gw->setFault(FakeGateway::Fault::NotFound);
        enqueue(1, u"broken"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(notify.size(), 2);
        QCOMPARE(notify.last().at(0).toString(), u"Download failed"_s);
        QVERIFY(notify.last().at(1).toString().startsWith(u"broken: "_s));
        // A failed one is only shown (there is nothing to open).
        panel.showDownload(notify.last().at(2).toInt());
        QCOMPARE(panel.selectedIds(), QList<int>{notify.last().at(2).toInt()});
        QCOMPARE(openFile.size(), 1);

        m_gw->setFault(FakeGateway::Fault::SlowTrickle, 1024);
        const int id = enqueue(2, u"cancelled"_s);
        m_dm->cancel(id); // the user's own doing: no notification
        QCOMPARE(finished.size(), 3);
        QCOMPARE(notify.size(), 2);
    }

    void noNotificationWhileActive()
    {
        DownloadsPanel panel(m_dm.get());
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        QSignalSpy notify(&panel, &DownloadsPanel::notify);
        QSignalSpy finished(m_dm.get(), &DownloadManager::finished);
        enqueue(0, u"foreground"_s);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(notify.size(), 0);
    }

    void accessibleNamesAndShortcuts()
    {
        DownloadsPanel panel(m_dm.get());
        for (QPushButton *b : panel.findChildren<QPushButton *>())
            QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->text()));
        QVERIFY(!panel.view()->accessibleName().isEmpty());
        for (QAction *a : {panel.cancelAction(), panel.retryAction(), panel.removeAction(),
                           panel.clearFinishedAction()}) {
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->text()));
            QCOMPARE(a->shortcutContext(), Qt::WidgetWithChildrenShortcut);
        }
        DownloadsStatusWidget status(m_dm.get());
        QVERIFY(!status.accessibleName().isEmpty());
        QVERIFY(!status.isVisibleTo(nullptr) || status.isHidden());
    }
};

QTEST_MAIN(TestDownloadsPanel)
#include "tst_downloadspanel.moc"
