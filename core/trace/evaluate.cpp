#include "core/trace/evaluate.h"

#include <QCoreApplication>
#include <QStringList>

#include <Eigen/Dense>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pt::trace {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::trace)
};

Error invalid(const QString &message)
{
    return Error(Error::InvalidInput, message);
}

QString num(double v)
{
    return QString::number(v, 'g', 17);
}

QString thetaText(const std::vector<double> &theta)
{
    QStringList parts;
    for (double x : theta)
        parts << QString::number(x, 'g', 10);
    return QStringLiteral("θ = (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Row = Eigen::RowVectorXd;
using Col = Eigen::VectorXd;

// exp(A) − I by scaling and squaring with the [13/13] Padé approximant (Higham 2005, "The
// scaling and squaring method for the matrix exponential revisited"), keeping the result in
// "minus identity" form throughout: r(B) − I = (V − U)⁻¹·2U and (I + E)² − I = 2E + E².
// Why not Eigen's MatrixBase::exp(): squaring I + E directly loses the relative accuracy of
// slow phases (an entry 1 − 2·10⁻⁹ carries only 8 good digits of its decay), so with rates
// spanning 10⁻³..10⁶ the density at large t came out ~10⁻⁷ off; in E form the same entries
// keep full precision (measured in tests/trace/tst_traceeval stiffChain).
// Returns false when ‖A‖ is not finite (rates × t overflowed): no scaling can help then.
bool expMinusIdentity(const Matrix &A, Matrix &E)
{
    static constexpr double b[14] = {64764752532480000.0,
                                     32382376266240000.0,
                                     7771770303897600.0,
                                     1187353796428800.0,
                                     129060195264000.0,
                                     10559470521600.0,
                                     670442572800.0,
                                     33522128640.0,
                                     1323241920.0,
                                     40840800.0,
                                     960960.0,
                                     16380.0,
                                     182.0,
                                     1.0};
    constexpr double theta13 = 5.371920351148152;
    const Eigen::Index n = A.rows();
    const double norm = A.cwiseAbs().colwise().sum().maxCoeff();
    if (!std::isfinite(norm))
        return false;
    int s = 0;
    if (norm > theta13)
        s = std::max(0, int(std::ceil(std::log2(norm / theta13))));
    const Matrix B = A * std::ldexp(1.0, -s);
    const Matrix I = Matrix::Identity(n, n);
    const Matrix B2 = B * B;
    const Matrix B4 = B2 * B2;
    const Matrix B6 = B4 * B2;
    const Matrix inner = B6 * (b[13] * B6 + b[11] * B4 + b[9] * B2);
    const Matrix U = B * (inner + b[7] * B6 + b[5] * B4 + b[3] * B2 + b[1] * I);
    const Matrix V =
        B6 * (b[12] * B6 + b[10] * B4 + b[8] * B2) + b[6] * B6 + b[4] * B4 + b[2] * B2 + b[0] * I;
    E = (V - U).partialPivLu().solve(2.0 * U);
    for (int k = 0; k < s; ++k)
        E = 2.0 * E + E * E;
    return E.allFinite();
}

Matrix toMatrix(const PhaseType &pt)
{
    const auto n = static_cast<Eigen::Index>(pt.size);
    return Eigen::Map<const Matrix>(pt.S.data(), n, n);
}

} // namespace

Result<std::vector<double>> evaluateTape(const Trace &t, const std::vector<double> &theta)
{
    if (theta.size() != t.paramLength)
        return invalid(Msg::tr("the trace has %n parameter(s) but %1 value(s) of θ were "
                               "given",
                               nullptr, int(t.paramLength))
                           .arg(theta.size()));
    for (std::size_t k = 0; k < theta.size(); ++k) {
        if (!std::isfinite(theta[k]))
            return invalid(Msg::tr("θ[%1] is not finite").arg(k));
    }
    std::vector<double> v(t.operations.size(), 0.0);
    for (std::size_t i = 0; i < t.operations.size(); ++i) {
        const Operation &op = t.operations[i];
        // validateTrace guarantees operands[k] < i and the arities; check again cheaply so a
        // hand-built unvalidated Trace cannot read out of bounds.
        for (std::uint32_t o : op.operands) {
            if (o >= i)
                return invalid(Msg::tr("operations[%1] refers forward to %2").arg(i).arg(o));
        }
        auto a = [&](std::size_t k) { return k < op.operands.size() ? v[op.operands[k]] : 0.0; };
        double r = 0.0;
        switch (op.type) {
        case OpType::Const:
            r = op.constValue;
            break;
        case OpType::Param:
            if (op.paramIdx >= theta.size())
                return invalid(Msg::tr("operations[%1].param_idx out of range").arg(i));
            r = theta[op.paramIdx];
            break;
        case OpType::Dot:
            for (std::size_t k = 0; k < op.coefficients.size() && k < theta.size(); ++k)
                r += op.coefficients[k] * theta[k];
            break;
        case OpType::Add:
            r = a(0) + a(1);
            break;
        case OpType::Mul:
            r = a(0) * a(1);
            break;
        case OpType::Div:
            r = a(0) / a(1);
            break;
        case OpType::Inv:
            r = 1.0 / a(0);
            break;
        case OpType::Sum:
            for (std::uint32_t o : op.operands)
                r += v[o];
            break;
        }
        v[i] = r;
    }
    return v;
}

Result<PhaseType> buildPhaseType(const Trace &t, const std::vector<double> &theta)
{
    if (t.isDiscrete)
        return Error(Error::Unsupported,
                     Msg::tr("this is a discrete phase-type trace (is_discrete); evaluating "
                             "discrete traces is not supported yet - only the summary is "
                             "available"));
    if (auto valid = validateTrace(t); !valid)
        return valid.error();
    auto tape = evaluateTape(t, theta);
    if (!tape)
        return tape.error();
    const std::vector<double> &val = *tape;
    const std::uint32_t nv = t.nVertices;
    const std::uint32_t start = t.startingVertex;
    constexpr double kProbSlack = 1e-9; // rounding in the tape's own divisions

    // Which vertices are transient, and their rates.
    std::vector<std::int64_t> stateOf(nv, -1);
    std::vector<double> lambda(nv, 0.0);
    PhaseType pt;
    for (std::uint32_t v = 0; v < nv; ++v) {
        if (v == start)
            continue;
        const double mean = val[t.vertexRates[v]];
        if (!std::isfinite(mean) || mean < 0)
            return invalid(Msg::tr("vertex %1: mean sojourn time evaluates to %2 at %3 "
                                   "(must be finite and ≥ 0)")
                               .arg(v)
                               .arg(num(mean), thetaText(theta)));
        if (mean == 0.0 || t.edgeProbs[v].empty())
            continue; // absorbing
        const double l = 1.0 / mean;
        if (!std::isfinite(l))
            return invalid(Msg::tr("vertex %1: mean sojourn %2 at %3 gives an infinite "
                                   "rate")
                               .arg(v)
                               .arg(num(mean), thetaText(theta)));
        lambda[v] = l;
        stateOf[v] = static_cast<std::int64_t>(pt.vertexOf.size());
        pt.vertexOf.push_back(v);
    }
    const std::size_t n = pt.vertexOf.size();
    if (n > kMaxDenseStates)
        return Error(Error::Unsupported,
                     Msg::tr("%1 transient states: too many for dense matrix evaluation "
                             "(limit %2)")
                         .arg(n)
                         .arg(kMaxDenseStates));
    pt.size = n;
    pt.S.assign(n * n, 0.0);
    pt.alpha.assign(n, 0.0);
    pt.exit.assign(n, 0.0);

    auto checkedProb = [&](std::uint32_t v, std::size_t k) -> Result<double> {
        const double p = val[t.edgeProbs[v][k]];
        if (!std::isfinite(p) || p < -kProbSlack || p > 1 + kProbSlack)
            return invalid(Msg::tr("edge %1 of vertex %2 (to vertex %3): probability "
                                   "evaluates to %4 at %5 (must be in [0, 1])")
                               .arg(k)
                               .arg(v)
                               .arg(t.vertexTargets[v][k])
                               .arg(num(p), thetaText(theta)));
        return std::clamp(p, 0.0, 1.0);
    };

    // α from the instantaneous start vertex.
    double alphaSum = 0.0, startTotal = 0.0;
    for (std::size_t k = 0; k < t.edgeProbs[start].size(); ++k) {
        auto p = checkedProb(start, k);
        if (!p)
            return p.error();
        const std::uint32_t w = t.vertexTargets[start][k];
        if (w == start && *p > 0)
            return invalid(Msg::tr("the start vertex %1 has an edge to itself with "
                                   "probability %2; an instantaneous start cannot loop")
                               .arg(start)
                               .arg(num(*p)));
        startTotal += *p;
        if (stateOf[w] >= 0) {
            pt.alpha[static_cast<std::size_t>(stateOf[w])] += *p;
            alphaSum += *p;
        }
    }
    if (startTotal > 1 + kProbSlack)
        return invalid(Msg::tr("the start vertex's edge probabilities sum to %1 at %2 "
                               "(must be ≤ 1)")
                           .arg(num(startTotal), thetaText(theta)));
    pt.atomAtZero = std::max(0.0, 1.0 - alphaSum);

    for (std::size_t i = 0; i < n; ++i) {
        const std::uint32_t v = pt.vertexOf[i];
        const double l = lambda[v];
        double total = 0.0, toAbsorbing = 0.0, toStart = 0.0;
        double *row = pt.S.data() + i * n;
        for (std::size_t k = 0; k < t.edgeProbs[v].size(); ++k) {
            auto p = checkedProb(v, k);
            if (!p)
                return p.error();
            total += *p;
            const std::uint32_t w = t.vertexTargets[v][k];
            if (w == start)
                toStart += *p;
            else if (stateOf[w] >= 0)
                row[stateOf[w]] += *p * l;
            else
                toAbsorbing += *p;
        }
        if (total > 1 + kProbSlack)
            return invalid(Msg::tr("vertex %1: edge probabilities sum to %2 at %3 (must "
                                   "be ≤ 1)")
                               .arg(v)
                               .arg(num(total), thetaText(theta)));
        // Going back to the instantaneous start vertex means restarting with α.
        if (toStart > 0) {
            for (std::size_t j = 0; j < n; ++j)
                row[j] += toStart * l * pt.alpha[j];
        }
        row[i] -= l;
        // s = −S·1, assembled from the parts so rows that sum to zero give exactly zero.
        pt.exit[i] = l * (toAbsorbing + toStart * pt.atomAtZero + std::max(0.0, 1.0 - total));
    }
    return pt;
}

Result<std::vector<double>> evaluate(const PhaseType &pt, const std::vector<double> &times,
                                     Quantity quantity)
{
    for (std::size_t k = 0; k < times.size(); ++k) {
        if (!std::isfinite(times[k]) || times[k] < 0)
            return invalid(
                Msg::tr("time #%1 = %2 is not a finite value ≥ 0").arg(k).arg(num(times[k])));
    }
    std::vector<double> out(times.size(), 0.0);
    const auto n = static_cast<Eigen::Index>(pt.size);
    if (n == 0) {
        // Everything is absorbed at time 0: no density, CDF 1.
        if (quantity == Quantity::Cdf)
            std::fill(out.begin(), out.end(), 1.0);
        return out;
    }
    const Matrix S = toMatrix(pt);
    const Row alpha = Eigen::Map<const Row>(pt.alpha.data(), n);
    const Col exitVec = Eigen::Map<const Col>(pt.exit.data(), n);

    std::vector<std::size_t> order(times.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return times[a] < times[b]; });

    // Stepping in E form loses only ~ε per step and exp(S Δ) is substochastic, so errors add up
    // linearly and never grow: re-anchoring every 1024 points keeps them near 1e-13 while a large
    // model (an exponential is O(n³)) pays for as few exponentials as possible.
    constexpr int kAnchorEvery = 1024;
    Matrix E;
    auto overflow = [&](double t) {
        return invalid(Msg::tr("exp(S·t) cannot be computed at t = %1: the rates times t "
                               "overflow double precision")
                           .arg(num(t)));
    };
    // ‖S‖ in the norm that bounds a row vector times S (max row sum) and its transpose's.
    const double normS =
        std::max(S.cwiseAbs().rowwise().sum().maxCoeff(), S.cwiseAbs().colwise().sum().maxCoeff());
    Row v = alpha;
    double tPrev = 0.0;
    bool anchored = false;
    int sinceAnchor = 0;
    double cachedDelta = -1.0;
    Matrix step;
    for (std::size_t idx : order) {
        const double t = times[idx];
        if (!anchored || t != tPrev) {
            if (!anchored || sinceAnchor >= kAnchorEvery) {
                if (t == 0.0) {
                    v = alpha;
                } else {
                    if (!expMinusIdentity(S * t, E))
                        return overflow(t);
                    v = alpha + alpha * E;
                }
                sinceAnchor = 0;
                anchored = true;
            } else {
                const double delta = t - tPrev;
                // Grids built as from + k·h (or typed in decimal) have steps that differ by a
                // few ulps. Reuse exp(S h) then and fix the residual r = Δ − h to first order,
                // v·(I + S r): the neglected (‖S‖·r)²/2 is below 1e-14 under this bound.
                const bool reuse =
                    cachedDelta > 0 && std::fabs(delta - cachedDelta) * normS <= 1e-7;
                if (!reuse) {
                    if (!expMinusIdentity(S * delta, step))
                        return overflow(t);
                    cachedDelta = delta;
                }
                v = v + v * step;
                if (const double r = delta - cachedDelta; r != 0.0)
                    v = v + r * (v * S);
                ++sinceAnchor;
            }
            tPrev = t;
        }
        out[idx] = quantity == Quantity::Pdf ? v.dot(exitVec) : 1.0 - v.sum();
        if (!std::isfinite(out[idx]))
            return overflow(t);
    }
    return out;
}

