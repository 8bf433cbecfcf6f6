#include "core/trace/archive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>

#include <archive.h>
#include <archive_entry.h>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace pt::trace {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::trace)
};

constexpr qsizetype kBufferBytes = 64 * 1024;

// A name quoted in a message: hostile bytes (control characters, invalid UTF-8) are escaped so
// the message itself cannot mess up a terminal, and a huge name is cut.
QString printable(const QByteArray &raw)
{
    QString s;
    const QByteArray head = raw.left(160);
    for (const char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u >= 0x7f || c == '"' || c == '\\')
            s += u"\\x%1"_s.arg(u, 2, 16, QLatin1Char('0'));
        else
            s += QLatin1Char(c);
    }
    if (raw.size() > head.size())
        s += u"…"_s;
    return s;
}

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<archive, ArchiveDeleter>;

ArchivePtr newReader()
{
    ArchivePtr a(archive_read_new());
    // Only what trace packages are shipped as: tar (ustar, pax, GNU), zip; gzip compression.
    archive_read_support_format_tar(a.get());
    archive_read_support_format_zip(a.get());
    archive_read_support_filter_gzip(a.get());
    return a;
}

QString libarchiveMessage(archive *a)
{
    const char *s = archive_error_string(a);
    return s ? QString::fromUtf8(s) : Msg::tr("unknown libarchive error");
}

// What the caller does with the entries once they passed the checks. Absent members: not needed.
struct Sink
{
    std::function<Result<void>(const ArchiveEntry &)> directory;
    std::function<Result<void>(const ArchiveEntry &)> beginFile;
    std::function<Result<void>(const char *, qsizetype)> write;
    std::function<Result<void>()> endFile;
};

