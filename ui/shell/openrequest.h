#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace pt::ui {

// What the app was asked to open, from a command-line argument, a forwarded argument of a
// second launch, or a URL handed over by the desktop (the URL handlers in installers/):
//   phasic-traces://trace/<id>          a registry entry            → Kind::TraceId
//   ipfs://CID[/path], /ipfs/CID[/path] content by CID, verified    → Kind::Cid
//   an existing path or file:// URL     a trace file on disk        → Kind::LocalFile
struct OpenRequest
{
    enum class Kind { TraceId, Cid, LocalFile };

    Kind kind = Kind::LocalFile;
    QString traceId;     // TraceId: the registry id (one safe path component)
    QString cid;         // Cid: the CID as the user wrote it (v0 stays v0: Qm… is case-sensitive)
    QStringList cidPath; // Cid: decoded sub-path segments below the CID, each a safe name
    QString localPath;   // LocalFile: absolute, clean path of an existing regular file

    // Canonical form: phasic-traces://trace/<id>, ipfs://<cid>/<path>, file:///<path>.
    QString toUrlString() const;
    bool operator==(const OpenRequest &other) const = default;
};

// Longest argument looked at; anything longer is refused before any parsing.
inline constexpr qsizetype kMaxOpenRequestLength = 8192;

// Parses one argument. Relative paths resolve against `workingDir` (the directory of the
// launch that received the argument: a forwarded argument comes from another process), or
// the current directory when empty. Pure apart from looking at the file system for local
// paths; never throws, never crashes, on any input (tests/fuzz/fuzz_openrequest.cpp).
// Errors: InvalidInput (bad CID, unsafe name, malformed URL, unknown scheme), NotFound (no
// such file), Unsupported (a folder or a file that is not a trace).
Result<OpenRequest> parseOpenRequest(const QString &argument, const QString &workingDir = {});

// The local file types the app opens (what MainWindow::openTrace understands).
bool isTraceFileName(const QString &fileName);

} // namespace pt::ui
