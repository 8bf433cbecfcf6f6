#include "ui/shell/desktopnotifier.h"

#include <QTimer>

#include <algorithm>

#if PT_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace pt::ui {

namespace {
#if PT_HAVE_DBUS
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");
// The desktop file's name without ".desktop": the server shows our name and icon from it.
const QString kDesktopEntry = QStringLiteral("io.github.munch_group.PhasicTraces");
#endif
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent) {}

void DesktopNotifier::notify(const QString &title, const QString &text, const QString &tag)
{
#if PT_HAVE_DBUS
    if (m_markup == Markup::Yes || m_markup == Markup::No) {
        send({title, text, tag});
        return;
    }
    m_waiting.push_back({title, text, tag});
    if (m_markup == Markup::Asking)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        const QString why = tr("no D-Bus session bus (%1)").arg(bus.lastError().message());
        const auto waiting = std::exchange(m_waiting, {});
        for (const Pending &n : waiting)
            emit failed(n.title, n.text, why);
        return;
    }
    if (!m_listening) {
        bus.connect(kService, kPath, kInterface, QStringLiteral("ActionInvoked"), this,
                    SLOT(onActionInvoked(uint, QString)));
        bus.connect(kService, kPath, kInterface, QStringLiteral("NotificationClosed"), this,
                    SLOT(onClosed(uint, uint)));
        m_listening = true;
    }
    m_markup = Markup::Asking;
    const QDBusMessage ask = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                            QStringLiteral("GetCapabilities"));
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(ask, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher] {
        watcher->deleteLater();
        QDBusPendingReply<QStringList> reply = *watcher;
        const auto waiting = std::exchange(m_waiting, {});
        if (reply.isError()) {
            // Asked again next time: a notification server may start later.
            m_markup = Markup::Unknown;
            const QString why =
                tr("no desktop notification service (%1)").arg(reply.error().message());
            for (const Pending &n : waiting)
                emit failed(n.title, n.text, why);
            return;
        }
        const QStringList capabilities = reply.value();
        m_markup = capabilities.contains(QStringLiteral("body-markup")) ? Markup::Yes : Markup::No;
        m_actions = capabilities.contains(QStringLiteral("actions"));
        for (const Pending &n : waiting)
            send(n);
    });
#else
    Q_UNUSED(tag)
    // No D-Bus on this platform: the caller's other way, on the next turn of the event loop
    // like the answer of a real call.
    QTimer::singleShot(0, this, [this, title, text] {
        emit failed(title, text, tr("desktop notifications need D-Bus"));
    });
#endif
}

void DesktopNotifier::send(const Pending &n)
{
#if PT_HAVE_DBUS
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), kDesktopEntry}};
    // "default" is what a click on the notification invokes; its label shows where servers
    // list actions as buttons.
    const QStringList actions = !n.tag.isEmpty() && m_actions
                                    ? QStringList{QStringLiteral("default"), tr("Show")}
                                    : QStringList();
    call << QStringLiteral("Phasic Traces") << uint(0) << kDesktopEntry << n.title
         << (m_markup == Markup::Yes ? n.text.toHtmlEscaped() : n.text) << actions << hints
         << int(-1);
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, n, actions] {
        watcher->deleteLater();
        QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            m_markup = Markup::Unknown; // the server went away: ask again next time
            emit failed(n.title, n.text,
                        tr("the desktop notification service refused it (%1)")
                            .arg(reply.error().message()));
            return;
        }
        if (!actions.isEmpty())
            m_tags.emplace_back(reply.value(), n.tag);
        emit shown(reply.value());
    });
#else
    Q_UNUSED(n)
#endif
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    // The server tells every client: only our own notifications count.
    const auto it =
        std::find_if(m_tags.begin(), m_tags.end(), [id](const auto &t) { return t.first == id; });
    if (it == m_tags.end() || action != QLatin1String("default"))
        return;
    const QString tag = it->second;
    m_tags.erase(it);
#if PT_HAVE_DBUS
    // Done with once clicked: servers may leave it on screen (dunst does), and a second click
    // must not open the download again.
    QDBusMessage close = QDBusMessage::createMethodCall(kService, kPath, kInterface,
                                                        QStringLiteral("CloseNotification"));
    close << id;
    QDBusConnection::sessionBus().asyncCall(close);
#endif
    emit activated(tag);
}

void DesktopNotifier::onClosed(uint id, uint)
{
    std::erase_if(m_tags, [id](const auto &t) { return t.first == id; });
}

} // namespace pt::ui
