// Registry search index: text, each facet, facet counts, sorting, async use.
#include "core/registry/registryindex.h"
#include "core/registry/registryparser.h"
#include "tests/bench/syntheticregistry.h"

#include <QMap>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace pt::registry;
using namespace Qt::StringLiterals;

namespace {

// Six entries across both kinds (a mixed file is allowed: the section decides the kind).
const char kSample[] = R"({
  "version": "1.0.0",
  "traces": {
    "alpha": {"cid": "QmStRuZZVvHNGjcgxPPy7rRMxVzhRmuTgpQ2oPLBJiHEXg",
      "description": "Kingman coalescent n=3",
      "metadata": {"model_type": "coalescent", "domain": "population-genetics", "param_length": 1,
        "vertices": 3, "author": "Ann Author", "license": "MIT", "created": "2025-01-01",
        "tags": ["coalescent", "kingman"]},
      "files": {"trace.json.gz": {"size_bytes": 100}, "metadata.json": {"size_bytes": 50}}},
    "beta": {"cid": "QmStRuZZVvHNGjcgxPPy7rRMxVzhRmuTgpQ2oPLBJiHEXg",
      "description": "Island model with two demes",
      "metadata": {"model_type": "island", "domain": "population-genetics", "param_length": 3,
        "vertices": 10, "author": "Bob Builder", "license": "CC-BY-4.0", "created": "2025-03-01",
        "tags": ["migration", "island"]},
      "files": {"trace.json.gz": {"size_bytes": 1000}}},
    "gamma": {"cid": "QmStRuZZVvHNGjcgxPPy7rRMxVzhRmuTgpQ2oPLBJiHEXg",
      "description": "SIR epidemic",
      "metadata": {"model_type": "sir", "domain": "epidemiology", "param_length": 2,
        "vertices": 20, "author": "Ann Author", "license": "MIT", "created": "2024-06-01",
        "tags": ["epidemic"]},
      "files": {"trace.json.gz": {"size_bytes": 500}}}
  },
  "computes": {
    "delta": {"format_revision": 2,
      "artifacts": {"parent": {"cid_or_path": "artifacts/d.bin", "sha256": "916b1614f5b1ad84deddb27ff3dbc13d288ec7f8e273d9bc25ab451bea382407", "size_bytes": 5000}},
      "metadata": {"description": "Kingman coalescent compute", "model_type": "coalescent",
        "domain": "population-genetics", "param_length": 1, "vertices": 6, "author": "Carl",
        "license": "MIT", "tags": ["coalescent", "kingman"]}},
    "epsilon": {"format_revision": 2,
      "artifacts": {"parent": {"cid_or_path": "artifacts/e.bin", "sha256": "916b1614f5b1ad84deddb27ff3dbc13d288ec7f8e273d9bc25ab451bea382407", "size_bytes": 2304}},
      "metadata": {"description": "Two-step chain demo", "model_type": "chain",
        "domain": "examples", "param_length": 1, "vertices": 3, "license": "MIT",
        "tags": ["demo"]}},
    "Zeta": {"format_revision": 2,
      "artifacts": {"parent": {"cid_or_path": "artifacts/z.bin", "sha256": "916b1614f5b1ad84deddb27ff3dbc13d288ec7f8e273d9bc25ab451bea382407", "size_bytes": 9000}},
      "metadata": {"description": "Structured COALESCENT", "model_type": "coalescent",
        "domain": "population-genetics", "param_length": 4, "vertices": 100,
        "license": "Apache-2.0", "tags": ["coalescent", "structure"]}}
  }
}
)";

RegistryIndex sampleIndex()
{
    auto parsed = parseRegistry(QByteArray(kSample));
    if (!parsed.ok())
        qFatal("sample registry: %s", qPrintable(parsed.error().message));
    return RegistryIndex(std::move(*parsed));
}

QStringList ids(const RegistryIndex &index, const SearchResult &result)
{
    QStringList out;
    for (int row : result.rows)
        out.append(index.registry().entries.at(row).id);
    return out;
}

int countOf(const QList<FacetValue> &values, const QString &value)
{
    for (const FacetValue &v : values)
        if (v.value == value)
            return v.count;
    return -1; // not listed
}

