#pragma once

// A synthetic registry in upstream's own byte format (json.dumps(indent=2)), v1 traces or v2
// computes, deterministic for a given size: shared by the registry and UI benchmarks and the
// startup measurement (bench_ui_filter --write).

#include <QByteArray>

#include <random>

namespace pt::bench {

inline const char *const kModels[] = {"coalescent",  "chain", "island", "structured-coalescent",
                                      "birth-death", "sir",   "seir",   "queue",
                                      "reliability", "rabbit"};
inline const char *const kDomains[] = {"population-genetics", "epidemiology", "examples",
                                       "phylogenetics",       "queueing",     "reliability"};
inline const char *const kLicenses[] = {"MIT", "CC-BY-4.0", "Apache-2.0", "BSD-3-Clause",
                                        "CC0-1.0"};
inline const char *const kParamNames[] = {"theta", "rho", "mu", "beta", "gamma", "m12", "m21", "N"};

inline QByteArray hex(std::mt19937_64 &rng, int digits)
{
    static const char h[] = "0123456789abcdef";
    QByteArray out(digits, '0');
    for (int i = 0; i < digits; ++i)
        out[i] = h[rng() & 15];
    return out;
}

// Valid CIDv0 strings (base58 of a sha2-256 multihash), a few distinct ones reused.
inline QByteArray cidV0(int i)
{
    static const char *const cids[] = {"QmVkwhG6dmPR3Mt9DwMLuD3ShAShMGArs3MMoPEkEG7VLK",
                                       "QmZsP7UMoCzQruaQprbzJfZdW25xnEXMSApUPDAqgWcPyL",
                                       "QmRPPXrq8VPm5NL1v4y1t8zTddo7w3uyiE7HbHbpebPJLo",
                                       "QmSepUqeTSYUBskpoprhGXtRPBKwShDMB3uNb4i52LRtHh",
                                       "QmStRuZZVvHNGjcgxPPy7rRMxVzhRmuTgpQ2oPLBJiHEXg"};
    return cids[i % 5];
}

inline void metadata(QByteArray &o, std::mt19937_64 &rng, int i, bool v2, const QByteArray &indent)
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

inline QByteArray makeV1(int entries)
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

inline QByteArray makeV2(int entries)
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

} // namespace pt::bench
