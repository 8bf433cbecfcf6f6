#include "core/fetch/source.h"

#include "core/daemon/kuborpc.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace pt::fetch {

namespace {
// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::fetch)
};
} // namespace

static QString encodedPath(const QStringList &path)
{
    QString p;
    for (const QString &segment : path)
        p += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    return p;
}

Source Source::gateway(const QUrl &base)
{
    Source s;
    s.m_kind = Kind::TrustlessGateway;
    s.m_base = base.adjusted(QUrl::StripTrailingSlash);
    return s;
}

Result<Source> Source::parseGateway(const QString &text)
{
    const QString trimmed = text.trimmed();
    auto bad = [&](const QString &why) {
        return Error(Error::InvalidInput, Msg::tr("gateway \"%1\": %2").arg(trimmed, why));
    };
    if (trimmed.contains(QLatin1String("{cid}"))) {
        const QUrl probe(
            QString(trimmed).replace(QLatin1String("{cid}"), QLatin1String("bafkqaaa")),
            QUrl::StrictMode);
        if (!probe.isValid() ||
            (probe.scheme() != QLatin1String("https") && probe.scheme() != QLatin1String("http")) ||
            !probe.host().startsWith(QLatin1String("bafkqaaa.")))
            return bad(Msg::tr("a subdomain gateway looks like https://{cid}.ipfs.example.org"));
        Source s;
        s.m_kind = Kind::TrustlessGateway;
        s.m_subdomainTemplate = trimmed;
        s.m_base = QUrl(trimmed.section(QLatin1String("{cid}."), 0, 0) +
                        trimmed.section(QLatin1String("{cid}."), 1));
        return s;
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return bad(Msg::tr("not a URL"));
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return bad(Msg::tr("only http:// and https:// gateways are supported"));
    if (url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
        return bad(Msg::tr("a gateway URL has no query, fragment or user name"));
    return gateway(url);
}

QUrl Source::urlFor(const ipfs::Cid &root, const QStringList &path) const
{
    if (!m_subdomainTemplate.isEmpty()) {
        // Subdomain gateways want CIDv1 in base32 (DNS labels are case-insensitive).
        QUrl url(
            QString(m_subdomainTemplate).replace(QLatin1String("{cid}"), root.toV1().toString()));
        url.setPath(encodedPath(path).isEmpty() ? QStringLiteral("/") : encodedPath(path),
                    QUrl::TolerantMode);
        return url;
    }
    QUrl url = m_base;
    url.setPath(url.path() + QStringLiteral("/ipfs/") + root.toString() + encodedPath(path),
                QUrl::TolerantMode);
    return url;
}

Source Source::kuboRpc(const QUrl &apiBase, const QByteArray &authorization)
{
    Source s;
    s.m_kind = Kind::KuboRpc;
    s.m_base = apiBase.adjusted(QUrl::StripTrailingSlash);
    s.m_authorization = authorization;
    return s;
}

QString Source::name() const
{
    const QString where = m_subdomainTemplate.isEmpty()
                              ? m_base.toDisplayString(QUrl::RemoveUserInfo)
                              : m_subdomainTemplate;
    return m_kind == Kind::KuboRpc ? Msg::tr("IPFS daemon at %1").arg(where)
                                   : Msg::tr("gateway %1").arg(where);
}

QByteArray Source::userAgent()
{
    // Kubo and js-ipfs reject RPC POSTs whose User-Agent starts with "Mozilla" (Qt's default)
    // and no Origin: always send our own — the same one the RPC client sends.
    return daemon::KuboRpc::userAgent();
}

QNetworkRequest Source::baseRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    // Same-origin only: a cross-host redirect is a failure of this source, and credentials
    // never follow a redirect anywhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    return request;
}

QNetworkRequest Source::carRequest(const ipfs::Cid &root, const QStringList &path, qint64 fromByte,
                                   bool wholeDag) const
{
    if (m_kind == Kind::KuboRpc) {
        // dag/export streams the whole DAG below a CID (no paths, no ranges).
        QUrl url = m_base;
        url.setPath(url.path() + QStringLiteral("/api/v0/dag/export"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("arg"), root.toString());
        url.setQuery(q);
        return baseRequest(url);
    }
    // Trustless gateway spec: the blocks of the path, then the entity (file bytes range).
    QUrl url = urlFor(root, path);
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("format"), QStringLiteral("car"));
    q.addQueryItem(QStringLiteral("dag-scope"),
                   wholeDag ? QStringLiteral("all") : QStringLiteral("entity"));
    if (fromByte > 0)
        q.addQueryItem(QStringLiteral("entity-bytes"), QStringLiteral("%1:*").arg(fromByte));
    url.setQuery(q);
    QNetworkRequest r = baseRequest(url);
    r.setRawHeader("Accept", "application/vnd.ipld.car; version=1; order=dfs; dups=n");
    return r;
}

QNetworkRequest Source::blockRequest(const ipfs::Cid &cid) const
{
    QUrl url = m_base;
    QUrlQuery q;
    if (m_kind == Kind::KuboRpc) {
        url.setPath(url.path() + QStringLiteral("/api/v0/block/get"));
        q.addQueryItem(QStringLiteral("arg"), cid.toString());
        url.setQuery(q);
        return baseRequest(url);
    }
    url = urlFor(cid, {});
    q.addQueryItem(QStringLiteral("format"), QStringLiteral("raw"));
    url.setQuery(q);
    QNetworkRequest r = baseRequest(url);
    r.setRawHeader("Accept", "application/vnd.ipld.raw");
    return r;
}

QUrl Source::pathUrl(const ipfs::Cid &root, const QStringList &path) const
{
    return urlFor(root, path);
}

} // namespace pt::fetch
