// The v1 trace reader: the published n = 5 fixture, every validation rule, gzip limits.
#include "core/trace/trace.h"
#include "tests/support/testsupport.h"
#include "tests/trace/tracebuilders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>
#include <zlib.h>

using namespace pt;
using namespace pt::trace;

namespace {

const QString kFixture = QStringLiteral("trace/coalescent_n5_theta1.json.gz");

QByteArray gzipBytes(const QByteArray &raw, int level = 6)
{
    z_stream zs{};
    deflateInit2(&zs, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&zs, uLong(raw.size()))) + 64, Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(raw.data()));
    zs.avail_in = uInt(raw.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return out;
}

QJsonObject fixtureObject()
{
    auto raw = gunzip(test::readData(kFixture), 1 << 20);
    if (!raw)
        return {};
    return QJsonDocument::fromJson(*raw).object();
}

QByteArray mutated(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject o = fixtureObject();
    edit(o);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// Sets o[key][i][field] = value (for "operations") or o[key][i] = value.
void setOp(QJsonObject &o, int i, const QString &field, const QJsonValue &value)
{
    QJsonArray ops = o.value(QStringLiteral("operations")).toArray();
    QJsonObject op = ops.at(i).toObject();
    op.insert(field, value);
    ops.replace(i, op);
    o.insert(QStringLiteral("operations"), ops);
}

void setIndex(QJsonObject &o, const QString &key, int i, const QJsonValue &value)
{
    QJsonArray a = o.value(key).toArray();
    a.replace(i, value);
    o.insert(key, a);
}

} // namespace

class TestTraceReader : public QObject
{
    Q_OBJECT
private slots:
    void fixtureParses()
    {
        const QByteArray gz = test::readData(kFixture);
        QVERIFY(looksGzip(gz));
        auto t = parseTrace(gz);
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
        QCOMPARE(t->nVertices, 6u);
        QCOMPARE(t->operations.size(), std::size_t(34));
        QCOMPARE(t->paramLength, 1u);
        QCOMPARE(t->operations[6].type, OpType::Dot);
        QCOMPARE(t->operations[6].coefficients, std::vector<double>{10.0});
        QCOMPARE(t->operations[13].operands, (std::vector<std::uint32_t>{5, 12}));
        QCOMPARE(t->vertexRates, (std::vector<std::uint32_t>{4, 8, 11, 14, 17, 5}));
        QCOMPARE(t->states[1], std::vector<std::int64_t>{5});

        const TraceSummary s = summarize(*t);
        QCOMPARE(s.vertices, 6u);
        QCOMPARE(s.edges, std::size_t(10));
        QCOMPARE(s.operations, std::size_t(34));
        QCOMPARE(s.opHistogram[int(OpType::Const)], std::size_t(2));
        QCOMPARE(s.opHistogram[int(OpType::Dot)], std::size_t(10));
        QCOMPARE(s.opHistogram[int(OpType::Mul)], std::size_t(10));
        QCOMPARE(s.opHistogram[int(OpType::Sum)], std::size_t(5));
        QCOMPARE(s.opHistogram[int(OpType::Inv)], std::size_t(5));
        QCOMPARE(s.opHistogram[int(OpType::Add)], std::size_t(2));
        QCOMPARE(s.absorbingVertices, std::vector<std::uint32_t>{5});
        QCOMPARE(s.sccCount, std::size_t(6));
        QVERIFY(s.acyclic);
        const QJsonObject j = summaryToJson(s);
        QCOMPARE(j.value(QStringLiteral("operations")).toInt(), 34);
        QCOMPARE(j.value(QStringLiteral("operation_histogram"))
                     .toObject()
                     .value(QStringLiteral("MUL"))
                     .toInt(),
                 10);
    }

