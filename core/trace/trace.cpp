#include "core/trace/trace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QStringList>

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace pt::trace {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::trace)
};

constexpr const char *kOpNames[kOpTypeCount] = {"CONST", "PARAM", "DOT", "ADD",
                                                "MUL",   "DIV",   "INV", "SUM"};

Error invalid(const QString &message)
{
    return Error(Error::InvalidInput, message);
}

QString num(double v)
{
    // Integers as integers ("1000000000000000000", not "1e+18"): they are indices and counts.
    if (std::isfinite(v) && std::floor(v) == v && std::fabs(v) < 1e21)
        return QString::number(v, 'f', 0);
    return QString::number(v, 'g', 17);
}

// Depth of [ and { outside strings. QJsonDocument has its own (generous) limit; ours is the
// format's, so a 100k-deep "[[[[" is refused before any parser recursion.
Result<void> checkNesting(QByteArrayView json, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return invalid(Msg::tr("JSON nested deeper than %1 levels at byte %2 "
                                       "(a trace needs 3; the file is not a trace)")
                                   .arg(maxDepth)
                                   .arg(i));
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return {};
}

// Reads a non-negative integer that must be < limit. Doubles with a fraction, negatives,
// strings and anything ≥ limit are refused with the path in the message.
Result<std::uint32_t> readIndex(const QJsonValue &v, const QString &path, double limit,
                                const QString &limitWhat)
{
    if (!v.isDouble())
        return invalid(Msg::tr("%1 must be an integer").arg(path));
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d)
        return invalid(Msg::tr("%1 = %2 is not an integer").arg(path, num(d)));
    if (d < 0)
        return invalid(Msg::tr("%1 = %2 is negative").arg(path, num(d)));
    if (d >= limit)
        return invalid(
            Msg::tr("%1 = %2 is out of range (must be < %3)").arg(path, num(d), limitWhat));
    return static_cast<std::uint32_t>(d);
}

Result<QJsonArray> readArray(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return invalid(Msg::tr("%1 is missing").arg(path));
    if (!v.isArray())
        return invalid(Msg::tr("%1 must be an array").arg(path));
    return v.toArray();
}

Result<double> readNumber(const QJsonValue &v, const QString &path)
{
    if (!v.isDouble())
        return invalid(Msg::tr("%1 must be a number").arg(path));
    const double d = v.toDouble();
    if (!std::isfinite(d))
        return invalid(Msg::tr("%1 is not finite").arg(path));
    return d;
}

Result<std::vector<std::uint32_t>> readIndexArray(const QJsonValue &v, const QString &path,
                                                  double limit, const QString &limitWhat)
{
    if (!v.isArray())
        return invalid(Msg::tr("%1 must be an array").arg(path));
    const QJsonArray a = v.toArray();
    std::vector<std::uint32_t> out;
    out.reserve(static_cast<std::size_t>(a.size()));
    for (qsizetype k = 0; k < a.size(); ++k) {
        auto idx = readIndex(a.at(k), path + QStringLiteral("[%1]").arg(k), limit, limitWhat);
        if (!idx)
            return idx.error();
        out.push_back(*idx);
    }
    return out;
}

constexpr double kIndexLimit = 4294967295.0; // indices are stored as u32

} // namespace

const char *opTypeName(OpType type)
{
    const int i = static_cast<int>(type);
    return (i >= 0 && i < kOpTypeCount) ? kOpNames[i] : "?";
}

std::size_t Trace::edgeCount() const
{
    std::size_t n = 0;
    for (const auto &e : edgeProbs)
        n += e.size();
    return n;
}

bool looksGzip(QByteArrayView data)
{
    return data.size() >= 2 && static_cast<unsigned char>(data[0]) == 0x1f &&
           static_cast<unsigned char>(data[1]) == 0x8b;
}

