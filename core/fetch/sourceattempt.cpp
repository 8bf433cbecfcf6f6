#include "core/fetch/sourceattempt.h"

#include <QCoreApplication>
#include <QTimer>

namespace pt::fetch {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::fetch)
};
// Blocks asked for at once from one source in block-by-block mode.
constexpr int kParallelBlocks = 8;
// Bytes Qt may buffer ahead of us on a CAR stream (one leaf of Kubo's default chunker).
constexpr qint64 kCarReadBuffer = 256 * 1024;
} // namespace

SourceAttempt::SourceAttempt(const Source &source, DagFetch *fetch, QNetworkAccessManager *nam,
                             int stallTimeoutMs, QObject *parent)
    : QObject(parent), m_source(source), m_fetch(fetch), m_nam(nam),
      m_stallTimeoutMs(stallTimeoutMs)
{}

SourceAttempt::~SourceAttempt()
{
    abortAll();
}

void SourceAttempt::start()
{
    if (m_fetch->complete()) {
        // Queued so the caller sees finished() after start() returns, as for every other path.
        QTimer::singleShot(0, this, [this] { finish(Outcome::Complete); });
        return;
    }
    // Kubo's dag/export takes a CID, not a path: resolve the path block by block first.
    if (m_source.carForPaths() || m_fetch->targetKnown())
        startCar();
    else
        startBlocks();
}

void SourceAttempt::cancel()
{
    finish(Outcome::Cancelled, Error(Error::Cancelled, Msg::tr("cancelled")));
}

void SourceAttempt::abortAll()
{
    auto drop = [this](QNetworkReply *reply) {
        reply->disconnect(this);
        // A reply that already failed must not be aborted again (Qt warns "error ... must only
        // be called once").
        if (!reply->isFinished() && reply->error() == QNetworkReply::NoError)
            reply->abort();
        reply->deleteLater();
    };
    if (m_car)
        drop(m_car);
    for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it)
        drop(it.key());
    m_blocks.clear();
}

void SourceAttempt::finish(Outcome outcome, const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    m_outcome = outcome;
    m_error = error;
    abortAll();
    emit finished();
}

void SourceAttempt::startCar()
{
    ++m_carRequests;
    m_carTried = true;
    const bool gateway = m_source.carForPaths();
    const bool directory = m_fetch->targetKnown() && m_fetch->targetIsDirectory();
    const qint64 from = (m_fetch->targetKnown() && !directory) ? m_fetch->firstMissingOffset() : 0;
    QNetworkRequest request =
        gateway ? m_source.carRequest(m_fetch->root(), m_fetch->path(), from, directory)
                : m_source.carRequest(m_fetch->target(), {}, 0);
    request.setTransferTimeout(m_stallTimeoutMs);
    m_parser = CarStreamParser();
    m_carChecked = false;
    m_carBlocks = 0;
    m_car = m_nam->sendCustomRequest(request, m_source.verb());
    // Qt's HTTP thread otherwise reads as fast as the server sends into ever new buffers: a
    // fast gateway then fills memory with the whole file while we hash, and every buffer is
    // fresh memory to fault in. A bounded buffer keeps the pipeline flowing in steady pieces
    // (measured with bench_fetch: less CPU per byte, and memory bounded by this size).
    m_car->setReadBufferSize(kCarReadBuffer);
    connect(m_car, &QNetworkReply::readyRead, this, &SourceAttempt::onCarData);
    connect(m_car, &QNetworkReply::finished, this, &SourceAttempt::onCarFinished);
}

