#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

// Reader for trace packages shipped as .tar, .tar.gz (.tgz) or .zip, backed by libarchive.
// Archives come from outside, so everything in them is hostile until checked: names are
// sanitized (no "..", no absolute paths, no backslashes or drive letters, no control bytes,
// valid UTF-8), only regular files and directories are accepted (symlinks, hard links, devices
// and FIFOs refuse the whole archive), and entry count, per-entry and total sizes are capped —
// both as declared in the headers and as actually decompressed, since headers can lie.
namespace pt::trace {

struct ArchiveLimits
{
    int maxEntries = 10000;
    qint64 maxEntryBytes = 2LL * 1024 * 1024 * 1024; // one file
    qint64 maxTotalBytes = 8LL * 1024 * 1024 * 1024; // sum of all files
    int maxNameBytes = 1024;
    int maxDepth = 32;
};

struct ArchiveEntry
{
    enum Type { File, Directory };
    QString name; // sanitized, relative, '/'-separated, no trailing '/'
    Type type = File;
    qint64 size = 0; // declared size (File); for a file extracted, the bytes written
};

// Pure check of one entry name as stored in the archive (raw bytes). Returns the clean relative
// name ("a/b.txt": "./" prefixes and a trailing '/' dropped) or InvalidInput saying what is wrong.
Result<QString> sanitizeArchiveName(const QByteArray &raw, const ArchiveLimits &limits = {});

// Lists the entries after checking every header (names, types, declared sizes, count, duplicate
// names). Does not read file data. Errors: NotFound (no such file), InvalidInput (a bad or
// hostile archive: the message names the entry), Unsupported (encrypted entries, unknown format).
Result<QList<ArchiveEntry>> listArchive(const QString &path, const ArchiveLimits &limits = {});

// Same as listArchive plus reading every entry's data through the caps without writing anything:
// what extractArchive would accept. Used by the fuzz target and by tests on in-memory archives.
Result<QList<ArchiveEntry>> scanArchiveMemory(const QByteArray &bytes,
                                              const ArchiveLimits &limits = {});

// Extracts into `destDir` (created when missing). The headers are checked first, so a hostile
// archive writes nothing. Files are written to a temporary name and renamed when complete;
// existing files are never overwritten and a symlink already inside `destDir` on the way to an
// entry refuses the extraction. If the data fails half way (corrupt stream, a size that lied),
// what this call created is removed again. Returns the entries written.
Result<QList<ArchiveEntry>> extractArchive(const QString &path, const QString &destDir,
                                           const ArchiveLimits &limits = {});

} // namespace pt::trace
