// parseOpenRequest (ui/shell/openrequest.h): every form the app opens, and a precise error for
// every way an argument can be wrong.
#include "ui/shell/openrequest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pt;
using namespace pt::ui;
using namespace Qt::StringLiterals;

namespace {
const QString kV1 = u"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"_s;
const QString kV0 = u"QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG"_s;
} // namespace

class TestOpenRequest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void relativeToWorkingDir();
    void roundTrip();

private:
    QTemporaryDir m_dir;
};

void TestOpenRequest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const QString &name : {u"t.json.gz"_s, u"a b.json"_s, u"x.bin"_s, u"notes.txt"_s}) {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{}");
    }
    QVERIFY(QDir(m_dir.path()).mkdir(u"folder.json"_s));
}

void TestOpenRequest::valid_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("traceId");
    QTest::addColumn<QString>("cid");
    QTest::addColumn<QStringList>("cidPath");
    QTest::addColumn<QString>("localFile"); // relative to the temp dir

    const int T = int(OpenRequest::Kind::TraceId), C = int(OpenRequest::Kind::Cid),
              L = int(OpenRequest::Kind::LocalFile);
    QTest::newRow("trace") << u"phasic-traces://trace/coalescent_n5_theta1"_s << T
                           << u"coalescent_n5_theta1"_s << QString() << QStringList() << QString();
    QTest::newRow("trace, scheme case, trailing slash")
        << u"Phasic-Traces://TRACE/abc/"_s << T << u"abc"_s << QString() << QStringList()
        << QString();
    QTest::newRow("trace, percent-encoded") << u"phasic-traces://trace/a%20b"_s << T << u"a b"_s
                                            << QString() << QStringList() << QString();
    QTest::newRow("ipfs v1") << u"ipfs://"_s + kV1 << C << QString() << kV1 << QStringList()
                             << QString();
    QTest::newRow("ipfs v0 keeps case")
        << u"ipfs://"_s + kV0 << C << QString() << kV0 << QStringList() << QString();
    QTest::newRow("ipfs with path")
        << u"ipfs://"_s + kV1 + u"/traces/x%20y/trace.json.gz"_s << C << QString() << kV1
        << QStringList{u"traces"_s, u"x y"_s, u"trace.json.gz"_s} << QString();
    QTest::newRow("ipfs, empty segments") << u"ipfs://"_s + kV1 + u"//a/"_s << C << QString() << kV1
                                          << QStringList{u"a"_s} << QString();
    QTest::newRow("/ipfs/ path") << u"/ipfs/"_s + kV0 + u"/a.bin"_s << C << QString() << kV0
                                 << QStringList{u"a.bin"_s} << QString();
    QTest::newRow("identity cid") << u"ipfs://bafkqaaa"_s << C << QString() << u"bafkqaaa"_s
                                  << QStringList() << QString();
    QTest::newRow("absolute file") << m_dir.filePath(u"t.json.gz"_s) << L << QString() << QString()
                                   << QStringList() << u"t.json.gz"_s;
    QTest::newRow("unclean absolute file") << m_dir.path() + u"/./sub/../x.bin"_s << L << QString()
                                           << QString() << QStringList() << u"x.bin"_s;
    QTest::newRow("file url") << QUrl::fromLocalFile(m_dir.filePath(u"a b.json"_s)).toString() << L
                              << QString() << QString() << QStringList() << u"a b.json"_s;
    QTest::newRow("file url, localhost") << u"file://localhost"_s + m_dir.filePath(u"x.bin"_s) << L
                                         << QString() << QString() << QStringList() << u"x.bin"_s;
}

void TestOpenRequest::valid()
{
    QFETCH(QString, argument);
    QFETCH(int, kind);
    QFETCH(QString, traceId);
    QFETCH(QString, cid);
    QFETCH(QStringList, cidPath);
    QFETCH(QString, localFile);

    const Result<OpenRequest> r = parseOpenRequest(argument);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(int(r->kind), kind);
    QCOMPARE(r->traceId, traceId);
    QCOMPARE(r->cid, cid);
    QCOMPARE(r->cidPath, cidPath);
    QCOMPARE(r->localPath, localFile.isEmpty() ? QString() : m_dir.filePath(localFile));
}

