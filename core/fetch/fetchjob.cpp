#include "core/fetch/fetchjob.h"

#include "core/fetch/sourceattempt.h"
#include "core/ipfs/exporter.h"
#include "core/workpool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QtConcurrent>

#include <unistd.h>

namespace pt::fetch {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::fetch)
};

// Writes through to a QSaveFile while hashing, so the sha256 of a reassembled file is known
// without reading it back.
class HashingSaveFile : public QIODevice
{
public:
    explicit HashingSaveFile(QSaveFile *file) : m_file(file) { open(QIODevice::WriteOnly); }
    QByteArray digest() { return m_hash.result(); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 len) override
    {
        m_hash.addData(QByteArrayView(data, len));
        return m_file->write(data, len);
    }

private:
    QSaveFile *m_file;
    ipfs::Sha256 m_hash;
};

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// Flushes a file's data to stable storage before it is renamed into place, so a crash right
// after the rename cannot leave a final name pointing at unwritten blocks.
bool syncFile(QFile &file)
{
    return file.flush() && ::fsync(file.handle()) == 0;
}

} // namespace

FetchJob::FetchJob(const ContentRef &ref, const QString &destination, LocalStore *store,
                   QNetworkAccessManager *nam, const FetchConfig &config, QObject *parent)
    : QObject(parent), m_ref(ref), m_destination(destination), m_store(store), m_nam(nam),
      m_config(config), m_cancelFlag(std::make_shared<std::atomic_bool>(false))
{
    for (const Source &s : config.sources) {
        SourceState state;
        state.source = s;
        m_sources.append(state);
    }
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &FetchJob::onTick);
    connect(&m_assembly, &QFutureWatcher<Result<QByteArray>>::finished, this, [this] {
        if (m_finished)
            return;
        const Result<QByteArray> r = m_assembly.result();
        if (!r) {
            fail(r.error());
            return;
        }
        succeed();
    });
}

FetchJob::~FetchJob()
{
    *m_cancelFlag = true;
    // The assembly task only touches the store and its own files; wait for it so it does not
    // outlive the store it reads (it stops early once the cancel flag is seen).
    m_assembly.waitForFinished();
}

void FetchJob::note(const QString &text)
{
    m_log.append(text);
    emit message(text);
}

void FetchJob::noteDagRepairs()
{
    if (!m_dag)
        return;
    const QStringList notes = m_dag->takeNotes();
    for (const QString &n : notes)
        note(n);
}

void FetchJob::setPhase(FetchPhase phase)
{
    m_progress.phase = phase;
    emit progressChanged();
}

void FetchJob::start()
{
    m_clock.start();
    m_tick.start();
    if (m_ref.kind == ContentRef::Kind::Https) {
        startHttps();
        return;
    }
    startIpfs();
}

void FetchJob::cancel()
{
    if (m_finished)
        return;
    *m_cancelFlag = true;
    for (auto &a : m_active) {
        if (a.first)
            a.first->cancel();
    }
    if (m_httpsReply)
        m_httpsReply->abort();
    // Partial data stays: verified blocks in the store, or the .part file, so a retry resumes.
    m_error = Error(Error::Cancelled, Msg::tr("download of %1 cancelled").arg(m_ref.displayName()));
    m_finished = true;
    m_tick.stop();
    setPhase(FetchPhase::Cancelled);
    emit finished();
}

void FetchJob::fail(const Error &error)
{
    if (m_finished)
        return;
    for (auto &a : m_active) {
        if (a.first)
            a.first->cancel();
    }
    m_error = error;
    m_finished = true;
    m_tick.stop();
    setPhase(FetchPhase::Failed);
    emit finished();
}

void FetchJob::succeed()
{
    m_finished = true;
    m_tick.stop();
    m_progress.doneBytes = QFileInfo(m_destination).size();
    if (m_progress.totalBytes < 0)
        m_progress.totalBytes = m_progress.doneBytes;
    m_progress.etaSeconds = 0;
    setPhase(FetchPhase::Done);
    emit finished();
}

// ---- IPFS ------------------------------------------------------------------------------

