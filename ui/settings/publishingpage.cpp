// The Publishing page of the settings dialog: the author, the pinning services and the GitHub
// account. Tokens go to the keyring through SecretStore when Apply is pressed and are never
// read back into a widget: the page only says whether one is stored.
#include "core/secrets.h"
#include "core/settings.h"
#include "ui/settings/settingspages.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace pt::ui {

namespace {

enum Column { NameColumn, KindColumn, EndpointColumn };
constexpr int PendingTokenRole = Qt::UserRole + 1;
const QString kGithub = u"github"_s;

QString account()
{
    return QString::fromLatin1(SecretStore::DefaultAccount);
}

} // namespace

QString PublishingPage::secretServiceFor(const QString &kind, const QString &name)
{
    if (kind == u"psa"_s)
        return name.isEmpty() ? QString() : u"psa:"_s + name;
    if (kind == u"pinata"_s)
        return u"pinata"_s;
    return {}; // web3storage: the w3 command-line tool keeps its own login
}

PublishingPage::PublishingPage(Settings *settings, QWidget *parent) : SettingsPage(settings, parent)
{
    // --- author
    auto *authorBox = new QGroupBox(tr("Author"), this);
    auto *authorForm = new QFormLayout(authorBox);
    m_authorName = new QLineEdit(authorBox);
    m_authorName->setObjectName(u"authorName"_s);
    m_authorName->setAccessibleName(tr("Author name"));
    auto *nameLabel = new QLabel(tr("&Name:"), authorBox);
    nameLabel->setBuddy(m_authorName);
    authorForm->addRow(nameLabel, m_authorName);
    m_authorOrcid = new QLineEdit(authorBox);
    m_authorOrcid->setObjectName(u"authorOrcid"_s);
    m_authorOrcid->setAccessibleName(tr("Author ORCID"));
    m_authorOrcid->setPlaceholderText(u"0000-0002-1825-0097"_s);
    auto *orcidLabel = new QLabel(tr("&ORCID:"), authorBox);
    orcidLabel->setBuddy(m_authorOrcid);
    authorForm->addRow(orcidLabel, m_authorOrcid);
    contentLayout()->addWidget(authorBox);

    // --- pinning services
    auto *pinBox = new QGroupBox(tr("Pinning services"), this);
    auto *pinLayout = new QVBoxLayout(pinBox);
    m_services = new QTableWidget(0, 3, pinBox);
    m_services->setObjectName(u"pinningServices"_s);
    m_services->setAccessibleName(tr("Pinning services"));
    m_services->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Endpoint")});
    m_services->horizontalHeader()->setStretchLastSection(true);
    m_services->verticalHeader()->hide();
    m_services->setMinimumHeight(110);
    m_services->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_services->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_services->setSelectionMode(QAbstractItemView::SingleSelection);
    pinLayout->addWidget(m_services, 1);
    auto *rowButtons = new QHBoxLayout;
    m_addService = new QPushButton(tr("&Add Service"), pinBox);
    m_addService->setObjectName(u"addService"_s);
    m_addService->setAccessibleName(tr("Add a pinning service"));
    m_removeService = new QPushButton(tr("Remo&ve Service"), pinBox);
    m_removeService->setObjectName(u"removeService"_s);
    m_removeService->setAccessibleName(tr("Remove the selected pinning service"));
    rowButtons->addWidget(m_addService);
    rowButtons->addWidget(m_removeService);
    rowButtons->addStretch();
    pinLayout->addLayout(rowButtons);
    auto *tokenRow = new QHBoxLayout;
    m_serviceToken = new QLineEdit(pinBox);
    m_serviceToken->setObjectName(u"serviceToken"_s);
    m_serviceToken->setEchoMode(QLineEdit::Password);
    m_serviceToken->setAccessibleName(tr("New token for the selected pinning service"));
    m_serviceToken->setPlaceholderText(tr("new token (saved to the keyring on Apply)"));
    auto *tokenLabel = new QLabel(tr("T&oken:"), pinBox);
    tokenLabel->setBuddy(m_serviceToken);
    m_removeServiceToken = new QPushButton(tr("Remove Token"), pinBox);
    m_removeServiceToken->setObjectName(u"removeServiceToken"_s);
    m_removeServiceToken->setAccessibleName(
        tr("Remove the selected service's token from the keyring"));
    tokenRow->addWidget(tokenLabel);
    tokenRow->addWidget(m_serviceToken, 1);
    tokenRow->addWidget(m_removeServiceToken);
    pinLayout->addLayout(tokenRow);
    m_serviceTokenStatus = new QLabel(pinBox);
    m_serviceTokenStatus->setObjectName(u"serviceTokenStatus"_s);
    m_serviceTokenStatus->setWordWrap(true);
    pinLayout->addWidget(m_serviceTokenStatus);
    contentLayout()->addWidget(pinBox, 1);

    // --- GitHub
    auto *ghBox = new QGroupBox(tr("GitHub (for registry pull requests)"), this);
    auto *ghForm = new QFormLayout(ghBox);
    m_githubLogin = new QLineEdit(ghBox);
    m_githubLogin->setObjectName(u"githubLogin"_s);
    m_githubLogin->setAccessibleName(tr("GitHub login name"));
    auto *loginLabel = new QLabel(tr("&Login name:"), ghBox);
    loginLabel->setBuddy(m_githubLogin);
    ghForm->addRow(loginLabel, m_githubLogin);
    auto *ghTokenRow = new QHBoxLayout;
    m_githubToken = new QLineEdit(ghBox);
    m_githubToken->setObjectName(u"githubToken"_s);
    m_githubToken->setEchoMode(QLineEdit::Password);
    m_githubToken->setAccessibleName(tr("New GitHub token"));
    m_githubToken->setPlaceholderText(tr("new token (saved to the keyring on Apply)"));
    m_removeGithubToken = new QPushButton(tr("Remove Token"), ghBox);
    m_removeGithubToken->setObjectName(u"removeGithubToken"_s);
    m_removeGithubToken->setAccessibleName(tr("Remove the GitHub token from the keyring"));
    ghTokenRow->addWidget(m_githubToken, 1);
    ghTokenRow->addWidget(m_removeGithubToken);
    auto *ghTokenLabel = new QLabel(tr("To&ken:"), ghBox);
    ghTokenLabel->setBuddy(m_githubToken);
    ghForm->addRow(ghTokenLabel, ghTokenRow);
    m_githubTokenStatus = new QLabel(ghBox);
    m_githubTokenStatus->setObjectName(u"githubTokenStatus"_s);
    m_githubTokenStatus->setWordWrap(true);
    ghForm->addRow(QString(), m_githubTokenStatus);
    contentLayout()->addWidget(ghBox);

    connect(m_addService, &QPushButton::clicked, this, [this] {
        addServiceRow(QString(), u"psa"_s, QString());
        m_services->setCurrentCell(m_services->rowCount() - 1, NameColumn);
        m_services->editItem(m_services->item(m_services->rowCount() - 1, NameColumn));
    });
    connect(m_removeService, &QPushButton::clicked, this, [this] {
        const int row = m_services->currentRow();
        if (row >= 0)
            m_services->removeRow(row);
        updateTokenWidgets();
    });
    connect(m_services, &QTableWidget::itemSelectionChanged, this,
            &PublishingPage::updateTokenWidgets);
    connect(m_services, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == NameColumn)
            updateTokenWidgets();
    });
    connect(m_serviceToken, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int row = m_services->currentRow();
        if (row < 0)
            return;
        m_services->item(row, NameColumn)->setData(PendingTokenRole, text);
        updateTokenWidgets();
    });
    connect(m_removeServiceToken, &QPushButton::clicked, this, [this] {
        const QString service = selectedSecretService();
        if (service.isEmpty())
            return;
        m_pendingRemove.insert(service);
        m_services->item(m_services->currentRow(), NameColumn)
            ->setData(PendingTokenRole, QVariant());
        m_serviceToken->clear();
        updateTokenWidgets();
    });
    connect(m_removeGithubToken, &QPushButton::clicked, this, [this] {
        m_pendingRemove.insert(kGithub);
        m_githubToken->clear();
        updateTokenWidgets();
    });
    connect(m_githubToken, &QLineEdit::textEdited, this, &PublishingPage::updateTokenWidgets);
    connect(this, &PublishingPage::tokenStateChanged, this, &PublishingPage::updateTokenWidgets);
}

