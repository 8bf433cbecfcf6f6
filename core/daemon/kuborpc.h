#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;

namespace pt::daemon {

// Figures of the Kubo RPC calls the daemon view shows (docs/IPFS.md §5).
struct VersionInfo
{
    QString version; // "0.29.0"
    QString commit;
    QString repo;   // repo version
    QString system; // "amd64/linux"
};

struct IdInfo
{
    QString id;
    QString agentVersion; // "kubo/0.29.0/", "js-ipfs/0.66.1"
    QString protocolVersion;
    QStringList addresses;
};

struct RepoStat
{
    qint64 repoSize = 0;
    qint64 storageMax = 0;
    qint64 numObjects = 0;
    QString repoPath;
    QString version;
};

struct BandwidthStats
{
    qint64 totalIn = 0;
    qint64 totalOut = 0;
    double rateIn = 0;
    double rateOut = 0;
};

// Parsers of the JSON answers: bytes in, value or a precise error out ("version: …").
Result<VersionInfo> parseVersion(const QByteArray &body);
Result<IdInfo> parseId(const QByteArray &body);
Result<int> parseSwarmPeerCount(const QByteArray &body); // "Peers": null means 0
Result<RepoStat> parseRepoStat(const QByteArray &body);
Result<BandwidthStats> parseBandwidth(const QByteArray &body);

// Remote pinning through the node (`ipfs pin remote`, Kubo RPC /api/v0/pin/remote/*): the
// node holds the service's endpoint and key in its own config, so asking it means we never
// see or keep that key.
struct RemoteService // one entry of pin/remote/service/ls
{
    QString service;     // "Service": the name the user gave it
    QString apiEndpoint; // "ApiEndpoint"
    QString statStatus;  // with stat=true: "Stat"."Status" ("valid", "invalid"); else empty
};
struct RemotePin // pin/remote/add's answer, one line of pin/remote/ls
{
    QString cid;    // "Cid"
    QString name;   // "Name"
    QString status; // "Status": queued, pinning, pinned or failed
};
// {"RemoteServices":[{"Service":…,"ApiEndpoint":…,"Stat":…}]}; "RemoteServices": null = none.
Result<QList<RemoteService>> parseRemoteServices(const QByteArray &body);
// One {"Cid","Name","Status"} object; the status must be one of the four.
Result<RemotePin> parseRemotePin(const QByteArray &body);
// pin/remote/ls streams one such object per line (at most `maxPins`; more is an error).
Result<QList<RemotePin>> parseRemotePinList(const QByteArray &body, int maxPins = 10000);

// Turns a failed HTTP answer into an Error naming the command and the daemon's message.
// Codes: Error::Generic for an RPC error ({Message,Code,Type:"error"}), Error::InvalidInput when
// the answer is not Kubo RPC at all (something else listens on the port), Error::NotFound for an
// unknown command answered by a Kubo-like 404.
Error rpcErrorFromResponse(const QString &command, int httpStatus, const QByteArray &body);

// API base URL: `explicitAddress` (multiaddr or http URL) when given, else the address a running
// daemon wrote to <ipfsPath>/api. NotFound when there is no api file (no daemon running).
Result<QUrl> resolveApiUrl(const QString &explicitAddress, const QString &ipfsPath);

// Asynchronous client of the Kubo RPC API. Every call is a POST (Kubo answers GET with 405) with
// our own User-Agent: Kubo (and js-ipfs) reject with 403 a POST whose User-Agent starts with
// "Mozilla" and has no Origin, and that is Qt's default. Callbacks run on this object's thread,
// always asynchronously, and never after the client is destroyed.
class KuboRpc : public QObject
{
    Q_OBJECT
public:
    explicit KuboRpc(QObject *parent = nullptr);
    ~KuboRpc() override;

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    // Value of the Authorization header (Kubo's API.Authorizations: "Bearer …" / "Basic …").
    // Sent on every call, never logged or put into an error message.
    void setAuthorization(const QByteArray &value) { m_authorization = value; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }

    static QByteArray userAgent(); // "phasic-traces/<version>"

    using Args = QList<std::pair<QString, QString>>;
    using RawCallback = std::function<void(Result<QByteArray>)>;
    // POST /api/v0/<command>?<args>. The callback gets the body of a 200 answer or an Error
    // (Network for transport failures and timeouts, see rpcErrorFromResponse for the others).
    void call(const QString &command, const Args &args, RawCallback done, int timeoutMs = -1);

    void version(std::function<void(Result<VersionInfo>)> done);
    void id(std::function<void(Result<IdInfo>)> done);
    void swarmPeerCount(std::function<void(Result<int>)> done);
    void repoStat(std::function<void(Result<RepoStat>)> done);
    void bandwidth(std::function<void(Result<BandwidthStats>)> done);
    void shutdown(std::function<void(Result<void>)> done);

    // pin/remote/*: the remote pinning services registered in the node, and pins through them.
    // stat=true makes the node ask each service (its key checked): slower, but a test.
    void remoteServices(std::function<void(Result<QList<RemoteService>>)> done, bool stat = false);
    // background=true: the node queues the request at the service and answers at once.
    void remotePinAdd(const QString &cid, const QString &service, const QString &name,
                      std::function<void(Result<RemotePin>)> done);
    // The pins of `service` for these CIDs in any state (queued, pinning, pinned, failed).
    void remotePinList(const QString &service, const QStringList &cids,
                       std::function<void(Result<QList<RemotePin>>)> done);
    // Removes the pins of `cid` at `service`, whatever their state (force=true).
    void remotePinRemove(const QString &service, const QString &cid,
                         std::function<void(Result<void>)> done);

    // Drops every call in flight without running its callback.
    void abortAll();

private:
    QNetworkAccessManager *m_nam;
    QUrl m_baseUrl;
    QByteArray m_authorization;
    int m_timeoutMs = 10000;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace pt::daemon
