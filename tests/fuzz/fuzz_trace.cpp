// Fuzz target: the v1 trace reader over raw bytes (gzip and plain JSON are detected by content,
// so both paths are reached), then summary and evaluation of whatever validates.
#include "core/trace/evaluate.h"
#include "core/trace/trace.h"

#include <QByteArrayView>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    pt::trace::ReadLimits limits;
    limits.maxDecompressedBytes = 8 * 1024 * 1024; // keep each run fast
    // The inflater alone, whatever the header says.
    (void)pt::trace::gunzip(bytes, 1024 * 1024);
    auto trace = pt::trace::parseTrace(bytes, limits);
    if (!trace)
        return 0;
    (void)pt::trace::summarize(*trace);
    if (trace->nVertices > 64 || trace->paramLength > 16)
        return 0;
    std::vector<double> theta(trace->paramLength, 1.0);
    auto pt = pt::trace::buildPhaseType(*trace, theta);
    if (!pt)
        return 0;
    (void)pt::trace::evaluate(*pt, {0.0, 0.5, 1.0, 1.5, 7.0}, pt::trace::Quantity::Pdf);
    (void)pt::trace::evaluate(*pt, {3.0, 0.25}, pt::trace::Quantity::Cdf);
    (void)pt::trace::moments(*pt);
    return 0;
}
