// Fuzzes the trace-package archive reader (core/trace/archive.h): tar, tar.gz and zip headers
// and data through libarchive, and the entry-name sanitizer. Small caps keep each run fast and
// exercise the limits; every name the reader accepts must be clean when checked again.
#include "core/trace/archive.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace {

void checkClean(const QString &name)
{
    if (name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.contains(QLatin1Char(':')))
        __builtin_trap();
    for (const QString &part : name.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String("..") || part == QLatin1String("."))
            __builtin_trap();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    pt::trace::ArchiveLimits limits;
    limits.maxEntries = 64;
    limits.maxEntryBytes = 1 << 20;
    limits.maxTotalBytes = 4 << 20;
    limits.maxDepth = 8;
    if (auto entries = pt::trace::scanArchiveMemory(bytes, limits)) {
        qint64 total = 0;
        for (const auto &e : *entries) {
            checkClean(e.name);
            if (e.size < 0 || e.size > limits.maxEntryBytes)
                __builtin_trap();
            total += e.size;
        }
        if (entries->size() > limits.maxEntries || total > limits.maxTotalBytes)
            __builtin_trap();
    }
    // The sanitizer alone, on the first line of the input as a name.
    const QByteArray name =
        bytes.left(bytes.indexOf('\n') < 0 ? bytes.size() : bytes.indexOf('\n'));
    if (auto clean = pt::trace::sanitizeArchiveName(name, limits); clean && !clean->isEmpty())
        checkClean(*clean);
    return 0;
}
