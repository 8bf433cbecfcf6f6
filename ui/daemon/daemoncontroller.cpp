#include "ui/daemon/daemoncontroller.h"

#include "core/secrets.h"
#include "core/settings.h"

#include <QAction>
#include <QDesktopServices>
#include <QLocale>

using namespace Qt::StringLiterals;
using pt::daemon::Supervisor;

namespace pt::ui {

QString DaemonController::keychainService()
{
    return u"kubo-api"_s;
}

DaemonController::DaemonController(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_supervisor(new Supervisor(m_options.supervisor, this)), m_startStop(new QAction(this)),
      m_service(new QAction(this)), m_webUi(new QAction(this)), m_refresh(new QAction(this))
{
    m_startStop->setCheckable(true);
    m_startStop->setObjectName(u"daemonStartStopAction"_s);
    m_service->setObjectName(u"daemonServiceAction"_s);
    m_webUi->setObjectName(u"daemonWebUiAction"_s);
    m_refresh->setObjectName(u"daemonRefreshAction"_s);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    // The action flips its checked state before triggered(); the request follows the new
    // state, and updateActions() puts it back to the truth when the operation ends.
    connect(m_startStop, &QAction::triggered, this, [this](bool checked) {
        if (checked)
            start();
        else
            stop();
    });
    connect(m_service, &QAction::triggered, this, [this] {
        if (m_serviceStatus.installed)
            removeService();
        else
            installService();
    });
    connect(m_webUi, &QAction::triggered, this, &DaemonController::openWebUi);
    connect(m_refresh, &QAction::triggered, this, &DaemonController::refresh);

    connect(m_supervisor, &Supervisor::stateChanged, this, [this] {
        updateActions();
        emit changed();
    });
    connect(m_supervisor, &Supervisor::statusChanged, this, [this] {
        m_statusInFlight = false;
        emit changed();
    });
    connect(m_supervisor, &Supervisor::finished, this, &DaemonController::onOperationFinished);

    m_poll.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_poll, &QTimer::timeout, this, &DaemonController::onPoll);
    updatePollInterval();
    m_poll.start();
    retranslate();

    if (m_options.readKeychain)
        readKeychain();
    else if (m_options.refreshOnStart)
        QTimer::singleShot(0, this, &DaemonController::firstRefresh);
}

DaemonController::~DaemonController() = default;

DaemonController::Options DaemonController::optionsFromSettings(const Settings &settings)
{
    Options o;
    o.supervisor.ipfsBin = settings.ipfsBinary();
    o.supervisor.ipfsPath = settings.ipfsPath();
    o.supervisor.apiAddress = settings.kuboApiAddress();
    o.startWithApp = settings.startDaemonWithApp();
    o.service.platform = daemon::LoginService::hostPlatform();
    o.service.ipfsBinary = settings.ipfsBinary();
    o.service.ipfsPath = settings.ipfsPath();
    return o;
}

void DaemonController::readKeychain()
{
    SecretJob *job =
        SecretStore::read(keychainService(), QLatin1String(SecretStore::DefaultAccount), this);
    connect(job, &SecretJob::finished, this, [this](const Result<QString> &result) {
        m_keychainDone = true;
        if (result) {
            const QByteArray value = result->trimmed().toUtf8();
            // A header value with a line break would split the request: refuse it outright.
            const bool clean = std::none_of(value.begin(), value.end(), [](char c) {
                return static_cast<unsigned char>(c) < 0x20 || c == 0x7f;
            });
            if (clean && value != m_authorization) {
                m_authorization = value;
                m_supervisor->rpc()->setAuthorization(value);
                emit apiAuthorizationChanged();
                if (m_firstRefreshDone) // the first answers came without it: ask again
                    refresh();
            }
        }
        // NotFound is the common case (an API without Authorizations); no secret service is
        // fine too: the header is optional.
        firstRefresh();
    });
    job->start();
    // A keychain that never answers (an unlock prompt nobody sees) must not keep the node
    // view empty: go on without the header; a late answer still applies it.
    QTimer::singleShot(m_options.keychainWaitMs, this, &DaemonController::firstRefresh);
}

void DaemonController::firstRefresh()
{
    if (m_firstRefreshDone || !m_options.refreshOnStart)
        return;
    m_firstRefreshDone = true;
    m_autoStartPending = m_options.startWithApp;
    refresh();
}

DaemonController::Display DaemonController::display() const
{
    switch (m_supervisor->state()) {
    case Supervisor::State::Running:
        return Display::Running;
    case Supervisor::State::Starting:
    case Supervisor::State::Stopping:
        return Display::Busy;
    case Supervisor::State::Error:
        return Display::Error;
    case Supervisor::State::Unknown:
    case Supervisor::State::NotInstalled:
    case Supervisor::State::Stopped:
        break;
    }
    return Display::Stopped;
}

QString DaemonController::stateText() const
{
    switch (m_supervisor->state()) {
    case Supervisor::State::Unknown:
        // Without a check at start (--no-daemon), nothing is running a check: say so instead of
        // "checking" forever.
        return m_options.refreshOnStart || m_supervisor->busy() ? tr("Checking…")
                                                                : tr("Not checked");
    case Supervisor::State::NotInstalled:
        return tr("Not installed");
    case Supervisor::State::Stopped:
        return tr("Stopped");
    case Supervisor::State::Starting:
        return tr("Starting…");
    case Supervisor::State::Running:
        return m_supervisor->ours() ? tr("Running") : tr("Running (started outside Phasic Traces)");
    case Supervisor::State::Stopping:
        return tr("Stopping…");
    case Supervisor::State::Error:
        return tr("Error");
    }
    return {};
}

QString DaemonController::summaryText() const
{
    const Supervisor::Status st = m_supervisor->status();
    switch (m_supervisor->state()) {
    case Supervisor::State::Running: {
        QString text = tr("IPFS node: running");
        if (st.peers >= 0)
            text += u" — "_s + (st.peers == 1 ? tr("1 peer") : tr("%1 peers").arg(st.peers));
        if (st.rateIn >= 0 && st.rateOut >= 0)
            text += u", ↓ "_s + formatRate(st.rateIn) + u" ↑ "_s + formatRate(st.rateOut);
        return text;
    }
    case Supervisor::State::Error:
        return tr("IPFS node: error — %1").arg(message().section(u'\n', 0, 0));
    default:
        return tr("IPFS node: %1").arg(stateText().toLower());
    }
}

DaemonController::Problem DaemonController::problem() const
{
    return m_supervisor->problem();
}

QString DaemonController::explanation() const
{
    switch (problem()) {
    case Problem::None:
        return {};
    case Problem::NotInstalled:
        return tr("Kubo, the IPFS node program, was not found. Phasic Traces still downloads "
                  "everything through public gateways; with a local node downloads are faster "
                  "and you can share what you have. Install Kubo, or choose its binary in the "
                  "settings.");
    case Problem::NotExecutable:
        return tr("The file chosen as the ipfs program cannot be run: it lacks the execute "
                  "permission or is not a program.");
    case Problem::RepoLocked:
        return tr("Only one IPFS node can use a repository at a time, and another ipfs process "
                  "holds its lock file (repo.lock) — often IPFS Desktop or a daemon started in a "
                  "terminal. Stop that process, or let it run: Phasic Traces uses a node that "
                  "already answers on the API address.");
    case Problem::PortInUse:
        return tr("Another program listens on a port the node needs (by default 5001 for the "
                  "API, 8080 for the gateway, 4001 for peers). Stop that program or give the "
                  "node other ports.");
    case Problem::Migration:
        return tr("The repository was written by a different Kubo version and has to be "
                  "migrated before this one can use it.");
    case Problem::StartTimeout:
        return tr("The node was started but did not answer in time. It may still be starting "
                  "(large repositories take longer); its output below tells more.");
    case Problem::ExitedEarly:
        return tr("The node stopped on its own. Its last output, below, says why.");
    case Problem::ShutdownRefused:
        return tr("This node was started outside Phasic Traces and could not be stopped from "
                  "here.");
    case Problem::Other:
        break;
    }
    return tr("The IPFS node reported a problem; the details and its output are below.");
}

QString DaemonController::daemonOutput() const
{
    return m_supervisor->logTail(60);
}

QUrl DaemonController::webUiUrl() const
{
    QUrl url = m_supervisor->apiUrl();
    if (!url.isValid())
        return {};
    url.setPath(u"/webui"_s);
    return url;
}

QString DaemonController::serviceText() const
{
    if (m_serviceBusy)
        return tr("Working…");
    if (!m_serviceKnown)
        return m_serviceError.isEmpty() ? tr("Checking…") : m_serviceError;
    const daemon::ServiceStatus &s = m_serviceStatus;
    if (!s.managerReachable)
        return tr("Not available here: %1").arg(s.managerMessage);
    if (!s.installed)
        return tr("Not installed (the node starts only when you start it)");
    QString text = tr("Installed (%1)").arg(s.definitionPath);
    if (s.enabled == daemon::TriState::Yes)
        text += u", "_s + tr("starts at login");
    else if (s.enabled == daemon::TriState::No)
        text += u", "_s + tr("disabled");
    if (!s.activeState.isEmpty())
        text += u", "_s + s.activeState;
    return text;
}

void DaemonController::setViewVisible(QObject *view, bool visible)
{
    m_visibleViews.removeAll(nullptr);
    const bool wasFast = !m_visibleViews.isEmpty();
    m_visibleViews.removeAll(view);
    if (visible)
        m_visibleViews.append(view);
    updatePollInterval();
    if (!wasFast && visible) // fresh figures for the view that just appeared
        QTimer::singleShot(0, this, &DaemonController::onPoll);
}

void DaemonController::updatePollInterval()
{
    m_visibleViews.removeAll(nullptr);
    const int interval = m_visibleViews.isEmpty() ? m_options.slowPollMs : m_options.fastPollMs;
    if (m_poll.interval() != interval)
        m_poll.setInterval(interval);
}

QString DaemonController::formatRate(double bytesPerSecond)
{
    if (bytesPerSecond < 0)
        return u"—"_s;
    return QLocale().formattedDataSize(qint64(bytesPerSecond + 0.5), 1) + tr("/s");
}

QString DaemonController::formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return u"—"_s;
    return QLocale().formattedDataSize(bytes, 1);
}

