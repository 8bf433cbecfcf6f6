#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

namespace pt::ui {

// One app per user and per Paths root (docs/STYLE.md "Single instance"; Zeal, qBittorrent):
// the first launch listens on a local socket, a later launch forwards its arguments (paths,
// ipfs:// and phasic-traces:// links) to it and exits.
//
// The socket lives in Paths::runtimeDir() (per user, never the shared TMPDIR; below --cache-dir
// when one is given, so tests and a user's real app never meet), is accessible to the user
// only, and its name also carries a hash of the user and the root for the platforms where local
// sockets share one namespace (Windows named pipes). A lock file serialises two launches that
// start at the same moment; a socket file left by a crashed instance is detected (nobody
// answers) and removed.
//
// Wire format, one message per connection: 4-byte big-endian length, then a CBOR array
// [1, working directory, [argument, …]]; at most kMaxMessageBytes; the primary answers one byte
// 0x01 once it has taken the message. Anything else closes the connection without effect.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxMessageBytes = 1 << 20;
    static constexpr int kMaxArguments = 256;

    // The name for the current user and Paths::root().
    explicit SingleInstance(QObject *parent = nullptr);
    // An explicit name (a full socket path on Unix, or a plain name): tests.
    SingleInstance(const QString &serverName, QObject *parent);
    ~SingleInstance() override;

    static QString defaultServerName();
    QString serverName() const { return m_serverName; }

    // Becomes the primary instance: true when listening. False when another instance already
    // answers on the name (then call forward()) or when listening failed (errorString() says
    // why; the app then runs on its own rather than not at all).
    bool listen();
    bool isListening() const;
    bool anotherInstanceRunning() const { return m_otherRunning; }

    // Secondary: sends `args` (and the current directory, for relative paths) to the primary
    // and waits for its acknowledgement, at most timeoutMs in total. Blocking by design: it runs
    // before any window exists, and the process exits right after.
    bool forward(const QStringList &args, int timeoutMs);

    QString errorString() const { return m_error; }

    // Exposed for tests and the fuzz-style checks: builds/parses one framed message body.
    static QByteArray encodeMessage(const QStringList &args, const QString &workingDir);
    static bool decodeMessage(const QByteArray &body, QStringList *args, QString *workingDir);

signals:
    // The primary received a forwarded launch. Empty `args` still means "show yourself".
    void argumentsReceived(const QStringList &args, const QString &workingDir);

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket *socket);

    QString m_serverName;
    QLocalServer *m_server = nullptr;
    QString m_error;
    bool m_otherRunning = false;
    int m_connections = 0;
};

} // namespace pt::ui