// A registry large enough for the index's multi-threaded paths (text scan, facet counting,
// the id order built beside the haystack), with missing values, repeated dates held in
// distinct strings, mixed-case ids and non-ASCII text.
Registry largeRegistry(int n)
{
    static const char16_t *const domains[] = {u"population-genetics", u"epidemiology", u"examples",
                                              u"queueing"};
    static const char16_t *const models[] = {u"coalescent", u"island", u"sir", u"chain", u""};
    Registry reg;
    reg.formatVersion = 1;
    for (int i = 0; i < n; ++i) {
        Entry e;
        // Mixed case, and long ids sharing their first 16+ characters (compared in full).
        const QString number = QString::number((i * 7919) % n);
        e.id = i % 5 == 1   ? u"shared_long_prefix_"_s + number
               : i % 7 == 0 ? u"Model_"_s + number
                            : u"model_"_s + number;
        e.kind = i % 3 == 0 ? EntryKind::Compute : EntryKind::Trace;
        e.description = u"Synthetic %1 entry number %2%3"_s.arg(
            i % 11 == 0 ? u"Kingman"_s : u"birth"_s, QString::number(i),
            i % 13 == 0 ? u" Røikjer"_s : QString());
        e.metadata.domain = QString::fromUtf16(domains[i % 4]);
        e.metadata.modelType = QString::fromUtf16(models[(i / 3) % 5]);
        e.metadata.author = u"Author %1"_s.arg(i % 37);
        e.metadata.paramLength = i % 9 == 0 ? -1 : (i * 31) % 7;
        e.metadata.vertices = i % 5 == 0 ? -1 : (i * 17) % 1000;
        if (i % 4 != 0)
            e.metadata.created = u"2025-%1-01"_s.arg(1 + (i * 13) % 12, 2, 10, QLatin1Char('0'));
        for (int t = 0; t < 1 + i % 4; ++t)
            e.metadata.tags.append(u"tag%1"_s.arg((i + t * 5) % 23));
        e.metadata.license = i % 6 == 0 ? QString() : u"MIT"_s;
        e.license = i % 10 == 0 ? u"CC0-1.0"_s : QString();
        FileRef f;
        f.name = u"trace.json.gz"_s;
        f.size = i % 8 == 0 ? -1 : (i * 101) % 5000;
        e.files.append(f);
        reg.byId.insert(e.id, reg.entries.size());
        reg.entries.append(e);
    }
    return reg;
}

// The obvious, slow answer for the rows of a query (text, domain, tags, params, sort).
QStringList referenceHaystacks(const Registry &reg)
{
    QStringList out;
    for (const Entry &e : reg.entries)
        out.append((e.id + u' ' + e.description + u' ' + e.metadata.tags.join(u' ') + u' ' +
                    e.metadata.author + u' ' + e.metadata.modelType + u' ' + e.metadata.domain)
                       .toLower());
    return out;
}

QList<int> referenceRows(const Registry &reg, const QStringList &haystacks, const Query &q)
{
    const QStringList terms = q.text.toLower().split(u' ', Qt::SkipEmptyParts);
    QList<int> rows;
    for (int i = 0; i < reg.entries.size(); ++i) {
        const Entry &e = reg.entries.at(i);
        const QString &hay = haystacks.at(i);
        bool ok = true;
        for (const QString &t : terms)
            ok = ok && hay.contains(t);
        if (!q.domains.isEmpty())
            ok = ok && q.domains.contains(e.metadata.domain, Qt::CaseInsensitive);
        for (const QString &t : q.tags)
            ok = ok && e.metadata.tags.contains(t, Qt::CaseInsensitive);
        if (q.minParams >= 0)
            ok = ok && e.parameterCount() >= q.minParams;
        if (q.maxParams >= 0)
            ok = ok && e.parameterCount() <= q.maxParams;
        if (ok)
            rows.append(i);
    }
    auto key = [&](int i) -> qint64 {
        const Entry &e = reg.entries.at(i);
        qint64 k = 0;
        switch (q.sort) {
        case SortField::Id:
            return 0;
        case SortField::Params:
            k = e.parameterCount();
            break;
        case SortField::Vertices:
            k = e.traceVertices();
            break;
        case SortField::Size:
            k = e.totalSize();
            break;
        case SortField::Created:
            k = e.metadata.created.isEmpty() ? -1 : e.metadata.created.mid(5, 2).toInt();
            break;
        }
        return k < 0 ? std::numeric_limits<qint64>::max() : k;
    };
    std::sort(rows.begin(), rows.end(), [&](int a, int b) {
        const qint64 ka = key(a), kb = key(b);
        if (ka != kb)
            return ka < kb;
        const int c = reg.entries.at(a).id.compare(reg.entries.at(b).id);
        return c != 0 ? c < 0 : a < b;
    });
    if (q.descending)
        std::reverse(rows.begin(), rows.end());
    return rows;
}

} // namespace

