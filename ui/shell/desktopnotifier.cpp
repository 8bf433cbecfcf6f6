#include "ui/shell/desktopnotifier.h"

#include <QTimer>

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

void DesktopNotifier::notify(const QString &title, const QString &text)
{
#if PT_HAVE_DBUS
    if (m_markup == Markup::Yes || m_markup == Markup::No) {
        send(title, text);
        return;
    }
    m_waiting.emplace_back(title, text);
    if (m_markup == Markup::Asking)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        const QString why = tr("no D-Bus session bus (%1)").arg(bus.lastError().message());
        const auto waiting = std::exchange(m_waiting, {});
        for (const auto &[t, x] : waiting)
            emit failed(t, x, why);
        return;
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
            for (const auto &[t, x] : waiting)
                emit failed(t, x, why);
            return;
        }
        m_markup = reply.value().contains(QStringLiteral("body-markup")) ? Markup::Yes : Markup::No;
        for (const auto &[t, x] : waiting)
            send(t, x);
    });
#else
    // No D-Bus on this platform: the caller's other way, on the next turn of the event loop
    // like the answer of a real call.
    QTimer::singleShot(0, this, [this, title, text] {
        emit failed(title, text, tr("desktop notifications need D-Bus"));
    });
#endif
}

void DesktopNotifier::send(const QString &title, const QString &text)
{
#if PT_HAVE_DBUS
    QDBusMessage call =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), kDesktopEntry}};
    call << QStringLiteral("Phasic Traces") << uint(0) << kDesktopEntry << title
         << (m_markup == Markup::Yes ? text.toHtmlEscaped() : text) << QStringList() << hints
         << int(-1);
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call, 5000), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, title, text] {
        watcher->deleteLater();
        QDBusPendingReply<uint> reply = *watcher;
        if (reply.isError()) {
            m_markup = Markup::Unknown; // the server went away: ask again next time
            emit failed(title, text,
                        tr("the desktop notification service refused it (%1)")
                            .arg(reply.error().message()));
            return;
        }
        emit shown(reply.value());
    });
#else
    Q_UNUSED(title)
    Q_UNUSED(text)
#endif
}

} // namespace pt::ui
