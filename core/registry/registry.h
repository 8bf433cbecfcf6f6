#pragma once

// The registry model: one value for both upstream formats (docs/UPSTREAM.md).
//   v1 "1.0.0": `traces` {id -> entry} whose content is an IPFS directory (kind Trace);
//   v2 "2.0"/"ptd_pcg": `computes` {id -> entry} whose content is a parent artifact plus
//   SCC artifacts, each a URL, a CID or a path in the registry repository (kind Compute).
// Values are plain, implicitly shared and immutable once parsed, so a Registry can be handed
// from a worker thread to the GUI thread by copy.

#include "core/result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace pt::registry {

namespace detail {
struct IndexTables;
}

enum class EntryKind : quint8 {
    Trace,   // v1: elimination trace in an IPFS directory
    Compute, // v2: ptd_pcg compute artifacts
};
QString kindName(EntryKind kind); // "trace" / "compute"
std::optional<EntryKind> kindFromName(QStringView name);

// Highest v2 `format_revision` this build understands; newer entries are shown, not used.
inline constexpr int kMaxFormatRevision = 2;
// Limits on untrusted input (docs/DESIGN.md "every input from outside is validated").
inline constexpr qint64 kMaxRegistryBytes = 256ll * 1024 * 1024;
inline constexpr qint64 kMaxStringBytes = 1024 * 1024;
inline constexpr int kMaxIdLength = 128;
inline constexpr int kMaxJsonDepth = 128;

struct Parameter
{
    QString name;
    QString description;
    QString domain; // e.g. "[0, ∞)"
};

struct Citation
{
    QString text;
    QString doi;
    QString url;
    bool isEmpty() const { return text.isEmpty() && doi.isEmpty() && url.isEmpty(); }
};

struct Metadata
{
    QString modelType;
    QString domain;
    QString variant;
    QString description;
    QList<Parameter> parameters;
    int paramLength = -1; // -1: not given
    qint64 vertices = -1; // as written (v1: transient states only, see Entry::traceVertices)
    qint64 edges = -1;
    QString author;
    Citation citation;
    QStringList tags;
    QString license;
    QString created;
};

// A v1 package file. Upstream's `files.*.cid` values are not real CIDs ("bafybei" + hex), so
// the file is always resolved as <directory cid>/<name>; `cidValid` only says whether the
// listed value would parse.
struct FileRef
{
    QString name;
    QString cid;
    qint64 size = -1;
    bool cidValid = false;
};

// Where a v2 artifact lives (docs/UPSTREAM.md, `cid_or_path`).
enum class LocationKind : quint8 {
    Url,      // contains "://", used as is
    Cid,      // Qm… / bafy… / bafk…, fetched through IPFS
    RepoPath, // relative path inside the registry repository
    Invalid,  // empty, absolute, "..", a bad CID or URL: never fetched
};
QString locationKindName(LocationKind kind); // "url", "cid", "path", "invalid"
// Classifies a `cid_or_path` value. `why` (optional) says why a value is Invalid.
LocationKind classifyLocation(QStringView value, QString *why = nullptr);

struct Artifact
{
    QString cidOrPath;
    LocationKind location = LocationKind::Invalid;
    QString sha256; // lower-case hex, 64 chars when valid
    qint64 size = -1;
    QString sccHash; // SCC artifacts only
};

struct Pin
{
    QString service;
    QString status;
    QJsonObject raw; // every field as written (pinned_at, request ids, …)
};

struct Entry
{
    QString id;
    EntryKind kind = EntryKind::Trace;
    QString description; // entry-level, else metadata.description
    Metadata metadata;

    // v1 content: an IPFS directory holding the package files.
    QString directoryCid;
    bool directoryCidValid = false;
    QList<FileRef> files;

    // v2 content.
    std::optional<Artifact> parent;
    QList<Artifact> scc;
    int formatRevision = -1; // -1: not given

    QString graphHash;
    QList<Pin> pins;
    QString checksum; // v1 "sha256:<hex>" of trace.json.gz
    QString license;  // entry-level license (v1 repeats metadata.license here)
    bool retracted = false;
    QString retractedReason;
    QString note;

