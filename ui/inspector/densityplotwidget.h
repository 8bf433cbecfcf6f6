#pragma once

#include "core/result.h"
#include "core/trace/trace.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPainter;
class QPushButton;
class QSpinBox;
class QTimer;

namespace pt::ui {

class PlotCanvas;

// Nice axis ticks (1, 2, 5 × 10^k steps) covering [lo, hi] with about `target` intervals.
std::vector<double> niceTicks(double lo, double hi, int target = 6);

// The PDF/CDF of a trace over a t range at θ, drawn with QPainter. Every input change starts an
// evaluation on the work pool (core/workpool.h, QtConcurrent::run + QFutureWatcher); results that
// arrive for inputs that have changed since are discarded (generation counter).
class DensityPlotWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DensityPlotWidget(QWidget *parent = nullptr);
    ~DensityPlotWidget() override;

    // The trace to plot (shared read-only with worker threads). parameterNames may be empty.
    void setTrace(std::shared_ptr<const trace::Trace> trace, const QStringList &parameterNames = {},
                  double suggestedTMax = 10.0);
    void clearTrace();

    void setTheta(const std::vector<double> &theta);
    std::vector<double> theta() const;
    void setCdf(bool cdf);
    bool isCdf() const;
    void setTimeRange(double from, double to);
    void setPointCount(int points);

    // The curve currently shown (empty while none is valid).
    const std::vector<double> &times() const { return m_times; }
    const std::vector<double> &values() const { return m_values; }
    bool hasCurve() const { return !m_values.empty(); }
    bool isEvaluating() const { return m_running > 0; }
    QString statusText() const;
    quint64 generation() const { return m_generation; }

    // Export seams: the buttons ask for a file name, tests call these directly.
    Result<void> exportPng(const QString &path, QSize size = {}) const;
    Result<void> exportSvg(const QString &path, QSize size = {}) const;
    Result<void> exportCsv(const QString &path) const;

    // Draws axes, ticks and the curve into `rect` (widget, PNG and SVG share this).
    void paintPlot(QPainter &painter, const QRect &rect) const;

signals:
    void curveUpdated(); // a fresh result is shown
    void evaluationFailed(const QString &message);

private:
    void rebuildThetaInputs(const QStringList &names);
    void scheduleEvaluation();
    void startEvaluation();
    void exportWithDialog(int kind);

    std::shared_ptr<const trace::Trace> m_trace;
    QList<QDoubleSpinBox *> m_thetaBoxes;
    QFormLayout *m_thetaForm = nullptr;
    QWidget *m_thetaPanel = nullptr;
    QComboBox *m_quantity = nullptr;
    QDoubleSpinBox *m_tFrom = nullptr;
    QDoubleSpinBox *m_tTo = nullptr;
    QSpinBox *m_points = nullptr;
    QPushButton *m_pngButton = nullptr;
    QPushButton *m_svgButton = nullptr;
    QPushButton *m_csvButton = nullptr;
    QLabel *m_status = nullptr;
    PlotCanvas *m_canvas = nullptr;
    QTimer *m_debounce = nullptr;

    std::vector<double> m_times;
    std::vector<double> m_values;
    bool m_valuesAreCdf = false;
    QString m_error;
    quint64 m_generation = 0;
    int m_running = 0;
    bool m_pending = false; // inputs changed while a job was running
    double m_lastMillis = 0;
};

} // namespace pt::ui