Result<QByteArray> gunzip(QByteArrayView data, qint64 maxBytes)
{
    z_stream zs{};
    // 15 + 32: accept gzip and zlib headers (auto-detected).
    if (inflateInit2(&zs, 15 + 32) != Z_OK)
        return Error(Error::Generic, Msg::tr("gzip: zlib failed to initialise"));
    QByteArray out;
    const qint64 chunk = 256 * 1024;
    qsizetype inPos = 0;
    int rc = Z_OK;
    auto fail = [&](const QString &msg) {
        inflateEnd(&zs);
        return Error(Error::InvalidInput, msg);
    };
    while (true) {
        const qsizetype inAvail =
            std::min<qsizetype>(data.size() - inPos, std::numeric_limits<uInt>::max() / 2);
        zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data() + inPos));
        zs.avail_in = static_cast<uInt>(inAvail);
        const qint64 room = maxBytes - out.size();
        if (room <= 0) {
            // Output full: only acceptable if the stream is exactly at its end.
            char probe = 0;
            zs.next_out = reinterpret_cast<Bytef *>(&probe);
            zs.avail_out = 1;
            rc = inflate(&zs, Z_NO_FLUSH);
            if (zs.avail_out == 0)
                return fail(Msg::tr("gzip: decompressed size exceeds the limit of %1 bytes "
                                    "(refusing a possible decompression bomb)")
                                .arg(maxBytes));
        } else {
            const qint64 step = std::min(chunk, room);
            const qsizetype old = out.size();
            out.resize(old + step);
            zs.next_out = reinterpret_cast<Bytef *>(out.data() + old);
            zs.avail_out = static_cast<uInt>(step);
            rc = inflate(&zs, Z_NO_FLUSH);
            out.resize(old + step - zs.avail_out);
        }
        inPos += inAvail - zs.avail_in;
        if (rc == Z_STREAM_END) {
            // Concatenated gzip members are legal (RFC 1952 §2.2); trailing zeros are padding.
            const QByteArrayView rest = data.sliced(inPos);
            if (rest.isEmpty() ||
                std::all_of(rest.begin(), rest.end(), [](char c) { return c == 0; }))
                break;
            if (inflateReset(&zs) != Z_OK)
                return fail(Msg::tr("gzip: zlib reset failed"));
            continue;
        }
        if (rc == Z_BUF_ERROR && inPos >= data.size())
            return fail(Msg::tr("gzip: data truncated after %1 compressed bytes "
                                "(%2 bytes inflated); the download is incomplete")
                            .arg(inPos)
                            .arg(out.size()));
        if (rc != Z_OK && rc != Z_BUF_ERROR)
            return fail(Msg::tr("gzip: corrupt data near compressed byte %1: %2")
                            .arg(inPos)
                            .arg(QString::fromUtf8(zs.msg ? zs.msg : "inflate failed")));
    }
    inflateEnd(&zs);
    return out;
}

