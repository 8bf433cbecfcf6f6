#pragma once

#include "core/result.h"

#include <QString>
#include <QStringView>
#include <QUrl>

namespace pt::daemon {

// The part of a multiaddr (multiformats/multiaddr, text form) that can name a Kubo RPC endpoint:
// /ip4|ip6|dns|dns4|dns6/<host>/tcp/<port>[/http|/https|/tls/http]. Kubo writes the address of a
// running daemon to $IPFS_PATH/api in this form (docs/IPFS.md §5).
struct TcpMultiaddr
{
    enum class Family { Ip4, Ip6, Dns, Dns4, Dns6 };
    Family family = Family::Ip4;
    QString host;
    quint16 port = 0;
    bool https = false;

    // The http(s) base URL of the endpoint ("http://127.0.0.1:5001").
    QUrl toUrl() const;
    QString toString() const; // canonical text form
};

// Parses a multiaddr as above. Anything else (unix sockets, udp, p2p, bad numbers, empty parts)
// is an Error naming the offending component. Input longer than 1 KiB is rejected outright.
Result<TcpMultiaddr> parseTcpMultiaddr(QStringView text);

// Parses what a user or $IPFS_PATH/api gives as an API address: a multiaddr as above or an
// http(s) URL with host (and optional port). Returns the base URL without path
// ("http://127.0.0.1:5001"). Surrounding whitespace (the api file's newline) is ignored.
Result<QUrl> parseApiAddress(QStringView text);

} // namespace pt::daemon
