// Registry load (parse + index) and search at 100k entries, v1 and v2, generated in-process in
// upstream's own byte format (json.dumps(indent=2)). Goals: load < 300 ms, one search < 10 ms.
//   bench_registry [ENTRIES]
#include "core/registry/registryindex.h"
#include "core/registry/registryparser.h"
#include "tests/bench/syntheticregistry.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>
#include <vector>

using namespace pt::registry;
using namespace Qt::StringLiterals;
using pt::bench::makeV1;
using pt::bench::makeV2;

namespace {

// Process CPU time: on a shared, loaded machine wall time says little; CPU time says how
// much work the code does.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct Stats
{
    double median;
    double max;
};

template <typename F> Stats measure(int runs, F f)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

int benchOne(const char *name, const QByteArray &bytes)
{
    std::printf("== %s: %.1f MiB\n", name, double(bytes.size()) / (1024 * 1024));
    std::optional<RegistryIndex> index;
    qsizetype warnings = 0;
    std::vector<double> loads, loadCpu, indexMs;
    for (int i = 0; i < 5; ++i) {
        index.reset(); // freeing the previous registry is not part of loading
        QElapsedTimer t;
        t.start();
        const double c0 = cpuMs();
        auto r = parseRegistry(bytes);
        if (!r) {
            std::printf("parse failed: %s\n", qPrintable(r.error().message));
            std::exit(1);
        }
        warnings = r->warnings.size();
        const qint64 parsedNs = t.nsecsElapsed();
        index.emplace(std::move(*r));
        loads.push_back(double(t.nsecsElapsed()) / 1e6);
        indexMs.push_back(double(t.nsecsElapsed() - parsedNs) / 1e6);
        loadCpu.push_back(cpuMs() - c0);
    }
    std::sort(loads.begin(), loads.end());
    std::sort(loadCpu.begin(), loadCpu.end());
    std::sort(indexMs.begin(), indexMs.end());
    const Stats load{loads[loads.size() / 2], loads.back()};
    // These two include freeing the result (about 1M strings), which the load figure leaves out.
    const Stats parseOnly = measure(5, [&] { (void)parseRegistry(bytes); });
    const Stats parseOneThread = measure(3, [&] {
        ParseOptions o;
        o.threads = 1;
        (void)parseRegistry(bytes, o);
    });
    // Reference on the same machine and bytes: Qt's own DOM parser alone (no model, no
    // index). Timings on a shared machine swing with its load; this ratio does not.
    QElapsedTimer ref;
    ref.start();
    const bool refOk = !QJsonDocument::fromJson(bytes).isNull();
    const double refMs = double(ref.nsecsElapsed()) / 1e6;
    std::printf("reference: QJsonDocument::fromJson alone %.0f ms%s\n", refMs,
                refOk ? "" : " (failed)");
    std::printf("load (parse + index): median %.1f ms, max %.1f ms, best %.1f ms  [parse and free "
                "%.1f ms, single-threaded parse and free %.1f ms]; %lld entries, %lld warnings\n",
                load.median, load.max, loads.front(), parseOnly.median, parseOneThread.median,
                qlonglong(index->registry().entries.size()), qlonglong(warnings));
    // CPU time of all threads: on a shared machine the wall time above depends on what else
    // runs; this says how much work loading is (wall time >= CPU / 2 on two free cores).
    std::printf("load CPU time (all threads) median %.1f ms, best %.1f ms; index build wall "
                "median %.1f ms\n",
                loadCpu[loadCpu.size() / 2], loadCpu.front(), indexMs[indexMs.size() / 2]);
    std::printf("load throughput %.0f MB/s (QJsonDocument alone: %.0f MB/s)\n",
                double(bytes.size()) / 1e3 / load.median, double(bytes.size()) / 1e3 / refMs);

    struct Q
    {
        const char *label;
        Query q;
    };
    std::vector<Q> queries;
    queries.push_back({"empty query", Query{}});
    Query q;
    q.text = u"coalescent"_s;
    queries.push_back({"text 'coalescent'", q});
    q.text = u"model 4711"_s;
    queries.push_back({"text 'model 4711'", q});
    q.text = u"author 17 tag3"_s;
    queries.push_back({"text 'author 17 tag3'", q});
    q.text = u"zzzz-no-match"_s;
    queries.push_back({"text no match", q});
    Query f;
    f.domains = {u"population-genetics"_s};
    f.tags = {u"tag1"_s, u"tag2"_s};
    queries.push_back({"facets domain + 2 tags", f});
    f.text = u"synthetic"_s;
    f.licenses = {u"MIT"_s, u"CC0-1.0"_s};
    f.minParams = 2;
    f.maxParams = 4;
    f.sort = SortField::Vertices;
    f.descending = true;
    queries.push_back({"text + domain + tags + license + params, sort vertices desc", f});
    Query s;
    s.sort = SortField::Created;
    s.modelTypes = {u"coalescent"_s, u"island"_s};
    s.downloaded = Query::Downloaded::No;
    for (int i = 0; i < 1000; ++i)
        s.downloadedIds.insert(u"model_%1"_s.arg(i * 7));
    queries.push_back({"model facet + downloaded:no (1000 ids), sort created", s});

    double worst = 0;
    for (const Q &entry : queries) {
        int rows = 0;
        const Stats st = measure(15, [&] { rows = int(index->search(entry.q).rows.size()); });
        worst = std::max(worst, st.max);
        std::printf("  search %-60s median %6.2f ms  max %6.2f ms  (%d rows)\n", entry.label,
                    st.median, st.max, rows);
    }
    std::printf("  worst search: %.2f ms\n", worst);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int entries = argc > 1 ? std::max(1, std::atoi(argv[1])) : 100000;
    QElapsedTimer gen;
    gen.start();
    const QByteArray v1 = makeV1(entries);
    const QByteArray v2 = makeV2(entries);
    std::printf("generated %d-entry registries in %lld ms\n", entries, qlonglong(gen.elapsed()));
    if (qEnvironmentVariableIsSet("PT_BENCH_PARSE_ONLY")) { // for profiling the parser
        ParseOptions o;
        o.threads = 1;
        for (int i = 0; i < 3; ++i) {
            double c0 = cpuMs();
            auto r1 = parseRegistry(v1, o);
            double c1 = cpuMs();
            RegistryIndex i1(std::move(*r1));
            double c2 = cpuMs();
            auto r2 = parseRegistry(v2, o);
            double c3 = cpuMs();
            std::printf("single-threaded CPU ms: v1 parse %.0f index %.0f, v2 parse %.0f\n",
                        c1 - c0, c2 - c1, c3 - c2);
        }
        return 0;
    }
    benchOne("v1 traces", v1);
    benchOne("v2 computes", v2);
    return 0;
}
