// Fuzzes the parsers of the Kubo RPC answers (core/daemon/kuborpc.h, core/publish/daemonadd.h):
// version, id, swarm/peers, repo/stat, stats/bw, add, pin/remote (service/ls, add, ls), and the
// error answer. The bytes come from
// whatever listens on the API port, so every input must give a value or an Error, never a crash.
#include "core/daemon/kuborpc.h"
#include "core/publish/daemonadd.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (auto v = pt::daemon::parseVersion(bytes); v && v->version.isEmpty())
        __builtin_trap(); // the parser promises a version string
    if (auto id = pt::daemon::parseId(bytes); id && id->id.isEmpty())
        __builtin_trap();
    if (auto peers = pt::daemon::parseSwarmPeerCount(bytes); peers && *peers < 0)
        __builtin_trap();
    (void)pt::daemon::parseRepoStat(bytes);
    (void)pt::daemon::parseBandwidth(bytes);
    if (auto services = pt::daemon::parseRemoteServices(bytes)) {
        for (const auto &s : *services)
            if (s.service.isEmpty())
                __builtin_trap(); // every entry is named
    }
    if (auto pin = pt::daemon::parseRemotePin(bytes);
        pin && (pin->cid.isEmpty() || pin->status.isEmpty()))
        __builtin_trap();
    if (auto pins = pt::daemon::parseRemotePinList(bytes, 64)) {
        if (pins->size() > 64)
            __builtin_trap(); // bounded
        for (const auto &p : *pins)
            if (p.cid.isEmpty())
                __builtin_trap();
    }
    if (auto entries = pt::publish::parseAddOutput(bytes)) {
        for (const auto &e : *entries) {
            if (e.hash.isEmpty())
                __builtin_trap();
        }
    }
    for (int status : {400, 401, 403, 404, 500}) {
        if (pt::daemon::rpcErrorFromResponse(QStringLiteral("id"), status, bytes).message.isEmpty())
            __builtin_trap();
    }
    return 0;
}
