#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QStackedWidget;

namespace pt::ui {

class DensityPlotWidget;
class TraceSummaryWidget;

// Opens one trace file (trace.json(.gz) or ptd_pcg .bin, detected by content): reads and
// validates it on the thread pool, then shows the summary and, for a v1 trace, the density
// plot. A file that does not validate shows the reader's precise message instead.
class TraceInspector : public QWidget
{
    Q_OBJECT
public:
    enum class State { Loading, Trace, Artifact, Failed };

    explicit TraceInspector(const QString &path, QWidget *parent = nullptr);
    ~TraceInspector() override;

    QString path() const { return m_path; }
    State state() const { return m_state; }
    QString errorText() const;

    TraceSummaryWidget *summaryWidget() const { return m_summary; }
    DensityPlotWidget *plotWidget() const { return m_plot; }

signals:
    void loaded(bool ok);

private:
    void startLoading();

    QString m_path;
    State m_state = State::Loading;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_note = nullptr;
    TraceSummaryWidget *m_summary = nullptr;
    DensityPlotWidget *m_plot = nullptr;
};

} // namespace pt::ui
