#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

class QSettings;

namespace pt {

// A remote pinning service the user publishes to. Deliberately has NO token field: tokens live
// only in the keychain (SecretStore, service "psa:<name>" / "pinata" / ...), never in the ini
// file (docs/DESIGN.md "No secret in a config file"; qBittorrent's plain-text passwords are the
// counter-example in docs/STYLE.md).
struct PinningService
{
    enum class Kind { Psa, Pinata, Web3Storage };

    QString name; // the user's label, also the keychain service suffix ("psa:<name>")
    Kind kind = Kind::Psa;
    QString endpoint; // base URL of the API, without credentials

    static QString kindName(Kind kind); // "psa", "pinata", "web3storage"
    static std::optional<Kind> kindFromName(const QString &name);
    bool operator==(const PinningService &other) const = default;
};

// The one typed settings class (KeePassXC Config / Zeal Settings): a key enum → {name, default}
// table, typed accessors, a versioned migrate(), a change signal for the GUI.
// Stored as IniFormat at Paths::configDir()/phasic-traces.ini. Never holds a secret: every
// setter refuses values that look like a token (see looksLikeSecret()).
// Lives on the thread that created it (GUI/main thread); not thread-safe.
class Settings : public QObject
{
    Q_OBJECT
public:
    enum class Key {
        RegistrySources,       // QStringList of registry.json URLs, tried in order
        Gateways,              // QStringList of trustless gateway base URLs, in order of preference
        IpfsBinary,            // QString path of the `ipfs` (Kubo) binary; empty = search PATH
        IpfsPath,              // QString IPFS_PATH override; empty = $IPFS_PATH or ~/.ipfs
        KuboApiAddress,        // QString multiaddr/URL of the Kubo RPC API; empty = from repo
        StartDaemonWithApp,    // bool
        UseDaemon,             // bool: use a local Kubo daemon when one is reachable
        MaxParallelDownloads,  // int, 1..16
        PythonCompatibleCache, // bool: place downloads where the Python library looks
        PythonTracesDir,       // QString override of ~/.phasic_traces/traces; empty = default
        ComputeCacheDir,       // QString override of the compute cache dir; empty = default
        AuthorName,            // QString, for publishing
        AuthorOrcid,           // QString 0000-0000-0000-000X, for publishing
        PinningServices,       // QList<PinningService> (QVariantList of QVariantMap generically)
        GithubLogin,           // QString GitHub account login name (not a token)
        Language,              // QString BCP 47 / Qt locale name; empty = system
        MainWindowGeometry,    // QByteArray from QWidget::saveGeometry
        MainWindowState,       // QByteArray from QMainWindow::saveState
        LastOpenDir,           // QString
        LastExportDir,         // QString
        LastPublishDir,        // QString
        TrayHintShown,         // bool: the user was told once that closing hides to the tray
        BrowserSplitterState,  // QByteArray from QSplitter::saveState (filters | table | details)
        BrowserHeaderState,    // QByteArray from QHeaderView::saveState (registry table)
    };
    Q_ENUM(Key)

    enum class Type { String, StringList, Bool, Int, Bytes, ServiceList };

    static constexpr int CurrentVersion = 1;
    static const QString &versionKey(); // "settings_version"

    // The user's file: Paths::configDir()/phasic-traces.ini.
    explicit Settings(QObject *parent = nullptr);
    // Test mode / --config: an explicit file.
    explicit Settings(const QString &filePath, QObject *parent = nullptr);
    ~Settings() override;

    static QString defaultFilePath();
    QString filePath() const;

    static QList<Key> allKeys();
    static QString keyName(Key key);
    static Type keyType(Key key);
    static QVariant defaultValue(Key key);

    // Generic access (the settings dialog, the CLI `config` command, tests). value() returns
    // the default when the key is absent or holds the wrong type. setValue() checks the type
    // and refuses anything that looks like a secret; it emits changed() only on a real change.
    QVariant value(Key key) const;
    Result<void> setValue(Key key, const QVariant &value);
    bool contains(Key key) const;
    void reset(Key key);

    // Writes pending changes to disk. QSettings writes through QSaveFile (temp file + rename,
    // setAtomicSyncRequired(true)), so a crash never leaves a half-written file; the result
    // reports QSettings::status() as a precise error.
    Result<void> sync();

    // Brings an older file up to CurrentVersion by running the steps in order, then syncs.
    // Returns notes for the user (e.g. a plain-text token that was removed). A file from a
    // newer version is left untouched and reported as an error (never downgraded).
    Result<QStringList> migrate();
    int storedVersion() const;

    // True for strings shaped like credentials: JWTs, GitHub tokens, "Bearer …", URLs with a
    // password, long random-looking keys. Used to refuse them everywhere in this class.
    static bool looksLikeSecret(const QString &text);

    // Typed accessors.
    QStringList registrySources() const;
    Result<void> setRegistrySources(const QStringList &urls);
    QStringList gateways() const;
    Result<void> setGateways(const QStringList &urls);
    QString ipfsBinary() const;
    Result<void> setIpfsBinary(const QString &path);
    QString ipfsPath() const;
    Result<void> setIpfsPath(const QString &path);
    QString kuboApiAddress() const;
    Result<void> setKuboApiAddress(const QString &address);
    bool startDaemonWithApp() const;
    void setStartDaemonWithApp(bool on);
    bool useDaemon() const;
    void setUseDaemon(bool on);
    int maxParallelDownloads() const;
    Result<void> setMaxParallelDownloads(int n);
    bool pythonCompatibleCache() const;
    void setPythonCompatibleCache(bool on);
    QString pythonTracesDir() const;
    Result<void> setPythonTracesDir(const QString &dir);
    QString computeCacheDir() const;
    Result<void> setComputeCacheDir(const QString &dir);
    QString authorName() const;
    Result<void> setAuthorName(const QString &name);
    QString authorOrcid() const;
    Result<void> setAuthorOrcid(const QString &orcid);
    QList<PinningService> pinningServices() const;
    Result<void> setPinningServices(const QList<PinningService> &services);
    QString githubLogin() const;
    Result<void> setGithubLogin(const QString &login);
    QString language() const;
    Result<void> setLanguage(const QString &language);
    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &blob);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &blob);
    QString lastOpenDir() const;
    Result<void> setLastOpenDir(const QString &dir);
    QString lastExportDir() const;
    Result<void> setLastExportDir(const QString &dir);
    QString lastPublishDir() const;
    Result<void> setLastPublishDir(const QString &dir);
    bool trayHintShown() const;
    void setTrayHintShown(bool shown);
    QByteArray browserSplitterState() const;
    void setBrowserSplitterState(const QByteArray &blob);
    QByteArray browserHeaderState() const;
    void setBrowserHeaderState(const QByteArray &blob);

    // Conversions between the typed service list and its generic QVariantList-of-maps form.
    // fromVariant refuses any field other than name/kind/endpoint (a "token" field included).
    static QVariant servicesToVariant(const QList<PinningService> &services);
    static Result<QList<PinningService>> servicesFromVariant(const QVariant &value);

signals:
    void changed(pt::Settings::Key key);

private:
    QVariant read(Key key) const;
    void write(Key key, const QVariant &value);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace pt
