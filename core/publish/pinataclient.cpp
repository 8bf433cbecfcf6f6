#include "core/publish/pinataclient.h"

#include "core/ipfs/cid.h"
#include "core/publish/daemonadd.h"

#include <QCoreApplication>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pt::publish {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::publish)
};

QString shortened(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        text += u"…"_s;
    return text;
}

Result<QJsonObject> jsonObject(const QByteArray &body, const QString &what)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (!doc.isObject())
        return Error(Error::InvalidInput, Msg::tr("Pinata %1 answer is not a JSON object (%2): %3")
                                              .arg(what, pe.errorString(), shortened(body)));
    return doc.object();
}

PinStatus statusFromPinRow(const QJsonObject &row)
{
    PinStatus s;
    s.cid = row.value(u"ipfs_pin_hash"_s).toString();
    s.requestId = s.cid;
    s.status = PinState::Pinned;
    s.created = QDateTime::fromString(row.value(u"date_pinned"_s).toString(), Qt::ISODateWithMs);
    const QJsonObject metadata = row.value(u"metadata"_s).toObject();
    s.name = metadata.value(u"name"_s).toString();
    s.meta = metadata.value(u"keyvalues"_s).toObject();
    s.info.insert(u"size"_s, row.value(u"size"_s));
    return s;
}

} // namespace

Result<PinataUpload> parsePinataUpload(const QByteArray &body)
{
    auto o = jsonObject(body, u"pinFileToIPFS"_s);
    if (!o)
        return o.error();
    PinataUpload up;
    up.ipfsHash = o->value(u"IpfsHash"_s).toString();
    if (up.ipfsHash.isEmpty())
        return Error(
            Error::InvalidInput,
            Msg::tr("Pinata pinFileToIPFS answer has no IpfsHash: %1").arg(shortened(body)));
    up.pinSize = qint64(o->value(u"PinSize"_s).toDouble());
    up.timestamp = o->value(u"Timestamp"_s).toString();
    up.isDuplicate = o->value(u"isDuplicate"_s).toBool();
    return up;
}

QString pinataErrorText(int status, const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue error = o.value(u"error"_s);
    if (error.isObject()) {
        const QString reason = error.toObject().value(u"reason"_s).toString();
        const QString details = error.toObject().value(u"details"_s).toString();
        if (!reason.isEmpty() || !details.isEmpty())
            return details.isEmpty() ? reason
                                     : (reason.isEmpty() ? details : reason + u": "_s + details);
    }
    if (error.isString())
        return error.toString();
    if (o.value(u"message"_s).isString())
        return o.value(u"message"_s).toString();
    const QString raw = shortened(body);
    return raw.isEmpty() ? Msg::tr("HTTP %1 with an empty body").arg(status) : raw;
}

PinState pinataJobState(const QString &status)
{
    if (status == u"prechecking"_s || status == u"searching"_s)
        return PinState::Queued;
    if (status == u"retrieving"_s)
        return PinState::Pinning;
    if (status == u"pinned"_s)
        return PinState::Pinned;
    // expired, over_free_limit, over_max_size, invalid_object, bad_host_node, ...
    return PinState::Failed;
}

QUrl PinataClient::defaultBaseUrl()
{
    return QUrl(u"https://api.pinata.cloud"_s);
}

PinataClient::PinataClient(QObject *parent) : HttpPinningClient(parent)
{
    setBaseUrl(defaultBaseUrl());
}

QString PinataClient::errorText(int status, const QByteArray &body) const
{
    return pinataErrorText(status, body);
}

void PinataClient::testCredentials(VoidCallback done)
{
    send("GET", u"/data/testAuthentication"_s, {}, {},
         [done = std::move(done)](Result<Response> r) {
             if (!r)
                 return done(r.error());
             done({});
         });
}