Result<Trace> parseTrace(QByteArrayView bytes, const ReadLimits &limits)
{
    QByteArray inflated;
    QByteArrayView json = bytes;
    if (looksGzip(bytes)) {
        auto r = gunzip(bytes, limits.maxDecompressedBytes);
        if (!r)
            return r.error();
        inflated = std::move(r.value());
        json = inflated;
    } else if (bytes.size() > limits.maxDecompressedBytes) {
        return invalid(Msg::tr("trace JSON is %1 bytes, over the limit of %2")
                           .arg(bytes.size())
                           .arg(limits.maxDecompressedBytes));
    }
    if (auto n = checkNesting(json, limits.maxNestingDepth); !n)
        return n.error();

    QJsonParseError pe{};
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size()), &pe);
    if (pe.error != QJsonParseError::NoError)
        return invalid(
            Msg::tr("trace is not valid JSON at byte %1: %2").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isObject())
        return invalid(Msg::tr("trace JSON must be an object with \"operations\", "
                               "\"vertex_rates\", ... (got %1)")
                           .arg(doc.isArray() ? Msg::tr("an array") : Msg::tr("something else")));
    const QJsonObject root = doc.object();
    Trace t;

    auto readCount = [&](const char *key, double limit) -> Result<std::uint32_t> {
        const QString k = QString::fromLatin1(key);
        if (!root.contains(k))
            return invalid(Msg::tr("%1 is missing").arg(k));
        return readIndex(root.value(k), k, limit + 1, QString::number(limit + 1, 'f', 0));
    };
    auto nv = readCount("n_vertices", double(limits.maxVertices));
    if (!nv)
        return nv.error();
    t.nVertices = *nv;
    auto pl = readCount("param_length", double(limits.maxParameters));
    if (!pl)
        return pl.error();
    t.paramLength = *pl;
    auto sl = readCount("state_length", double(limits.maxParameters));
    if (!sl)
        return sl.error();
    t.stateLength = *sl;
    auto sv = readCount("starting_vertex_idx", kIndexLimit - 1);
    if (!sv)
        return sv.error();
    t.startingVertex = *sv;

    if (root.contains(QStringLiteral("is_discrete"))) {
        const QJsonValue d = root.value(QStringLiteral("is_discrete"));
        if (!d.isBool() && !d.isNull())
            return invalid(Msg::tr("is_discrete must be true or false"));
        t.isDiscrete = d.toBool(false);
    }
    if (root.contains(QStringLiteral("reward_length")) &&
        !root.value(QStringLiteral("reward_length")).isNull()) {
        auto rl = readIndex(root.value(QStringLiteral("reward_length")),
                            QStringLiteral("reward_length"), kIndexLimit, QStringLiteral("2^32"));
        if (!rl)
            return rl.error();
        t.rewardLength = *rl;
    }
    if (root.value(QStringLiteral("metadata")).isObject())
        t.metadata = root.value(QStringLiteral("metadata")).toObject();

    // operations
    auto opsArr = readArray(root, QStringLiteral("operations"), QStringLiteral("operations"));
    if (!opsArr)
        return opsArr.error();
    if (opsArr->size() > limits.maxOperations)
        return invalid(Msg::tr("operations: %1 entries, over the limit of %2")
                           .arg(opsArr->size())
                           .arg(limits.maxOperations));
    t.operations.reserve(static_cast<std::size_t>(opsArr->size()));
    for (qsizetype i = 0; i < opsArr->size(); ++i) {
        const QString path = QStringLiteral("operations[%1]").arg(i);
        const QJsonValue ov = opsArr->at(i);
        if (!ov.isObject())
            return invalid(Msg::tr("%1 must be an object").arg(path));
        const QJsonObject o = ov.toObject();
        Operation op;
        const QString typeName = o.value(QStringLiteral("op_type")).toString();
        int type = -1;
        for (int k = 0; k < kOpTypeCount; ++k) {
            if (typeName == QLatin1String(kOpNames[k]))
                type = k;
        }
        if (type < 0) {
            if (!o.value(QStringLiteral("op_type")).isString())
                return invalid(Msg::tr("%1.op_type is missing or not a string").arg(path));
            return invalid(Msg::tr("%1.op_type = \"%2\" is not a known operation "
                                   "(CONST, PARAM, DOT, ADD, MUL, DIV, INV, SUM)")
                               .arg(path, typeName.left(40)));
        }
        op.type = static_cast<OpType>(type);
        const QJsonValue operands = o.value(QStringLiteral("operands"));
        if (!operands.isUndefined() && !operands.isNull()) {
            // The backwards check is semantic (validateTrace); here only the shape.
            auto idx = readIndexArray(operands, path + QStringLiteral(".operands"), kIndexLimit,
                                      QStringLiteral("2^32"));
            if (!idx)
                return idx.error();
            op.operands = std::move(idx.value());
        }
        switch (op.type) {
        case OpType::Const: {
            auto c = readNumber(o.value(QStringLiteral("const_value")),
                                path + QStringLiteral(".const_value"));
            if (!c)
                return c.error();
            op.constValue = *c;
            break;
        }
        case OpType::Param: {
            const QJsonValue p = o.value(QStringLiteral("param_idx"));
            auto idx = readIndex(p, path + QStringLiteral(".param_idx"), kIndexLimit,
                                 QStringLiteral("2^32"));
            if (!idx)
                return idx.error();
            op.paramIdx = *idx;
            break;
        }
        case OpType::Dot: {
            const QJsonValue c = o.value(QStringLiteral("coefficients"));
            if (!c.isArray())
                return invalid(Msg::tr("%1.coefficients must be an array").arg(path));
            const QJsonArray ca = c.toArray();
            if (ca.size() > qsizetype(t.paramLength))
                return invalid(Msg::tr("%1.coefficients has %2 entries, more than "
                                       "param_length = %3")
                                   .arg(path)
                                   .arg(ca.size())
                                   .arg(t.paramLength));
            op.coefficients.reserve(static_cast<std::size_t>(ca.size()));
            for (qsizetype k = 0; k < ca.size(); ++k) {
                auto x = readNumber(ca.at(k), path + QStringLiteral(".coefficients[%1]").arg(k));
                if (!x)
                    return x.error();
                op.coefficients.push_back(*x);
            }
            break;
        }
        default:
            break;
        }
        t.operations.push_back(std::move(op));
    }
    const double nOps = double(t.operations.size());
    const QString nOpsText = QString::number(t.operations.size());

    auto vr = readArray(root, QStringLiteral("vertex_rates"), QStringLiteral("vertex_rates"));
    if (!vr)
        return vr.error();
    if (vr->size() != qsizetype(t.nVertices))
        return invalid(Msg::tr("vertex_rates has %1 entries but n_vertices = %2")
                           .arg(vr->size())
                           .arg(t.nVertices));
    {
        auto idx = readIndexArray(*vr, QStringLiteral("vertex_rates"), nOps,
                                  nOpsText + Msg::tr(", the operation count"));
        if (!idx)
            return idx.error();
        t.vertexRates = std::move(idx.value());
    }

    auto readNested = [&](const QString &key, double limit, const QString &limitWhat,
                          std::vector<std::vector<std::uint32_t>> &dest) -> Result<void> {
        auto arr = readArray(root, key, key);
        if (!arr)
            return arr.error();
        if (arr->size() != qsizetype(t.nVertices))
            return invalid(Msg::tr("%1 has %2 entries but n_vertices = %3")
                               .arg(key)
                               .arg(arr->size())
                               .arg(t.nVertices));
        dest.reserve(t.nVertices);
        for (qsizetype i = 0; i < arr->size(); ++i) {
            auto idx =
                readIndexArray(arr->at(i), key + QStringLiteral("[%1]").arg(i), limit, limitWhat);
            if (!idx)
                return idx.error();
            dest.push_back(std::move(idx.value()));
        }
        return {};
    };
    if (auto r = readNested(QStringLiteral("edge_probs"), nOps,
                            nOpsText + Msg::tr(", the operation count"), t.edgeProbs);
        !r)
        return r.error();
    if (auto r =
            readNested(QStringLiteral("vertex_targets"), double(t.nVertices),
                       QString::number(t.nVertices) + Msg::tr(", n_vertices"), t.vertexTargets);
        !r)
        return r.error();

    auto st = readArray(root, QStringLiteral("states"), QStringLiteral("states"));
    if (!st)
        return st.error();
    if (st->size() != qsizetype(t.nVertices))
        return invalid(
            Msg::tr("states has %1 entries but n_vertices = %2").arg(st->size()).arg(t.nVertices));
    t.states.reserve(t.nVertices);
    for (qsizetype i = 0; i < st->size(); ++i) {
        const QString path = QStringLiteral("states[%1]").arg(i);
        if (!st->at(i).isArray())
            return invalid(Msg::tr("%1 must be an array").arg(path));
        const QJsonArray s = st->at(i).toArray();
        if (s.size() != qsizetype(t.stateLength))
            return invalid(Msg::tr("%1 has %2 entries but state_length = %3")
                               .arg(path)
                               .arg(s.size())
                               .arg(t.stateLength));
        std::vector<std::int64_t> state;
        state.reserve(static_cast<std::size_t>(s.size()));
        for (qsizetype k = 0; k < s.size(); ++k) {
            const QJsonValue x = s.at(k);
            const double d = x.toDouble(std::numeric_limits<double>::quiet_NaN());
            if (!x.isDouble() || !std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9.0e15)
                return invalid(Msg::tr("%1[%2] must be an integer").arg(path).arg(k));
            state.push_back(static_cast<std::int64_t>(d));
        }
        t.states.push_back(std::move(state));
    }

    if (auto v = validateTrace(t); !v)
        return v.error();
    return t;
}