void PublishingPage::addServiceRow(const QString &name, const QString &kind,
                                   const QString &endpoint)
{
    const int row = m_services->rowCount();
    m_services->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    m_services->setItem(row, NameColumn, nameItem);
    auto *combo = new QComboBox(m_services);
    combo->setAccessibleName(tr("Kind of pinning service"));
    combo->addItem(tr("Pinning Service API"), u"psa"_s);
    combo->addItem(u"Pinata"_s, u"pinata"_s);
    combo->addItem(u"Web3.Storage"_s, u"web3storage"_s);
    combo->setCurrentIndex(qMax(0, combo->findData(kind)));
    connect(combo, &QComboBox::currentIndexChanged, this, [this, combo] {
        // Keep the selection on the row whose kind changed, so the token line follows it.
        for (int r = 0; r < m_services->rowCount(); ++r) {
            if (m_services->cellWidget(r, KindColumn) == combo)
                m_services->setCurrentCell(r, KindColumn);
        }
        updateTokenWidgets();
    });
    m_services->setCellWidget(row, KindColumn, combo);
    m_services->setItem(row, EndpointColumn, new QTableWidgetItem(endpoint));
}

QString PublishingPage::selectedSecretService() const
{
    const int row = m_services->currentRow();
    if (row < 0 || !m_services->item(row, NameColumn))
        return {};
    const auto *combo = qobject_cast<QComboBox *>(m_services->cellWidget(row, KindColumn));
    return secretServiceFor(combo ? combo->currentData().toString() : QString(),
                            m_services->item(row, NameColumn)->text().trimmed());
}

