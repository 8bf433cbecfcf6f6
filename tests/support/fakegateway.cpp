#include "tests/support/fakegateway.h"

#include "core/ipfs/dagpb.h"
#include "core/ipfs/multihash.h"
#include "core/ipfs/unixfs.h"
#include "core/ipfs/varint.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QHttpServerRequest>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace pt::test {

using ipfs::Cid;

FakeGateway::FakeGateway(ipfs::MemoryBlockStore *blocks, QObject *parent)
    : QAbstractHttpServer(parent), m_blocks(blocks)
{}

QUrl FakeGateway::start()
{
    const quint16 port = listen(QHostAddress::LocalHost, 0);
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    return m_url;
}

void FakeGateway::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    respond(socket, 404, "text/plain", "no handler");
}

void FakeGateway::respond(QTcpSocket *socket, int status, const QByteArray &contentType,
                          const QByteArray &body,
                          const QList<QPair<QByteArray, QByteArray>> &extraHeaders)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) +
                      " X\r\nContent-Type: " + contentType +
                      "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &h : extraHeaders)
        head += h.first + ": " + h.second + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    socket->write(body);
    m_bytesSent += body.size();
    socket->disconnectFromHost();
}

// Streams `bytes` after a header without Content-Length (the end is the connection close),
// optionally cut off at `cutAt` or trickled `bytesPerTick` per 100 ms.
void FakeGateway::stream(QTcpSocket *socket, QByteArray bytes, qint64 cutAt, qint64 bytesPerTick)
{
    if (cutAt >= 0 && cutAt < bytes.size())
        bytes.truncate(cutAt);
    struct State
    {
        QByteArray bytes;
        qint64 pos = 0;
    };
    auto state = std::make_shared<State>();
    state->bytes = std::move(bytes);
    QPointer<QTcpSocket> guard(socket);
    if (bytesPerTick > 0) {
        auto *timer = new QTimer(socket);
        timer->setInterval(100);
        connect(timer, &QTimer::timeout, socket, [this, guard, state, bytesPerTick, timer] {
            if (!guard || guard->state() != QAbstractSocket::ConnectedState) {
                timer->stop();
                return;
            }
            const qint64 n = qMin<qint64>(bytesPerTick, state->bytes.size() - state->pos);
            guard->write(state->bytes.constData() + state->pos, n);
            state->pos += n;
            m_bytesSent += n;
            if (state->pos >= state->bytes.size()) {
                timer->stop();
                guard->disconnectFromHost();
            }
        });
        timer->start();
        return;
    }
    // Feed the socket 1 MiB at a time as it drains, so a 256 MiB body is not buffered twice.
    auto pump = [this, guard, state] {
        if (!guard)
            return;
        while (guard->bytesToWrite() < (4 << 20) && state->pos < state->bytes.size()) {
            const qint64 n = qMin<qint64>(1 << 20, state->bytes.size() - state->pos);
            guard->write(state->bytes.constData() + state->pos, n);
            state->pos += n;
            m_bytesSent += n;
        }
        if (state->pos >= state->bytes.size() && guard->bytesToWrite() == 0)
            guard->disconnectFromHost();
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

static QByteArray carHeader(const Cid &root)
{
    QCborMap header;
    QCborArray roots;
    roots.append(QCborValue(QCborTag(42), QByteArray(QByteArray(1, char(0)) + root.bytes())));
    header.insert(QStringLiteral("roots"), roots);
    header.insert(QStringLiteral("version"), 1);
    const QByteArray encoded = QCborValue(header).toCbor();
    return ipfs::encodeUvarint(quint64(encoded.size())) + encoded;
}

static QByteArray carSection(const Cid &cid, const QByteArray &block)
{
    const QByteArray c = cid.bytes();
    return ipfs::encodeUvarint(quint64(c.size() + block.size())) + c + block;
}

void FakeGateway::emitDag(const Cid &cid, qint64 offset, qint64 from, qint64 to, bool allScope,
                          QList<QPair<Cid, QByteArray>> &out)
{
    Result<QByteArray> block = m_blocks->getBlock(cid);
    if (!block)
        return; // a gateway missing a child simply stops sending it
    out.append({cid, *block});
    if (cid.codec() != ipfs::Codec::DagPb)
        return;
    Result<ipfs::PbNode> node = ipfs::decodePbNode(*block);
    if (!node || !node->data)
        return;
    Result<ipfs::UnixfsData> fs = ipfs::decodeUnixfsData(*node->data);
    if (!fs)
        return;
    if (fs->type == ipfs::UnixfsType::File || fs->type == ipfs::UnixfsType::Raw) {
        qint64 start = offset + (fs->data ? fs->data->size() : 0);
        for (qsizetype i = 0; i < node->links.size() && i < fs->blocksizes.size(); ++i) {
            const qint64 end = start + qint64(fs->blocksizes.at(i)); // exclusive
            if (end > from && (to < 0 || start <= to))
                emitDag(node->links.at(i).hash, start, from, to, allScope, out);
            start = end;
        }
        return;
    }
    if (allScope || fs->type == ipfs::UnixfsType::HAMTShard) {
        for (const ipfs::PbLink &link : node->links)
            emitDag(link.hash, 0, 0, -1, allScope, out);
    }
}

QByteArray FakeGateway::carFor(const Cid &root, const QStringList &path, qint64 from, qint64 to,
                               bool allScope, int *status, QString *error)
{
    QList<QPair<Cid, QByteArray>> blocks;
    Cid here = root;
    for (const QString &segment : path) {
        Result<QByteArray> block = m_blocks->getBlock(here);
        if (!block) {
            *status = 404;
            *error = QStringLiteral("no block %1").arg(here.toString());
            return {};
        }
        blocks.append({here, *block});
        Result<ipfs::PbNode> node = ipfs::decodePbNode(*block);
        bool found = false;
        if (node) {
            for (const ipfs::PbLink &link : node->links) {
                if (link.name.value_or(QByteArray()) == segment.toUtf8()) {
                    here = link.hash;
                    found = true;
                    break;
                }
            }
        }
        if (!found) {
            *status = 404;
            *error = QStringLiteral("no entry %1").arg(segment);
            return {};
        }
    }
    emitDag(here, 0, from, to, allScope, blocks);
    if (blocks.isEmpty()) {
        *status = 404;
        *error = QStringLiteral("not found");
        return {};
    }
    QByteArray car = carHeader(root);
    int index = 0;
    for (auto &[cid, data] : blocks) {
        if (m_fault == Fault::WrongBytes && index == qMax<qint64>(1, m_faultParam) % blocks.size())
            data[data.size() / 2] = char(data.at(data.size() / 2) ^ 0x5a);
        car += carSection(cid, data);
        if (m_fault == Fault::OversizedBlock && index == 0) {
            const QByteArray big(3 << 20, 'x');
            car += carSection(Cid::forBlock(1, ipfs::Codec::Raw, big), big);
        }
        ++index;
    }
    *status = 200;
    return car;
}

bool FakeGateway::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QUrl url = request.url();
    const QUrlQuery query(url);
    m_requests.append(
        url.path(QUrl::FullyEncoded) +
        (url.hasQuery() ? QStringLiteral("?") + url.query(QUrl::FullyEncoded) : QString()));

    switch (m_fault) {
    case Fault::Hang:
        ++m_faultsServed;
        return true; // the socket stays open, silent
    case Fault::ServerError:
        ++m_faultsServed;
        respond(socket, 503, "text/plain", "service unavailable (injected)");
        return true;
    case Fault::NotFound:
        ++m_faultsServed;
        respond(socket, 404, "text/plain", "not found (injected)");
        return true;
    case Fault::RedirectOffHost: {
        ++m_faultsServed;
        QUrl to = url;
        to.setScheme(QStringLiteral("http"));
        to.setHost(QStringLiteral("localhost"));
        to.setPort(m_url.port());
        respond(socket, 302, "text/plain", "moved", {{"Location", to.toEncoded()}});
        return true;
    }
    default:
        break;
    }

    const QString path = url.path();
    if (path.startsWith(QLatin1String("/files/"))) {
        const QByteArray bytes = m_files.value(path.mid(7));
        if (bytes.isNull()) {
            respond(socket, 404, "text/plain", "no such file");
            return true;
        }
        // Conditional GET like a static file server (GitHub raw): a strong ETag of the bytes.
        const QByteArray etag = '"' + ipfs::sha256(bytes).toHex().left(32) + '"';
        if (request.value("If-None-Match") == etag) {
            respond(socket, 304, "text/plain", QByteArray(), {{"ETag", etag}});
            return true;
        }
        const QByteArray range = request.value("Range");
        if (range.startsWith("bytes=") && range.endsWith('-')) {
            const qint64 from = range.mid(6, range.size() - 7).toLongLong();
            respond(socket, 206, "application/octet-stream", bytes.mid(from),
                    {{"Content-Range", "bytes " + QByteArray::number(from) + '-' +
                                           QByteArray::number(bytes.size() - 1) + '/' +
                                           QByteArray::number(bytes.size())}});
        } else {
            respond(socket, 200, "application/octet-stream", bytes, {{"ETag", etag}});
        }
        return true;
    }
    if (!path.startsWith(QLatin1String("/ipfs/"))) {
        respond(socket, 404, "text/plain", "not an /ipfs/ path");
        return true;
    }
    QStringList segments = path.mid(6).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    Result<Cid> root = segments.isEmpty() ? Result<Cid>(Error(QStringLiteral("no CID")))
                                          : Cid::parse(segments.takeFirst());
    if (!root) {
        respond(socket, 400, "text/plain", root.error().message.toUtf8());
        return true;
    }
    const QString format = query.queryItemValue(QStringLiteral("format"));
    if (format == QLatin1String("raw")) {
        if (m_fault == Fault::TruncatedCarNoRaw) {
            ++m_faultsServed;
            respond(socket, 404, "text/plain", "no raw blocks here (injected)");
            return true;
        }
        Result<QByteArray> block = m_blocks->getBlock(*root);
        if (!block) {
            respond(socket, 404, "text/plain", "block not found");
            return true;
        }
        QByteArray data = *block;
        if (m_fault == Fault::WrongBytes) {
            ++m_faultsServed;
            data[data.size() / 2] = char(data.at(data.size() / 2) ^ 0x5a);
        }
        respond(socket, 200, "application/vnd.ipld.raw", data);
        return true;
    }
    if (format != QLatin1String("car")) {
        respond(socket, 400, "text/plain", "this fake serves only format=car|raw");
        return true;
    }
    qint64 from = 0, to = -1;
    const QString bytesParam = query.queryItemValue(QStringLiteral("entity-bytes"));
    if (!bytesParam.isEmpty()) {
        const QStringList parts = bytesParam.split(QLatin1Char(':'));
        from = parts.value(0).toLongLong();
        to = parts.value(1) == QLatin1String("*") ? -1 : parts.value(1).toLongLong();
    }
    const bool allScope = query.queryItemValue(QStringLiteral("dag-scope")) == QLatin1String("all");
    int status = 0;
    QString error;
    const QString key = m_requests.last();
    QByteArray car;
    if (m_fault == Fault::None && key == m_carCacheKey) {
        car = m_carCache;
        status = 200;
    } else {
        car = carFor(*root, segments, from, to, allScope, &status, &error);
        if (m_fault == Fault::None && status == 200) {
            m_carCacheKey = key;
            m_carCache = car;
        }
    }
    if (status != 200) {
        respond(socket, status, "text/plain", error.toUtf8());
        return true;
    }
    if (m_fault == Fault::WrongBytes || m_fault == Fault::OversizedBlock ||
        m_fault == Fault::WrongContentType || m_fault == Fault::SlowTrickle)
        ++m_faultsServed; // carFor altered a block / added one; or the label or pace below
    const QByteArray type =
        m_fault == Fault::WrongContentType
            ? QByteArrayLiteral("text/html")
            : QByteArrayLiteral("application/vnd.ipld.car; version=1; order=dfs; dups=n");
    socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nConnection: close\r\n\r\n");
    qint64 cut = -1;
    if (m_fault == Fault::TruncatedCar || m_fault == Fault::TruncatedCarNoRaw) {
        // Cut right after section N (a clean boundary, as a gateway that misses a block does).
        qsizetype pos = 0;
        Result<quint64> headerLen = ipfs::readUvarint(car, pos);
        pos += qsizetype(*headerLen);
        for (qint64 i = 0; i < qMax<qint64>(1, m_faultParam) && pos < car.size(); ++i) {
            Result<quint64> len = ipfs::readUvarint(car, pos);
            pos += qsizetype(*len);
        }
        cut = pos;
        if (cut < car.size())
            ++m_faultsServed;
    }
    stream(socket, car, cut, m_fault == Fault::SlowTrickle ? qMax<qint64>(1, m_faultParam) : 0);
    return true;
}

} // namespace pt::test
