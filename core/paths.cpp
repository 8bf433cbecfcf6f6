#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace pt {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt)
};
QString &rootOverride()
{
    static QString root;
    return root;
}

QString below(const QString &sub)
{
    return QDir(rootOverride()).filePath(sub);
}
} // namespace

void Paths::setRoot(const QString &dir)
{
    rootOverride() = dir.isEmpty() ? QString() : QDir(dir).absolutePath();
}

QString Paths::root()
{
    return rootOverride();
}

QString Paths::configDir()
{
    if (!rootOverride().isEmpty())
        return below(QStringLiteral("config"));
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString Paths::dataDir()
{
    if (!rootOverride().isEmpty())
        return below(QStringLiteral("data"));
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

QString Paths::contentStoreDir()
{
    if (!rootOverride().isEmpty())
        return below(QStringLiteral("store"));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(QStringLiteral("store"));
}

QString Paths::runtimeDir()
{
    if (!rootOverride().isEmpty())
        return below(QStringLiteral("run"));
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    // No XDG_RUNTIME_DIR (some containers): stay per-user, never the shared TMPDIR.
    if (dir.isEmpty())
        dir = QDir(dataDir()).filePath(QStringLiteral("run"));
    return dir;
}

QString Paths::pythonHome()
{
    if (!rootOverride().isEmpty())
        return below(QStringLiteral("phasic_traces"));
    return QDir::home().filePath(QStringLiteral(".phasic_traces"));
}

QString Paths::pythonTracesDir()
{
    return QDir(pythonHome()).filePath(QStringLiteral("traces"));
}

QString Paths::pythonRegistryCopy()
{
    return QDir(pythonHome()).filePath(QStringLiteral("registry.json"));
}

QString Paths::pythonComputeCacheDir()
{
    if (!rootOverride().isEmpty())
        return below(QStringLiteral("phasic_cache/parameterized_reward_compute"));
    const QString env = qEnvironmentVariable("PHASIC_CACHE_DIR");
    if (!env.isEmpty())
        return env;
    return QDir::home().filePath(QStringLiteral(".phasic_cache/parameterized_reward_compute"));
}

QString Paths::ipfsRepoDir()
{
    const QString env = qEnvironmentVariable("IPFS_PATH");
    if (!env.isEmpty())
        return env;
    return QDir::home().filePath(QStringLiteral(".ipfs"));
}

Result<void> checkSafeName(QStringView name, const QString &what)
{
    auto bad = [&](const QString &why) {
        return Error(Error::InvalidInput,
                     Msg::tr("%1 \"%2\" cannot be used as a file name: %3")
                         .arg(what, name.left(80).toString().toHtmlEscaped(), why));
    };
    if (name.isEmpty())
        return bad(Msg::tr("it is empty"));
    if (name == u"." || name == u"..")
        return bad(Msg::tr("it refers to a directory, not a name"));
    for (const QChar c : name) {
        if (c == u'/' || c == u'\\')
            return bad(Msg::tr("it contains a path separator"));
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return bad(Msg::tr("it contains a control character (U+%1)")
                           .arg(c.unicode(), 4, 16, QLatin1Char('0')));
    }
    if (name.size() >= 2 && name[1] == u':' && name[0].isLetter())
        return bad(Msg::tr("it starts with a drive letter"));
    if (name.toUtf8().size() > 255)
        return bad(Msg::tr("it is longer than 255 bytes"));
    return {};
}

} // namespace pt
