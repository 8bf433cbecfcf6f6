#include "core/settings.h"

#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace pt {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt)
};

struct KeyInfo
{
    Settings::Key key;
    const char *name;
    Settings::Type type;
};

// The table: one row per key. Names are grouped ("ipfs/…") so the ini file reads well.
// Renaming a key means a new migration step, never an edit here alone.
constexpr KeyInfo kKeys[] = {
    {Settings::Key::RegistrySources, "registry/sources", Settings::Type::StringList},
    {Settings::Key::Gateways, "ipfs/gateways", Settings::Type::StringList},
    {Settings::Key::IpfsBinary, "ipfs/binary", Settings::Type::String},
    {Settings::Key::IpfsPath, "ipfs/repo_path", Settings::Type::String},
    {Settings::Key::KuboApiAddress, "ipfs/api_address", Settings::Type::String},
    {Settings::Key::StartDaemonWithApp, "daemon/start_with_app", Settings::Type::Bool},
    {Settings::Key::UseDaemon, "daemon/use_daemon", Settings::Type::Bool},
    {Settings::Key::MaxParallelDownloads, "downloads/max_parallel", Settings::Type::Int},
    {Settings::Key::PythonCompatibleCache, "cache/python_compatible", Settings::Type::Bool},
    {Settings::Key::PythonTracesDir, "cache/python_traces_dir", Settings::Type::String},
    {Settings::Key::ComputeCacheDir, "cache/compute_cache_dir", Settings::Type::String},
    {Settings::Key::AuthorName, "publish/author_name", Settings::Type::String},
    {Settings::Key::AuthorOrcid, "publish/author_orcid", Settings::Type::String},
    {Settings::Key::PinningServices, "publish/pinning_services", Settings::Type::ServiceList},
    {Settings::Key::GithubLogin, "publish/github_login", Settings::Type::String},
    {Settings::Key::Language, "ui/language", Settings::Type::String},
    {Settings::Key::MainWindowGeometry, "ui/main_window_geometry", Settings::Type::Bytes},
    {Settings::Key::MainWindowState, "ui/main_window_state", Settings::Type::Bytes},
    {Settings::Key::LastOpenDir, "ui/last_open_dir", Settings::Type::String},
    {Settings::Key::LastExportDir, "ui/last_export_dir", Settings::Type::String},
    {Settings::Key::LastPublishDir, "ui/last_publish_dir", Settings::Type::String},
    {Settings::Key::TrayHintShown, "ui/tray_hint_shown", Settings::Type::Bool},
    {Settings::Key::BrowserSplitterState, "ui/browser_splitter_state", Settings::Type::Bytes},
    {Settings::Key::BrowserHeaderState, "ui/browser_header_state", Settings::Type::Bytes},
};

const KeyInfo &info(Settings::Key key)
{
    for (const KeyInfo &k : kKeys) {
        if (k.key == key)
            return k;
    }
    Q_UNREACHABLE();
}

constexpr int kMaxParallelLimit = 16;

// The fields a pinning-service entry may carry. Anything else (token, jwt, key, …) is refused.
const QStringList &serviceFields()
{
    static const QStringList fields{u"name"_s, u"kind"_s, u"endpoint"_s};
    return fields;
}

// Checks a URL setting: parseable, one of `schemes`, and no credentials in it (userinfo or a
// token-ish query parameter) - DESIGN.md: no secret in a config file or a URL.
Result<void> checkUrl(const QString &text, const QStringList &schemes, const QString &what)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return Error(Error::InvalidInput, Msg::tr("%1 '%2' is not a valid URL").arg(what, text));
    if (!schemes.contains(url.scheme().toLower()))
        return Error(
            Error::InvalidInput,
            Msg::tr("%1 '%2': scheme must be one of %3").arg(what, text, schemes.join(u", "_s)));
    if (!url.userInfo().isEmpty())
        return Error(Error::InvalidInput,
                     Msg::tr("%1 for host %2 carries credentials; settings never store credentials "
                             "(use `phasic-traces-cli login`)")
                         .arg(what, url.host()));
    return {};
}

