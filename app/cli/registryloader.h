#pragma once

#include "app/cli/command.h"
#include "core/registry/registrysource.h"

namespace pt::cli {

// The registry for a command: --registry (or upstream's) through RegistrySource. A local file
// is read as it is; a remote one comes from the last good copy, downloaded first when there is
// none yet (falling back to the bundled snapshot, with a note on stderr). `url` and `status`
// (optional) say which and how fresh.
Result<registry::LoadedRegistry> loadRegistry(const GlobalOptions &global, QUrl *url = nullptr,
                                              registry::RegistryStatus *status = nullptr);

// Refreshes from the network (conditional GET) and returns what is in use afterwards.
Result<registry::LoadedRegistry> updateRegistry(const GlobalOptions &global, QUrl *url,
                                                registry::RegistryStatus *status);

// Reports a registry that did not load and returns the exit code: a usage error (2) when a
// location the user gave (--registry, or the configured list) cannot be used as written, a
// failure (1) otherwise.
int failLoading(const GlobalOptions &global, const Error &error);

} // namespace pt::cli
