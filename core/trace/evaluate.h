#pragma once

#include "core/result.h"
#include "core/trace/trace.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace pt::trace {

// Evaluation of a v1 trace at θ (docs/UPSTREAM.md "Trace file v1"):
//   tape → mean sojourn 1/λᵢ per vertex and edge probabilities pᵢⱼ →
//   sub-intensity matrix S over the transient vertices (S[i][j] = pᵢⱼ·λᵢ, S[i][i] = −λᵢ),
//   initial distribution α = the instantaneous start vertex's edge probabilities,
//   exit vector s = −S·1.
// Absorbing vertices are those whose mean sojourn evaluates to 0 or that have no edges.

enum class Quantity { Pdf, Cdf };

struct PhaseType
{
    std::size_t size = 0;                // transient states
    std::vector<double> S;               // row-major size × size
    std::vector<double> alpha;           // initial distribution over transient states
    std::vector<double> exit;            // s = −S·1, computed without cancellation
    std::vector<std::uint32_t> vertexOf; // transient index → trace vertex
    double atomAtZero = 0.0;             // 1 − Σα: start moves straight to absorption
};

struct Moments
{
    double mean = 0.0;
    double variance = 0.0;
};

// Dense evaluation beyond this many transient states would need gigabytes and minutes.
inline constexpr std::size_t kMaxDenseStates = 3000;

// Runs the operation tape. θ must have exactly param_length entries.
Result<std::vector<double>> evaluateTape(const Trace &trace, const std::vector<double> &theta);

// Builds (α, S, s). Refuses discrete traces (Error::Unsupported) and values that are not a
// valid phase-type distribution (negative or non-finite sojourns or probabilities, outgoing
// probability mass above 1), naming the vertex and θ.
Result<PhaseType> buildPhaseType(const Trace &trace, const std::vector<double> &theta);

// f(t) = α·exp(S t)·s or F(t) = 1 − α·exp(S t)·1 for every t (any order, t ≥ 0, finite).
// Sorted times are reached by stepping exp(S Δ) (reused while Δ is constant, so a uniform grid
// costs one matrix exponential) and re-anchored with a direct exp(S t) every 1024 points so
// rounding cannot accumulate. exp is computed in exp(A) − I form (see evaluate.cpp) so slow
// phases keep full relative accuracy next to fast ones.
Result<std::vector<double>> evaluate(const PhaseType &pt, const std::vector<double> &times,
                                     Quantity quantity);

// mean = α(−S)⁻¹1, E[T²] = 2α S⁻² 1; refuses a singular S (mass that never gets absorbed).
Result<Moments> moments(const PhaseType &pt);

// Convenience: tape + matrix + evaluation in one call.
Result<std::vector<double>> evaluate(const Trace &trace, const std::vector<double> &theta,
                                     const std::vector<double> &times, Quantity quantity);

// "2", "0.5,1,2" or "FROM:TO:STEP" (inclusive of TO up to rounding). At most maxPoints.
Result<std::vector<double>> parseTimeSpec(const QString &spec, std::size_t maxPoints = 1'000'000);
// "1.0" or "1.0,2.5".
Result<std::vector<double>> parseThetaSpec(const QString &spec);
// An evenly spaced grid of `points` values from `from` to `to` inclusive.
std::vector<double> linearGrid(double from, double to, std::size_t points);

} // namespace pt::trace