Result<void> checkNotSecret(const QString &text, const QString &what)
{
    if (Settings::looksLikeSecret(text))
        return Error(
            Error::InvalidInput,
            Msg::tr("%1 looks like a token or password; settings never store secrets "
                    "(store it in the keychain with `phasic-traces-cli login … --token-stdin`)")
                .arg(what));
    return {};
}

// ---- migrations -------------------------------------------------------------------------

struct MigrationStep
{
    int from;
    int to;
    std::function<void(QSettings &, QStringList &notes)> apply;
};

void rename(QSettings &s, const QString &from, const QString &to)
{
    if (!s.contains(from))
        return;
    if (!s.contains(to))
        s.setValue(to, s.value(from));
    s.remove(from);
}

bool secretLookingKeyName(const QString &key)
{
    static const QRegularExpression re(
        u"(token|jwt|secret|password|passwd|api_?key|apikey|credential)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re.match(key).hasMatch();
}

// v0: the flat keys of the pre-release builds (seed plan): registry_url, gateways,
// ipfs_binary, ipfs_api, use_daemon, max_downloads, author, orcid, and - the reason this
// class refuses secrets - plain-text tokens such as pinata_jwt / github_token.
void migrate0to1(QSettings &s, QStringList &notes)
{
    if (s.contains(u"registry_url"_s)) {
        const QString url = s.value(u"registry_url"_s).toString().trimmed();
        if (!s.contains(u"registry/sources"_s) && !url.isEmpty())
            s.setValue(u"registry/sources"_s, QStringList{url});
        s.remove(u"registry_url"_s);
    }
    if (s.contains(u"gateways"_s)) {
        QStringList gateways = s.value(u"gateways"_s).toStringList();
        // cloudflare-ipfs.com shut down on 2024-08-14 (docs/IPFS.md §4); the seed plan listed it.
        const auto dead = [](const QString &g) {
            return QUrl(g).host().compare(u"cloudflare-ipfs.com"_s, Qt::CaseInsensitive) == 0;
        };
        if (std::any_of(gateways.cbegin(), gateways.cend(), dead)) {
            gateways.erase(std::remove_if(gateways.begin(), gateways.end(), dead), gateways.end());
            notes << u"removed gateway cloudflare-ipfs.com (shut down since 2024-08-14)"_s;
        }
        if (!s.contains(u"ipfs/gateways"_s) && !gateways.isEmpty())
            s.setValue(u"ipfs/gateways"_s, gateways);
        s.remove(u"gateways"_s);
    }
    rename(s, u"ipfs_binary"_s, u"ipfs/binary"_s);
    rename(s, u"ipfs_api"_s, u"ipfs/api_address"_s);
    rename(s, u"use_daemon"_s, u"daemon/use_daemon"_s);
    rename(s, u"max_downloads"_s, u"downloads/max_parallel"_s);
    rename(s, u"author"_s, u"publish/author_name"_s);
    rename(s, u"orcid"_s, u"publish/author_orcid"_s);

    // A token in the ini file is removed, not migrated: we cannot move it to the keychain here
    // (asynchronous, may be unavailable) and leaving it in plain text is the bug we avoid.
    // The note names the key, never the value.
    const QStringList keys = s.allKeys();
    for (const QString &key : keys) {
        if (secretLookingKeyName(key) ||
            Settings::looksLikeSecret(s.value(key).toStringList().join(u' '))) {
            s.remove(key);
            notes << u"removed plain-text secret '%1' from the settings file; store it again "
                     u"with `phasic-traces-cli login … --token-stdin`"_s.arg(key);
        }
    }
}

const QList<MigrationStep> &migrationSteps()
{
    static const QList<MigrationStep> steps{
        {0, 1, migrate0to1},
    };
    return steps;
}

} // namespace

// ---- PinningService ---------------------------------------------------------------------

QString PinningService::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Psa:
        return u"psa"_s;
    case Kind::Pinata:
        return u"pinata"_s;
    case Kind::Web3Storage:
        return u"web3storage"_s;
    }
    return {};
}

