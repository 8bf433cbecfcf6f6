// A trace package must come out byte-identical from the same inputs (so its CID is a function
// of the content only), and bad metadata must be refused with a message naming the field.
#include "core/publish/packagebuilder.h"
#include "tests/support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pt::publish;
using pt::Result;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

PackageOptions options()
{
    PackageOptions o;
    o.tracePath = pt::test::dataPath(u"publish/package/kingman_n5.json"_s);
    o.metadataPath = pt::test::dataPath(u"publish/package/metadata.json"_s);
    o.constructionCodePath = pt::test::dataPath(u"publish/package/construction_code.py"_s);
    o.id = u"coalescent_n5_theta1"_s;
    return o;
}

QByteArray ptdprmc1(quint64 commands, quint64 mem, quint64 vertices, const QByteArray &hashHex,
                    qint64 sizeDelta = 0)
{
    QByteArray b("PTDPRMC1");
    auto put32 = [&b](quint32 v) { b.append(reinterpret_cast<const char *>(&v), 4); };
    auto put64 = [&b](quint64 v) { b.append(reinterpret_cast<const char *>(&v), 8); };
    put32(1);
    put32(2);
    put64(hashHex.left(16).toULongLong(nullptr, 16));
    put64(commands);
    put64(mem);
    put64(vertices);
    put64(0);
    b.append(QByteArray(qsizetype(128 * commands + 8 * mem + 8 * vertices + sizeDelta), '\0'));
    return b;
}

} // namespace

class TestPackageBuilder : public QObject
{
    Q_OBJECT

private slots:
    void gzipIsFixed()
    {
        const QByteArray json = pt::test::readData(u"publish/package/kingman_n5.json"_s);
        Result<QByteArray> gz = deterministicGzip(json);
        QVERIFY(gz.ok());
        // Header: magic, deflate, no flags, mtime 0, XFL 2 (level 9), OS 255.
        QCOMPARE(gz->left(10).toHex(), QByteArray("1f8b08000000000002ff"));
        // Python: g = gzip.compress(data, 9, mtime=0); g[9] = 255 → this sha256 (zlib 1.2.13).
        QCOMPARE(QCryptographicHash::hash(*gz, QCryptographicHash::Sha256).toHex(),
                 QByteArray("639771e7aa5a2fab410ee6924965a210576427a526e34338230086022fbef72c"));
        Result<QByteArray> back = gunzip(*gz, 1 << 20, u"t"_s);
        QVERIFY(back.ok());
        QCOMPARE(*back, json);
        QVERIFY(!gunzip(gz->left(gz->size() - 10), 1 << 20, u"t"_s).ok());
        Result<QByteArray> bomb = gunzip(*gz, 100, u"t.gz"_s);
        QVERIFY(!bomb.ok());
        QCOMPARE(bomb.error().message, u"t.gz: decompresses to more than 0 MiB; refused"_s);
    }

