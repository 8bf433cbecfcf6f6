#pragma once

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QListWidget;
class QStackedWidget;

namespace pt {
class Settings;
}

namespace pt {
struct GlobalOptions;
}

namespace pt::ui {

class SettingsPage;
class RegistryPage;
class GatewaysPage;
class DaemonPage;
class CachePage;
class PublishingPage;
class LanguagePage;

// The settings dialog (KeePassXC/qBittorrent shape: a page list on the left, the page on the
// right, OK/Apply/Cancel). Non-modal: show it with show()/open(), never exec(). Every value goes
// through pt::Settings' typed setters; a refusal is shown inline on its page, which is brought
// to the front, and nothing closes. Tokens go to the keyring (SecretStore) on Apply and are
// never read back into a widget. The pages reload from the settings each time the dialog is
// shown, so Cancel simply hides it.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Registry, Gateways, Daemon, Cache, Publishing, Language };

    explicit SettingsDialog(Settings *settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // Off: the Publishing page neither reads nor writes the keyring (tests without a secret
    // service; never the developer's own keyring by accident).
    void setKeyringEnabled(bool on);

    // The command line this session was started with: each page whose setting an option
    // overrides (--registry, --gateway, --no-daemon, --ipfs-api, --ipfs-bin, --cache-dir)
    // says so, and that its list applies next time.
    void setCommandLine(const GlobalOptions &options);

    void showPage(Page page);
    Page currentPage() const;

    // Copies the settings into every page (done on each show).
    void load();
    // Writes every page through the settings and syncs the file; false (with the refusal shown
    // on its page, which becomes current) at the first page that refuses.
    bool apply();

    RegistryPage *registryPage() const { return m_registry; }
    GatewaysPage *gatewaysPage() const { return m_gateways; }
    DaemonPage *daemonPage() const { return m_daemon; }
    CachePage *cachePage() const { return m_cache; }
    PublishingPage *publishingPage() const { return m_publishing; }
    LanguagePage *languagePage() const { return m_language; }
    QDialogButtonBox *buttons() const { return m_buttons; }

signals:
    // After a successful Apply/OK: the app re-reads what it uses (sources, gateways, daemon).
    void applied();

public slots:
    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addPage(SettingsPage *page, const QString &iconName);

    Settings *m_settings;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<SettingsPage *> m_pages;
    RegistryPage *m_registry = nullptr;
    GatewaysPage *m_gateways = nullptr;
    DaemonPage *m_daemon = nullptr;
    CachePage *m_cache = nullptr;
    PublishingPage *m_publishing = nullptr;
    LanguagePage *m_language = nullptr;
};

} // namespace pt::ui
