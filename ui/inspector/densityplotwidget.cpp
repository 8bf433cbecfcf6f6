#include "ui/inspector/densityplotwidget.h"

#include "core/trace/evaluate.h"
#include "core/workpool.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QSvgGenerator>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace pt::ui {

namespace {

struct EvalOutput
{
    quint64 generation = 0;
    bool ok = false;
    QString error;
    std::vector<double> times;
    std::vector<double> values;
    bool cdf = false;
    double millis = 0;
};

QString tickLabel(double v, double step)
{
    if (std::fabs(v) < step * 1e-9)
        return QStringLiteral("0");
    const double mag = std::max(std::fabs(v), step);
    if (mag >= 1e5 || mag < 1e-3)
        return QString::number(v, 'g', 3);
    // Enough decimals to tell neighbouring ticks apart.
    const int decimals = std::clamp(int(std::ceil(-std::log10(step))), 0, 8);
    return QString::number(v, 'f', decimals);
}

} // namespace

std::vector<double> niceTicks(double lo, double hi, int target)
{
    std::vector<double> ticks;
    if (!std::isfinite(lo) || !std::isfinite(hi) || target < 1)
        return ticks;
    if (hi < lo)
        std::swap(lo, hi);
    if (hi - lo <= 0) {
        ticks.push_back(lo);
        return ticks;
    }
    const double raw = (hi - lo) / target;
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    const double f = raw / p;
    const double step = (f < 1.5 ? 1 : f < 3 ? 2 : f < 7 ? 5 : 10) * p;
    const double first = std::ceil(lo / step - 1e-9) * step;
    for (int k = 0; k < 1000; ++k) {
        const double v = first + k * step;
        if (v > hi + step * 1e-9)
            break;
        ticks.push_back(std::fabs(v) < step * 1e-12 ? 0.0 : v);
    }
    return ticks;
}

class PlotCanvas : public QWidget
{
public:
    explicit PlotCanvas(DensityPlotWidget *owner) : QWidget(owner), m_owner(owner)
    {
        setMinimumSize(320, 220);
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setAccessibleName(DensityPlotWidget::tr("Density plot"));
        setBackgroundRole(QPalette::Base);
        setAutoFillBackground(true);
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        m_owner->paintPlot(painter, rect());
    }

private:
    DensityPlotWidget *m_owner;
};