void DaemonController::start()
{
    if (m_supervisor->busy()) {
        updateActions();
        return;
    }
    m_operation = true;
    m_supervisor->start();
    updateActions();
}

void DaemonController::stop()
{
    if (m_supervisor->busy()) {
        updateActions();
        return;
    }
    m_operation = true;
    m_supervisor->stop();
    updateActions();
}

void DaemonController::refresh()
{
    refreshService();
    if (m_supervisor->busy())
        return;
    m_operation = true;
    m_supervisor->refresh();
    updateActions();
}

void DaemonController::onPoll()
{
    if (m_supervisor->busy() || !m_firstRefreshDone)
        return;
    switch (m_supervisor->state()) {
    case Supervisor::State::Running:
        if (!m_statusInFlight) {
            m_statusInFlight = true;
            m_supervisor->updateStatus();
        }
        break;
    case Supervisor::State::Error:
        // Keep the diagnosis on screen until the user acts (Refresh, Start).
        break;
    default:
        // Notices a node started elsewhere (a terminal, the login service).
        m_supervisor->refresh();
        break;
    }
}

void DaemonController::onOperationFinished(bool ok)
{
    const bool user = m_operation;
    m_operation = false;
    if (m_supervisor->state() == Supervisor::State::Running && !m_statusInFlight) {
        m_statusInFlight = true;
        m_supervisor->updateStatus();
    }
    updateActions();
    emit changed();
    if (user) {
        if (!ok)
            emit failed(message());
        emit finished(ok);
    }
    if (m_autoStartPending) { // the first refresh ended: start the node if the user wants it
        m_autoStartPending = false;
        if (m_supervisor->state() == Supervisor::State::Stopped)
            QTimer::singleShot(0, this, &DaemonController::start);
    }
}

