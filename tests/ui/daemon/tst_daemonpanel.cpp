// DaemonPanel (offscreen): the figures of a node with known answers (a fake Kubo API), the
// shared Start/Stop action as its button, fast polling while shown, and the problem view with
// the explanation, the next step and the daemon's own output.
#include "tests/ui/daemon/daemontesthelpers.h"
#include "tests/ui/daemon/fakekubo.h"
#include "ui/daemon/daemoncontroller.h"
#include "ui/daemon/daemonpanel.h"

#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using pt::daemon::Supervisor;
using pt::test::FakeKubo;
using pt::test::IpfsNode;
using pt::ui::DaemonController;
using pt::ui::DaemonPanel;

class TestDaemonPanel : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void runningNodeFigures();
    void problemView();
    void accessibleNames();

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
};

void TestDaemonPanel::init()
{
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
}

void TestDaemonPanel::cleanup()
{
    m_tmp.reset();
}

void TestDaemonPanel::runningNodeFigures()
{
    FakeKubo kubo;
    QVERIFY(kubo.listen());
    auto o = pt::test::controllerOptions(m_tmp->path(), m_tmp->path() + u"/no-ipfs"_s);
    o.supervisor.apiAddress = kubo.url();
    DaemonController c(o);
    DaemonPanel panel(&c);
    QCOMPARE(c.pollInterval(), o.slowPollMs);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QCOMPARE(c.pollInterval(), o.fastPollMs); // shown: fast polling

    QTRY_VERIFY_WITH_TIMEOUT(panel.valueLabel(u"rates"_s)->text().contains(u"↓"_s), 10000);
    QVERIFY2(panel.valueLabel(u"state"_s)->text().startsWith(u"Running"_s),
             qPrintable(panel.valueLabel(u"state"_s)->text()));
    QCOMPARE(panel.valueLabel(u"version"_s)->text(), u"0.29.0 (kubo/0.29.0/)"_s);
    QCOMPARE(panel.valueLabel(u"peerId"_s)->text(), u"12D3KooWFakePeerIdForTheDaemonPanelTest"_s);
    QCOMPARE(panel.valueLabel(u"peers"_s)->text(), u"3"_s);
    const QString repo = panel.valueLabel(u"repo"_s)->text();
    QVERIFY2(repo.startsWith(DaemonController::formatBytes(5242880)), qPrintable(repo));
    QVERIFY2(repo.contains(u"42 objects"_s), qPrintable(repo));
    QVERIFY2(repo.contains(o.supervisor.ipfsPath), qPrintable(repo));
    const QString rates = panel.valueLabel(u"rates"_s)->text();
    QVERIFY2(rates.contains(u"↓ "_s + DaemonController::formatRate(1536)), qPrintable(rates));
    QVERIFY2(rates.contains(u"↑ "_s + DaemonController::formatRate(512)), qPrintable(rates));
    QVERIFY2(rates.contains(DaemonController::formatBytes(1048576)), qPrintable(rates));
    QCOMPARE(panel.valueLabel(u"api"_s)->text(), kubo.url());
    QVERIFY(!panel.valueLabel(u"service"_s)->text().isEmpty());
    QVERIFY(!panel.problemView()->isVisible());

    // The button is the shared action: same text, same checked state.
    QToolButton *button = panel.startStopButton();
    QCOMPARE(button->defaultAction(), c.startStopAction());
    QCOMPARE(button->text(), c.startStopAction()->text().remove(u'&'));
    QVERIFY(button->isChecked());

    // Clicking it stops the node; the panel follows.
    QSignalSpy finished(&c, &DaemonController::finished);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(c.state(), Supervisor::State::Stopped);
    QTRY_VERIFY(!button->isChecked());
    QCOMPARE(panel.valueLabel(u"peers"_s)->text(), u"—"_s);
    QVERIFY(panel.valueLabel(u"state"_s)->text().startsWith(u"Stopped"_s) ||
            panel.valueLabel(u"state"_s)->text().startsWith(u"Not installed"_s));

    panel.hide();
    QCOMPARE(c.pollInterval(), o.slowPollMs);
}

void TestDaemonPanel::problemView()
{
    // A daemon that dies at once, printing why: the view explains and shows its output.
    const QString bin = pt::test::writeFakeIpfs(
        m_tmp->path(),
        "echo 'Initializing daemon...'; "
        "echo 'Error: serveHTTPApi: manet.Listen(/ip4/127.0.0.1/tcp/5001) failed: listen tcp4 "
        "127.0.0.1:5001: bind: address already in use' >&2; exit 1");
    auto o = pt::test::controllerOptions(m_tmp->path(), bin);
    o.supervisor.apiAddress = u"/ip4/127.0.0.1/tcp/%1"_s.arg(IpfsNode::freePort());
    o.refreshOnStart = false;
    DaemonController c(o);
    DaemonPanel panel(&c);
    panel.resize(640, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(!panel.problemView()->isVisible());

    QSignalSpy finished(&c, &DaemonController::finished);
    QTest::mouseClick(panel.startStopButton(), Qt::LeftButton);
    QVERIFY(finished.wait(30000));
    QCOMPARE(c.problem(), DaemonController::Problem::PortInUse);
    QTRY_VERIFY(panel.problemView()->isVisible());
    QCOMPARE(panel.valueLabel(u"state"_s)->text(), u"Error"_s);
    QCOMPARE(panel.explanationLabel()->text(), c.explanation());
    QVERIFY(panel.explanationLabel()->text().contains(u"port"_s));
    QVERIFY2(panel.suggestionLabel()->text().startsWith(u"Next step: "_s),
             qPrintable(panel.suggestionLabel()->text()));
    QVERIFY(panel.suggestionLabel()->text().contains(u"Addresses.API"_s));
    QVERIFY2(panel.outputView()->toPlainText().contains(u"address already in use"_s),
             qPrintable(panel.outputView()->toPlainText()));
    QVERIFY(panel.outputView()->isReadOnly());
    // Another try stays possible from the same button.
    QVERIFY(panel.startStopButton()->isEnabled());
    QVERIFY(!panel.startStopButton()->isChecked());
}

void TestDaemonPanel::accessibleNames()
{
    auto o = pt::test::controllerOptions(m_tmp->path(), m_tmp->path() + u"/no-ipfs"_s);
    o.refreshOnStart = false;
    DaemonController c(o);
    DaemonPanel panel(&c);
    const auto buttons = panel.findChildren<QToolButton *>();
    QCOMPARE(buttons.size(), 4);
    for (QToolButton *b : buttons) {
        QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->objectName()));
        QVERIFY2(!b->text().isEmpty(), qPrintable(b->objectName()));
    }
    for (const QString &key : {u"state"_s, u"version"_s, u"peerId"_s, u"peers"_s, u"repo"_s,
                               u"rates"_s, u"api"_s, u"service"_s}) {
        QLabel *label = panel.valueLabel(key);
        QVERIFY2(label, qPrintable(key));
        QVERIFY2(!label->accessibleName().isEmpty(), qPrintable(key));
    }
    QVERIFY(!panel.outputView()->accessibleName().isEmpty());
}

QTEST_MAIN(TestDaemonPanel)
#include "tst_daemonpanel.moc"