Result<void> validateTrace(const Trace &t)
{
    const std::size_t nOps = t.operations.size();
    const std::size_t nv = t.nVertices;
    if (nv == 0)
        return invalid(Msg::tr("n_vertices is 0: a trace needs at least a start vertex"));
    if (t.vertexRates.size() != nv || t.edgeProbs.size() != nv || t.vertexTargets.size() != nv)
        return invalid(Msg::tr("vertex_rates/edge_probs/vertex_targets have %1/%2/%3 "
                               "entries but n_vertices = %4")
                           .arg(t.vertexRates.size())
                           .arg(t.edgeProbs.size())
                           .arg(t.vertexTargets.size())
                           .arg(nv));
    if (!t.states.empty() && t.states.size() != nv)
        return invalid(
            Msg::tr("states has %1 entries but n_vertices = %2").arg(t.states.size()).arg(nv));
    if (t.startingVertex >= nv)
        return invalid(Msg::tr("starting_vertex_idx = %1 is out of range (must be < %2)")
                           .arg(t.startingVertex)
                           .arg(nv));
    for (std::size_t i = 0; i < nOps; ++i) {
        const Operation &op = t.operations[i];
        for (std::size_t k = 0; k < op.operands.size(); ++k) {
            const std::uint32_t o = op.operands[k];
            if (o >= i) {
                if (o == i)
                    return invalid(Msg::tr("operations[%1].operands[%2] = %3 points at "
                                           "itself (must be < %1)")
                                       .arg(i)
                                       .arg(k)
                                       .arg(o));
                return invalid(Msg::tr("operations[%1].operands[%2] = %3 points forward "
                                       "(must be < %1)")
                                   .arg(i)
                                   .arg(k)
                                   .arg(o));
            }
        }
        auto arity = [&](std::size_t want) -> Result<void> {
            if (op.operands.size() != want)
                return invalid(Msg::tr("operations[%1] (%2) has %3 operands, needs %4")
                                   .arg(i)
                                   .arg(QLatin1String(opTypeName(op.type)))
                                   .arg(op.operands.size())
                                   .arg(want));
            return {};
        };
        Result<void> ar;
        switch (op.type) {
        case OpType::Add:
        case OpType::Mul:
        case OpType::Div:
            ar = arity(2);
            break;
        case OpType::Inv:
            ar = arity(1);
            break;
        case OpType::Param:
            if (op.paramIdx >= t.paramLength)
                return invalid(Msg::tr("operations[%1].param_idx = %2 is out of range "
                                       "(must be < param_length = %3)")
                                   .arg(i)
                                   .arg(op.paramIdx)
                                   .arg(t.paramLength));
            break;
        case OpType::Dot:
            if (op.coefficients.size() > t.paramLength)
                return invalid(Msg::tr("operations[%1].coefficients has %2 entries, more "
                                       "than param_length = %3")
                                   .arg(i)
                                   .arg(op.coefficients.size())
                                   .arg(t.paramLength));
            break;
        case OpType::Const:
            if (!std::isfinite(op.constValue))
                return invalid(Msg::tr("operations[%1].const_value is not finite").arg(i));
            break;
        case OpType::Sum:
            break;
        }
        if (!ar)
            return ar.error();
    }
    for (std::size_t v = 0; v < nv; ++v) {
        if (t.vertexRates[v] >= nOps)
            return invalid(Msg::tr("vertex_rates[%1] = %2 is out of range (must be < %3, "
                                   "the operation count)")
                               .arg(v)
                               .arg(t.vertexRates[v])
                               .arg(nOps));
        const auto &probs = t.edgeProbs[v];
        const auto &targets = t.vertexTargets[v];
        if (probs.size() != targets.size())
            return invalid(Msg::tr("vertex %1 has %2 edge_probs but %3 vertex_targets "
                                   "(must be equal)")
                               .arg(v)
                               .arg(probs.size())
                               .arg(targets.size()));
        for (std::size_t k = 0; k < probs.size(); ++k) {
            if (probs[k] >= nOps)
                return invalid(Msg::tr("edge_probs[%1][%2] = %3 is out of range (must be "
                                       "< %4, the operation count)")
                                   .arg(v)
                                   .arg(k)
                                   .arg(probs[k])
                                   .arg(nOps));
            if (targets[k] >= nv)
                return invalid(Msg::tr("vertex_targets[%1][%2] = %3 is out of range "
                                       "(must be < n_vertices = %4)")
                                   .arg(v)
                                   .arg(k)
                                   .arg(targets[k])
                                   .arg(nv));
        }
        if (!t.states.empty() && t.states[v].size() != t.stateLength)
            return invalid(Msg::tr("states[%1] has %2 entries but state_length = %3")
                               .arg(v)
                               .arg(t.states[v].size())
                               .arg(t.stateLength));
    }
    return {};
}