void SourceAttempt::onCarData()
{
    if (!m_car || m_done)
        return;
    if (!m_carChecked) {
        m_carChecked = true;
        const int status = m_car->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200)
            return; // the body is an error page; onCarFinished classifies it
        const QByteArray type = m_car->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        // js-ipfs answers dag/export as application/json; only gateways are held to the spec.
        if (m_source.kind() == Source::Kind::TrustlessGateway &&
            !type.startsWith("application/vnd.ipld.car")) {
            finish(Outcome::Refused,
                   Error(Error::Network,
                         Msg::tr("%1 answered a CAR request with Content-Type \"%2\"; it "
                                 "does not speak the trustless gateway protocol")
                             .arg(m_source.name(), QString::fromLatin1(type.left(80)))));
            return;
        }
    }
    QList<ipfs::CarBlock> blocks;
    Result<void> parsed = m_parser.readFrom(m_car, blocks);
    m_carBlocks += blocks.size();
    for (const ipfs::CarBlock &b : std::as_const(blocks)) {
        if (!offer(b.cid, b.data))
            return;
    }
    if (!parsed) {
        finish(Outcome::Lied, parsed.error().wrapped(m_source.name()));
        return;
    }
    if (m_fetch->complete())
        finish(Outcome::Complete);
}

bool SourceAttempt::offer(const ipfs::Cid &cid, const QByteArray &data)
{
    Result<DagFetch::Offer> r = m_fetch->offer(cid, data);
    if (!r) {
        const Error &e = r.error();
        if (e.code == Error::VerifyFailed) {
            finish(Outcome::Lied, Error(Error::VerifyFailed,
                                        Msg::tr("%1 sent a block that does not match CID %2 (%3)")
                                            .arg(m_source.name(), cid.toString(), e.message)));
        } else {
            finish(Outcome::Fatal, e);
        }
        return false;
    }
    if (*r == DagFetch::Offer::Accepted) {
        m_acceptedBytes += data.size();
        emit progressed();
    }
    return true;
}

QString SourceAttempt::what() const
{
    QStringList parts{m_fetch->root().toString()};
    parts += m_fetch->path();
    return parts.join(QLatin1Char('/'));
}

SourceAttempt::Outcome SourceAttempt::classify(QNetworkReply *reply, QString *why) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError err = reply->error();
    if (err == QNetworkReply::InsecureRedirectError ||
        err == QNetworkReply::TooManyRedirectsError || (status >= 300 && status < 400)) {
        *why = Msg::tr("%1 redirected to %2; redirects to another host are not followed")
                   .arg(m_source.name(),
                        reply->header(QNetworkRequest::LocationHeader).toUrl().toDisplayString());
        return Outcome::Refused;
    }
    if (status == 404 || status == 410) {
        *why = Msg::tr("%1 does not have it (HTTP %2)").arg(m_source.name()).arg(status);
        return Outcome::Exhausted;
    }
    if (status == 429 || status >= 500) {
        *why = Msg::tr("%1 answered HTTP %2").arg(m_source.name()).arg(status);
        return Outcome::Transient;
    }
    if (status >= 400) {
        QString body = QString::fromUtf8(reply->read(300)).simplified();
        *why = Msg::tr("%1 refused the request (HTTP %2%3)")
                   .arg(m_source.name())
                   .arg(status)
                   .arg(body.isEmpty() ? QString() : QStringLiteral(": ") + body);
        return Outcome::Refused;
    }
    if (err == QNetworkReply::OperationCanceledError || err == QNetworkReply::TimeoutError) {
        *why =
            Msg::tr("%1 sent nothing for %2 s").arg(m_source.name()).arg(m_stallTimeoutMs / 1000.0);
        return Outcome::Transient;
    }
    *why = QStringLiteral("%1: %2").arg(m_source.name(), reply->errorString());
    return Outcome::Transient;
}