    void plainAndGzipAgree()
    {
        auto raw = gunzip(test::readData(kFixture), 1 << 20);
        QVERIFY(raw.ok());
        auto a = parseTrace(*raw);
        auto b = parseTrace(gzipBytes(*raw, 9));
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(traceToJson(*a), traceToJson(*b));
        // Two concatenated gzip members are one stream (RFC 1952 §2.2).
        const QByteArray half = raw->left(raw->size() / 2);
        auto c = parseTrace(QByteArray(gzipBytes(half) + gzipBytes(raw->mid(half.size()))));
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        QCOMPARE(traceToJson(*c), traceToJson(*a));
        // Round trip through our writer.
        auto d = parseTrace(traceToJson(*a));
        QVERIFY(d.ok());
        QCOMPARE(traceToJson(*d), traceToJson(*a));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");

        QTest::newRow("forward operand") << mutated([](QJsonObject &o) {
            setOp(o, 13, QStringLiteral("operands"), QJsonArray{5, 40});
        }) << QStringLiteral("operations[13].operands[1] = 40 points forward (must be < 13)");
        QTest::newRow("self operand") << mutated([](QJsonObject &o) {
            setOp(o, 13, QStringLiteral("operands"), QJsonArray{13, 5});
        }) << QStringLiteral("operations[13].operands[0] = 13 points at itself");
        QTest::newRow("negative operand") << mutated([](QJsonObject &o) {
            setOp(o, 13, QStringLiteral("operands"), QJsonArray{-1, 5});
        }) << QStringLiteral("operations[13].operands[0] = -1 is negative");
        QTest::newRow("fractional operand") << mutated([](QJsonObject &o) {
            setOp(o, 13, QStringLiteral("operands"), QJsonArray{1.5, 5});
        }) << QStringLiteral("operations[13].operands[0] = 1.5 is not an integer");
        QTest::newRow("string operand") << mutated([](QJsonObject &o) {
            setOp(o, 13, QStringLiteral("operands"), QJsonArray{QStringLiteral("5"), 5});
        }) << QStringLiteral("operations[13].operands[0] must be an integer");
        QTest::newRow("unknown op") << mutated([](QJsonObject &o) {
            setOp(o, 2, QStringLiteral("op_type"), QStringLiteral("POW"));
        }) << QStringLiteral("operations[2].op_type = \"POW\" is not a known operation");
        QTest::newRow("ADD arity") << mutated([](QJsonObject &o) {
            setOp(o, 2, QStringLiteral("operands"), QJsonArray{0, 1, 1});
        }) << QStringLiteral("operations[2] (ADD) has 3 operands, needs 2");
        QTest::newRow("INV arity") << mutated([](QJsonObject &o) {
            setOp(o, 4, QStringLiteral("operands"), QJsonArray{});
        }) << QStringLiteral("operations[4] (INV) has 0 operands, needs 1");
        QTest::newRow("CONST without value") << mutated([](QJsonObject &o) {
            setOp(o, 0, QStringLiteral("const_value"), QJsonValue());
        }) << QStringLiteral("operations[0].const_value must be a number");
        QTest::newRow("PARAM out of range")
            << mutated([](QJsonObject &o) {
                   setOp(o, 1, QStringLiteral("op_type"), QStringLiteral("PARAM"));
                   setOp(o, 1, QStringLiteral("param_idx"), 1);
               })
            << QStringLiteral(
                   "operations[1].param_idx = 1 is out of range (must be < param_length = 1)");
        QTest::newRow("DOT too long")
            << mutated([](QJsonObject &o) {
                   setOp(o, 6, QStringLiteral("coefficients"), QJsonArray{1, 2});
               })
            << QStringLiteral(
                   "operations[6].coefficients has 2 entries, more than param_length = 1");
        QTest::newRow("vertex_rates length") << mutated([](QJsonObject &o) {
            o.insert(QStringLiteral("vertex_rates"), QJsonArray{4, 8});
        }) << QStringLiteral("vertex_rates has 2 entries but n_vertices = 6");
        QTest::newRow("vertex_rates index")
            << mutated([](QJsonObject &o) { setIndex(o, QStringLiteral("vertex_rates"), 2, 34); })
            << QStringLiteral(
                   "vertex_rates[2] = 34 is out of range (must be < 34, the operation count)");
        QTest::newRow("edge_probs vs targets") << mutated([](QJsonObject &o) {
            setIndex(o, QStringLiteral("edge_probs"), 1, QJsonArray{22});
        }) << QStringLiteral("vertex 1 has 1 edge_probs but 2 vertex_targets");
        QTest::newRow("edge_probs index") << mutated([](QJsonObject &o) {
            setIndex(o, QStringLiteral("edge_probs"), 1, QJsonArray{22, 99});
        }) << QStringLiteral("edge_probs[1][1] = 99 is out of range");
        QTest::newRow("target out of range") << mutated([](QJsonObject &o) {
            setIndex(o, QStringLiteral("vertex_targets"), 4, QJsonArray{5, 6});
        }) << QStringLiteral("vertex_targets[4][1] = 6 is out of range (must be < 6, n_vertices)");
        QTest::newRow("start out of range")
            << mutated([](QJsonObject &o) { o.insert(QStringLiteral("starting_vertex_idx"), 6); })
            << QStringLiteral("starting_vertex_idx = 6 is out of range (must be < 6)");
        QTest::newRow("states length")
            << mutated([](QJsonObject &o) { o.insert(QStringLiteral("states"), QJsonArray{}); })
            << QStringLiteral("states has 0 entries but n_vertices = 6");
        QTest::newRow("state entry length") << mutated([](QJsonObject &o) {
            setIndex(o, QStringLiteral("states"), 3, QJsonArray{1, 2});
        }) << QStringLiteral("states[3] has 2 entries but state_length = 1");
        QTest::newRow("missing operations")
            << mutated([](QJsonObject &o) { o.remove(QStringLiteral("operations")); })
            << QStringLiteral("operations is missing");
        QTest::newRow("missing n_vertices")
            << mutated([](QJsonObject &o) { o.remove(QStringLiteral("n_vertices")); })
            << QStringLiteral("n_vertices is missing");
        QTest::newRow("huge n_vertices")
            << mutated([](QJsonObject &o) { o.insert(QStringLiteral("n_vertices"), 1e18); })
            << QStringLiteral("n_vertices = 1000000000000000000 is out of range");
        QTest::newRow("zero vertices") << mutated([](QJsonObject &o) {
            o.insert(QStringLiteral("n_vertices"), 0);
            for (const char *k : {"vertex_rates", "edge_probs", "vertex_targets", "states"})
                o.insert(QLatin1String(k), QJsonArray{});
        }) << QStringLiteral("n_vertices is 0");
        QTest::newRow("operation not object") << mutated([](QJsonObject &o) {
            QJsonArray ops = o.value(QStringLiteral("operations")).toArray();
            ops.replace(3, 7);
            o.insert(QStringLiteral("operations"), ops);
        }) << QStringLiteral("operations[3] must be an object");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("not json") << QByteArray("hello")
                                  << QStringLiteral("not valid JSON at byte");
        QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("must be an object");
        QTest::newRow("deep nesting")
            << QByteArray(100000, '[') << QStringLiteral("JSON nested deeper than 64 levels");
        const QByteArray gz = test::readData(kFixture);
        QTest::newRow("truncated gzip")
            << gz.left(gz.size() - 20) << QStringLiteral("gzip: data truncated");
        QByteArray corrupt = gz;
        corrupt[20] = char(corrupt[20] ^ 0x55);
        corrupt[21] = char(corrupt[21] ^ 0x55);
        QTest::newRow("corrupt gzip") << corrupt << QStringLiteral("gzip:");
        QTest::newRow("gzip header only") << QByteArray("\x1f\x8b", 2) << QStringLiteral("gzip:");
        QTest::newRow("gzip trailing garbage")
            << QByteArray(gz + QByteArray("garbage")) << QStringLiteral("gzip:");
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        auto t = parseTrace(bytes);
        QVERIFY(!t.ok());
        QVERIFY2(t.error().message.contains(expected),
                 qPrintable(QStringLiteral("got: ") + t.error().message));
        QCOMPARE(t.error().code, Error::InvalidInput);
        // The same text through gzip gives the same verdict.
        if (!looksGzip(bytes) && !bytes.isEmpty()) {
            auto g = parseTrace(gzipBytes(bytes));
            QVERIFY(!g.ok());
            QCOMPARE(g.error().message, t.error().message);
        }
    }

