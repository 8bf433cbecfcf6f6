#include "core/registry/indextables.h"

#include "core/registry/registryindex.h"

#include <cstring>
#include <limits>
#include <thread>

#ifdef __SSE2__
#include <emmintrin.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace pt::registry::detail {

int ValueTable::intern(const QString &value)
{
    if (value.isEmpty())
        return -1;
    const auto p = byPointer.constFind(value.constData());
    if (p != byPointer.cend())
        return *p;
    const auto hit = exact.constFind(value);
    int id;
    if (hit != exact.cend()) {
        id = *hit;
    } else {
        id = internLower(value, value.toLower());
        exact.insert(value, id);
    }
    byPointer.insert(value.constData(), id);
    return id;
}

int ValueTable::internLower(const QString &value, const QString &lower)
{
    const auto it = byLower.constFind(lower);
    if (it != byLower.cend())
        return *it;
    const int id = int(names.size());
    names.append(value);
    lowers.append(lower);
    byLower.insert(lower, id);
    return id;
}

void appendLower(QByteArray &out, const QString &s)
{
    const qsizetype n = s.size();
    const QChar *p = s.constData();
    const qsizetype at = out.size();
    out.resize(at + n);
    char *d = out.data() + at;
    qsizetype i = 0;
#ifdef __SSE2__
    // 16 characters at a time while they are ASCII: narrowed to bytes, A-Z lowered, NUL made
    // a space (NUL separates the entries).
    {
        const __m128i high = _mm_set1_epi16(short(0xff80));
        const __m128i zero = _mm_setzero_si128();
        const __m128i beforeA = _mm_set1_epi8('A' - 1);
        const __m128i afterZ = _mm_set1_epi8('Z' + 1);
        const __m128i caseBit = _mm_set1_epi8(0x20);
        const __m128i space = _mm_set1_epi8(' ');
        for (; i + 16 <= n; i += 16) {
            const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
            const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i + 8));
            const __m128i nonAscii = _mm_and_si128(_mm_or_si128(a, b), high);
            if (_mm_movemask_epi8(_mm_cmpeq_epi16(nonAscii, zero)) != 0xffff)
                break; // the scalar loop below handles the rest
            __m128i bytes = _mm_packus_epi16(a, b);
            const __m128i upper =
                _mm_and_si128(_mm_cmpgt_epi8(bytes, beforeA), _mm_cmplt_epi8(bytes, afterZ));
            bytes = _mm_or_si128(bytes, _mm_and_si128(upper, caseBit));
            const __m128i nul = _mm_cmpeq_epi8(bytes, zero);
            bytes = _mm_or_si128(_mm_andnot_si128(nul, bytes), _mm_and_si128(nul, space));
            _mm_storeu_si128(reinterpret_cast<__m128i *>(d + i), bytes);
        }
    }
#endif
    for (; i < n; ++i) {
        const char16_t u = p[i].unicode();
        if (u >= 0x80) {
            // Other text goes through QString::toLower like the query does.
            out.truncate(at);
            QByteArray lower = s.toLower().toUtf8();
            lower.replace('\0', ' ');
            out += lower;
            return;
        }
        char c = char(u);
        if (c >= 'A' && c <= 'Z')
            c = char(c + 32);
        d[i] = c == '\0' ? ' ' : c;
    }
}

void IndexSlice::reserve(qsizetype entries, qsizetype textBytes)
{
    const size_t n = size_t(entries);
    haystack.reserve(textBytes);
    hayEnd.reserve(n);
    for (std::vector<int> *v : {&domain, &model, &license, &params, &created, &tagEnd})
        v->reserve(n);
    tagIds.reserve(n * 4);
    vertices.reserve(n);
    size.reserve(n);
    kind.reserve(n);
}

void IndexSlice::add(const Entry &e)
{
    const Metadata &m = e.metadata;
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
    hayEnd.push_back(haystack.size());

    domain.push_back(domains.intern(m.domain));
    model.push_back(models.intern(m.modelType));
    license.push_back(licenses.intern(e.effectiveLicense()));
    params.push_back(e.parameterCount());
    kind.push_back(quint8(e.kind));
    const size_t first = tagIds.size();
    for (const QString &t : m.tags) {
        const int id = tags.intern(t);
        if (id >= 0 &&
            std::find(tagIds.begin() + qsizetype(first), tagIds.end(), id) == tagIds.end())
            tagIds.push_back(id);
    }
    tagEnd.push_back(int(tagIds.size()));
    vertices.push_back(e.traceVertices());
    size.push_back(e.totalSize());
    // Dates are ISO strings with few distinct values, mostly sharing data (the parser interns
    // them): slots by data pointer here, ranked by text when the slices are stitched.
    if (m.created.isEmpty()) {
        created.push_back(-1);
    } else {
        const auto it = createdSlot.constFind(m.created.constData());
        if (it != createdSlot.cend()) {
            created.push_back(*it);
        } else {
            const int slot = int(createdValues.size());
            createdValues.append(m.created);
            createdSlot.insert(m.created.constData(), slot);
            created.push_back(slot);
        }
    }
}