Result<Trace> readTraceFile(const QString &path, const ReadLimits &limits)
{
    QFile f(path);
    if (!f.exists())
        return Error(Error::NotFound, Msg::tr("%1: no such file").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Io, Msg::tr("%1: cannot open: %2").arg(path, f.errorString()));
    if (f.size() > limits.maxDecompressedBytes)
        return invalid(Msg::tr("%1: %2 bytes is larger than the %3-byte limit")
                           .arg(path)
                           .arg(f.size())
                           .arg(limits.maxDecompressedBytes));
    const QByteArray bytes = f.readAll();
    auto t = parseTrace(bytes, limits);
    if (!t)
        return t.error().wrapped(QFileInfo(path).fileName() + QStringLiteral(": "));
    return t;
}

SccResult stronglyConnectedComponents(std::uint32_t n,
                                      const std::vector<std::vector<std::uint32_t>> &targets)
{
    constexpr std::uint32_t kUnvisited = std::numeric_limits<std::uint32_t>::max();
    SccResult r;
    r.component.assign(n, kUnvisited);
    std::vector<std::uint32_t> index(n, kUnvisited), low(n, 0);
    std::vector<char> onStack(n, 0);
    std::vector<std::uint32_t> stack;
    // Explicit DFS stack of (vertex, next edge position).
    std::vector<std::pair<std::uint32_t, std::uint32_t>> dfs;
    std::uint32_t counter = 0;
    for (std::uint32_t root = 0; root < n; ++root) {
        if (index[root] != kUnvisited)
            continue;
        dfs.emplace_back(root, 0);
        index[root] = low[root] = counter++;
        stack.push_back(root);
        onStack[root] = 1;
        while (!dfs.empty()) {
            auto &[v, pos] = dfs.back();
            const auto &out = v < targets.size() ? targets[v] : std::vector<std::uint32_t>{};
            if (pos < out.size()) {
                const std::uint32_t w = out[pos++];
                if (w >= n)
                    continue;
                if (index[w] == kUnvisited) {
                    index[w] = low[w] = counter++;
                    stack.push_back(w);
                    onStack[w] = 1;
                    dfs.emplace_back(w, 0); // invalidates v/pos; loop re-reads back()
                } else if (onStack[w]) {
                    low[v] = std::min(low[v], index[w]);
                }
                continue;
            }
            const std::uint32_t done = v;
            dfs.pop_back();
            if (!dfs.empty()) {
                const std::uint32_t parent = dfs.back().first;
                low[parent] = std::min(low[parent], low[done]);
            }
            if (low[done] == index[done]) {
                const auto id = static_cast<std::uint32_t>(r.sizes.size());
                std::uint32_t size = 0;
                std::uint32_t w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[w] = 0;
                    r.component[w] = id;
                    ++size;
                } while (w != done);
                r.sizes.push_back(size);
            }
        }
    }
    return r;
}

