// SingleInstance (ui/shell/singleinstance.h): a real second process forwards its arguments to
// the first; stale sockets, oversized and malformed messages, per-root names.
#include "ui/shell/singleinstance.h"

#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

#include <cstring>

using namespace pt;
using namespace pt::ui;
using namespace Qt::StringLiterals;

namespace {

// Child mode: `tst_singleinstance --forward NAME ARG…` behaves like a second launch of the app.
int childForward(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList all = QCoreApplication::arguments();
    SingleInstance instance(all.at(2), nullptr);
    if (instance.listen())
        return 10; // we should not have become the primary
    if (!instance.anotherInstanceRunning())
        return 11;
    if (!instance.forward(all.mid(3), 10000)) {
        fprintf(stderr, "%s\n", qPrintable(instance.errorString()));
        return 12;
    }
    return 0;
}

} // namespace

class TestSingleInstance : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void forwardFromChildProcess();
    void secondListenSeesFirst();
    void forwardWithoutPrimaryFails();
    void staleSocketIsReplaced();
    void oversizedMessageIsRefused();
    void malformedMessageIsRefused();
    void messageCodec();
    void namePerRoot();

private:
    QString socketPath() const { return m_dir->filePath(u"run/pt.sock"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSingleInstance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSingleInstance::forwardFromChildProcess()
{
    SingleInstance primary(socketPath(), nullptr);
    QVERIFY2(primary.listen(), qPrintable(primary.errorString()));
    QSignalSpy spy(&primary, &SingleInstance::argumentsReceived);

    const QStringList args{u"ipfs://bafkqaaa"_s, u"relative/trace.json.gz"_s,
                           u"phasic-traces://trace/å b"_s, QString()};
    QProcess child;
    child.setWorkingDirectory(m_dir->path());
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{u"--forward"_s, socketPath()} + args);
    QVERIFY(child.waitForStarted(10000));
    QVERIFY(spy.wait(15000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toStringList(), args);
    QCOMPARE(QDir(spy.at(0).at(1).toString()).canonicalPath(), QDir(m_dir->path()).canonicalPath());
    QTRY_VERIFY_WITH_TIMEOUT(child.state() == QProcess::NotRunning, 15000);
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QCOMPARE(child.exitCode(), 0);
}

void TestSingleInstance::secondListenSeesFirst()
{
    SingleInstance first(socketPath(), nullptr);
    QVERIFY(first.listen());
    SingleInstance second(socketPath(), nullptr);
    QVERIFY(!second.listen());
    QVERIFY(second.anotherInstanceRunning());
    QVERIFY(first.isListening());
}

void TestSingleInstance::forwardWithoutPrimaryFails()
{
    SingleInstance lone(socketPath(), nullptr);
    QVERIFY(!lone.forward({u"x"_s}, 2000));
    QVERIFY(lone.errorString().contains(u"No running instance"_s));
}

void TestSingleInstance::staleSocketIsReplaced()
{
#ifdef Q_OS_UNIX
    // What a crashed (SIGKILLed) instance leaves: a socket file nobody listens on.
    QDir().mkpath(QFileInfo(socketPath()).absolutePath());
    const QByteArray path = QFile::encodeName(socketPath());
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::memcpy(addr.sun_path, path.constData(), size_t(path.size()) + 1);
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
    ::close(fd);
    QVERIFY(QFileInfo::exists(socketPath()));

    SingleInstance instance(socketPath(), nullptr);
    QVERIFY2(instance.listen(), qPrintable(instance.errorString()));
    QVERIFY(!instance.anotherInstanceRunning());
#else
    QSKIP("stale socket files are a Unix thing");
#endif
}

void TestSingleInstance::oversizedMessageIsRefused()
{
    SingleInstance primary(socketPath(), nullptr);
    QVERIFY(primary.listen());
    QSignalSpy received(&primary, &SingleInstance::argumentsReceived);
    QLocalSocket client;
    QSignalSpy disconnected(&client, &QLocalSocket::disconnected);
    client.connectToServer(socketPath());
    QTRY_COMPARE(client.state(), QLocalSocket::ConnectedState);
    uchar header[4];
    qToBigEndian<quint32>(quint32(SingleInstance::kMaxMessageBytes + 1), header);
    client.write(reinterpret_cast<const char *>(header), 4);
    client.write(QByteArray(1024, 'x'));
    QVERIFY(disconnected.wait(10000));
    QCOMPARE(received.count(), 0);
    QVERIFY(client.readAll().isEmpty()); // no acknowledgement
}

void TestSingleInstance::malformedMessageIsRefused()
{
    SingleInstance primary(socketPath(), nullptr);
    QVERIFY(primary.listen());
    QSignalSpy received(&primary, &SingleInstance::argumentsReceived);
    QLocalSocket client;
    QSignalSpy disconnected(&client, &QLocalSocket::disconnected);
    client.connectToServer(socketPath());
    QTRY_COMPARE(client.state(), QLocalSocket::ConnectedState);
    const QByteArray body = "not cbor at all";
    uchar header[4];
    qToBigEndian<quint32>(quint32(body.size()), header);
    client.write(reinterpret_cast<const char *>(header), 4);
    client.write(body);
    QVERIFY(disconnected.wait(10000));
    QCOMPARE(received.count(), 0);

    // The server still serves a good client afterwards.
    QLocalSocket good;
    good.connectToServer(socketPath());
    QTRY_COMPARE(good.state(), QLocalSocket::ConnectedState);
    const QByteArray message = SingleInstance::encodeMessage({u"a"_s}, u"/w"_s);
    qToBigEndian<quint32>(quint32(message.size()), header);
    good.write(reinterpret_cast<const char *>(header), 4);
    good.write(message);
    QVERIFY(received.wait(10000));
    QCOMPARE(received.at(0).at(0).toStringList(), QStringList{u"a"_s});
    QTRY_COMPARE(good.bytesAvailable(), qint64(1));
}

void TestSingleInstance::messageCodec()
{
    QStringList args;
    QString dir;
    const QStringList in{u"x"_s, QString(), u"æøå"_s};
    QVERIFY(SingleInstance::decodeMessage(SingleInstance::encodeMessage(in, u"/d"_s), &args, &dir));
    QCOMPARE(args, in);
    QCOMPARE(dir, u"/d"_s);
    QVERIFY(!SingleInstance::decodeMessage(QByteArray(), &args, &dir));
    // [2, "d", []]: an unknown version; [1, "d", [1]]: an argument that is not text.
    QVERIFY(!SingleInstance::decodeMessage(QByteArray::fromHex("8302616480"), &args, &dir));
    QVERIFY(!SingleInstance::decodeMessage(QByteArray::fromHex("830161648101"), &args, &dir));
    QVERIFY(SingleInstance::decodeMessage(QByteArray::fromHex("8301616480"), &args, &dir));
    QVERIFY(args.isEmpty());
    QStringList many;
    for (int i = 0; i <= SingleInstance::kMaxArguments; ++i)
        many << u"a"_s;
    QVERIFY(
        !SingleInstance::decodeMessage(SingleInstance::encodeMessage(many, u"/"_s), &args, &dir));
}

void TestSingleInstance::namePerRoot()
{
    Paths::setRoot(m_dir->filePath(u"a"_s));
    const QString a = SingleInstance::defaultServerName();
    Paths::setRoot(m_dir->filePath(u"b"_s));
    const QString b = SingleInstance::defaultServerName();
    Paths::setRoot(QString());
    QVERIFY(a != b);
    QVERIFY2(a.startsWith(m_dir->path()), qPrintable(a)); // below the root's run/ folder
    QVERIFY(QFile::encodeName(a).size() <= 100);
}

int main(int argc, char **argv)
{
    if (argc >= 3 && std::strcmp(argv[1], "--forward") == 0)
        return childForward(argc, argv);
    QCoreApplication app(argc, argv);
    TestSingleInstance test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_singleinstance.moc"
