// The publish wizard driven page by page with the keyboard (offscreen) against the real js-ipfs
// node (when installed) and the Pinata, PSA and GitHub fakes: the whole way to a pull request,
// and one test per failure path (bad id, pin fails, 401, PR exists, offline) showing the right
// message and keeping the draft; the draft and the record survive closing the wizard.
#include "core/paths.h"
#include "core/publish/packagebuilder.h"
#include "core/publish/publishpipeline.h"
#include "core/publish/registryeditor.h"
#include "core/registry/registryparser.h"
#include "core/settings.h"
#include "tests/publish/artifacts.h"
#include "tests/publish/fakegithub.h"
#include "tests/publish/fakekubo.h"
#include "tests/publish/fakepinata.h"
#include "tests/publish/fakepsa.h"
#include "tests/publish/memorytokens.h"
#include "tests/support/ipfsnode.h"
#include "tests/support/testsupport.h"
#include "ui/publish/publishwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QWizardPage>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pt;
using pt::ui::PublishWizard;

namespace {

const QString kPinataToken = u"eyJhbGciOiJIUzI1NiJ9.pinata-wizard.S3cr3tS1gn4tur3"_s;
const QString kPsaToken = u"psa-wizard-token-0123456789abcdef"_s;
const QByteArray kGitHubToken = "ghp_wizardTokenCCCCCCCCCCCCCCCCCCCCCCCCCC";

using pt::test::MemoryTokens;

template <typename T> T *child(QWidget *w, const QString &name)
{
    T *c = w->findChild<T *>(name);
    if (!c)
        qWarning("no child %s", qPrintable(name));
    return c;
}

// The page's own widget of that name (names repeat across pages: retry, errorText).
template <typename T> T *onPage(PublishWizard &w, const QString &name)
{
    return child<T>(w.currentPage(), name);
}

void press(QAbstractButton *b)
{
    QVERIFY(b);
    QVERIFY2(b->isEnabled(), qPrintable(b->objectName() + u" is disabled"_s));
    b->setFocus();
    QTest::keyClick(b, Qt::Key_Space);
}

void type(QWidget *w, const QString &text)
{
    QVERIFY(w);
    w->setFocus();
    QTest::keyClicks(w, text);
}

QString errorOf(PublishWizard &w)
{
    auto *l = onPage<QLabel>(w, u"errorText"_s);
    return l && !l->isHidden() ? l->text() : QString();
}

} // namespace

class TestPublishWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<pt::test::IpfsNode> m_node;
    std::unique_ptr<pt::test::FakePinata> m_pinata;
    std::unique_ptr<pt::test::FakePsa> m_psa;
    std::unique_ptr<pt::test::FakeGitHub> m_github;
    std::unique_ptr<Settings> m_settings;
    QNetworkAccessManager m_nam;
    MemoryTokens m_tokens;
    registry::Registry m_registry;
    registry::Registry m_v1Registry;
    QString m_dir; // draft + records of the current test
    QList<QUrl> m_opened;
    int m_run = 0;

    ui::PublishContext context(bool withDaemon = false)
    {
        ui::PublishContext c;
        c.settings = m_settings.get();
        c.tokens = &m_tokens;
        c.network = &m_nam;
        c.registry = [this] { return m_registry; };
        if (withDaemon && m_node)
            c.kuboApi = m_node->apiUrl();
        c.github.apiBase = m_github->baseUrl();
        c.github.webBase = m_github->baseUrl();
        c.github.clientId = u"Iv1.wizardtest"_s;
        c.github.forkPollInitial = std::chrono::milliseconds(5);
        c.github.forkPollMax = std::chrono::milliseconds(20);
        c.github.deviceSecond = std::chrono::milliseconds(20);
        c.draftDir = m_dir + u"/draft"_s;
        c.recordDir = m_dir + u"/records"_s;
        c.pinPollInitialMs = 5;
        c.pinPollMaxMs = 20;
        c.pinTimeoutMs = 10000;
        c.openUrl = [this](const QUrl &u) { m_opened.append(u); };
        return c;
    }

    QJsonObject draftOnDisk(PublishWizard &w)
    {
        w.saveDraft();
        QFile f(w.draftPath());
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object();
    }

    void next(PublishWizard &w) { press(w.button(QWizard::NextButton)); }

    // Page 1 + 2 with the keyboard, up to the package page.
    void fillSourceAndDescription(PublishWizard &w, const QString &id)
    {
        QCOMPARE(w.currentId(), int(PublishWizard::SourcePage));
        const QString d = pt::test::dataPath(u"publish/package/"_s);
        type(child<QLineEdit>(&w, u"sourcePath"_s), d + u"kingman_n5.json"_s);
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 10000);
        QVERIFY2(child<QLabel>(&w, u"summary"_s)->text().contains(u"6 vertices"_s),
                 qPrintable(child<QLabel>(&w, u"summary"_s)->text()));
        QVERIFY(child<QLabel>(&w, u"summary"_s)->text().contains(u"1 parameters"_s));
        next(w);
        QCOMPARE(w.currentId(), int(PublishWizard::DescribePage));
        // The author comes from the settings.
        QCOMPARE(child<QLineEdit>(&w, u"author"_s)->text(), u"Wizard Author"_s);
        type(child<QLineEdit>(&w, u"id"_s), id);
        type(child<QLineEdit>(&w, u"description"_s), u"Kingman coalescent, n=5"_s);
        type(child<QLineEdit>(&w, u"modelType"_s), u"coalescent"_s);
        type(child<QLineEdit>(&w, u"domain"_s), u"population-genetics"_s);
        type(child<QLineEdit>(&w, u"tags"_s), u"coalescent, kingman"_s);
        type(child<QLineEdit>(&w, u"citation"_s), u"Røikjer, Hobolth & Munch (2022)"_s);
        type(child<QLineEdit>(&w, u"doi"_s), u"10.1007/s11222-022-10155-6"_s);
        // One parameter row (the trace has one): F2 edits the cell, Return commits.
        auto *table = child<QTableWidget>(&w, u"parameters"_s);
        QCOMPARE(table->rowCount(), 1);
        const QStringList cells{u"theta"_s, u"Scaled mutation rate"_s, u"[0, inf)"_s};
        for (int c = 0; c < 3; ++c) {
            table->setFocus();
            table->setCurrentCell(0, c);
            QTest::keyClick(table, Qt::Key_F2);
            QWidget *editor = QApplication::focusWidget();
            QVERIFY(editor && editor != table);
            QTest::keyClicks(editor, cells.at(c));
            QTest::keyClick(editor, Qt::Key_Return);
        }
        QCOMPARE(table->item(0, 0)->text(), u"theta"_s);
        QVERIFY(!w.currentPage()->isComplete()); // no license yet
        type(child<QComboBox>(&w, u"license"_s), u"MIT"_s);
        QCOMPARE(child<QComboBox>(&w, u"license"_s)->currentText(), u"MIT"_s);
        QVERIFY2(w.currentPage()->isComplete(),
                 qPrintable(child<QLabel>(&w, u"idStatus"_s)->text()));
        next(w);
        QCOMPARE(w.currentId(), int(PublishWizard::PackagePage));
    }

    void waitPackage(PublishWizard &w)
    {
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete() || !errorOf(w).isEmpty(), 30000);
        QVERIFY2(errorOf(w).isEmpty(), qPrintable(errorOf(w)));
        auto *root = child<QLineEdit>(&w, u"rootCid"_s);
        QVERIFY(root->text().startsWith(u"Qm"_s));
        auto *tree = child<QTreeWidget>(&w, u"packageTree"_s);
        QStringList names;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            names << tree->topLevelItem(i)->text(0);
        QVERIFY2(names.contains(u"trace.json.gz"_s) && names.contains(u"metadata.json"_s),
                 qPrintable(names.join(u", "_s)));
        QCOMPARE(tree->topLevelItem(0)->text(2).size(), 64); // sha256 hex
    }

    // Pages 1-4: ticks the services and puts the package on IPFS; returns when that ended.
    void driveToTarget(PublishWizard &w, const QString &id, const QStringList &services)
    {
        fillSourceAndDescription(w, id);
        waitPackage(w);
        next(w);
        QCOMPARE(w.currentId(), int(PublishWizard::TargetPage));
        for (const QString &s : services) {
            auto *box = child<QCheckBox>(&w, u"service:"_s + s);
            QVERIFY(box);
            box->setFocus();
            QTest::keyClick(box, Qt::Key_Space);
            QVERIFY(box->isChecked());
        }
        press(child<QPushButton>(&w, u"putOnIpfs"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!w.pipeline()->isRunning(), 30000);
    }

    void driveToRegistry(PublishWizard &w, const QString &id)
    {
        driveToTarget(w, id, {u"psa:node"_s});
        QTRY_VERIFY(w.currentPage()->isComplete());
        next(w);
        QCOMPARE(w.currentId(), int(PublishWizard::RegistryPage));
        QTRY_VERIFY_WITH_TIMEOUT(!child<QPlainTextEdit>(&w, u"diff"_s)->toPlainText().isEmpty(),
                                 10000);
        QVERIFY(
            child<QPlainTextEdit>(&w, u"diff"_s)->toPlainText().contains(u"+++ b/registry.json"_s));
        QVERIFY(child<QPlainTextEdit>(&w, u"prBody"_s)->toPlainText().contains(id));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        Paths::setRoot(m_tmp.filePath(u"root"_s));
        m_pinata = std::make_unique<pt::test::FakePinata>(kPinataToken);
        QVERIFY(m_pinata->listen());
        m_psa = std::make_unique<pt::test::FakePsa>(kPsaToken);
        QVERIFY(m_psa->listen());
        m_settings = std::make_unique<Settings>(m_tmp.filePath(u"settings.ini"_s));
        QVERIFY(m_settings->setAuthorName(u"Wizard Author"_s).ok());
        QVERIFY(m_settings->setGithubLogin(u"alice"_s).ok());
        QVERIFY(m_settings->setGateways({u"https://ipfs.io"_s}).ok());
        QVERIFY(
            m_settings
                ->setPinningServices(
                    {{u"pinata"_s, pt::PinningService::Kind::Pinata, m_pinata->url().toString()},
                     {u"node"_s, pt::PinningService::Kind::Psa, m_psa->url().toString()}})
                .ok());
        const QByteArray text = pt::test::readData(u"publish/registry/registry-d7430d6.json"_s);
        Result<registry::Registry> reg = registry::parseRegistry(text);
        QVERIFY2(reg.ok(), qPrintable(reg.error().message));
        m_registry = *reg;
        m_v1Registry = *reg;
    }

    void init()
    {
        m_registry = m_v1Registry;
        m_dir = m_tmp.filePath(u"run-%1"_s.arg(++m_run));
        m_opened.clear();
        m_github = std::make_unique<pt::test::FakeGitHub>();
        QVERIFY(m_github->start() != 0);
        m_github->addUser(u"alice"_s, kGitHubToken);
        m_github->addRepo(u"munch-group"_s, u"phasic-traces"_s,
                          {{u"registry.json"_s,
                            pt::test::readData(u"publish/registry/registry-d7430d6.json"_s)}});
        m_tokens.tokens = {{u"pinata"_s, kPinataToken},
                           {u"psa:node"_s, kPsaToken},
                           {u"github"_s, QString::fromLatin1(kGitHubToken)}};
    }

    // Every page, keyboard only, to an opened pull request; the daemon adds when there is one.
    void fullRun()
    {
        if (pt::test::IpfsNode::available() && !m_node) {
            m_node = std::make_unique<pt::test::IpfsNode>();
            QVERIFY2(m_node->start(), qPrintable(m_node->errorString()));
        }
        PublishWizard w(context(true));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        fillSourceAndDescription(w, u"coal_wizard"_s);
        waitPackage(w);
        const QString root = child<QLineEdit>(&w, u"rootCid"_s)->text();
        // Back keeps every value (and the built package).
        press(w.button(QWizard::BackButton));
        QCOMPARE(w.currentId(), int(PublishWizard::DescribePage));
        QCOMPARE(child<QLineEdit>(&w, u"id"_s)->text(), u"coal_wizard"_s);
        QCOMPARE(child<QTableWidget>(&w, u"parameters"_s)->item(0, 2)->text(), u"[0, inf)"_s);
        QCOMPARE(child<QComboBox>(&w, u"license"_s)->currentText(), u"MIT"_s);
        next(w);
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 10000);
        QCOMPARE(child<QLineEdit>(&w, u"rootCid"_s)->text(), root);
        next(w);
        QCOMPARE(w.currentId(), int(PublishWizard::TargetPage));
        auto *daemon = child<QCheckBox>(&w, u"useDaemon"_s);
        if (m_node) {
            QTRY_VERIFY_WITH_TIMEOUT(daemon->isEnabled(), 10000);
            QVERIFY(daemon->isChecked());
        } else {
            QVERIFY(!daemon->isEnabled());
        }
        // Test credentials, then pin on both.
        press(child<QPushButton>(&w, u"test:psa:node"_s));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(&w, u"status:psa:node"_s)->text(),
                                  u"credentials OK"_s, 10000);
        for (const QString &s : {u"pinata"_s, u"psa:node"_s}) {
            auto *box = child<QCheckBox>(&w, u"service:"_s + s);
            box->setFocus();
            QTest::keyClick(box, Qt::Key_Space);
        }
        QVERIFY(!w.currentPage()->isComplete());
        press(child<QPushButton>(&w, u"putOnIpfs"_s));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete() || !errorOf(w).isEmpty(), 60000);
        QVERIFY2(errorOf(w).isEmpty(), qPrintable(errorOf(w)));
        QCOMPARE(child<QLabel>(&w, u"status:psa:node"_s)->text(), u"pinned"_s);
        QCOMPARE(child<QLabel>(&w, u"status:pinata"_s)->text(), u"pinned"_s);
        QCOMPARE(w.pipeline()->record().addState, m_node ? u"added"_s : u"skipped"_s);
        QVERIFY(m_pinata->pins().contains(root));
        next(w);
        QCOMPARE(w.currentId(), int(PublishWizard::RegistryPage));
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QPlainTextEdit>(&w, u"diff"_s)->toPlainText().contains(u"coal_wizard"_s), 10000);
        QTRY_COMPARE(child<QLabel>(&w, u"githubStatus"_s)->text(),
                     u"Logged in (token in the keyring)."_s);
        auto *title = child<QLineEdit>(&w, u"prTitle"_s);
        QCOMPARE(title->text(), u"Add trace coal_wizard"_s);
        type(title, u" (n=5)"_s);
        type(child<QLineEdit>(&w, u"prNote"_s), u"Made with the wizard."_s);
        QTRY_VERIFY(child<QPlainTextEdit>(&w, u"prBody"_s)
                        ->toPlainText()
                        .contains(u"Made with the wizard."_s));
        press(child<QPushButton>(&w, u"openPr"_s));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete() || !errorOf(w).isEmpty(), 20000);
        QVERIFY2(errorOf(w).isEmpty(), qPrintable(errorOf(w)));
        QVERIFY(child<QLabel>(&w, u"prResult"_s)->text().contains(u"Opened the pull request"_s));
        QCOMPARE(m_github->pulls().size(), 1);
        QCOMPARE(m_github->pulls().first().title, u"Add trace coal_wizard (n=5)"_s);
        QVERIFY(m_github->pulls().first().body.contains(u"Made with the wizard."_s));
        next(w);
        QCOMPARE(w.currentId(), int(PublishWizard::DonePage));
        auto *first = child<QLineEdit>(&w, u"value:0"_s);
        QCOMPARE(first->text(), u"https://github.com/munch-group/phasic-traces/pull/1"_s);
        press(child<QPushButton>(&w, u"copy:0"_s));
        QCOMPARE(QGuiApplication::clipboard()->text(), first->text());
        QVERIFY(child<QLineEdit>(&w, u"value:1"_s)->text() == root);
        QCOMPARE(child<QLineEdit>(&w, u"value:2"_s)->text(), u"https://ipfs.io/ipfs/"_s + root);
        QVERIFY(child<QLabel>(&w, u"doneSummary"_s)->text().contains(u"pull request"_s));
        const QString draft = w.draftPath();
        QVERIFY(QFile::exists(draft));
        // No secret in the draft or the record.
        for (const QString &path : {draft, w.pipeline()->recordPath()}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            QVERIFY(!text.contains(kGitHubToken));
            QVERIFY(!text.contains(kPinataToken.toUtf8()));
            QVERIFY(!text.contains(kPsaToken.toUtf8()));
        }
        press(w.button(QWizard::FinishButton));
        QVERIFY(!QFile::exists(draft)); // published: the draft is spent, the record stays
        QVERIFY(QFile::exists(w.pipeline()->recordPath()));
    }

    void badId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("message");
        QTest::newRow("taken") << u"coalescent_n5_theta1"_s << u"already in the registry"_s;
        QTest::newRow("slash") << u"coal/n5"_s << u"Not a safe id"_s;
        QTest::newRow("space") << u"coal n5"_s << u"Not a safe id"_s;
    }
    void badId()
    {
        QFETCH(QString, id);
        QFETCH(QString, message);
        PublishWizard w(context());
        w.show();
        const QString d = pt::test::dataPath(u"publish/package/"_s);
        type(child<QLineEdit>(&w, u"sourcePath"_s), d + u"kingman_n5.json"_s);
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 10000);
        next(w);
        type(child<QLineEdit>(&w, u"id"_s), id);
        type(child<QLineEdit>(&w, u"description"_s), u"d"_s);
        type(child<QLineEdit>(&w, u"modelType"_s), u"coalescent"_s);
        type(child<QComboBox>(&w, u"license"_s), u"MIT"_s);
        auto *status = child<QLabel>(&w, u"idStatus"_s);
        QVERIFY2(status->text().contains(message), qPrintable(status->text()));
        QVERIFY(!w.currentPage()->isComplete());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        // "Replace" makes a taken id acceptable (a new version), never an unsafe one.
        child<QCheckBox>(&w, u"replace"_s)->setFocus();
        QTest::keyClick(child<QCheckBox>(&w, u"replace"_s), Qt::Key_Space);
        QCOMPARE(status->text().contains(message), message != u"already in the registry"_s);
        if (message == u"already in the registry"_s)
            QVERIFY2(status->text().contains(u"will be replaced"_s), qPrintable(status->text()));
        // The draft keeps what was typed.
        QCOMPARE(draftOnDisk(w).value(u"id"_s).toString(), id);
    }

    void pinFails()
    {
        m_tokens.tokens[u"psa:node"_s] = u"wrong-token-0000000000000000"_s;
        PublishWizard w(context());
        w.show();
        driveToTarget(w, u"coal_wizard_pinfail"_s, {u"psa:node"_s});
        QTRY_VERIFY(!errorOf(w).isEmpty());
        QVERIFY2(errorOf(w).contains(u"psa:node"_s), qPrintable(errorOf(w)));
        QVERIFY(errorOf(w).contains(u"no pull request was opened"_s));
        QCOMPARE(child<QLabel>(&w, u"status:psa:node"_s)->text(), u"failed"_s);
        QVERIFY(!w.currentPage()->isComplete());
        QVERIFY(onPage<QPushButton>(w, u"retry"_s)->isVisible());
        const QJsonObject draft = draftOnDisk(w);
        QCOMPARE(draft.value(u"id"_s).toString(), u"coal_wizard_pinfail"_s);
        QCOMPARE(draft.value(u"services"_s).toArray().first().toString(), u"psa:node"_s);
        // Fixed token, Retry: pinned.
        m_tokens.tokens[u"psa:node"_s] = kPsaToken;
        press(onPage<QPushButton>(w, u"retry"_s));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
        QCOMPARE(child<QLabel>(&w, u"status:psa:node"_s)->text(), u"pinned"_s);
    }

    void unauthorized()
    {
        m_tokens.tokens[u"github"_s] = u"ghp_revokedTokenDDDDDDDDDDDDDDDDDDDDDDDDDD"_s;
        PublishWizard w(context());
        w.show();
        driveToRegistry(w, u"coal_wizard_401"_s);
        press(child<QPushButton>(&w, u"openPr"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!errorOf(w).isEmpty(), 20000);
        QVERIFY2(errorOf(w).contains(u"401"_s), qPrintable(errorOf(w)));
        QVERIFY(errorOf(w).contains(u"Log in to GitHub again"_s));
        QVERIFY(!w.currentPage()->isComplete());
        QCOMPARE(m_github->pulls().size(), 0);
        QCOMPARE(draftOnDisk(w).value(u"id"_s).toString(), u"coal_wizard_401"_s);
        // Log in again with the device flow: the code is shown and the browser opened.
        m_github->setDeviceFlow({u"authorization_pending"_s}, kGitHubToken, 1);
        press(child<QPushButton>(&w, u"githubLogin"_s));
        QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(&w, u"deviceCode"_s)->isVisible(), 10000);
        QCOMPARE(child<QLineEdit>(&w, u"deviceCode"_s)->text(), u"WDJB-MJHT"_s);
        QCOMPARE(m_opened.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(&w, u"githubStatus"_s)->text(), u"Logged in."_s,
                                  10000);
        QCOMPARE(m_tokens.tokens.value(u"github"_s), QString::fromLatin1(kGitHubToken));
        press(onPage<QPushButton>(w, u"retry"_s));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 20000);
        QCOMPARE(m_github->pulls().size(), 1);
    }

    void pullRequestExists()
    {
        // Someone (an earlier publish) already opened the PR for this id.
        {
            pt::publish::PublishPipeline p(m_settings.get(), &m_tokens);
            p.setGitHubConfig(context().github);
            p.setRecordDir(m_dir + u"/earlier"_s);
            pt::publish::PublishRequest r;
            const QString d = pt::test::dataPath(u"publish/package/"_s);
            r.tracePath = d + u"kingman_n5.json"_s;
            r.metadataPath = d + u"metadata.json"_s;
            r.id = u"coal_wizard_twice"_s;
            p.setRequest(r);
            bool done = false;
            connect(&p, &pt::publish::PublishPipeline::finished, this,
                    [&done](const Result<void> &res) { done = res.ok(); });
            p.start();
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        }
        QCOMPARE(m_github->pulls().size(), 1);
        PublishWizard w(context());
        w.show();
        driveToRegistry(w, u"coal_wizard_twice"_s);
        press(child<QPushButton>(&w, u"openPr"_s));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete() || !errorOf(w).isEmpty(), 20000);
        QVERIFY2(errorOf(w).isEmpty(), qPrintable(errorOf(w)));
        QVERIFY2(
            child<QLabel>(&w, u"prResult"_s)->text().contains(u"Updated the open pull request"_s),
            qPrintable(child<QLabel>(&w, u"prResult"_s)->text()));
        QCOMPARE(m_github->pulls().size(), 1);
        QCOMPARE(draftOnDisk(w).value(u"id"_s).toString(), u"coal_wizard_twice"_s);
    }

    void offline()
    {
        ui::PublishContext c = context();
        c.github.apiBase = QUrl(u"http://127.0.0.1:%1"_s.arg(pt::test::IpfsNode::freePort()));
        PublishWizard w(c);
        w.show();
        driveToRegistry(w, u"coal_wizard_offline"_s);
        press(child<QPushButton>(&w, u"openPr"_s));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete() || !errorOf(w).isEmpty(), 20000);
        QVERIFY2(errorOf(w).isEmpty(), qPrintable(errorOf(w)));
        const QString result = child<QLabel>(&w, u"prResult"_s)->text();
        QVERIFY2(result.contains(u"Not sending to GitHub"_s), qPrintable(result));
        QVERIFY(result.contains(u"could not be reached"_s));
        const QString patch = w.pipeline()->record().patchPath;
        QVERIFY(QFile::exists(patch));
        QCOMPARE(draftOnDisk(w).value(u"id"_s).toString(), u"coal_wizard_offline"_s);
        // "Save patch" to a path of one's own also works.
        auto *path = child<QLineEdit>(&w, u"patchPath"_s);
        path->clear();
        type(path, m_dir + u"/mine.patch"_s);
        press(child<QPushButton>(&w, u"savePatch"_s));
        QVERIFY(QFile::exists(m_dir + u"/mine.patch"_s));
    }

    // Close after pinning: Cancel says what exists; a new wizard (as after a restart) has every
    // value back and resumes from the record without pinning again.
    void draftSurvivesClosing()
    {
        QString summary;
        qsizetype psaPins = 0;
        {
            PublishWizard w(context());
            w.show();
            driveToTarget(w, u"coal_wizard_draft"_s, {u"psa:node"_s});
            QTRY_VERIFY(w.currentPage()->isComplete());
            psaPins = m_psa->pins().size();
            connect(&w, &PublishWizard::cancelSummaryShown, this,
                    [&summary](const QString &t) { summary = t; });
            press(w.button(QWizard::CancelButton));
            QVERIFY2(summary.contains(u"pinned on psa:node"_s), qPrintable(summary));
            QVERIFY(summary.contains(u"no pull request opened"_s));
            auto *box = w.findChild<QMessageBox *>(u"cancelSummary"_s);
            QVERIFY(box);
            QTRY_VERIFY(box->isVisible());
            QTest::keyClick(box, Qt::Key_Return); // the default: close, resume later
            QTRY_VERIFY(!w.isVisible());
        }
        PublishWizard again(context());
        again.show();
        QCOMPARE(child<QLineEdit>(&again, u"sourcePath"_s)->text(),
                 pt::test::dataPath(u"publish/package/"_s) + u"kingman_n5.json"_s);
        QCOMPARE(child<QLineEdit>(&again, u"id"_s)->text(), u"coal_wizard_draft"_s);
        QCOMPARE(child<QLineEdit>(&again, u"description"_s)->text(), u"Kingman coalescent, n=5"_s);
        QCOMPARE(child<QComboBox>(&again, u"license"_s)->currentText(), u"MIT"_s);
        QCOMPARE(child<QTableWidget>(&again, u"parameters"_s)->item(0, 0)->text(), u"theta"_s);
        QVERIFY(again.pipeline()->record().pinnedOn(u"psa:node"_s));
        QTRY_VERIFY_WITH_TIMEOUT(again.currentPage()->isComplete(), 10000);
        next(again);
        next(again);
        QTRY_VERIFY_WITH_TIMEOUT(again.currentPage()->isComplete(), 20000);
        next(again);
        QCOMPARE(again.currentId(), int(PublishWizard::TargetPage));
        QVERIFY(child<QCheckBox>(&again, u"service:psa:node"_s)->isChecked());
        QVERIFY(again.currentPage()->isComplete()); // already pinned: nothing to redo
        QCOMPARE(m_psa->pins().size(), psaPins);
    }

    // Cancel while a pin is still being waited for: the run stops, the message says what
    // exists (the pin request) and the draft and record stay for a resume.
    void cancelWhilePinning()
    {
        ui::PublishContext c = context();
        c.pinPollInitialMs = 5000; // the first status poll comes after the cancel
        c.pinPollMaxMs = 5000;
        PublishWizard w(c);
        w.show();
        fillSourceAndDescription(w, u"coal_wizard_cancel"_s);
        waitPackage(w);
        next(w);
        auto *box = child<QCheckBox>(&w, u"service:psa:node"_s);
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
        press(child<QPushButton>(&w, u"putOnIpfs"_s));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(&w, u"status:psa:node"_s)->text(), u"queued"_s,
                                  10000);
        QVERIFY(w.pipeline()->isRunning());
        QString summary;
        connect(&w, &PublishWizard::cancelSummaryShown, this,
                [&summary](const QString &t) { summary = t; });
        QTest::keyClick(&w, Qt::Key_Escape);
        QVERIFY(!w.pipeline()->isRunning());
        QVERIFY2(summary.contains(u"pin requested on psa:node"_s), qPrintable(summary));
        QVERIFY(summary.contains(u"no pull request opened"_s));
        QTRY_VERIFY(errorOf(w).contains(u"Cancelled"_s));
        QVERIFY(onPage<QPushButton>(w, u"retry"_s)->isVisible());
        // "Stay and resume now" keeps the wizard open; Retry finishes the pin.
        auto *msg = w.findChild<QMessageBox *>(u"cancelSummary"_s);
        QVERIFY(msg);
        QTest::keyClick(msg, Qt::Key_Escape);
        QTRY_VERIFY(!msg->isVisible());
        QVERIFY(w.isVisible());
        QCOMPARE(draftOnDisk(w).value(u"id"_s).toString(), u"coal_wizard_cancel"_s);
        QVERIFY(w.pipeline()->record().cancelled);
    }

    // v2: two ptd_pcg artifacts through every page (keyboard), added to the real js-ipfs node
    // when there is one, each artifact pinned on Pinata and the PSA with its own live row, to a
    // pull request whose registry.json has the v2 entry with both artifacts.
    void v2TwoArtifacts()
    {
        if (pt::test::IpfsNode::available() && !m_node) {
            m_node = std::make_unique<pt::test::IpfsNode>();
            QVERIFY2(m_node->start(), qPrintable(m_node->errorString()));
        }
        const QByteArray v2 = pt::test::readData(u"publish/registry/registry.json"_s);
        Result<registry::Registry> reg = registry::parseRegistry(v2);
        QVERIFY2(reg.ok(), qPrintable(reg.error().message));
        m_registry = *reg;
        m_github->addRepo(u"munch-group"_s, u"phasic-traces"_s, {{u"registry.json"_s, v2}});
        const QStringList bins = pt::test::writeComputeArtifacts(m_dir + u"/bins"_s, '1', '2');
        QCOMPARE(bins.size(), 2);
        const QString parentName = QString(64, u'1') + u".bin"_s;
        const QString sccName = u"scc_"_s + QString(64, u'2') + u".bin"_s;

        PublishWizard w(context(true));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        // 1. What: both files, ';'-separated.
        type(child<QLineEdit>(&w, u"sourcePath"_s), bins.join(u';'));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 10000);
        const QString summary = child<QLabel>(&w, u"summary"_s)->text();
        QVERIFY2(summary.contains(u"Compute artifacts (registry v2)"_s), qPrintable(summary));
        QVERIFY(summary.contains(parentName + u": PTDPRMC1 revision 2, 1 commands, 1 vertices"_s));
        QVERIFY(summary.contains(sccName));
        next(w);
        // 2. Describe.
        QCOMPARE(w.currentId(), int(PublishWizard::DescribePage));
        type(child<QLineEdit>(&w, u"id"_s), u"coal_wizard_v2"_s);
        type(child<QLineEdit>(&w, u"description"_s), u"Two compute artifacts"_s);
        type(child<QLineEdit>(&w, u"modelType"_s), u"coalescent"_s);
        type(child<QLineEdit>(&w, u"domain"_s), u"population-genetics"_s);
        type(child<QComboBox>(&w, u"license"_s), u"MIT"_s);
        QTRY_VERIFY2(w.currentPage()->isComplete(),
                     qPrintable(child<QLabel>(&w, u"idStatus"_s)->text()));
        next(w);
        // 3. Package preview: both artifacts with their own CIDs.
        QCOMPARE(w.currentId(), int(PublishWizard::PackagePage));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete() || !errorOf(w).isEmpty(), 30000);
        QVERIFY2(errorOf(w).isEmpty(), qPrintable(errorOf(w)));
        auto *tree = child<QTreeWidget>(&w, u"packageTree"_s);
        QStringList names;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            names << tree->topLevelItem(i)->text(0);
        QVERIFY2(names.contains(parentName) && names.contains(sccName),
                 qPrintable(names.join(u", "_s)));
        next(w);
        // 4. Where: both services; one live row per service × artifact.
        QCOMPARE(w.currentId(), int(PublishWizard::TargetPage));
        if (m_node)
            QTRY_VERIFY_WITH_TIMEOUT(child<QCheckBox>(&w, u"useDaemon"_s)->isEnabled(), 10000);
        for (const QString &s : {u"pinata"_s, u"psa:node"_s}) {
            auto *box = child<QCheckBox>(&w, u"service:"_s + s);
            box->setFocus();
            QTest::keyClick(box, Qt::Key_Space);
            QVERIFY(box->isChecked());
        }
        press(child<QPushButton>(&w, u"putOnIpfs"_s));
        auto *pins = child<QTreeWidget>(&w, u"pinStatus"_s);
        QTRY_COMPARE_WITH_TIMEOUT(pins->topLevelItemCount(), 4, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete() || !errorOf(w).isEmpty(), 60000);
        QVERIFY2(errorOf(w).isEmpty(), qPrintable(errorOf(w)));
        const pt::publish::PublishRecord &rec = w.pipeline()->record();
        const QStringList cids = rec.pinCids();
        QCOMPARE(cids.size(), 2);
        QSet<QString> rows;
        for (int i = 0; i < pins->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = pins->topLevelItem(i);
            QCOMPARE(item->text(3), u"pinned"_s);
            rows.insert(item->text(0) + u' ' + item->text(1) + u' ' + item->text(2));
        }
        for (const QString &s : {u"pinata"_s, u"psa:node"_s}) {
            QCOMPARE(child<QLabel>(&w, u"status:"_s + s)->text(), u"pinned 2 of 2"_s);
            QVERIFY(rows.contains(s + u' ' + parentName + u' ' + cids.at(0)));
            QVERIFY(rows.contains(s + u' ' + sccName + u' ' + cids.at(1)));
        }
        // The fakes hold both CIDs.
        for (const QString &cid : cids) {
            QVERIFY(m_pinata->pins().value(cid).pinned());
            bool onPsa = false;
            for (const pt::test::FakePsa::Pin &p : m_psa->pins())
                onPsa |= p.cid == cid && p.status() == u"pinned"_s;
            QVERIFY2(onPsa, qPrintable(cid));
        }
        QCOMPARE(rec.addState, m_node ? u"added"_s : u"skipped"_s);
        next(w);
        // 5. The pull request.
        QCOMPARE(w.currentId(), int(PublishWizard::RegistryPage));
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QPlainTextEdit>(&w, u"diff"_s)->toPlainText().contains(u"coal_wizard_v2"_s),
            10000);
        QTRY_COMPARE(child<QLabel>(&w, u"githubStatus"_s)->text(),
                     u"Logged in (token in the keyring)."_s);
        press(child<QPushButton>(&w, u"openPr"_s));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete() || !errorOf(w).isEmpty(), 20000);
        QVERIFY2(errorOf(w).isEmpty(), qPrintable(errorOf(w)));
        QCOMPARE(m_github->pulls().size(), 1);
        const QString body = m_github->pulls().first().body;
        for (const QString &cid : cids)
            QVERIFY2(body.contains(cid), qPrintable(body));
        QCOMPARE(body.count(u"pinned on pinata, psa:node"_s), 2);
        const QByteArray pushed = m_github->fileAt(
            u"alice/phasic-traces"_s, u"heads/phasic-publish/coal_wizard_v2"_s, u"registry.json"_s);
        Result<pt::publish::RegistryDocument> doc =
            pt::publish::RegistryDocument::parse(pushed, u"pushed"_s);
        QVERIFY2(doc.ok(), qPrintable(doc.error().message));
        QCOMPARE(doc->kind(), pt::publish::RegistryDocument::Kind::V2);
        const pt::publish::OJson *entry = doc->entry(u"coal_wizard_v2"_s);
        QVERIFY(entry);
        const pt::publish::OJson *artifacts = entry->find(u"artifacts"_s);
        QVERIFY(artifacts);
        QCOMPARE(artifacts->find(u"parent"_s)->find(u"cid_or_path"_s)->toString(),
                 u"artifacts/"_s + parentName);
        QCOMPARE(artifacts->find(u"scc"_s)->items().size(), 1);
        QCOMPARE(artifacts->find(u"scc"_s)->items().first().find(u"cid_or_path"_s)->toString(),
                 u"artifacts/"_s + sccName);
        // Both artifact files are committed next to registry.json.
        for (const QString &path : bins) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(m_github->fileAt(u"alice/phasic-traces"_s,
                                      u"heads/phasic-publish/coal_wizard_v2"_s,
                                      u"artifacts/"_s + QFileInfo(path).fileName()),
                     f.readAll());
        }
        next(w);
        QCOMPARE(w.currentId(), int(PublishWizard::DonePage));
        QVERIFY(child<QLabel>(&w, u"doneSummary"_s)->text().contains(u"pull request"_s));
    }

    // v2 failure path: an invalid .bin (cut short) is refused on page 1 with the validator's
    // exact message; Next stays off and the draft keeps the paths typed.
    void v2InvalidArtifact()
    {
        const QStringList bins = pt::test::writeComputeArtifacts(m_dir + u"/bad"_s, '3', '4');
        QCOMPARE(bins.size(), 2);
        {
            QFile f(bins.at(1));
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(150));
        }
        PublishWizard w(context());
        w.show();
        const QString source = bins.join(u';');
        type(child<QLineEdit>(&w, u"sourcePath"_s), source);
        const QString expected = u"scc_"_s + QString(64, u'4') +
                                 u".bin: 150 bytes, but the header (commands 1, mem 1, vertices "
                                 u"1) needs 56 + 128·C + 8·M + 8·V = 200; truncated or not a "
                                 u"ptd_pcg artifact"_s;
        QTRY_COMPARE_WITH_TIMEOUT(errorOf(w), expected, 10000);
        QVERIFY(!w.currentPage()->isComplete());
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        QVERIFY(child<QLabel>(&w, u"summary"_s)->text().isEmpty());
        QCOMPARE(draftOnDisk(w).value(u"source"_s).toString(), source);
        // The good file alone passes (a parent without its scc is a valid compute).
        auto *path = child<QLineEdit>(&w, u"sourcePath"_s);
        path->clear();
        type(path, bins.at(0));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete(), 10000);
        QVERIFY(errorOf(w).isEmpty());
    }

    // Page 4 lists the node's own remote pinning services (only when the node runs and has
    // some): "Pin via my IPFS node's remote service NAME", testable, and pinning through it
    // (the fake Kubo hands add to js-ipfs when installed) shows its live row.
    void daemonRemoteService()
    {
        pt::test::FakeKubo kubo;
        QVERIFY(kubo.listen());
        kubo.addService(u"mypsa"_s, u"https://psa.example/api/v1"_s);
        const bool withNode = pt::test::IpfsNode::available();
        if (withNode && !m_node) {
            m_node = std::make_unique<pt::test::IpfsNode>();
            QVERIFY2(m_node->start(), qPrintable(m_node->errorString()));
        }
        if (withNode)
            kubo.forwardTo(m_node->apiUrl());
        ui::PublishContext c = context();
        c.kuboApi = kubo.url();
        PublishWizard w(c);
        w.show();
        fillSourceAndDescription(w, u"coal_wizard_remote"_s);
        waitPackage(w);
        next(w);
        QCOMPARE(w.currentId(), int(PublishWizard::TargetPage));
        QTRY_VERIFY_WITH_TIMEOUT(w.findChild<QCheckBox *>(u"service:daemon:mypsa"_s), 10000);
        auto *box = child<QCheckBox>(&w, u"service:daemon:mypsa"_s);
        QCOMPARE(box->text(), u"Pin via my IPFS node's remote service mypsa"_s);
        press(child<QPushButton>(&w, u"test:daemon:mypsa"_s));
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(&w, u"status:daemon:mypsa"_s)->text(),
                                  u"credentials OK"_s, 10000);
        // The draft remembers the choice even before the node answers next time.
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
        QVERIFY(child<QCheckBox>(&w, u"useDaemon"_s)->isChecked()); // the node must hold it
        QCOMPARE(draftOnDisk(w).value(u"services"_s).toArray().first().toString(),
                 u"daemon:mypsa"_s);
        if (!withNode)
            return;
        press(child<QPushButton>(&w, u"putOnIpfs"_s));
        QTRY_VERIFY_WITH_TIMEOUT(w.currentPage()->isComplete() || !errorOf(w).isEmpty(), 60000);
        QVERIFY2(errorOf(w).isEmpty(), qPrintable(errorOf(w)));
        const QString root = w.pipeline()->record().rootCid;
        QCOMPARE(kubo.pinnedCids(u"mypsa"_s), QStringList{root});
        auto *pins = child<QTreeWidget>(&w, u"pinStatus"_s);
        QCOMPARE(pins->topLevelItemCount(), 1);
        QCOMPARE(pins->topLevelItem(0)->text(0), u"daemon:mypsa"_s);
        QCOMPARE(pins->topLevelItem(0)->text(3), u"pinned"_s);
    }

    // js-ipfs (no pin/remote) and no node at all: no such rows.
    void noDaemonServicesWithoutRemotePinning()
    {
        if (!pt::test::IpfsNode::available())
            QSKIP(qPrintable(pt::test::IpfsNode::unavailableReason()));
        if (!m_node) {
            m_node = std::make_unique<pt::test::IpfsNode>();
            QVERIFY2(m_node->start(), qPrintable(m_node->errorString()));
        }
        PublishWizard w(context(true));
        w.show();
        w.next();
        w.next();
        w.next();
        QWizardPage *target = w.page(PublishWizard::TargetPage);
        QTRY_VERIFY_WITH_TIMEOUT(child<QCheckBox>(target, u"useDaemon"_s)->isEnabled(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(target->property("daemonServicesListed").toBool(), 10000);
        for (QCheckBox *b : target->findChildren<QCheckBox *>())
            QVERIFY2(!b->objectName().startsWith(u"service:daemon:"_s),
                     qPrintable(b->objectName()));
    }

    void cleanupTestCase() { m_node.reset(); }
};

QTEST_MAIN(TestPublishWizard)
#include "tst_publishwizard.moc"