TraceSummary summarize(const Trace &t)
{
    TraceSummary s;
    s.vertices = t.nVertices;
    s.edges = t.edgeCount();
    s.parameters = t.paramLength;
    s.stateLength = t.stateLength;
    s.operations = t.operations.size();
    s.startingVertex = t.startingVertex;
    s.isDiscrete = t.isDiscrete;
    for (const Operation &op : t.operations)
        ++s.opHistogram[static_cast<std::size_t>(op.type)];
    for (std::uint32_t v = 0; v < t.nVertices && v < t.vertexTargets.size(); ++v) {
        if (t.vertexTargets[v].empty() && v != t.startingVertex)
            s.absorbingVertices.push_back(v);
    }
    const SccResult scc = stronglyConnectedComponents(t.nVertices, t.vertexTargets);
    s.sccCount = scc.sizes.size();
    std::vector<char> selfLoop(scc.sizes.size(), 0);
    for (std::uint32_t v = 0; v < t.nVertices && v < t.vertexTargets.size(); ++v) {
        for (std::uint32_t w : t.vertexTargets[v]) {
            if (w == v)
                selfLoop[scc.component[v]] = 1;
        }
    }
    for (std::size_t c = 0; c < scc.sizes.size(); ++c) {
        s.largestScc = std::max<std::size_t>(s.largestScc, scc.sizes[c]);
        if (scc.sizes[c] > 1 || selfLoop[c])
            ++s.nontrivialSccs;
    }
    s.acyclic = s.nontrivialSccs == 0;
    return s;
}