std::shared_ptr<const IndexTables> assembleIndex(const Entry *entries, qsizetype count,
                                                 std::vector<IndexSlice> &slices,
                                                 std::vector<int> idOrder)
{
    auto t = std::make_shared<IndexTables>();
    t->entries = entries;
    t->count = count;
    const size_t n = size_t(count);

    // Text: the slices' buffers end to end, on a thread of its own for large registries
    // (a plain copy of tens of MB beside the remapping below).
    auto text = [&] {
        qsizetype total = 0;
        for (const IndexSlice &s : slices)
            total += s.haystack.size();
        t->haystack.resize(total);
        adviseHugePages(t->haystack.constData(), size_t(total));
        t->hayStart.reserve(n + 1);
        t->hayStart.push_back(0);
        char *out = t->haystack.data();
        qsizetype base = 0;
        for (const IndexSlice &s : slices) {
            std::memcpy(out + base, s.haystack.constData(), size_t(s.haystack.size()));
            for (qsizetype end : s.hayEnd)
                t->hayStart.push_back(base + end);
            base += s.haystack.size();
        }
    };
    std::thread textThread;
    if (n >= 16384 && std::thread::hardware_concurrency() > 1)
        textThread = std::thread(text);
    else
        text();

    // Facets: slice-local ids to global ones, in slice order (so a value is shown as first
    // written in the file, and ids follow first appearance as when built in one go).
    auto remap = [&](ValueTable IndexSlice::*table, std::vector<int> IndexSlice::*ids,
                     ValueTable &global, std::vector<int> &out) {
        out.reserve(n);
        for (IndexSlice &s : slices) {
            const ValueTable &local = s.*table;
            std::vector<int> map(size_t(local.names.size()));
            for (qsizetype j = 0; j < local.names.size(); ++j)
                map[size_t(j)] = global.internLower(local.names.at(j), local.lowers.at(j));
            for (int v : s.*ids)
                out.push_back(v < 0 ? -1 : map[size_t(v)]);
        }
    };
    remap(&IndexSlice::domains, &IndexSlice::domain, t->domains, t->domain);
    remap(&IndexSlice::models, &IndexSlice::model, t->models, t->model);
    remap(&IndexSlice::licenses, &IndexSlice::license, t->licenses, t->license);
    t->tagStart.reserve(n + 1);
    for (IndexSlice &s : slices) {
        std::vector<int> map(size_t(s.tags.names.size()));
        for (qsizetype j = 0; j < s.tags.names.size(); ++j)
            map[size_t(j)] = t->tags.internLower(s.tags.names.at(j), s.tags.lowers.at(j));
        int from = 0;
        for (int end : s.tagEnd) {
            t->tagStart.push_back(int(t->tagIds.size()));
            for (int k = from; k < end; ++k)
                t->tagIds.push_back(map[size_t(s.tagIds[size_t(k)])]);
            from = end;
        }
    }
    t->tagStart.push_back(int(t->tagIds.size()));

    constexpr qint64 kMissing = std::numeric_limits<qint64>::max(); // sorts after real values
    for (size_t f = 1; f < t->sortKey.size(); ++f)
        t->sortKey[f].reserve(n);
    auto &paramKey = t->sortKey[size_t(SortField::Params)];
    auto &vertexKey = t->sortKey[size_t(SortField::Vertices)];
    auto &sizeKey = t->sortKey[size_t(SortField::Size)];
    auto &createdKey = t->sortKey[size_t(SortField::Created)];
    t->params.reserve(n);
    t->kind.reserve(n);
    // Dates: the distinct strings of all slices ranked by text (equal dates held in different
    // strings share a rank).
    std::vector<const QString *> dates;
    std::vector<size_t> dateBase;
    for (const IndexSlice &s : slices) {
        dateBase.push_back(dates.size());
        for (const QString &d : s.createdValues)
            dates.push_back(&d);
    }
    std::vector<size_t> byDate(dates.size());
    for (size_t i = 0; i < byDate.size(); ++i)
        byDate[i] = i;
    std::sort(byDate.begin(), byDate.end(),
              [&](size_t a, size_t b) { return *dates[a] < *dates[b]; });
    std::vector<qint64> dateRank(dates.size());
    qint64 rank = -1;
    for (size_t k = 0; k < byDate.size(); ++k) {
        if (k == 0 || *dates[byDate[k]] != *dates[byDate[k - 1]])
            ++rank;
        dateRank[byDate[k]] = rank;
    }
    for (size_t si = 0; si < slices.size(); ++si) {
        const IndexSlice &s = slices[si];
        for (size_t j = 0; j < s.params.size(); ++j) {
            const int p = s.params[j];
            t->params.push_back(p);
            paramKey.push_back(p < 0 ? kMissing : p);
            vertexKey.push_back(s.vertices[j] < 0 ? kMissing : s.vertices[j]);
            sizeKey.push_back(s.size[j] < 0 ? kMissing : s.size[j]);
            createdKey.push_back(s.created[j] < 0 ? kMissing
                                                  : dateRank[dateBase[si] + size_t(s.created[j])]);
        }
        t->kind.insert(t->kind.end(), s.kind.begin(), s.kind.end());
    }

    // Parameter counts: distinct values ascending, each entry pointing at its value.
    t->paramValues = t->params;
    std::sort(t->paramValues.begin(), t->paramValues.end());
    t->paramValues.erase(std::unique(t->paramValues.begin(), t->paramValues.end()),
                         t->paramValues.end());
    t->paramId.resize(n);
    for (size_t i = 0; i < n; ++i)
        t->paramId[i] =
            int(std::lower_bound(t->paramValues.begin(), t->paramValues.end(), t->params[i]) -
                t->paramValues.begin());

    if (idOrder.size() != n)
        idOrder =
            sortedIdOrder(n, [entries](size_t i) -> const QString & { return entries[i].id; });
    t->idOrder = std::move(idOrder);
    t->idRank.resize(n);
    for (size_t i = 0; i < n; ++i)
        t->idRank[size_t(t->idOrder[i])] = int(i);
    if (textThread.joinable())
        textThread.join();
    return t;
}