    void decompressionBomb()
    {
        // 64 MiB of spaces compress to ~64 KiB; with a 1 MiB cap the reader must stop early.
        const QByteArray bomb = gzipBytes(QByteArray(64 * 1024 * 1024, ' '), 9);
        QVERIFY(bomb.size() < 1024 * 1024);
        ReadLimits limits;
        limits.maxDecompressedBytes = 1024 * 1024;
        auto t = parseTrace(bomb, limits);
        QVERIFY(!t.ok());
        QVERIFY2(t.error().message.contains(QStringLiteral("exceeds the limit of 1048576 bytes")),
                 qPrintable(t.error().message));
        // Exactly at the limit is fine.
        auto r = gunzip(gzipBytes(QByteArray(4096, 'x')), 4096);
        QVERIFY(r.ok());
        QCOMPARE(r->size(), 4096);
        QVERIFY(!gunzip(gzipBytes(QByteArray(4097, 'x')), 4096).ok());
    }

    void fileErrors()
    {
        auto missing = readTraceFile(QStringLiteral("/nonexistent/trace.json.gz"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, Error::NotFound);
        auto ok = readTraceFile(test::dataPath(kFixture));
        QVERIFY(ok.ok());
    }

    void scc_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QList<QList<int>>>("targets");
        QTest::addColumn<int>("components");
        QTest::addColumn<int>("largest");
        QTest::newRow("chain") << 4 << QList<QList<int>>{{1}, {2}, {3}, {}} << 4 << 1;
        QTest::newRow("cycle") << 4 << QList<QList<int>>{{1}, {2}, {0, 3}, {}} << 2 << 3;
        QTest::newRow("two cycles")
            << 6 << QList<QList<int>>{{1}, {0, 2}, {3}, {4}, {2, 5}, {}} << 3 << 3;
        QTest::newRow("self loop") << 2 << QList<QList<int>>{{0, 1}, {}} << 2 << 1;
        QTest::newRow("empty") << 0 << QList<QList<int>>{} << 0 << 0;
    }

