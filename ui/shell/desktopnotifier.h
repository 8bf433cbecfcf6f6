#pragma once

#include <QObject>
#include <QString>

#include <utility>
#include <vector>

namespace pt::ui {

// Desktop notifications through the freedesktop Notifications service on the session bus
// (GNOME Shell, KDE Plasma, XFCE, dunst, ...): every Linux desktop has one, even without a
// system tray (GNOME shows no tray at all). The calls are asynchronous, so the GUI thread never
// waits on the bus. When no service answers (no session bus, no notification server, or a
// platform without D-Bus), `failed` says why, so the caller can use another way (the tray's
// balloon, the status bar).
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    // Plain text: escaped for servers that read the body as markup (their "body-markup"
    // capability, asked once). With a `tag`, the notification can be clicked (its default
    // action, on servers with the "actions" capability) and `activated(tag)` says so.
    void notify(const QString &title, const QString &text, const QString &tag = {});

signals:
    void shown(uint id);
    void failed(const QString &title, const QString &text, const QString &why);
    void activated(const QString &tag);

private slots:
    // The server's signals (connected by name on the session bus).
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    struct Pending
    {
        QString title, text, tag;
    };
    void send(const Pending &n);

    enum class Markup { Unknown, Asking, Yes, No };
    Markup m_markup = Markup::Unknown;
    bool m_actions = false;         // the server shows actions (a click invokes "default")
    bool m_listening = false;       // connected to the server's signals
    std::vector<Pending> m_waiting; // sent once the capabilities are known
    std::vector<std::pair<uint, QString>> m_tags; // shown notifications that can be clicked
};

} // namespace pt::ui
