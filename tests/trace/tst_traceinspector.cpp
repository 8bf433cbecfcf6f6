// GUI test (offscreen): TraceInspector loads the n = 5 fixture off the GUI thread, plots it,
// follows θ / PDF-CDF changes, exports PNG/SVG/CSV; bad files and .bin artifacts.
#include "core/trace/trace.h"
#include "tests/support/testsupport.h"
#include "tests/trace/tracebuilders.h"
#include "ui/inspector/densityplotwidget.h"
#include "ui/inspector/traceinspector.h"
#include "ui/inspector/tracesummarywidget.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace pt;
using namespace pt::ui;

namespace {

const QString kFixture = QStringLiteral("trace/coalescent_n5_theta1.json.gz");

double n5Pdf(double theta, double t)
{
    return theta * double(test::hypoexpPdf({10, 6, 3, 1}, theta * t));
}

double n5Cdf(double theta, double t)
{
    return double(test::hypoexpCdf({10, 6, 3, 1}, theta * t));
}

QDoubleSpinBox *spinByName(QWidget *root, const QString &name)
{
    const auto boxes = root->findChildren<QDoubleSpinBox *>();
    for (QDoubleSpinBox *b : boxes) {
        if (b->accessibleName() == name)
            return b;
    }
    return nullptr;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestTraceInspector : public QObject
{
    Q_OBJECT
private slots:
    void niceTicks_data()
    {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<QList<double>>("expected");
        QTest::newRow("0..10") << 0.0 << 10.0 << QList<double>{0, 2, 4, 6, 8, 10};
        QTest::newRow("0..1") << 0.0 << 1.0 << QList<double>{0, 0.2, 0.4, 0.6, 0.8, 1.0};
        QTest::newRow("0..0.27") << 0.0 << 0.27 << QList<double>{0, 0.05, 0.1, 0.15, 0.2, 0.25};
        QTest::newRow("3..1000") << 3.0 << 1000.0 << QList<double>{200, 400, 600, 800, 1000};
    }

    void niceTicks()
    {
        QFETCH(double, lo);
        QFETCH(double, hi);
        QFETCH(QList<double>, expected);
        const std::vector<double> ticks = ui::niceTicks(lo, hi, 6);
        QCOMPARE(int(ticks.size()), int(expected.size()));
        for (std::size_t k = 0; k < ticks.size(); ++k)
            QVERIFY(std::fabs(ticks[k] - expected[qsizetype(k)]) < 1e-12);
    }

    void fixtureFlow()
    {
        TraceInspector inspector(test::dataPath(kFixture));
        inspector.resize(900, 650);
        inspector.show();
        QSignalSpy loaded(&inspector, &TraceInspector::loaded);
        QTRY_COMPARE(inspector.state(), TraceInspector::State::Trace);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.at(0).at(0).toBool(), true);
        TraceSummaryWidget *summary = inspector.summaryWidget();
        QVERIFY(summary->valueOf(QStringLiteral("Vertices")).startsWith(QStringLiteral("6 ")));
        QCOMPARE(summary->valueOf(QStringLiteral("Operations")), QStringLiteral("34"));
        QCOMPARE(summary->valueOf(QStringLiteral("Absorbing vertices")), QStringLiteral("5"));

        DensityPlotWidget *plot = inspector.plotWidget();
        QTRY_VERIFY(plot->hasCurve());
        QVERIFY(plot->isVisible());
        QCOMPARE(plot->theta(), std::vector<double>{1.0});
        // The suggested range is mean + 4 sd at θ = 1.
        QVERIFY(std::fabs(plot->times().back() - (1.6 + 4 * std::sqrt(1.1488888888888888))) < 1e-3);

        QSignalSpy updated(plot, &DensityPlotWidget::curveUpdated);
        plot->setPointCount(401);
        plot->setTimeRange(0.0, 4.0);
        QTRY_VERIFY(updated.count() >= 1 && !plot->isEvaluating());
        QCOMPARE(plot->values().size(), std::size_t(401));
        QVERIFY(std::fabs(plot->times()[200] - 2.0) < 1e-15);
        QVERIFY(std::fabs(plot->values()[200] - 0.2600657740) < 1e-9);

        // θ through its spin box, as a user would.
        QDoubleSpinBox *theta = spinByName(&inspector, QStringLiteral("θ1"));
        QVERIFY(theta);
        updated.clear();
        theta->setValue(2.0);
        QTRY_VERIFY(updated.count() >= 1 && !plot->isEvaluating());
        QVERIFY(std::fabs(plot->values()[200] - n5Pdf(2.0, 2.0)) < 1e-12);

        // A burst of changes: only the last inputs may be shown.
        updated.clear();
        for (double v : {0.5, 0.7, 1.3, 3.0, 0.9})
            theta->setValue(v);
        QTRY_VERIFY(updated.count() >= 1 && !plot->isEvaluating());
        QTest::qWait(100);
        QVERIFY(std::fabs(plot->values()[200] - n5Pdf(0.9, 2.0)) < 1e-12);
        QVERIFY(std::fabs(plot->values()[100] - n5Pdf(0.9, 1.0)) < 1e-12);

        updated.clear();
        plot->setCdf(true);
        QTRY_VERIFY(updated.count() >= 1 && !plot->isEvaluating());
        QVERIFY(std::fabs(plot->values()[400] - n5Cdf(0.9, 4.0)) < 1e-12);
        QCOMPARE(plot->values()[0], 0.0);

        if (qEnvironmentVariableIsSet("PT_TRACE_SCREENSHOT"))
            inspector.grab().save(qEnvironmentVariable("PT_TRACE_SCREENSHOT"));

        // Exports.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(QStringLiteral("plot.png"));
        const QString svg = dir.filePath(QStringLiteral("plot.svg"));
        const QString csv = dir.filePath(QStringLiteral("values.csv"));
        auto r1 = plot->exportPng(png, QSize(640, 400));
        QVERIFY2(r1.ok(), qPrintable(r1.ok() ? QString() : r1.error().message));
        auto r2 = plot->exportSvg(svg, QSize(640, 400));
        QVERIFY2(r2.ok(), qPrintable(r2.ok() ? QString() : r2.error().message));
        auto r3 = plot->exportCsv(csv);
        QVERIFY2(r3.ok(), qPrintable(r3.ok() ? QString() : r3.error().message));

        QImage image(png);
        QCOMPARE(image.size(), QSize(640, 400));
        // The curve is drawn in the highlight colour: some pixels must carry it.
        const QColor highlight = plot->palette().color(QPalette::Highlight);
        int curvePixels = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if (image.pixelColor(x, y) == highlight)
                    ++curvePixels;
            }
        }
        QVERIFY2(curvePixels > 200, qPrintable(QString::number(curvePixels)));

        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("<path") || svgText.contains("<polyline"));
        QVERIFY(svgText.contains("Trace CDF"));

        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().split('\n');
        QCOMPARE(lines.size(), 403); // header + 401 rows + trailing newline
        QCOMPARE(lines.at(0), QByteArray("t,cdf"));
        const QList<QByteArray> row = lines.at(201).split(',');
        QCOMPARE(row.size(), 2);
        QCOMPARE(row.at(0).toDouble(), 2.0);
        QVERIFY(std::fabs(row.at(1).toDouble() - n5Cdf(0.9, 2.0)) < 1e-12);
    }

    void invalidTheta()
    {
        TraceInspector inspector(test::dataPath(kFixture));
        QTRY_COMPARE(inspector.state(), TraceInspector::State::Trace);
        DensityPlotWidget *plot = inspector.plotWidget();
        QTRY_VERIFY(plot->hasCurve());
        QSignalSpy failed(plot, &DensityPlotWidget::evaluationFailed);
        plot->setTheta({-1.0}); // negative rates: not a phase-type distribution
        QTRY_COMPARE(failed.count(), 1);
        QVERIFY(!plot->hasCurve());
        QVERIFY(plot->statusText().contains(QStringLiteral("mean sojourn time evaluates to")));
        QVERIFY(!plot->exportCsv(QStringLiteral("/nonexistent/x.csv")).ok());
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        auto raw = trace::gunzip(test::readData(kFixture), 1 << 20);
        QByteArray forward = *raw;
        forward.replace("[5, 12]", "[5, 40]");
        QTest::newRow("forward operand")
            << forward << QStringLiteral("operations[13].operands[1] = 40 points forward");
        QTest::newRow("garbage") << QByteArray("not a trace") << QStringLiteral("not valid JSON");
        QByteArray bin = test::makePtdRev1(38, 12, 6);
        bin.chop(8);
        QTest::newRow("truncated bin") << bin << QStringLiteral("(truncated)");
    }

    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(writeFile(path, bytes));
        TraceInspector inspector(path);
        QTRY_COMPARE(inspector.state(), TraceInspector::State::Failed);
        QVERIFY2(inspector.errorText().contains(expected), qPrintable(inspector.errorText()));
        QVERIFY(!inspector.plotWidget()->isVisibleTo(&inspector));
    }

    void missingFile()
    {
        TraceInspector inspector(QStringLiteral("/nonexistent/trace.json.gz"));
        QTRY_COMPARE(inspector.state(), TraceInspector::State::Failed);
        QVERIFY(inspector.errorText().contains(QStringLiteral("no such file")));
    }

    void artifact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("parent.bin"));
        QVERIFY(writeFile(path, test::makePtdRev1(38, 12, 6)));
        TraceInspector inspector(path);
        QTRY_COMPARE(inspector.state(), TraceInspector::State::Artifact);
        QCOMPARE(inspector.summaryWidget()->valueOf(QStringLiteral("Commands")),
                 QStringLiteral("38"));
        QCOMPARE(inspector.summaryWidget()->valueOf(QStringLiteral("Vertices")),
                 QStringLiteral("6"));
        QVERIFY(!inspector.plotWidget()->isVisibleTo(&inspector));
    }

    void discreteSummaryOnly()
    {
        trace::Trace t = test::coalescentTrace(4);
        t.isDiscrete = true;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("discrete.json"));
        QVERIFY(writeFile(path, trace::traceToJson(t)));
        TraceInspector inspector(path);
        QTRY_COMPARE(inspector.state(), TraceInspector::State::Trace);
        QVERIFY(inspector.summaryWidget()
                    ->valueOf(QStringLiteral("Format"))
                    .contains(QStringLiteral("discrete")));
        QVERIFY(!inspector.plotWidget()->isVisibleTo(&inspector));
    }

    void packageValidation()
    {
        // trace.json.gz with metadata.json beside it, as in a downloaded package directory.
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("trace.json.gz")), test::readData(kFixture)));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("metadata.json")),
                          test::readData(QStringLiteral("trace/metadata_n5.json"))));
        TraceInspector inspector(dir.filePath(QStringLiteral("trace.json.gz")));
        QTRY_COMPARE(inspector.state(), TraceInspector::State::Trace);
        QCOMPARE(inspector.summaryWidget()->valueOf(QStringLiteral("Validation cases")),
                 QStringLiteral("2 passed, 1 failed (metadata.json)"));
    }

    void closeWhileLoading()
    {
        // Destroying the inspector with work in flight must neither crash nor block.
        for (int k = 0; k < 5; ++k) {
            auto *inspector = new TraceInspector(test::dataPath(kFixture));
            delete inspector;
        }
        QTest::qWait(200);
    }
};

QTEST_MAIN(TestTraceInspector)
#include "tst_traceinspector.moc"
