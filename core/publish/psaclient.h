#pragma once

#include "core/publish/pinning.h"

namespace pt::publish {

// Parsers of Pinning Service API answers (bytes in, value or a precise error out).
Result<PinStatus> parsePsaPinStatus(const QByteArray &body);
Result<PinList> parsePsaPinList(const QByteArray &body);
// `{"error":{"reason","details"}}` → "REASON: details" (or the raw text, shortened).
QString psaErrorText(int status, const QByteArray &body);

// IPFS Pinning Service API v1.0.0 (ipfs/pinning-services-api-spec, docs/IPFS.md §6) over any
// endpoint: Pinata's /psa, Filebase, 4EVERLAND, an IPFS Cluster pinsvc API...
class PsaClient : public HttpPinningClient
{
    Q_OBJECT
public:
    // `name`: the user's label ("my-node"); shown as "psa:my-node".
    explicit PsaClient(QString name, QObject *parent = nullptr);

    QString displayName() const override { return QStringLiteral("psa:") + m_name; }

    void testCredentials(VoidCallback done) override;
    void pin(const QString &cid, const QString &name, const QJsonObject &meta,
             const QStringList &origins, StatusCallback done) override;
    void status(const QString &idOrCid, StatusCallback done) override;
    void list(const PinFilter &filter, ListCallback done) override;
    void remove(const QString &idOrCid, VoidCallback done) override;
    // POST /pins/{requestid}: replaces a pin (e.g. a new version of a trace).
    void replace(const QString &requestId, const QString &cid, const QString &name,
                 const QJsonObject &meta, const QStringList &origins, StatusCallback done);

    // Validates a filter against the spec's limits (limit 1..1000, at most 10 CIDs).
    static Result<QList<std::pair<QString, QString>>> filterQuery(const PinFilter &filter);

protected:
    QString errorText(int status, const QByteArray &body) const override;

private:
    static bool looksLikeCid(const QString &text);
    void resolveRequestId(const QString &idOrCid, std::function<void(Result<QString>)> done);
    QString m_name;
};

} // namespace pt::publish