void PinataClient::pin(const QString &cid, const QString &name, const QJsonObject &meta,
                       const QStringList &origins, StatusCallback done)
{
    QJsonObject body{{u"hashToPin"_s, cid}};
    QJsonObject metadata;
    if (!name.isEmpty())
        metadata.insert(u"name"_s, name);
    if (!meta.isEmpty())
        metadata.insert(u"keyvalues"_s, meta);
    if (!metadata.isEmpty())
        body.insert(u"pinataMetadata"_s, metadata);
    if (!origins.isEmpty())
        body.insert(u"pinataOptions"_s,
                    QJsonObject{{u"hostNodes"_s, QJsonArray::fromStringList(origins)}});
    send("POST", u"/pinning/pinByHash"_s, {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
         [cid, name, done = std::move(done)](Result<Response> r) {
             if (!r)
                 return done(r.error());
             auto o = jsonObject(r->body, u"pinByHash"_s);
             if (!o)
                 return done(o.error());
             PinStatus s;
             s.cid = o->value(u"ipfsHash"_s).toString(cid);
             s.requestId = s.cid;
             s.name = name;
             s.status = pinataJobState(o->value(u"status"_s).toString(u"prechecking"_s));
             s.info.insert(u"jobId"_s, o->value(u"id"_s));
             s.info.insert(u"pinataStatus"_s, o->value(u"status"_s));
             done(s);
         });
}

void PinataClient::status(const QString &cid, StatusCallback done)
{
    if (!pt::ipfs::Cid::parse(cid)) {
        QTimer::singleShot(0, this, [cid, done = std::move(done)] {
            done(Error(Error::InvalidInput,
                       Msg::tr("Pinata identifies pins by CID; '%1' is not a CID").arg(cid)));
        });
        return;
    }
    // Pinned content is in the pin list; a pin still on its way is a pin job.
    send("GET", u"/data/pinList"_s,
         {{u"hashContains"_s, cid}, {u"status"_s, u"pinned"_s}, {u"pageLimit"_s, u"1"_s}}, {},
         [this, cid, done = std::move(done)](Result<Response> r) {
             if (!r)
                 return done(r.error());
             auto o = jsonObject(r->body, u"pinList"_s);
             if (!o)
                 return done(o.error());
             for (const QJsonValue &row : o->value(u"rows"_s).toArray()) {
                 if (row.toObject().value(u"ipfs_pin_hash"_s).toString() == cid)
                     return done(statusFromPinRow(row.toObject()));
             }
             send("GET", u"/pinning/pinJobs"_s, {{u"ipfs_pin_hash"_s, cid}}, {},
                  [this, cid, done](Result<Response> r2) {
                      if (!r2)
                          return done(r2.error());
                      auto jobs = jsonObject(r2->body, u"pinJobs"_s);
                      if (!jobs)
                          return done(jobs.error());
                      const QJsonArray rows = jobs->value(u"rows"_s).toArray();
                      if (rows.isEmpty())
                          return done(Error(
                              Error::NotFound,
                              Msg::tr("Pinata has neither a pin nor a pin job for %1").arg(cid)));
                      const QJsonObject job = rows.first().toObject();
                      PinStatus s;
                      s.cid = cid;
                      s.requestId = cid;
                      s.status = pinataJobState(job.value(u"status"_s).toString());
                      s.name = job.value(u"name"_s).toString();
                      s.info.insert(u"jobId"_s, job.value(u"id"_s));
                      s.info.insert(u"pinataStatus"_s, job.value(u"status"_s));
                      done(s);
                  });
         });
}

void PinataClient::list(const PinFilter &filter, ListCallback done)
{
    if (filter.limit < 1 || filter.limit > 1000) {
        QTimer::singleShot(0, this, [limit = filter.limit, done = std::move(done)] {
            done(Error(Error::InvalidInput,
                       Msg::tr("Pinata: pageLimit %1 is outside 1..1000").arg(limit)));
        });
        return;
    }
    QList<std::pair<QString, QString>> q{{u"status"_s, u"pinned"_s},
                                         {u"pageLimit"_s, QString::number(filter.limit)}};
    if (filter.cids.size() == 1)
        q.append({u"hashContains"_s, filter.cids.first()});
    if (!filter.name.isEmpty())
        q.append({u"metadata[name]"_s, filter.name});
    send("GET", u"/data/pinList"_s, q, {}, [done = std::move(done)](Result<Response> r) {
        if (!r)
            return done(r.error());
        auto o = jsonObject(r->body, u"pinList"_s);
        if (!o)
            return done(o.error());
        PinList list;
        list.count = o->value(u"count"_s).toInt();
        for (const QJsonValue &row : o->value(u"rows"_s).toArray())
            list.results.append(statusFromPinRow(row.toObject()));
        done(list);
    });
}

void PinataClient::remove(const QString &cid, VoidCallback done)
{
    if (!pt::ipfs::Cid::parse(cid)) {
        QTimer::singleShot(0, this, [cid, done = std::move(done)] {
            done(Error(Error::InvalidInput,
                       Msg::tr("Pinata unpins by CID; '%1' is not a CID").arg(cid)));
        });
        return;
    }
    send("DELETE", u"/pinning/unpin/"_s + cid, {}, {},
         [done = std::move(done)](Result<Response> r) {
             if (!r)
                 return done(r.error());
             done({});
         });
}

void PinataClient::uploadFolder(const QString &dir, const QString &folderName, int cidVersion,
                                const QString &expectedCid,
                                std::function<void(Result<PinataUpload>)> done)
{
    auto tree = listTree(dir);
    if (!tree || tree->isEmpty() || !tree->first().isDirectory) {
        QTimer::singleShot(0, this, [dir, tree, done = std::move(done)] {
            done(tree ? Error(Error::InvalidInput, Msg::tr("%1 is not a directory").arg(dir))
                      : tree.error());
        });
        return;
    }
    // Pinata names every part "<folder>/<path>": rename the top entry to folderName.
    QList<TreeEntry> entries = *tree;
    const QString top = entries.first().relativePath;
    for (TreeEntry &e : entries)
        e.relativePath = folderName + e.relativePath.mid(top.size());
    QHttpMultiPart *multipart = buildMultipart(entries, false, false);
    QHttpPart options;
    options.setRawHeader("Content-Disposition", "form-data; name=\"pinataOptions\"");
    options.setBody(
        QJsonDocument(QJsonObject{{u"cidVersion"_s, cidVersion}}).toJson(QJsonDocument::Compact));
    multipart->append(options);
    QHttpPart metadata;
    metadata.setRawHeader("Content-Disposition", "form-data; name=\"pinataMetadata\"");
    metadata.setBody(
        QJsonDocument(QJsonObject{{u"name"_s, folderName}}).toJson(QJsonDocument::Compact));
    multipart->append(metadata);

    sendMultipart(
        u"/pinning/pinFileToIPFS"_s, multipart,
        [expectedCid, folderName, cidVersion, done = std::move(done)](Result<Response> r) {
            if (!r)
                return done(r.error());
            auto up = parsePinataUpload(r->body);
            if (!up)
                return done(up.error());
            if (!expectedCid.isEmpty()) {
                const auto theirs = pt::ipfs::Cid::parse(up->ipfsHash);
                const auto ours = pt::ipfs::Cid::parse(expectedCid);
                if (!theirs || !ours || !(*theirs == *ours))
                    return done(
                        Error(Error::VerifyFailed,
                              Msg::tr("Pinata stored %1 as %2 but we computed %3 (CIDv%4): the "
                                      "content is pinned under a CID that differs from the one we "
                                      "publish; unpin it (`pin rm %2 --service pinata`) and add "
                                      "with a matching profile")
                                  .arg(folderName, up->ipfsHash, expectedCid)
                                  .arg(cidVersion)));
            }
            done(up);
        },
        30 * 60 * 1000);
}

} // namespace pt::publish