std::optional<PinningService::Kind> PinningService::kindFromName(const QString &name)
{
    for (Kind k : {Kind::Psa, Kind::Pinata, Kind::Web3Storage}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

// ---- Settings ---------------------------------------------------------------------------

const QString &Settings::versionKey()
{
    static const QString key = u"settings_version"_s;
    return key;
}

Settings::Settings(QObject *parent) : Settings(defaultFilePath(), parent) {}

Settings::Settings(const QString &filePath, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{
    // QSettings then writes only through QSaveFile (temp file + rename) and reports an
    // AccessError instead of falling back to rewriting the file in place.
    m_settings->setAtomicSyncRequired(true);
    // A new file is born at the current version, so a later start never mistakes it for a
    // pre-release (v0) file and runs old migrations over it.
    if (m_settings->allKeys().isEmpty())
        m_settings->setValue(versionKey(), CurrentVersion);
}

Settings::~Settings()
{
    m_settings->sync();
}

QString Settings::defaultFilePath()
{
    return QDir(Paths::configDir()).filePath(u"phasic-traces.ini"_s);
}

QString Settings::filePath() const
{
    return m_settings->fileName();
}

QList<Settings::Key> Settings::allKeys()
{
    QList<Key> keys;
    for (const KeyInfo &k : kKeys)
        keys << k.key;
    return keys;
}

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(info(key).name);
}

Settings::Type Settings::keyType(Key key)
{
    return info(key).type;
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::RegistrySources:
        return QStringList{
            u"https://raw.githubusercontent.com/munch-group/phasic-traces/master/registry.json"_s};
    case Key::Gateways:
        // docs/IPFS.md §4: alive in 2026, trustless first. Not cloudflare-ipfs.com (dead).
        return QStringList{u"https://trustless-gateway.link"_s,
                           u"https://ipfs.io"_s,
                           u"https://dweb.link"_s,
                           u"https://ipfs.filebase.io"_s,
                           u"https://4everland.io"_s,
                           u"https://storacha.link"_s};
    case Key::StartDaemonWithApp:
    case Key::TrayHintShown:
        return false;
    case Key::UseDaemon:
        return true;
    case Key::MaxParallelDownloads:
        return 3;
    case Key::PythonCompatibleCache:
        return true;
    case Key::PinningServices:
        return servicesToVariant({});
    case Key::MainWindowGeometry:
    case Key::MainWindowState:
    case Key::BrowserSplitterState:
    case Key::BrowserHeaderState:
        return QByteArray();
    case Key::IpfsBinary:
    case Key::IpfsPath:
    case Key::KuboApiAddress:
    case Key::PythonTracesDir:
    case Key::ComputeCacheDir:
    case Key::AuthorName:
    case Key::AuthorOrcid:
    case Key::GithubLogin:
    case Key::Language:
    case Key::LastOpenDir:
    case Key::LastExportDir:
    case Key::LastPublishDir:
        return QString();
    }
    return {};
}

bool Settings::contains(Key key) const
{
    if (keyType(key) == Type::ServiceList)
        return m_settings->contains(keyName(key) + u"/size"_s);
    return m_settings->contains(keyName(key));
}

QVariant Settings::read(Key key) const
{
    const QString name = keyName(key);
    if (!contains(key))
        return defaultValue(key);
    switch (keyType(key)) {
    case Type::String: {
        const QVariant v = m_settings->value(name);
        if (v.typeId() != QMetaType::QString) // a hand-edited list where a string belongs
            return defaultValue(key);
        return v.toString();
    }
    case Type::StringList: {
        const QVariant v = m_settings->value(name);
        // IniFormat reads a one-element list back as a plain string and an empty list as an
        // empty string.
        if (v.typeId() == QMetaType::QString) {
            const QString s = v.toString();
            return s.isEmpty() ? QStringList() : QStringList{s};
        }
        if (v.typeId() == QMetaType::QStringList)
            return v.toStringList();
        if (!v.isValid())
            return QStringList();
        return defaultValue(key);
    }
    case Type::Bool: {
        const QString s = m_settings->value(name).toString().trimmed().toLower();
        if (s == u"true"_s || s == u"1"_s)
            return true;
        if (s == u"false"_s || s == u"0"_s)
            return false;
        return defaultValue(key);
    }
    case Type::Int: {
        bool ok = false;
        const int n = m_settings->value(name).toString().trimmed().toInt(&ok);
        if (!ok || n < 1 || n > kMaxParallelLimit)
            return defaultValue(key);
        return n;
    }
    case Type::Bytes: {
        const QVariant v = m_settings->value(name);
        if (v.typeId() != QMetaType::QByteArray)
            return defaultValue(key);
        return v.toByteArray();
    }
    case Type::ServiceList: {
        QVariantList list;
        const int n = m_settings->beginReadArray(name);
        for (int i = 0; i < n; ++i) {
            m_settings->setArrayIndex(i);
            QVariantMap entry;
            for (const QString &field : serviceFields())
                entry.insert(field, m_settings->value(field).toString());
            list << entry;
        }
        m_settings->endArray();
        // A hand-edited entry that does not validate makes the whole list fall back: better an
        // empty list than half a configuration.
        if (!servicesFromVariant(list))
            return defaultValue(key);
        return list;
    }
    }
    return defaultValue(key);
}

void Settings::write(Key key, const QVariant &value)
{
    const QString name = keyName(key);
    if (keyType(key) == Type::ServiceList) {
        m_settings->remove(name);
        const QVariantList list = value.toList();
        m_settings->beginWriteArray(name, int(list.size()));
        for (qsizetype i = 0; i < list.size(); ++i) {
            m_settings->setArrayIndex(int(i));
            const QVariantMap entry = list.at(i).toMap();
            for (const QString &field : serviceFields())
                m_settings->setValue(field, entry.value(field).toString());
        }
        m_settings->endArray();
        return;
    }
    m_settings->setValue(name, value);
}

QVariant Settings::value(Key key) const
{
    return read(key);
}

Result<void> Settings::setValue(Key key, const QVariant &value)
{
    const QString name = keyName(key);
    QVariant normalized;
    switch (keyType(key)) {
    case Type::String: {
        if (value.typeId() != QMetaType::QString)
            return Error(Error::InvalidInput, Msg::tr("setting %1 takes text").arg(name));
        const QString s = value.toString();
        if (auto r = checkNotSecret(s, Msg::tr("value for %1").arg(name)); !r)
            return r;
        if (key == Key::AuthorOrcid && !s.isEmpty()) {
            static const QRegularExpression orcid(u"^\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]$"_s);
            if (!orcid.match(s).hasMatch())
                return Error(Error::InvalidInput,
                             Msg::tr("ORCID '%1' is not of the form 0000-0002-1825-0097").arg(s));
        }
        normalized = s;
        break;
    }
    case Type::StringList: {
        if (value.typeId() != QMetaType::QStringList)
            return Error(Error::InvalidInput, Msg::tr("setting %1 takes a list of text").arg(name));
        const QStringList list = value.toStringList();
        const QStringList schemes = key == Key::Gateways
                                        ? QStringList{u"https"_s, u"http"_s}
                                        : QStringList{u"https"_s, u"http"_s, u"file"_s, u"ipfs"_s};
        const QString what = key == Key::Gateways ? Msg::tr("gateway") : Msg::tr("registry source");
        for (const QString &item : list) {
            if (auto r = checkNotSecret(item, Msg::tr("%1 '%2'").arg(what, QUrl(item).host())); !r)
                return r;
            // A subdomain gateway template ("https://{cid}.ipfs.example.org", the form
            // fetch::defaultGateways() uses) is checked as the URL it becomes.
            const QString asUrl =
                key == Key::Gateways ? QString(item).replace(u"{cid}"_s, u"bafkqaaa"_s) : item;
            if (auto r = checkUrl(asUrl, schemes, what); !r)
                return r;
        }
        normalized = list;
        break;
    }
    case Type::Bool:
        if (value.typeId() != QMetaType::Bool)
            return Error(Error::InvalidInput, Msg::tr("setting %1 takes true or false").arg(name));
        normalized = value.toBool();
        break;
    case Type::Int: {
        if (value.typeId() != QMetaType::Int)
            return Error(Error::InvalidInput, Msg::tr("setting %1 takes a whole number").arg(name));
        const int n = value.toInt();
        if (n < 1 || n > kMaxParallelLimit)
            return Error(Error::InvalidInput, Msg::tr("%1 must be between 1 and %2, not %3")
                                                  .arg(name)
                                                  .arg(kMaxParallelLimit)
                                                  .arg(n));
        normalized = n;
        break;
    }
    case Type::Bytes:
        if (value.typeId() != QMetaType::QByteArray)
            return Error(Error::InvalidInput, Msg::tr("setting %1 takes bytes").arg(name));
        normalized = value.toByteArray();
        break;
    case Type::ServiceList: {
        auto services = servicesFromVariant(value);
        if (!services)
            return services.error();
        normalized = servicesToVariant(*services);
        break;
    }
    }

    const QVariant before = read(key);
    if (normalized == defaultValue(key)) {
        // Equal to the default: drop the key, so a future better default reaches this user.
        if (contains(key))
            m_settings->remove(name);
    } else if (normalized != before || !contains(key)) {
        write(key, normalized);
    }
    if (before != normalized)
        emit changed(key);
    return {};
}

void Settings::reset(Key key)
{
    const QVariant before = read(key);
    m_settings->remove(keyName(key));
    if (before != read(key))
        emit changed(key);
}

Result<void> Settings::sync()
{
    const QString file = filePath();
    const QString dir = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(dir))
        return Error(Error::Io, Msg::tr("cannot create the settings directory %1").arg(dir));
    m_settings->sync();
    switch (m_settings->status()) {
    case QSettings::NoError:
        return {};
    case QSettings::AccessError:
        return Error(Error::Io,
                     Msg::tr("cannot write settings file %1 (check permissions of %2; it is "
                             "replaced atomically, so the directory must be writable)")
                         .arg(file, dir));
    case QSettings::FormatError:
        return Error(Error::InvalidInput,
                     Msg::tr("settings file %1 is malformed; fix or remove it").arg(file));
    }
    return Error(Error::Io, Msg::tr("cannot write settings file %1").arg(file));
}

