#pragma once
// Builders for synthetic traces and ptd_pcg .bin files used by the trace tests and benchmarks.

#include "core/trace/trace.h"

#include <QByteArray>
#include <QtEndian>

#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace pt::test {

// Kingman coalescent with n lineages in the parametrisation of the published n = 5 trace
// (docs/UPSTREAM.md): with k lineages the rate is k(k−1)/2·θ, i.e. DOT([k(k−1)/2]) → SUM with a
// 0 constant → INV gives the mean sojourn. Vertex 0 is the start, vertices 1..n−1 hold
// n..2 lineages, vertex n (one lineage) is absorbing.
inline trace::Trace coalescentTrace(int n)
{
    using trace::OpType;
    trace::Trace t;
    auto push = [&](OpType type, std::vector<std::uint32_t> operands = {}, double c = 0,
                    std::vector<double> coef = {}) {
        trace::Operation op;
        op.type = type;
        op.operands = std::move(operands);
        op.constValue = c;
        op.coefficients = std::move(coef);
        t.operations.push_back(std::move(op));
        return std::uint32_t(t.operations.size() - 1);
    };
    const std::uint32_t one = push(OpType::Const, {}, 1.0);
    const std::uint32_t zero = push(OpType::Const, {}, 0.0);
    t.nVertices = std::uint32_t(n + 1);
    t.paramLength = 1;
    t.stateLength = 1;
    t.startingVertex = 0;
    t.vertexRates.push_back(zero);
    t.edgeProbs.push_back({one});
    t.vertexTargets.push_back({1});
    t.states.push_back({0});
    for (int k = n; k >= 2; --k) {
        const std::uint32_t dot = push(OpType::Dot, {}, 0, {double(k) * (k - 1) / 2.0});
        const std::uint32_t sum = push(OpType::Sum, {zero, dot});
        const std::uint32_t inv = push(OpType::Inv, {sum});
        t.vertexRates.push_back(inv);
        t.edgeProbs.push_back({one});
        t.vertexTargets.push_back({std::uint32_t(n - k + 2)});
        t.states.push_back({k});
    }
    t.vertexRates.push_back(zero);
    t.edgeProbs.push_back({});
    t.vertexTargets.push_back({});
    t.states.push_back({1});
    return t;
}

// A general constant-valued trace: start vertex 0 with initial probabilities `alpha` over
// vertices 1..m, transient vertex i (1..m) with rate `rates[i−1]` and edges (target, prob);
// vertex m+1 is absorbing. No parameters are used (param_length 1 so θ can be given).
struct ConstEdge
{
    std::uint32_t target;
    double prob;
};
inline trace::Trace constantTrace(const std::vector<double> &alpha,
                                  const std::vector<double> &rates,
                                  const std::vector<std::vector<ConstEdge>> &edges)
{
    using trace::OpType;
    trace::Trace t;
    auto constant = [&](double c) {
        trace::Operation op;
        op.type = OpType::Const;
        op.constValue = c;
        t.operations.push_back(op);
        return std::uint32_t(t.operations.size() - 1);
    };
    const std::uint32_t m = std::uint32_t(rates.size());
    t.nVertices = m + 2;
    t.paramLength = 1;
    t.stateLength = 1;
    const std::uint32_t zero = constant(0.0);
    t.vertexRates.push_back(zero);
    t.edgeProbs.emplace_back();
    t.vertexTargets.emplace_back();
    for (std::uint32_t i = 0; i < alpha.size(); ++i) {
        if (alpha[i] == 0)
            continue;
        t.edgeProbs[0].push_back(constant(alpha[i]));
        t.vertexTargets[0].push_back(i + 1);
    }
    t.states.push_back({0});
    for (std::uint32_t i = 0; i < m; ++i) {
        // The mean sojourn as the tape computes it: CONST(rate) → INV.
        const std::uint32_t r = constant(rates[i]);
        trace::Operation inv;
        inv.type = OpType::Inv;
        inv.operands = {r};
        t.operations.push_back(inv);
        t.vertexRates.push_back(std::uint32_t(t.operations.size() - 1));
        std::vector<std::uint32_t> probs, targets;
        for (const ConstEdge &e : edges[i]) {
            probs.push_back(constant(e.prob));
            targets.push_back(e.target);
        }
        t.edgeProbs.push_back(probs);
        t.vertexTargets.push_back(targets);
        t.states.push_back({std::int64_t(i + 1)});
    }
    t.vertexRates.push_back(zero);
    t.edgeProbs.emplace_back();
    t.vertexTargets.emplace_back();
    t.states.push_back({std::int64_t(m + 1)});
    return t;
}

// Hypoexponential chain 1 → 2 → … → m → absorbing.
inline trace::Trace chainTrace(const std::vector<double> &rates)
{
    std::vector<std::vector<ConstEdge>> edges(rates.size());
    for (std::uint32_t i = 0; i < rates.size(); ++i)
        edges[i].push_back({i + 2, 1.0});
    std::vector<double> alpha(rates.size(), 0.0);
    alpha[0] = 1.0;
    return constantTrace(alpha, rates, edges);
}

// Density of a sum of independent exponentials with distinct rates (closed form, long double
// so the partial-fraction cancellation stays far below the tolerances we test).
inline long double hypoexpPdf(const std::vector<double> &rates, double t)
{
    long double f = 0;
    for (std::size_t i = 0; i < rates.size(); ++i) {
        long double c = 1;
        for (std::size_t j = 0; j < rates.size(); ++j) {
            if (j != i)
                c *= (long double)rates[j] / ((long double)rates[j] - (long double)rates[i]);
        }
        f += c * (long double)rates[i] * std::exp(-(long double)rates[i] * (long double)t);
    }
    return f;
}