void FetchJob::startIpfs()
{
    m_dag = std::make_unique<DagFetch>(m_ref.root, m_ref.path, m_store);
    // A file's data streams into <destination>.part as it is verified (a directory goes
    // through the store and the exporter).
    m_dag->setPartFile(m_destination + QStringLiteral(".part"), m_ref.sha256.size() == 32);
    m_dag->setSeedFile(m_seedPath.isEmpty() ? m_destination : m_seedPath);
    setPhase(FetchPhase::Resolving);
    const Result<void> started = m_dag->start();
    noteDagRepairs();
    if (!started) {
        fail(started.error());
        return;
    }
    m_progress.totalBytes = m_dag->totalBytes() >= 0 ? m_dag->totalBytes() : m_ref.sizeHint;
    m_progress.doneBytes = m_dag->verifiedBytes();
    if (m_dag->complete()) {
        m_progress.source = Msg::tr("local store");
        assemble();
        return;
    }
    if (m_sources.isEmpty()) {
        fail(Error(Error::NotFound,
                   Msg::tr("%1 is not in the local store and no source is configured "
                           "(no daemon, no gateway)")
                       .arg(m_ref.displayName())));
        return;
    }
    launchNext();
}

bool FetchJob::isActive(int index) const
{
    for (const auto &a : m_active) {
        if (a.second == index)
            return true;
    }
    return false;
}

bool FetchJob::launchable(int index) const
{
    const SourceState &s = m_sources.at(index);
    return !s.dropped && !s.cooling && !isActive(index);
}

QString FetchJob::nextSourceName() const
{
    for (int i = 0; i < m_sources.size(); ++i) {
        if (launchable(i))
            return m_sources.at(i).source.name();
    }
    return {};
}

void FetchJob::launchNext()
{
    for (int i = 0; i < m_sources.size(); ++i) {
        if (launchable(i)) {
            launch(i);
            return;
        }
    }
    bool cooling = false;
    for (const SourceState &s : std::as_const(m_sources))
        cooling = cooling || (s.cooling && !s.dropped);
    if (m_active.isEmpty() && !cooling && pathGatewaysPossible()) {
        startPathGateways();
        return;
    }
    if (m_active.isEmpty() && !cooling)
        failNoSource();
}

// Every source is spent. When one of them lied, that is the failure to report (the content may
// well exist; a source served it corrupted), so the user is not told to look for a source.
void FetchJob::failNoSource(const QStringList &extraReasons)
{
    QStringList reasons;
    bool anyLied = false;
    for (const SourceState &s : std::as_const(m_sources)) {
        anyLied = anyLied || s.lied;
        reasons.append(s.lastError.isEmpty() ? s.source.name() + Msg::tr(": not tried")
                                             : s.lastError);
    }
    reasons += extraReasons;
    fail(Error(anyLied ? Error::VerifyFailed : Error::NotFound,
               Msg::tr("no source could deliver verified bytes of %1 — %2")
                   .arg(m_ref.displayName(), reasons.join(QStringLiteral("; ")))));
}

void FetchJob::launch(int index)
{
    auto *attempt = new SourceAttempt(m_sources.at(index).source, m_dag.get(), m_nam,
                                      m_config.stallTimeoutMs, this);
    m_active.append({attempt, index});
    m_attemptStartBytes.insert(attempt, attempt->acceptedBytes());
    m_attemptStartMs.insert(attempt, m_clock.elapsed());
    connect(attempt, &SourceAttempt::progressed, this, [this] {
        noteDagRepairs();
        m_progress.doneBytes = m_dag->verifiedBytes();
        if (m_dag->totalBytes() >= 0)
            m_progress.totalBytes = m_dag->totalBytes();
        if (m_progress.phase != FetchPhase::Downloading && m_dag->targetKnown())
            m_progress.phase = FetchPhase::Downloading;
        emit progressChanged();
    });
    connect(attempt, &SourceAttempt::noted, this, &FetchJob::note);
    connect(attempt, &SourceAttempt::finished, this,
            [this, attempt, index] { onAttemptFinished(attempt, index); });
    m_progress.source = activeSourceNames();
    emit progressChanged();
    attempt->start();
}

QString FetchJob::activeSourceNames() const
{
    QStringList names;
    for (const auto &a : m_active) {
        if (a.first)
            names.append(m_sources.at(a.second).source.name());
    }
    return names.join(QStringLiteral(" + "));
}

