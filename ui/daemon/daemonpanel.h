#pragma once

#include <QPointer>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QToolButton;

namespace pt::ui {

class DaemonController;

// The IPFS node's status for a dock or tab of the main window: state, version, peer id, peers,
// repository, rates, API address, login service, the Start/Stop button (the controller's shared
// action) and, on a problem, what it means, the next step and the daemon's own output.
// While shown it asks the controller for fast polling.
class DaemonPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DaemonPanel(DaemonController *controller, QWidget *parent = nullptr);
    ~DaemonPanel() override;

    // For tests and the accessibility tree: the value label of a row by its key
    // ("state", "version", "peerId", "peers", "repo", "rates", "api", "service").
    QLabel *valueLabel(const QString &key) const;
    QWidget *problemView() const;
    QLabel *explanationLabel() const { return m_explanation; }
    QLabel *suggestionLabel() const { return m_suggestion; }
    QPlainTextEdit *outputView() const { return m_output; }
    QToolButton *startStopButton() const { return m_startStopButton; }

    void retranslate();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateView();
    void updateService();
    void fitProblemLabels();

    QPointer<DaemonController> m_controller;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_peerId = nullptr;
    QLabel *m_peers = nullptr;
    QLabel *m_repo = nullptr;
    QLabel *m_rates = nullptr;
    QLabel *m_api = nullptr;
    QLabel *m_service = nullptr;
    QList<QLabel *> m_rowLabels;
    QToolButton *m_startStopButton = nullptr;
    QToolButton *m_serviceButton = nullptr;
    QToolButton *m_webUiButton = nullptr;
    QToolButton *m_refreshButton = nullptr;
    QGroupBox *m_problem = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_suggestion = nullptr;
    QPlainTextEdit *m_output = nullptr;
};

} // namespace pt::ui
