#pragma once

// Registry parsing: bytes in -> Registry (with warnings for the known traps of the real data)
// or one precise error naming the JSON path and line. Synchronous and thread-agnostic; it may
// split the entries over a few worker threads of its own (ParseOptions::threads), never the
// caller's thread pool, so calling it from a pool thread cannot starve the pool.

#include "core/registry/registry.h"
#include "core/result.h"

#include <QByteArray>

namespace pt::registry {

struct ParseOptions
{
    // Worker threads for entry decoding: 0 = automatic (idealThreadCount, at most 8, and only
    // for large registries; a section over 4 MiB is also cut apart on two threads), 1 = on the
    // calling thread only. The search tables for RegistryIndex are built on the same threads.
    int threads = 0;
    // A name for messages ("registry.json"); empty: no prefix.
    QString sourceName;
};

// Errors: Error::InvalidInput (syntax, wrong types, unsafe ids, sizes) with messages such as
//   traces.coalescent_n5.metadata.param_length: expected a number, got "two" (line 41)
//   line 12, column 5: expected ',' or '}' after an object member (in traces.x.metadata)
// and Error::Unsupported for a registry version newer than this build understands.
Result<Registry> parseRegistry(const QByteArray &bytes, const ParseOptions &options = {});

} // namespace pt::registry
