// Fuzz target: the ptd_pcg .bin reader (PTDPRMC1 and PTDPRMC3) over raw bytes.
#include "core/trace/ptdbin.h"

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto s = pt::trace::parsePtdBin(bytes);
    if (s) {
        (void)pt::trace::ptdBinSummaryToText(*s);
        (void)pt::trace::parsePtdBin(
            bytes,
            QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"));
    }
    return 0;
}