DensityPlotWidget::DensityPlotWidget(QWidget *parent) : QWidget(parent)
{
    m_quantity = new QComboBox(this);
    m_quantity->addItem(tr("Density (PDF)"));
    m_quantity->addItem(tr("Cumulative (CDF)"));
    m_quantity->setAccessibleName(tr("Quantity"));

    auto makeTime = [this](const QString &name, double value) {
        auto *box = new QDoubleSpinBox(this);
        box->setRange(0.0, 1e9);
        box->setDecimals(4);
        box->setValue(value);
        box->setAccessibleName(name);
        box->setKeyboardTracking(false);
        return box;
    };
    m_tFrom = makeTime(tr("Time from"), 0.0);
    m_tTo = makeTime(tr("Time to"), 10.0);
    m_points = new QSpinBox(this);
    m_points->setRange(2, 20000);
    m_points->setValue(400);
    m_points->setAccessibleName(tr("Points"));
    m_points->setKeyboardTracking(false);

    m_pngButton = new QPushButton(tr("PNG…"), this);
    m_pngButton->setAccessibleName(tr("Export plot as PNG"));
    m_svgButton = new QPushButton(tr("SVG…"), this);
    m_svgButton->setAccessibleName(tr("Export plot as SVG"));
    m_csvButton = new QPushButton(tr("CSV…"), this);
    m_csvButton->setAccessibleName(tr("Export values as CSV"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_quantity);
    controls->addWidget(new QLabel(tr("t from"), this));
    controls->addWidget(m_tFrom);
    controls->addWidget(new QLabel(tr("to"), this));
    controls->addWidget(m_tTo);
    controls->addWidget(new QLabel(tr("points"), this));
    controls->addWidget(m_points);
    controls->addStretch(1);
    controls->addWidget(m_pngButton);
    controls->addWidget(m_svgButton);
    controls->addWidget(m_csvButton);

    // θ inputs live in a scroll area: a trace may have dozens of parameters.
    m_thetaPanel = new QWidget(this);
    m_thetaForm = new QFormLayout(m_thetaPanel);
    m_thetaForm->setContentsMargins(0, 0, 0, 0);
    auto *thetaScroll = new QScrollArea(this);
    thetaScroll->setWidget(m_thetaPanel);
    thetaScroll->setWidgetResizable(true);
    thetaScroll->setFrameShape(QFrame::NoFrame);
    thetaScroll->setMinimumWidth(190);
    thetaScroll->setMaximumWidth(260);
    thetaScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    thetaScroll->setAccessibleName(tr("Parameters"));

    m_canvas = new PlotCanvas(this);
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Plot status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *body = new QHBoxLayout;
    body->addWidget(thetaScroll);
    body->addWidget(m_canvas, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(body, 1);
    layout->addWidget(m_status);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(40); // coalesce bursts of spin-box steps into one evaluation
    connect(m_debounce, &QTimer::timeout, this, &DensityPlotWidget::startEvaluation);

    connect(m_quantity, &QComboBox::currentIndexChanged, this,
            &DensityPlotWidget::scheduleEvaluation);
    connect(m_tFrom, &QDoubleSpinBox::valueChanged, this, &DensityPlotWidget::scheduleEvaluation);
    connect(m_tTo, &QDoubleSpinBox::valueChanged, this, &DensityPlotWidget::scheduleEvaluation);
    connect(m_points, &QSpinBox::valueChanged, this, &DensityPlotWidget::scheduleEvaluation);
    connect(m_pngButton, &QPushButton::clicked, this, [this] { exportWithDialog(0); });
    connect(m_svgButton, &QPushButton::clicked, this, [this] { exportWithDialog(1); });
    connect(m_csvButton, &QPushButton::clicked, this, [this] { exportWithDialog(2); });
    setEnabled(false);
}

DensityPlotWidget::~DensityPlotWidget() = default;

void DensityPlotWidget::setTrace(std::shared_ptr<const trace::Trace> trace,
                                 const QStringList &parameterNames, double suggestedTMax)
{
    m_trace = std::move(trace);
    m_times.clear();
    m_values.clear();
    m_error.clear();
    rebuildThetaInputs(parameterNames);
    {
        const QSignalBlocker b1(m_tFrom), b2(m_tTo);
        m_tFrom->setValue(0.0);
        m_tTo->setValue(suggestedTMax > 0 && std::isfinite(suggestedTMax) ? suggestedTMax : 10.0);
    }
    setEnabled(m_trace != nullptr);
    scheduleEvaluation();
}

void DensityPlotWidget::clearTrace()
{
    m_trace.reset();
    ++m_generation; // anything in flight is now stale
    m_times.clear();
    m_values.clear();
    m_error.clear();
    rebuildThetaInputs({});
    setEnabled(false);
    m_status->clear();
    m_canvas->update();
}

void DensityPlotWidget::rebuildThetaInputs(const QStringList &names)
{
    qDeleteAll(m_thetaBoxes);
    m_thetaBoxes.clear();
    while (m_thetaForm->rowCount() > 0)
        m_thetaForm->removeRow(0);
    const int n = m_trace ? int(m_trace->paramLength) : 0;
    for (int k = 0; k < n; ++k) {
        auto *box = new QDoubleSpinBox(m_thetaPanel);
        box->setRange(-1e9, 1e9);
        box->setDecimals(6);
        box->setSingleStep(0.1);
        box->setValue(1.0);
        box->setKeyboardTracking(false);
        const QString label = k < names.size() && !names.at(k).isEmpty()
                                  ? names.at(k)
                                  : QStringLiteral("θ%1").arg(k + 1);
        box->setAccessibleName(QStringLiteral("θ%1").arg(k + 1));
        box->setAccessibleDescription(tr("Value of parameter %1").arg(label));
        box->setObjectName(QStringLiteral("theta%1").arg(k + 1));
        connect(box, &QDoubleSpinBox::valueChanged, this, &DensityPlotWidget::scheduleEvaluation);
        m_thetaForm->addRow(label, box);
        m_thetaBoxes.append(box);
    }
}

void DensityPlotWidget::setTheta(const std::vector<double> &theta)
{
    for (qsizetype k = 0; k < m_thetaBoxes.size() && std::size_t(k) < theta.size(); ++k) {
        const QSignalBlocker block(m_thetaBoxes[k]);
        m_thetaBoxes[k]->setValue(theta[std::size_t(k)]);
    }
    scheduleEvaluation();
}

std::vector<double> DensityPlotWidget::theta() const
{
    std::vector<double> t;
    for (const QDoubleSpinBox *box : m_thetaBoxes)
        t.push_back(box->value());
    return t;
}

void DensityPlotWidget::setCdf(bool cdf)
{
    m_quantity->setCurrentIndex(cdf ? 1 : 0);
}

bool DensityPlotWidget::isCdf() const
{
    return m_quantity->currentIndex() == 1;
}

void DensityPlotWidget::setTimeRange(double from, double to)
{
    {
        const QSignalBlocker b1(m_tFrom), b2(m_tTo);
        m_tFrom->setValue(from);
        m_tTo->setValue(to);
    }
    scheduleEvaluation();
}

void DensityPlotWidget::setPointCount(int points)
{
    m_points->setValue(points);
}

QString DensityPlotWidget::statusText() const
{
    return m_status->text();
}

void DensityPlotWidget::scheduleEvaluation()
{
    if (!m_trace)
        return;
    ++m_generation; // a result computed for older inputs must not be shown
    m_status->setText(tr("Evaluating…"));
    m_debounce->start();
}

void DensityPlotWidget::startEvaluation()
{
    if (!m_trace)
        return;
    // At most one evaluation in flight: a big model must not pile up stale jobs on the pool
    // while the user drags a spin box. The newest inputs run when the current job returns.
    if (m_running > 0) {
        m_pending = true;
        return;
    }
    m_pending = false;
    const quint64 generation = m_generation;
    const double from = m_tFrom->value();
    const double to = std::max(m_tTo->value(), from);
    const std::vector<double> times = trace::linearGrid(from, to, std::size_t(m_points->value()));
    const bool cdf = isCdf();
    std::vector<double> th = theta();
    std::shared_ptr<const trace::Trace> traceRef = m_trace;

    auto *watcher = new QFutureWatcher<EvalOutput>(this);
    connect(watcher, &QFutureWatcher<EvalOutput>::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_running;
        const EvalOutput out = watcher->result();
        if (out.generation != m_generation) {
            // Inputs changed meanwhile: drop this result and run the newest inputs.
            if (m_pending)
                startEvaluation();
            return;
        }
        if (!out.ok) {
            m_times.clear();
            m_values.clear();
            m_error = out.error;
            m_status->setText(out.error);
            m_canvas->update();
            emit evaluationFailed(out.error);
            return;
        }
        m_error.clear();
        m_times = out.times;
        m_values = out.values;
        m_valuesAreCdf = out.cdf;
        m_lastMillis = out.millis;
        m_status->setText(tr("%1 points in %2 ms").arg(m_values.size()).arg(out.millis, 0, 'g', 3));
        m_canvas->update();
        emit curveUpdated();
    });
    ++m_running;
    watcher->setFuture(QtConcurrent::run(workPool(), [traceRef, th, times, cdf, generation] {
        EvalOutput out;
        out.generation = generation;
        out.cdf = cdf;
        QElapsedTimer timer;
        timer.start();
        auto values = trace::evaluate(*traceRef, th, times,
                                      cdf ? trace::Quantity::Cdf : trace::Quantity::Pdf);
        out.millis = double(timer.nsecsElapsed()) / 1e6;
        if (!values) {
            out.error = values.error().message;
            return out;
        }
        out.ok = true;
        out.times = times;
        out.values = std::move(values.value());
        return out;
    }));
}

void DensityPlotWidget::paintPlot(QPainter &p, const QRect &rect) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.fillRect(rect, palette().color(QPalette::Base));
    const QColor fg = palette().color(QPalette::Text);
    const QFontMetrics fm = p.fontMetrics();
    const int left = rect.left() + fm.horizontalAdvance(QStringLiteral("0.00000")) + 14;
    const int right = rect.right() - 16;
    const int top = rect.top() + fm.height() + 10;
    const int bottom = rect.bottom() - 2 * fm.height() - 10;
    const QRect plot(QPoint(left, top), QPoint(right, bottom));
    if (plot.width() < 20 || plot.height() < 20) {
        p.restore();
        return;
    }
    if (m_values.empty()) {
        p.setPen(fg);
        const QString msg =
            m_error.isEmpty() ? (m_trace ? tr("Evaluating…") : tr("No trace")) : m_error;
        p.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, msg);
        p.restore();
        return;
    }
    const double x0 = m_times.front(), x1 = m_times.back() > x0 ? m_times.back() : x0 + 1;
    double yMax = m_valuesAreCdf ? 1.0 : 0.0;
    for (double v : m_values) {
        if (std::isfinite(v))
            yMax = std::max(yMax, v);
    }
    if (yMax <= 0)
        yMax = 1.0;
    const std::vector<double> yTicks = niceTicks(0.0, yMax * 1.05, 5);
    const double y1 = std::max(yTicks.empty() ? yMax : yTicks.back(), yMax);
    auto px = [&](double x) { return plot.left() + (x - x0) / (x1 - x0) * plot.width(); };
    auto py = [&](double y) { return plot.bottom() - y / y1 * plot.height(); };

    // Grid and ticks.
    QColor grid = fg;
    grid.setAlpha(40);
    const std::vector<double> xTicks = niceTicks(x0, x1, 6);
    const double xStep = xTicks.size() > 1 ? xTicks[1] - xTicks[0] : (x1 - x0);
    const double yStep = yTicks.size() > 1 ? yTicks[1] - yTicks[0] : y1;
    for (double x : xTicks) {
        const double X = px(x);
        p.setPen(grid);
        p.drawLine(QPointF(X, plot.top()), QPointF(X, plot.bottom()));
        p.setPen(fg);
        p.drawLine(QPointF(X, plot.bottom()), QPointF(X, plot.bottom() + 4));
        const QString label = tickLabel(x, xStep);
        p.drawText(QRectF(X - 40, plot.bottom() + 6, 80, fm.height()),
                   Qt::AlignHCenter | Qt::AlignTop, label);
    }
    for (double y : yTicks) {
        const double Y = py(y);
        p.setPen(grid);
        p.drawLine(QPointF(plot.left(), Y), QPointF(plot.right(), Y));
        p.setPen(fg);
        p.drawLine(QPointF(plot.left() - 4, Y), QPointF(plot.left(), Y));
        p.drawText(
            QRectF(rect.left(), Y - fm.height() / 2.0, plot.left() - rect.left() - 6, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, tickLabel(y, yStep));
    }
    p.setPen(QPen(fg, 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    p.drawText(QRectF(plot.left(), plot.bottom() + fm.height() + 8, plot.width(), fm.height()),
               Qt::AlignHCenter, QStringLiteral("t"));
    QStringList th;
    for (const QDoubleSpinBox *box : m_thetaBoxes)
        th << QString::number(box->value(), 'g', 6);
    p.drawText(QRectF(plot.left(), rect.top() + 4, plot.width(), fm.height()), Qt::AlignLeft,
               (m_valuesAreCdf ? tr("F(t)") : tr("f(t)")) + QStringLiteral("   θ = (") +
                   th.join(QStringLiteral(", ")) + QLatin1Char(')'));

    // The curve; non-finite values break it.
    QPainterPath path;
    bool pen = false;
    for (std::size_t k = 0; k < m_values.size() && k < m_times.size(); ++k) {
        const double v = m_values[k];
        if (!std::isfinite(v)) {
            pen = false;
            continue;
        }
        const QPointF pt(px(m_times[k]), py(std::clamp(v, -0.05 * y1, 1.05 * y1)));
        if (pen)
            path.lineTo(pt);
        else
            path.moveTo(pt);
        pen = true;
    }
    p.setClipRect(plot.adjusted(-1, -1, 1, 1));
    p.setPen(QPen(palette().color(QPalette::Highlight), 2));
    p.drawPath(path);
    p.restore();
}

Result<void> DensityPlotWidget::exportPng(const QString &path, QSize size) const
{
    if (!hasCurve())
        return Error(Error::Generic, tr("nothing to export: no curve has been computed yet"));
    if (!size.isValid())
        size = m_canvas->size().expandedTo(QSize(640, 400));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        paintPlot(painter, QRect(QPoint(0, 0), size));
    }
    if (!image.save(path, "PNG"))
        return Error(Error::Io, tr("%1: could not write the PNG image").arg(path));
    return {};
}

Result<void> DensityPlotWidget::exportSvg(const QString &path, QSize size) const
{
    if (!hasCurve())
        return Error(Error::Generic, tr("nothing to export: no curve has been computed yet"));
    if (!size.isValid())
        size = m_canvas->size().expandedTo(QSize(640, 400));
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size);
    svg.setViewBox(QRect(QPoint(0, 0), size));
    svg.setTitle(m_valuesAreCdf ? tr("Trace CDF") : tr("Trace density"));
    svg.setDescription(tr("Generated by Phasic Traces"));
    QPainter painter;
    if (!painter.begin(&svg))
        return Error(Error::Io, tr("%1: could not write the SVG file").arg(path));
    paintPlot(painter, QRect(QPoint(0, 0), size));
    painter.end();
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0)
        return Error(Error::Io, tr("%1: could not write the SVG file").arg(path));
    return {};
}

