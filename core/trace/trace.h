#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <array>
#include <cstdint>
#include <vector>

namespace pt::trace {

// A v1 elimination trace (`trace.json.gz`, docs/UPSTREAM.md "Trace file v1"): an operation
// tape over the parameters θ whose results are the vertices' mean sojourn times and the
// edges' transition probabilities of a phase-type distribution.

enum class OpType : std::uint8_t { Const, Param, Dot, Add, Mul, Div, Inv, Sum };
inline constexpr int kOpTypeCount = 8;
const char *opTypeName(OpType type);

struct Operation
{
    OpType type = OpType::Const;
    std::vector<std::uint32_t> operands; // indices of earlier operations only
    double constValue = 0.0;             // CONST
    std::uint32_t paramIdx = 0;          // PARAM
    std::vector<double> coefficients;    // DOT: Σ coefficients[k]·θ[k]
};

struct Trace
{
    std::vector<Operation> operations;
    std::vector<std::uint32_t> vertexRates;                // op index per vertex (mean sojourn)
    std::vector<std::vector<std::uint32_t>> edgeProbs;     // op index per edge
    std::vector<std::vector<std::uint32_t>> vertexTargets; // vertex index per edge
    std::vector<std::vector<std::int64_t>> states;
    std::uint32_t startingVertex = 0;
    std::uint32_t nVertices = 0;
    std::uint32_t stateLength = 0;
    std::uint32_t paramLength = 0;
    bool isDiscrete = false;
    std::int64_t rewardLength = -1; // -1: absent
    QJsonObject metadata;           // the trace's own optional "metadata" object, as is

    std::size_t edgeCount() const;
};

// Limits that keep a hostile or broken file from exhausting memory or the stack.
struct ReadLimits
{
    qint64 maxDecompressedBytes = 512LL * 1024 * 1024;
    int maxNestingDepth = 64; // the format needs 3; metadata gets some room
    qint64 maxOperations = 50'000'000;
    qint64 maxVertices = 10'000'000;
    qint64 maxParameters = 1'000'000;
};

// Inflates gzip (or zlib) data, concatenated members included, refusing to produce more than
// `maxBytes`. Errors name the offset and zlib's reason.
Result<QByteArray> gunzip(QByteArrayView data, qint64 maxBytes);

bool looksGzip(QByteArrayView data);

// Parses and validates a trace from gzip'd or plain JSON bytes (detected by content).
// Every index is checked (operands only backwards, targets < n_vertices, ...); the first
// problem is reported with its JSON path: "operations[12].operands[1] = 40 points forward
// (must be < 12)".
Result<Trace> parseTrace(QByteArrayView bytes, const ReadLimits &limits = {});
// Validates an already built Trace (parseTrace calls this; tests build traces directly).
Result<void> validateTrace(const Trace &trace);

// Reads and parses a file (size-capped before reading).
Result<Trace> readTraceFile(const QString &path, const ReadLimits &limits = {});

struct TraceSummary
{
    std::uint32_t vertices = 0;
    std::size_t edges = 0;
    std::uint32_t parameters = 0;
    std::uint32_t stateLength = 0;
    std::size_t operations = 0;
    std::array<std::size_t, kOpTypeCount> opHistogram{};
    std::uint32_t startingVertex = 0;
    std::vector<std::uint32_t> absorbingVertices; // no outgoing edges (structural)
    std::size_t sccCount = 0;
    std::size_t largestScc = 0;
    std::size_t nontrivialSccs = 0; // size > 1 or a self-loop: the chain can cycle there
    bool isDiscrete = false;
    bool acyclic = true;
};

TraceSummary summarize(const Trace &trace);
QJsonObject summaryToJson(const TraceSummary &summary);
QString summaryToText(const TraceSummary &summary);

// Strongly connected components of the vertex graph, iterative Tarjan (no recursion, so a
// million-vertex chain cannot overflow the stack). component[v] = id; ids in reverse
// topological order of the condensation, as Tarjan emits them.
struct SccResult
{
    std::vector<std::uint32_t> component;
    std::vector<std::uint32_t> sizes;
};
SccResult stronglyConnectedComponents(std::uint32_t nVertices,
                                      const std::vector<std::vector<std::uint32_t>> &targets);

// Serialises a Trace to the v1 JSON layout (used by tests and fixtures).
QByteArray traceToJson(const Trace &trace);

} // namespace pt::trace
