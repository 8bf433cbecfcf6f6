#include "core/publish/daemonadd.h"

#include "core/daemon/kuborpc.h"
#include "core/workpool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pt::publish {

namespace {
// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::publish)
};
} // namespace

// --- listTree -----------------------------------------------------------------------------

namespace {

Result<void> walk(const QString &absDir, const QString &relDir, bool includeHidden, int depth,
                  QList<TreeEntry> &out)
{
    if (depth > 256)
        return Error(Error::InvalidInput,
                     Msg::tr("%1: directories nested deeper than 256").arg(absDir));
    QDir dir(absDir);
    const QFileInfoList infos = dir.entryInfoList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::NoSort);
    QList<QFileInfo> sorted(infos.begin(), infos.end());
    // Byte order of the UTF-8 names, as Kubo sorts directory entries.
    std::sort(sorted.begin(), sorted.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.fileName().toUtf8() < b.fileName().toUtf8();
    });
    for (const QFileInfo &fi : sorted) {
        const QString name = fi.fileName();
        if (!includeHidden && name.startsWith(u'.'))
            continue;
        const QString rel = relDir + u'/' + name;
        if (fi.isSymLink())
            return Error(
                Error::Unsupported,
                Msg::tr("%1 is a symbolic link; adding through the daemon sends regular files "
                        "and directories only (remove it or replace it by a copy)")
                    .arg(QDir::toNativeSeparators(fi.absoluteFilePath())));
        if (fi.isDir()) {
            out.append({rel, fi.absoluteFilePath(), true, 0});
            if (auto r = walk(fi.absoluteFilePath(), rel, includeHidden, depth + 1, out); !r)
                return r;
        } else if (fi.isFile()) {
            out.append({rel, fi.absoluteFilePath(), false, fi.size()});
        } else {
            return Error(Error::Unsupported,
                         Msg::tr("%1 is not a regular file or directory (device, FIFO or socket)")
                             .arg(QDir::toNativeSeparators(fi.absoluteFilePath())));
        }
    }
    return {};
}

} // namespace

Result<QList<TreeEntry>> listTree(const QString &path, bool includeHidden)
{
    const QFileInfo fi(path);
    if (!fi.exists() && !fi.isSymLink())
        return Error(Error::NotFound,
                     Msg::tr("%1 does not exist").arg(QDir::toNativeSeparators(path)));
    QString top = fi.fileName();
    if (top.isEmpty()) // "dir/" or "/"
        top = QFileInfo(fi.absoluteFilePath()).dir().dirName();
    if (fi.isSymLink())
        return Error(Error::Unsupported, Msg::tr("%1 is a symbolic link; give its target instead")
                                             .arg(QDir::toNativeSeparators(path)));
    QList<TreeEntry> out;
    if (fi.isDir()) {
        out.append({top, fi.absoluteFilePath(), true, 0});
        if (auto r = walk(fi.absoluteFilePath(), top, includeHidden, 0, out); !r)
            return r.error();
    } else if (fi.isFile()) {
        out.append({top, fi.absoluteFilePath(), false, fi.size()});
    } else {
        return Error(
            Error::Unsupported,
            Msg::tr("%1 is not a regular file or directory").arg(QDir::toNativeSeparators(path)));
    }
    return out;
}

// --- LazyFileDevice -----------------------------------------------------------------------

LazyFileDevice::LazyFileDevice(QString path, qint64 size, QObject *parent)
    : QIODevice(parent), m_path(std::move(path)), m_size(size)
{
    QIODevice::open(QIODevice::ReadOnly);
}

bool LazyFileDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_size)
        return false;
    if (m_file && !m_file->seek(pos))
        return false;
    return QIODevice::seek(pos);
}

qint64 LazyFileDevice::readData(char *data, qint64 maxSize)
{
    const qint64 at = pos();
    if (at >= m_size) {
        m_file.reset(); // done with it: release the descriptor
        return 0;
    }
    if (!m_file) {
        auto f = std::make_unique<QFile>(m_path);
        if (!f->open(QIODevice::ReadOnly)) {
            setErrorString(Msg::tr("cannot open %1: %2").arg(m_path, f->errorString()));
            return -1;
        }
        if (at > 0 && !f->seek(at))
            return -1;
        m_file = std::move(f);
    }
    // A file that changed size since it was listed: never send more than announced.
    const qint64 n = m_file->read(data, std::min(maxSize, m_size - at));
    if (n <= 0) {
        setErrorString(
            Msg::tr("%1 is shorter than when it was listed (changed during upload?)").arg(m_path));
        return -1;
    }
    if (at + n >= m_size)
        m_file.reset();
    return n;
}

// --- multipart ----------------------------------------------------------------------------