// Reads headers (and data when `readData`) of an opened archive, enforcing every rule of the
// header. `label` names the archive in messages.
Result<QList<ArchiveEntry>> walk(archive *a, const QString &label, const ArchiveLimits &limits,
                                 bool readData, const Sink &sink)
{
    QList<ArchiveEntry> entries;
    QSet<QString> files;
    QSet<QString> dirs; // declared and implied (parents of files)
    qint64 total = 0;
    int index = 0;
    QByteArray buffer(readData ? kBufferBytes : 0, Qt::Uninitialized);

    for (;;) {
        archive_entry *e = nullptr;
        const int rc = archive_read_next_header(a, &e);
        if (rc == ARCHIVE_EOF)
            break;
        ++index;
        if (rc < ARCHIVE_WARN) // FATAL or RETRY: the stream is unusable
            return Error(Error::InvalidInput, Msg::tr("%1: cannot read the header of entry %2: %3")
                                                  .arg(label)
                                                  .arg(index)
                                                  .arg(libarchiveMessage(a)));
        if (index > limits.maxEntries)
            return Error(
                Error::InvalidInput,
                Msg::tr("%1: more than %2 entries; this is over the limit for a trace package")
                    .arg(label)
                    .arg(limits.maxEntries));

        // UTF-8 name when libarchive can give one (zip with the UTF-8 flag, pax), else the raw
        // bytes, which sanitizeArchiveName then checks as UTF-8 itself.
        const char *name8 = archive_entry_pathname_utf8(e);
        const char *nameRaw = name8 ? name8 : archive_entry_pathname(e);
        if (!nameRaw)
            return Error(Error::InvalidInput,
                         Msg::tr("%1: entry %2 has no name").arg(label).arg(index));
        const QByteArray raw(nameRaw);
        const auto where = [&] {
            return Msg::tr("%1: entry %2 \"%3\"").arg(label).arg(index).arg(printable(raw));
        };

        auto clean = sanitizeArchiveName(raw, limits);
        if (!clean)
            return Error(Error::InvalidInput, where() + u": "_s + clean.error().message);

        if (archive_entry_is_encrypted(e))
            return Error(Error::Unsupported,
                         where() + Msg::tr(": the entry is encrypted; trace packages are not"));
        if (archive_entry_hardlink(e))
            return Error(Error::InvalidInput,
                         where() + Msg::tr(": a hard link; only regular files and directories are "
                                           "accepted"));
        const auto type = archive_entry_filetype(e);
        if (type == AE_IFLNK || archive_entry_symlink(e))
            return Error(Error::InvalidInput,
                         where() +
                             Msg::tr(": a symbolic link; only regular files and directories are "
                                     "accepted"));
        if (type != AE_IFREG && type != AE_IFDIR)
            return Error(Error::InvalidInput,
                         where() +
                             Msg::tr(": a device, FIFO or socket entry; only regular files and "
                                     "directories are accepted"));

        ArchiveEntry entry;
        entry.name = *clean;
        entry.type = type == AE_IFDIR ? ArchiveEntry::Directory : ArchiveEntry::File;

        // Conflicts: the same name twice (the second would silently replace the first), or a
        // file used as a directory by another entry.
        const QStringList parts = entry.name.split(u'/', Qt::SkipEmptyParts);
        QString prefix;
        for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
            prefix += (i ? u"/"_s : QString()) + parts.at(i);
            if (files.contains(prefix))
                return Error(Error::InvalidInput,
                             where() + Msg::tr(": \"%1\" is a file earlier in the archive, not a "
                                               "directory")
                                           .arg(prefix));
            dirs.insert(prefix);
        }
        if (entry.type == ArchiveEntry::Directory) {
            if (entry.name.isEmpty()) // "./": the target directory itself
                continue;
            if (files.contains(entry.name))
                return Error(Error::InvalidInput,
                             where() + Msg::tr(": also a file earlier in the archive"));
            dirs.insert(entry.name);
            entries.append(entry);
            if (sink.directory)
                if (auto r = sink.directory(entry); !r)
                    return r.error();
            continue;
        }
        if (entry.name.isEmpty())
            return Error(Error::InvalidInput, where() + Msg::tr(": a file entry without a name"));
        if (files.contains(entry.name) || dirs.contains(entry.name))
            return Error(Error::InvalidInput,
                         where() + Msg::tr(": the name occurs twice in the archive"));
        files.insert(entry.name);

        if (archive_entry_size_is_set(e)) {
            entry.size = archive_entry_size(e);
            if (entry.size < 0)
                return Error(Error::InvalidInput, where() + Msg::tr(": a negative size"));
            if (entry.size > limits.maxEntryBytes)
                return Error(Error::InvalidInput,
                             where() + Msg::tr(": %1 bytes is over the per-file limit of %2 bytes")
                                           .arg(entry.size)
                                           .arg(limits.maxEntryBytes));
            if (entry.size > limits.maxTotalBytes - total)
                return Error(Error::InvalidInput,
                             where() +
                                 Msg::tr(": the files add up to more than the limit of %1 bytes")
                                     .arg(limits.maxTotalBytes));
        }

        if (!readData) {
            total += entry.size;
            entries.append(entry);
            continue; // the next header call skips the data
        }

        if (sink.beginFile)
            if (auto r = sink.beginFile(entry); !r)
                return r.error();
        qint64 written = 0;
        for (;;) {
            const la_ssize_t n = archive_read_data(a, buffer.data(), size_t(buffer.size()));
            if (n == 0)
                break;
            if (n < 0)
                return Error(
                    Error::InvalidInput,
                    where() + Msg::tr(": the data cannot be read: %1").arg(libarchiveMessage(a)));
            written += n;
            if (written > limits.maxEntryBytes)
                return Error(Error::InvalidInput,
                             where() + Msg::tr(": more than the per-file limit of %1 bytes")
                                           .arg(limits.maxEntryBytes));
            if (written > limits.maxTotalBytes - total)
                return Error(Error::InvalidInput,
                             where() +
                                 Msg::tr(": the files add up to more than the limit of %1 bytes")
                                     .arg(limits.maxTotalBytes));
            if (sink.write)
                if (auto r = sink.write(buffer.constData(), qsizetype(n)); !r)
                    return r.error();
        }
        // A header that announced a size must get exactly that many bytes (libarchive pads a
        // short tar entry with nothing and reports an error; this catches the rest).
        if (archive_entry_size_is_set(e) && written != entry.size)
            return Error(Error::InvalidInput,
                         where() + Msg::tr(": the header says %1 bytes but the data has %2")
                                       .arg(entry.size)
                                       .arg(written));
        if (sink.endFile)
            if (auto r = sink.endFile(); !r)
                return r.error();
        entry.size = written;
        total += written;
        entries.append(entry);
    }
    return entries;
}

