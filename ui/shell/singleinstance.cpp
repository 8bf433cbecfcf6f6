#include "ui/shell/singleinstance.h"

#include "core/paths.h"

#include <QCborArray>
#include <QCborValue>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QTimer>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace pt::ui {

namespace {

constexpr int kMaxConnections = 16;
constexpr int kConnectionTimeoutMs = 5000;
constexpr char kAck = '\x01';
// sockaddr_un.sun_path is 108 bytes on Linux, 104 on macOS; keep a margin.
constexpr qsizetype kMaxSocketPath = 100;

QString userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

} // namespace

QString SingleInstance::defaultServerName()
{
    // The hash keys the name per user and per root even where local sockets share a namespace.
    const QByteArray key = (userName() + u'\n' + Paths::root()).toUtf8();
    const QString tag = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(16));
    const QString name = u"phasic-traces-"_s + tag;
#ifdef Q_OS_WIN
    return name; // a named pipe: a plain name, per user through the hash
#else
    for (const QString &dir : QStringList{Paths::runtimeDir(), QDir::homePath() + u"/.cache"_s}) {
        const QString path = QDir(dir).filePath(name + u".sock"_s);
        if (!dir.isEmpty() && path.toLocal8Bit().size() <= kMaxSocketPath)
            return path;
    }
    return name; // a very deep root: Qt places a plain name in the temp dir (still user-only)
#endif
}

SingleInstance::SingleInstance(QObject *parent) : SingleInstance(defaultServerName(), parent) {}

SingleInstance::SingleInstance(const QString &serverName, QObject *parent)
    : QObject(parent), m_serverName(serverName)
{}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

bool SingleInstance::listen()
{
    if (isListening())
        return true;
    m_otherRunning = false;
    m_error.clear();

    const bool isPath = QDir::isAbsolutePath(m_serverName);
    if (isPath) {
        const QString dir = QFileInfo(m_serverName).absolutePath();
        if (!QDir().mkpath(dir)) {
            m_error = tr("Cannot create the folder %1 for the single-instance socket.").arg(dir);
            return false;
        }
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    // Two launches at the same moment: only one decides at a time.
    const QString lockPath = isPath ? m_serverName + u".lock"_s
                                    : QDir(Paths::runtimeDir()).filePath(m_serverName + u".lock"_s);
    QDir().mkpath(QFileInfo(lockPath).absolutePath());
    QLockFile lock(lockPath);
    lock.setStaleLockTime(10000);
    if (!lock.tryLock(5000)) {
        m_error = tr("Another launch holds the lock %1.").arg(lockPath);
        return false;
    }

    {
        QLocalSocket probe;
        probe.connectToServer(m_serverName);
        if (probe.waitForConnected(1000)) {
            probe.abort();
            m_otherRunning = true;
            return false;
        }
    }
    // Nobody answered: a socket file left by a crashed instance would make listen() fail with
    // AddressInUseError.
    QLocalServer::removeServer(m_serverName);

    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    if (!m_server->listen(m_serverName)) {
        m_error = tr("Cannot listen on %1: %2").arg(m_serverName, m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections >= kMaxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_connections;
        socket->setReadBufferSize(kMaxMessageBytes + 4);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
        // A client that connects and says nothing must not hold a slot forever.
        QTimer::singleShot(kConnectionTimeoutMs, socket, [socket] { socket->abort(); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void SingleInstance::onReadyRead(QLocalSocket *socket)
{
    if (socket->property("pt_done").toBool()) {
        socket->readAll(); // one message per connection; the rest is ignored
        return;
    }
    if (socket->bytesAvailable() < 4)
        return;
    uchar header[4];
    if (socket->peek(reinterpret_cast<char *>(header), 4) != 4)
        return;
    const quint32 length = qFromBigEndian<quint32>(header);
    if (length > kMaxMessageBytes) {
        qWarning("single instance: refused a %u-byte message (limit %lld)", length,
                 static_cast<long long>(kMaxMessageBytes));
        socket->abort();
        return;
    }
    if (socket->bytesAvailable() < qint64(4 + length))
        return;
    socket->read(4);
    const QByteArray body = socket->read(length);
    socket->setProperty("pt_done", true);
    QStringList args;
    QString workingDir;
    if (!decodeMessage(body, &args, &workingDir)) {
        qWarning("single instance: refused a malformed message");
        socket->abort();
        return;
    }
    socket->write(&kAck, 1);
    socket->flush();
    socket->disconnectFromServer();
    emit argumentsReceived(args, workingDir);
}

QByteArray SingleInstance::encodeMessage(const QStringList &args, const QString &workingDir)
{
    QCborArray list;
    for (const QString &a : args)
        list.append(a);
    const QCborArray message{1, workingDir, list};
    return message.toCborValue().toCbor();
}

bool SingleInstance::decodeMessage(const QByteArray &body, QStringList *args, QString *workingDir)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(body, &error);
    if (error.error != QCborError::NoError || !value.isArray())
        return false;
    const QCborArray message = value.toArray();
    if (message.size() != 3 || message.at(0).toInteger(-1) != 1 || !message.at(1).isString() ||
        !message.at(2).isArray())
        return false;
    const QCborArray list = message.at(2).toArray();
    if (list.size() > kMaxArguments)
        return false;
    QStringList out;
    for (const QCborValue &v : list) {
        if (!v.isString())
            return false;
        out << v.toString();
    }
    *args = out;
    *workingDir = message.at(1).toString();
    return true;
}

bool SingleInstance::forward(const QStringList &args, int timeoutMs)
{
    m_error.clear();
    if (args.size() > kMaxArguments) {
        m_error = tr("Too many arguments to hand over (%1; at most %2).")
                      .arg(args.size())
                      .arg(kMaxArguments);
        return false;
    }
    const QByteArray body = encodeMessage(args, QDir::currentPath());
    if (body.size() > kMaxMessageBytes) {
        m_error = tr("The arguments are too long to hand over to the running instance.");
        return false;
    }
    QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(int(deadline.remainingTime()))) {
        m_error =
            tr("No running instance answered on %1: %2").arg(m_serverName, socket.errorString());
        return false;
    }
    uchar header[4];
    qToBigEndian<quint32>(quint32(body.size()), header);
    socket.write(reinterpret_cast<const char *>(header), 4);
    socket.write(body);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(int(deadline.remainingTime()))) {
            m_error = tr("Could not send the arguments to the running instance: %1")
                          .arg(socket.errorString());
            return false;
        }
    }
    while (socket.bytesAvailable() < 1) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime()))) {
            m_error = tr("The running instance did not confirm the arguments in time.");
            return false;
        }
    }
    char ack = 0;
    if (!socket.getChar(&ack) || ack != kAck) {
        m_error = tr("The running instance refused the arguments.");
        return false;
    }
    return true;
}

} // namespace pt::ui
