#include "core/registry/registryindex.h"

#include "core/registry/indextables.h"
#include "core/workpool.h"

#include <QHash>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace pt::registry {

using namespace Qt::StringLiterals;

QString sortFieldName(SortField field)
{
    switch (field) {
    case SortField::Id:
        return u"id"_s;
    case SortField::Params:
        return u"params"_s;
    case SortField::Vertices:
        return u"vertices"_s;
    case SortField::Size:
        return u"size"_s;
    case SortField::Created:
        return u"created"_s;
    }
    return {};
}

std::optional<SortField> sortFieldFromName(QStringView name)
{
    for (SortField f : {SortField::Id, SortField::Params, SortField::Vertices, SortField::Size,
                        SortField::Created})
        if (name.compare(sortFieldName(f), Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

namespace {

enum FacetBit : quint8 {
    FDomain = 1 << 0,
    FModel = 1 << 1,
    FLicense = 1 << 2,
    FTags = 1 << 3,
    FKind = 1 << 4,
    FParams = 1 << 5,
    FDownloaded = 1 << 6,
};
constexpr quint8 kAllFacets = 0x7f;

} // namespace

struct RegistryIndex::Data
{
    Registry registry;
    // Text, facets, sort keys and the id order: shared with the registry (the parser builds
    // them while it decodes the entries), else built here.
    std::shared_ptr<const detail::IndexTables> t;
    // Ascending orders for the other sort fields (ties by id), built on first use (call_once
    // keeps that safe from any thread).
    mutable std::array<std::vector<int>, 5> order;
    mutable std::array<std::once_flag, 5> orderOnce;
    mutable std::array<std::atomic<bool>, 5> orderBuilt{};

    explicit Data(Registry r);
    const std::vector<int> &orderFor(SortField f) const;
    void buildOrder(SortField f) const;
};

namespace {

// Below this many entries the work is too small to pay for a second thread.
constexpr size_t kParallelMin = 16384;

int workerCount(size_t n)
{
    if (n < kParallelMin)
        return 1;
    return std::clamp(int(std::thread::hardware_concurrency()), 1, 4);
}

// Runs fn(from, to, slot) over slices of [0, n) on the calling thread and up to workers-1
// helpers on the work pool. `slot` (< workers) names the thread, for per-thread accumulators.
// Slices are taken from a shared counter, and only slices actually taken are waited for: a
// helper that starts late (a busy pool, or a sleeping CPU to wake: 1-5 ms on a 2-core VM,
// longer than the search) finds nothing left and ends without touching `fn`, instead of the
// caller waiting to join a thread that had no work to do.
template <typename F> void forSlices(size_t n, int workers, F fn)
{
    if (workers <= 1) {
        fn(size_t(0), n, 0);
        return;
    }
    struct Shared
    {
        size_t n = 0, slices = 0;
        std::atomic<size_t> next{0};
        std::atomic<size_t> done{0};
    };
    auto shared = std::make_shared<Shared>();
    shared->n = n;
    shared->slices = size_t(workers) * 8;
    // `fn` lives in this frame, which outlives every slice taken: the wait below.
    F *body = &fn;
    auto run = [](Shared &s, F *f, int slot) {
        for (size_t i; (i = s.next.fetch_add(1, std::memory_order_relaxed)) < s.slices;) {
            (*f)(s.n * i / s.slices, s.n * (i + 1) / s.slices, slot);
            if (s.done.fetch_add(1, std::memory_order_acq_rel) + 1 == s.slices)
                s.done.notify_all();
        }
    };
    for (int w = 1; w < workers; ++w)
        workPool()->start([shared, body, run, w] { run(*shared, body, w); });
    run(*shared, body, 0);
    for (size_t d; (d = shared->done.load(std::memory_order_acquire)) < shared->slices;)
        shared->done.wait(d, std::memory_order_acquire);
}

} // namespace

RegistryIndex::Data::Data(Registry r) : registry(std::move(r))
{
    const detail::IndexTables *given = registry.indexTables.get();
    if (!given || given->entries != registry.entries.constData() ||
        given->count != registry.entries.size()) {
        registry.indexTables = detail::buildIndexTables(registry.entries);
    }
    t = registry.indexTables;
    orderBuilt[size_t(SortField::Id)].store(true, std::memory_order_release);
}

const std::vector<int> &RegistryIndex::Data::orderFor(SortField field) const
{
    if (field == SortField::Id)
        return t->idOrder;
    std::call_once(orderOnce[size_t(field)], [&] {
        buildOrder(field);
        orderBuilt[size_t(field)].store(true, std::memory_order_release);
    });
    return order[size_t(field)];
}

void RegistryIndex::Data::buildOrder(SortField field) const
{
    if (field == SortField::Id)
        return;
    const std::vector<qint64> &key = t->sortKey[size_t(field)];
    const std::vector<int> &idRank = t->idRank;
    std::vector<int> &o = order[size_t(field)];
    o = t->idOrder;
    std::sort(o.begin(), o.end(), [&](int a, int b) {
        const qint64 ka = key[size_t(a)], kb = key[size_t(b)];
        return ka != kb ? ka < kb : idRank[size_t(a)] < idRank[size_t(b)];
    });
}
RegistryIndex::RegistryIndex() : d(std::make_shared<const Data>(Registry())) {}

RegistryIndex::RegistryIndex(Registry registry)
    : d(std::make_shared<const Data>(std::move(registry)))
{}

const Registry &RegistryIndex::registry() const
{
    return d->registry;
}

bool RegistryIndex::isEmpty() const
{
    return d->registry.entries.isEmpty();
}

namespace {

using Data = RegistryIndex::Data;

// Substring search over the NUL-separated haystack. With SSE2, 16 candidate positions at a
// time are tested on the needle's first and last byte, and only positions passing both are
// compared in full (two bytes reject nearly everything in text); no per-call setup, so it
// serves one entry's short haystack as well as the whole buffer.
class Finder
{
public:
    explicit Finder(const QByteArray &needle) : m_needle(needle) {}

    // First occurrence in [b, e), or e.
    const char *find(const char *b, const char *e) const
    {
        const char *n = m_needle.constData();
        const qsizetype k = m_needle.size();
        if (e - b < k)
            return e;
        const char *const lastStart = e - k;
        const char *p = b;
#ifdef __SSE2__
        if (k >= 2) {
            const __m128i first = _mm_set1_epi8(n[0]);
            const __m128i last = _mm_set1_epi8(n[k - 1]);
            // Block at p covers starts p..p+15 and reads up to p+15+k-1 < e.
            while (lastStart - p >= 15) {
                const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
                const __m128i z = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + k - 1));
                unsigned mask = unsigned(_mm_movemask_epi8(
                    _mm_and_si128(_mm_cmpeq_epi8(a, first), _mm_cmpeq_epi8(z, last))));
                while (mask) {
                    const char *c = p + __builtin_ctz(mask);
                    if (std::memcmp(c + 1, n + 1, size_t(k - 2)) == 0)
                        return c;
                    mask &= mask - 1;
                }
                p += 16;
            }
        }
#endif
        for (; p <= lastStart; ++p) {
            const void *q = std::memchr(p, n[0], size_t(lastStart - p + 1));
            if (!q)
                return e;
            p = static_cast<const char *>(q);
            if (std::memcmp(p + 1, n + 1, size_t(k - 1)) == 0)
                return p;
        }
        return e;
    }

private:
    QByteArray m_needle;
};

bool entryContains(const Data &d, const Finder &term, size_t entry)
{
    const char *hay = d.t->haystack.constData();
    const char *e = hay + d.t->hayStart[entry + 1];
    return term.find(hay + d.t->hayStart[entry], e) != e;
}

// Marks the entries in [from, to) whose haystack contains `term` with `hits[i] = 1`: one scan
// over their stretch of the buffer, resuming after each hit at the next entry. (Matches never
// span entries: terms hold no NUL, the separator.)
void markTerm(const Data &d, const Finder &term, std::vector<quint8> &hits, size_t from, size_t to)
{
    const char *hay = d.t->haystack.constData();
    const char *const end = hay + d.t->hayStart[to];
    const char *p = hay + d.t->hayStart[from];
    size_t entry = from;
    while (p < end) {
        const char *found = term.find(p, end);
        if (found == end)
            break;
        const qsizetype at = found - hay;
        while (d.t->hayStart[entry + 1] <= at)
            ++entry;
        hits[entry] = 1;
        p = hay + d.t->hayStart[++entry];
    }
}

// Keeps only the candidates in [from, to) whose own haystack contains `term`.
void filterTerm(const Data &d, const Finder &term, std::vector<quint8> &candidates, size_t from,
                size_t to)
{
    for (size_t i = from; i < to; ++i)
        if (candidates[i] && !entryContains(d, term, i))
            candidates[i] = 0;
}

std::vector<quint8> selection(const detail::ValueTable &table, const QStringList &values,
                              bool *active)
{
    *active = !values.isEmpty();
    std::vector<quint8> sel(size_t(table.names.size()), 0);
    for (const QString &v : values) {
        const int id = table.find(v);
        if (id >= 0)
            sel[size_t(id)] = 1;
    }
    return sel;
}

QList<FacetValue> facetList(const QStringList &names, const std::vector<int> &counts,
                            const QStringList &selected)
{
    QList<FacetValue> out;
    for (size_t i = 0; i < counts.size(); ++i) {
        const bool isSelected = selected.contains(names.at(qsizetype(i)), Qt::CaseInsensitive);
        if (counts[i] > 0 || isSelected)
            out.append(FacetValue{names.at(qsizetype(i)), counts[i]});
    }
    std::sort(out.begin(), out.end(), [](const FacetValue &a, const FacetValue &b) {
        return a.count != b.count ? a.count > b.count : a.value < b.value;
    });
    return out;
}

// Facet counts of one thread's slices of the entries, summed afterwards. Each thread's
// counters sit in cache lines of their own (the struct is line-aligned and every list has a
// line's worth of spare room past its end): counters of two threads sharing a line made the
// lines bounce between the cores on every entry, and the parallel count took 2-5 ms at 100k
// entries where one thread takes about 1 ms.
struct alignas(128) Counts
{
    std::vector<int> domain, model, license, tag, params;
    std::array<int, 2> kind{}, downloaded{};
    size_t rows = 0;

    void init(const Data &d)
    {
        constexpr size_t kSpare = 128 / sizeof(int);
        auto zeroed = [](std::vector<int> &v, qsizetype n) {
            v.reserve(size_t(n) + kSpare);
            v.assign(size_t(n), 0);
        };
        zeroed(domain, d.t->domains.names.size());
        zeroed(model, d.t->models.names.size());
        zeroed(license, d.t->licenses.names.size());
        zeroed(tag, d.t->tags.names.size());
        zeroed(params, qsizetype(d.t->paramValues.size()));
    }
    void add(const Counts &o)
    {
        auto sum = [](std::vector<int> &a, const std::vector<int> &b) {
            for (size_t i = 0; i < a.size(); ++i)
                a[i] += b[i];
        };
        sum(domain, o.domain);
        sum(model, o.model);
        sum(license, o.license);
        sum(tag, o.tag);
        sum(params, o.params);
        for (size_t i = 0; i < 2; ++i) {
            kind[i] += o.kind[i];
            downloaded[i] += o.downloaded[i];
        }
        rows += o.rows;
    }
};

SearchResult runSearch(const Data &d, const Query &q)
{
    const QList<Entry> &entries = d.registry.entries;
    const size_t n = size_t(entries.size());
    const int workers = workerCount(n);
    SearchResult result;
    result.total = int(n);

    // Text: every term must match.
    std::vector<quint8> text;
    QList<QByteArray> terms;
    bool impossibleTerm = false;
    for (const QString &t : q.text.simplified().toLower().split(u' ', Qt::SkipEmptyParts)) {
        terms.append(t.toUtf8());
        impossibleTerm |= terms.constLast().contains('\0'); // the entry separator
    }
    // Rarest first, estimated on a sample of the haystack: later terms only look at the
    // surviving candidates.
    std::vector<Finder> finders;
    finders.reserve(size_t(terms.size()));
    std::vector<std::pair<qsizetype, qsizetype>> rarity; // (sample hits, -length) per term
    const size_t sample = std::min<size_t>(n, 512);
    for (const QByteArray &t : terms) {
        const Finder &f = finders.emplace_back(t);
        qsizetype hits = 0;
        for (size_t i = 0; i < sample; ++i)
            hits += entryContains(d, f, i);
        rarity.emplace_back(hits, -t.size());
    }
    std::vector<size_t> byRarity(finders.size());
    for (size_t i = 0; i < byRarity.size(); ++i)
        byRarity[i] = i;
    std::stable_sort(byRarity.begin(), byRarity.end(),
                     [&](size_t a, size_t b) { return rarity[a] < rarity[b]; });
    text.assign(n, finders.empty() ? 1 : 0);
    const bool scanText = !finders.empty() && !impossibleTerm;

    bool domainOn, modelOn, licenseOn;
    const auto domainSel = selection(d.t->domains, q.domains, &domainOn);
    const auto modelSel = selection(d.t->models, q.modelTypes, &modelOn);
    const auto licenseSel = selection(d.t->licenses, q.licenses, &licenseOn);
    std::vector<int> requiredTags;
    bool impossibleTag = false;
    for (const QString &t : q.tags) {
        const int id = d.t->tags.find(t);
        if (id < 0)
            impossibleTag = true;
        else
            requiredTags.push_back(id);
    }
    std::vector<quint8> downloaded;
    if (q.downloaded != Query::Downloaded::Any || !q.downloadedIds.isEmpty()) {
        downloaded.assign(n, 0);
        for (const QString &id : q.downloadedIds) {
            const auto it = d.registry.byId.constFind(id);
            if (it != d.registry.byId.cend())
                downloaded[size_t(*it)] = 1;
            // Every entry with that id counts (an id may be in both sections).
        }
        if (size_t(d.registry.byId.size()) != n) // an id in both sections: mark every copy
            for (size_t i = 0; i < n; ++i)
                if (!downloaded[i] && q.downloadedIds.contains(entries.at(qsizetype(i)).id))
                    downloaded[i] = 1;
    }

    std::vector<quint8> in(n, 0);
    std::vector<Counts> slices(static_cast<size_t>(workers));
    for (Counts &c : slices)
        c.init(d);
    // One pass over each slice: the text terms, then the facets of what matched. (One parallel
    // pass, not one for the text and one for the facets: each pass ends by waiting for the
    // slices other threads took, and on a busy 2-core machine a thread that took one may wait
    // a scheduler tick for the CPU.)
    forSlices(n, workers, [&](size_t from, size_t to, int slot) {
        if (scanText) {
            // The rarest term marks, the others filter the survivors of the slice.
            markTerm(d, finders[byRarity.front()], text, from, to);
            for (size_t k = 1; k < byRarity.size(); ++k)
                filterTerm(d, finders[byRarity[k]], text, from, to);
        }
        Counts &c = slices[size_t(slot)];
        for (size_t i = from; i < to; ++i) {
            if (!text[i])
                continue;
            quint8 m = 0;
            if (!domainOn || (d.t->domain[i] >= 0 && domainSel[size_t(d.t->domain[i])]))
                m |= FDomain;
            if (!modelOn || (d.t->model[i] >= 0 && modelSel[size_t(d.t->model[i])]))
                m |= FModel;
            if (!licenseOn || (d.t->license[i] >= 0 && licenseSel[size_t(d.t->license[i])]))
                m |= FLicense;
            if (!impossibleTag) {
                bool all = true;
                const auto tb = d.t->tagIds.begin() + d.t->tagStart[i];
                const auto te = d.t->tagIds.begin() + d.t->tagStart[i + 1];
                for (int t : requiredTags) {
                    if (std::find(tb, te, t) == te) {
                        all = false;
                        break;
                    }
                }
                if (all)
                    m |= FTags;
            }
            if (!q.kind || quint8(*q.kind) == d.t->kind[i])
                m |= FKind;
            if ((q.minParams < 0 || d.t->params[i] >= q.minParams) &&
                (q.maxParams < 0 || d.t->params[i] <= q.maxParams))
                m |= FParams;
            const bool isDownloaded = !downloaded.empty() && downloaded[i];
            if (q.downloaded == Query::Downloaded::Any ||
                (q.downloaded == Query::Downloaded::Yes) == isDownloaded)
                m |= FDownloaded;

            const quint8 missing = kAllFacets & ~m;
            if (missing != 0 && (missing & (missing - 1)) != 0)
                continue; // fails two facets: counts nowhere
            if (missing == 0) {
                in[i] = 1;
                ++c.rows;
            }
            // Count toward a facet when everything else matches.
            if (!(missing & ~FDomain) && d.t->domain[i] >= 0)
                ++c.domain[size_t(d.t->domain[i])];
            if (!(missing & ~FModel) && d.t->model[i] >= 0)
                ++c.model[size_t(d.t->model[i])];
            if (!(missing & ~FLicense) && d.t->license[i] >= 0)
                ++c.license[size_t(d.t->license[i])];
            if (!(missing & ~FTags))
                for (int k = d.t->tagStart[i]; k < d.t->tagStart[i + 1]; ++k)
                    ++c.tag[size_t(d.t->tagIds[size_t(k)])];
            if (!(missing & ~FKind))
                ++c.kind[d.t->kind[i]];
            if (!(missing & ~FParams))
                ++c.params[size_t(d.t->paramId[i])];
            if (!(missing & ~FDownloaded))
                ++c.downloaded[isDownloaded ? 0 : 1];
        }
    });
    Counts &counts = slices.front();
    for (size_t s = 1; s < slices.size(); ++s)
        counts.add(slices[s]);

    // Order: filter a full precomputed order when there is one (or many rows), else sort just
    // the rows on their precomputed keys (same order: key, then id).
    const size_t rowCount = counts.rows;
    result.rows.reserve(qsizetype(rowCount));
    const size_t field = size_t(q.sort);
    if (d.orderBuilt[field].load(std::memory_order_acquire) || rowCount > n / 4) {
        const std::vector<int> &order = d.orderFor(q.sort);
        if (q.descending) {
            for (auto it = order.rbegin(); it != order.rend(); ++it)
                if (in[size_t(*it)])
                    result.rows.append(*it);
        } else {
            for (int row : order)
                if (in[size_t(row)])
                    result.rows.append(row);
        }
    } else {
        std::vector<int> rows;
        rows.reserve(rowCount);
        for (size_t i = 0; i < n; ++i)
            if (in[i])
                rows.push_back(int(i));
        const std::vector<qint64> *key = q.sort == SortField::Id ? nullptr : &d.t->sortKey[field];
        std::sort(rows.begin(), rows.end(), [&](int a, int b) {
            if (key) {
                const qint64 ka = (*key)[size_t(a)], kb = (*key)[size_t(b)];
                if (ka != kb)
                    return ka < kb;
            }
            return d.t->idRank[size_t(a)] < d.t->idRank[size_t(b)];
        });
        if (q.descending)
            std::reverse(rows.begin(), rows.end());
        for (int row : rows)
            result.rows.append(row);
    }

    result.domains = facetList(d.t->domains.names, counts.domain, q.domains);
    result.modelTypes = facetList(d.t->models.names, counts.model, q.modelTypes);
    result.licenses = facetList(d.t->licenses.names, counts.license, q.licenses);
    result.tags = facetList(d.t->tags.names, counts.tag, q.tags);
    const QStringList kindNames{kindName(EntryKind::Trace), kindName(EntryKind::Compute)};
    result.kinds = facetList(kindNames, {counts.kind[0], counts.kind[1]},
                             q.kind ? QStringList{kindName(*q.kind)} : QStringList());
    for (size_t i = 0; i < d.t->paramValues.size(); ++i)
        if (counts.params[i] > 0)
            result.paramCounts.append(
                FacetValue{QString::number(d.t->paramValues[i]), counts.params[i]});
    QStringList downloadedSel;
    if (q.downloaded != Query::Downloaded::Any)
        downloadedSel.append(q.downloaded == Query::Downloaded::Yes ? u"yes"_s : u"no"_s);
    result.downloaded =
        facetList({u"yes"_s, u"no"_s}, {counts.downloaded[0], counts.downloaded[1]}, downloadedSel);
    return result;
}

} // namespace

SearchResult RegistryIndex::search(const Query &query) const
{
    return runSearch(*d, query);
}

QFuture<SearchResult> RegistryIndex::searchAsync(const Query &query) const
{
    // The lambda owns a reference to the snapshot, so replacing this index (or destroying it)
    // while the search runs is safe.
    std::shared_ptr<const Data> data = d;
    return QtConcurrent::run(workPool(), [data, query] { return runSearch(*data, query); });
}

QFuture<RegistryIndex> RegistryIndex::buildAsync(Registry registry)
{
    return QtConcurrent::run(workPool(), [registry = std::move(registry)]() mutable {
        return RegistryIndex(std::move(registry));
    });
}

} // namespace pt::registry