void TestOpenRequest::invalid_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QString() << int(Error::InvalidInput) << u"empty argument"_s;
    QTest::newRow("blank") << u"   "_s << int(Error::InvalidInput) << u"empty argument"_s;
    QTest::newRow("too long") << QString(kMaxOpenRequestLength + 1, u'a')
                              << int(Error::InvalidInput) << u"too long"_s;
    QTest::newRow("control char") << u"ipfs://bafkqaaa\n"_s << int(Error::InvalidInput)
                                  << u"control character"_s;
    QTest::newRow("unknown scheme") << u"https://example.org/x.json"_s << int(Error::InvalidInput)
                                    << u"unknown scheme 'https:'"_s;
    QTest::newRow("bad cid") << u"ipfs://bafyNOTACID"_s << int(Error::InvalidInput)
                             << u"is not a valid CID"_s;
    QTest::newRow("cid missing") << u"ipfs://"_s << int(Error::InvalidInput)
                                 << u"the CID is missing"_s;
    QTest::newRow("ipfs without //")
        << u"ipfs:bafkqaaa"_s << int(Error::InvalidInput) << u"expected ipfs://CID"_s;
    QTest::newRow("ipfs query") << u"ipfs://bafkqaaa?format=car"_s << int(Error::InvalidInput)
                                << u"takes no '?'"_s;
    QTest::newRow("dot-dot in path") << u"ipfs://"_s + kV1 + u"/../etc/passwd"_s
                                     << int(Error::InvalidInput) << u"refers to a directory"_s;
    QTest::newRow("encoded slash in path")
        << u"ipfs://"_s + kV1 + u"/a%2Fb"_s << int(Error::InvalidInput) << u"path separator"_s;
    QTest::newRow("encoded NUL in path")
        << u"ipfs://"_s + kV1 + u"/a%00b"_s << int(Error::InvalidInput) << u"control character"_s;
    QTest::newRow("bad percent") << u"ipfs://"_s + kV1 + u"/a%zz"_s << int(Error::InvalidInput)
                                 << u"two hex digits"_s;
    QTest::newRow("/ipfs/ bad cid")
        << u"/ipfs/nope/x"_s << int(Error::InvalidInput) << u"is not a valid CID"_s;
    QTest::newRow("trace kind") << u"phasic-traces://entry/x"_s << int(Error::InvalidInput)
                                << u"unknown kind"_s;
    QTest::newRow("trace no //") << u"phasic-traces:trace/x"_s << int(Error::InvalidInput)
                                 << u"'//' is missing"_s;
    QTest::newRow("trace id missing")
        << u"phasic-traces://trace/"_s << int(Error::InvalidInput) << u"trace id is missing"_s;
    QTest::newRow("trace id with slash")
        << u"phasic-traces://trace/a/b"_s << int(Error::InvalidInput) << u"without '/'"_s;
    QTest::newRow("trace id dot-dot")
        << u"phasic-traces://trace/.."_s << int(Error::InvalidInput) << u"refers to a directory"_s;
    QTest::newRow("trace id encoded slash")
        << u"phasic-traces://trace/..%2F.."_s << int(Error::InvalidInput) << u"path separator"_s;
    QTest::newRow("trace query") << u"phasic-traces://trace/x?y=1"_s << int(Error::InvalidInput)
                                 << u"'?' or '#'"_s;
    QTest::newRow("missing file") << m_dir.filePath(u"nope.json"_s) << int(Error::NotFound)
                                  << u"no such file"_s;
    QTest::newRow("folder") << m_dir.filePath(u"folder.json"_s) << int(Error::Unsupported)
                            << u"is a folder"_s;
    QTest::newRow("not a trace") << m_dir.filePath(u"notes.txt"_s) << int(Error::Unsupported)
                                 << u"not a trace file"_s;
    QTest::newRow("remote file url")
        << u"file://otherhost/x.json"_s << int(Error::Unsupported) << u"on host"_s;
    QTest::newRow("file url query")
        << u"file:///x.json?a"_s << int(Error::InvalidInput) << u"not a local file:// URL"_s;
}

void TestOpenRequest::invalid()
{
    QFETCH(QString, argument);
    QFETCH(int, code);
    QFETCH(QString, messagePart);
    const Result<OpenRequest> r = parseOpenRequest(argument);
    QVERIFY2(!r.ok(), qPrintable(r.ok() ? r->toUrlString() : QString()));
    QVERIFY2(r.error().message.contains(messagePart), qPrintable(r.error().message));
    QCOMPARE(int(r.error().code), code);
    QVERIFY2(r.error().message.size() < 400, qPrintable(r.error().message)); // input is shortened
}

void TestOpenRequest::relativeToWorkingDir()
{
    // A forwarded argument is relative to the *sending* launch's directory, not ours.
    const Result<OpenRequest> r = parseOpenRequest(u"x.bin"_s, m_dir.path());
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->localPath, m_dir.filePath(u"x.bin"_s));
    QVERIFY(!parseOpenRequest(u"x.bin"_s, QDir::rootPath()).ok());
}

void TestOpenRequest::roundTrip()
{
    const QStringList inputs{u"phasic-traces://trace/a%20b"_s,
                             u"ipfs://"_s + kV0 + u"/d/x%23y.bin"_s, m_dir.filePath(u"a b.json"_s)};
    for (const QString &in : inputs) {
        const Result<OpenRequest> first = parseOpenRequest(in);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        const Result<OpenRequest> again = parseOpenRequest(first->toUrlString());
        QVERIFY2(again.ok(), qPrintable(first->toUrlString() + u": "_s + again.error().message));
        QCOMPARE(*again, *first);
    }
}

QTEST_GUILESS_MAIN(TestOpenRequest)
#include "tst_openrequest.moc"
