#pragma once

#include "core/ipfs/cid.h"
#include "core/result.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace pt::fetch {

// How to ask one place for IPFS blocks. The transfer itself (CAR stream, then single blocks
// for whatever is still missing) is the same for every source; only the requests differ.
class Source
{
public:
    enum class Kind { TrustlessGateway, KuboRpc };

    static Source gateway(const QUrl &base);
    // A gateway as configured: "https://host[/prefix]" (path style) or a subdomain template
    // "https://{cid}.ipfs.host" (the CID goes into the host name, as CIDv1 base32). Only http
    // and https; an error names the bad entry.
    static Result<Source> parseGateway(const QString &text);
    // `authorization` is the whole header value ("Bearer …"/"Basic …"); kept in memory only,
    // sent only to this API's host.
    static Source kuboRpc(const QUrl &apiBase, const QByteArray &authorization = {});

    Kind kind() const { return m_kind; }
    QUrl base() const { return m_base; }
    // For messages: "gateway https://ipfs.io" / "IPFS daemon at http://127.0.0.1:5001".
    QString name() const;
    // Whether a CAR can be asked for a path (gateways) or only for a CID (Kubo's dag/export).
    bool carForPaths() const { return m_kind == Kind::TrustlessGateway; }

    // A CAR of `root`/`path` (the blocks that prove the path, then the target's DAG), starting
    // at file byte `fromByte` where the source supports ranges. `wholeDag` asks for every
    // block below the target (dag-scope=all: a directory's files) instead of one entity.
    QNetworkRequest carRequest(const ipfs::Cid &root, const QStringList &path, qint64 fromByte,
                               bool wholeDag = false) const;
    QNetworkRequest blockRequest(const ipfs::Cid &cid) const;
    // GET for gateways; Kubo's RPC API wants POST for everything (GET gives 405).
    QByteArray verb() const
    {
        return m_kind == Kind::KuboRpc ? QByteArrayLiteral("POST") : QByteArrayLiteral("GET");
    }

    // A path-gateway URL of the same content (no verification possible per block; used only
    // when the whole file's sha256 is known).
    QUrl pathUrl(const ipfs::Cid &root, const QStringList &path) const;

    static QByteArray userAgent();

private:
    QNetworkRequest baseRequest(const QUrl &url) const;

    QUrl urlFor(const ipfs::Cid &root, const QStringList &path) const;

    Kind m_kind = Kind::TrustlessGateway;
    QUrl m_base;
    QString m_subdomainTemplate; // "https://{cid}.ipfs.dweb.link", or empty
    QByteArray m_authorization;
};

} // namespace pt::fetch
