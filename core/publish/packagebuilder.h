#pragma once

#include "core/publish/publishjson.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <utility>

namespace pt::publish {

// What goes into a v1 trace package (docs/UPSTREAM.md "Registry v1": an IPFS directory with
// trace.json.gz, metadata.json, checksum.sha256, README.md, example.py, construction_code.py).
struct PackageOptions
{
    QString tracePath;            // .json (compressed here) or .json.gz (used byte for byte)
    QString metadataPath;         // metadata.json as the author wrote it
    QString constructionCodePath; // optional, copied as construction_code.py
    QString id;                   // registry id; empty = metadata's "id"
};

struct PackageFile
{
    QString name;
    qint64 size = 0;
    QString sha256; // hex
};

struct TracePackage
{
    QString dir;
    QString id;
    QList<PackageFile> files; // sorted by name, as the UnixFS directory lists them
    QString traceSha256;      // of trace.json.gz (= checksum.sha256)
    qint64 traceSize = 0;
    OJson metadata; // validated, keys sorted (as written to metadata.json)
    // Filled by computePackageCids: the directory CID and each file's own CID.
    QString rootCid;
    QList<std::pair<QString, QString>> fileCids;
};

// Builds the package in `outDir` (created; must not exist or be empty). The same inputs give
// the same bytes in every file on every run and machine with the same zlib, hence the same
// root CID: gzip with a fixed header (no name, mtime 0, OS 255) and level 9, JSON with sorted
// keys, generated texts from the metadata only (no dates, no paths).
Result<TracePackage> buildTracePackage(const PackageOptions &options, const QString &outDir);

// gzip with a fixed header (RFC 1952: no FNAME, MTIME 0, XFL 2, OS 255 "unknown" - Python's
// gzip.compress(data, 9, mtime=0) writes the same bytes except OS = the build platform's code),
// deflate level 9.
Result<QByteArray> deterministicGzip(QByteArrayView data);
// Decompresses one gzip member; refuses output beyond maxSize (a zip bomb guard).
Result<QByteArray> gunzip(QByteArrayView data, qint64 maxSize, const QString &what);

// Checks a trace file's content: gzip (if it starts with the gzip magic) of a JSON object with
// "operations" and "vertex_rates" lists. Returns the parsed object's "param_length" (-1 if
// absent) for the consistency check against the metadata.
Result<qint64> checkTraceJson(const QByteArray &json, const QString &what);

// Validates metadata.json (fields of docs/UPSTREAM.md v1 metadata). `id` overrides the
// metadata's own "id"; the chosen id is returned in *idOut. Messages name the field.
// v2 (compute) metadata needs no "parameters" list (docs/UPSTREAM.md "Registry v2").
enum class MetadataKind { V1Trace, V2Compute };
Result<OJson> validateMetadata(const QByteArray &json, const QString &id, QString *idOut,
                               MetadataKind kind = MetadataKind::V1Trace);
Result<void> checkDoi(const QString &doi);     // 10.NNNN[.NNNN...]/suffix
Result<void> checkOrcid(const QString &orcid); // 0000-0002-1825-0097 with ISO 7064 MOD 11-2

// Imports the package directory with `profileName` (ImportProfile::byName) exactly as
// `phasic-traces-cli cid --profile P DIR` does; fills rootCid and fileCids. `progress` (may be
// empty; called on the calling thread) gets bytes imported of the total; `cancel` stops the
// import with Error::Cancelled.
Result<void> computePackageCids(TracePackage &package, const QString &profileName,
                                const std::function<void(qint64, qint64)> &progress = {},
                                const std::atomic_bool *cancel = nullptr);

// The v1 registry entry for a package whose directory CID is `cid`.
OJson v1RegistryEntry(const TracePackage &package);

// A ptd_pcg .bin artifact (docs/UPSTREAM.md "Artifact v2"): header checked, size formula
// checked, hashes computed.
struct ArtifactInfo
{
    QString path;
    QString fileName;
    QByteArray magic; // "PTDPRMC1" or "PTDPRMC3"
    int formatRevision = 0;
    quint64 commands = 0;
    quint64 memDoubles = 0;
    quint64 vertices = 0; // PTDPRMC1: memr length; PTDPRMC3: inputs
    qint64 size = 0;
    QString sha256;
    QString hashFromName; // <hash> of "<hash>.bin" / "scc_<hash>.bin" (empty if not so named)
    bool isScc = false;
};
Result<ArtifactInfo> inspectArtifact(const QString &path);
Result<ArtifactInfo> inspectArtifactBytes(const QByteArray &bytes, const QString &fileName);

// The v2 registry entry: parent = the artifact named <graph_hash>.bin, the others scc_<h>.bin.
// Paths are "artifacts/<file name>" (where upstream's publisher copies them).
Result<OJson> v2RegistryEntry(const QList<ArtifactInfo> &artifacts, const OJson &metadata);

// The files publishing reads and writes: a read names `what` in its errors and refuses inputs
// over 512 MiB (a metadata or trace file that large is a mistake, not a trace); a write goes
// through a temp file + rename (QSaveFile) after creating the folder.
Result<QByteArray> readInputFile(const QString &path, const QString &what);
Result<void> writeFileAtomically(const QString &path, const QByteArray &data);

} // namespace pt::publish