QJsonObject summaryToJson(const TraceSummary &s)
{
    QJsonObject hist;
    for (int k = 0; k < kOpTypeCount; ++k)
        hist.insert(QLatin1String(kOpNames[k]), double(s.opHistogram[k]));
    QJsonArray absorbing;
    for (std::uint32_t v : s.absorbingVertices)
        absorbing.append(double(v));
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("trace-v1")},
        {QStringLiteral("vertices"), double(s.vertices)},
        {QStringLiteral("edges"), double(s.edges)},
        {QStringLiteral("parameters"), double(s.parameters)},
        {QStringLiteral("state_length"), double(s.stateLength)},
        {QStringLiteral("operations"), double(s.operations)},
        {QStringLiteral("operation_histogram"), hist},
        {QStringLiteral("starting_vertex"), double(s.startingVertex)},
        {QStringLiteral("absorbing_vertices"), absorbing},
        {QStringLiteral("scc_count"), double(s.sccCount)},
        {QStringLiteral("largest_scc"), double(s.largestScc)},
        {QStringLiteral("cyclic_sccs"), double(s.nontrivialSccs)},
        {QStringLiteral("acyclic"), s.acyclic},
        {QStringLiteral("is_discrete"), s.isDiscrete},
    };
}

QString summaryToText(const TraceSummary &s)
{
    QStringList hist;
    for (int k = 0; k < kOpTypeCount; ++k) {
        if (s.opHistogram[k])
            hist << QStringLiteral("%1 %2").arg(QLatin1String(kOpNames[k])).arg(s.opHistogram[k]);
    }
    QStringList absorbing;
    for (std::size_t i = 0; i < s.absorbingVertices.size() && i < 20; ++i)
        absorbing << QString::number(s.absorbingVertices[i]);
    if (s.absorbingVertices.size() > 20)
        absorbing << QStringLiteral("… (%1 in all)").arg(s.absorbingVertices.size());
    QString text;
    text += QStringLiteral("format:            elimination trace v1 (%1)\n")
                .arg(s.isDiscrete ? QStringLiteral("discrete") : QStringLiteral("continuous"));
    text += QStringLiteral("vertices:          %1 (start vertex %2)\n")
                .arg(s.vertices)
                .arg(s.startingVertex);
    text += QStringLiteral("edges:             %1\n").arg(s.edges);
    text += QStringLiteral("parameters:        %1\n").arg(s.parameters);
    text += QStringLiteral("state length:      %1\n").arg(s.stateLength);
    text += QStringLiteral("operations:        %1 (%2)\n")
                .arg(s.operations)
                .arg(hist.join(QStringLiteral(", ")));
    text += QStringLiteral("absorbing vertices: %1\n").arg(absorbing.join(QStringLiteral(", ")));
    text += QStringLiteral("components:        %1 strongly connected, largest %2, %3 cyclic (%4)\n")
                .arg(s.sccCount)
                .arg(s.largestScc)
                .arg(s.nontrivialSccs)
                .arg(s.acyclic ? QStringLiteral("acyclic graph") : QStringLiteral("has cycles"));
    return text;
}