Result<Moments> moments(const PhaseType &pt)
{
    const auto n = static_cast<Eigen::Index>(pt.size);
    if (n == 0)
        return Moments{};
    const Matrix negS = -toMatrix(pt);
    const Eigen::FullPivLU<Matrix> lu(negS);
    if (!lu.isInvertible())
        return invalid(Msg::tr("the sub-intensity matrix is singular: some probability "
                               "mass is never absorbed, so the moments are infinite"));
    const Row alpha = Eigen::Map<const Row>(pt.alpha.data(), n);
    const Col x = lu.solve(Col::Ones(n));
    const Col y = lu.solve(x);
    Moments m;
    m.mean = alpha.dot(x);
    const double second = 2.0 * alpha.dot(y);
    m.variance = second - m.mean * m.mean;
    if (!std::isfinite(m.mean) || !std::isfinite(m.variance))
        return invalid(Msg::tr("the moments are not finite (mean %1)").arg(num(m.mean)));
    return m;
}

Result<std::vector<double>> evaluate(const Trace &trace, const std::vector<double> &theta,
                                     const std::vector<double> &times, Quantity quantity)
{
    auto pt = buildPhaseType(trace, theta);
    if (!pt)
        return pt.error();
    return evaluate(*pt, times, quantity);
}

namespace {
Result<double> parseNumber(const QString &text, const QString &what)
{
    bool ok = false;
    const double d = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return invalid(Msg::tr("%1 '%2' is not a number").arg(what, text.left(40)));
    return d;
}
} // namespace

