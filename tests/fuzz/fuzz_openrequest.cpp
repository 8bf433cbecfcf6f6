// Fuzzes parseOpenRequest (ui/shell/openrequest.h): its input is whatever a second launch, a
// desktop URL handler or a web page's link hands the app, so any bytes must give a value or an
// Error, never a crash. The parser lives in ui/ (it belongs to the app shell) but depends on
// QtCore and phasic_core only; the fuzz targets link phasic_core alone (and a fuzz build has no
// ui library), so its source is compiled into this target directly.
#include "ui/shell/openrequest.cpp"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // A fixed, non-existent working directory: relative names never reach the real tree.
    const auto r = pt::ui::parseOpenRequest(text, QStringLiteral("/nonexistent-fuzz-dir"));
    if (r && r->kind != pt::ui::OpenRequest::Kind::LocalFile) {
        // The canonical URL must parse back to the same request.
        const auto again = pt::ui::parseOpenRequest(r->toUrlString());
        if (!again || !(*again == *r))
            __builtin_trap();
    }
    return 0;
}