QByteArray traceToJson(const Trace &t)
{
    auto idxArray = [](const std::vector<std::uint32_t> &v) {
        QJsonArray a;
        for (std::uint32_t x : v)
            a.append(double(x));
        return a;
    };
    QJsonArray ops;
    for (const Operation &op : t.operations) {
        QJsonObject o;
        o.insert(QStringLiteral("op_type"), QLatin1String(opTypeName(op.type)));
        o.insert(QStringLiteral("operands"), idxArray(op.operands));
        o.insert(QStringLiteral("const_value"),
                 op.type == OpType::Const ? QJsonValue(op.constValue) : QJsonValue());
        o.insert(QStringLiteral("param_idx"),
                 op.type == OpType::Param ? QJsonValue(double(op.paramIdx)) : QJsonValue());
        if (op.type == OpType::Dot) {
            QJsonArray c;
            for (double x : op.coefficients)
                c.append(x);
            o.insert(QStringLiteral("coefficients"), c);
        } else {
            o.insert(QStringLiteral("coefficients"), QJsonValue());
        }
        ops.append(o);
    }
    QJsonArray probs, targets, states;
    for (const auto &v : t.edgeProbs)
        probs.append(idxArray(v));
    for (const auto &v : t.vertexTargets)
        targets.append(idxArray(v));
    for (const auto &s : t.states) {
        QJsonArray a;
        for (std::int64_t x : s)
            a.append(double(x));
        states.append(a);
    }
    QJsonObject root{
        {QStringLiteral("operations"), ops},
        {QStringLiteral("vertex_rates"), idxArray(t.vertexRates)},
        {QStringLiteral("edge_probs"), probs},
        {QStringLiteral("vertex_targets"), targets},
        {QStringLiteral("states"), states},
        {QStringLiteral("starting_vertex_idx"), double(t.startingVertex)},
        {QStringLiteral("n_vertices"), double(t.nVertices)},
        {QStringLiteral("state_length"), double(t.stateLength)},
        {QStringLiteral("param_length"), double(t.paramLength)},
        {QStringLiteral("is_discrete"), t.isDiscrete},
    };
    if (!t.metadata.isEmpty())
        root.insert(QStringLiteral("metadata"), t.metadata);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace pt::trace
