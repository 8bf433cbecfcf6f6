#include "core/registry/registryfile.h"

#include "core/registry/registryparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

namespace pt::registry {

namespace {
// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::registry)
};
} // namespace

using namespace Qt::StringLiterals;

QString bundledSnapshotPath()
{
    return u":/registry/registry-snapshot.json"_s;
}

Result<QByteArray> readRegistryBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(file.error() == QFileDevice::OpenError && !QFileInfo::exists(path)
                         ? Error::NotFound
                         : Error::Io,
                     Msg::tr("cannot read registry %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxRegistryBytes)
        return Error(Error::InvalidInput,
                     Msg::tr("%1: the registry is %2 MiB; refusing more than %3 MiB")
                         .arg(path)
                         .arg(file.size() / (1024 * 1024))
                         .arg(kMaxRegistryBytes / (1024 * 1024)));
    // Read one byte past the limit so a file that grows while we read is still refused.
    QByteArray bytes = file.read(kMaxRegistryBytes + 1);
    if (bytes.size() > kMaxRegistryBytes)
        return Error(Error::InvalidInput, Msg::tr("%1: the registry is larger than %2 MiB")
                                              .arg(path)
                                              .arg(kMaxRegistryBytes / (1024 * 1024)));
    if (file.error() != QFileDevice::NoError)
        return Error(Error::Io,
                     Msg::tr("cannot read registry %1: %2").arg(path, file.errorString()));
    return bytes;
}

Result<LoadedRegistry> loadLocalRegistry(const QString &location)
{
    QString path;
    QString name;
    if (location.isEmpty()) {
        path = bundledSnapshotPath();
        name = Msg::tr("the bundled snapshot");
    } else if (location.contains(u"://"_s)) {
        const QUrl url(location);
        if (url.scheme() != u"file")
            return Error(Error::Unsupported,
                         Msg::tr("registry location %1: only local files (PATH or file://PATH) are "
                                 "supported here; download it and pass its path")
                             .arg(location));
        path = url.toLocalFile();
        name = path;
    } else {
        path = location;
        name = path;
    }
    auto bytes = readRegistryBytes(path);
    if (!bytes)
        return bytes.error();
    ParseOptions options;
    options.sourceName = name;
    auto parsed = parseRegistry(*bytes, options);
    if (!parsed)
        return parsed.error();
    return LoadedRegistry{std::move(*parsed), name};
}

} // namespace pt::registry