void FetchJob::onAttemptFinished(SourceAttempt *attempt, int index)
{
    attempt->deleteLater();
    for (qsizetype i = 0; i < m_active.size(); ++i) {
        if (m_active.at(i).first == attempt) {
            m_active.removeAt(i);
            break;
        }
    }
    m_attemptStartBytes.remove(attempt);
    m_attemptStartMs.remove(attempt);
    noteDagRepairs();
    if (m_finished || m_assembling)
        return;
    SourceState &state = m_sources[index];
    const QString reason = attempt->error().message;
    using O = SourceAttempt::Outcome;
    switch (attempt->outcome()) {
    case O::Complete:
        for (auto &a : m_active) {
            if (a.first)
                a.first->cancel();
        }
        m_active.clear();
        assemble();
        return;
    case O::Cancelled:
        return;
    case O::Fatal:
        fail(attempt->error());
        return;
    case O::Lied:
        state.dropped = true;
        state.lied = true;
        state.lastError = reason;
        note(Msg::tr("%1; dropped for this download%2")
                 .arg(reason, nextSourceName().isEmpty()
                                  ? QString()
                                  : Msg::tr(", trying %1").arg(nextSourceName())));
        break;
    case O::Transient:
        state.lastError = reason;
        if (state.retries < m_config.maxRetries) {
            const int delay = int(m_config.retryBaseMs * (1 << state.retries) *
                                  (0.5 + QRandomGenerator::global()->generateDouble()));
            ++state.retries;
            state.cooling = true;
            note(Msg::tr("%1; retrying in %2 s (attempt %3 of %4)")
                     .arg(reason)
                     .arg(delay / 1000.0, 0, 'f', 1)
                     .arg(state.retries + 1)
                     .arg(m_config.maxRetries + 1));
            QTimer::singleShot(delay, this, [this, index] {
                m_sources[index].cooling = false;
                if (m_finished || m_assembling)
                    return;
                if (launchable(index) && m_active.size() < m_config.maxConcurrentSources)
                    launch(index);
                else if (m_active.isEmpty())
                    launchNext();
            });
            // Meanwhile the next source may already help.
            if (m_active.isEmpty())
                launchNext();
            return;
        }
        state.dropped = true;
        note(Msg::tr("%1; giving up on it after %2 attempts").arg(reason).arg(state.retries + 1));
        break;
    case O::Exhausted:
    case O::Refused:
        state.dropped = true;
        state.lastError = reason;
        note(reason);
        break;
    }
    m_progress.source = activeSourceNames();
    emit progressChanged();
    if (m_active.isEmpty())
        launchNext();
}

void FetchJob::onTick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 done = m_progress.doneBytes;
    const double dt = (now - m_lastTickMs) / 1000.0;
    if (dt > 0) {
        const double instant = (done - m_lastTickBytes) / dt;
        // Exponential smoothing; the ETA is shown only once the rate has settled.
        m_progress.bytesPerSecond =
            m_rateSamples == 0 ? instant : 0.7 * m_progress.bytesPerSecond + 0.3 * instant;
        ++m_rateSamples;
    }
    m_lastTickMs = now;
    m_lastTickBytes = done;
    if (m_rateSamples >= 3 && m_progress.bytesPerSecond > 1 && m_progress.totalBytes > 0)
        m_progress.etaSeconds = qint64((m_progress.totalBytes - done) / m_progress.bytesPerSecond);
    else
        m_progress.etaSeconds = -1;
    emit progressChanged();

    // Race the next source beside a slow one (slow trickle, a far-away gateway).
    if (!m_dag || m_active.size() >= m_config.maxConcurrentSources || m_finished || m_assembling)
        return;
    for (const auto &a : std::as_const(m_active)) {
        SourceAttempt *attempt = a.first;
        if (!attempt)
            continue;
        const qint64 ran = now - m_attemptStartMs.value(attempt);
        if (ran < m_config.hedgeAfterMs)
            continue;
        const double rate =
            (attempt->acceptedBytes() - m_attemptStartBytes.value(attempt)) * 1000.0 / ran;
        if (rate < m_config.slowBytesPerSecond && !nextSourceName().isEmpty()) {
            note(Msg::tr("%1 is slow (%2 KiB/s); also trying %3")
                     .arg(m_sources.at(a.second).source.name())
                     .arg(rate / 1024, 0, 'f', 1)
                     .arg(nextSourceName()));
            launchNext();
            return;
        }
    }
}

