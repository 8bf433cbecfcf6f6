#include "core/registry/registrysource.h"

#include "core/ipfs/multihash.h"
#include "core/paths.h"
#include "core/registry/registryparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSaveFile>
#include <QTemporaryFile>

namespace pt::registry {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::registry)
};
// Matches the parser's own cap: a registry is kilobytes today, megabytes at 100k entries.
constexpr qint64 kMaxDownload = 256LL * 1024 * 1024;

QString describe(const QDateTime &when)
{
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                          : Msg::tr("an unknown time");
}
} // namespace

QUrl defaultRegistryUrl()
{
    return QUrl(QStringLiteral(
        "https://raw.githubusercontent.com/munch-group/phasic-traces/master/registry.json"));
}

Result<QUrl> parseRegistryLocation(const QString &text)
{
    if (text.isEmpty())
        return defaultRegistryUrl();
    if (!text.contains(QLatin1String("://")))
        return QUrl::fromLocalFile(QDir::current().absoluteFilePath(text));
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid())
        return Error(Error::InvalidInput,
                     Msg::tr("registry location \"%1\" is not a valid URL").arg(text));
    if (scheme == QLatin1String("https") || scheme == QLatin1String("http") ||
        scheme == QLatin1String("file"))
        return url;
    if (scheme == QLatin1String("ipfs")) {
        // The CID is read from the text itself: QUrl lowercases the host, which breaks a
        // case-sensitive base58 CIDv0 ("Qm…"). The URL is rebuilt with the CIDv1 in base32,
        // which survives any host normalization and names the same content.
        const qsizetype start = text.indexOf(QLatin1String("://")) + 3;
        qsizetype end = text.indexOf(QLatin1Char('/'), start);
        if (end < 0)
            end = text.size();
        Result<ipfs::Cid> cid = ipfs::Cid::parse(QStringView(text).mid(start, end - start));
        if (!cid)
            return cid.error().wrapped(Msg::tr("registry location %1").arg(text));
        QUrl normalized = url;
        normalized.setHost(cid->toV1().toString());
        return normalized;
    }
    return Error(Error::Unsupported,
                 Msg::tr("registry location \"%1\": only https://, http://, file:// and ipfs:// "
                         "are supported")
                     .arg(text));
}

Result<QList<QUrl>> parseRegistryLocations(const QStringList &texts)
{
    QList<QUrl> urls;
    for (const QString &t : texts) {
        if (t.trimmed().isEmpty())
            continue;
        Result<QUrl> url = parseRegistryLocation(t.trimmed());
        if (!url)
            return url.error();
        if (!urls.contains(*url))
            urls.append(*url);
    }
    if (urls.isEmpty())
        urls.append(defaultRegistryUrl());
    return urls;
}

RegistrySource::RegistrySource(const QUrl &url, QNetworkAccessManager *nam, QObject *parent)
    : RegistrySource(QList<QUrl>{url}, nam, parent)
{}

