#include "app/cli/registryloader.h"

#include "app/cli/fetchrunner.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace pt::cli {

Result<registry::LoadedRegistry> updateRegistry(const GlobalOptions &global, QUrl *urlOut,
                                                registry::RegistryStatus *status)
{
    Result<QUrl> url = registry::parseRegistryLocation(global.registry);
    if (!url)
        return url.error();
    if (urlOut)
        *urlOut = *url;
    QNetworkAccessManager nam;
    registry::RegistrySource source(*url, &nam);
    if (url->scheme() == QLatin1String("ipfs")) {
        Result<fetch::ResolvedSources> sources = sourcesFromOptions(global);
        if (!sources)
            return sources.error();
        source.setFetchConfig(sources->config);
    }
    QObject::connect(
        &source, &registry::RegistrySource::finished, qApp, [] { QCoreApplication::exit(0); },
        Qt::QueuedConnection);
    source.update();
    if (source.isRunning())
        QCoreApplication::exec();
    if (status)
        *status = source.status();
    return source.result();
}

Result<registry::LoadedRegistry> loadRegistry(const GlobalOptions &global, QUrl *urlOut,
                                              registry::RegistryStatus *status)
{
    Result<QUrl> url = registry::parseRegistryLocation(global.registry);
    if (!url)
        return url.error();
    if (urlOut)
        *urlOut = *url;
    QNetworkAccessManager nam;
    registry::RegistrySource source(*url, &nam);
    registry::RegistryStatus cachedStatus;
    Result<registry::LoadedRegistry> cached = source.loadCached(&cachedStatus);
    if (cachedStatus.freshness != registry::RegistryStatus::Freshness::Snapshot) {
        if (status)
            *status = cachedStatus;
        return cached;
    }
    // Never downloaded: try once, so a first `list` shows the real registry.
    registry::RegistryStatus updated;
    Result<registry::LoadedRegistry> fresh = updateRegistry(global, urlOut, &updated);
    if (!updated.message.isEmpty() && !global.json)
        err() << updated.message << Qt::endl;
    if (status)
        *status = updated;
    return fresh;
}

} // namespace pt::cli