void DaemonController::retranslate()
{
    m_webUi->setText(tr("Open node &Web UI"));
    m_webUi->setToolTip(tr("Open the IPFS node's own web interface in the browser"));
    m_refresh->setText(tr("&Refresh node status"));
    updateActions();
}

void DaemonController::updateActions()
{
    const Supervisor::State s = m_supervisor->state();
    const bool busy = m_supervisor->busy() && m_operation;
    const bool up = s == Supervisor::State::Running || s == Supervisor::State::Starting;
    {
        const QSignalBlocker block(m_startStop);
        m_startStop->setChecked(up);
    }
    if (s == Supervisor::State::Starting)
        m_startStop->setText(tr("Starting IPFS node…"));
    else if (s == Supervisor::State::Stopping)
        m_startStop->setText(tr("Stopping IPFS node…"));
    else if (up)
        m_startStop->setText(tr("S&top IPFS node"));
    else
        m_startStop->setText(tr("&Start IPFS node"));
    const bool canToggle = !busy && s != Supervisor::State::Starting &&
                           s != Supervisor::State::Stopping && s != Supervisor::State::NotInstalled;
    m_startStop->setEnabled(canToggle);
    m_startStop->setToolTip(s == Supervisor::State::NotInstalled ? message()
                            : up                                 ? tr("Stop the IPFS node (Kubo)")
                                 : tr("Start the IPFS node (Kubo); it keeps running after "
                                      "Phasic Traces quits"));

    m_webUi->setEnabled(s == Supervisor::State::Running && webUiUrl().isValid());
    m_refresh->setEnabled(!m_supervisor->busy());

    const bool installed = m_serviceKnown && m_serviceStatus.installed;
    m_service->setText(installed ? tr("Remove &login service") : tr("Install &login service"));
    QString why;
    if (m_serviceBusy)
        why = tr("working…");
    else if (!m_serviceKnown)
        why = m_serviceError.isEmpty() ? tr("checking the login service…") : m_serviceError;
    else if (!m_serviceStatus.managerReachable)
        why = m_serviceStatus.managerMessage;
    else if (!installed && m_supervisor->binary().isEmpty() &&
             m_options.service.ipfsBinary.isEmpty())
        why = tr("install Kubo first: no ipfs binary was found");
    m_service->setEnabled(why.isEmpty());
    m_service->setToolTip(why.isEmpty() ? (installed ? tr("Stop starting the IPFS node at login")
                                                     : tr("Start the IPFS node at login, even "
                                                          "without Phasic Traces"))
                                        : why);
}