Result<ArchivePtr> openFile(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return Error(Error::NotFound, Msg::tr("%1: no such file").arg(path));
    if (!fi.isFile())
        return Error(Error::InvalidInput, Msg::tr("%1: not a regular file").arg(path));
    ArchivePtr a = newReader();
    const QByteArray native = QFile::encodeName(path);
    if (archive_read_open_filename(a.get(), native.constData(), size_t(kBufferBytes)) != ARCHIVE_OK)
        return Error(Error::InvalidInput,
                     Msg::tr("%1: not a readable .tar, .tar.gz or .zip archive: %2")
                         .arg(path, libarchiveMessage(a.get())));
    return a;
}

} // namespace

Result<QString> sanitizeArchiveName(const QByteArray &raw, const ArchiveLimits &limits)
{
    if (raw.isEmpty())
        return Error(Error::InvalidInput, Msg::tr("an empty name"));
    if (raw.size() > limits.maxNameBytes)
        return Error(Error::InvalidInput, Msg::tr("the name is %1 bytes long, over the limit of %2")
                                              .arg(raw.size())
                                              .arg(limits.maxNameBytes));
    for (const char c : raw) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            return Error(Error::InvalidInput, Msg::tr("the name contains a NUL byte"));
        if (u < 0x20 || u == 0x7f)
            return Error(Error::InvalidInput, Msg::tr("the name contains a control character"));
        if (c == '\\')
            return Error(Error::InvalidInput,
                         Msg::tr("the name contains a backslash (a path separator on Windows)"));
        if (c == ':')
            return Error(Error::InvalidInput,
                         Msg::tr("the name contains ':' (a drive or stream separator on Windows)"));
    }
    if (raw.startsWith('/'))
        return Error(Error::InvalidInput,
                     Msg::tr("an absolute path; archive entries must be relative"));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(raw);
    if (decoder.hasError())
        return Error(Error::InvalidInput, Msg::tr("the name is not valid UTF-8"));

    const QStringList parts = text.split(u'/');
    QStringList kept;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &p = parts.at(i);
        if (p == u"..")
            return Error(Error::InvalidInput,
                         Msg::tr("the name has a \"..\" component, which would leave the target "
                                 "directory"));
        if (p == u".")
            continue;
        if (p.isEmpty()) {
            if (i + 1 == parts.size()) // a trailing '/' marks a directory
                continue;
            return Error(Error::InvalidInput, Msg::tr("the name has an empty component (\"//\")"));
        }
        kept.append(p);
    }
    if (kept.size() > limits.maxDepth)
        return Error(Error::InvalidInput,
                     Msg::tr("the name is %1 directories deep, over the limit of %2")
                         .arg(kept.size())
                         .arg(limits.maxDepth));
    return kept.join(u'/');
}

Result<QList<ArchiveEntry>> listArchive(const QString &path, const ArchiveLimits &limits)
{
    auto a = openFile(path);
    if (!a)
        return a.error();
    return walk(a->get(), path, limits, false, Sink{});
}