Result<void> DensityPlotWidget::exportCsv(const QString &path) const
{
    if (!hasCurve())
        return Error(Error::Generic, tr("nothing to export: no curve has been computed yet"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Io, tr("%1: cannot write: %2").arg(path, file.errorString()));
    QByteArray text = m_valuesAreCdf ? QByteArrayLiteral("t,cdf\n") : QByteArrayLiteral("t,pdf\n");
    for (std::size_t k = 0; k < m_values.size(); ++k) {
        text += QByteArray::number(m_times[k], 'g', 17);
        text += ',';
        text += QByteArray::number(m_values[k], 'g', 17);
        text += '\n';
    }
    file.write(text);
    if (!file.commit())
        return Error(Error::Io, tr("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

void DensityPlotWidget::exportWithDialog(int kind)
{
    static const char *const filters[] = {"PNG image (*.png)", "SVG image (*.svg)",
                                          "CSV values (*.csv)"};
    static const char *const suffixes[] = {".png", ".svg", ".csv"};
    QString path = QFileDialog::getSaveFileName(this, tr("Export"), QString(), tr(filters[kind]));
    if (path.isEmpty())
        return;
    if (!path.contains(QLatin1Char('.')))
        path += QLatin1String(suffixes[kind]);
    const Result<void> r = kind == 0   ? exportPng(path)
                           : kind == 1 ? exportSvg(path)
                                       : exportCsv(path);
    m_status->setText(r ? tr("Saved %1").arg(path) : r.error().message);
}

} // namespace pt::ui
