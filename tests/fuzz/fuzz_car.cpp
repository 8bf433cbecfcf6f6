// Fuzzes the CAR v1 reader and verifier over an in-memory device: header parsing, section
// framing, CID parsing, hashing and the DAG walk. Bounded memory is part of the contract, so
// the fuzzer's RSS limit doubles as a check on allocations driven by length fields.
#include "core/ipfs/car.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace pt::ipfs;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QBuffer buf;
        buf.setData(bytes);
        buf.open(QIODevice::ReadOnly);
        CarReader reader(&buf, 64 * 1024);
        if (reader.readHeader()) {
            qint64 last = -1;
            for (;;) {
                auto next = reader.next();
                if (!next || !*next)
                    break;
                if ((*next)->offset <= last || (*next)->data.size() > 64 * 1024)
                    abort();
                last = (*next)->offset;
            }
        }
    }
    {
        QBuffer buf;
        buf.setData(bytes);
        buf.open(QIODevice::ReadOnly);
        auto report = verifyCar(&buf, std::nullopt);
        if (report && report->complete() && !report->missing.isEmpty())
            abort();
    }
    return 0;
}
