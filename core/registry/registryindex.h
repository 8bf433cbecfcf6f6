#pragma once

// Search and faceted filtering over a Registry, built once per registry and then queried
// from any thread: the index is an immutable snapshot behind a shared pointer, so the GUI
// keeps its model on its own thread while searchAsync() runs on the thread pool.

#include "core/registry/registry.h"

#include <QFuture>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace pt::registry {

enum class SortField : quint8 { Id, Params, Vertices, Size, Created };
QString sortFieldName(SortField field);
std::optional<SortField> sortFieldFromName(QStringView name); // "id", "params", …

struct Query
{
    QString text;           // case-insensitive; every whitespace-separated term must match
    QStringList domains;    // any of (empty: no filter)
    QStringList modelTypes; // any of
    QStringList tags;       // all of
    QStringList licenses;   // any of
    std::optional<EntryKind> kind;
    int minParams = -1; // inclusive; -1: open
    int maxParams = -1;
    enum class Downloaded : quint8 { Any, Yes, No };
    Downloaded downloaded = Downloaded::Any;
    QSet<QString> downloadedIds; // supplied by the caller (the cache knows what is on disk)
    SortField sort = SortField::Id;
    bool descending = false;
};

struct FacetValue
{
    QString value;
    int count = 0;
    friend bool operator==(const FacetValue &a, const FacetValue &b)
    {
        return a.value == b.value && a.count == b.count;
    }
};

// Facet counts are computed over the entries that match the text and every OTHER facet, so
// each count says how many rows selecting that value would give (a proper faceted search).
// Values are sorted by count (descending), then by value.
struct SearchResult
{
    QList<int> rows; // indices into Registry::entries, in the requested order
    int total = 0;   // entries in the registry
    QList<FacetValue> domains;
    QList<FacetValue> modelTypes;
    QList<FacetValue> tags;
    QList<FacetValue> licenses;
    QList<FacetValue> kinds;       // "trace" / "compute"
    QList<FacetValue> paramCounts; // "0", "1", … (parameter count histogram)
    QList<FacetValue> downloaded;  // "yes" / "no"
};

class RegistryIndex
{
public:
    RegistryIndex(); // empty
    explicit RegistryIndex(Registry registry);

    const Registry &registry() const;
    bool isEmpty() const;

    SearchResult search(const Query &query) const;
    // Runs search() on the global thread pool over this snapshot; the index may be destroyed
    // or replaced meanwhile.
    QFuture<SearchResult> searchAsync(const Query &query) const;
    // Builds an index off the calling thread.
    static QFuture<RegistryIndex> buildAsync(Registry registry);

    struct Data;

private:
    std::shared_ptr<const Data> d;
};

} // namespace pt::registry

Q_DECLARE_METATYPE(pt::registry::RegistryIndex)
Q_DECLARE_METATYPE(pt::registry::SearchResult)
