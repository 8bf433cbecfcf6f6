#include "core/fetch/downloadmanager.h"

#include "core/fetch/localstore.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace pt::fetch {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::fetch)
};

constexpr int kMaxParallelLimit = 16; // Settings::MaxParallelDownloads allows 1..16
constexpr int kFlushMs = 100;         // progress-only changed() at most ~10/s per download
constexpr int kMaxLogLines = 500;     // a long, flaky download must not grow without bound

// Which phase to show for several files at once: the one the user cares about most.
int phaseWeight(FetchPhase p)
{
    switch (p) {
    case FetchPhase::Downloading:
        return 4;
    case FetchPhase::Verifying:
        return 3;
    case FetchPhase::Resolving:
        return 2;
    default:
        return 0;
    }
}

} // namespace

DownloadManager::DownloadManager(LocalStore *store, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_store(store), m_nam(nam)
{
    m_flush.setSingleShot(true);
    m_flush.setInterval(kFlushMs);
    connect(&m_flush, &QTimer::timeout, this, &DownloadManager::flushChanged);
}

DownloadManager::~DownloadManager()
{
    // Jobs are children of nobody: stop them without letting their signals reach a
    // half-destroyed manager. Verified data stays for the next run.
    for (auto &[id, d] : m_downloads) {
        for (FileRun &f : d->files) {
            if (f.job) {
                f.job->disconnect(this);
                f.job->cancel();
                delete f.job;
                f.job = nullptr;
            }
        }
    }
}

void DownloadManager::setFetchConfig(const FetchConfig &config)
{
    m_config = config;
}

void DownloadManager::setMaxParallel(int n)
{
    m_maxParallel = std::clamp(n, 1, kMaxParallelLimit);
    schedule();
}

DownloadManager::Download *DownloadManager::find(int id) const
{
    auto it = m_downloads.find(id);
    return it == m_downloads.end() ? nullptr : it->second.get();
}

Result<int> DownloadManager::enqueueEntry(const registry::Entry &entry, const QUrl &registryUrl)
{
    // Newest first: the download the user most likely means.
    for (auto it = m_downloads.rbegin(); it != m_downloads.rend(); ++it) {
        Download *d = it->second.get();
        if (d->entryId != entry.id || entry.id.isEmpty())
            continue;
        if (d->state == DownloadInfo::State::Queued || d->state == DownloadInfo::State::Running)
            return d->id;
        if (d->state == DownloadInfo::State::Failed || d->state == DownloadInfo::State::Cancelled) {
            retry(d->id);
            return d->id;
        }
        break; // done: download it again as a new row (the user asked for it)
    }
    Result<QList<PlannedFile>> plan = planEntry(entry, registryUrl);
    if (!plan)
        return plan.error();
    if (plan->isEmpty()) {
        return Error(Error::NotFound,
                     Msg::tr("entry \"%1\" lists no files to download").arg(entry.id));
    }
    auto d = std::make_unique<Download>();
    d->entryId = entry.id;
    d->title = entry.id;
    for (const PlannedFile &f : std::as_const(*plan)) {
        FileRun run;
        run.file = f;
        d->files.append(run);
    }
    return add(std::move(d));
}

Result<int> DownloadManager::enqueueFiles(const QString &title, const QList<PlannedFile> &files)
{
    if (files.isEmpty()) {
        return Error(Error::InvalidInput,
                     Msg::tr("download \"%1\" has no files; nothing was queued").arg(title));
    }
    QSet<QString> seen;
    for (const PlannedFile &f : files) {
        if (f.destination.isEmpty() || QDir::isRelativePath(f.destination)) {
            return Error(Error::InvalidInput,
                         Msg::tr("download \"%1\": file \"%2\" has no absolute "
                                 "destination; nothing was queued")
                             .arg(title, f.name));
        }
        const QString clean = QDir::cleanPath(f.destination);
        if (seen.contains(clean)) {
            return Error(
                Error::InvalidInput,
                Msg::tr("download \"%1\" writes %2 twice; nothing was queued").arg(title, clean));
        }
        seen.insert(clean);
    }
    auto d = std::make_unique<Download>();
    d->title = title;
    for (const PlannedFile &f : files) {
        FileRun run;
        run.file = f;
        d->files.append(run);
    }
    return add(std::move(d));
}

int DownloadManager::add(std::unique_ptr<Download> d)
{
    const int id = m_nextId++;
    d->id = id;
    Download *raw = d.get();
    m_downloads.emplace(id, std::move(d));
    m_batch.insert(id);
    note(raw, Msg::tr("queued: %n file(s)", nullptr, int(raw->files.size())));
    emit added(id);
    updateActive();
    schedule();
    return id;
}

void DownloadManager::stopJobs(Download *d, FileRun::State as)
{
    for (FileRun &f : d->files) {
        if (f.state == FileRun::State::Running || f.state == FileRun::State::Pending)
            f.state = as;
        if (FetchJob *job = f.job) {
            f.job = nullptr;
            job->disconnect(this);
            job->cancel();
            job->deleteLater();
        }
    }
}

void DownloadManager::cancel(int id)
{
    Download *d = find(id);
    if (!d ||
        !(d->state == DownloadInfo::State::Queued || d->state == DownloadInfo::State::Running))
        return;
    d->state = DownloadInfo::State::Cancelled;
    stopJobs(d, FileRun::State::Cancelled);
    d->error = Error(Error::Cancelled, Msg::tr("download of %1 cancelled").arg(d->title));
    note(d, QStringLiteral("cancelled"));
    finish(d);
}

void DownloadManager::retry(int id)
{
    Download *d = find(id);
    if (!d ||
        !(d->state == DownloadInfo::State::Failed || d->state == DownloadInfo::State::Cancelled))
        return;
    for (FileRun &f : d->files) {
        if (f.state == FileRun::State::Done)
            continue;
        f.state = FileRun::State::Pending;
        f.last = FetchProgress{};
        f.doneHigh = 0;
    }
    d->state = DownloadInfo::State::Queued;
    d->error = Error();
    if (activeCount() == 0)
        m_batch.clear(); // a new batch for the global progress
    m_batch.insert(id);
    note(d, Msg::tr("queued again"));
    emitChanged(d);
    updateActive();
    schedule();
}

void DownloadManager::remove(int id)
{
    Download *d = find(id);
    if (!d)
        return;
    const bool wasActive =
        d->state == DownloadInfo::State::Queued || d->state == DownloadInfo::State::Running;
    stopJobs(d, FileRun::State::Cancelled);
    m_downloads.erase(id);
    m_batch.remove(id);
    emit removed(id);
    if (wasActive) {
        updateActive();
        schedule();
    }
}

void DownloadManager::clearFinished()
{
    QList<int> gone;
    for (const auto &[id, d] : m_downloads) {
        if (!(d->state == DownloadInfo::State::Queued || d->state == DownloadInfo::State::Running))
            gone.append(id);
    }
    for (int id : std::as_const(gone))
        remove(id);
}

QList<int> DownloadManager::ids() const
{
    QList<int> out;
    out.reserve(qsizetype(m_downloads.size()));
    for (const auto &[id, d] : m_downloads)
        out.append(id);
    return out;
}

int DownloadManager::idForEntry(const QString &entryId) const
{
    int newest = -1;
    for (const auto &[id, d] : m_downloads) {
        if (d->entryId != entryId || entryId.isEmpty())
            continue;
        if (d->state == DownloadInfo::State::Queued || d->state == DownloadInfo::State::Running)
            return id;
        newest = id;
    }
    return newest;
}

int DownloadManager::activeCount() const
{
    int n = 0;
    for (const auto &[id, d] : m_downloads) {
        if (d->state == DownloadInfo::State::Queued || d->state == DownloadInfo::State::Running)
            ++n;
    }
    return n;
}

int DownloadManager::runningJobs() const
{
    int n = 0;
    for (const auto &[id, d] : m_downloads) {
        for (const FileRun &f : d->files) {
            if (f.state == FileRun::State::Running)
                ++n;
        }
    }
    return n;
}

bool DownloadManager::destinationBusy(const QString &destination) const
{
    const QString clean = QDir::cleanPath(destination);
    for (const auto &[id, d] : m_downloads) {
        for (const FileRun &f : d->files) {
            if (f.state == FileRun::State::Running && QDir::cleanPath(f.file.destination) == clean)
                return true;
        }
    }
    return false;
}

void DownloadManager::schedule()
{
    // A job can finish inside start() (nothing to fetch from, a bad destination) and its
    // handler schedules again: run the loop once more instead of recursing.
    if (m_scheduling) {
        m_scheduleAgain = true;
        return;
    }
    m_scheduling = true;
    do {
        m_scheduleAgain = false;
        const QList<int> order = ids(); // a slot may remove downloads while we start jobs
        for (int id : order) {
            if (runningJobs() >= m_maxParallel)
                break;
            Download *d = find(id);
            if (!d || !(d->state == DownloadInfo::State::Queued ||
                        d->state == DownloadInfo::State::Running))
                continue;
            for (int i = 0; i < d->files.size(); ++i) {
                if (runningJobs() >= m_maxParallel)
                    break;
                const FileRun &f = d->files.at(i);
                if (f.state != FileRun::State::Pending || destinationBusy(f.file.destination))
                    continue;
                startFile(d, i);
                d = find(id);
                if (!d || !(d->state == DownloadInfo::State::Queued ||
                            d->state == DownloadInfo::State::Running))
                    break;
            }
        }
    } while (m_scheduleAgain);
    m_scheduling = false;
}

void DownloadManager::startFile(Download *d, int index)
{
    FileRun &f = d->files[index];
    auto *job = new FetchJob(f.file.ref, f.file.destination, m_store, m_nam, m_config);
    f.job = job;
    f.state = FileRun::State::Running;
    f.last = FetchProgress{};
    f.last.totalBytes = f.file.ref.sizeHint;
    f.doneHigh = 0;
    const int id = d->id;
    connect(job, &FetchJob::progressChanged, this,
            [this, id, index, job] { onJobProgress(id, index, job); });
    connect(job, &FetchJob::message, this, [this, id, index](const QString &text) {
        if (Download *dl = find(id))
            note(dl, dl->files.at(index).file.name + QStringLiteral(": ") + text);
    });
    connect(job, &FetchJob::finished, this,
            [this, id, index, job] { onJobFinished(id, index, job); });
    note(d, Msg::tr("%1: started (%2)").arg(f.file.name, f.file.ref.displayName()));
    const bool becameRunning = d->state == DownloadInfo::State::Queued;
    d->state = DownloadInfo::State::Running;
    // Signals go out after start(): a slot that removes this download must not leave a job
    // to be started after it was cancelled. A job that failed inside start() has already
    // reported through onJobFinished.
    job->start();
    Download *after = find(id);
    if (!after || after->state != DownloadInfo::State::Running)
        return;
    if (becameRunning)
        emitChanged(after);
    else
        markChanged(after);
}

void DownloadManager::onJobProgress(int id, int index, FetchJob *job)
{
    Download *d = find(id);
    if (!d || d->files.at(index).job != job)
        return;
    FileRun &f = d->files[index];
    f.last = job->progress();
    f.doneHigh = std::max(f.doneHigh, f.last.doneBytes);
    markChanged(d);
}

void DownloadManager::onJobFinished(int id, int index, FetchJob *job)
{
    job->disconnect(this);
    job->deleteLater();
    Download *d = find(id);
    if (!d || d->files.at(index).job != job)
        return;
    FileRun &f = d->files[index];
    f.job = nullptr;
    f.last = job->progress();
    f.doneHigh = std::max(f.doneHigh, f.last.doneBytes);
    if (job->succeeded()) {
        f.state = FileRun::State::Done;
        note(d, Msg::tr("%1: saved to %2").arg(f.file.name, f.file.destination));
        const bool allDone = std::all_of(d->files.cbegin(), d->files.cend(), [](const FileRun &r) {
            return r.state == FileRun::State::Done;
        });
        if (allDone) {
            d->state = DownloadInfo::State::Done;
            note(d, QStringLiteral("done"));
            finish(d);
        } else {
            markChanged(d);
        }
    } else {
        // One file that cannot be had makes the entry unusable: stop the rest now (their
        // verified blocks stay, so a retry resumes) instead of holding slots for nothing.
        f.state = FileRun::State::Failed;
        d->error = job->error();
        if (d->error.message.isEmpty())
            d->error = Error(Error::Generic, Msg::tr("%1 failed").arg(f.file.name));
        d->state = DownloadInfo::State::Failed;
        stopJobs(d, FileRun::State::Cancelled);
        note(d, Msg::tr("%1: failed: %2").arg(f.file.name, d->error.message));
        finish(d);
    }
    schedule();
}

void DownloadManager::finish(Download *d)
{
    const int id = d->id;
    const bool ok = d->state == DownloadInfo::State::Done;
    if (d->state == DownloadInfo::State::Failed || d->state == DownloadInfo::State::Cancelled)
        m_batch.remove(id);
    emitChanged(d);
    updateActive();
    emit finished(id, ok);
    schedule();
}

void DownloadManager::note(Download *d, const QString &text)
{
    d->log.append(text);
    if (d->log.size() > kMaxLogLines)
        d->log.remove(0, d->log.size() - kMaxLogLines);
}

void DownloadManager::markChanged(Download *d)
{
    d->changePending = true;
    if (!m_flush.isActive())
        m_flush.start();
}

void DownloadManager::emitChanged(Download *d)
{
    d->changePending = false;
    emit changed(d->id);
}

void DownloadManager::flushChanged()
{
    for (int id : ids()) {
        Download *d = find(id);
        if (d && d->changePending)
            emitChanged(d);
    }
}

void DownloadManager::updateActive()
{
    const bool active = activeCount() > 0;
    if (active == m_active)
        return;
    m_active = active;
    if (!active) {
        // Keep the finished batch for totalProgress() until the next download starts one.
    } else {
        QSet<int> keep;
        for (int id : std::as_const(m_batch)) {
            const Download *d = find(id);
            if (d && (d->state == DownloadInfo::State::Queued ||
                      d->state == DownloadInfo::State::Running))
                keep.insert(id);
        }
        m_batch = keep;
    }
    emit activeChanged(active);
}

FetchProgress DownloadManager::aggregate(const Download &d) const
{
    FetchProgress p;
    p.totalBytes = 0;
    bool totalKnown = true;
    bool etaSteady = true;
    int running = 0;
    QStringList sources;
    int bestPhase = -1;
    for (const FileRun &f : d.files) {
        p.doneBytes += f.doneHigh;
        const qint64 total = f.last.totalBytes >= 0 ? f.last.totalBytes : f.file.ref.sizeHint;
        if (f.state == FileRun::State::Done)
            p.totalBytes += std::max(total, f.doneHigh);
        else if (total >= 0)
            p.totalBytes += total;
        else
            totalKnown = false;
        if (f.state != FileRun::State::Running)
            continue;
        ++running;
        p.bytesPerSecond += f.last.bytesPerSecond;
        if (f.last.etaSeconds < 0)
            etaSteady = false;
        if (!f.last.source.isEmpty() && !sources.contains(f.last.source))
            sources.append(f.last.source);
        if (phaseWeight(f.last.phase) > bestPhase) {
            bestPhase = phaseWeight(f.last.phase);
            p.phase = f.last.phase;
        }
    }
    if (!totalKnown)
        p.totalBytes = -1;
    switch (d.state) {
    case DownloadInfo::State::Queued:
        p.phase = FetchPhase::Queued;
        break;
    case DownloadInfo::State::Running:
        if (running == 0)
            p.phase = FetchPhase::Queued; // between files, waiting for a slot
        else if (bestPhase <= 0)
            p.phase = FetchPhase::Resolving;
        break;
    case DownloadInfo::State::Done:
        p.phase = FetchPhase::Done;
        break;
    case DownloadInfo::State::Failed:
        p.phase = FetchPhase::Failed;
        break;
    case DownloadInfo::State::Cancelled:
        p.phase = FetchPhase::Cancelled;
        break;
    }
    if (d.state == DownloadInfo::State::Running && running > 0 && etaSteady && totalKnown &&
        p.bytesPerSecond > 1) {
        p.etaSeconds = qint64(std::max<qint64>(0, p.totalBytes - p.doneBytes) / p.bytesPerSecond);
    } else if (d.state == DownloadInfo::State::Done) {
        p.etaSeconds = 0;
    }
    if (d.state != DownloadInfo::State::Running)
        p.bytesPerSecond = 0;
    p.source = sources.join(QStringLiteral(", "));
    return p;
}

std::optional<DownloadInfo> DownloadManager::info(int id) const
{
    const Download *d = find(id);
    if (!d)
        return std::nullopt;
    DownloadInfo i;
    i.id = d->id;
    i.entryId = d->entryId;
    i.title = d->title;
    for (const FileRun &f : d->files) {
        i.files.append(f.file.destination);
        if (f.state == FileRun::State::Done)
            ++i.filesDone;
    }
    i.state = d->state;
    i.progress = aggregate(*d);
    if (d->state == DownloadInfo::State::Failed || d->state == DownloadInfo::State::Cancelled) {
        i.error = d->error;
        i.suggestion = suggestionFor(d->error);
    }
    i.log = d->log;
    return i;
}

FetchProgress DownloadManager::totalProgress() const
{
    FetchProgress p;
    p.totalBytes = 0;
    bool totalKnown = true;
    bool etaSteady = true;
    bool anyRunning = false;
    int bestPhase = -1;
    QStringList sources;
    for (int id : m_batch) {
        const Download *d = find(id);
        if (!d)
            continue;
        const FetchProgress one = aggregate(*d);
        p.doneBytes += one.doneBytes;
        if (one.totalBytes >= 0)
            p.totalBytes += one.totalBytes;
        else
            totalKnown = false;
        if (d->state != DownloadInfo::State::Running)
            continue;
        anyRunning = true;
        p.bytesPerSecond += one.bytesPerSecond;
        if (one.etaSeconds < 0)
            etaSteady = false;
        for (const QString &s : one.source.split(QStringLiteral(", "), Qt::SkipEmptyParts)) {
            if (!sources.contains(s))
                sources.append(s);
        }
        if (phaseWeight(one.phase) > bestPhase) {
            bestPhase = phaseWeight(one.phase);
            p.phase = one.phase;
        }
    }
    if (!totalKnown)
        p.totalBytes = -1;
    if (!anyRunning)
        p.phase = activeCount() > 0 ? FetchPhase::Queued : FetchPhase::Done;
    if (anyRunning && etaSteady && totalKnown && p.bytesPerSecond > 1)
        p.etaSeconds = qint64(std::max<qint64>(0, p.totalBytes - p.doneBytes) / p.bytesPerSecond);
    p.source = sources.join(QStringLiteral(", "));
    return p;
}

QString DownloadManager::suggestionFor(const Error &error)
{
    switch (error.code) {
    case Error::Network:
        return tr("Check the network connection and the gateway list in Settings, then retry.");
    case Error::NotFound:
        return tr("No source had this content. Start the IPFS daemon or add a gateway in "
                  "Settings, then retry.");
    case Error::VerifyFailed:
        return tr("A source sent data that does not match its hash and was dropped. Retry to use "
                  "the other sources; if it keeps failing, the registry entry may be wrong.");
    case Error::Io:
        return tr("Check that the download folder is writable and the disk has space, then "
                  "retry.");
    case Error::InvalidInput:
    case Error::Unsupported:
        return tr("This entry cannot be downloaded as listed. Refresh the registry (F5) or "
                  "update the app.");
    case Error::Cancelled:
        return tr("Retry to resume from the data already verified.");
    case Error::Generic:
        break;
    }
    return tr("Retry; the log of this download has the details.");
}

} // namespace pt::fetch
