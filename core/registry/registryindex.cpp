#include "core/registry/registryindex.h"

#include <QHash>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <cstring>
#include <map>
#include <mutex>
#include <vector>

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

// Facet values are matched case-insensitively but shown as first written.
struct ValueTable
{
    QStringList names;
    QHash<QString, int> byLower;
    QHash<QString, int> exact; // fast path without lower-casing (values repeat a lot)
    QHash<const QChar *, int> byPointer;

    int intern(const QString &value)
    {
        if (value.isEmpty())
            return -1;
        // The parser shares one QString per distinct value, so the data pointer identifies
        // most values without hashing their text.
        const auto p = byPointer.constFind(value.constData());
        if (p != byPointer.cend())
            return *p;
        const auto hit = exact.constFind(value);
        const int id = hit != exact.cend() ? *hit : internLower(value);
        if (hit == exact.cend())
            exact.insert(value, id);
        byPointer.insert(value.constData(), id);
        return id;
    }
    int internLower(const QString &value)
    {
        const QString key = value.toLower();
        const auto it = byLower.constFind(key);
        if (it != byLower.cend())
            return *it;
        const int id = int(names.size());
        names.append(value);
        byLower.insert(key, id);
        return id;
    }
    int find(const QString &value) const { return byLower.value(value.toLower(), -1); }
};

// Lower-cased UTF-8 of `s` appended to `out`, with an ASCII fast path (nearly all registry
// text is ASCII); other text goes through QString::toLower like the query does.
void appendLower(QByteArray &out, const QString &s)
{
    const qsizetype n = s.size();
    const QChar *p = s.constData();
    const qsizetype at = out.size();
    out.resize(at + n);
    char *d = out.data() + at;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = p[i].unicode();
        if (u >= 0x80) {
            out.truncate(at);
            out += s.toLower().toUtf8();
            return;
        }
        char c = char(u);
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
        d[i] = c == '\0' ? ' ' : c;
    }
}

} // namespace

struct RegistryIndex::Data
{
    Registry registry;
    // Text: one buffer of per-entry haystacks separated by NUL, searched with memmem.
    QByteArray haystack;
    std::vector<qsizetype> hayStart; // entry i spans [hayStart[i], hayStart[i+1]-1)
    // Facets.
    ValueTable domains, models, licenses, tags;
    std::vector<int> domain, model, license, params;
    std::vector<quint8> kind;
    std::vector<int> tagStart; // tags of entry i: tagIds[tagStart[i] .. tagStart[i+1])
    std::vector<int> tagIds;
    // Ascending orders for each sort field (ties by id). The id order is built with the
    // index; the others on first use (call_once keeps that safe from any thread).
    mutable std::array<std::vector<int>, 5> order;
    mutable std::array<std::once_flag, 5> orderOnce;
    std::vector<int> idRank;

    explicit Data(Registry r);
    const std::vector<int> &orderFor(SortField f) const;
    void buildOrder(SortField f) const;
};

