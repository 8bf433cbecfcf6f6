// Desktop notifications through the freedesktop service, against a real server (dunst on a
// private session bus and Xvfb), a session bus without one, and no session bus at all
// (tests/ui/shell/with-notifications.sh sets the scene and PT_NOTIFY_SERVER).
#include "ui/shell/desktopnotifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace pt::ui;
using namespace Qt::StringLiterals;

namespace {

// dunstctl's output, or nothing when it failed.
std::optional<QByteArray> dunstctl(const QStringList &args)
{
    QProcess p;
    p.start(u"dunstctl"_s, args);
    if (!p.waitForFinished(10'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return std::nullopt;
    return p.readAllStandardOutput();
}

// Summary and body of every notification dunst has shown (its history holds them once closed).
QList<QPair<QString, QString>> dunstHistory()
{
    dunstctl({u"close-all"_s});
    QList<QPair<QString, QString>> out;
    QTest::qWait(200); // dunst moves closed notifications to its history on its own loop
    const QJsonObject o =
        QJsonDocument::fromJson(dunstctl({u"history"_s}).value_or(QByteArray())).object();
    for (const QJsonValue &group : o.value(u"data"_s).toArray()) {
        for (const QJsonValue &n : group.toArray()) {
            const QJsonObject fields = n.toObject();
            out.append({fields.value(u"summary"_s).toObject().value(u"data"_s).toString(),
                        fields.value(u"body"_s).toObject().value(u"data"_s).toString()});
        }
    }
    return out;
}

} // namespace

class TestDesktopNotifier : public QObject
{
    Q_OBJECT
    QString m_server;

private slots:
    void initTestCase()
    {
        m_server = qEnvironmentVariable("PT_NOTIFY_SERVER");
        if (m_server.isEmpty())
            QSKIP("run through tests/ui/shell/with-notifications.sh (ctest does)");
    }

    void notifies()
    {
        DesktopNotifier notifier;
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QSignalSpy failed(&notifier, &DesktopNotifier::failed);
        QSignalSpy activated(&notifier, &DesktopNotifier::activated);
        // Two at once: the second waits for the capabilities the first one asked for. The
        // first can be clicked (a tag), the second not.
        notifier.notify(u"Download finished"_s, u"coalescent_n5 & <friends> is ready"_s, u"42"_s);
        notifier.notify(u"Download failed"_s, u"sir_N30: no source could deliver it"_s);
        QTRY_VERIFY_WITH_TIMEOUT(shown.size() + failed.size() == 2, 15'000);

        if (m_server == u"dunst"_s) {
            QCOMPARE(failed.size(), 0);
            QVERIFY(shown.at(0).at(0).toUInt() > 0);
            QVERIFY(shown.at(1).at(0).toUInt() != shown.at(0).at(0).toUInt());
            const auto history = dunstHistory();
            QCOMPARE(history.size(), 2);
            QStringList summaries{history.at(0).first, history.at(1).first};
            summaries.sort();
            QCOMPARE(summaries, (QStringList{u"Download failed"_s, u"Download finished"_s}));
            // Sent escaped (dunst reads the body as markup), shown as the plain text it was.
            bool found = false;
            for (const auto &[summary, body] : history)
                found |= body == u"coalescent_n5 & <friends> is ready"_s;
            QVERIFY2(found, qPrintable(history.at(0).second + u" | "_s + history.at(1).second));
            // Closed without a click: nothing activated.
            QCOMPARE(activated.size(), 0);

            // A click (dunst's "action" on the notification shown): activated with its tag.
            notifier.notify(u"Download finished"_s, u"sir_N30 is ready"_s, u"7"_s);
            QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 3, 15'000);
            QVERIFY(dunstctl({u"action"_s, u"0"_s}));
            QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, 10'000);
            QCOMPARE(activated.first().at(0).toString(), u"7"_s);
            // One without a tag has no action to click.
            notifier.notify(u"Download finished"_s, u"no tag"_s);
            QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 4, 15'000);
            dunstctl({u"action"_s, u"0"_s});
            QTest::qWait(300);
            QVERIFY2(activated.size() == 1, qPrintable(activated.last().at(0).toString()));
            // The clicked one was closed by us (dunst leaves it on screen): one is left.
            QCOMPARE(dunstctl({u"count"_s, u"displayed"_s}).value_or(QByteArray()).trimmed(),
                     QByteArray("1"));
            return;
        }

        // No server: both fail with the reason, and the text to show some other way.
        QCOMPARE(shown.size(), 0);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.at(0).at(0).toString(), u"Download finished"_s);
        QCOMPARE(failed.at(1).at(1).toString(), u"sir_N30: no source could deliver it"_s);
        const QString why = failed.at(0).at(2).toString();
        if (m_server == u"nobus"_s)
            QVERIFY2(why.startsWith(u"no D-Bus session bus"_s), qPrintable(why));
        else
            QVERIFY2(why.startsWith(u"no desktop notification service"_s), qPrintable(why));

        // Asked again next time (a server may have started since), and failing again.
        failed.clear();
        notifier.notify(u"Again"_s, u"text"_s);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 15'000);
    }
};

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