    // False when the entry can be listed but not downloaded/used (mock CID, newer
    // format_revision, unverifiable artifact, …); `unusableReason` says why.
    bool usable = true;
    QString unusableReason;

    // Keys this build does not interpret, at entry level and in metadata ("metadata.x").
    QStringList unknownKeys;
    // Where the entry's JSON value sits in Registry::source (bytes), for round-trips and for an
    // editor that must keep the rest of the file byte-identical.
    qsizetype sourceOffset = -1;
    qsizetype sourceLength = 0;
    int line = 0; // 1-based line of the entry's key

    // The vertex count of the trace itself: v1 metadata counts transient states only, the
    // trace holds one more (the starting vertex); v2 counts all of them.
    qint64 traceVertices() const;
    int parameterCount() const; // param_length, else the size of the parameter list
    qint64 totalSize() const;   // sum of known file/artifact sizes, -1 when none are known
    QString effectiveLicense() const { return license.isEmpty() ? metadata.license : license; }
};

struct Collection
{
    QString name;
    QString description;
    QString cid;
    bool cidPlaceholder = false; // all-zero placeholder written by upstream
    bool cidValid = false;
    QStringList traces;
};

struct PinningService
{
    QString name;
    QString apiUrl;
    QString gateway;
    QJsonObject raw;
};

struct Warning
{
    enum Severity : quint8 {
        Note,    // a known quirk of the data, nothing is lost (vertex count convention)
        Problem, // something in the file is wrong or unusable (invalid CID, newer revision)
    };
    Severity severity = Problem;
    QString entryId; // empty for registry-level warnings
    QString path;    // JSON path, e.g. "traces.x.files.trace.json.gz.cid"
    int line = 0;    // 1-based, 0 when unknown
    QString message;
    qsizetype offset = -1; // byte offset in Registry::source of the entry/value concerned

    QString toString() const; // "path (line n): message"
};

struct Registry
{
    int formatVersion = 0; // 1 or 2 (major of `version`)
    QString version;       // as written: "1.0.0", "2.0"
    QString format;        // v2: "ptd_pcg"
    QString updated;
    QList<Entry> entries;           // in file order, traces before computes
    QHash<QString, qsizetype> byId; // id -> first entry with that id
    QList<Collection> collections;
    QList<PinningService> pinningServices;
    QList<Warning> warnings;
    QStringList unknownKeys; // top-level keys this build does not interpret
    QByteArray source;       // the bytes parsed (implicitly shared, not copied)
    // The search tables of `entries`, built by the parser on its worker threads while it decodes
    // them, so RegistryIndex does not walk 100k entries again. Tied to this very entry list:
    // RegistryIndex ignores them for any other one (a detached copy, a grown or rebuilt list).
    // Entries are not edited in place after parsing; code that does must reset this.
    std::shared_ptr<const detail::IndexTables> indexTables;

    const Entry *find(QStringView id) const;
    // The original JSON, parsed on demand from `source` so that unknown fields survive a
    // round trip without costing every load a second DOM.
    QJsonObject rawJson() const;
    QJsonObject rawEntryJson(const Entry &entry) const;
    int problemCount() const;
};

// Everything known to be wrong or notable about one entry: the warnings recorded for it plus
// one per invalid files.*.cid (the parser sums those up in a single registry-level warning).
QList<Warning> entryWarnings(const Registry &registry, const Entry &entry);

// Why `text` is not a valid CID (empty when it is), without repeating the CID itself.
QString cidProblem(QStringView text);

namespace detail {
// Fast exact check of a CIDv0 string ("Qm" + 44 base58 characters decoding to a sha2-256
// multihash, 12 20 + 32 bytes): the same answer as ipfs::Cid::parse for such strings, without
// its general base58 decoder, which dominated v1 loading (every entry has one). False for
// anything else (callers then use cidProblem()).
bool isValidCidV0(QStringView text);
} // namespace detail

// Checks that an id can become a directory name (ids name cache folders): not empty, at most
// kMaxIdLength characters, no '/', '\\', ':', NUL or control characters, no leading dot, no
// trailing dot or space. Returns an empty string when safe, else the reason.
QString idProblem(QStringView id);

} // namespace pt::registry

Q_DECLARE_METATYPE(pt::registry::Registry)