RegistryIndex::Data::Data(Registry r) : registry(std::move(r))
{
    const QList<Entry> &entries = registry.entries;
    const size_t n = size_t(entries.size());
    hayStart.reserve(n + 1);
    domain.resize(n);
    model.resize(n);
    license.resize(n);
    params.resize(n);
    kind.resize(n);
    tagStart.reserve(n + 1);
    qsizetype estimate = 0;
    for (const Entry &e : entries)
        estimate += e.id.size() + e.description.size() + 64;
    haystack.reserve(estimate);
    for (size_t i = 0; i < n; ++i) {
        const Entry &e = entries.at(qsizetype(i));
        const Metadata &m = e.metadata;
        hayStart.push_back(haystack.size());
        appendLower(haystack, e.id);
        haystack += ' ';
        appendLower(haystack, e.description);
        haystack += ' ';
        for (const QString &t : m.tags) {
            appendLower(haystack, t);
            haystack += ' ';
        }
        appendLower(haystack, m.author);
        haystack += ' ';
        appendLower(haystack, m.modelType);
        haystack += ' ';
        appendLower(haystack, m.domain);
        haystack += '\0';

        domain[i] = domains.intern(m.domain);
        model[i] = models.intern(m.modelType);
        license[i] = licenses.intern(e.effectiveLicense());
        params[i] = e.parameterCount();
        kind[i] = quint8(e.kind);
        tagStart.push_back(int(tagIds.size()));
        for (const QString &t : m.tags) {
            const int id = tags.intern(t);
            if (id >= 0 &&
                std::find(tagIds.begin() + tagStart.back(), tagIds.end(), id) == tagIds.end())
                tagIds.push_back(id);
        }
    }
    hayStart.push_back(haystack.size());
    tagStart.push_back(int(tagIds.size()));

    // Sort orders. Ids are unique per section; compare them once, then sort the other fields
    // on (key, id rank) integer pairs, which is much cheaper than string comparisons.
    std::vector<int> &byId = order[size_t(SortField::Id)];
    byId.resize(n);
    for (size_t i = 0; i < n; ++i)
        byId[i] = int(i);
    std::sort(byId.begin(), byId.end(), [&](int a, int b) {
        const int c = entries.at(a).id.compare(entries.at(b).id);
        return c != 0 ? c < 0 : a < b;
    });
    idRank.resize(n);
    for (size_t i = 0; i < n; ++i)
        idRank[size_t(byId[i])] = int(i);
    std::call_once(orderOnce[size_t(SortField::Id)], [] {});
}

const std::vector<int> &RegistryIndex::Data::orderFor(SortField field) const
{
    std::call_once(orderOnce[size_t(field)], [&] { buildOrder(field); });
    return order[size_t(field)];
}