    void sameInputsSameBytesAndCid()
    {
        QTemporaryDir tmp1, tmp2;
        QVERIFY(tmp1.isValid() && tmp2.isValid());
        Result<TracePackage> a = buildTracePackage(options(), tmp1.filePath(u"pkg"_s));
        QVERIFY2(a.ok(), a ? "" : qPrintable(a.error().message));
        QTest::qSleep(1100); // a different second: any mtime leaking into the bytes would show
        // The same trace, already gzip'd by us, is taken byte for byte.
        PackageOptions o2 = options();
        writeBytes(tmp2.filePath(u"trace.json.gz"_s), fileBytes(a->dir + u"/trace.json.gz"_s));
        o2.tracePath = tmp2.filePath(u"trace.json.gz"_s);
        Result<TracePackage> b = buildTracePackage(o2, tmp2.filePath(u"elsewhere/pkg"_s));
        QVERIFY2(b.ok(), b ? "" : qPrintable(b.error().message));
        const QStringList names{u"README.md"_s,  u"checksum.sha256"_s, u"construction_code.py"_s,
                                u"example.py"_s, u"metadata.json"_s,   u"trace.json.gz"_s};
        QCOMPARE(QDir(a->dir).entryList(QDir::Files, QDir::Name), names);
        for (const QString &n : names)
            QCOMPARE(fileBytes(b->dir + u'/' + n), fileBytes(a->dir + u'/' + n));
        QVERIFY(computePackageCids(*a, u"kubo-v0"_s).ok());
        QVERIFY(computePackageCids(*b, u"kubo-v0"_s).ok());
        QVERIFY(a->rootCid.startsWith(u"Qm"_s));
        QCOMPARE(b->rootCid, a->rootCid);
        QVERIFY(computePackageCids(*b, u"unixfs-v1-2025"_s).ok());
        QVERIFY(b->rootCid.startsWith(u"bafy"_s));

        // checksum.sha256: hex, no newline; metadata.json: sorted keys, 2 spaces, newline.
        QCOMPARE(fileBytes(a->dir + u"/checksum.sha256"_s), a->traceSha256.toLatin1());
        QCOMPARE(a->traceSha256,
                 u"639771e7aa5a2fab410ee6924965a210576427a526e34338230086022fbef72c"_s);
        const QByteArray meta = fileBytes(a->dir + u"/metadata.json"_s);
        QVERIFY(meta.startsWith("{\n  \"author\": \"Kasper Munch"));
        QVERIFY(meta.endsWith("}\n"));
        QVERIFY(meta.contains("\"domain\": \"[0, \\u221e)\""));
        QCOMPARE(fileBytes(a->dir + u"/construction_code.py"_s),
                 pt::test::readData(u"publish/package/construction_code.py"_s));

        const OJson entry = v1RegistryEntry(*a);
        QCOMPARE(entry.find(u"cid"_s)->toString(), a->rootCid);
        QCOMPARE(entry.find(u"checksum"_s)->toString(), u"sha256:"_s + a->traceSha256);
        QCOMPARE(entry.members().first().first, u"cid"_s);
        QVERIFY(entry.find(u"files"_s)->find(u"trace.json.gz"_s));
    }

    // The CID must not depend on run-to-run state either: a fixed value for these inputs.
    void cidIsStableAcrossRuns()
    {
        QTemporaryDir tmp;
        Result<TracePackage> p = buildTracePackage(options(), tmp.filePath(u"p"_s));
        QVERIFY(p.ok());
        QVERIFY(computePackageCids(*p, u"kubo-v0"_s).ok());
        // Recorded from the first run (Debian 12, zlib 1.2.13); a change means the package bytes
        // changed: every earlier published CID for these inputs would no longer match.
        QCOMPARE(p->rootCid, u"QmSrcraMVXfcQBYLLLvu6ZtXFHe96TToTDWkviwbYzweiv"_s);
    }

    // metadata.json is what Python's json.dumps(m, indent=2, sort_keys=True) + "\n" writes
    // (the expected file was made so), and example.py really runs on the package.
    void generatedFilesWork()
    {
        QTemporaryDir tmp;
        Result<TracePackage> p = buildTracePackage(options(), tmp.filePath(u"p"_s));
        QVERIFY(p.ok());
        QCOMPARE(fileBytes(p->dir + u"/metadata.json"_s),
                 pt::test::readData(u"publish/package/metadata.expected.json"_s));
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QProcess proc;
        proc.start(python, {p->dir + u"/example.py"_s});
        QVERIFY(proc.waitForFinished(30000));
        QVERIFY2(proc.exitCode() == 0, proc.readAllStandardError().constData());
        QCOMPARE(
            proc.readAllStandardOutput(),
            QByteArray("Standard Kingman coalescent for n=5 haploid samples with theta parameter\n"
                       "34 operations, 6 vertices, param_length 1\n"));
    }

    void refusesNonEmptyOutput()
    {
        QTemporaryDir tmp;
        writeBytes(tmp.filePath(u"x"_s), "x");
        Result<TracePackage> p = buildTracePackage(options(), tmp.path());
        QVERIFY(!p.ok());
        QVERIFY(p.error().message.contains(u"is not empty"_s));
    }

