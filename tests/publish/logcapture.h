#pragma once

#include <QLoggingCategory>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace pt::test {

// Captures every Qt message (qDebug … qFatal, including Qt's own categories) while installed,
// and still prints it, so a test can assert a secret never reached any log.
class LogCapture
{
public:
    // The fakes' own server log (qt.httpserver) is switched off: a fake necessarily receives
    // the token; what matters is that the client side never logs it.
    static void install()
    {
        QMutexLocker lock(&mutex());
        messages().clear();
        previous() = qInstallMessageHandler(&LogCapture::handler);
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=true\n"
                                                        "qt.httpserver*=false"));
    }
    static void uninstall()
    {
        qInstallMessageHandler(previous());
        QLoggingCategory::setFilterRules(QString());
    }
    static bool contains(const QString &needle)
    {
        QMutexLocker lock(&mutex());
        for (const QString &m : messages()) {
            if (m.contains(needle))
                return true;
        }
        return false;
    }
    // The first captured line containing `needle`, with the needle masked (for a failure message).
    static QString firstContaining(const QString &needle)
    {
        QMutexLocker lock(&mutex());
        for (const QString &m : messages()) {
            if (m.contains(needle))
                return QString(m).replace(needle, QStringLiteral("<TOKEN>")).left(300);
        }
        return {};
    }
    static qsizetype count()
    {
        QMutexLocker lock(&mutex());
        return messages().size();
    }

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &msg)
    {
        {
            QMutexLocker lock(&mutex());
            messages().append(QString::fromLatin1(context.category ? context.category : "default") +
                              QStringLiteral(": ") + msg);
        }
        // Qt's network debug output is very chatty: keep it out of the test log.
        if (context.category && qstrncmp(context.category, "qt.", 3) == 0)
            return;
        if (previous())
            previous()(type, context, msg);
    }
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
    static QStringList &messages()
    {
        static QStringList list;
        return list;
    }
    static QtMessageHandler &previous()
    {
        static QtMessageHandler h = nullptr;
        return h;
    }
};

} // namespace pt::test
