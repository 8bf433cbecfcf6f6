#pragma once

#include "ui/settings/settingspage.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QSet>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QNetworkReply;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace pt::ui {

class OrderedListEditor;

// Registry sources: registry.json locations tried in order.
class RegistryPage : public SettingsPage
{
    Q_OBJECT
public:
    RegistryPage(Settings *settings, QWidget *parent);
    QString title() const override { return tr("Registry"); }
    void load() override;
    Result<void> apply() override;
    OrderedListEditor *editor() const { return m_editor; }

    static Result<QString> validateSource(const QString &text);

private:
    OrderedListEditor *m_editor = nullptr;
};

// Trustless gateways in order of preference, with a probe of each.
class GatewaysPage : public SettingsPage
{
    Q_OBJECT
public:
    GatewaysPage(Settings *settings, QWidget *parent);
    ~GatewaysPage() override;
    QString title() const override { return tr("Gateways"); }
    void load() override;
    Result<void> apply() override;
    OrderedListEditor *editor() const { return m_editor; }

    static Result<QString> validateGateway(const QString &text);
    // The probe for one gateway: <gw>/ipfs/bafkqaaa?format=raw, or the subdomain form.
    static QUrl probeUrl(const QString &gateway);
    // Starts a probe of every listed gateway; results land in the list's second column.
    void testAll();
    bool testsRunning() const { return !m_probes.isEmpty(); }

signals:
    void testsFinished();

private:
    struct Probe
    {
        QString gateway;
        QElapsedTimer timer;
        bool sentBytes = false;
    };
    void onProbeFinished(QNetworkReply *reply);
    void cancelProbes();
    void setResult(const QString &gateway, const QString &text, bool ok);

    OrderedListEditor *m_editor = nullptr;
    QPushButton *m_test = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    QHash<QNetworkReply *, Probe> m_probes;
};

// The local IPFS (Kubo) daemon.
class DaemonPage : public SettingsPage
{
    Q_OBJECT
public:
    DaemonPage(Settings *settings, QWidget *parent);
    QString title() const override { return tr("IPFS Daemon"); }
    void load() override;
    Result<void> apply() override;

    QLineEdit *m_binary = nullptr;
    QLineEdit *m_ipfsPath = nullptr;
    QLineEdit *m_apiAddress = nullptr;
    QCheckBox *m_useDaemon = nullptr;
    QCheckBox *m_startWithApp = nullptr;
};

// Where downloads and blocks live, their sizes, clearing the block store.
class CachePage : public SettingsPage
{
    Q_OBJECT
public:
    CachePage(Settings *settings, QWidget *parent);
    ~CachePage() override;
    QString title() const override { return tr("Cache"); }
    void load() override;
    Result<void> apply() override;

    // Recomputes the three folder sizes off the GUI thread.
    void refreshSizes();
    // Asks (non-modal) before clearing the block store.
    void askClearStore();

    QCheckBox *m_pythonCompatible = nullptr;
    QLineEdit *m_tracesDir = nullptr;
    QLineEdit *m_computeDir = nullptr;
    QSpinBox *m_parallel = nullptr;
    QLabel *m_storePath = nullptr;
    QLabel *m_storeSize = nullptr;
    QLabel *m_tracesSize = nullptr;
    QLabel *m_computeSize = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_clear = nullptr;

signals:
    void sizesUpdated();
    void storeCleared();

private:
    struct Sizes
    {
        qint64 store = 0, traces = 0, compute = 0;
        qint64 storeFiles = 0, tracesFiles = 0, computeFiles = 0;
    };
    void clearStore();
    QString tracesDir() const;
    QString computeDir() const;

    QFutureWatcher<Sizes> m_sizes;
    QFutureWatcher<Result<void>> m_clearing;
    qint64 m_lastStoreSize = -1;
};

// Pinning services, the GitHub account, the author; tokens to the keyring only.
class PublishingPage : public SettingsPage
{
    Q_OBJECT
public:
    PublishingPage(Settings *settings, QWidget *parent);
    QString title() const override { return tr("Publishing"); }
    void load() override;
    Result<void> apply() override;
    void setKeyringEnabled(bool on) { m_keyringEnabled = on; }

    // The SecretStore service for a pinning service row ("psa:<name>", "pinata"); empty for
    // web3storage, whose own command-line tool keeps its login.
    static QString secretServiceFor(const QString &kind, const QString &name);

    QLineEdit *m_authorName = nullptr;
    QLineEdit *m_authorOrcid = nullptr;
    QTableWidget *m_services = nullptr;
    QPushButton *m_addService = nullptr;
    QPushButton *m_removeService = nullptr;
    QLineEdit *m_serviceToken = nullptr;
    QLabel *m_serviceTokenStatus = nullptr;
    QPushButton *m_removeServiceToken = nullptr;
    QLineEdit *m_githubLogin = nullptr;
    QLineEdit *m_githubToken = nullptr;
    QLabel *m_githubTokenStatus = nullptr;
    QPushButton *m_removeGithubToken = nullptr;

    // What the keyring holds for a service as last seen: "stored", "unset", "pending", or an
    // error text. Tests wait on it.
    QString tokenState(const QString &service) const { return m_tokenState.value(service); }

signals:
    void tokenStateChanged(const QString &service);

private:
    void addServiceRow(const QString &name, const QString &kind, const QString &endpoint);
    QString selectedSecretService() const;
    void updateTokenWidgets();
    void queryToken(const QString &service);
    void setTokenState(const QString &service, const QString &state);
    QString stateText(const QString &service) const;

    bool m_keyringEnabled = true;
    QHash<QString, QString> m_tokenState;
    QSet<QString> m_pendingRemove; // services whose token goes on Apply
};

// The language of the interface (applies on restart).
class LanguagePage : public SettingsPage
{
    Q_OBJECT
public:
    LanguagePage(Settings *settings, QWidget *parent);
    QString title() const override { return tr("Language"); }
    void load() override;
    Result<void> apply() override;

    QComboBox *m_language = nullptr;
};

} // namespace pt::ui