QHttpMultiPart *buildMultipart(const QList<TreeEntry> &entries, bool urlEscapedNames,
                               bool includeDirectories, const QString &namePrefix)
{
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const TreeEntry &e : entries) {
        if (e.isDirectory && !includeDirectories)
            continue;
        const QString name = namePrefix + e.relativePath;
        // Kubo (go-ipfs-files) and js-ipfs URL-unescape the filename; percent-encoding every
        // byte but the unreserved ones round-trips through both (QueryUnescape and
        // decodeURIComponent).
        const QByteArray fileName = urlEscapedNames ? QUrl::toPercentEncoding(name) : name.toUtf8();
        QHttpPart part;
        part.setRawHeader("Content-Disposition",
                          "form-data; name=\"file\"; filename=\"" + fileName + "\"");
        if (e.isDirectory) {
            part.setRawHeader("Content-Type", "application/x-directory");
        } else {
            part.setRawHeader("Content-Type", "application/octet-stream");
            auto *device = new LazyFileDevice(e.absolutePath, e.size, multipart);
            part.setBodyDevice(device);
        }
        multipart->append(part);
    }
    return multipart;
}

// --- add output ---------------------------------------------------------------------------

Result<QList<AddedEntry>> parseAddOutput(const QByteArray &ndjson)
{
    QList<AddedEntry> out;
    int lineNo = 0;
    for (const QByteArray &raw : ndjson.split('\n')) {
        ++lineNo;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        if (!doc.isObject())
            return Error(Error::InvalidInput,
                         Msg::tr("add output line %1 is not a JSON object (%2): %3")
                             .arg(lineNo)
                             .arg(pe.errorString(), QString::fromUtf8(line.left(200))));
        const QJsonObject o = doc.object();
        if (o.value(u"Type"_s).toString() == u"error"_s)
            return Error(Error::Generic,
                         Msg::tr("the daemon said: %1").arg(o.value(u"Message"_s).toString()));
        if (!o.contains(u"Hash"_s))
            continue; // progress line {Name, Bytes}
        AddedEntry e;
        e.name = o.value(u"Name"_s).toString();
        e.hash = o.value(u"Hash"_s).toString();
        const QJsonValue size = o.value(u"Size"_s);
        e.size = size.isString() ? size.toString().toLongLong() : qint64(size.toDouble(-1));
        if (e.hash.isEmpty())
            return Error(Error::InvalidInput,
                         Msg::tr("add output line %1 has an empty Hash").arg(lineNo));
        out.append(e);
    }
    return out;
}

QList<std::pair<QString, QString>> addParameters(const pt::ipfs::ImportProfile &profile, bool pin,
                                                 bool wrapWithDirectory)
{
    return {
        {u"cid-version"_s, QString::number(profile.cidVersion)},
        {u"raw-leaves"_s, profile.rawLeaves ? u"true"_s : u"false"_s},
        {u"chunker"_s, u"size-%1"_s.arg(profile.chunkSize)},
        {u"pin"_s, pin ? u"true"_s : u"false"_s},
        {u"wrap-with-directory"_s, wrapWithDirectory ? u"true"_s : u"false"_s},
        {u"progress"_s, u"true"_s},
    };
}

// --- DaemonAdd ----------------------------------------------------------------------------

DaemonAdd::DaemonAdd(QUrl apiUrl, pt::ipfs::ImportProfile profile, QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this)), m_apiUrl(std::move(apiUrl)),
      m_profile(std::move(profile)), m_cancel(std::make_shared<std::atomic_bool>(false))
{
    connect(&m_local, &QFutureWatcherBase::finished, this, [this] {
        m_localResult = m_local.result();
        maybeFinish();
    });
}

DaemonAdd::~DaemonAdd()
{
    m_cancel->store(true);
    if (QNetworkReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->abort();
    }
}