daemon::LoginServiceOptions DaemonController::serviceOptions() const
{
    daemon::LoginServiceOptions o = m_options.service;
    if (o.ipfsBinary.isEmpty())
        o.ipfsBinary = m_supervisor->binary();
    if (o.ipfsPath.isEmpty())
        o.ipfsPath = m_supervisor->ipfsPath();
    return daemon::LoginService::withDefaults(o);
}

void DaemonController::refreshService()
{
    if (m_serviceBusy)
        return;
    auto job = daemon::LoginService::status(serviceOptions(), this);
    if (!job) {
        m_serviceKnown = false;
        m_serviceError = job.error().message;
        updateActions();
        emit serviceChanged();
        return;
    }
    m_serviceBusy = true;
    daemon::ServiceJob *j = *job;
    connect(j, &daemon::ServiceJob::finished, this, [this, j] {
        m_serviceBusy = false;
        m_serviceKnown = true;
        m_serviceStatus = j->status();
        j->deleteLater();
        updateActions();
        emit serviceChanged();
    });
    j->start();
    updateActions();
    emit serviceChanged();
}

void DaemonController::installService()
{
    runService(daemon::ServiceAction::Install);
}

void DaemonController::removeService()
{
    runService(daemon::ServiceAction::Uninstall);
}

void DaemonController::runService(daemon::ServiceAction action)
{
    if (m_serviceBusy)
        return;
    const auto plan = daemon::LoginService::plan(action, serviceOptions());
    if (!plan) {
        m_serviceError = plan.error().message;
        emit failed(m_serviceError);
        emit serviceChanged();
        return;
    }
    m_serviceBusy = true;
    m_serviceError.clear();
    daemon::ServiceJob *job = daemon::LoginService::execute(*plan, this);
    connect(job, &daemon::ServiceJob::finished, this, [this, job] {
        m_serviceBusy = false;
        if (!job->report().ok) {
            m_serviceError = job->report().error.message;
            emit failed(m_serviceError);
        }
        job->deleteLater();
        refreshService();
    });
    job->start();
    updateActions();
    emit serviceChanged();
}

void DaemonController::openWebUi()
{
    const QUrl url = webUiUrl();
    if (url.isValid())
        QDesktopServices::openUrl(url);
}

} // namespace pt::ui
