#pragma once

// Internal to core/registry: everything a RegistryIndex searches besides the entries, built in
// slices of consecutive entries and then stitched together. The parser builds the slices on
// its worker threads right after decoding each entry (still in cache, and in parallel), so
// loading a registry and indexing it is one parallel pass; RegistryIndex builds them itself
// for a Registry that comes without (hand-made, or edited after parsing).

#include "core/registry/registry.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

namespace pt::registry::detail {

// Facet values, matched case-insensitively but shown as first written.
struct ValueTable
{
    QStringList names;  // by id, as first written
    QStringList lowers; // by id, lower-cased (the matching key)
    QHash<QString, int> byLower;
    // Build-time lookups: the parser shares one QString per distinct value, so the data pointer
    // identifies most values without hashing their text; `exact` avoids lower-casing repeats.
    QHash<const QChar *, int> byPointer;
    QHash<QString, int> exact;

    int intern(const QString &value); // -1 for an empty value
    int internLower(const QString &value, const QString &lower);
    int find(const QString &value) const { return byLower.value(value.toLower(), -1); }
};

// Lower-cased UTF-8 of `s` appended to `out` (NUL becomes a space: NUL separates entries).
void appendLower(QByteArray &out, const QString &s);

// The index data of consecutive entries, with slice-local facet ids.
struct IndexSlice
{
    QByteArray haystack;           // per entry: id, description, tags, author, model, domain, NUL
    std::vector<qsizetype> hayEnd; // per entry: end of its text in `haystack` (after the NUL)
    ValueTable domains, models, licenses, tags;
    std::vector<int> domain, model, license, params, created; // local ids, -1: none
    std::vector<int> tagEnd; // per entry: end of its tags in tagIds (deduplicated, local ids)
    std::vector<int> tagIds;
    std::vector<qint64> vertices, size;
    std::vector<quint8> kind;
    QList<QString> createdValues; // distinct `created` strings (by data pointer)
    QHash<const QChar *, int> createdSlot;

    void reserve(qsizetype entries, qsizetype textBytes);
    void add(const Entry &e);
};

struct IndexTables
{
    // What the tables were built from: RegistryIndex uses them only for that very list.
    const Entry *entries = nullptr;
    qsizetype count = 0;

    // Text: one buffer of per-entry haystacks separated by NUL, searched with memmem.
    QByteArray haystack;
    std::vector<qsizetype> hayStart; // entry i spans [hayStart[i], hayStart[i+1]-1)
    // Facets.
    ValueTable domains, models, licenses, tags;
    std::vector<int> domain, model, license, params;
    // Parameter counts as small ids (ascending values) so facet counting is an array bump.
    std::vector<int> paramId;
    std::vector<int> paramValues;
    // Sort keys per entry for the non-id fields (missing values as the largest key), indexed
    // by SortField.
    std::array<std::vector<qint64>, 5> sortKey;
    std::vector<quint8> kind;
    std::vector<int> tagStart; // tags of entry i: tagIds[tagStart[i] .. tagStart[i+1])
    std::vector<int> tagIds;
    // Entries in ascending id order (ties by position), and each entry's place in it.
    std::vector<int> idOrder;
    std::vector<int> idRank;
};

// Entries in ascending id order (QString::compare, ties by position). `idAt(i)` gives the id of
// entry i; the parser calls this with the ids of its first pass, before the entries exist.
template <typename IdAt> std::vector<int> sortedIdOrder(size_t n, IdAt idAt);

// Stitches slices (covering entries [0, count) in order) into the tables. `idOrder` may be
// empty (then computed here).
std::shared_ptr<const IndexTables> assembleIndex(const Entry *entries, qsizetype count,
                                                 std::vector<IndexSlice> &slices,
                                                 std::vector<int> idOrder);

// Builds the tables of `entries` from scratch (slices on a few threads of its own).
std::shared_ptr<const IndexTables> buildIndexTables(const QList<Entry> &entries);

// Asks the kernel for transparent huge pages on the whole 2 MiB pages inside [p, p+bytes):
// fresh memory is faulted in 2 MiB at a time instead of 4 KiB, several times cheaper for the
// tens of MiB a large registry needs (markedly so in virtual machines). Linux only; a no-op
// elsewhere and for small blocks.
void adviseHugePages(const void *p, size_t bytes);

template <typename IdAt> std::vector<int> sortedIdOrder(size_t n, IdAt idAt)
{
    std::vector<int> byId(n);
    for (size_t i = 0; i < n; ++i)
        byId[i] = int(i);
    // Each id's first 16 UTF-16 units packed big-endian (zero-padded; a proper prefix then
    // sorts first, as in QString::compare) decide almost every comparison inline; only ids
    // sharing those 16 units are compared in full.
    using IdKey = std::array<quint64, 4>; // 4 units per word; std::array compares in order
    std::vector<IdKey> idKey(n);
    for (size_t i = 0; i < n; ++i) {
        const QString &id = idAt(i);
        const qsizetype len = std::min<qsizetype>(id.size(), 16);
        IdKey &k = idKey[i];
        for (qsizetype u = 0; u < 16; ++u) {
            const quint64 unit = u < len ? id.at(u).unicode() : 0;
            k[size_t(u / 4)] = (k[size_t(u / 4)] << 16) | unit;
        }
    }
    std::sort(byId.begin(), byId.end(), [&](int a, int b) {
        const IdKey &ka = idKey[size_t(a)], &kb = idKey[size_t(b)];
        if (ka != kb)
            return ka < kb;
        const int c = idAt(size_t(a)).compare(idAt(size_t(b)));
        return c != 0 ? c < 0 : a < b;
    });
    return byId;
}

} // namespace pt::registry::detail