QString PublishingPage::stateText(const QString &service) const
{
    if (m_pendingRemove.contains(service))
        return tr("will be removed from the keyring on Apply");
    const QString state = m_tokenState.value(service);
    if (state == u"stored"_s)
        return tr("stored in the keyring");
    if (state == u"unset"_s)
        return tr("not set");
    if (state == u"checking"_s)
        return tr("checking the keyring…");
    if (state == u"saving"_s)
        return tr("saving to the keyring…");
    if (state.startsWith(u"error:"_s))
        return tr("keyring: %1").arg(state.mid(6));
    if (!m_keyringEnabled)
        return tr("not checked");
    return tr("not set");
}

void PublishingPage::updateTokenWidgets()
{
    const int row = m_services->currentRow();
    m_removeService->setEnabled(row >= 0);
    const QString service = selectedSecretService();
    const bool hasToken = !service.isEmpty();
    m_serviceToken->setEnabled(hasToken);
    m_removeServiceToken->setEnabled(hasToken && m_tokenState.value(service) == u"stored"_s &&
                                     !m_pendingRemove.contains(service));
    if (row < 0) {
        m_serviceToken->clear();
        m_serviceTokenStatus->setText(tr("Select a service to set its token."));
    } else if (!hasToken) {
        m_serviceToken->clear();
        const auto *combo = qobject_cast<QComboBox *>(m_services->cellWidget(row, KindColumn));
        m_serviceTokenStatus->setText(
            combo && combo->currentData().toString() == u"web3storage"_s
                ? tr("Web3.Storage uses the login of its own command-line tool (w3); no token "
                     "is kept here.")
                : tr("Give the service a name first."));
    } else {
        const QString pending =
            m_services->item(row, NameColumn)->data(PendingTokenRole).toString();
        if (m_serviceToken->text() != pending)
            m_serviceToken->setText(pending);
        m_serviceTokenStatus->setText(
            pending.isEmpty()
                ? tr("Token for %1: %2").arg(service, stateText(service))
                : tr("Token for %1: will be saved to the keyring on Apply").arg(service));
    }
    m_removeGithubToken->setEnabled(m_tokenState.value(kGithub) == u"stored"_s &&
                                    !m_pendingRemove.contains(kGithub));
    m_githubTokenStatus->setText(m_githubToken->text().isEmpty()
                                     ? stateText(kGithub)
                                     : tr("will be saved to the keyring on Apply"));
}

void PublishingPage::setTokenState(const QString &service, const QString &state)
{
    m_tokenState.insert(service, state);
    emit tokenStateChanged(service);
}

void PublishingPage::queryToken(const QString &service)
{
    if (!m_keyringEnabled || service.isEmpty())
        return;
    setTokenState(service, u"checking"_s);
    // Reading is the only way QtKeychain tells whether an entry exists; the value goes nowhere.
    SecretJob *job = SecretStore::read(service, account());
    connect(job, &SecretJob::finished, this, [this, service, job](const Result<QString> &r) {
        if (r)
            setTokenState(service, u"stored"_s);
        else if (job->status() == SecretJob::Status::NotFound)
            setTokenState(service, u"unset"_s);
        else
            setTokenState(service, u"error:"_s + r.error().message);
    });
    job->start();
}