std::vector<double> linearGrid(double from, double to, std::size_t points)
{
    std::vector<double> g;
    if (points == 0)
        return g;
    g.reserve(points);
    if (points == 1) {
        g.push_back(from);
        return g;
    }
    const double h = (to - from) / double(points - 1);
    for (std::size_t k = 0; k + 1 < points; ++k)
        g.push_back(from + double(k) * h);
    g.push_back(to);
    return g;
}

Result<std::vector<double>> parseTimeSpec(const QString &spec, std::size_t maxPoints)
{
    const QStringList range = spec.split(QLatin1Char(':'));
    if (range.size() == 3) {
        auto from = parseNumber(range[0], Msg::tr("time range start"));
        auto to = parseNumber(range[1], Msg::tr("time range end"));
        auto step = parseNumber(range[2], Msg::tr("time range step"));
        if (!from || !to || !step)
            return !from ? from.error() : !to ? to.error() : step.error();
        if (*step <= 0 || *to < *from)
            return invalid(Msg::tr("time range '%1' must be FROM:TO:STEP with FROM ≤ TO "
                                   "and STEP > 0")
                               .arg(spec));
        const double count = std::floor((*to - *from) / *step * (1 + 1e-12)) + 1;
        if (!(count <= double(maxPoints)))
            return invalid(Msg::tr("time range '%1' has %2 points, over the limit of %3")
                               .arg(spec, num(count))
                               .arg(maxPoints));
        std::vector<double> out;
        out.reserve(static_cast<std::size_t>(count));
        for (std::size_t k = 0; k < static_cast<std::size_t>(count); ++k) {
            // Snap to 15 significant digits so 0:1:0.1 gives 0.3, not 0.30000000000000004.
            const double t = std::min(*to, *from + double(k) * *step);
            out.push_back(QString::number(t, 'g', 15).toDouble());
        }
        return out;
    }
    if (range.size() != 1)
        return invalid(Msg::tr("time '%1' must be T, T1,T2,... or FROM:TO:STEP").arg(spec));
    std::vector<double> out;
    const QStringList parts = spec.split(QLatin1Char(','));
    if (std::size_t(parts.size()) > maxPoints)
        return invalid(Msg::tr("too many time points (limit %1)").arg(maxPoints));
    for (const QString &p : parts) {
        auto d = parseNumber(p, QStringLiteral("time"));
        if (!d)
            return d.error();
        if (*d < 0)
            return invalid(Msg::tr("time %1 is negative").arg(p));
        out.push_back(*d);
    }
    return out;
}

Result<std::vector<double>> parseThetaSpec(const QString &spec)
{
    std::vector<double> out;
    if (spec.trimmed().isEmpty())
        return out;
    for (const QString &p : spec.split(QLatin1Char(','))) {
        auto d = parseNumber(p, Msg::tr("θ value"));
        if (!d)
            return d.error();
        out.push_back(*d);
    }
    return out;
}

} // namespace pt::trace
