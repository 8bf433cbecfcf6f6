// Registry search index: text, each facet, facet counts, sorting, async use.
#include "core/registry/registryindex.h"
#include "core/registry/registryparser.h"

#include <QTest>

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
