#pragma once

#include "core/publish/pinning.h"
#include "core/result.h"

#include <QString>
#include <QUrl>

namespace pt::cli {

// The pinning service the user configured under `name` ("pinata", "psa:NAME", "web3storage"),
// with its token from the keyring. Defined in cmd_pin.cpp; used by pin, add, health, mirror.
// "daemon:NAME" (the remote service NAME of the user's IPFS node) needs `daemonApi`, the
// node's RPC API; without it, it is an error that says so.
Result<publish::ServiceHandle> openPinningService(const QString &name,
                                                  const QUrl &daemonApi = QUrl());

// Polls `service` until the pin `id` is pinned or failed, with backoff and progress on stderr
// (none with `json`). Defined in cmd_pin.cpp; used by pin and add.
Result<publish::PinStatus> waitUntilPinned(publish::PinningService *service, const QString &id,
                                           bool json);

} // namespace pt::cli
