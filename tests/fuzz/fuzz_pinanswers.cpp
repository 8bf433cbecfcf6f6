// Fuzzes the parsers of pinning providers' and the daemon's answers (core/publish): the bytes
// come from remote servers, so any input must give a value or an Error, never a crash.
#include "core/publish/daemonadd.h"
#include "core/publish/pinataclient.h"
#include "core/publish/psaclient.h"
#include "core/publish/web3storage.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto list = pt::publish::parsePsaPinList(bytes)) {
        for (const auto &s : list->results) {
            if (s.requestId.isEmpty() || s.cid.isEmpty())
                __builtin_trap(); // the parser promises both
        }
    }
    (void)pt::publish::parsePsaPinStatus(bytes);
    (void)pt::publish::psaErrorText(400, bytes);
    (void)pt::publish::pinataErrorText(400, bytes);
    (void)pt::publish::parsePinataUpload(bytes);
    if (auto entries = pt::publish::parseAddOutput(bytes)) {
        for (const auto &e : *entries) {
            if (e.hash.isEmpty())
                __builtin_trap();
        }
    }
    (void)pt::publish::Web3StorageAdapter::parseUpOutput(bytes);
    return 0;
}
