#include "core/fetch/fetchconfig.h"

#include "core/daemon/kuborpc.h"

#include <QCoreApplication>

namespace pt::fetch {

namespace {
// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::fetch)
};
} // namespace

QStringList defaultGateways()
{
    return {
        QStringLiteral("https://trustless-gateway.link"),
        QStringLiteral("https://ipfs.io"),
        QStringLiteral("https://{cid}.ipfs.dweb.link"),
        QStringLiteral("https://ipfs.filebase.io"),
        QStringLiteral("https://4everland.io"),
        QStringLiteral("https://storacha.link"),
    };
}

Result<ResolvedSources> resolveSources(const SourceOptions &options)
{
    ResolvedSources out;
    if (options.useDaemon) {
        Result<QUrl> api = daemon::resolveApiUrl(options.ipfsApi, options.ipfsPath);
        if (api)
            out.config.sources.append(Source::kuboRpc(*api, options.apiAuthorization));
        else if (!options.ipfsApi.isEmpty())
            return api.error().wrapped(QStringLiteral("--ipfs-api"));
        else
            out.notes.append(Msg::tr("not using an IPFS daemon (%1)").arg(api.error().message));
    }
    const QStringList gateways = options.gateways.isEmpty() ? defaultGateways() : options.gateways;
    for (const QString &g : gateways) {
        Result<Source> s = Source::parseGateway(g);
        if (!s)
            return s.error();
        out.config.sources.append(*s);
    }
    return out;
}

} // namespace pt::fetch
