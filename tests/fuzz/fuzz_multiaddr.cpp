// Fuzzes the API-address parsers (core/daemon/multiaddr.h): the text comes from
// $IPFS_PATH/api, the repo config and the command line, so any bytes must give a value or an
// Error, never a crash or an unbounded allocation.
#include "core/daemon/multiaddr.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto m = pt::daemon::parseTcpMultiaddr(text)) {
        // Round trip: the canonical text must parse to the same endpoint.
        const auto again = pt::daemon::parseTcpMultiaddr(m->toString());
        if (!again || again->toUrl() != m->toUrl())
            __builtin_trap();
    }
    (void)pt::daemon::parseApiAddress(text);
    return 0;
}
