#pragma once

#include "core/ipfs/blockstore.h"
#include "core/ipfs/cid.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QStringList>
#include <QUrl>

class QTcpSocket;

namespace pt::test {

// A trustless gateway (IPFS trustless-gateway spec: /ipfs/{cid}[/path]?format=car|raw) on
// 127.0.0.1 serving real blocks from a block store, with one fault switched on at a time, so
// the fetch engine can be shown to detect each one. QtHttpServer parses the requests; the
// responses are written to the socket by hand so they can be cut, stalled and corrupted.
class FakeGateway : public QAbstractHttpServer
{
    Q_OBJECT
public:
    enum class Fault {
        None,
        WrongBytes,        // one block's bytes altered (CAR and raw)
        TruncatedCar,      // 200, then the CAR stops after `faultParam` sections
        TruncatedCarNoRaw, // as TruncatedCar, and every raw block request gets 404
        ServerError,       // 503 for everything
        Hang,              // accepts the connection, never answers
        SlowTrickle,       // sends `faultParam` bytes per 100 ms
        RedirectOffHost,   // 302 to the same path on http://localhost:<port>
        OversizedBlock,    // a 3 MiB block (correctly hashed) inside the CAR
        WrongContentType,  // the CAR labelled text/html
        NotFound,          // 404 for everything
    };
    Q_ENUM(Fault)

    explicit FakeGateway(ipfs::MemoryBlockStore *blocks, QObject *parent = nullptr);

    // Binds 127.0.0.1 on a free port; returns the base URL (http://127.0.0.1:N).
    QUrl start();
    QUrl url() const { return m_url; }

    void setFault(Fault fault, qint64 param = 0)
    {
        m_fault = fault;
        m_faultParam = param;
    }
    // Plain files for HTTPS-path tests: GET /files/<name>, with Range support.
    void addFile(const QString &name, const QByteArray &bytes) { m_files.insert(name, bytes); }

    // Every request target seen ("/ipfs/…?format=car&…"), in order.
    const QStringList &requests() const { return m_requests; }
    qint64 bytesSent() const { return m_bytesSent; }
    // Answers that the fault actually altered (a TruncatedCar cut beyond the CAR's end, or a
    // request the fault does not touch, does not count): what a client could have noticed.
    int faultsServed() const { return m_faultsServed; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void respond(QTcpSocket *socket, int status, const QByteArray &contentType,
                 const QByteArray &body,
                 const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {});
    void stream(QTcpSocket *socket, QByteArray bytes, qint64 cutAt, qint64 bytesPerTick);
    QByteArray carFor(const ipfs::Cid &root, const QStringList &path, qint64 from, qint64 to,
                      bool allScope, int *status, QString *error);
    void emitDag(const ipfs::Cid &cid, qint64 offset, qint64 from, qint64 to, bool allScope,
                 QList<QPair<ipfs::Cid, QByteArray>> &out);

    ipfs::MemoryBlockStore *m_blocks;
    QUrl m_url;
    Fault m_fault = Fault::None;
    qint64 m_faultParam = 0;
    QHash<QString, QByteArray> m_files;
    QString m_carCacheKey; // the last CAR built (benchmarks ask for the same 256 MiB twice)
    QByteArray m_carCache;
    QStringList m_requests;
    qint64 m_bytesSent = 0;
    int m_faultsServed = 0;
};

} // namespace pt::test
