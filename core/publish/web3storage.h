#pragma once

#include "core/publish/pinning.h"

#include <QPointer>

class QProcess;

namespace pt::publish {

// web3.storage, told truthfully (docs/IPFS.md §6): the classic token API was sunset on
// 2024-01-09; its successor (Storacha w3up) needs UCAN-signed requests and its upload path is
// disabled (store/add removed 2026-01-29, writes off since 2026-05-15). Every pinning call
// answers Error::Unsupported with that explanation. The one door left open: when the official
// CLI (`storacha`, or the older `w3`) is on PATH and configured by the user, uploadCar() drives
// it as a subprocess (`up --car FILE`) and reads the root CID it prints.
class Web3StorageAdapter : public PinningService
{
    Q_OBJECT
public:
    explicit Web3StorageAdapter(QObject *parent = nullptr);
    ~Web3StorageAdapter() override;

    QString displayName() const override { return QStringLiteral("web3.storage"); }
    static QString unavailableExplanation();
    // The Storacha CLI found on PATH ("storacha" first, then "w3"), or empty.
    static QString findCli();

    void testCredentials(VoidCallback done) override;
    void pin(const QString &cid, const QString &name, const QJsonObject &meta,
             const QStringList &origins, StatusCallback done) override;
    void status(const QString &idOrCid, StatusCallback done) override;
    void list(const PinFilter &filter, ListCallback done) override;
    void remove(const QString &idOrCid, VoidCallback done) override;
    void abortAll() override;

    // `<cli> up --car FILE`. The root printed by the CLI must equal `expectedRoot` when given.
    void uploadCar(const QString &carPath, const QString &expectedRoot,
                   std::function<void(Result<QString>)> done, int timeoutMs = 30 * 60 * 1000);
    // The root CID in the CLI's output (the last CID it prints, e.g. in a w3s.link URL).
    static Result<QString> parseUpOutput(const QByteArray &stdoutText);

private:
    Error unavailable(const QString &what) const;
    QList<QPointer<QProcess>> m_processes;
};

} // namespace pt::publish