int Settings::storedVersion() const
{
    if (m_settings->contains(versionKey())) {
        bool ok = false;
        const int v = m_settings->value(versionKey()).toString().toInt(&ok);
        return ok ? v : 0;
    }
    return 0; // a pre-release file (new files get the key in the constructor)
}

Result<QStringList> Settings::migrate()
{
    const int from = storedVersion();
    if (from > CurrentVersion)
        return Error(
            Error::Unsupported,
            Msg::tr("settings file %1 was written by a newer version (settings_version %2, "
                    "this build knows %3); it is left untouched")
                .arg(filePath())
                .arg(from)
                .arg(CurrentVersion));
    QStringList notes;
    int version = from;
    for (const MigrationStep &step : migrationSteps()) {
        if (step.from != version)
            continue;
        step.apply(*m_settings, notes);
        version = step.to;
    }
    if (version != CurrentVersion)
        return Error(Error::Unsupported,
                     Msg::tr("no migration path for settings file %1 from settings_version %2")
                         .arg(filePath())
                         .arg(from));
    if (m_settings->value(versionKey()).toString() != QString::number(CurrentVersion))
        m_settings->setValue(versionKey(), CurrentVersion);
    if (auto r = sync(); !r)
        return r.error();
    return notes;
}

bool Settings::looksLikeSecret(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return false;
    static const QRegularExpression patterns(
        // GitHub personal/OAuth/app/refresh tokens, fine-grained PATs.
        u"(\\bgh[pousr]_[A-Za-z0-9]{30,}"
        u"|\\bgithub_pat_[A-Za-z0-9_]{20,}"
        // JWTs (Pinata, web3.storage): three base64url parts, a JSON header.
        u"|\\beyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"
        // An Authorization header value pasted in.
        u"|^(bearer|basic|token)\\s+\\S{8,}"
        // Token-like query parameters in a URL.
        u"|[?&](access_token|token|api_?key|apikey|key|secret|password|jwt)=)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (patterns.match(t).hasMatch())
        return true;
    const QUrl url(t, QUrl::StrictMode);
    if (url.isValid() && !url.scheme().isEmpty() && !url.password().isEmpty())
        return true;
    // A long random-looking word mixing upper case, lower case and digits (an API key).
    // CIDs (base32 lower case) and hex digests do not mix cases, paths contain '/'.
    static const QRegularExpression word(u"^[A-Za-z0-9_\\-+=]{32,}$"_s);
    if (word.match(t).hasMatch()) {
        bool upper = false, lower = false, digit = false;
        for (QChar c : t) {
            upper |= c.isUpper();
            lower |= c.isLower();
            digit |= c.isDigit();
        }
        if (upper && lower && digit)
            return true;
    }
    return false;
}

QVariant Settings::servicesToVariant(const QList<PinningService> &services)
{
    QVariantList list;
    for (const PinningService &s : services) {
        list << QVariantMap{{u"name"_s, s.name},
                            {u"kind"_s, PinningService::kindName(s.kind)},
                            {u"endpoint"_s, s.endpoint}};
    }
    return list;
}

Result<QList<PinningService>> Settings::servicesFromVariant(const QVariant &value)
{
    if (value.typeId() != QMetaType::QVariantList)
        return Error(Error::InvalidInput, Msg::tr("pinning services must be a list of entries"));
    static const QRegularExpression nameRe(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"_s);
    QList<PinningService> services;
    const QVariantList list = value.toList();
    for (const QVariant &item : list) {
        if (item.typeId() != QMetaType::QVariantMap)
            return Error(Error::InvalidInput, Msg::tr("pinning service entries must be maps"));
        const QVariantMap map = item.toMap();
        const QString name = map.value(u"name"_s).toString();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!serviceFields().contains(it.key()))
                return Error(Error::InvalidInput,
                             Msg::tr("pinning service '%1': field '%2' is not stored in settings; "
                                     "tokens go to the keychain "
                                     "(`phasic-traces-cli login psa %1 --token-stdin`)")
                                 .arg(name, it.key()));
        }
        if (!nameRe.match(name).hasMatch())
            return Error(
                Error::InvalidInput,
                Msg::tr("pinning service name '%1' must be 1-64 letters, digits, '.', '_' or "
                        "'-'")
                    .arg(name));
        for (const PinningService &s : std::as_const(services)) {
            if (s.name == name)
                return Error(Error::InvalidInput,
                             Msg::tr("pinning service name '%1' is used twice").arg(name));
        }
        const auto kind = PinningService::kindFromName(map.value(u"kind"_s).toString());
        if (!kind)
            return Error(
                Error::InvalidInput,
                Msg::tr("pinning service '%1': kind '%2' is not psa, pinata or web3storage")
                    .arg(name, map.value(u"kind"_s).toString()));
        const QString endpoint = map.value(u"endpoint"_s).toString();
        if (auto r =
                checkNotSecret(endpoint, Msg::tr("endpoint of pinning service '%1'").arg(name));
            !r)
            return r.error();
        if (auto r = checkUrl(endpoint, {u"https"_s, u"http"_s},
                              Msg::tr("endpoint of pinning service '%1'").arg(name));
            !r)
            return r.error();
        services << PinningService{name, *kind, endpoint};
    }
    return services;
}

