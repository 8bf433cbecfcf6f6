#pragma once

#include "core/publish/github.h"
#include "core/publish/publishpipeline.h"
#include "core/registry/registry.h"

#include <QJsonObject>
#include <QPointer>
#include <QUrl>
#include <QWizard>
#include <QWizardPage>

#include <functional>

class QLabel;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QTimer;

namespace pt {
class Settings;
}

namespace pt::ui {

// What the wizard needs, given explicitly (no globals), so tests point it at fakes.
struct PublishContext
{
    pt::Settings *settings = nullptr;                 // author, ORCID, pinning services, gateways
    pt::publish::TokenStore *tokens = nullptr;        // over pt::SecretStore in the app
    QNetworkAccessManager *network = nullptr;         // the daemon probe
    std::function<pt::registry::Registry()> registry; // the loaded registry (id check, diff)
    QUrl kuboApi;                                     // the local daemon's RPC API; empty = none
    pt::publish::GitHubConfig github;                 // api.github.com unless told otherwise
    QString draftDir;  // draft + its metadata.json; empty = Paths::dataDir()/publish/draft
    QString recordDir; // publish records; empty = Paths::dataDir()/publish
    // Polling of pin status (ms): first delay, maximum delay, give up after.
    int pinPollInitialMs = 1000;
    int pinPollMaxMs = 30000;
    int pinTimeoutMs = 30 * 60 * 1000;
    // Opens the device-flow page; default QDesktopServices::openUrl. Tests record it.
    std::function<void(const QUrl &)> openUrl;

    // The app's context: tokens from the keychain, the daemon from the settings (or the
    // repository's api file), the OAuth client id from $PT_GITHUB_CLIENT_ID or the build.
    static PublishContext forApp(pt::Settings *settings, QNetworkAccessManager *network,
                                 std::function<pt::registry::Registry()> registry);
};

// A spinner (busy bar), a status line, and a per-page error with Retry.
class BusyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BusyPanel(QWidget *parent = nullptr);
    void setBusy(const QString &text);
    void setProgress(qint64 done, qint64 total);
    void setStatus(const QString &text);
    void setError(const QString &text); // shows Retry
    void clear();
    QString errorText() const;
    QString statusText() const;
    bool isBusy() const;

signals:
    void retry();

private:
    QProgressBar *m_bar;
    QLabel *m_status;
    QLabel *m_error;
    QPushButton *m_retry;
};

class PublishWizard;

// A page that runs part of the pipeline: the wizard tells it how that went.
class PublishPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PublishPage(PublishWizard *wizard);
    virtual void pipelineFinished(const pt::Result<void> &result) { Q_UNUSED(result); }
    // The page's entered values into / from the draft.
    virtual void saveTo(QJsonObject &draft) const { Q_UNUSED(draft); }
    virtual void restoreFrom(const QJsonObject &draft) { Q_UNUSED(draft); }
    BusyPanel *busyPanel() const { return m_busy; }

protected:
    PublishWizard *m_wizard;
    BusyPanel *m_busy;
};

// The publish wizard (issue 7): what → describe → package preview → where (daemon, pinning)
// → registry pull request → done, over PublishPipeline. Non-modal: show() it (never exec()).
// Every entered value is kept in a draft (Paths::dataDir()/publish/draft/draft.json, no
// secrets) restored on the next open, together with the pipeline's publish record, so closing
// the wizard or the app loses nothing; Cancel says what already exists.
class PublishWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SourcePage, DescribePage, PackagePage, TargetPage, RegistryPage, DonePage };

    explicit PublishWizard(PublishContext context, QWidget *parent = nullptr);
    ~PublishWizard() override;

    // One wizard at a time: raises the open one, else creates (WA_DeleteOnClose) and shows
    // it. For the menu, toolbar and tray actions.
    static PublishWizard *showWizard(const PublishContext &context, QWidget *parent = nullptr);

    const PublishContext &context() const { return m_context; }
    pt::publish::PublishPipeline *pipeline() const { return m_pipeline; }
    QString draftPath() const;
    QString draftDir() const;
    QString metadataPath() const;

    // The draft: every value the user entered (no secrets).
    QJsonObject draft() const;
    void saveDraft();
    void scheduleDraftSave();
    void clearDraft();

    // The request built from the entered values.
    pt::publish::PublishRequest buildRequest() const;
    // Runs the pipeline up to `last`, reporting to `page`.
    void runPipeline(pt::publish::PublishRecord::Step last, PublishPage *page);

    // Checks of the "Describe" page, public for tests and reuse.
    static QStringList spdxLicenses();
    QString idProblem(const QString &id, bool replace) const;

    void reject() override;
    void accept() override;

signals:
    // Emitted when Cancel shows what exists (the text of the message box).
    void cancelSummaryShown(const QString &text);

private:
    void restoreDraft();

    PublishContext m_context;
    pt::publish::PublishPipeline *m_pipeline;
    QPointer<PublishPage> m_runningPage;
    QTimer *m_draftTimer;
    bool m_closing = false;
    bool m_restoring = false;
};

} // namespace pt::ui