// How far the long double closed form itself can be off: the partial fractions cancel, so its
// rounding error is about ε·Σ|terms| (large next to f for t ≪ 1/λmax).
inline long double hypoexpPdfUncertainty(const std::vector<double> &rates, double t)
{
    long double mag = 0;
    for (std::size_t i = 0; i < rates.size(); ++i) {
        long double c = 1;
        for (std::size_t j = 0; j < rates.size(); ++j) {
            if (j != i)
                c *= (long double)rates[j] / ((long double)rates[j] - (long double)rates[i]);
        }
        mag += std::fabs(c * (long double)rates[i] *
                         std::exp(-(long double)rates[i] * (long double)t));
    }
    return 8 * mag * std::numeric_limits<long double>::epsilon();
}

inline long double hypoexpCdf(const std::vector<double> &rates, double t)
{
    long double s = 0;
    for (std::size_t i = 0; i < rates.size(); ++i) {
        long double c = 1;
        for (std::size_t j = 0; j < rates.size(); ++j) {
            if (j != i)
                c *= (long double)rates[j] / ((long double)rates[j] - (long double)rates[i]);
        }
        s += c * std::exp(-(long double)rates[i] * (long double)t);
    }
    return 1 - s;
}

// ---- ptd_pcg .bin generator (docs/UPSTREAM.md "Artifact v2") ----

template <typename T> void putLE(QByteArray &b, T v)
{
    v = qToLittleEndian(v);
    b.append(reinterpret_cast<const char *>(&v), sizeof(T));
}

template <typename T> void patchLE(QByteArray &b, qsizetype offset, T v)
{
    v = qToLittleEndian(v);
    std::memcpy(b.data() + offset, &v, sizeof(T));
}

// A valid PTDPRMC1 file: command i has type i % 7, a MEM pointer (i % M), an EDGE pointer
// (vertex i % V), and a NULL pointer; memr[v] = v < M ? v : −1.
inline QByteArray makePtdRev1(quint64 C, quint64 M, quint64 V, quint32 revision = 1,
                              quint64 hashPrefix = 0x0123456789abcdefULL)
{
    QByteArray b("PTDPRMC1", 8);
    putLE<quint32>(b, 1);
    putLE<quint32>(b, revision);
    putLE<quint64>(b, hashPrefix);
    putLE<quint64>(b, C);
    putLE<quint64>(b, M);
    putLE<quint64>(b, V);
    putLE<quint64>(b, 0);
    for (quint64 i = 0; i < C; ++i) {
        putLE<qint32>(b, qint32(i % 7));
        putLE<quint32>(b, 0);
        putLE<quint64>(b, i % (V ? V : 1));
        putLE<quint64>(b, (i + 1) % (V ? V : 1));
        putLE<double>(b, 1.0 + double(i));
        auto pointer = [&](quint8 kind, qint64 memOff, quint32 v, quint32 e, qint64 byteOff) {
            b.append(char(kind));
            b.append(7, '\0');
            putLE<qint64>(b, memOff);
            putLE<quint32>(b, v);
            putLE<quint32>(b, e);
            putLE<qint64>(b, byteOff);
        };
        if (M)
            pointer(1, qint64(i % M), 0, 0, 0);
        else
            pointer(0, 0, 0, 0, 0);
        if (V)
            pointer(2, 0, quint32(i % V), 0, 16);
        else
            pointer(0, 0, 0, 0, 0);
        pointer(0, 0, 0, 0, 0);
    }
    for (quint64 k = 0; k < M; ++k)
        putLE<double>(b, 0.5 * double(k));
    for (quint64 v = 0; v < V; ++v)
        putLE<qint64>(b, v < M ? qint64(v) : -1);
    return b;
}

// A valid PTDPRMC3 file: operands MEM (i % M), INPUT (i % I), NULL; inputs alternate EDGE
// (vertex k) and EXTERNAL.
inline QByteArray makePtdRev3(quint64 C, quint64 M, quint64 I)
{
    QByteArray b("PTDPRMC3", 8);
    putLE<quint64>(b, C);
    putLE<quint64>(b, M);
    putLE<quint64>(b, I);
    putLE<quint64>(b, 0);
    for (quint64 i = 0; i < C; ++i) {
        putLE<qint32>(b, qint32(i % 7));
        putLE<quint32>(b, 0);
        putLE<quint64>(b, i);
        putLE<quint64>(b, i + 1);
        putLE<double>(b, 2.0);
        auto operand = [&](qint64 memOff, quint32 input, quint8 kind) {
            putLE<qint64>(b, memOff);
            putLE<quint32>(b, input);
            b.append(char(kind));
            b.append(3, '\0');
        };
        if (M)
            operand(qint64(i % M), 0, 1);
        else
            operand(0, 0, 0);
        if (I)
            operand(0, quint32(i % I), 2);
        else
            operand(0, 0, 0);
        operand(0, 0, 0);
    }
    for (quint64 k = 0; k < M; ++k)
        putLE<double>(b, double(k));
    for (quint64 k = 0; k < I; ++k) {
        putLE<qint64>(b, qint64(8 * k));
        putLE<quint32>(b, quint32(k));
        putLE<quint32>(b, 0);
        b.append(char(k % 2 == 0 ? 2 : 3));
        b.append(7, '\0');
    }
    return b;
}

} // namespace pt::test