RegistrySource::RegistrySource(const QList<QUrl> &urls, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_urls(urls.isEmpty() ? QList<QUrl>{defaultRegistryUrl()} : urls),
      m_url(m_urls.first()), m_nam(nam)
{}

RegistrySource::~RegistrySource()
{
    cancel();
}

QString RegistrySource::cachePathFor(const QUrl &url) const
{
    const QByteArray key = ipfs::sha256(url.toEncoded()).toHex().left(16);
    return QDir(Paths::dataDir())
        .filePath(QStringLiteral("registry/%1.json").arg(QString::fromLatin1(key)));
}

RegistrySource::Meta RegistrySource::readMeta(const QUrl &url) const
{
    Meta meta;
    QFile f(cachePathFor(url) + QStringLiteral(".meta"));
    if (!f.open(QIODevice::ReadOnly))
        return meta;
    const QJsonObject o = QJsonDocument::fromJson(f.read(64 * 1024)).object();
    meta.etag = o.value(QStringLiteral("etag")).toString().toLatin1();
    meta.lastModified = o.value(QStringLiteral("last_modified")).toString().toLatin1();
    meta.fetchedAt =
        QDateTime::fromString(o.value(QStringLiteral("fetched_at")).toString(), Qt::ISODate);
    return meta;
}

Result<void> RegistrySource::store(const QByteArray &bytes, const Meta &meta) const
{
    QDir().mkpath(QFileInfo(cachePath()).path());
    auto save = [](const QString &path, const QByteArray &data) -> Result<void> {
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
            return Error(Error::Io, Msg::tr("cannot save %1: %2").arg(path, f.errorString()));
        return {};
    };
    if (Result<void> r = save(cachePath(), bytes); !r)
        return r;
    QJsonObject o;
    o.insert(QStringLiteral("url"), m_url.toString());
    o.insert(QStringLiteral("etag"), QString::fromLatin1(meta.etag));
    o.insert(QStringLiteral("last_modified"), QString::fromLatin1(meta.lastModified));
    o.insert(QStringLiteral("fetched_at"), meta.fetchedAt.toString(Qt::ISODate));
    if (Result<void> r = save(cachePath() + QStringLiteral(".meta"), QJsonDocument(o).toJson()); !r)
        return r;
    // Share upstream's registry with the Python library, which keeps its copy there.
    if (m_url == defaultRegistryUrl()) {
        QDir().mkpath(QFileInfo(Paths::pythonRegistryCopy()).path());
        return save(Paths::pythonRegistryCopy(), bytes);
    }
    return {};
}

Result<LoadedRegistry> RegistrySource::loadCopy(const QUrl &url, const Meta &meta) const
{
    const QString path = cachePathFor(url);
    if (!QFile::exists(path))
        return Error(Error::NotFound, Msg::tr("no copy of %1").arg(url.toDisplayString()));
    Result<QByteArray> bytes = readRegistryBytes(path);
    if (!bytes)
        return bytes.error();
    Result<Registry> parsed = parseRegistry(*bytes);
    if (!parsed)
        return parsed.error();
    return LoadedRegistry{std::move(parsed).value(),
                          Msg::tr("the copy of %1 downloaded %2")
                              .arg(url.toDisplayString(), describe(meta.fetchedAt))};
}

Result<LoadedRegistry> RegistrySource::loadCached(RegistryStatus *status) const
{
    // A single local file is read as it is (its error is the answer). In a list, a local file
    // that does not load is skipped like any failing location.
    if (m_urls.size() == 1 && m_urls.first().isLocalFile()) {
        if (status)
            *status = {RegistryStatus::Freshness::Local, {}, {}};
        return loadLocalRegistry(m_urls.first().toLocalFile());
    }
    // The newest good copy of any location (each keeps its own, with its ETag).
    QList<QPair<QDateTime, QUrl>> copies;
    for (const QUrl &url : m_urls) {
        if (url.isLocalFile()) {
            Result<LoadedRegistry> local = loadLocalRegistry(url.toLocalFile());
            if (local) {
                if (status)
                    *status = {RegistryStatus::Freshness::Local, {}, {}};
                return local;
            }
            continue;
        }
        if (QFile::exists(cachePathFor(url)))
            copies.append({readMeta(url).fetchedAt, url});
    }
    std::stable_sort(copies.begin(), copies.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &c : std::as_const(copies)) {
        Result<LoadedRegistry> copy = loadCopy(c.second, readMeta(c.second));
        if (copy) {
            if (status)
                *status = {RegistryStatus::Freshness::Cached, c.first, {}};
            return copy;
        }
    }
    // No message: the freshness says it all, and each front end words it (translated) itself;
    // a message on a snapshot is news beyond that (why a refresh failed).
    if (status)
        *status = {RegistryStatus::Freshness::Snapshot, {}, {}};
    return loadLocalRegistry(QString());
}

void RegistrySource::accept(const QByteArray &bytes, const Meta &meta)
{
    Result<Registry> parsed = parseRegistry(bytes);
    if (!parsed) {
        failed(Msg::tr("the registry at %1 is not valid (%2)")
                   .arg(m_url.toDisplayString(), parsed.error().message));
        return;
    }
    if (Result<void> saved = store(bytes, meta); !saved) {
        // Still usable now; only the copy for next time failed.
        m_status.message = saved.error().message;
    }
    m_result = LoadedRegistry{std::move(parsed).value(), m_url.toDisplayString()};
    m_status.freshness = RegistryStatus::Freshness::Fresh;
    m_status.fetchedAt = meta.fetchedAt;
    done();
}

void RegistrySource::failed(const QString &why)
{
    m_failures.append(why);
    if (m_index + 1 < m_urls.size()) {
        ++m_index;
        m_url = m_urls.at(m_index);
        tryCurrent();
        return;
    }
    fallBack(m_failures.join(QStringLiteral("; ")));
}

void RegistrySource::fallBack(const QString &why)
{
    RegistryStatus cached;
    Result<LoadedRegistry> copy = loadCached(&cached);
    m_result = copy;
    m_status = cached;
    if (cached.freshness == RegistryStatus::Freshness::Cached) {
        m_status.freshness = RegistryStatus::Freshness::LastGood;
        m_status.message = Msg::tr("%1; using the last good copy, downloaded %2.")
                               .arg(why, describe(cached.fetchedAt));
    } else {
        m_status.message =
            Msg::tr("%1; showing the registry snapshot bundled with this version.").arg(why);
    }
    done();
}

void RegistrySource::done()
{
    m_running = false;
    emit finished();
}

void RegistrySource::cancel()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_job)
        m_job->cancel();
    m_running = false;
}

