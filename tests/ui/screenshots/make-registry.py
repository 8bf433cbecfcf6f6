#!/usr/bin/env python3
"""Writes registry.json: a plausible v1 registry of ~30 traces for the screenshots.

The CIDs of entries that are never downloaded are derived from the id (real, parseable
CIDv0 values); the three downloaded ones are filled in by take_screenshots at run time
(@CID:<id>@, @SIZE:<id>:<file>@, @SHA:<id>@) from the blocks its fake gateway serves.
Re-run after editing the table: python3 make-registry.py > registry.json
"""
import hashlib, json

B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

def cidv0(seed):
    raw = b"\x12\x20" + hashlib.sha256(seed.encode()).digest()
    n = int.from_bytes(raw, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    return out

AUTHORS = ["Kasper Munch <kaspermunch@birc.au.dk>", "Asger Hobolth <asger@math.au.dk>",
           "Janek Sendrowski <janek.sendrowski@birc.au.dk>", "Tobias Røikjer <tobias@birc.au.dk>"]
CIT = {"text": "Røikjer, Hobolth & Munch (2022)", "doi": "10.1007/s11222-022-10155-6",
       "url": "https://doi.org/10.1007/s11222-022-10155-6"}
THETA = {"name": "theta", "description": "Scaled mutation rate (4*N_e*mu)", "domain": "[0, ∞)"}
RHO = {"name": "rho", "description": "Scaled recombination rate (4*N_e*r)", "domain": "[0, ∞)"}
M = {"name": "M", "description": "Scaled migration rate between demes (4*N_e*m)", "domain": "[0, ∞)"}
S = {"name": "s", "description": "Selection coefficient of the beneficial allele", "domain": "(-1, 1)"}
LAM = {"name": "lambda", "description": "Birth rate", "domain": "(0, ∞)"}
MU = {"name": "mu", "description": "Death (or repair) rate", "domain": "(0, ∞)"}
G = {"name": "g", "description": "Growth rate of the population (backwards in time)", "domain": "[0, ∞)"}

# id, model_type, domain, variant, description, params, vertices, tags, created, author index
rows = []
for n, v in [(3, 3), (5, 5), (8, 8), (10, 10), (15, 15), (20, 20), (30, 30), (50, 50)]:
    rows.append((f"coalescent_n{n}_theta1", "coalescent", "population-genetics", "kingman",
                 f"Standard Kingman coalescent for n={n} haploid samples with theta parameter",
                 [THETA], v, ["coalescent", "kingman", "population-genetics", "basic"],
                 "2025-10-21", 0))
for n, v in [(4, 19), (6, 54), (8, 131)]:
    rows.append((f"coalescent_sfs_n{n}", "coalescent", "population-genetics", "sfs",
                 f"Block-counting coalescent for n={n}: the site frequency spectrum as rewards",
                 [THETA], v, ["coalescent", "sfs", "block-counting", "population-genetics"],
                 "2025-11-03", 1))
for n, v in [(2, 9), (3, 38), (4, 150)]:
    rows.append((f"arg_two_locus_n{n}", "ancestral-recombination-graph", "population-genetics",
                 "two-locus", f"Two-locus ancestral recombination graph for n={n} samples",
                 [THETA, RHO], v, ["arg", "recombination", "two-locus", "population-genetics"],
                 "2025-11-12", 2))
for n, v in [(2, 7), (3, 24), (4, 70)]:
    rows.append((f"isolation_migration_n{n}", "structured-coalescent", "population-genetics",
                 "island", f"Two-island structured coalescent with symmetric migration, n={n} per deme",
                 [THETA, M], v, ["structured", "migration", "island-model", "population-genetics"],
                 "2025-11-18", 0))
for n, v in [(5, 15), (10, 40)]:
    rows.append((f"exp_growth_coalescent_n{n}", "coalescent", "population-genetics",
                 "exponential-growth", f"Coalescent with exponential population growth, n={n}",
                 [THETA, G], v, ["coalescent", "demography", "growth", "time-inhomogeneous"],
                 "2025-12-01", 3))
rows += [
    ("moran_selection_N20", "moran", "population-genetics", "selection",
     "Moran model of a population of N=20 with one selected allele; time to fixation or loss",
     [S], 21, ["moran", "selection", "fixation"], "2025-12-04", 1),
    ("moran_neutral_N50", "moran", "population-genetics", "neutral",
     "Neutral Moran model, N=50: absorption time of a single new mutant", [], 51,
     ["moran", "neutral", "absorption"], "2025-12-04", 1),
    ("birth_death_K25", "birth-death", "epidemiology", "logistic",
     "Logistic birth–death process capped at K=25: time to extinction", [LAM, MU], 26,
     ["birth-death", "extinction", "epidemiology"], "2025-12-09", 3),
    ("sir_epidemic_N30", "sir", "epidemiology", "stochastic-sir",
     "Stochastic SIR epidemic in a closed population of 30: epidemic duration",
     [{"name": "beta", "description": "Transmission rate", "domain": "(0, ∞)"},
      {"name": "gamma", "description": "Recovery rate", "domain": "(0, ∞)"}], 496,
     ["sir", "epidemic", "epidemiology"], "2026-01-14", 3),
    ("kingman_tree_height_n100", "coalescent", "population-genetics", "kingman",
     "Height of the Kingman genealogy for n=100 (time to the most recent common ancestor)",
     [], 100, ["coalescent", "tmrca", "kingman"], "2026-01-20", 0),
    ("dna_repair_pathway", "reliability", "molecular-biology", "multi-stage",
     "Multi-stage DNA double-strand break repair pathway with competing end-joining routes",
     [LAM, MU], 12, ["repair", "reliability", "multi-stage"], "2026-02-02", 2),
    ("queue_mm1_K40", "queue", "operations-research", "mm1k",
     "M/M/1/K queue with K=40: busy period distribution", [LAM, MU], 41,
     ["queue", "busy-period", "operations-research"], "2026-02-10", 3),
    ("reliability_k_of_n_8", "reliability", "engineering", "k-out-of-n",
     "Time to failure of a 5-out-of-8 system with repair", [LAM, MU], 9,
     ["reliability", "k-out-of-n", "repair"], "2026-02-11", 2),
]

traces = {}
downloaded = {"coalescent_n5_theta1", "coalescent_sfs_n6", "arg_two_locus_n3"}
for (tid, mtype, dom, var, desc, params, verts, tags, created, a) in rows:
    meta = {"model_type": mtype, "domain": dom, "variant": var, "param_length": len(params),
            "vertices": verts, "description": desc, "parameters": params, "created": created,
            "author": AUTHORS[a], "citation": CIT, "tags": tags, "license": "MIT"}
    if tid in downloaded:
        cid = f"@CID:{tid}@"
        files = {"trace.json.gz": {"cid": f"@FCID:{tid}:trace@", "size_bytes": f"@SIZE:{tid}:trace@"},
                 "metadata.json": {"cid": f"@FCID:{tid}:meta@", "size_bytes": f"@SIZE:{tid}:meta@"}}
        checksum = f"sha256:@SHA:{tid}@"
    else:
        cid = cidv0(tid)
        size = 180 + verts * verts * 3 + verts * 40
        files = {"trace.json.gz": {"cid": cidv0(tid + "/trace.json.gz"), "size_bytes": size},
                 "metadata.json": {"cid": cidv0(tid + "/metadata.json"), "size_bytes": 700 + 60 * len(params)}}
        checksum = "sha256:" + hashlib.sha256(tid.encode()).hexdigest()
    traces[tid] = {"cid": cid, "description": desc, "metadata": meta, "files": files,
                   "checksum": checksum, "license": "MIT"}

reg = {"version": "1.0.0", "updated": "2026-02-12T09:41:07Z", "traces": traces,
       "collections": {"coalescent_basic": {
           "description": "Basic Kingman coalescent models (n=3 to n=50)",
           "cid": cidv0("collection/coalescent_basic"),
           "traces": [r[0] for r in rows if r[3] == "kingman"]}},
       "pinning_services": {"pinata": {"api_url": "https://api.pinata.cloud",
                                       "gateway": "https://gateway.pinata.cloud"}}}
text = json.dumps(reg, indent=2, ensure_ascii=False)
# The placeholders for sizes must end up as bare numbers once replaced.
import re
text = re.sub(r'"(@SIZE:[^"]+@)"', r'\1', text)
print(text)