void RegistryIndex::Data::buildOrder(SortField field) const
{
    const QList<Entry> &entries = registry.entries;
    const size_t n = size_t(entries.size());
    const std::vector<int> &byId = order[size_t(SortField::Id)];
    // Missing values (-1) sort after every real value.
    auto sortBy = [&](SortField f, auto key) {
        std::vector<std::pair<qint64, int>> keyed(n);
        for (size_t i = 0; i < n; ++i) {
            const qint64 k = key(entries.at(qsizetype(i)));
            keyed[i] = {k < 0 ? std::numeric_limits<qint64>::max() : k, idRank[i]};
        }
        std::vector<int> &o = order[size_t(f)];
        o = byId;
        std::sort(o.begin(), o.end(),
                  [&](int a, int b) { return keyed[size_t(a)] < keyed[size_t(b)]; });
    };
    switch (field) {
    case SortField::Id:
        return;
    case SortField::Params:
        return sortBy(field, [](const Entry &e) { return qint64(e.parameterCount()); });
    case SortField::Vertices:
        return sortBy(field, [](const Entry &e) { return e.traceVertices(); });
    case SortField::Size:
        return sortBy(field, [](const Entry &e) { return e.totalSize(); });
    case SortField::Created:
        break;
    }
    // Dates are ISO strings (few distinct values): rank the distinct ones.
    std::map<QString, qint64> createdRank;
    for (const Entry &e : entries)
        if (!e.metadata.created.isEmpty())
            createdRank.emplace(e.metadata.created, 0);
    qint64 rank = 0;
    for (auto &kv : createdRank)
        kv.second = rank++;
    sortBy(SortField::Created, [&](const Entry &e) -> qint64 {
        if (e.metadata.created.isEmpty())
            return -1;
        return createdRank.at(e.metadata.created);
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

// Substring search in two flavours: memmem (vectorised, but glibc pays a preprocessing step
// on every call) for long stretches, and memchr + memcmp for one entry's short haystack, where
// that per-call setup dominated when a term hits most entries.
class Finder
{
public:
    explicit Finder(const QByteArray &needle) : m_needle(needle) {}

    // First occurrence in [b, e), or e.
    const char *findLong(const char *b, const char *e) const
    {
        const void *p = memmem(b, size_t(e - b), m_needle.constData(), size_t(m_needle.size()));
        return p ? static_cast<const char *>(p) : e;
    }
    const char *findShort(const char *b, const char *e) const
    {
        const char first = m_needle.at(0);
        const size_t rest = size_t(m_needle.size() - 1);
        const char *last = e - m_needle.size(); // last possible start
        while (b <= last) {
            const void *p = std::memchr(b, first, size_t(last - b + 1));
            if (!p)
                return e;
            const char *c = static_cast<const char *>(p);
            if (std::memcmp(c + 1, m_needle.constData() + 1, rest) == 0)
                return c;
            b = c + 1;
        }
        return e;
    }

private:
    QByteArray m_needle;
};

bool entryContains(const Data &d, const Finder &term, size_t entry)
{
    const char *hay = d.haystack.constData();
    const char *e = hay + d.hayStart[entry + 1];
    return term.findShort(hay + d.hayStart[entry], e) != e;
}

// Marks the entries whose haystack contains `term` with `hits[i] = 1`: memmem jumps to the
// next hit; after a hit the following entries are checked one by one while they keep hitting
// (a common term), and memmem takes over again at the first miss.
void markTerm(const Data &d, const Finder &term, std::vector<quint8> &hits)
{
    const char *hay = d.haystack.constData();
    const char *const end = hay + d.haystack.size();
    const size_t n = hits.size();
    size_t entry = 0;
    while (entry < n) {
        const char *found = term.findLong(hay + d.hayStart[entry], end);
        if (found == end)
            break;
        const qsizetype at = found - hay;
        while (d.hayStart[entry + 1] <= at)
            ++entry;
        hits[entry++] = 1;
        while (entry < n && entryContains(d, term, entry))
            hits[entry++] = 1;
        ++entry; // checked: a miss
    }
}

// Keeps only the candidates whose own haystack contains `term`.
void filterTerm(const Data &d, const Finder &term, std::vector<quint8> &candidates)
{
    for (size_t i = 0; i < candidates.size(); ++i)
        if (candidates[i] && !entryContains(d, term, i))
            candidates[i] = 0;
}

std::vector<quint8> selection(const ValueTable &table, const QStringList &values, bool *active)
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

SearchResult runSearch(const Data &d, const Query &q)
{
    const QList<Entry> &entries = d.registry.entries;
    const size_t n = size_t(entries.size());
    SearchResult result;
    result.total = int(n);

    // Text: every term must match.
    std::vector<quint8> text;
    QList<QByteArray> terms;
    for (const QString &t : q.text.simplified().toLower().split(u' ', Qt::SkipEmptyParts))
        terms.append(t.toUtf8());
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
    if (finders.empty()) {
        text.assign(n, 1);
    } else {
        text.assign(n, 0);
        markTerm(d, finders[byRarity.front()], text);
        for (size_t k = 1; k < byRarity.size(); ++k) {
            const Finder &term = finders[byRarity[k]];
            const size_t left = size_t(std::count(text.begin(), text.end(), quint8(1)));
            if (left == 0)
                break;
            if (left < n / 4) {
                filterTerm(d, term, text);
            } else {
                std::vector<quint8> hits(n, 0);
                markTerm(d, term, hits);
                for (size_t i = 0; i < n; ++i)
                    text[i] &= hits[i];
            }
        }
    }

    bool domainOn, modelOn, licenseOn;
    const auto domainSel = selection(d.domains, q.domains, &domainOn);
    const auto modelSel = selection(d.models, q.modelTypes, &modelOn);
    const auto licenseSel = selection(d.licenses, q.licenses, &licenseOn);
    std::vector<int> requiredTags;
    bool impossibleTag = false;
    for (const QString &t : q.tags) {
        const int id = d.tags.find(t);
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

    std::vector<int> domainCounts(d.domains.names.size()), modelCounts(d.models.names.size()),
        licenseCounts(d.licenses.names.size()), tagCounts(d.tags.names.size());
    std::array<int, 2> kindCounts{}, downloadedCounts{};
    std::map<int, int> paramCounts;
    std::vector<quint8> in(n, 0);

    for (size_t i = 0; i < n; ++i) {
        if (!text[i])
            continue;
        quint8 m = 0;
        if (!domainOn || (d.domain[i] >= 0 && domainSel[size_t(d.domain[i])]))
            m |= FDomain;
        if (!modelOn || (d.model[i] >= 0 && modelSel[size_t(d.model[i])]))
            m |= FModel;
        if (!licenseOn || (d.license[i] >= 0 && licenseSel[size_t(d.license[i])]))
            m |= FLicense;
        if (!impossibleTag) {
            bool all = true;
            for (int t : requiredTags) {
                if (std::find(d.tagIds.begin() + d.tagStart[i],
                              d.tagIds.begin() + d.tagStart[i + 1],
                              t) == d.tagIds.begin() + d.tagStart[i + 1]) {
                    all = false;
                    break;
                }
            }
            if (all)
                m |= FTags;
        }
        if (!q.kind || quint8(*q.kind) == d.kind[i])
            m |= FKind;
        if ((q.minParams < 0 || d.params[i] >= q.minParams) &&
            (q.maxParams < 0 || d.params[i] <= q.maxParams))
            m |= FParams;
        const bool isDownloaded = !downloaded.empty() && downloaded[i];
        if (q.downloaded == Query::Downloaded::Any ||
            (q.downloaded == Query::Downloaded::Yes) == isDownloaded)
            m |= FDownloaded;

        const quint8 missing = kAllFacets & ~m;
        if (missing != 0 && (missing & (missing - 1)) != 0)
            continue; // fails two facets: counts nowhere
        if (missing == 0)
            in[i] = 1;
        // Count toward a facet when everything else matches.
        if (!(missing & ~FDomain) && d.domain[i] >= 0)
            ++domainCounts[size_t(d.domain[i])];
        if (!(missing & ~FModel) && d.model[i] >= 0)
            ++modelCounts[size_t(d.model[i])];
        if (!(missing & ~FLicense) && d.license[i] >= 0)
            ++licenseCounts[size_t(d.license[i])];
        if (!(missing & ~FTags))
            for (int k = d.tagStart[i]; k < d.tagStart[i + 1]; ++k)
                ++tagCounts[size_t(d.tagIds[size_t(k)])];
        if (!(missing & ~FKind))
            ++kindCounts[d.kind[i]];
        if (!(missing & ~FParams))
            ++paramCounts[d.params[i]];
        if (!(missing & ~FDownloaded))
            ++downloadedCounts[isDownloaded ? 0 : 1];
    }

    const std::vector<int> &order = d.orderFor(q.sort);
    result.rows.reserve(qsizetype(std::count(in.begin(), in.end(), quint8(1))));
    if (q.descending) {
        for (auto it = order.rbegin(); it != order.rend(); ++it)
            if (in[size_t(*it)])
                result.rows.append(*it);
    } else {
        for (int row : order)
            if (in[size_t(row)])
                result.rows.append(row);
    }

    result.domains = facetList(d.domains.names, domainCounts, q.domains);
    result.modelTypes = facetList(d.models.names, modelCounts, q.modelTypes);
    result.licenses = facetList(d.licenses.names, licenseCounts, q.licenses);
    result.tags = facetList(d.tags.names, tagCounts, q.tags);
    const QStringList kindNames{kindName(EntryKind::Trace), kindName(EntryKind::Compute)};
    result.kinds = facetList(kindNames, {kindCounts[0], kindCounts[1]},
                             q.kind ? QStringList{kindName(*q.kind)} : QStringList());
    for (const auto &[count, num] : paramCounts)
        result.paramCounts.append(FacetValue{QString::number(count), num});
    QStringList downloadedSel;
    if (q.downloaded != Query::Downloaded::Any)
        downloadedSel.append(q.downloaded == Query::Downloaded::Yes ? u"yes"_s : u"no"_s);
    result.downloaded =
        facetList({u"yes"_s, u"no"_s}, {downloadedCounts[0], downloadedCounts[1]}, downloadedSel);
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
    return QtConcurrent::run([data, query] { return runSearch(*data, query); });
}

QFuture<RegistryIndex> RegistryIndex::buildAsync(Registry registry)
{
    return QtConcurrent::run(
        [registry = std::move(registry)]() mutable { return RegistryIndex(std::move(registry)); });
}

} // namespace pt::registry
