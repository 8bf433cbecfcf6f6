// Downloading from the main window through the fault-injecting trustless gateway: a gateway
// that lies fails the download visibly (nothing under a final name), Download again after it
// behaves completes it, and the detail pane then shows the trace (summary read off the GUI
// thread) and the downloads panel and status bar follow.
#include "core/ipfs/importer.h"
#include "core/ipfs/multihash.h"
#include "core/paths.h"
#include "tests/support/fakegateway.h"
#include "tests/support/testsupport.h"
#include "ui/appcontext.h"
#include "ui/browser/browserview.h"
#include "ui/browser/detailpane.h"
#include "ui/browser/registrymodel.h"
#include "ui/downloads/downloadspanel.h"
#include "ui/downloads/downloadsstatuswidget.h"
#include "ui/inspector/traceinspector.h"
#include "ui/inspector/tracesummarywidget.h"
#include "ui/mainwindow.h"

#include <QDockWidget>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pt;
using namespace pt::ui;
using namespace Qt::StringLiterals;
using pt::test::FakeGateway;

class TestBrowserDownload : public QObject
{
    Q_OBJECT

private slots:
    void downloadThroughGateway()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray trace = test::readData(u"trace/coalescent_n5_theta1.json.gz"_s);
        const QByteArray meta = test::readData(u"trace/metadata_n5.json"_s);
        QVERIFY(!trace.isEmpty() && !meta.isEmpty());
        ipfs::MemoryBlockStore blocks;
        ipfs::Importer importer(ipfs::ImportProfile::kuboV0(), &blocks);
        Result<ipfs::ImportedNode> t = importer.importBytes(trace);
        Result<ipfs::ImportedNode> m = importer.importBytes(meta);
        QVERIFY(t && m);
        Result<ipfs::ImportedNode> root =
            importer.buildDirectory({{"trace.json.gz"_ba, *t}, {"metadata.json"_ba, *m}});
        QVERIFY(root);
        const QString json = uR"({"version": "1.0.0", "traces": {"n5_gateway": {"cid": "%1",
  "description": "Coalescent n=5 served by the test gateway",
  "metadata": {"model_type": "coalescent", "param_length": 1, "vertices": 4, "license": "MIT"},
  "files": {"trace.json.gz": {"cid": "bafybeix", "size_bytes": %2},
            "metadata.json": {"cid": "bafybeiy", "size_bytes": %3}},
  "checksum": "sha256:%4", "license": "MIT"}}})"_s.arg(root->cid.toString())
                                 .arg(trace.size())
                                 .arg(meta.size())
                                 .arg(QString::fromLatin1(ipfs::sha256(trace).toHex()));
        const QString registryFile = dir.filePath(u"registry.json"_s);
        {
            QFile f(registryFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(json.toUtf8());
        }

        FakeGateway gateway(&blocks);
        const QUrl base = gateway.start();
        QVERIFY(base.isValid());
        gateway.setFault(FakeGateway::Fault::WrongBytes);

        AppOptions o;
        o.registry = QUrl::fromLocalFile(registryFile).toString();
        o.cacheDir = dir.filePath(u"cache"_s);
        o.noDaemon = true;
        o.gateways = {base.toString()};
        AppContext context(o, nullptr, dir.filePath(u"settings.ini"_s));
        MainWindow window(&context);
        QSignalSpy searched(window.browser(), &BrowserView::searchFinished);
        window.show();
        context.start();
        QVERIFY(searched.wait(20'000));
        QVERIFY(window.browser()->selectEntry(u"n5_gateway"_s));
        DetailPane *detail = window.browser()->detailPane();
        QCOMPARE(detail->statusText(), u"Not downloaded."_s);
        QVERIFY(!window.downloadsStatus()->isVisible()); // idle: hidden

        // 1. The gateway lies: the download fails, visibly, and nothing carries a final name.
        QSignalSpy finished(context.downloads(), &fetch::DownloadManager::finished);
        QTest::mouseClick(detail->button(u"download"_s), Qt::LeftButton);
        QVERIFY(window.downloadsDock()->isVisible());
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.last().at(1).toBool(), false);
        const QString folder = o.cacheDir + u"/phasic_traces/traces/n5_gateway"_s;
        QVERIFY(!QFile::exists(folder + u"/trace.json.gz"_s) ||
                !QFile::exists(folder + u"/metadata.json"_s));
        QTRY_VERIFY(detail->statusText().contains(u"last attempt failed"_s));
        QVERIFY(detail->button(u"download"_s)->isEnabled());
        QVERIFY(!window.downloadsPanel()->detailsText().isEmpty());
        QVERIFY(!context.isDownloaded(u"n5_gateway"_s));

        // 2. The gateway behaves: Download again completes (verified blocks are kept).
        gateway.setFault(FakeGateway::Fault::None);
        QTest::mouseClick(detail->button(u"download"_s), Qt::LeftButton);
        QVERIFY(finished.wait(60'000));
        QCOMPARE(finished.last().at(1).toBool(), true);
        QFile got(folder + u"/trace.json.gz"_s);
        QVERIFY(got.open(QIODevice::ReadOnly));
        QCOMPARE(got.readAll(), trace);
        QTRY_VERIFY(context.isDownloaded(u"n5_gateway"_s));
        QTRY_VERIFY(detail->statusText().startsWith(u"Downloaded"_s));
        QCOMPARE(window.browser()->model()->data(window.browser()->model()->index(
                     window.browser()->model()->rowOfId(u"n5_gateway"_s), RegistryModel::Status)),
                 QVariant(u"Downloaded"_s));
        QVERIFY(detail->inspector());
        QTRY_COMPARE_WITH_TIMEOUT(detail->inspector()->state(), TraceInspector::State::Trace,
                                  20'000);
        QVERIFY(detail->inspector()->summaryWidget()->rowCount() > 3);
        QTRY_VERIFY(!window.downloadsStatus()->isVisible());
        Paths::setRoot(QString());
    }
};

QTEST_MAIN(TestBrowserDownload)
#include "tst_browser_download.moc"
