#pragma once

#include "app/cli/command.h"
#include "core/fetch/fetchconfig.h"
#include "core/fetch/fetchjob.h"

#include <QJsonObject>

namespace pt::cli {

// The source list from the global options (--gateway, --no-daemon, --ipfs-api).
Result<fetch::ResolvedSources> sourcesFromOptions(const GlobalOptions &global);

// Runs one job to the end on this thread's event loop: a progress bar on a terminal (stderr),
// Ctrl+C cancels (verified data is kept for a resume). Returns the exit code and fills
// `summary` (for --json) with what happened.
int runFetchJob(fetch::FetchJob &job, const GlobalOptions &global, QJsonObject *summary);

} // namespace pt::cli