    void scc()
    {
        QFETCH(int, n);
        QFETCH(QList<QList<int>>, targets);
        QFETCH(int, components);
        QFETCH(int, largest);
        std::vector<std::vector<std::uint32_t>> t;
        for (const auto &row : targets) {
            t.emplace_back();
            for (int x : row)
                t.back().push_back(std::uint32_t(x));
        }
        const SccResult r = stronglyConnectedComponents(std::uint32_t(n), t);
        QCOMPARE(int(r.sizes.size()), components);
        const int maxSize =
            r.sizes.empty() ? 0 : int(*std::max_element(r.sizes.begin(), r.sizes.end()));
        QCOMPARE(maxSize, largest);
    }

    void sccDeepChainIsIterative()
    {
        // A one-million-vertex cycle would overflow a recursive Tarjan's stack.
        const std::uint32_t n = 1'000'000;
        std::vector<std::vector<std::uint32_t>> t(n);
        for (std::uint32_t v = 0; v < n; ++v)
            t[v].push_back((v + 1) % n);
        const SccResult r = stronglyConnectedComponents(n, t);
        QCOMPARE(r.sizes.size(), std::size_t(1));
        QCOMPARE(r.sizes[0], n);
    }

    void cyclicSummary()
    {
        auto t = test::constantTrace({1.0}, {1.0, 2.0}, {{{2, 1.0}}, {{1, 0.5}, {3, 0.5}}});
        QVERIFY(validateTrace(t).ok());
        const TraceSummary s = summarize(t);
        QVERIFY(!s.acyclic);
        QCOMPARE(s.nontrivialSccs, std::size_t(1));
        QCOMPARE(s.largestScc, std::size_t(2));
        QCOMPARE(s.absorbingVertices, std::vector<std::uint32_t>{3});
    }
};

QTEST_GUILESS_MAIN(TestTraceReader)
#include "tst_tracereader.moc"