Result<QList<ArchiveEntry>> scanArchiveMemory(const QByteArray &bytes, const ArchiveLimits &limits)
{
    ArchivePtr a = newReader();
    if (archive_read_open_memory(a.get(), bytes.constData(), size_t(bytes.size())) != ARCHIVE_OK)
        return Error(
            Error::InvalidInput,
            Msg::tr("(archive in memory): not a readable .tar, .tar.gz or .zip archive: %1")
                .arg(libarchiveMessage(a.get())));
    return walk(a.get(), Msg::tr("(archive in memory)"), limits, true, Sink{});
}

Result<QList<ArchiveEntry>> extractArchive(const QString &path, const QString &destDir,
                                           const ArchiveLimits &limits)
{
    // Pass 1: every header, before anything is written.
    if (auto listed = listArchive(path, limits); !listed)
        return listed.error();

    if (!QDir().mkpath(destDir))
        return Error(Error::Io, Msg::tr("%1: cannot create the target directory").arg(destDir));
    const QString root = QFileInfo(destDir).canonicalFilePath();
    if (root.isEmpty())
        return Error(Error::Io, Msg::tr("%1: cannot resolve the target directory").arg(destDir));

    auto a = openFile(path);
    if (!a)
        return a.error();

    QStringList createdDirs;
    QStringList createdFiles;
    std::unique_ptr<QSaveFile> current;

    // Walks the entry's parents below root, creating missing ones; refuses symlinks and files in
    // the way (something already in the target directory must not redirect the writes).
    const auto ensureDir = [&](const QString &rel) -> Result<void> {
        QString p = root;
        for (const QString &part : rel.split(u'/', Qt::SkipEmptyParts)) {
            p += u'/' + part;
            const QFileInfo fi(p);
            if (fi.isSymLink())
                return Error(Error::InvalidInput,
                             Msg::tr("%1 is a symbolic link; not extracting through it").arg(p));
            if (fi.exists()) {
                if (!fi.isDir())
                    return Error(Error::Io, Msg::tr("%1 exists and is not a directory").arg(p));
                continue;
            }
            if (!QDir().mkdir(p))
                return Error(Error::Io, Msg::tr("%1: cannot create the directory").arg(p));
            createdDirs.append(p);
        }
        return {};
    };

    Sink sink;
    sink.directory = [&](const ArchiveEntry &e) { return ensureDir(e.name); };
    sink.beginFile = [&](const ArchiveEntry &e) -> Result<void> {
        const qsizetype slash = e.name.lastIndexOf(u'/');
        if (slash > 0)
            if (auto r = ensureDir(e.name.left(slash)); !r)
                return r;
        const QString target = root + u'/' + e.name;
        const QFileInfo fi(target);
        if (fi.exists() || fi.isSymLink())
            return Error(Error::Io, Msg::tr("%1 already exists; unpack into an empty directory or "
                                            "remove it first")
                                        .arg(target));
        current = std::make_unique<QSaveFile>(target);
        if (!current->open(QIODevice::WriteOnly))
            return Error(Error::Io,
                         Msg::tr("%1: cannot write: %2").arg(target, current->errorString()));
        return {};
    };
    sink.write = [&](const char *data, qsizetype n) -> Result<void> {
        if (current->write(data, n) != n)
            return Error(
                Error::Io,
                Msg::tr("%1: write failed: %2").arg(current->fileName(), current->errorString()));
        return {};
    };
    sink.endFile = [&]() -> Result<void> {
        const QString name = current->fileName();
        if (!current->commit())
            return Error(
                Error::Io,
                Msg::tr("%1: cannot finish the file: %2").arg(name, current->errorString()));
        createdFiles.append(name);
        current.reset();
        return {};
    };

    auto written = walk(a->get(), path, limits, true, sink);
    if (!written) {
        current.reset(); // QSaveFile without commit removes its temporary file
        for (const QString &f : std::as_const(createdFiles))
            QFile::remove(f);
        for (auto it = createdDirs.crbegin(); it != createdDirs.crend(); ++it)
            QDir().rmdir(*it);
        return Error(written.error().code,
                     written.error().message + Msg::tr(" (the files written so far were removed)"));
    }
    return written;
}

} // namespace pt::trace