    void traceChecked_data()
    {
        QTest::addColumn<QByteArray>("trace");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("nope") << u"not JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"the trace must be a JSON object"_s;
        QTest::newRow("no ops") << QByteArray("{\"vertex_rates\": []}")
                                << u"\"operations\" is missing or not a list"_s;
        QTest::newRow("param mismatch")
            << QByteArray("{\"operations\": [], \"vertex_rates\": [], \"param_length\": 3}")
            << u"has param_length 3 but metadata.json says 1"_s;
        QTest::newRow("bad gzip") << QByteArray("\x1f\x8b\x08\x00garbage") << u"gzip stream"_s;
    }
    void traceChecked()
    {
        QFETCH(QByteArray, trace);
        QFETCH(QString, message);
        QTemporaryDir tmp;
        PackageOptions o = options();
        o.tracePath = tmp.filePath(u"t.json"_s);
        writeBytes(o.tracePath, trace);
        Result<TracePackage> p = buildTracePackage(o, tmp.filePath(u"out"_s));
        QVERIFY(!p.ok());
        QVERIFY2(p.error().message.contains(message), qPrintable(p.error().message));
        QVERIFY(!QDir(tmp.filePath(u"out"_s)).exists()); // nothing written on a refusal
    }

    void metadataErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("message");
        const QByteArray ok = "\"model_type\": \"m\", \"description\": \"d\", \"author\": \"a\", "
                              "\"license\": \"MIT\", \"param_length\": 1, "
                              "\"parameters\": [{\"name\": \"theta\"}]";
        auto with = [&ok](const QByteArray &extra) { return QByteArray("{" + ok + extra + "}"); };
        QTest::newRow("not object") << QByteArray("[]") << u"x"_s
                                    << u"metadata.json: the top level must be a JSON object"_s;
        QTest::newRow("missing author")
            << QByteArray("{\"model_type\": \"m\", \"description\": \"d\", \"license\": \"MIT\", "
                          "\"param_length\": 0, \"parameters\": []}")
            << u"x"_s << u"metadata.json: \"author\" is required"_s;
        QTest::newRow("author type")
            << with(", \"author\": 5").replace("\"author\": \"a\", ", "") << u"x"_s
            << u"metadata.json: \"author\" must be a string, not an integer"_s;
        QTest::newRow("param_length float")
            << with("").replace("\"param_length\": 1", "\"param_length\": 1.5") << u"x"_s
            << u"metadata.json: \"param_length\" must be a non-negative integer, not 1.5"_s;
        QTest::newRow("params mismatch")
            << with("").replace("\"param_length\": 1", "\"param_length\": 2") << u"x"_s
            << u"metadata.json: \"parameters\" lists 1 parameter(s) but \"param_length\" is 2"_s;
        QTest::newRow("param no name")
            << with("").replace("{\"name\": \"theta\"}", "{}") << u"x"_s
            << u"metadata.json: \"parameters[0]\" needs a non-empty string \"name\""_s;
        QTest::newRow("doi")
            << with(", \"citation\": {\"doi\": \"https://doi.org/10.1/x\"}") << u"x"_s
            << u"metadata.json: \"citation.doi\": DOI \"https://doi.org/10.1/x\" is not of the form 10.NNNN/suffix (give the bare DOI, not a URL)"_s;
        QTest::newRow("orcid shape")
            << with(", \"orcid\": \"0000-0002-1825\"") << u"x"_s
            << u"metadata.json: \"orcid\": ORCID \"0000-0002-1825\" is not of the form 0000-0000-0000-000X"_s;
        QTest::newRow("orcid checksum")
            << with(", \"orcid\": \"0000-0002-1825-0098\"") << u"x"_s
            << u"metadata.json: \"orcid\": ORCID \"0000-0002-1825-0098\": the check digit should be 7; is it mistyped?"_s;
        QTest::newRow("created")
            << with(", \"created\": \"21/10/2025\"") << u"x"_s
            << u"metadata.json: \"created\" must be an ISO date (YYYY-MM-DD), not \"21/10/2025\""_s;
        QTest::newRow("tags") << with(", \"tags\": [1]") << u"x"_s
                              << u"metadata.json: \"tags\" must be a list of non-empty strings"_s;
        QTest::newRow("no id")
            << with("") << QString()
            << u"no registry id: give --id or an \"id\" field in metadata.json"_s;
        QTest::newRow("unsafe id") << with("") << u"a/b"_s << u"registry id"_s;
        QTest::newRow("id chars")
            << with("") << u"a b"_s
            << u"registry id \"a b\": use letters, digits, '.', '_' and '-' only (it becomes a branch name and a directory name)"_s;
        QTest::newRow("duplicate key")
            << with(", \"author\": \"b\"") << u"x"_s << u"duplicate key \"author\""_s;
    }
    void metadataErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, id);
        QFETCH(QString, message);
        QString chosen;
        Result<OJson> r = validateMetadata(json, id, &chosen);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    }

    void metadataOk()
    {
        QString id;
        Result<OJson> r =
            validateMetadata(pt::test::readData(u"publish/package/metadata.json"_s), u"abc"_s, &id);
        QVERIFY2(r.ok(), r ? "" : qPrintable(r.error().message));
        QCOMPARE(id, u"abc"_s);
        QVERIFY(checkOrcid(u"0000-0002-1694-233X"_s).ok()); // a check digit of X
        QVERIFY(checkDoi(u"10.1007/s11222-022-10155-6"_s).ok());
    }

    void artifacts()
    {
        const QByteArray hash(64, 'a');
        const QByteArray good = ptdprmc1(38, 12, 6, hash);
        QCOMPARE(good.size(), 5064); // the n5 parent's size in the live registry
        Result<ArtifactInfo> a = inspectArtifactBytes(good, QString::fromLatin1(hash) + u".bin"_s);
        QVERIFY2(a.ok(), a ? "" : qPrintable(a.error().message));
        QCOMPARE(a->commands, 38u);
        QCOMPARE(a->formatRevision, 2);
        QVERIFY(!a->isScc);
        QCOMPARE(a->sha256.toLatin1(),
                 QCryptographicHash::hash(good, QCryptographicHash::Sha256).toHex());

        Result<ArtifactInfo> shortFile =
            inspectArtifactBytes(ptdprmc1(38, 12, 6, hash, -8), u"x.bin"_s);
        QVERIFY(!shortFile.ok());
        QVERIFY(shortFile.error().message.contains(u"56 + 128·C + 8·M + 8·V = 5064"_s));
        Result<ArtifactInfo> huge = inspectArtifactBytes(
            ptdprmc1(~0ULL / 64, 0, 0, hash, -qint64(128 * (~0ULL / 64))), u"x.bin"_s);
        QVERIFY(!huge.ok());
        QVERIFY(!inspectArtifactBytes("PTDPRMC9" + QByteArray(100, 0), u"x.bin"_s).ok());
        // Header hash prefix vs file name.
        Result<ArtifactInfo> renamed = inspectArtifactBytes(good, QString(64, u'b') + u".bin"_s);
        QVERIFY(!renamed.ok());
        QVERIFY(renamed.error().message.contains(u"renamed file?"_s));

        const QByteArray scc = ptdprmc1(2, 1, 1, QByteArray(64, '0'));
        Result<ArtifactInfo> s =
            inspectArtifactBytes(scc, u"scc_"_s + QString(64, u'c') + u".bin"_s);
        QVERIFY(s.ok());
        QVERIFY(s->isScc);
        Result<OJson> meta =
            validateMetadata(pt::test::readData(u"publish/package/metadata.json"_s), u"n5"_s,
                             nullptr, MetadataKind::V2Compute);
        QVERIFY(meta.ok());
        Result<OJson> entry = v2RegistryEntry({*a, *s}, *meta);
        QVERIFY2(entry.ok(), entry ? "" : qPrintable(entry.error().message));
        JsonStyle style;
        const QByteArray text = writeJson(*entry, style);
        QVERIFY(text.startsWith("{\n  \"graph_hash\": \"aaaa"));
        QVERIFY(text.contains("\"cid_or_path\": \"artifacts/scc_cccc"));
        QVERIFY(text.contains("\"size_bytes\": 5064"));
        QVERIFY(!v2RegistryEntry({*s}, *meta).ok()); // no parent
    }
};

QTEST_GUILESS_MAIN(TestPackageBuilder)
#include "tst_packagebuilder.moc"
