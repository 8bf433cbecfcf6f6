#pragma once

#include <QObject>
#include <QString>

#include <optional>
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
    // capability, asked once).
    void notify(const QString &title, const QString &text);

signals:
    void shown(uint id);
    void failed(const QString &title, const QString &text, const QString &why);

private:
    void send(const QString &title, const QString &text);

    enum class Markup { Unknown, Asking, Yes, No };
    Markup m_markup = Markup::Unknown;
    std::vector<std::pair<QString, QString>> m_waiting; // sent once the capabilities are known
};

} // namespace pt::ui