void FetchJob::assemble()
{
    // Once: a source retried or raced meanwhile also reports the DAG complete.
    if (m_assembling)
        return;
    m_assembling = true;
    setPhase(FetchPhase::Verifying);
    const ipfs::Cid target = m_dag->target();
    const bool directory = m_dag->targetIsDirectory();
    const QString destination = m_destination;
    const QByteArray expected = m_ref.sha256;
    const QString what = m_ref.displayName();
    LocalStore *store = m_store;
    std::shared_ptr<std::atomic_bool> cancel = m_cancelFlag;
    if (PartFile *part = m_dag->partFile()) {
        // Every byte of the .part is verified already: trim, sha256, fsync, rename.
        const qint64 size = m_dag->totalBytes();
        m_assembly.setFuture(QtConcurrent::run(workPool(), [=]() -> Result<QByteArray> {
            return part->finish(size, expected, destination, what);
        }));
        return;
    }
    // Reassembly re-reads and re-hashes every block from disk: CPU and I/O, so off this thread.
    m_assembly.setFuture(QtConcurrent::run(workPool(), [=]() -> Result<QByteArray> {
        ipfs::Exporter exporter(store);
        exporter.setCancelFlag(cancel.get());
        if (!QDir().mkpath(QFileInfo(destination).path()))
            return Error(Error::Io, Msg::tr("cannot create the folder of %1").arg(destination));
        if (directory) {
            const QString fresh = destination + QStringLiteral(".new");
            QDir(fresh).removeRecursively();
            Result<ipfs::ExportStats> r = exporter.exportTo(target, fresh);
            if (!r)
                return r.error().wrapped(what);
            const QString old = destination + QStringLiteral(".old");
            QDir(old).removeRecursively();
            if (QFileInfo::exists(destination) && !QDir().rename(destination, old))
                return Error(Error::Io, Msg::tr("cannot move the old %1 aside").arg(destination));
            if (!QDir().rename(fresh, destination))
                return Error(Error::Io, Msg::tr("cannot move %1 into place").arg(destination));
            QDir(old).removeRecursively();
            return QByteArray();
        }
        QSaveFile file(destination);
        if (!file.open(QIODevice::WriteOnly))
            return Error(Error::Io,
                         Msg::tr("cannot write %1: %2").arg(destination, file.errorString()));
        HashingSaveFile sink(&file);
        Result<ipfs::ExportStats> r = exporter.exportFile(target, &sink);
        if (!r) {
            file.cancelWriting();
            return r.error().wrapped(what);
        }
        const QByteArray digest = sink.digest();
        if (!expected.isEmpty() && digest != expected) {
            file.cancelWriting();
            return Error(Error::VerifyFailed,
                         Msg::tr("%1 matches its CID but its sha256 is %2 while the registry "
                                 "says %3; the registry entry is wrong — nothing was saved")
                             .arg(what, hex(digest), hex(expected)));
        }
        // QSaveFile::commit() fsyncs the temp file before renaming it over the destination.
        if (!file.commit())
            return Error(Error::Io,
                         Msg::tr("cannot save %1: %2").arg(destination, file.errorString()));
        return digest;
    }));
}

// ---- HTTPS (v2 repository paths, URLs) -------------------------------------------------

void FetchJob::startHttps()
{
    // Bytes from a plain URL can only be trusted through a checksum: without one they would
    // enter the cache unverified.
    if (m_ref.sha256.size() != 32) {
        fail(Error(Error::InvalidInput,
                   Msg::tr("%1 has no sha256 to check it against; refusing to download it "
                           "unverified")
                       .arg(m_ref.url.toDisplayString())));
        return;
    }
    m_progress.totalBytes = m_ref.sizeHint;
    startHttpsFrom(m_ref.url, m_destination + QStringLiteral(".part"), m_ref.url.host());
}

bool FetchJob::pathGatewaysPossible() const
{
    if (m_ref.kind != ContentRef::Kind::Ipfs || m_ref.sha256.size() != 32 || m_pathMode)
        return false;
    if (m_dag && m_dag->targetKnown() && m_dag->targetIsDirectory())
        return false; // a whole-file checksum cannot cover a directory
    for (const SourceState &s : std::as_const(m_sources)) {
        if (s.source.kind() == Source::Kind::TrustlessGateway)
            return true;
    }
    return false;
}

void FetchJob::startPathGateways()
{
    m_pathMode = true;
    m_pathIndex = 0;
    note(Msg::tr("no source delivered verifiable blocks; trying the gateways' plain "
                 "paths, each file checked against the registry's sha256"));
    nextPathGateway();
}

void FetchJob::nextPathGateway()
{
    while (m_pathIndex < m_sources.size()) {
        const Source &s = m_sources.at(m_pathIndex++).source;
        if (s.kind() != Source::Kind::TrustlessGateway)
            continue;
        startHttpsFrom(s.pathUrl(m_ref.root, m_ref.path),
                       m_destination + QStringLiteral(".gw.part"), s.name() + Msg::tr(" (path)"));
        return;
    }
    failNoSource(m_pathFailures);
}

