#pragma once

#include "core/ipfs/cid.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace pt::fetch {

// What to download: an IPFS path (root CID + names below it) or a plain HTTPS URL. Either
// may carry the whole file's sha256 from the registry; where both a CID and a sha256 exist,
// both are checked (upstream only ever checked the sha256).
struct ContentRef
{
    enum class Kind { Ipfs, Https };

    Kind kind = Kind::Ipfs;
    ipfs::Cid root;       // Ipfs: the root CID (a directory for v1 trace packages)
    QStringList path;     // Ipfs: names below root, e.g. {"trace.json.gz"}
    QUrl url;             // Https: where the bytes are
    QByteArray sha256;    // 32 raw bytes, or empty when the registry has none
    qint64 sizeHint = -1; // informational (registry size_bytes)

    static ContentRef ipfsPath(const ipfs::Cid &root, const QStringList &path = {})
    {
        ContentRef r;
        r.kind = Kind::Ipfs;
        r.root = root;
        r.path = path;
        return r;
    }
    static ContentRef https(const QUrl &url, const QByteArray &sha256)
    {
        ContentRef r;
        r.kind = Kind::Https;
        r.url = url;
        r.sha256 = sha256;
        return r;
    }

    // "bafy…/trace.json.gz" or the URL: for messages and the downloads panel.
    QString displayName() const
    {
        if (kind == Kind::Https)
            return url.toDisplayString();
        QString s = root.toString();
        for (const QString &p : path)
            s += QLatin1Char('/') + p;
        return s;
    }
};

} // namespace pt::fetch
