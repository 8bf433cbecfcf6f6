#include "ui/daemon/daemonpanel.h"

#include "ui/daemon/daemoncontroller.h"

#include <QAction>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using pt::daemon::Supervisor;

namespace pt::ui {

namespace {

QLabel *makeValue(const QString &key, bool selectable = false)
{
    auto *label = new QLabel;
    label->setObjectName(u"daemonValue_"_s + key);
    label->setWordWrap(true);
    if (selectable) // a peer id or address people copy
        label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QToolButton *makeButton(QAction *action, const QString &name)
{
    auto *button = new QToolButton;
    button->setObjectName(name);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    if (action)
        button->setDefaultAction(action);
    return button;
}

} // namespace

DaemonPanel::DaemonPanel(DaemonController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    setObjectName(u"daemonPanel"_s);
    auto *layout = new QVBoxLayout(this);

    m_title = new QLabel;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_state = makeValue(u"state"_s);
    m_version = makeValue(u"version"_s);
    m_peerId = makeValue(u"peerId"_s, true);
    m_peers = makeValue(u"peers"_s);
    m_repo = makeValue(u"repo"_s);
    m_rates = makeValue(u"rates"_s);
    m_api = makeValue(u"api"_s, true);
    m_service = makeValue(u"service"_s);
    for (QLabel *value :
         {m_state, m_version, m_peerId, m_peers, m_repo, m_rates, m_api, m_service}) {
        auto *key = new QLabel;
        m_rowLabels.append(key);
        form->addRow(key, value);
    }
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_startStopButton = makeButton(controller ? controller->startStopAction() : nullptr,
                                   u"daemonStartStopButton"_s);
    m_serviceButton =
        makeButton(controller ? controller->serviceAction() : nullptr, u"daemonServiceButton"_s);
    m_webUiButton =
        makeButton(controller ? controller->webUiAction() : nullptr, u"daemonWebUiButton"_s);
    m_refreshButton =
        makeButton(controller ? controller->refreshAction() : nullptr, u"daemonRefreshButton"_s);
    if (controller) // Refresh's F5 works while the focus is anywhere in the panel
        addAction(controller->refreshAction());
    for (QToolButton *b : {m_startStopButton, m_serviceButton, m_webUiButton, m_refreshButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_problem = new QGroupBox;
    m_problem->setObjectName(u"daemonProblem"_s);
    auto *problemLayout = new QVBoxLayout(m_problem);
    m_message = new QLabel;
    m_message->setObjectName(u"daemonMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_explanation = new QLabel;
    m_explanation->setObjectName(u"daemonExplanation"_s);
    m_explanation->setWordWrap(true);
    m_suggestion = new QLabel;
    m_suggestion->setObjectName(u"daemonSuggestion"_s);
    m_suggestion->setWordWrap(true);
    m_suggestion->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_output = new QPlainTextEdit;
    m_output->setObjectName(u"daemonOutput"_s);
    m_output->setReadOnly(true);
    m_output->setLineWrapMode(QPlainTextEdit::WidgetWidth); // long log lines stay readable
    m_output->setFont(QFont(u"monospace"_s));
    m_output->setMinimumHeight(80);
    problemLayout->addWidget(m_explanation);
    problemLayout->addWidget(m_message);
    problemLayout->addWidget(m_suggestion);
    problemLayout->addWidget(m_output, 1);
    layout->addWidget(m_problem, 1);
    layout->addStretch(0);

    if (controller) {
        connect(controller, &DaemonController::changed, this, &DaemonPanel::updateView);
        connect(controller, &DaemonController::serviceChanged, this, &DaemonPanel::updateService);
    }
    retranslate();
}

DaemonPanel::~DaemonPanel()
{
    if (m_controller)
        m_controller->setViewVisible(this, false);
}

QLabel *DaemonPanel::valueLabel(const QString &key) const
{
    return findChild<QLabel *>(u"daemonValue_"_s + key);
}

QWidget *DaemonPanel::problemView() const
{
    return m_problem;
}

void DaemonPanel::retranslate()
{
    m_title->setText(tr("IPFS node"));
    const QStringList keys{tr("State:"),       tr("Version:"),      tr("Peer ID:"),
                           tr("Peers:"),       tr("Repository:"),   tr("Bandwidth:"),
                           tr("API address:"), tr("Login service:")};
    const QList<QLabel *> values{m_state, m_version, m_peerId, m_peers,
                                 m_repo,  m_rates,   m_api,    m_service};
    for (qsizetype i = 0; i < keys.size(); ++i) {
        m_rowLabels.at(i)->setText(keys.at(i));
        values.at(i)->setAccessibleName(QString(keys.at(i)).remove(u':'));
    }
    m_problem->setTitle(tr("Problem"));
    m_output->setAccessibleName(tr("Output of the IPFS node"));
    m_explanation->setAccessibleName(tr("What the problem means"));
    m_suggestion->setAccessibleName(tr("Suggested next step"));
    m_message->setAccessibleName(tr("Problem details"));
    m_startStopButton->setAccessibleName(tr("Start or stop the IPFS node"));
    m_serviceButton->setAccessibleName(tr("Install or remove the login service"));
    m_webUiButton->setAccessibleName(tr("Open the node's Web UI"));
    m_refreshButton->setAccessibleName(tr("Refresh the node's status"));
    updateView();
    updateService();
}

void DaemonPanel::updateView()
{
    if (!m_controller) {
        m_state->setText(tr("Unavailable"));
        m_problem->setVisible(false);
        return;
    }
    const DaemonController &c = *m_controller;
    const Supervisor::Status st = c.status();
    const bool running = c.state() == Supervisor::State::Running;
    const QString none = u"—"_s;

    QString state = c.stateText();
    if (running && c.supervisor()->pid() > 0 && c.supervisor()->ours())
        state += u" · "_s + tr("pid %1").arg(c.supervisor()->pid());
    m_state->setText(state);
    m_version->setText(
        st.version.isEmpty()
            ? none
            : (st.agent.isEmpty() ? st.version : tr("%1 (%2)").arg(st.version, st.agent)));
    m_peerId->setText(running && !st.peerId.isEmpty() ? st.peerId : none);
    m_peers->setText(running && st.peers >= 0 ? QString::number(st.peers) : none);
    if (running && st.repoSize >= 0)
        m_repo->setText((st.numObjects == 1
                             ? tr("%1, 1 object").arg(DaemonController::formatBytes(st.repoSize))
                             : tr("%1, %2 objects")
                                   .arg(DaemonController::formatBytes(st.repoSize))
                                   .arg(st.numObjects)) +
                        u" — "_s + c.supervisor()->ipfsPath());
    else
        m_repo->setText(c.supervisor()->ipfsPath().isEmpty() ? none : c.supervisor()->ipfsPath());
    if (running && st.rateIn >= 0)
        m_rates->setText(tr("↓ %1  ↑ %2 (total ↓ %3  ↑ %4)")
                             .arg(DaemonController::formatRate(st.rateIn),
                                  DaemonController::formatRate(st.rateOut),
                                  DaemonController::formatBytes(st.totalIn),
                                  DaemonController::formatBytes(st.totalOut)));
    else
        m_rates->setText(none);
    m_api->setText(c.apiUrl().isValid() ? c.apiUrl().toString() : none);

    const DaemonController::Problem problem = c.problem();
    const bool showProblem = problem != DaemonController::Problem::None;
    m_problem->setVisible(showProblem);
    if (showProblem) {
        m_explanation->setText(c.explanation());
        // The first line of the supervisor's message; the output it quotes is in the view below.
        QString first = c.message().section(u'\n', 0, 0).trimmed();
        if (first.endsWith(u"Last output:"_s))
            first = first.chopped(int(qstrlen("Last output:"))).trimmed();
        m_message->setText(first);
        m_suggestion->setText(c.suggestion().isEmpty() ? QString()
                                                       : tr("Next step: %1").arg(c.suggestion()));
        m_suggestion->setVisible(!c.suggestion().isEmpty());
        const QString output = c.daemonOutput();
        m_output->setPlainText(output.isEmpty() ? tr("(the node printed nothing, or was not "
                                                     "started by Phasic Traces)")
                                                : output);
        m_output->moveCursor(QTextCursor::End);
        fitProblemLabels();
    }
}

void DaemonPanel::fitProblemLabels()
{
    // Word-wrapped labels report a one-line size hint; the box layout would then give all the
    // height to the output view and clip the explanation. Pin each to its wrapped height.
    for (QLabel *label : {m_explanation, m_message, m_suggestion}) {
        const int width = label->width() > 50 ? label->width() : m_problem->width() - 30;
        if (width > 50 && label->hasHeightForWidth())
            label->setMinimumHeight(label->heightForWidth(width));
    }
    m_problem->layout()->activate();
}

void DaemonPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_problem->isVisible())
        fitProblemLabels();
}

void DaemonPanel::updateService()
{
    m_service->setText(m_controller ? m_controller->serviceText() : u"—"_s);
}

void DaemonPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_controller)
        m_controller->setViewVisible(this, true);
}

void DaemonPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    if (m_controller)
        m_controller->setViewVisible(this, false);
}

void DaemonPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace pt::ui