void PublishingPage::load()
{
    clearError();
    m_authorName->setText(m_settings->authorName());
    m_authorOrcid->setText(m_settings->authorOrcid());
    m_githubLogin->setText(m_settings->githubLogin());
    m_githubToken->clear();
    m_serviceToken->clear();
    m_pendingRemove.clear();
    m_services->setRowCount(0);
    const QList<PinningService> services = m_settings->pinningServices();
    for (const PinningService &s : services)
        addServiceRow(s.name, PinningService::kindName(s.kind), s.endpoint);
    QSet<QString> secretServices{kGithub};
    for (const PinningService &s : services) {
        const QString secret = secretServiceFor(PinningService::kindName(s.kind), s.name);
        if (!secret.isEmpty())
            secretServices.insert(secret);
    }
    for (const QString &service : std::as_const(secretServices))
        queryToken(service);
    if (m_services->rowCount() > 0)
        m_services->setCurrentCell(0, NameColumn);
    updateTokenWidgets();
}

Result<void> PublishingPage::apply()
{
    clearError();
    QList<PinningService> services;
    QHash<QString, QString> tokens; // secret service → new token
    for (int row = 0; row < m_services->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_services->cellWidget(row, KindColumn));
        const QString kind = combo ? combo->currentData().toString() : u"psa"_s;
        PinningService s;
        s.name = m_services->item(row, NameColumn)->text().trimmed();
        s.kind = PinningService::kindFromName(kind).value_or(PinningService::Kind::Psa);
        s.endpoint = m_services->item(row, EndpointColumn)
                         ? m_services->item(row, EndpointColumn)->text().trimmed()
                         : QString();
        services << s;
        const QString token = m_services->item(row, NameColumn)->data(PendingTokenRole).toString();
        const QString secret = secretServiceFor(kind, s.name);
        if (!token.isEmpty() && !secret.isEmpty())
            tokens.insert(secret, token);
    }
    if (!m_githubToken->text().isEmpty())
        tokens.insert(kGithub, m_githubToken->text());

    if (auto r = m_settings->setAuthorName(m_authorName->text().trimmed()); !r)
        return fail(r);
    if (auto r = m_settings->setAuthorOrcid(m_authorOrcid->text().trimmed()); !r)
        return fail(r);
    if (auto r = m_settings->setPinningServices(services); !r)
        return fail(r);
    if (auto r = m_settings->setGithubLogin(m_githubLogin->text().trimmed()); !r)
        return fail(r);

    if ((!tokens.isEmpty() || !m_pendingRemove.isEmpty()) && !m_keyringEnabled)
        return fail(
            Error(Error::Unsupported, tr("Tokens cannot be saved: keyring access is turned off.")));

    // Secrets: the line edits are emptied now, whatever the keyring says later; a token typed
    // once is never shown again.
    m_githubToken->clear();
    m_serviceToken->clear();
    for (int row = 0; row < m_services->rowCount(); ++row)
        m_services->item(row, NameColumn)->setData(PendingTokenRole, QVariant());
    for (auto it = tokens.cbegin(); it != tokens.cend(); ++it) {
        const QString service = it.key();
        m_pendingRemove.remove(service);
        setTokenState(service, u"saving"_s);
        SecretJob *job = SecretStore::write(service, account(), it.value());
        connect(job, &SecretJob::finished, this, [this, service](const Result<QString> &r) {
            setTokenState(service, r ? u"stored"_s : u"error:"_s + r.error().message);
            if (!r)
                showError(tr("The token for %1 was not saved: %2").arg(service, r.error().message));
        });
        job->start();
    }
    const QSet<QString> removals = std::exchange(m_pendingRemove, {});
    for (const QString &service : removals) {
        setTokenState(service, u"saving"_s);
        SecretJob *job = SecretStore::remove(service, account());
        connect(job, &SecretJob::finished, this, [this, service, job](const Result<QString> &r) {
            if (r || job->status() == SecretJob::Status::NotFound) {
                setTokenState(service, u"unset"_s);
            } else {
                setTokenState(service, u"error:"_s + r.error().message);
                showError(
                    tr("The token for %1 was not removed: %2").arg(service, r.error().message));
            }
        });
        job->start();
    }
    updateTokenWidgets();
    return {};
}

} // namespace pt::ui