// A plain download into `partPath`, resumed with Range, accepted only if its sha256 is the
// registry's: v2 repository paths, or path gateways as the last resort for IPFS content.
void FetchJob::startHttpsFrom(const QUrl &url, const QString &partPath, const QString &sourceName)
{
    setPhase(FetchPhase::Downloading);
    m_progress.source = sourceName;
    if (!QDir().mkpath(QFileInfo(m_destination).path())) {
        fail(Error(Error::Io, Msg::tr("cannot create the folder of %1").arg(m_destination)));
        return;
    }
    m_part = std::make_unique<QFile>(partPath);
    m_partHash = std::make_unique<ipfs::Sha256>();
    qint64 have = 0;
    // Resume: hash what an earlier try left, then ask for the rest. The whole file is
    // checked against the sha256 at the end either way.
    if (m_part->open(QIODevice::ReadWrite)) {
        while (!m_part->atEnd()) {
            const QByteArray chunk = m_part->read(1 << 20);
            m_partHash->addData(chunk);
            have += chunk.size();
        }
    } else {
        fail(Error(Error::Io,
                   Msg::tr("cannot write %1: %2").arg(m_part->fileName(), m_part->errorString())));
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, Source::userAgent());
    // Redirects are fine here (path gateways redirect to subdomains): the sha256 decides.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(m_config.stallTimeoutMs);
    if (have > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(have) + '-');
    m_progress.doneBytes = have;
    m_httpsReply = m_nam->get(request);
    connect(m_httpsReply, &QNetworkReply::metaDataChanged, this, [this, have, url] {
        const int status =
            m_httpsReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (have > 0 && status == 200) {
            // The server ignored the Range: start over.
            note(QStringLiteral("%1 ignored the request to resume at byte %2 and sent the "
                                "whole file; downloading it again from the start")
                     .arg(url.toDisplayString())
                     .arg(have));
            m_part->resize(0);
            m_part->seek(0);
            m_partHash = std::make_unique<ipfs::Sha256>();
            m_progress.doneBytes = 0;
        }
        const qint64 length =
            m_httpsReply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > 0 && m_progress.totalBytes < 0)
            m_progress.totalBytes = m_progress.doneBytes + length;
    });
    connect(m_httpsReply, &QNetworkReply::readyRead, this, [this] {
        const int status =
            m_httpsReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200 && status != 206)
            return;
        const QByteArray data = m_httpsReply->readAll();
        m_partHash->addData(data);
        if (m_part->write(data) != data.size()) {
            m_httpsReply->abort();
            fail(Error(
                Error::Io,
                Msg::tr("cannot write %1: %2").arg(m_part->fileName(), m_part->errorString())));
            return;
        }
        m_progress.doneBytes += data.size();
        emit progressChanged();
    });
    connect(m_httpsReply, &QNetworkReply::finished, this, [this, url, sourceName] {
        QNetworkReply *reply = m_httpsReply;
        reply->deleteLater();
        if (m_finished)
            return;
        // A path gateway that fails is one of several; a plain URL is the only source.
        auto failed = [&](const Error &error) {
            if (!m_pathMode) {
                fail(error);
                return;
            }
            m_pathFailures.append(error.message);
            note(error.message);
            nextPathGateway();
        };
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || (status != 200 && status != 206)) {
            m_part->close(); // kept for resuming, unless there is nothing in it
            if (m_part->size() == 0)
                m_part->remove();
            failed(Error(
                Error::Network,
                Msg::tr("%1: %2 (HTTP %3); the partial download is kept and resumes next time")
                    .arg(url.toDisplayString(), reply->errorString())
                    .arg(status)));
            return;
        }
        setPhase(FetchPhase::Verifying);
        const QByteArray digest = m_partHash->result();
        if (digest != m_ref.sha256) {
            m_part->close();
            m_part->remove();
            failed(Error(Error::VerifyFailed,
                         Msg::tr("%1 sent a file whose sha256 is %2, but the registry says %3; "
                                 "it was discarded")
                             .arg(m_pathMode ? sourceName : url.toDisplayString(), hex(digest),
                                  hex(m_ref.sha256))));
            return;
        }
        if (!syncFile(*m_part)) {
            fail(Error(Error::Io, Msg::tr("cannot flush %1 to disk").arg(m_part->fileName())));
            return;
        }
        m_part->close();
        QFile::remove(m_destination);
        if (!QFile::rename(m_part->fileName(), m_destination)) {
            fail(Error(Error::Io, Msg::tr("cannot move %1 into place").arg(m_destination)));
            return;
        }
        if (m_pathMode) {
            // The block-by-block attempt's leftovers are of no use any more.
            QFile::remove(m_destination + QStringLiteral(".part"));
            QFile::remove(m_destination + QStringLiteral(".part.journal"));
            note(Msg::tr("%1 delivered the file; its sha256 matches the registry").arg(sourceName));
        }
        succeed();
    });
}

} // namespace pt::fetch