// ---- typed accessors --------------------------------------------------------------------

QStringList Settings::registrySources() const
{
    return read(Key::RegistrySources).toStringList();
}
Result<void> Settings::setRegistrySources(const QStringList &urls)
{
    return setValue(Key::RegistrySources, urls);
}
QStringList Settings::gateways() const
{
    return read(Key::Gateways).toStringList();
}
Result<void> Settings::setGateways(const QStringList &urls)
{
    return setValue(Key::Gateways, urls);
}
QString Settings::ipfsBinary() const
{
    return read(Key::IpfsBinary).toString();
}
Result<void> Settings::setIpfsBinary(const QString &path)
{
    return setValue(Key::IpfsBinary, path);
}
QString Settings::ipfsPath() const
{
    return read(Key::IpfsPath).toString();
}
Result<void> Settings::setIpfsPath(const QString &path)
{
    return setValue(Key::IpfsPath, path);
}
QString Settings::kuboApiAddress() const
{
    return read(Key::KuboApiAddress).toString();
}
Result<void> Settings::setKuboApiAddress(const QString &address)
{
    return setValue(Key::KuboApiAddress, address);
}
bool Settings::startDaemonWithApp() const
{
    return read(Key::StartDaemonWithApp).toBool();
}
void Settings::setStartDaemonWithApp(bool on)
{
    (void)setValue(Key::StartDaemonWithApp, on);
}
bool Settings::useDaemon() const
{
    return read(Key::UseDaemon).toBool();
}
void Settings::setUseDaemon(bool on)
{
    (void)setValue(Key::UseDaemon, on);
}
int Settings::maxParallelDownloads() const
{
    return read(Key::MaxParallelDownloads).toInt();
}
Result<void> Settings::setMaxParallelDownloads(int n)
{
    return setValue(Key::MaxParallelDownloads, n);
}
bool Settings::pythonCompatibleCache() const
{
    return read(Key::PythonCompatibleCache).toBool();
}
void Settings::setPythonCompatibleCache(bool on)
{
    (void)setValue(Key::PythonCompatibleCache, on);
}
QString Settings::pythonTracesDir() const
{
    return read(Key::PythonTracesDir).toString();
}
Result<void> Settings::setPythonTracesDir(const QString &dir)
{
    return setValue(Key::PythonTracesDir, dir);
}
QString Settings::computeCacheDir() const
{
    return read(Key::ComputeCacheDir).toString();
}
Result<void> Settings::setComputeCacheDir(const QString &dir)
{
    return setValue(Key::ComputeCacheDir, dir);
}
QString Settings::authorName() const
{
    return read(Key::AuthorName).toString();
}
Result<void> Settings::setAuthorName(const QString &name)
{
    return setValue(Key::AuthorName, name);
}
QString Settings::authorOrcid() const
{
    return read(Key::AuthorOrcid).toString();
}
Result<void> Settings::setAuthorOrcid(const QString &orcid)
{
    return setValue(Key::AuthorOrcid, orcid);
}
QList<PinningService> Settings::pinningServices() const
{
    auto services = servicesFromVariant(read(Key::PinningServices));
    return services ? *services : QList<PinningService>();
}
Result<void> Settings::setPinningServices(const QList<PinningService> &services)
{
    return setValue(Key::PinningServices, servicesToVariant(services));
}
QString Settings::githubLogin() const
{
    return read(Key::GithubLogin).toString();
}
Result<void> Settings::setGithubLogin(const QString &login)
{
    return setValue(Key::GithubLogin, login);
}
QString Settings::language() const
{
    return read(Key::Language).toString();
}
Result<void> Settings::setLanguage(const QString &language)
{
    return setValue(Key::Language, language);
}
QByteArray Settings::mainWindowGeometry() const
{
    return read(Key::MainWindowGeometry).toByteArray();
}
void Settings::setMainWindowGeometry(const QByteArray &blob)
{
    (void)setValue(Key::MainWindowGeometry, blob);
}
QByteArray Settings::mainWindowState() const
{
    return read(Key::MainWindowState).toByteArray();
}
void Settings::setMainWindowState(const QByteArray &blob)
{
    (void)setValue(Key::MainWindowState, blob);
}
QString Settings::lastOpenDir() const
{
    return read(Key::LastOpenDir).toString();
}
Result<void> Settings::setLastOpenDir(const QString &dir)
{
    return setValue(Key::LastOpenDir, dir);
}
QString Settings::lastExportDir() const
{
    return read(Key::LastExportDir).toString();
}
Result<void> Settings::setLastExportDir(const QString &dir)
{
    return setValue(Key::LastExportDir, dir);
}
QString Settings::lastPublishDir() const
{
    return read(Key::LastPublishDir).toString();
}
Result<void> Settings::setLastPublishDir(const QString &dir)
{
    return setValue(Key::LastPublishDir, dir);
}

bool Settings::trayHintShown() const
{
    return read(Key::TrayHintShown).toBool();
}
void Settings::setTrayHintShown(bool shown)
{
    (void)setValue(Key::TrayHintShown, shown);
}
QByteArray Settings::browserSplitterState() const
{
    return read(Key::BrowserSplitterState).toByteArray();
}
void Settings::setBrowserSplitterState(const QByteArray &blob)
{
    (void)setValue(Key::BrowserSplitterState, blob);
}
QByteArray Settings::browserHeaderState() const
{
    return read(Key::BrowserHeaderState).toByteArray();
}
void Settings::setBrowserHeaderState(const QByteArray &blob)
{
    (void)setValue(Key::BrowserHeaderState, blob);
}

} // namespace pt
