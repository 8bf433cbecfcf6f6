// Evaluation of traces: the published n = 5 value, Kingman coalescents n = 2..30 and stiff
// chains against closed forms, semantics of the start vertex, refusals, metadata validation.
#include "core/trace/evaluate.h"
#include "core/trace/trace.h"
#include "core/trace/validation.h"
#include "tests/support/testsupport.h"
#include "tests/trace/tracebuilders.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace pt;
using namespace pt::trace;

namespace {

Trace fixture()
{
    auto t = parseTrace(test::readData(QStringLiteral("trace/coalescent_n5_theta1.json.gz")));
    return t.ok() ? *t : Trace{};
}

std::vector<double> kingmanRates(int n, double theta)
{
    std::vector<double> r;
    for (int k = n; k >= 2; --k)
        r.push_back(theta * k * (k - 1) / 2.0);
    return r;
}

} // namespace

class TestTraceEval : public QObject
{
    Q_OBJECT
private slots:
    void publishedN5()
    {
        const Trace t = fixture();
        QCOMPARE(t.nVertices, 6u);
        auto f = evaluate(t, {1.0}, {2.0}, Quantity::Pdf);
        QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().message));
        QVERIFY2(std::fabs(f->at(0) - 0.2600657740) < 1e-9,
                 qPrintable(QString::number(f->at(0), 'g', 17)));
        auto pt = buildPhaseType(t, {1.0});
        QVERIFY(pt.ok());
        QCOMPARE(pt->size, std::size_t(4)); // start and absorbing vertices excluded
        QCOMPARE(pt->alpha, (std::vector<double>{1.0, 0.0, 0.0, 0.0}));
        QCOMPARE(pt->atomAtZero, 0.0);
        auto m = moments(*pt);
        QVERIFY(m.ok());
        QVERIFY(std::fabs(m->mean - 1.6) < 1e-13);
        const double var = 1 / 100.0 + 1 / 36.0 + 1 / 9.0 + 1.0;
        QVERIFY(std::fabs(m->variance - var) < 1e-13);
    }

    void n5AcrossTheta_data()
    {
        QTest::addColumn<double>("theta");
        QTest::newRow("0.1") << 0.1;
        QTest::newRow("1") << 1.0;
        QTest::newRow("2.5") << 2.5;
        QTest::newRow("40") << 40.0;
    }

    void n5AcrossTheta()
    {
        QFETCH(double, theta);
        const Trace t = fixture();
        const std::vector<double> times = linearGrid(0.0, 20.0 / theta, 401);
        auto f = evaluate(t, {theta}, times, Quantity::Pdf);
        auto F = evaluate(t, {theta}, times, Quantity::Cdf);
        QVERIFY(f.ok() && F.ok());
        const auto rates = kingmanRates(5, theta);
        double maxErr = 0;
        for (std::size_t k = 0; k < times.size(); ++k) {
            maxErr = std::max(
                maxErr, double(std::fabs(f->at(k) - test::hypoexpPdf(rates, times[k]))) / theta);
            maxErr =
                std::max(maxErr, double(std::fabs(F->at(k) - test::hypoexpCdf(rates, times[k]))));
        }
        QVERIFY2(maxErr < 1e-12, qPrintable(QString::number(maxErr)));
        auto m = moments(*buildPhaseType(t, {theta}));
        QVERIFY(std::fabs(m->mean - 1.6 / theta) < 1e-12 / theta);
    }

    void coalescent_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("theta");
        for (int n = 2; n <= 30; ++n)
            QTest::addRow("n=%d", n) << n << 1.0;
        QTest::newRow("n=10 theta=0.3") << 10 << 0.3;
        QTest::newRow("n=30 theta=7") << 30 << 7.0;
    }

    void coalescent()
    {
        QFETCH(int, n);
        QFETCH(double, theta);
        const Trace t = test::coalescentTrace(n);
        QVERIFY(validateTrace(t).ok());
        // Through the JSON writer and reader, as a real file would go.
        auto parsed = parseTrace(traceToJson(t));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        const std::vector<double> times = linearGrid(0.0, 12.0 / theta, 1001);
        auto f = evaluate(*parsed, {theta}, times, Quantity::Pdf);
        auto F = evaluate(*parsed, {theta}, times, Quantity::Cdf);
        QVERIFY(f.ok() && F.ok());
        const auto rates = kingmanRates(n, theta);
        double maxPdf = 0, maxCdf = 0;
        for (std::size_t k = 0; k < times.size(); ++k) {
            maxPdf =
                std::max(maxPdf, double(std::fabs(f->at(k) - test::hypoexpPdf(rates, times[k]))));
            maxCdf =
                std::max(maxCdf, double(std::fabs(F->at(k) - test::hypoexpCdf(rates, times[k]))));
        }
        // Scale by θ: the density scales with it.
        QVERIFY2(maxPdf / theta < 1e-13, qPrintable(QStringLiteral("pdf error %1").arg(maxPdf)));
        QVERIFY2(maxCdf < 1e-13, qPrintable(QStringLiteral("cdf error %1").arg(maxCdf)));
        if (n == 30 && theta == 1.0)
            qInfo("n=30 θ=1: max |pdf error| %.3g, max |cdf error| %.3g over 1001 points", maxPdf,
                  maxCdf);
        // Mean of the TMRCA: 2(1 − 1/n)/θ.
        auto m = moments(*buildPhaseType(*parsed, {theta}));
        QVERIFY(m.ok());
        QVERIFY(std::fabs(m->mean - 2.0 * (1.0 - 1.0 / n) / theta) < 1e-12 / theta);
    }

    void nearlyUniformGrid()
    {
        // Decimal grids (0:12:0.01 snapped to 15 digits) and jittered ones reuse exp(S h) with a
        // first-order fix of the residual; the result must match the closed form everywhere.
        const Trace t = test::coalescentTrace(30);
        auto grid = parseTimeSpec(QStringLiteral("0:12:0.01"));
        QVERIFY(grid.ok());
        QCOMPARE(grid->size(), std::size_t(1201));
        std::vector<double> jittered = *grid;
        for (std::size_t k = 1; k < jittered.size(); ++k)
            jittered[k] *= 1.0 + ((k * 7919) % 13 - 6.0) * 1e-15;
        const auto rates = kingmanRates(30, 1.0);
        for (const auto &times : {*grid, jittered}) {
            auto f = evaluate(t, {1.0}, times, Quantity::Pdf);
            QVERIFY(f.ok());
            double maxErr = 0;
            for (std::size_t k = 0; k < times.size(); ++k)
                maxErr = std::max(maxErr,
                                  double(std::fabs(f->at(k) - test::hypoexpPdf(rates, times[k]))));
            QVERIFY2(maxErr < 1e-13, qPrintable(QString::number(maxErr)));
        }
    }

    void speed()
    {
        const Trace t = test::coalescentTrace(30);
        const std::vector<double> times = linearGrid(0.0, 10.0, 1000);
        QElapsedTimer timer;
        timer.start();
        auto f = evaluate(t, {1.0}, times, Quantity::Pdf);
        const qint64 ns = timer.nsecsElapsed();
        QVERIFY(f.ok());
        qInfo("n=30, 1000 uniform t points: %.3f ms", double(ns) / 1e6);
        // Irregular times cost one exponential each.
        std::vector<double> irregular;
        for (int k = 0; k < 1000; ++k)
            irregular.push_back(10.0 * std::pow(double(k) / 999.0, 2.0));
        timer.restart();
        auto g = evaluate(t, {1.0}, irregular, Quantity::Pdf);
        qInfo("n=30, 1000 irregular t points: %.3f ms", double(timer.nsecsElapsed()) / 1e6);
        QVERIFY(g.ok());
        const auto rates = kingmanRates(30, 1.0);
        for (std::size_t k = 0; k < irregular.size(); ++k)
            QVERIFY(std::fabs(g->at(k) - double(test::hypoexpPdf(rates, irregular[k]))) < 1e-11);
    }

    void stiffChain_data()
    {
        QTest::addColumn<std::vector<double>>("rates");
        QTest::addColumn<std::vector<double>>("times");
        QTest::newRow("1e6..1e-3")
            << std::vector<double>{1e6, 1e3, 1.0, 1e-3}
            << std::vector<double>{1e-7, 1e-6, 1e-4, 1e-2, 0.5, 1, 10, 100, 1000, 5000};
        QTest::newRow("1e-3..1e6") << std::vector<double>{1e-3, 1.0, 1e3, 1e6}
                                   << std::vector<double>{1e-3, 0.1, 1, 10, 100, 1000, 5000};
        QTest::newRow("six decades") << std::vector<double>{1e6, 3e5, 1e4, 50, 0.7, 2e-3}
                                     << std::vector<double>{1e-5, 1e-3, 0.1, 1, 10, 300, 2000};
    }

    void stiffChain()
    {
        QFETCH(std::vector<double>, rates);
        QFETCH(std::vector<double>, times);
        const Trace t = test::chainTrace(rates);
        QVERIFY(validateTrace(t).ok());
        auto f = evaluate(t, {1.0}, times, Quantity::Pdf);
        auto F = evaluate(t, {1.0}, times, Quantity::Cdf);
        QVERIFY(f.ok() && F.ok());
        double worstRel = 0, worstCdf = 0;
        for (std::size_t k = 0; k < times.size(); ++k) {
            const double want = double(test::hypoexpPdf(rates, times[k]));
            // Where the closed form's own cancellation dominates (t ≪ 1/λmax) the comparison
            // can only be as good as the reference; excess over that is what we measure.
            const double slack = double(test::hypoexpPdfUncertainty(rates, times[k]));
            const double err = std::max(0.0, std::fabs(f->at(k) - want) - slack);
            const double rel = err / std::max(std::fabs(want), 1e-300);
            worstRel = std::max(worstRel, rel);
            if (qEnvironmentVariableIsSet("PT_TRACE_VERBOSE"))
                qInfo("t=%g f=%.17g want=%.17g rel=%.3g", times[k], f->at(k), want, rel);
            worstCdf =
                std::max(worstCdf, std::fabs(F->at(k) - double(test::hypoexpCdf(rates, times[k]))));
        }
        qInfo("stiff %s: max relative pdf error %.3g, max abs cdf error %.3g",
              QTest::currentDataTag(), worstRel, worstCdf);
        QVERIFY2(worstRel < 1e-12, qPrintable(QString::number(worstRel)));
        QVERIFY2(worstCdf < 1e-14, qPrintable(QString::number(worstCdf)));
    }

    void stiffCycle()
    {
        // 1 → 2 at rate a; 2 leaves at rate b, back to 1 with probability q, else absorbed.
        // f(t) = (1−q)·a·b·(e^{r1 t} − e^{r2 t})/(r1 − r2), r1,2 roots of x² + (a+b)x + ab(1−q).
        const double a = 1e6, b = 1e-3, q = 0.5;
        const Trace t = test::constantTrace({1.0}, {a, b}, {{{2, 1.0}}, {{1, q}, {3, 1 - q}}});
        const long double B = (long double)a + b, C = (long double)a * b * (1 - q);
        const long double disc = std::sqrt(B * B - 4 * C);
        const long double r2 = (-B - disc) / 2; // large in magnitude
        const long double r1 = C / r2;          // small root without cancellation
        const std::vector<double> times{1e-6, 1e-3, 1, 100, 1000, 4000};
        auto f = evaluate(t, {1.0}, times, Quantity::Pdf);
        QVERIFY(f.ok());
        double worst = 0;
        for (std::size_t k = 0; k < times.size(); ++k) {
            const long double x = times[k];
            const double want =
                double((1 - q) * a * b * (std::exp(r1 * x) - std::exp(r2 * x)) / (r1 - r2));
            worst = std::max(worst, std::fabs(f->at(k) - want) / want);
        }
        qInfo("stiff cycle (a=1e6, b=1e-3): max relative pdf error %.3g", worst);
        QVERIFY2(worst < 1e-12, qPrintable(QString::number(worst)));
        auto m = moments(*buildPhaseType(t, {1.0}));
        // Each visit costs 1/a + 1/b; the number of visits is geometric with mean 1/(1−q).
        QVERIFY(std::fabs(m->mean - (1 / a + 1 / b) / (1 - q)) < 1e-9 * m->mean);
    }

    void orderAndDuplicates()
    {
        const Trace t = fixture();
        const std::vector<double> times{3.0, 0.0, 2.0, 2.0, 0.5, 10.0, 0.5};
        auto f = evaluate(t, {1.0}, times, Quantity::Pdf);
        QVERIFY(f.ok());
        for (std::size_t k = 0; k < times.size(); ++k) {
            auto one = evaluate(t, {1.0}, {times[k]}, Quantity::Pdf);
            QVERIFY(std::fabs(one->at(0) - f->at(k)) < 1e-14);
        }
        QCOMPARE(f->at(1), 0.0); // f(0) = α·s = 0: the first state does not exit
        auto F = evaluate(t, {1.0}, {0.0, 200.0}, Quantity::Cdf);
        QCOMPARE(F->at(0), 0.0);
        QVERIFY(std::fabs(F->at(1) - 1.0) < 1e-15);
    }

    void startVertexSemantics()
    {
        // α = (0.25 to state 1, 0.5 to state 2, 0.25 straight to absorption): an atom at 0.
        Trace t = test::constantTrace({0.25, 0.5, 0.0}, {2.0, 3.0}, {{{3, 1.0}}, {{3, 1.0}}});
        t.edgeProbs[0].push_back(t.edgeProbs[0][0]); // another 0.25 edge …
        t.vertexTargets[0].push_back(3);             // … to the absorbing vertex
        auto pt = buildPhaseType(t, {1.0});
        QVERIFY2(pt.ok(), qPrintable(pt.ok() ? QString() : pt.error().message));
        QCOMPARE(pt->atomAtZero, 0.25);
        auto F = evaluate(*pt, {0.0, 1.0}, Quantity::Cdf);
        QCOMPARE(F->at(0), 0.25);
        const double want = 1 - 0.25 * std::exp(-2.0) - 0.5 * std::exp(-3.0);
        QVERIFY(std::fabs(F->at(1) - want) < 1e-14);

        // A return to the start vertex restarts with α: 1 → start with prob 0.5, else absorbed.
        // Sum of a geometric number of Exp(2): Exp(2·0.5) = Exp(1).
        Trace back = test::constantTrace({1.0}, {2.0}, {{{0, 0.5}, {2, 0.5}}});
        auto f = evaluate(back, {1.0}, {0.0, 1.0, 3.0}, Quantity::Pdf);
        QVERIFY2(f.ok(), qPrintable(f.ok() ? QString() : f.error().message));
        for (double x : {0.0, 1.0, 3.0}) {
            const std::size_t k = x == 0 ? 0 : x == 1 ? 1 : 2;
            QVERIFY(std::fabs(f->at(k) - std::exp(-x)) < 1e-14);
        }
        // Probability mass that no edge claims also exits: rate 2, edges sum to 0.5 → Exp(2)
        // with half going on to state 2.
        Trace leak = test::constantTrace({1.0}, {2.0, 5.0}, {{{2, 0.5}}, {{3, 1.0}}});
        auto lp = buildPhaseType(leak, {1.0});
        QVERIFY(lp.ok());
        QCOMPARE(lp->exit, (std::vector<double>{1.0, 5.0}));
    }

    void refusals_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected");
        QTest::newRow("discrete") << 0 << QStringLiteral("discrete traces is not supported yet");
        QTest::newRow("theta count") << 1 << QStringLiteral("1 parameter(s) but 2 value(s)");
        QTest::newRow("negative sojourn")
            << 2 << QStringLiteral("vertex 1: mean sojourn time evaluates to -0.5");
        QTest::newRow("probability > 1") << 3 << QStringLiteral("probability evaluates to 1.5");
        QTest::newRow("mass > 1") << 4 << QStringLiteral("vertex 1: edge probabilities sum to 1.5");
        QTest::newRow("negative time") << 5 << QStringLiteral("is not a finite value ≥ 0");
        QTest::newRow("division by zero") << 6 << QStringLiteral("must be finite");
        QTest::newRow("theta nan") << 7 << QStringLiteral("θ[0] is not finite");
        QTest::newRow("rate overflow") << 8 << QStringLiteral("overflow double precision");
    }

    void refusals()
    {
        QFETCH(int, which);
        QFETCH(QString, expected);
        Trace t = test::chainTrace({2.0, 3.0});
        std::vector<double> theta{1.0};
        std::vector<double> times{1.0};
        switch (which) {
        case 0:
            t.isDiscrete = true;
            break;
        case 1:
            theta = {1.0, 2.0};
            break;
        case 2:
            t.operations[t.operations[t.vertexRates[1]].operands[0]].constValue = -2.0;
            break;
        case 3:
            t.operations[t.edgeProbs[1][0]].constValue = 1.5;
            break;
        case 4:
            t.edgeProbs[1].push_back(t.edgeProbs[1][0]);
            t.vertexTargets[1].push_back(3);
            t.operations[t.edgeProbs[1][0]].constValue = 0.75;
            break;
        case 5:
            times = {-1.0};
            break;
        case 6:
            t.operations[t.operations[t.vertexRates[1]].operands[0]].constValue = 0.0;
            break;
        case 7:
            theta = {std::nan("")};
            break;
        case 8:
            t = test::chainTrace({1e300, 1.0});
            times = {1e10};
            break;
        }
        auto f = evaluate(t, theta, times, Quantity::Pdf);
        QVERIFY(!f.ok());
        QVERIFY2(f.error().message.contains(expected), qPrintable(f.error().message));
        if (which == 0)
            QCOMPARE(f.error().code, Error::Unsupported);
    }

    void singularMoments()
    {
        // 1 ⇄ 2 with no way out: the time to absorption is infinite.
        const Trace t = test::constantTrace({1.0}, {1.0, 1.0}, {{{2, 1.0}}, {{1, 1.0}}});
        auto pt = buildPhaseType(t, {1.0});
        QVERIFY(pt.ok());
        auto m = moments(*pt);
        QVERIFY(!m.ok());
        QVERIFY(m.error().message.contains(QStringLiteral("singular")));
        auto F = evaluate(*pt, {5.0}, Quantity::Cdf);
        QVERIFY(std::fabs(F->at(0)) < 1e-14); // never absorbed
    }

    void timeSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("first");
        QTest::addColumn<double>("last");
        QTest::newRow("single") << QStringLiteral("2") << 1 << 2.0 << 2.0;
        QTest::newRow("list") << QStringLiteral("0.5, 1,2") << 3 << 0.5 << 2.0;
        QTest::newRow("range") << QStringLiteral("0:10:0.1") << 101 << 0.0 << 10.0;
        QTest::newRow("range inexact") << QStringLiteral("0:1:0.3") << 4 << 0.0 << 0.9;
        QTest::newRow("bad") << QStringLiteral("abc") << -1 << 0.0 << 0.0;
        QTest::newRow("negative") << QStringLiteral("-1") << -1 << 0.0 << 0.0;
        QTest::newRow("zero step") << QStringLiteral("0:1:0") << -1 << 0.0 << 0.0;
        QTest::newRow("reversed") << QStringLiteral("5:1:0.1") << -1 << 0.0 << 0.0;
        QTest::newRow("too many") << QStringLiteral("0:1e9:1e-3") << -1 << 0.0 << 0.0;
        QTest::newRow("two colons") << QStringLiteral("0:1") << -1 << 0.0 << 0.0;
    }

    void timeSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(int, count);
        QFETCH(double, first);
        QFETCH(double, last);
        auto r = parseTimeSpec(spec);
        if (count < 0) {
            QVERIFY(!r.ok());
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(int(r->size()), count);
        QCOMPARE(r->front(), first);
        QVERIFY(std::fabs(r->back() - last) < 1e-12);
    }

    void metadataValidation()
    {
        const Trace t = fixture();
        auto report = runValidation(t, test::readData(QStringLiteral("trace/metadata_n5.json")));
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->sourceKey, QStringLiteral("validation.test_cases"));
        QCOMPARE(int(report->cases.size()), 3);
        QVERIFY(report->cases[0].passed);
        QVERIFY(report->cases[1].passed);
        QVERIFY(report->cases[1].cdf);
        QVERIFY(!report->cases[2].passed); // the plan's illustrative 0.18394 matches nothing
        QCOMPARE(report->passed(), 2);
        QCOMPARE(report->failed(), 1);
        QVERIFY(std::fabs(report->cases[2].actual - 0.52978956020363621) < 1e-12);
        const QJsonObject j = validationToJson(*report);
        QCOMPARE(j.value(QStringLiteral("failed")).toInt(), 1);
    }

    void metadataShapes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("passed");
        QTest::addColumn<int>("failed");
        QTest::addColumn<bool>("ok");
        QTest::newRow("top-level test_cases")
            << QByteArray(R"({"test_cases":[{"theta":1,"t":2,"expected":0.260065774,"tol":1e-9}]})")
            << 1 << 0 << true;
        QTest::newRow("validation array, quoted numbers")
            << QByteArray(
                   R"({"validation":[{"theta":["1"],"time":"2","expected_pdf":"0.26006577402"}]})")
            << 1 << 0 << true;
        QTest::newRow("nested other key")
            << QByteArray(R"({"validation":{"cases":[{"theta":[1],"time":2,"expected_pdf":0.3}]}})")
            << 0 << 1 << true;
        QTest::newRow("wrong theta count")
            << QByteArray(R"({"tests":[{"theta":[1,2],"time":2,"expected_pdf":0.26}]})") << 0 << 1
            << true;
        QTest::newRow("bad entries counted")
            << QByteArray(
                   R"({"tests":[{"theta":[1],"time":2,"expected_pdf":0.26,"tolerance":0.01},{"time":-1,"expected_pdf":1},5]})")
            << 1 << 2 << true;
        QTest::newRow("no cases") << QByteArray(R"({"description":"x"})") << 0 << 0 << false;
        QTest::newRow("not json") << QByteArray("{") << 0 << 0 << false;
    }

    void metadataShapes()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, passed);
        QFETCH(int, failed);
        QFETCH(bool, ok);
        auto report = runValidation(fixture(), json);
        QCOMPARE(report.ok(), ok);
        if (!ok)
            return;
        QCOMPARE(report->passed(), passed);
        QCOMPARE(report->failed(), failed);
    }
};

QTEST_GUILESS_MAIN(TestTraceEval)
#include "tst_traceeval.moc"
