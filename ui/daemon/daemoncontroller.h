#pragma once

#include "core/daemon/loginservice.h"
#include "core/daemon/supervisor.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

class QAction;

namespace pt {
class Settings;
}

namespace pt::ui {

// The one owner of the IPFS node's state in the app: wraps a daemon::Supervisor and the login
// service, and owns the QActions the main window, the daemon panel and the tray share (so a
// Start/Stop in one place is the same checked action everywhere). Never blocks: every operation
// is the supervisor's asynchronous one; polling is a timer (fast while a view shows the figures,
// slow otherwise).
class DaemonController : public QObject
{
    Q_OBJECT
public:
    // What the tray and panel draw; Unknown/NotInstalled/Stopped collapse to Stopped,
    // Starting/Stopping to Busy.
    enum class Display { Stopped, Busy, Running, Error };
    Q_ENUM(Display)

    // The class of problem behind an Error / NotInstalled state, for the explanation (IPFS
    // Desktop users' most common complaints: silent start failures, repo.lock, port conflicts).
    using Problem = pt::daemon::Supervisor::Problem;

    struct Options
    {
        daemon::SupervisorOptions supervisor;
        daemon::LoginServiceOptions service; // platform + overrides (tests: a fake systemctl)
        bool readKeychain = true;            // the API's Authorization header from the keychain
        int keychainWaitMs = 3000; // first refresh at the latest after this without an answer
        int fastPollMs = 5000;     // while a view shows the figures
        int slowPollMs = 30000;    // otherwise (tray tooltip, window hidden)
        bool refreshOnStart = true;
        bool startWithApp = false; // Settings::StartDaemonWithApp: start after the first
                                   // refresh when the node is stopped
    };

    // Keychain entry of the Kubo RPC API's Authorization header value ("Bearer …"/"Basic …"):
    // SecretStore service "kubo-api", account "default". Never in settings.
    static QString keychainService();

    explicit DaemonController(Options options, QObject *parent = nullptr);
    ~DaemonController() override;

    // Options from the user's settings (binary, repo, API address).
    static Options optionsFromSettings(const Settings &settings);

    daemon::Supervisor *supervisor() { return m_supervisor; }
    const daemon::Supervisor *supervisor() const { return m_supervisor; }
    daemon::Supervisor::State state() const { return m_supervisor->state(); }
    Display display() const;
    bool busy() const { return m_supervisor->busy(); }
    daemon::Supervisor::Status status() const { return m_supervisor->status(); }
    QString stateText() const;   // "Running", "Stopped", … (translated)
    QString summaryText() const; // "Running — 12 peers, ↓ 1.2 kB/s ↑ 300 B/s"
    QString message() const { return m_supervisor->message(); }
    QString suggestion() const { return m_supervisor->suggestion(); }
    Problem problem() const;
    QString explanation() const; // what the problem means for people; empty when none
    QString daemonOutput() const;
    QUrl apiUrl() const { return m_supervisor->apiUrl(); }
    QUrl webUiUrl() const; // <api>/webui

    // The Authorization header value read from the keychain (empty: none). For the download
    // sources: fetch::SourceOptions::apiAuthorization.
    QByteArray apiAuthorization() const { return m_authorization; }
    bool keychainDone() const { return m_keychainDone; }

    bool serviceKnown() const { return m_serviceKnown; }
    const daemon::ServiceStatus &serviceStatus() const { return m_serviceStatus; }
    QString serviceText() const;
    QString lastServiceError() const { return m_serviceError; }

    QAction *startStopAction() const { return m_startStop; } // checkable, relabelled
    QAction *serviceAction() const { return m_service; }     // install / remove
    QAction *webUiAction() const { return m_webUi; }
    QAction *refreshAction() const { return m_refresh; }

    // Views that show the figures call this on show/hide; while any is visible the status is
    // polled every fastPollMs.
    void setViewVisible(QObject *view, bool visible);
    int pollInterval() const { return m_poll.interval(); }

    static QString formatRate(double bytesPerSecond);
    static QString formatBytes(qint64 bytes);

public slots:
    void start();
    void stop();
    void refresh();        // state, figures and login service
    void refreshService(); // login service status only
    void installService();
    void removeService();
    void openWebUi();
    void retranslate(); // relabels the actions for the current state

signals:
    void changed();         // state, message or figures
    void serviceChanged();  // login service status
    void finished(bool ok); // a start/stop/refresh the user asked for ended
    void apiAuthorizationChanged();
    // A start/stop/install failed: one line for a status bar or notification.
    void failed(const QString &message);

private:
    void readKeychain();
    void firstRefresh();
    void onPoll();
    void onOperationFinished(bool ok);
    void updatePollInterval();
    void updateActions();
    void runService(daemon::ServiceAction action);
    daemon::LoginServiceOptions serviceOptions() const;

    Options m_options;
    daemon::Supervisor *m_supervisor;
    QAction *m_startStop;
    QAction *m_service;
    QAction *m_webUi;
    QAction *m_refresh;
    QTimer m_poll;
    QList<QPointer<QObject>> m_visibleViews;
    QByteArray m_authorization;
    bool m_keychainDone = false;
    bool m_firstRefreshDone = false;
    bool m_autoStartPending = false;
    bool m_operation = false; // a user operation runs (finished() is for it)
    bool m_statusInFlight = false;
    bool m_serviceKnown = false;
    bool m_serviceBusy = false;
    daemon::ServiceStatus m_serviceStatus;
    QString m_serviceError;
};

} // namespace pt::ui
