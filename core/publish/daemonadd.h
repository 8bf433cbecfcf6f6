#pragma once

#include "core/ipfs/importer.h"
#include "core/result.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>
#include <optional>

class QHttpMultiPart;
class QNetworkAccessManager;
class QNetworkReply;

namespace pt::publish {

// One file or directory of a tree to upload, in upload order.
struct TreeEntry
{
    QString relativePath; // "pkg/sub/file.txt" ('/' separated; starts with the top name)
    QString absolutePath;
    bool isDirectory = false;
    qint64 size = 0;
};

// Lists `path` (a file or a directory) depth-first, each directory before its entries, names
// in byte order, skipping hidden names like `ipfs add -r` (unless includeHidden). Symbolic
// links and special files are refused with a precise error (the daemon upload sends regular
// files and directories only).
Result<QList<TreeEntry>> listTree(const QString &path, bool includeHidden = false);

// A QIODevice over a file that opens it only when first read and closes it at its end, so a
// multipart body of thousands of files never holds thousands of descriptors (QHttpMultiPart
// reads its parts one after the other).
class LazyFileDevice : public QIODevice
{
    Q_OBJECT
public:
    LazyFileDevice(QString path, qint64 size, QObject *parent = nullptr);
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 pos) override;
    bool reset() override { return seek(0); }
    bool atEnd() const override { return pos() >= m_size; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QString m_path;
    qint64 m_size;
    std::unique_ptr<QIODevice> m_file;
};

// Builds the multipart/form-data body of an upload: one part per entry, files streamed from
// disk. Kubo/js-ipfs style (`urlEscapedNames`): filename URL-escaped, directories as
// application/x-directory parts. Pinata style: raw UTF-8 names, files only.
QHttpMultiPart *buildMultipart(const QList<TreeEntry> &entries, bool urlEscapedNames,
                               bool includeDirectories, const QString &namePrefix = QString());

// `{Name, Hash, Size}` line of Kubo's add output (progress lines `{Name, Bytes}` are skipped).
struct AddedEntry
{
    QString name;
    QString hash;
    qint64 size = -1;
};
// Parses complete NDJSON lines; an error line ({"Message", "Type":"error"}) becomes an Error.
Result<QList<AddedEntry>> parseAddOutput(const QByteArray &ndjson);

// The `add` query parameters that make the daemon build the same DAG as our importer.
// unixfs-v1-2025's max-links 1024 and block-size HAMT estimate have no `add` parameter: the
// chunker and raw leaves are sent, and any difference shows up in the root comparison.
QList<std::pair<QString, QString>> addParameters(const pt::ipfs::ImportProfile &profile, bool pin,
                                                 bool wrapWithDirectory = false);

struct DaemonAddResult
{
    QString daemonCid; // as the daemon printed it
    QString localCid;  // our importer's root for the same profile
    qint64 bytes = 0;  // file bytes uploaded
    qint64 files = 0;
    QList<AddedEntry> entries;
};

// `ipfs add -r` through a daemon's RPC API (docs/IPFS.md §5): the tree streams from disk in one
// multipart POST while our importer computes the root locally on a worker thread; the two
// roots must be equal, else finished() reports an error naming both CIDs and the profile.
class DaemonAdd : public QObject
{
    Q_OBJECT
public:
    DaemonAdd(QUrl apiUrl, pt::ipfs::ImportProfile profile, QObject *parent = nullptr);
    ~DaemonAdd() override;

    void setAuthorization(const QByteArray &value) { m_authorization = value; }
    void setPin(bool pin) { m_pin = pin; }
    void setIncludeHidden(bool include) { m_includeHidden = include; }
    // Adds cid-base=base32 for CIDv1 profiles (js-ipfs otherwise answers in its own default).
    void setCidBase32(bool on) { m_cidBase32 = on; }

    void start(const QString &path);
    void abort(); // finished(Error::Cancelled)

signals:
    void progress(qint64 sent, qint64 total);
    void finished(const pt::Result<pt::publish::DaemonAddResult> &result);

private:
    void onReplyFinished();
    void maybeFinish();
    void fail(const Error &error);

    QNetworkAccessManager *m_nam;
    QUrl m_apiUrl;
    pt::ipfs::ImportProfile m_profile;
    QByteArray m_authorization;
    bool m_pin = true;
    bool m_includeHidden = false;
    bool m_cidBase32 = true;
    bool m_done = false;
    QString m_path;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    QFutureWatcher<Result<pt::ipfs::ImportedNode>> m_local;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<Result<QList<AddedEntry>>> m_daemonResult;
    std::optional<Result<pt::ipfs::ImportedNode>> m_localResult;
    qint64 m_bytes = 0;
    qint64 m_files = 0;
};

} // namespace pt::publish
