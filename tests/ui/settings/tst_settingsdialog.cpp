// SettingsDialog (ui/settings/settingsdialog.h) driven through its widgets, offscreen:
// every page's values set, Apply, read back through a fresh pt::Settings; inline refusals;
// the gateway Test button against a local HTTP server; clearing the block store; tokens to a
// real keyring (run through tests/core/with-keyring.sh; skipped plainly with the reason).
#include "core/globaloptions.h"
#include "core/paths.h"
#include "core/secrets.h"
#include "core/settings.h"
#include "ui/settings/orderedlisteditor.h"
#include "ui/settings/settingsdialog.h"
#include "ui/settings/settingspages.h"

#include <QAbstractHttpServer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace pt;
using namespace pt::ui;
using namespace Qt::StringLiterals;

namespace {

// A gateway with one good path and a few bad ones:
//   /ipfs/bafkqaaa?format=raw        200, empty   (what a trustless gateway answers)
//   /liar/ipfs/bafkqaaa              200, "hello" (data for an empty block)
//   /missing/ipfs/bafkqaaa           404
class ProbeServer : public QAbstractHttpServer
{
public:
    QUrl start()
    {
        const quint16 port = listen(QHostAddress::LocalHost, 0);
        return QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    }
    QStringList queries;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        const QString path = request.url().path();
        queries << request.url().query();
        if (path == u"/ipfs/bafkqaaa"_s && request.url().query() == u"format=raw"_s)
            respond(socket, 200, QByteArray());
        else if (path == u"/liar/ipfs/bafkqaaa"_s)
            respond(socket, 200, "hello");
        else
            respond(socket, 404, "not here");
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *socket) override
    {
        respond(socket, 404, "no");
    }

private:
    static void respond(QTcpSocket *socket, int status, const QByteArray &body)
    {
        socket->write("HTTP/1.1 " + QByteArray::number(status) +
                      " X\r\nContent-Type: application/vnd.ipld.raw\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }
};

bool realKeyring()
{
    return qEnvironmentVariable("PT_KEYRING") == u"real"_s;
}

QPushButton *button(QWidget *parent, const QString &name)
{
    auto *b = parent->findChild<QPushButton *>(name);
    if (!b)
        qWarning("no button %s", qPrintable(name));
    return b;
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void roundTripThroughWidgets();
    void listEditing();
    void refusalsShowInline_data();
    void refusalsShowInline();
    void gatewayTestButton();
    void clearBlockStoreKeepsFinishedFiles();
    void tokensGoToTheKeyring();
    void cancelDiscardsEdits();
    void commandLineOverridesAreShown();

private:
    QString iniPath() const { return m_dir->filePath(u"config/phasic-traces.ini"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SettingsDialog> m_dialog;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    SecretStore::setRetryDelay(std::chrono::milliseconds(200));
}

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Paths::setRoot(m_dir->path());
    m_settings = std::make_unique<Settings>(iniPath());
    m_dialog = std::make_unique<SettingsDialog>(m_settings.get());
    // Only a private, throw-away keyring is ever touched (with-keyring.sh).
    m_dialog->setKeyringEnabled(realKeyring());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_settings.reset();
    Paths::setRoot(QString());
    m_dir.reset();
}

void TestSettingsDialog::roundTripThroughWidgets()
{
    SettingsDialog &d = *m_dialog;
    // Registry: replace the default by two sources, the second moved to the top.
    OrderedListEditor *sources = d.registryPage()->editor();
    sources->tree()->setCurrentItem(sources->tree()->topLevelItem(0));
    QTest::mouseClick(sources->removeButton(), Qt::LeftButton);
    const QString localRegistry = m_dir->filePath(u"registry.json"_s);
    for (const QString &s : {u"https://example.org/registry.json"_s, localRegistry}) {
        QTest::keyClicks(sources->input(), s);
        QTest::keyClick(sources->input(), Qt::Key_Return);
        QVERIFY2(sources->inputError().isEmpty(), qPrintable(sources->inputError()));
    }
    QTest::mouseClick(sources->upButton(), Qt::LeftButton);
    const QString localUrl = QUrl::fromLocalFile(localRegistry).toString(QUrl::FullyEncoded);
    QCOMPARE(sources->values(), (QStringList{localUrl, u"https://example.org/registry.json"_s}));

    // Gateways: the defaults plus one, moved to the front.
    d.showPage(SettingsDialog::Page::Gateways);
    OrderedListEditor *gateways = d.gatewaysPage()->editor();
    QTest::mouseClick(button(&d, u"resetGateways"_s), Qt::LeftButton);
    QTest::keyClicks(gateways->input(), u"http://127.0.0.1:8080/"_s);
    QTest::mouseClick(gateways->addButton(), Qt::LeftButton);
    while (gateways->upButton()->isEnabled())
        QTest::mouseClick(gateways->upButton(), Qt::LeftButton);
    QCOMPARE(gateways->values().first(), u"http://127.0.0.1:8080"_s);

    // Daemon.
    DaemonPage *daemon = d.daemonPage();
    daemon->m_binary->setText(u"/bin/sh"_s);
    daemon->m_ipfsPath->setText(m_dir->filePath(u"ipfs"_s));
    daemon->m_apiAddress->setText(u"/ip4/127.0.0.1/tcp/5001"_s);
    daemon->m_useDaemon->setChecked(false);
    daemon->m_startWithApp->setChecked(true);

    // Cache.
    CachePage *cache = d.cachePage();
    cache->m_pythonCompatible->setChecked(false);
    cache->m_tracesDir->setText(m_dir->filePath(u"traces"_s));
    cache->m_computeDir->setText(m_dir->filePath(u"compute"_s));
    cache->m_parallel->setValue(7);

    // Publishing.
    PublishingPage *pub = d.publishingPage();
    pub->m_authorName->setText(u"Ada Lovelace"_s);
    pub->m_authorOrcid->setText(u"0000-0002-1825-0097"_s);
    QTest::mouseClick(pub->m_addService, Qt::LeftButton);
    QTest::mouseClick(pub->m_addService, Qt::LeftButton);
    QCOMPARE(pub->m_services->rowCount(), 2);
    pub->m_services->item(0, 0)->setText(u"mynode"_s);
    pub->m_services->item(0, 2)->setText(u"https://pin.example.org/psa"_s);
    pub->m_services->item(1, 0)->setText(u"pinata"_s);
    qobject_cast<QComboBox *>(pub->m_services->cellWidget(1, 1))->setCurrentIndex(1);
    pub->m_services->item(1, 2)->setText(u"https://api.pinata.cloud"_s);
    pub->m_githubLogin->setText(u"octocat"_s);

    // Language.
    d.languagePage()->m_language->setCurrentIndex(d.languagePage()->m_language->findData(u"da"_s));

    QSignalSpy applied(&d, &SettingsDialog::applied);
    QTest::mouseClick(d.buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
    for (SettingsPage *page : d.findChildren<SettingsPage *>())
        QVERIFY2(page->errorText().isEmpty(), qPrintable(page->errorText()));
    QCOMPARE(applied.count(), 1);

    // A fresh Settings on the same file: what reached the disk.
    Settings back(iniPath());
    QCOMPARE(back.registrySources(),
             (QStringList{localUrl, u"https://example.org/registry.json"_s}));
    QCOMPARE(back.gateways(), gateways->values());
    QCOMPARE(back.gateways().first(), u"http://127.0.0.1:8080"_s);
    QVERIFY(back.gateways().contains(u"https://{cid}.ipfs.dweb.link"_s)); // fetch's defaults
    QCOMPARE(back.ipfsBinary(), u"/bin/sh"_s);
    QCOMPARE(back.ipfsPath(), m_dir->filePath(u"ipfs"_s));
    QCOMPARE(back.kuboApiAddress(), u"/ip4/127.0.0.1/tcp/5001"_s);
    QCOMPARE(back.useDaemon(), false);
    QCOMPARE(back.startDaemonWithApp(), true);
    QCOMPARE(back.pythonCompatibleCache(), false);
    QCOMPARE(back.pythonTracesDir(), m_dir->filePath(u"traces"_s));
    QCOMPARE(back.computeCacheDir(), m_dir->filePath(u"compute"_s));
    QCOMPARE(back.maxParallelDownloads(), 7);
    QCOMPARE(back.authorName(), u"Ada Lovelace"_s);
    QCOMPARE(back.authorOrcid(), u"0000-0002-1825-0097"_s);
    const QList<PinningService> services{
        {u"mynode"_s, PinningService::Kind::Psa, u"https://pin.example.org/psa"_s},
        {u"pinata"_s, PinningService::Kind::Pinata, u"https://api.pinata.cloud"_s}};
    QCOMPARE(back.pinningServices(), services);
    QCOMPARE(back.githubLogin(), u"octocat"_s);
    QCOMPARE(back.language(), u"da"_s);

    // OK applies and closes; showing again loads what is stored.
    d.daemonPage()->m_startWithApp->setChecked(false);
    QTest::mouseClick(d.buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(!d.isVisible());
    QCOMPARE(Settings(iniPath()).startDaemonWithApp(), false);
    d.show();
    QCOMPARE(d.publishingPage()->m_services->rowCount(), 2);
    QCOMPARE(d.registryPage()->editor()->values().first(), localUrl);
}

void TestSettingsDialog::listEditing()
{
    OrderedListEditor *sources = m_dialog->registryPage()->editor();
    QTest::keyClicks(sources->input(), u"ftp://example.org/registry.json"_s);
    QTest::keyClick(sources->input(), Qt::Key_Return);
    QVERIFY2(sources->inputError().contains(u"only https://"_s), qPrintable(sources->inputError()));
    QCOMPARE(sources->values().size(), 1);
    sources->input()->clear();
    QTest::keyClicks(sources->input(), u"ipfs://notacid/registry.json"_s);
    QVERIFY(!sources->addFromInput());
    QVERIFY(!sources->inputError().isEmpty());
    // Duplicates are refused.
    sources->input()->setText(sources->values().first());
    QVERIFY(!sources->addFromInput());
    QVERIFY(sources->inputError().contains(u"already"_s));
    // An ipfs:// registry is kept as written.
    const QString ipfsRegistry =
        u"ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/registry.json"_s;
    sources->input()->setText(ipfsRegistry);
    QVERIFY2(sources->addFromInput(), qPrintable(sources->inputError()));
    QCOMPARE(sources->values().last(), ipfsRegistry);
    // Remove empties the list; an empty list is refused on Apply.
    for (int n = sources->tree()->topLevelItemCount(); n > 0; --n) {
        sources->tree()->setCurrentItem(sources->tree()->topLevelItem(0));
        QTest::mouseClick(sources->removeButton(), Qt::LeftButton);
        QCOMPARE(sources->tree()->topLevelItemCount(), n - 1);
    }
    QVERIFY(!m_dialog->apply());
    QCOMPARE(m_dialog->currentPage(), SettingsDialog::Page::Registry);
    QVERIFY(m_dialog->registryPage()->errorText().contains(u"at least one"_s));
    QTest::mouseClick(button(m_dialog.get(), u"resetRegistry"_s), Qt::LeftButton);
    QVERIFY(m_dialog->apply());
    QVERIFY(m_dialog->registryPage()->errorText().isEmpty());

    // Gateways: the subdomain form is accepted, a URL with a query is not.
    OrderedListEditor *gateways = m_dialog->gatewaysPage()->editor();
    gateways->input()->setText(u"https://{cid}.ipfs.example.org"_s);
    QVERIFY2(gateways->addFromInput(), qPrintable(gateways->inputError()));
    gateways->input()->setText(u"https://gw.example.org/?token=x"_s);
    QVERIFY(!gateways->addFromInput());
    QVERIFY(m_dialog->apply());
    QVERIFY(Settings(iniPath()).gateways().contains(u"https://{cid}.ipfs.example.org"_s));
}

void TestSettingsDialog::refusalsShowInline_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("orcid") << int(SettingsDialog::Page::Publishing) << u"authorOrcid"_s << u"1234"_s
                           << u"ORCID"_s;
    QTest::newRow("token as github login")
        << int(SettingsDialog::Page::Publishing) << u"githubLogin"_s
        << u"ghp_0123456789abcdefghijABCDEFGHIJ0123456789"_s << u"looks like a token"_s;
    QTest::newRow("binary missing") << int(SettingsDialog::Page::Daemon) << u"ipfsBinary"_s
                                    << u"/nonexistent/ipfs"_s << u"not an executable"_s;
    QTest::newRow("relative repo") << int(SettingsDialog::Page::Daemon) << u"ipfsPath"_s
                                   << u"relative/ipfs"_s << u"absolute path"_s;
    QTest::newRow("bad api") << int(SettingsDialog::Page::Daemon) << u"kuboApiAddress"_s
                             << u"/ip4/999.1.1.1/tcp/1"_s << u"API address"_s;
    QTest::newRow("relative cache dir") << int(SettingsDialog::Page::Cache) << u"pythonTracesDir"_s
                                        << u"traces"_s << u"absolute path"_s;
}

void TestSettingsDialog::refusalsShowInline()
{
    QFETCH(int, page);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, messagePart);
    const QByteArray before = readFile(iniPath()).toUtf8();
    m_dialog->showPage(SettingsDialog::Page::Registry);
    auto *edit = m_dialog->findChild<QLineEdit *>(field);
    QVERIFY(edit);
    edit->setText(value);
    QTest::mouseClick(m_dialog->buttons()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(m_dialog->isVisible()); // OK did not close
    QCOMPARE(int(m_dialog->currentPage()), page);
    const QList<SettingsPage *> pages = m_dialog->findChildren<SettingsPage *>();
    QString shown;
    for (SettingsPage *p : pages)
        shown += p->errorText();
    QVERIFY2(shown.contains(messagePart), qPrintable(shown));
    QVERIFY(!readFile(iniPath()).contains(value) || value == u"traces"_s);
    Q_UNUSED(before)
}

void TestSettingsDialog::gatewayTestButton()
{
    ProbeServer server;
    const QUrl base = server.start();
    QVERIFY(base.port() > 0);
    // A port nobody listens on: bind, note the port, close.
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const QString closedUrl = u"http://127.0.0.1:%1"_s.arg(closed.serverPort());
    closed.close();

    GatewaysPage *page = m_dialog->gatewaysPage();
    const QString good = base.toString(), liar = good + u"/liar"_s, missing = good + u"/missing"_s;
    page->editor()->setValues({good, liar, missing, closedUrl});
    m_dialog->showPage(SettingsDialog::Page::Gateways);
    QSignalSpy done(page, &GatewaysPage::testsFinished);
    QTest::mouseClick(button(m_dialog.get(), u"testGateways"_s), Qt::LeftButton);
    QVERIFY(page->testsRunning());
    QVERIFY(done.wait(20000));
    QTreeWidget *tree = page->editor()->tree();
    const auto result = [&](int row) { return tree->topLevelItem(row)->text(1); };
    QVERIFY2(result(0).startsWith(u"OK, "_s) && result(0).endsWith(u" ms"_s),
             qPrintable(result(0)));
    QVERIFY(tree->topLevelItem(0)->data(1, Qt::UserRole).toBool());
    QVERIFY2(result(1).contains(u"sent data for an empty block"_s), qPrintable(result(1)));
    QVERIFY2(result(2).contains(u"HTTP 404"_s), qPrintable(result(2)));
    QVERIFY2(result(3).startsWith(u"Failed: "_s), qPrintable(result(3)));
    for (int row = 1; row < 4; ++row)
        QVERIFY(!tree->topLevelItem(row)->data(1, Qt::UserRole).toBool());
    QVERIFY(server.queries.contains(u"format=raw"_s));

    QCOMPARE(GatewaysPage::probeUrl(u"https://{cid}.ipfs.dweb.link"_s).toString(),
             u"https://bafkqaaa.ipfs.dweb.link/?format=raw"_s);
    QCOMPARE(GatewaysPage::probeUrl(u"https://gw.example.org/base/"_s).toString(),
             u"https://gw.example.org/base/ipfs/bafkqaaa?format=raw"_s);
}

void TestSettingsDialog::clearBlockStoreKeepsFinishedFiles()
{
    const QString block = Paths::contentStoreDir() + u"/blocks/AB/CIQAB.data"_s;
    const QString finished = Paths::pythonTracesDir() + u"/some-trace/trace.json.gz"_s;
    for (const QString &file : {block, finished}) {
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(3000, 'x'));
    }
    CachePage *cache = m_dialog->cachePage();
    m_dialog->showPage(SettingsDialog::Page::Cache);
    QSignalSpy sizes(cache, &CachePage::sizesUpdated);
    cache->refreshSizes();
    QTRY_VERIFY_WITH_TIMEOUT(cache->m_storeSize->text().contains(u"1 file"_s), 10000);
    QVERIFY2(cache->m_tracesSize->text().contains(u"1 file"_s),
             qPrintable(cache->m_tracesSize->text()));

    QSignalSpy cleared(cache, &CachePage::storeCleared);
    QTest::mouseClick(cache->m_clear, Qt::LeftButton);
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(u"confirmClearStore"_s)) != nullptr);
    QVERIFY(box->informativeText().contains(u"Python library are kept"_s));
    // Cancel first: nothing happens.
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(50);
    QCOMPARE(cleared.count(), 0);
    QVERIFY(QFileInfo::exists(block));

    QTest::mouseClick(cache->m_clear, Qt::LeftButton);
    QTRY_VERIFY((box = m_dialog->findChild<QMessageBox *>(u"confirmClearStore"_s)) != nullptr &&
                box->isVisible());
    box->button(QMessageBox::Yes)->click();
    QVERIFY(cleared.wait(10000));
    QVERIFY(!QFileInfo::exists(block));
    QVERIFY(QFileInfo::exists(finished));
    QVERIFY(cache->m_status->text().contains(u"cleared"_s));
    QTRY_VERIFY_WITH_TIMEOUT(cache->m_storeSize->text().contains(u"0 file"_s), 10000);
}

void TestSettingsDialog::tokensGoToTheKeyring()
{
    if (!realKeyring())
        QSKIP("needs a secret service: runs as tst_settingsdialog_keyring through "
              "tests/core/with-keyring.sh (never the developer's own keyring)");
    PublishingPage *pub = m_dialog->publishingPage();
    m_dialog->showPage(SettingsDialog::Page::Publishing);
    QTRY_COMPARE(pub->tokenState(u"github"_s), u"unset"_s);
    QCOMPARE(pub->m_githubTokenStatus->text(), u"not set"_s);

    QTest::mouseClick(pub->m_addService, Qt::LeftButton);
    pub->m_services->item(0, 0)->setText(u"mynode"_s);
    pub->m_services->item(0, 2)->setText(u"https://pin.example.org/psa"_s);
    pub->m_services->setCurrentCell(0, 0);
    const QString serviceToken = u"psa-secret-token-0123456789abcdefghij"_s;
    const QString githubToken = u"ghp_0123456789abcdefghijABCDEFGHIJ012345"_s;
    QTest::keyClicks(pub->m_serviceToken, serviceToken);
    QTest::keyClicks(pub->m_githubToken, githubToken);
    pub->m_githubLogin->setText(u"octocat"_s);
    QVERIFY(m_dialog->apply());
    QVERIFY(pub->m_serviceToken->text().isEmpty()); // never shown again
    QVERIFY(pub->m_githubToken->text().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(pub->tokenState(u"psa:mynode"_s), u"stored"_s, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(pub->tokenState(u"github"_s), u"stored"_s, 30000);
    QCOMPARE(pub->m_githubTokenStatus->text(), u"stored in the keyring"_s);
    QVERIFY(pub->m_serviceTokenStatus->text().contains(u"stored in the keyring"_s));

    // The ini file has the service and the login, never a token.
    const QString ini = readFile(iniPath());
    QVERIFY(ini.contains(u"mynode"_s));
    QVERIFY(ini.contains(u"octocat"_s));
    QVERIFY(!ini.contains(serviceToken));
    QVERIFY(!ini.contains(githubToken));

    // The keyring really has them (read back through SecretStore).
    const auto read = [](const QString &service) {
        std::optional<Result<QString>> out;
        SecretJob *job =
            SecretStore::read(service, QString::fromLatin1(SecretStore::DefaultAccount));
        QObject::connect(job, &SecretJob::finished, [&out](const Result<QString> &r) { out = r; });
        job->start();
        (void)QTest::qWaitFor([&] { return out.has_value(); }, 30000);
        return out;
    };
    auto stored = read(u"psa:mynode"_s);
    QVERIFY(stored && stored->ok());
    QCOMPARE(stored->value(), serviceToken);
    stored = read(u"github"_s);
    QVERIFY(stored && stored->ok());
    QCOMPARE(stored->value(), githubToken);

    // Remove + Apply deletes the entry.
    QVERIFY(pub->m_removeGithubToken->isEnabled());
    QTest::mouseClick(pub->m_removeGithubToken, Qt::LeftButton);
    QVERIFY(pub->m_githubTokenStatus->text().contains(u"removed"_s));
    QVERIFY(m_dialog->apply());
    QTRY_COMPARE_WITH_TIMEOUT(pub->tokenState(u"github"_s), u"unset"_s, 30000);
    stored = read(u"github"_s);
    QVERIFY(stored && !stored->ok());

    // A new dialog sees the stored state without showing the value.
    SettingsDialog again(m_settings.get());
    again.setKeyringEnabled(true);
    again.show();
    QTRY_COMPARE_WITH_TIMEOUT(again.publishingPage()->tokenState(u"psa:mynode"_s), u"stored"_s,
                              30000);
    QVERIFY(again.publishingPage()->m_serviceToken->text().isEmpty());
}

void TestSettingsDialog::cancelDiscardsEdits()
{
    m_dialog->daemonPage()->m_startWithApp->setChecked(true);
    QTest::mouseClick(m_dialog->buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(Settings(iniPath()).startDaemonWithApp(), false);
    m_dialog->show();
    QCOMPARE(m_dialog->daemonPage()->m_startWithApp->isChecked(), false);
}

// Options given on the command line replace what some pages edit for this session: those
// pages say so (and that their values apply next time); the others stay silent.
void TestSettingsDialog::commandLineOverridesAreShown()
{
    SettingsDialog &d = *m_dialog;
    for (SettingsPage *page : std::initializer_list<SettingsPage *>{
             d.registryPage(), d.gatewaysPage(), d.daemonPage(), d.cachePage()})
        QVERIFY(page->commandLineNote().isEmpty());

    GlobalOptions o;
    o.gateways = {u"http://127.0.0.1:9/"_s, u"https://{cid}.ipfs.example"_s};
    o.noDaemon = true;
    d.setCommandLine(o);
    QVERIFY(d.registryPage()->commandLineNote().isEmpty());
    QVERIFY(d.cachePage()->commandLineNote().isEmpty());
    const QString gw = d.gatewaysPage()->commandLineNote();
    QVERIFY2(gw.contains(u"http://127.0.0.1:9/, https://{cid}.ipfs.example"_s), qPrintable(gw));
    QVERIFY(gw.contains(u"--gateway"_s));
    QVERIFY(gw.contains(u"next time"_s));
    d.showPage(SettingsDialog::Page::Gateways);
    QVERIFY(d.gatewaysPage()->findChild<QLabel *>(u"commandLineNote"_s)->isVisible());
    QVERIFY(d.daemonPage()->commandLineNote().contains(u"--no-daemon"_s));

    o = {};
    o.registry = u"file:///tmp/r.json"_s;
    o.ipfsApi = u"/ip4/127.0.0.1/tcp/5009"_s;
    o.cacheDir = m_dir->path();
    d.setCommandLine(o);
    QVERIFY(d.gatewaysPage()->commandLineNote().isEmpty());
    QVERIFY(d.registryPage()->commandLineNote().contains(u"file:///tmp/r.json"_s));
    QVERIFY(d.daemonPage()->commandLineNote().contains(u"/ip4/127.0.0.1/tcp/5009"_s));
    QVERIFY(!d.daemonPage()->commandLineNote().contains(u"--no-daemon"_s));
    QVERIFY(d.cachePage()->commandLineNote().contains(QDir(m_dir->path()).absolutePath()));

    // The lists stay editable and are still saved: they apply next time.
    d.showPage(SettingsDialog::Page::Gateways);
    OrderedListEditor *gateways = d.gatewaysPage()->editor();
    QTest::keyClicks(gateways->input(), u"http://127.0.0.1:8088/"_s);
    QTest::mouseClick(gateways->addButton(), Qt::LeftButton);
    QVERIFY(d.apply());
    QVERIFY(Settings(iniPath()).gateways().contains(u"http://127.0.0.1:8088"_s));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
