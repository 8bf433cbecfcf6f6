#pragma once

// Local registry sources: a file (plain path or file:// URL) or the snapshot bundled into
// phasic_core as a Qt resource (first run offline). Network sources live elsewhere.

#include "core/registry/registry.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace pt::registry {

// The bundled snapshot (resources/registry-snapshot.json).
QString bundledSnapshotPath(); // ":/registry/registry-snapshot.json"

struct LoadedRegistry
{
    Registry registry;
    QString source; // what the messages call it: a path, or "the bundled snapshot"
};

// Reads at most kMaxRegistryBytes from a local file, refusing bigger ones before reading.
Result<QByteArray> readRegistryBytes(const QString &path);

// `location`: empty (bundled snapshot), a plain path, or file://PATH. Other schemes are
// refused with Error::Unsupported (network fetching is RegistrySource's job).
Result<LoadedRegistry> loadLocalRegistry(const QString &location);

} // namespace pt::registry
