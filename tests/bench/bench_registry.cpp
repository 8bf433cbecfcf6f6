// Registry load (parse + index) and search at 100k entries, v1 and v2, generated in-process in
// upstream's own byte format (json.dumps(indent=2)). Goals: load < 300 ms, one search < 10 ms.
//   bench_registry [ENTRIES]
#include "core/registry/registryindex.h"
#include "core/registry/registryparser.h"

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

namespace {

const char *const kModels[] = {"coalescent",  "chain", "island", "structured-coalescent",
                               "birth-death", "sir",   "seir",   "queue",
                               "reliability", "rabbit"};
const char *const kDomains[] = {"population-genetics", "epidemiology", "examples",
                                "phylogenetics",       "queueing",     "reliability"};
const char *const kLicenses[] = {"MIT", "CC-BY-4.0", "Apache-2.0", "BSD-3-Clause", "CC0-1.0"};
const char *const kParamNames[] = {"theta", "rho", "mu", "beta", "gamma", "m12", "m21", "N"};

QByteArray hex(std::mt19937_64 &rng, int digits)
{
    static const char h[] = "0123456789abcdef";
    QByteArray out(digits, '0');
    for (int i = 0; i < digits; ++i)
        out[i] = h[rng() & 15];
    return out;
}

// Valid CIDv0 strings (base58 of a sha2-256 multihash), a few distinct ones reused.
QByteArray cidV0(int i)
{
    static const char *const cids[] = {"QmVkwhG6dmPR3Mt9DwMLuD3ShAShMGArs3MMoPEkEG7VLK",
                                       "QmZsP7UMoCzQruaQprbzJfZdW25xnEXMSApUPDAqgWcPyL",
                                       "QmRPPXrq8VPm5NL1v4y1t8zTddo7w3uyiE7HbHbpebPJLo",
                                       "QmSepUqeTSYUBskpoprhGXtRPBKwShDMB3uNb4i52LRtHh",
                                       "QmStRuZZVvHNGjcgxPPy7rRMxVzhRmuTgpQ2oPLBJiHEXg"};
    return cids[i % 5];
}

void metadata(QByteArray &o, std::mt19937_64 &rng, int i, bool v2, const QByteArray &indent)
{
    const int params = 1 + int(rng() % 6);
    const int n = 2 + int(rng() % 60);
    const QByteArray in = indent + "  ";
    o += indent + "\"metadata\": {\n";
    o += in + "\"model_type\": \"" + kModels[rng() % 10] + "\",\n";
    o += in + "\"domain\": \"" + kDomains[rng() % 6] + "\",\n";
    if (!v2)
        o += in + "\"variant\": \"kingman\",\n";
    o += in + "\"param_length\": " + QByteArray::number(params) + ",\n";
    o += in + "\"vertices\": " + QByteArray::number(n) + ",\n";
    o += in + "\"description\": \"Synthetic model " + QByteArray::number(i) +
         " for n=" + QByteArray::number(n) + " samples\",\n";
    if (!v2) {
        o += in + "\"parameters\": [\n";
        for (int p = 0; p < params; ++p) {
            o += in + "  {\n" + in + "    \"name\": \"" + kParamNames[p] + "\",\n";
            o += in + "    \"description\": \"Scaled rate " + kParamNames[p] + "\",\n";
            o += in + "    \"domain\": \"[0, \\u221e)\"\n" + in + "  }" +
                 (p + 1 < params ? ",\n" : "\n");
        }
        o += in + "],\n";
        o += in + "\"created\": \"2025-" + QByteArray::number(1 + int(rng() % 12)) + "-" +
             QByteArray::number(10 + int(rng() % 18)) + "\",\n";
        o += in + "\"citation\": {\n" + in + "  \"text\": \"R\\u00f8ikjer, Hobolth & Munch " +
             "(2022)\",\n" + in + "  \"doi\": \"10.1007/s11222-022-10155-6\",\n" + in +
             "  \"url\": \"https://doi.org/10.1007/s11222-022-10155-6\"\n" + in + "},\n";
    }
    o += in + "\"author\": \"Author " + QByteArray::number(int(rng() % 300)) +
         " <a@example.org>\",\n";
    o += in + "\"tags\": [\n";
    const int tags = 2 + int(rng() % 4);
    for (int t = 0; t < tags; ++t)
        o += in + "  \"tag" + QByteArray::number(int(rng() % 40)) + "\"" +
             (t + 1 < tags ? ",\n" : "\n");
    o += in + "],\n";
    o += in + "\"license\": \"" + kLicenses[rng() % 5] + "\"\n";
    o += indent + "}";
}

QByteArray makeV1(int entries)
{
    std::mt19937_64 rng(1);
    QByteArray o;
    o.reserve(qsizetype(entries) * 1900);
    o += "{\n  \"version\": \"1.0.0\",\n  \"updated\": \"2025-10-21T22:03:20Z\",\n"
         "  \"traces\": {\n";
    for (int i = 0; i < entries; ++i) {
        o += "    \"model_" + QByteArray::number(i) + "\": {\n";
        o += "      \"cid\": \"" + cidV0(i) + "\",\n";
        o += "      \"description\": \"Synthetic trace number " + QByteArray::number(i) + "\",\n";
        metadata(o, rng, i, false, "      ");
        o += ",\n      \"files\": {\n";
        // Upstream's trap: files.*.cid is "bafybei" + hex, never a valid CID.
        o += "        \"trace.json.gz\": {\n          \"cid\": \"bafybei" + hex(rng, 48) +
             "\",\n          \"size_bytes\": " + QByteArray::number(400 + int(rng() % 100000)) +
             "\n        },\n";
        o += "        \"metadata.json\": {\n          \"cid\": \"bafybei" + hex(rng, 48) +
             "\",\n          \"size_bytes\": 727\n        }\n      },\n";
        o += "      \"checksum\": \"sha256:" + hex(rng, 64) + "\",\n";
        o += "      \"license\": \"MIT\"\n    }";
        o += i + 1 < entries ? ",\n" : "\n";
    }
    o += "  },\n  \"collections\": {},\n  \"pinning_services\": {}\n}\n";
    return o;
}

QByteArray makeV2(int entries)
{
    std::mt19937_64 rng(2);
    QByteArray o;
    o.reserve(qsizetype(entries) * 1900);
    o += "{\n  \"version\": \"2.0\",\n  \"format\": \"ptd_pcg\",\n  \"computes\": {\n";
    for (int i = 0; i < entries; ++i) {
        const QByteArray g = hex(rng, 64);
        o += "    \"compute_" + QByteArray::number(i) + "\": {\n";
        o += "      \"graph_hash\": \"" + g + "\",\n      \"format_revision\": 2,\n";
        o += "      \"artifacts\": {\n        \"parent\": {\n          \"cid_or_path\": "
             "\"artifacts/" +
             g + ".bin\",\n          \"sha256\": \"" + hex(rng, 64) +
             "\",\n          \"size_bytes\": " + QByteArray::number(2000 + int(rng() % 20000)) +
             "\n        },\n        \"scc\": [\n";
        const int scc = 1 + int(rng() % 3);
        for (int s = 0; s < scc; ++s) {
            const QByteArray h = hex(rng, 64);
            o += "          {\n            \"cid_or_path\": \"artifacts/scc_" + h +
                 ".bin\",\n            \"scc_hash\": \"" + h + "\",\n            \"sha256\": \"" +
                 hex(rng, 64) + "\",\n            \"size_bytes\": " +
                 QByteArray::number(1000 + int(rng() % 10000)) + "\n          }" +
                 (s + 1 < scc ? ",\n" : "\n");
        }
        o += "        ]\n      },\n";
        metadata(o, rng, i, true, "      ");
        o += "\n    }";
        o += i + 1 < entries ? ",\n" : "\n";
    }
    o += "  }\n}\n";
    return o;
}

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
    std::printf("load (parse + index): median %.1f ms, max %.1f ms  [parse only %.1f ms, "
                "single-threaded parse %.1f ms]; %lld entries, %lld warnings\n",
                load.median, load.max, parseOnly.median, parseOneThread.median,
                qlonglong(index->registry().entries.size()), qlonglong(warnings));
    // CPU time of all threads: on a shared machine the wall time above depends on what else
    // runs; this says how much work loading is (wall time >= CPU / 2 on two free cores).
    std::printf("load CPU time (all threads) median %.1f ms; index build wall median %.1f ms\n",
                loadCpu[loadCpu.size() / 2], indexMs[indexMs.size() / 2]);
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