std::shared_ptr<const IndexTables> buildIndexTables(const QList<Entry> &entries)
{
    const size_t n = size_t(entries.size());
    // Below this many entries the work is too small to pay for more threads.
    const int workers = n < 16384 ? 1 : std::clamp(int(std::thread::hardware_concurrency()), 1, 4);
    std::vector<IndexSlice> slices(static_cast<size_t>(workers));
    const Entry *data = entries.constData();
    auto build = [&](int w) {
        const size_t from = n * size_t(w) / size_t(workers);
        const size_t to = n * size_t(w + 1) / size_t(workers);
        IndexSlice &s = slices[size_t(w)];
        qsizetype text = 0;
        for (size_t i = from; i < to; ++i)
            text += data[i].id.size() + data[i].description.size() + 64;
        s.reserve(qsizetype(to - from), text);
        for (size_t i = from; i < to; ++i)
            s.add(data[i]);
    };
    std::vector<int> order;
    auto sortIds = [&] {
        order = sortedIdOrder(n, [data](size_t i) -> const QString & { return data[i].id; });
    };
    // The id order (string comparisons) is the other big part: a thread of its own on large
    // registries. Never the caller's thread pool, which may be the one running this.
    std::vector<std::thread> threads;
    if (workers > 1) {
        threads.emplace_back(sortIds);
        for (int w = 1; w < workers; ++w)
            threads.emplace_back(build, w);
    }
    build(0);
    if (workers == 1)
        sortIds();
    for (std::thread &th : threads)
        th.join();
    return assembleIndex(data, qsizetype(n), slices, std::move(order));
}

void adviseHugePages(const void *p, size_t bytes)
{
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr uintptr_t kHuge = uintptr_t(2) << 20;
    if (!p || bytes < 4 * kHuge)
        return;
    const uintptr_t begin = (reinterpret_cast<uintptr_t>(p) + kHuge - 1) & ~(kHuge - 1);
    const uintptr_t end = (reinterpret_cast<uintptr_t>(p) + bytes) & ~(kHuge - 1);
    if (end > begin)
        (void)madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
    Q_UNUSED(p);
    Q_UNUSED(bytes);
#endif
}

} // namespace pt::registry::detail
