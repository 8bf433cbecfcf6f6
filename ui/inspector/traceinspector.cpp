#include "ui/inspector/traceinspector.h"

#include "core/trace/evaluate.h"
#include "core/trace/ptdbin.h"
#include "core/trace/trace.h"
#include "core/trace/validation.h"
#include "core/workpool.h"
#include "ui/inspector/densityplotwidget.h"
#include "ui/inspector/tracesummarywidget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <memory>

namespace pt::ui {

namespace {

constexpr qint64 kMaxFileBytes = 512LL * 1024 * 1024;

struct LoadOutput
{
    bool ok = false;
    QString error;
    bool isArtifact = false;
    std::shared_ptr<const trace::Trace> trace;
    trace::TraceSummary summary;
    trace::PtdBinSummary artifact;
    QStringList parameterNames;
    double suggestedTMax = 10.0;
    QString validation; // empty: no metadata.json cases
    QStringList validationDetails;
};

// Parameter names from the trace's own metadata, if it has any: {"parameters": [{"name": …}]}
// or a list of strings. Upstream's package metadata.json uses the former.
QStringList parameterNamesOf(const trace::Trace &t)
{
    QStringList names;
    const QJsonArray params = t.metadata.value(QStringLiteral("parameters")).toArray();
    for (const QJsonValue &p : params) {
        if (p.isString())
            names << p.toString().left(40);
        else
            names << p.toObject().value(QStringLiteral("name")).toString().left(40);
    }
    return names;
}

LoadOutput load(const QString &path)
{
    LoadOutput out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        out.error = QFile::exists(path)
                        ? TraceInspector::tr("Cannot open %1: %2").arg(path, f.errorString())
                        : TraceInspector::tr("%1: no such file").arg(path);
        return out;
    }
    if (f.size() > kMaxFileBytes) {
        out.error = TraceInspector::tr("%1 is %2 bytes, over the %3-byte limit")
                        .arg(path)
                        .arg(f.size())
                        .arg(kMaxFileBytes);
        return out;
    }
    const QByteArray bytes = f.readAll();
    if (trace::looksPtdBin(bytes)) {
        auto s = trace::parsePtdBin(bytes);
        if (!s) {
            out.error = s.error().message;
            return out;
        }
        out.ok = true;
        out.isArtifact = true;
        out.artifact = *s;
        return out;
    }
    auto t = trace::parseTrace(bytes);
    if (!t) {
        out.error = t.error().message;
        return out;
    }
    auto shared = std::make_shared<trace::Trace>(std::move(t.value()));
    out.summary = trace::summarize(*shared);
    out.parameterNames = parameterNamesOf(*shared);
    // A t range that shows the bulk of the distribution at θ = 1: mean + 4 sd.
    if (!shared->isDiscrete) {
        auto pt = trace::buildPhaseType(*shared, std::vector<double>(shared->paramLength, 1.0));
        if (pt && pt->size <= 500) { // the LU is O(n³); a default range is fine for big ones
            auto m = trace::moments(*pt);
            if (m && m->mean > 0 && std::isfinite(m->mean))
                out.suggestedTMax = m->mean + 4 * std::sqrt(std::max(0.0, m->variance));
        }
    }
    // A package directory keeps metadata.json next to trace.json.gz; run its validation cases.
    const QString metaPath = QFileInfo(path).dir().filePath(QStringLiteral("metadata.json"));
    QFile meta(metaPath);
    if (meta.size() < 16 * 1024 * 1024 && meta.open(QIODevice::ReadOnly)) {
        auto report = trace::runValidation(*shared, meta.readAll());
        if (report) {
            out.validation = TraceInspector::tr("%1 passed, %2 failed (metadata.json)")
                                 .arg(report->passed())
                                 .arg(report->failed());
            for (const trace::ValidationCase &c : report->cases) {
                if (!c.passed)
                    out.validationDetails << c.message;
            }
        } else if (report.error().code != Error::NotFound) {
            out.validation = report.error().message;
        }
    }
    out.trace = std::move(shared);
    out.ok = true;
    return out;
}

} // namespace

TraceInspector::TraceInspector(const QString &path, QWidget *parent) : QWidget(parent), m_path(path)
{
    setAccessibleName(tr("Trace inspector"));
    m_title = new QLabel(this);
    m_title->setText(QStringLiteral("<b>%1</b>").arg(QFileInfo(path).fileName().toHtmlEscaped()));
    m_title->setToolTip(path);
    m_message = new QLabel(tr("Loading %1…").arg(QFileInfo(path).fileName()), this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Inspector message"));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("Inspector note"));
    m_note->hide();
    m_summary = new TraceSummaryWidget(this);
    m_plot = new DensityPlotWidget(this);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_summary);
    splitter->addWidget(m_plot);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);
    m_summary->hide();
    m_plot->hide();
    startLoading();
}

TraceInspector::~TraceInspector() = default;

QString TraceInspector::errorText() const
{
    return m_state == State::Failed ? m_message->text() : QString();
}

void TraceInspector::startLoading()
{
    auto *watcher = new QFutureWatcher<LoadOutput>(this);
    connect(watcher, &QFutureWatcher<LoadOutput>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const LoadOutput out = watcher->result();
        if (!out.ok) {
            m_state = State::Failed;
            m_message->setText(tr("This file cannot be shown: %1").arg(out.error));
            m_message->setStyleSheet(
                QStringLiteral("color: palette(bright-text); background: #b3261e; padding: 6px;"));
            m_message->show();
            emit loaded(false);
            return;
        }
        m_message->hide();
        m_summary->show();
        if (out.isArtifact) {
            m_state = State::Artifact;
            m_summary->setPtdBinSummary(out.artifact);
            m_note->setText(tr("A ptd_pcg .bin is a compiled elimination tape: its coefficients "
                               "live in the model that produced it, so it cannot be evaluated or "
                               "plotted on its own."));
            m_note->show();
        } else {
            m_state = State::Trace;
            m_summary->setTraceSummary(out.summary);
            if (!out.validation.isEmpty())
                m_summary->addProperty(tr("Validation cases"), out.validation,
                                       out.validationDetails.join(QLatin1Char('\n')));
            if (out.trace->isDiscrete) {
                m_note->setText(tr("Discrete phase-type traces cannot be evaluated yet; only the "
                                   "summary is shown."));
                m_note->show();
            } else {
                m_plot->setTrace(out.trace, out.parameterNames, out.suggestedTMax);
                m_plot->show();
            }
        }
        emit loaded(true);
    });
    const QString path = m_path;
    watcher->setFuture(QtConcurrent::run(workPool(), [path] { return load(path); }));
}

} // namespace pt::ui
