#include "core/daemon/multiaddr.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>

using namespace Qt::StringLiterals;

namespace pt::daemon {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::daemon)
};

constexpr qsizetype MaxAddressLength = 1024;

Error invalid(QStringView text, const QString &why)
{
    // Quote at most 80 characters of the input: it may be arbitrary bytes from a file.
    QString shown = text.left(80).toString();
    if (text.size() > 80)
        shown += u"…"_s;
    return Error(Error::InvalidInput, Msg::tr("API address \"%1\": %2").arg(shown, why));
}

bool validDnsName(QStringView name)
{
    // RFC 1123 host names: labels of letters, digits and '-', at most 63 each, 253 in all.
    if (name.isEmpty() || name.size() > 253)
        return false;
    qsizetype labelLength = 0;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == u'.') {
            if (labelLength == 0)
                return false;
            labelLength = 0;
            continue;
        }
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') ||
                        (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        if (!ok || ++labelLength > 63)
            return false;
    }
    return true;
}

bool validIp4(QStringView text)
{
    const auto parts = text.split(u'.');
    if (parts.size() != 4)
        return false;
    for (QStringView p : parts) {
        if (p.isEmpty() || p.size() > 3)
            return false;
        for (QChar c : p) {
            if (c < u'0' || c > u'9')
                return false;
        }
        if (p.toInt() > 255)
            return false;
    }
    return true;
}

} // namespace

QUrl TcpMultiaddr::toUrl() const
{
    QUrl url;
    url.setScheme(https ? u"https"_s : u"http"_s);
    url.setHost(host);
    url.setPort(port);
    return url;
}

QString TcpMultiaddr::toString() const
{
    QString proto;
    switch (family) {
    case Family::Ip4:
        proto = u"ip4"_s;
        break;
    case Family::Ip6:
        proto = u"ip6"_s;
        break;
    case Family::Dns:
        proto = u"dns"_s;
        break;
    case Family::Dns4:
        proto = u"dns4"_s;
        break;
    case Family::Dns6:
        proto = u"dns6"_s;
        break;
    }
    QString s = u"/"_s + proto + u"/"_s + host + u"/tcp/"_s + QString::number(port);
    if (https)
        s += u"/https"_s;
    return s;
}

Result<TcpMultiaddr> parseTcpMultiaddr(QStringView text)
{
    if (text.size() > MaxAddressLength)
        return invalid(text, Msg::tr("longer than %1 characters").arg(MaxAddressLength));
    if (!text.startsWith(u'/'))
        return invalid(text, Msg::tr("a multiaddr starts with '/' (e.g. /ip4/127.0.0.1/tcp/5001)"));
    QList<QStringView> parts = text.mid(1).split(u'/');
    if (!parts.isEmpty() && parts.last().isEmpty() && parts.size() > 1)
        parts.removeLast(); // tolerate one trailing slash
    if (!parts.isEmpty() && parts.at(0) == u"unix")
        return Error(Error::Unsupported,
                     Msg::tr("API address \"%1\": unix-socket API addresses are not supported; set "
                             "Addresses.API to a TCP address such as /ip4/127.0.0.1/tcp/5001")
                         .arg(text.left(80)));
    if (parts.size() < 4)
        return invalid(text, Msg::tr("expected /<ip4|ip6|dns|dns4|dns6>/<host>/tcp/<port>"));

    TcpMultiaddr addr;
    const QStringView proto = parts.at(0);
    const QStringView host = parts.at(1);
    if (proto == u"ip4") {
        if (!validIp4(host))
            return invalid(text, Msg::tr("\"%1\" is not an IPv4 address").arg(host.left(64)));
        addr.family = TcpMultiaddr::Family::Ip4;
    } else if (proto == u"ip6") {
        QHostAddress a;
        if (host.size() > 64 || !a.setAddress(host.toString()) ||
            a.protocol() != QAbstractSocket::IPv6Protocol)
            return invalid(text, Msg::tr("\"%1\" is not an IPv6 address").arg(host.left(64)));
        addr.family = TcpMultiaddr::Family::Ip6;
    } else if (proto == u"dns" || proto == u"dns4" || proto == u"dns6") {
        if (!validDnsName(host))
            return invalid(text, Msg::tr("\"%1\" is not a valid DNS name").arg(host.left(64)));
        addr.family = proto == u"dns"    ? TcpMultiaddr::Family::Dns
                      : proto == u"dns4" ? TcpMultiaddr::Family::Dns4
                                         : TcpMultiaddr::Family::Dns6;
    } else if (proto == u"unix") {
        return Error(Error::Unsupported,
                     Msg::tr("API address \"%1\": unix-socket API addresses are not supported; set "
                             "Addresses.API to a TCP address such as /ip4/127.0.0.1/tcp/5001")
                         .arg(text.left(80)));
    } else {
        return invalid(text,
                       Msg::tr("unknown or unsupported protocol \"%1\" (expected ip4, ip6, dns, "
                               "dns4 or dns6)")
                           .arg(proto.left(32)));
    }
    addr.host = host.toString();

    if (parts.at(2) != u"tcp")
        return invalid(text, Msg::tr("the RPC API needs /tcp/<port> after the host, found \"/%1\"")
                                 .arg(parts.at(2).left(32)));
    const QStringView portText = parts.at(3);
    bool ok = false;
    const uint port = portText.size() <= 5 ? portText.toUInt(&ok) : 0;
    if (!ok || port == 0 || port > 65535)
        return invalid(text, Msg::tr("\"%1\" is not a TCP port (1-65535)").arg(portText.left(32)));
    for (QChar c : portText) { // toUInt accepts "+5" and " 5"; a multiaddr does not
        if (c < u'0' || c > u'9')
            return invalid(text,
                           Msg::tr("\"%1\" is not a TCP port (1-65535)").arg(portText.left(32)));
    }
    addr.port = quint16(port);

    const QList<QStringView> rest = parts.mid(4);
    if (rest.isEmpty() || (rest.size() == 1 && rest.at(0) == u"http")) {
        addr.https = false;
    } else if ((rest.size() == 1 && rest.at(0) == u"https") ||
               (rest.size() == 2 && rest.at(0) == u"tls" && rest.at(1) == u"http")) {
        addr.https = true;
    } else {
        return invalid(text, Msg::tr("unexpected components after the port (only /http, /https or "
                                     "/tls/http may follow)"));
    }
    return addr;
}

Result<QUrl> parseApiAddress(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return invalid(text, Msg::tr("empty"));
    if (t.size() > MaxAddressLength)
        return invalid(t, Msg::tr("longer than %1 characters").arg(MaxAddressLength));
    if (t.startsWith(u'/')) {
        Result<TcpMultiaddr> m = parseTcpMultiaddr(t);
        if (!m)
            return m.error();
        return m->toUrl();
    }
    const QUrl url(t.toString(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
        url.host().isEmpty())
        return invalid(t,
                       Msg::tr("neither a multiaddr (/ip4/127.0.0.1/tcp/5001) nor an http(s) URL"));
    if (!url.userInfo().isEmpty()) // never echo the credentials into a message or a log
        return Error(Error::InvalidInput,
                     Msg::tr("API address %1://…@%2: credentials in the URL are not supported; "
                             "configure an Authorization header instead")
                         .arg(url.scheme(), url.host()));
    QUrl base;
    base.setScheme(url.scheme());
    base.setHost(url.host());
    base.setPort(url.port(url.scheme() == u"https" ? 443 : 80));
    return base;
}

} // namespace pt::daemon