void DaemonAdd::start(const QString &path)
{
    m_path = path;
    auto tree = listTree(path, m_includeHidden);
    if (!tree) {
        QTimer::singleShot(0, this, [this, e = tree.error()] { fail(e); });
        return;
    }
    for (const TreeEntry &e : *tree) {
        if (!e.isDirectory) {
            m_bytes += e.size;
            ++m_files;
        }
    }

    // Our root, computed on a worker thread while the upload runs.
    const pt::ipfs::ImportProfile profile = m_profile;
    const bool hidden = m_includeHidden;
    auto cancel = m_cancel;
    m_local.setFuture(QtConcurrent::run(workPool(), [profile, hidden, cancel, path] {
        pt::ipfs::Importer importer(profile);
        importer.setIncludeHidden(hidden);
        importer.setCancelFlag(cancel.get());
        return importer.importPath(path);
    }));

    QUrl url = m_apiUrl;
    url.setPath(u"/api/v0/add"_s);
    QUrlQuery query;
    for (const auto &[k, v] : addParameters(m_profile, m_pin))
        query.addQueryItem(k, v);
    if (m_cidBase32 && m_profile.cidVersion == 1)
        query.addQueryItem(u"cid-base"_s, u"base32"_s);
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, pt::daemon::KuboRpc::userAgent());
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // A stalled daemon: no byte in either direction for 2 minutes.
    request.setTransferTimeout(120000);

    QHttpMultiPart *multipart = buildMultipart(*tree, true, true);
    m_reply = m_nam->post(request, multipart);
    multipart->setParent(m_reply);
    connect(m_reply, &QNetworkReply::uploadProgress, this,
            [this](qint64 sent, qint64 total) { emit progress(sent, total); });
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        // The NDJSON stream grows while files are added; only the end matters, but keep the
        // buffer bounded by dropping progress lines as they arrive.
        m_buffer += m_reply->readAll();
        const qsizetype lastNl = m_buffer.lastIndexOf('\n');
        if (lastNl < 0)
            return;
        QByteArray keep;
        for (const QByteArray &line : m_buffer.left(lastNl).split('\n')) {
            if (line.contains("\"Hash\"") || line.contains("\"Type\""))
                keep += line + '\n';
        }
        m_buffer = keep + m_buffer.mid(lastNl + 1);
    });
    connect(m_reply, &QNetworkReply::finished, this, &DaemonAdd::onReplyFinished);
}

void DaemonAdd::abort()
{
    QTimer::singleShot(0, this, [this] {
        fail(Error(Error::Cancelled, Msg::tr("adding %1 was cancelled").arg(m_path)));
    });
}

void DaemonAdd::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_buffer += reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString api = m_apiUrl.toString();
    if (status == 0) {
        m_daemonResult = Result<QList<AddedEntry>>(
            Error(Error::Network, Msg::tr("ipfs add: cannot reach the daemon at %1 (%2)")
                                      .arg(api, reply->errorString())));
    } else if (status != 200) {
        m_daemonResult =
            Result<QList<AddedEntry>>(pt::daemon::rpcErrorFromResponse(u"add"_s, status, m_buffer));
    } else {
        auto parsed = parseAddOutput(m_buffer);
        // Kubo reports a failure after the 200 header in the X-Stream-Error trailer; the
        // body then simply ends early, which the root check below catches.
        const QByteArray streamError = reply->rawHeader("X-Stream-Error");
        if (parsed && !streamError.isEmpty())
            parsed = Error(Error::Generic,
                           Msg::tr("the daemon said: %1").arg(QString::fromUtf8(streamError)));
        if (parsed && (parsed->isEmpty() || reply->error() != QNetworkReply::NoError))
            parsed = Error(Error::Network,
                           Msg::tr("ipfs add at %1: the answer ended before the root CID (%2)")
                               .arg(api, reply->errorString()));
        m_daemonResult = parsed;
    }
    maybeFinish();
}

void DaemonAdd::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    m_cancel->store(true);
    if (QNetworkReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    emit finished(error);
}

void DaemonAdd::maybeFinish()
{
    if (m_done || !m_daemonResult)
        return;
    if (!*m_daemonResult) {
        fail(m_daemonResult->error());
        return;
    }
    if (!m_localResult)
        return;
    if (!*m_localResult) {
        fail(m_localResult->error().wrapped(Msg::tr("computing the local CID: ")));
        return;
    }
    DaemonAddResult result;
    result.entries = m_daemonResult->value();
    result.daemonCid = result.entries.last().hash; // the root comes last
    result.localCid = m_localResult->value().cid.toString();
    result.bytes = m_bytes;
    result.files = m_files;
    const auto daemonCid = pt::ipfs::Cid::parse(result.daemonCid);
    if (!daemonCid) {
        fail(Error(
            Error::InvalidInput,
            Msg::tr("the daemon answered a root that is not a CID: %1").arg(result.daemonCid)));
        return;
    }
    if (!(*daemonCid == m_localResult->value().cid)) {
        fail(Error(
            Error::VerifyFailed,
            Msg::tr("the daemon built %1 but our importer computed %2 for %3 with profile %4: the "
                    "daemon uses other import settings (chunker, max links, raw leaves or HAMT "
                    "threshold). Nothing is published under a CID we cannot reproduce; pick the "
                    "profile that matches the daemon, or add without it.")
                .arg(result.daemonCid, result.localCid, m_path, m_profile.name)));
        return;
    }
    m_done = true;
    emit finished(result);
}

} // namespace pt::publish