void SourceAttempt::onCarFinished()
{
    QNetworkReply *reply = m_car;
    if (!reply || m_done)
        return;
    m_car = nullptr;
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError ||
        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
        QString why;
        const Outcome o = classify(reply, &why);
        // "Not found" for a path is a claim; with the directory blocks we can check it
        // ourselves and say precisely which name is missing (or find that the source lied).
        if (o == Outcome::Exhausted && !m_fetch->targetKnown() && !m_fetch->path().isEmpty()) {
            emit noted(QStringLiteral("%1 for %2; checking the path block by block from it")
                           .arg(why, what()));
            startBlocks();
            return;
        }
        // A transfer cut mid-stream still delivered verified blocks; carry on block by block
        // unless the source refused outright.
        if ((o == Outcome::Transient || o == Outcome::Exhausted) && m_fetch->blocksAccepted() > 0 &&
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200) {
            emit noted(QStringLiteral("%1 broke off the CAR for %2 after %3 blocks (%4); "
                                      "fetching the rest block by block from it")
                           .arg(m_source.name(), what())
                           .arg(m_carBlocks)
                           .arg(reply->errorString()));
            startBlocks();
            return;
        }
        finish(o, Error(o == Outcome::Exhausted ? Error::NotFound : Error::Network, why));
        return;
    }
    onCarData(); // whatever arrived with the last packet
    if (m_done)
        return;
    if (m_fetch->complete()) {
        finish(Outcome::Complete);
        return;
    }
    // The entity of a directory is the directory node alone: ask once more for all below it.
    if (m_source.carForPaths() && m_fetch->targetIsDirectory() && m_carRequests == 1) {
        startCar();
        return;
    }
    // A 200 CAR stream may end early when the gateway misses a child block (trustless gateway
    // spec): completeness is ours to check. Ask for the rest one block at a time.
    emit noted(QStringLiteral("%1 sent a CAR for %2 that ended after %3 blocks with %4 known "
                              "blocks still missing; fetching the rest block by block from it")
                   .arg(m_source.name(), what())
                   .arg(m_carBlocks)
                   .arg(m_fetch->missing().size()));
    startBlocks();
}

void SourceAttempt::startBlocks()
{
    pumpBlocks();
}

void SourceAttempt::pumpBlocks()
{
    if (m_done)
        return;
    if (m_fetch->complete()) {
        finish(Outcome::Complete);
        return;
    }
    // Kubo: once the path is resolved block by block, one dag/export CAR brings the rest.
    if (!m_carTried && m_fetch->targetKnown() && m_blocks.isEmpty()) {
        startCar();
        return;
    }
    const QList<ipfs::Cid> missing = m_fetch->missing();
    for (const ipfs::Cid &cid : missing) {
        if (m_blocks.size() >= kParallelBlocks)
            break;
        bool inFlight = false;
        for (const ipfs::Cid &c : std::as_const(m_blocks)) {
            if (c == cid) {
                inFlight = true;
                break;
            }
        }
        if (inFlight)
            continue;
        QNetworkRequest request = m_source.blockRequest(cid);
        request.setTransferTimeout(m_stallTimeoutMs);
        QNetworkReply *reply = m_nam->sendCustomRequest(request, m_source.verb());
        m_blocks.insert(reply, cid);
        connect(reply, &QNetworkReply::readyRead, this, [this, reply, cid] {
            // A block is at most 2 MiB: a longer answer is not a block.
            if (reply->bytesAvailable() > ipfs::kMaxBlockSize) {
                finish(Outcome::Lied,
                       Error(Error::VerifyFailed, Msg::tr("%1 sent more than 2 MiB for block %2")
                                                      .arg(m_source.name(), cid.toString())));
            }
        });
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, cid] { onBlockFinished(reply, cid); });
    }
}

void SourceAttempt::onBlockFinished(QNetworkReply *reply, const ipfs::Cid &cid)
{
    if (m_done || !m_blocks.contains(reply))
        return;
    m_blocks.remove(reply);
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError ||
        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
        QString why;
        const Outcome o = classify(reply, &why);
        finish(o, Error(o == Outcome::Exhausted ? Error::NotFound : Error::Network,
                        Msg::tr("%1 (block %2)").arg(why, cid.toString())));
        return;
    }
    if (!offer(cid, reply->readAll()))
        return;
    pumpBlocks();
}

} // namespace pt::fetch