void RegistrySource::update()
{
    m_running = true;
    m_status = {};
    m_failures.clear();
    m_index = 0;
    m_url = m_urls.first();
    tryCurrent();
}

void RegistrySource::tryCurrent()
{
    if (m_url.isLocalFile()) {
        Result<LoadedRegistry> local = loadLocalRegistry(m_url.toLocalFile());
        // A single local file is what the user pointed at: its error is the answer, no
        // fallback. In a list it is one location among others.
        if (!local && m_urls.size() > 1) {
            failed(local.error().message);
            return;
        }
        m_result = local;
        m_status.freshness = RegistryStatus::Freshness::Local;
        done();
        return;
    }
    if (m_url.scheme() == QLatin1String("ipfs")) {
        const Meta meta = readMeta();
        // Content-addressed: a copy we verified once is current forever.
        if (meta.fetchedAt.isValid() && QFile::exists(cachePath())) {
            Result<LoadedRegistry> copy = loadCopy(m_url, meta);
            if (copy) {
                m_result = std::move(copy);
                m_status = {RegistryStatus::Freshness::NotModified, meta.fetchedAt, {}};
                done();
                return;
            }
        }
        Result<ipfs::Cid> cid = ipfs::Cid::parse(m_url.host(QUrl::FullyDecoded));
        const QStringList path = m_url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (!m_store)
            m_store = std::make_unique<fetch::LocalStore>(Paths::contentStoreDir());
        if (m_job) // an earlier location's job: it is still emitting finished()
            m_job.release()->deleteLater();
        const QString tmp = cachePath() + QStringLiteral(".download");
        m_job = std::make_unique<fetch::FetchJob>(fetch::ContentRef::ipfsPath(*cid, path), tmp,
                                                  m_store.get(), m_nam, m_fetchConfig);
        connect(m_job.get(), &fetch::FetchJob::finished, this, [this, tmp] {
            if (!m_job->succeeded()) {
                failed(Msg::tr("cannot fetch %1 (%2)")
                           .arg(m_url.toDisplayString(), m_job->error().message));
                return;
            }
            Result<QByteArray> bytes = readRegistryBytes(tmp);
            QFile::remove(tmp);
            if (!bytes) {
                failed(bytes.error().message);
                return;
            }
            accept(*bytes, Meta{{}, {}, QDateTime::currentDateTimeUtc()});
        });
        m_job->start();
        return;
    }

    const Meta meta = readMeta();
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::UserAgentHeader, fetch::Source::userAgent());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    if (QFile::exists(cachePath())) {
        if (!meta.etag.isEmpty())
            request.setRawHeader("If-None-Match", meta.etag);
        if (!meta.lastModified.isEmpty())
            request.setRawHeader("If-Modified-Since", meta.lastModified);
    }
    m_reply = m_nam->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > kMaxDownload && m_reply)
            m_reply->abort();
    });
    connect(m_reply, &QNetworkReply::finished, this, [this, meta] {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 304) {
            // Our own copy of this location is current.
            Result<LoadedRegistry> copy = loadCopy(m_url, meta);
            if (!copy) {
                failed(Msg::tr("%1 says our copy is current, but it cannot be read (%2)")
                           .arg(m_url.toDisplayString(), copy.error().message));
                return;
            }
            m_result = std::move(copy);
            Meta refreshed = meta;
            refreshed.fetchedAt = QDateTime::currentDateTimeUtc();
            (void)store(m_result->registry.source, refreshed);
            m_status = {RegistryStatus::Freshness::NotModified, refreshed.fetchedAt, {}};
            done();
            return;
        }
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            const QString why = reply->bytesAvailable() > kMaxDownload ||
                                        reply->error() == QNetworkReply::OperationCanceledError
                                    ? Msg::tr("%1 did not answer in time or sent more than 256 MiB")
                                          .arg(m_url.toDisplayString())
                                    : Msg::tr("cannot download %1 (%2)")
                                          .arg(m_url.toDisplayString(), reply->errorString());
            failed(why);
            return;
        }
        Meta fresh;
        fresh.etag = reply->rawHeader("ETag");
        fresh.lastModified = reply->rawHeader("Last-Modified");
        fresh.fetchedAt = QDateTime::currentDateTimeUtc();
        accept(reply->readAll(), fresh);
    });
}

} // namespace pt::registry