Q_DECLARE_METATYPE(Query)

class TestRegistryIndex : public QObject
{
    Q_OBJECT

private slots:
    void emptyQuery()
    {
        const RegistryIndex index = sampleIndex();
        const SearchResult r = index.search(Query{});
        QCOMPARE(r.total, 6);
        // Plain code-point order of ids: upper case first.
        QCOMPARE(ids(index, r), (QStringList{u"Zeta"_s, u"alpha"_s, u"beta"_s, u"delta"_s,
                                             u"epsilon"_s, u"gamma"_s}));
        QCOMPARE(countOf(r.kinds, u"trace"_s), 3);
        QCOMPARE(countOf(r.kinds, u"compute"_s), 3);
        QCOMPARE(countOf(r.domains, u"population-genetics"_s), 4);
        QCOMPARE(countOf(r.tags, u"coalescent"_s), 3);
        QCOMPARE(r.domains.first().value, u"population-genetics"_s); // by count, descending
    }

    void text_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("word in description")
            << u"coalescent"_s << QStringList{u"Zeta"_s, u"alpha"_s, u"delta"_s};
        QTest::newRow("case-insensitive") << u"KINGMAN"_s << QStringList{u"alpha"_s, u"delta"_s};
        QTest::newRow("all terms must match") << u"kingman compute"_s << QStringList{u"delta"_s};
        QTest::newRow("author") << u"ann author"_s << QStringList{u"alpha"_s, u"gamma"_s};
        QTest::newRow("tag") << u"migration"_s << QStringList{u"beta"_s};
        QTest::newRow("domain") << u"epidemiology"_s << QStringList{u"gamma"_s};
        QTest::newRow("model type") << u"chain"_s << QStringList{u"epsilon"_s};
        QTest::newRow("id") << u"zeta"_s << QStringList{u"Zeta"_s};
        QTest::newRow("substring") << u"demes"_s << QStringList{u"beta"_s};
        QTest::newRow("extra spaces") << u"  sir   epidemic "_s << QStringList{u"gamma"_s};
        QTest::newRow("no match") << u"nothing-here"_s << QStringList();
        QTest::newRow("terms from two entries") << u"island sir"_s << QStringList();
    }
    void text()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const RegistryIndex index = sampleIndex();
        Query q;
        q.text = text;
        QCOMPARE(ids(index, index.search(q)), expected);
    }

    void facets_data()
    {
        QTest::addColumn<Query>("query");
        QTest::addColumn<QStringList>("expected");
        Query q;
        q.domains = {u"population-genetics"_s};
        QTest::newRow("domain") << q << QStringList{u"Zeta"_s, u"alpha"_s, u"beta"_s, u"delta"_s};
        q = Query{};
        q.domains = {u"EPIDEMIOLOGY"_s, u"examples"_s};
        QTest::newRow("domain any of, case-insensitive")
            << q << QStringList{u"epsilon"_s, u"gamma"_s};
        q = Query{};
        q.modelTypes = {u"coalescent"_s};
        QTest::newRow("model") << q << QStringList{u"Zeta"_s, u"alpha"_s, u"delta"_s};
        q = Query{};
        q.tags = {u"coalescent"_s, u"kingman"_s};
        QTest::newRow("tags all of") << q << QStringList{u"alpha"_s, u"delta"_s};
        q = Query{};
        q.tags = {u"coalescent"_s, u"no-such-tag"_s};
        QTest::newRow("unknown tag") << q << QStringList();
        q = Query{};
        q.licenses = {u"MIT"_s};
        QTest::newRow("license") << q
                                 << QStringList{u"alpha"_s, u"delta"_s, u"epsilon"_s, u"gamma"_s};
        q = Query{};
        q.kind = EntryKind::Compute;
        QTest::newRow("kind") << q << QStringList{u"Zeta"_s, u"delta"_s, u"epsilon"_s};
        q = Query{};
        q.minParams = 2;
        q.maxParams = 3;
        QTest::newRow("params 2:3") << q << QStringList{u"beta"_s, u"gamma"_s};
        q = Query{};
        q.minParams = 3;
        QTest::newRow("params 3:") << q << QStringList{u"Zeta"_s, u"beta"_s};
        q = Query{};
        q.downloadedIds = {u"beta"_s, u"epsilon"_s, u"not-in-registry"_s};
        q.downloaded = Query::Downloaded::Yes;
        QTest::newRow("downloaded") << q << QStringList{u"beta"_s, u"epsilon"_s};
        q.downloaded = Query::Downloaded::No;
        QTest::newRow("not downloaded")
            << q << QStringList{u"Zeta"_s, u"alpha"_s, u"delta"_s, u"gamma"_s};
        q = Query{};
        q.text = u"coalescent"_s;
        q.kind = EntryKind::Trace;
        q.licenses = {u"MIT"_s};
        QTest::newRow("text + facets") << q << QStringList{u"alpha"_s};
    }
    void facets()
    {
        QFETCH(Query, query);
        QFETCH(QStringList, expected);
        const RegistryIndex index = sampleIndex();
        QCOMPARE(ids(index, index.search(query)), expected);
    }

    void facetCountsUseTheOtherFacets()
    {
        const RegistryIndex index = sampleIndex();
        Query q;
        q.domains = {u"population-genetics"_s};
        q.kind = EntryKind::Trace;
        q.downloadedIds = {u"alpha"_s};
        const SearchResult r = index.search(q);
        QCOMPARE(ids(index, r), (QStringList{u"alpha"_s, u"beta"_s}));
        // Domain counts ignore the domain filter (but keep kind = trace).
        QCOMPARE(countOf(r.domains, u"population-genetics"_s), 2);
        QCOMPARE(countOf(r.domains, u"epidemiology"_s), 1);
        QCOMPARE(countOf(r.domains, u"examples"_s), -1);
        // Kind counts ignore the kind filter (but keep the domain).
        QCOMPARE(countOf(r.kinds, u"trace"_s), 2);
        QCOMPARE(countOf(r.kinds, u"compute"_s), 2);
        // Other facets count the result itself.
        QCOMPARE(countOf(r.modelTypes, u"coalescent"_s), 1);
        QCOMPARE(countOf(r.modelTypes, u"island"_s), 1);
        QCOMPARE(countOf(r.tags, u"kingman"_s), 1);
        QCOMPARE(countOf(r.tags, u"migration"_s), 1);
        QCOMPARE(countOf(r.tags, u"demo"_s), -1);
        QCOMPARE(countOf(r.licenses, u"MIT"_s), 1);
        QCOMPARE(countOf(r.licenses, u"CC-BY-4.0"_s), 1);
        QCOMPARE(countOf(r.paramCounts, u"1"_s), 1);
        QCOMPARE(countOf(r.paramCounts, u"3"_s), 1);
        QCOMPARE(countOf(r.downloaded, u"yes"_s), 1);
        QCOMPARE(countOf(r.downloaded, u"no"_s), 1);

        // A selected value stays listed even when nothing matches it.
        Query none;
        none.domains = {u"examples"_s};
        none.kind = EntryKind::Trace;
        const SearchResult empty = index.search(none);
        QVERIFY(empty.rows.isEmpty());
        QCOMPARE(countOf(empty.domains, u"examples"_s), 0);
        QCOMPARE(countOf(empty.kinds, u"compute"_s), 1);
    }

    void sorting_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("id desc") << int(SortField::Id) << true
                                 << QStringList{u"gamma"_s, u"epsilon"_s, u"delta"_s,
                                                u"beta"_s,  u"alpha"_s,   u"Zeta"_s};
        // Ties are broken by id.
        QTest::newRow("params") << int(SortField::Params) << false
                                << QStringList{u"alpha"_s, u"delta"_s, u"epsilon"_s,
                                               u"gamma"_s, u"beta"_s,  u"Zeta"_s};
        QTest::newRow("params desc")
            << int(SortField::Params) << true
            << QStringList{u"Zeta"_s, u"beta"_s, u"gamma"_s, u"epsilon"_s, u"delta"_s, u"alpha"_s};
        // Trace vertices: v1 metadata + 1.
        QTest::newRow("vertices") << int(SortField::Vertices) << false
                                  << QStringList{u"epsilon"_s, u"alpha"_s, u"delta"_s,
                                                 u"beta"_s,    u"gamma"_s, u"Zeta"_s};
        QTest::newRow("size") << int(SortField::Size) << false
                              << QStringList{u"alpha"_s,   u"gamma"_s, u"beta"_s,
                                             u"epsilon"_s, u"delta"_s, u"Zeta"_s};
        // Entries without a date come last.
        QTest::newRow("created") << int(SortField::Created) << false
                                 << QStringList{u"gamma"_s, u"alpha"_s, u"beta"_s,
                                                u"Zeta"_s,  u"delta"_s, u"epsilon"_s};
    }
    void sorting()
    {
        QFETCH(int, field);
        QFETCH(bool, descending);
        QFETCH(QStringList, expected);
        const RegistryIndex index = sampleIndex();
        Query q;
        q.sort = SortField(field);
        q.descending = descending;
        QCOMPARE(ids(index, index.search(q)), expected);
    }

    void sortFieldNames()
    {
        QCOMPARE(sortFieldFromName(u"Params"), SortField::Params);
        QCOMPARE(sortFieldName(SortField::Created), u"created"_s);
        QVERIFY(!sortFieldFromName(u"colour").has_value());
    }

    void async()
    {
        QFuture<SearchResult> future;
        SearchResult expected;
        {
            const RegistryIndex index = sampleIndex();
            Query q;
            q.text = u"coalescent"_s;
            q.sort = SortField::Size;
            expected = index.search(q);
            future = index.searchAsync(q);
        } // the index goes away; the search keeps its snapshot
        future.waitForFinished();
        const SearchResult got = future.result();
        QCOMPARE(got.rows, expected.rows);
        QCOMPARE(got.tags, expected.tags);
        QCOMPARE(got.rows.size(), 3);
    }

    void buildAsync()
    {
        auto parsed = parseRegistry(QByteArray(kSample));
        QVERIFY(parsed.ok());
        QFuture<RegistryIndex> future = RegistryIndex::buildAsync(std::move(*parsed));
        future.waitForFinished();
        const RegistryIndex index = future.result();
        QCOMPARE(index.search(Query{}).rows.size(), 6);
    }

    // Large registries take the threaded and the sort-only-the-rows paths; they must give
    // exactly what the obvious implementation gives, whichever path runs first.
    void largeMatchesReference()
    {
        const Registry reg = largeRegistry(24000);
        const RegistryIndex index{Registry(reg)};
        const QStringList haystacks = referenceHaystacks(reg);
        QList<Query> queries;
        for (SortField f : {SortField::Id, SortField::Params, SortField::Vertices, SortField::Size,
                            SortField::Created}) {
            for (bool desc : {false, true}) {
                Query q;
                q.sort = f;
                q.descending = desc;
                q.text = u"kingman"_s; // few rows: sorted directly
                queries.append(q);
                q.text.clear(); // all rows: the full order
                queries.append(q);
                q.text = u"author 1 tag2"_s; // several common terms
                q.domains = {u"EPIDEMIOLOGY"_s};
                queries.append(q);
                q.text = u"røikjer 3"_s; // non-ASCII
                q.domains.clear();
                q.tags = {u"tag4"_s};
                q.minParams = 1;
                q.maxParams = 4;
                queries.append(q);
            }
        }
        for (int pass = 0; pass < 2; ++pass) { // before and after the full orders exist
            for (const Query &q : std::as_const(queries)) {
                const SearchResult r = index.search(q);
                const QList<int> expected = referenceRows(reg, haystacks, q);
                QVERIFY2(!expected.isEmpty() || !q.text.startsWith(u"kingman"),
                         "the reference found nothing");
                QCOMPARE(r.rows, expected);
                QCOMPARE(r.total, 24000);
            }
        }
        // Facet counts: parameter counts over all entries, tags over a text match.
        const SearchResult all = index.search(Query{});
        QMap<int, int> params;
        for (const Entry &e : reg.entries)
            ++params[e.parameterCount()];
        QCOMPARE(all.paramCounts.size(), params.size());
        for (const FacetValue &v : all.paramCounts)
            QCOMPARE(v.count, params.value(v.value.toInt()));
        Query q;
        q.text = u"birth"_s;
        const SearchResult r = index.search(q);
        int tag7 = 0, mit = 0;
        for (int row : r.rows) {
            tag7 += reg.entries.at(row).metadata.tags.contains(u"tag7"_s);
            mit += reg.entries.at(row).effectiveLicense() == u"MIT"_s;
        }
        QVERIFY(tag7 > 0);
        QCOMPARE(countOf(r.tags, u"tag7"_s), tag7);
        QCOMPARE(countOf(r.licenses, u"MIT"_s), mit);
    }

    // The parser builds the search tables on its worker threads (per chunk of entries, then
    // stitched); an index built from the same entries without them must answer identically.
    void parsedTablesMatchRebuilt_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("threads");
        QTest::newRow("v1, 3 threads") << pt::bench::makeV1(5000) << 3;
        QTest::newRow("v2, 2 threads") << pt::bench::makeV2(5000) << 2;
        QTest::newRow("v1, 1 thread") << pt::bench::makeV1(300) << 1;
    }
    void parsedTablesMatchRebuilt()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, threads);
        ParseOptions o;
        o.threads = threads;
        auto parsed = parseRegistry(json, o);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QVERIFY(parsed->indexTables); // built by the parser
        Registry bare = *parsed;
        bare.indexTables.reset();
        const RegistryIndex fromParser{Registry(*parsed)};
        const RegistryIndex rebuilt{bare};
        QList<Query> queries;
        for (SortField f : {SortField::Id, SortField::Params, SortField::Vertices, SortField::Size,
                            SortField::Created}) {
            Query q;
            q.sort = f;
            q.descending = f == SortField::Vertices;
            queries.append(q);
            q.text = u"Synthetic 42"_s;
            queries.append(q);
            q.text = u"author 1 TAG3"_s;
            q.domains = {u"Epidemiology"_s, u"examples"_s};
            queries.append(q);
            q.text.clear();
            q.domains.clear();
            q.tags = {u"tag1"_s};
            q.licenses = {u"mit"_s, u"CC0-1.0"_s};
            q.modelTypes = {u"island"_s};
            q.minParams = 2;
            queries.append(q);
        }
        for (const Query &q : std::as_const(queries)) {
            const SearchResult a = fromParser.search(q);
            const SearchResult b = rebuilt.search(q);
            QCOMPARE(a.rows, b.rows);
            QCOMPARE(a.domains, b.domains);
            QCOMPARE(a.modelTypes, b.modelTypes);
            QCOMPARE(a.tags, b.tags);
            QCOMPARE(a.licenses, b.licenses);
            QCOMPARE(a.kinds, b.kinds);
            QCOMPARE(a.paramCounts, b.paramCounts);
        }
        QVERIFY(!fromParser.search(queries.at(1)).rows.isEmpty());
    }

    // Tables built for one entry list are not used for another (a copy that was edited).
    void staleTablesAreIgnored()
    {
        auto parsed = parseRegistry(QByteArray(kSample));
        QVERIFY(parsed);
        Registry edited = *parsed;
        Entry extra = edited.entries.first();
        extra.id = u"omega"_s;
        extra.description = u"unmistakable wording"_s;
        edited.entries.append(extra); // detaches from the parsed list
        edited.byId.insert(extra.id, edited.entries.size() - 1);
        const RegistryIndex index{edited};
        Query q;
        q.text = u"unmistakable"_s;
        const SearchResult r = index.search(q);
        QCOMPARE(r.rows, QList<int>{6});
        QCOMPARE(r.total, 7);
    }

    void emptyIndex()
    {
        const RegistryIndex index;
        QVERIFY(index.isEmpty());
        Query q;
        q.text = u"x"_s;
        q.sort = SortField::Created;
        const SearchResult r = index.search(q);
        QVERIFY(r.rows.isEmpty());
        QCOMPARE(r.total, 0);
    }
};

QTEST_GUILESS_MAIN(TestRegistryIndex)
#include "tst_registryindex.moc"
