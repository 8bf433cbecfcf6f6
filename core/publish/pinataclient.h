#pragma once

#include "core/publish/pinning.h"

namespace pt::publish {

// Result of POST /pinning/pinFileToIPFS.
struct PinataUpload
{
    QString ipfsHash;
    qint64 pinSize = 0;
    QString timestamp;
    bool isDuplicate = false;
};

Result<PinataUpload> parsePinataUpload(const QByteArray &body);
// Pinata's error shapes: {"error":{"reason","details"}}, {"error":"text"}, {"message":"text"}.
QString pinataErrorText(int status, const QByteArray &body);
// A pin job status (GET /pinning/pinJobs) → our state: prechecking/searching → queued,
// retrieving → pinning, expired/over_*_limit/bad_host_node/... → failed.
PinState pinataJobState(const QString &status);

// Pinata's native API (docs/IPFS.md §6), base URL https://api.pinata.cloud (configurable so
// tests can point it at 127.0.0.1). Request ids are CIDs: Pinata unpins by CID.
class PinataClient : public HttpPinningClient
{
    Q_OBJECT
public:
    static QUrl defaultBaseUrl();

    explicit PinataClient(QObject *parent = nullptr);

    QString displayName() const override { return QStringLiteral("Pinata"); }

    void testCredentials(VoidCallback done) override;
    // POST /pinning/pinByHash. `origins` go to pinataOptions.hostNodes; `meta` to keyvalues.
    void pin(const QString &cid, const QString &name, const QJsonObject &meta,
             const QStringList &origins, StatusCallback done) override;
    // Pinned when /data/pinList has it, else the pin job's state (/pinning/pinJobs).
    void status(const QString &cid, StatusCallback done) override;
    // GET /data/pinList?status=pinned (pageLimit ≤ 1000). Pins still on their way are pin jobs,
    // seen through status(); filter.statuses is not used. One CID → hashContains; name →
    // metadata[name].
    void list(const PinFilter &filter, ListCallback done) override;
    void remove(const QString &cid, VoidCallback done) override;

    // POST /pinning/pinFileToIPFS of a directory: one `file` part per file, named
    // "<folderName>/<relative path>", streamed from disk. When `expectedCid` is given (our
    // importer's root for the same profile), a different IpfsHash is an error naming both.
    void uploadFolder(const QString &dir, const QString &folderName, int cidVersion,
                      const QString &expectedCid, std::function<void(Result<PinataUpload>)> done);

protected:
    QString errorText(int status, const QByteArray &body) const override;
};

} // namespace pt::publish
