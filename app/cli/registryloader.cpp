#include "app/cli/registryloader.h"

#include "app/cli/fetchrunner.h"

#include "core/settings.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

#include <algorithm>
#include <memory>

namespace pt::cli {

namespace {

// `--registry` names one location; without it the configured list (mirrors, file://, ipfs://)
// is tried in order, the same list the app uses.
Result<QList<QUrl>> registryLocations(const GlobalOptions &global)
{
    if (!global.registry.isEmpty()) {
        Result<QUrl> url = registry::parseRegistryLocation(global.registry);
        if (!url)
            return url.error();
        return QList<QUrl>{*url};
    }
    const QStringList configured = Settings().registrySources();
    if (configured.isEmpty())
        return QList<QUrl>{registry::defaultRegistryUrl()};
    return registry::parseRegistryLocations(configured);
}

Result<std::unique_ptr<registry::RegistrySource>>
makeSource(const GlobalOptions &global, QNetworkAccessManager *nam, QUrl *urlOut)
{
    Result<QList<QUrl>> urls = registryLocations(global);
    if (!urls)
        return urls.error();
    if (urlOut)
        *urlOut = urls->first();
    auto source = std::make_unique<registry::RegistrySource>(*urls, nam);
    const bool anyIpfs = std::any_of(urls->cbegin(), urls->cend(), [](const QUrl &url) {
        return url.scheme() == QLatin1String("ipfs");
    });
    if (anyIpfs) {
        Result<fetch::ResolvedSources> sources = sourcesFromOptions(global);
        if (!sources)
            return sources.error();
        source->setFetchConfig(sources->config);
    }
    return source;
}

} // namespace

Result<registry::LoadedRegistry> updateRegistry(const GlobalOptions &global, QUrl *urlOut,
                                                registry::RegistryStatus *status)
{
    QNetworkAccessManager nam;
    Result<std::unique_ptr<registry::RegistrySource>> made = makeSource(global, &nam, urlOut);
    if (!made)
        return made.error();
    registry::RegistrySource &source = **made;
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
    QNetworkAccessManager nam;
    Result<std::unique_ptr<registry::RegistrySource>> made = makeSource(global, &nam, urlOut);
    if (!made)
        return made.error();
    registry::RegistryStatus cachedStatus;
    Result<registry::LoadedRegistry> cached = (*made)->loadCached(&cachedStatus);
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

int failLoading(const GlobalOptions &global, const Error &error)
{
    return fail(error.message, registryLocations(global) ? ExitFailure : ExitUsage);
}

} // namespace pt::cli
