// The registry editor must leave every byte it did not mean to change alone: upstream's files
// are json.dumps(indent=2) output (docs/UPSTREAM.md), and a PR that reformats the whole file
// is unreviewable.
#include "core/publish/publishjson.h"
#include "core/publish/registryeditor.h"
#include "tests/support/testsupport.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace pt::publish;
using pt::Result;

class TestRegistryEditor : public QObject
{
    Q_OBJECT

private:
    static QStringList fixtures()
    {
        return QDir(pt::test::dataPath(u"publish/registry"_s))
            .entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    }
    static OJson entryFromFile(const QString &name)
    {
        Result<OJson> e = parseJson(pt::test::readData(u"publish/"_s + name), name);
        if (!e)
            qWarning() << e.error().message;
        return e ? *e : OJson();
    }

private slots:
    void roundTripIsByteIdentical_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = fixtures();
        QCOMPARE(files.size(), 9);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f;
    }
    void roundTripIsByteIdentical()
    {
        QFETCH(QString, file);
        const QByteArray text = pt::test::readData(u"publish/registry/"_s + file);
        QVERIFY(!text.isEmpty());
        Result<RegistryDocument> doc = RegistryDocument::parse(text, file);
        QVERIFY2(doc.ok(), doc ? "" : qPrintable(doc.error().message));
        QVERIFY(doc->byteStable());
        QCOMPARE(doc->toBytes(), text);
        QCOMPARE(doc->style().indent, 2);
        QVERIFY(doc->style().ensureAscii);
    }

    void addThenRemoveGivesOriginal_data() { roundTripIsByteIdentical_data(); }
    void addThenRemoveGivesOriginal()
    {
        QFETCH(QString, file);
        const QByteArray text = pt::test::readData(u"publish/registry/"_s + file);
        Result<RegistryDocument> doc = RegistryDocument::parse(text, file);
        QVERIFY(doc.ok());
        const OJson entry = entryFromFile(
            doc->kind() == RegistryDocument::Kind::V1 ? u"entry-v1.json"_s : u"entry-v2.json"_s);
        Result<void> added = doc->addEntry(u"zz_added"_s, entry, false);
        QVERIFY2(added.ok(), added ? "" : qPrintable(added.error().message));
        const QByteArray changed = doc->toBytes();
        QVERIFY(changed != text);
        QCOMPARE(doc->ids().last(), u"zz_added"_s); // appended, like a Python dict insertion
        QVERIFY(doc->removeEntry(u"zz_added"_s).ok());
        QCOMPARE(doc->toBytes(), text);
    }

    // The expected files were written by Python: json.load, insert, json.dumps(indent=2).
    void addMatchesPython_data()
    {
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("expected");
        QTest::newRow("v2 non-ASCII, floats") << u"registry.json"_s << u"entry-v2.json"_s
                                              << u"test_nonascii"_s << u"registry-v2-added.json"_s;
        QTest::newRow("v1 no trailing newline") << u"registry-d7430d6.json"_s << u"entry-v1.json"_s
                                                << u"new_trace"_s << u"registry-v1-added.json"_s;
    }
    void addMatchesPython()
    {
        QFETCH(QString, registry);
        QFETCH(QString, entry);
        QFETCH(QString, id);
        QFETCH(QString, expected);
        Result<QByteArray> out =
            addRegistryEntry(pt::test::readData(u"publish/registry/"_s + registry), id,
                             entryFromFile(entry), false, registry);
        QVERIFY2(out.ok(), out ? "" : qPrintable(out.error().message));
        QCOMPARE(*out, pt::test::readData(u"publish/"_s + expected));
    }

    void nonAsciiEscapes()
    {
        OJson o = OJson::object({{u"k"_s, OJson::string(u"é€😀\u007f\x01\"\\/"_s)}});
        JsonStyle s;
        s.indent = 0;
        s.trailingNewline = false;
        QCOMPARE(writeJson(o, s),
                 QByteArray("{\"k\": \"\\u00e9\\u20ac\\ud83d\\ude00\\u007f\\u0001\\\"\\\\/\"}"));
        s.ensureAscii = false;
        QCOMPARE(writeJson(o, s), QByteArray("{\"k\": \"é€😀\x7f\\u0001\\\"\\\\/\"}"));
        // And back: escapes decode to the same string.
        Result<OJson> back =
            parseJson("{\"k\": \"\\u00e9\\u20ac\\ud83d\\ude00\\u007f\\u0001\\\"\\\\\\/\"}");
        QVERIFY(back.ok());
        QCOMPARE(back->find(u"k"_s)->toString(), o.find(u"k"_s)->toString());
    }

    void duplicateIdRefusedReplaceInPlace()
    {
        const QByteArray text = pt::test::readData(u"publish/registry/registry.json"_s);
        Result<RegistryDocument> doc = RegistryDocument::parse(text, u"registry.json"_s);
        QVERIFY(doc.ok());
        const QStringList before = doc->ids();
        OJson entry = entryFromFile(u"entry-v2.json"_s);
        Result<void> r = doc->addEntry(u"coal_n10_theta1"_s, entry, false);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message,
                 u"registry.json: id \"coal_n10_theta1\" is already registered; choose another id "
                 u"or replace it explicitly (--replace)"_s);
        QVERIFY(doc->addEntry(u"coal_n10_theta1"_s, entry, true).ok());
        QCOMPARE(doc->ids(), before); // replaced where it was
        QCOMPARE(*doc->entry(u"coal_n10_theta1"_s), entry);
    }

    void duplicateContentRefused_data()
    {
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("copyOf");
        QTest::addColumn<QString>("expectedFragment");
        QTest::newRow("v2 graph_hash") << u"registry.json"_s << u"coal_n5_theta1"_s
                                       << u"already registered as \"coal_n5_theta1\" (graph_hash"_s;
        QTest::newRow("v1 cid") << u"registry-63ca9be.json"_s << u"coalescent_n10_theta1"_s
                                << u"already registered as \"coalescent_n10_theta1\" (cid Qm"_s;
    }
    void duplicateContentRefused()
    {
        QFETCH(QString, registry);
        QFETCH(QString, copyOf);
        QFETCH(QString, expectedFragment);
        const QByteArray text = pt::test::readData(u"publish/registry/"_s + registry);
        Result<RegistryDocument> doc = RegistryDocument::parse(text, registry);
        QVERIFY(doc.ok());
        const OJson copy = *doc->entry(copyOf);
        Result<void> r = doc->addEntry(u"another_id"_s, copy, false);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(expectedFragment), qPrintable(r.error().message));
        QCOMPARE(doc->toBytes(), text);
    }

    void invalidEntriesRefused_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QString>("message");
        QTest::newRow("unsafe id") << u"../x"_s << QByteArray("{}") << u"registry id"_s;
        QTest::newRow("no graph_hash")
            << u"x"_s << QByteArray("{\"metadata\": {}}")
            << u"entry \"x\": \"graph_hash\" must be 64 lowercase hex digits"_s;
        QTest::newRow("bad sha")
            << u"x"_s
            << QByteArray("{\"graph_hash\": \"" + QByteArray(64, 'a') +
                          "\", \"format_revision\": 2, \"metadata\": {},\n"
                          "            \"artifacts\": {\"parent\": {\"cid_or_path\": \"a.bin\", "
                          "\"sha256\": \"XYZ\", \"size_bytes\": 1}}}")
            << u"entry \"x\" artifacts.parent: \"sha256\" must be 64 lowercase hex digits"_s;
    }
    void invalidEntriesRefused()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, entry);
        QFETCH(QString, message);
        Result<RegistryDocument> doc = RegistryDocument::parse(
            pt::test::readData(u"publish/registry/registry.json"_s), u"registry.json"_s);
        QVERIFY(doc.ok());
        Result<OJson> e = parseJson(entry);
        QVERIFY(e.ok());
        Result<void> r = doc->addEntry(id, *e, false);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    }

    // What our own checks let through, the app's registry reader still has to accept.
    void readerRevalidates()
    {
        const QByteArray text = pt::test::readData(u"publish/registry/registry-d7430d6.json"_s);
        QByteArray entry = pt::test::readData(u"publish/entry-v1.json"_s);
        QVERIFY(entry.contains("\"param_length\": 1"));
        entry.replace("\"param_length\": 1", "\"param_length\": \"two\"");
        Result<OJson> e = parseJson(entry);
        QVERIFY(e.ok());
        Result<QByteArray> r =
            addRegistryEntry(text, u"bad_types"_s, *e, false, u"registry.json"_s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(u"the edited registry does not load: "_s),
                 qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(u"param_length"_s), qPrintable(r.error().message));
    }

    void parseErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("trailing comma")
            << QByteArray("{\n  \"a\": 1,\n}") << u"t: line 3, column 1: expected a string key"_s;
        QTest::newRow("duplicate key")
            << QByteArray("{\"a\": 1, \"a\": 2}") << u"t: line 1, column 10: duplicate key \"a\""_s;
        QTest::newRow("NaN") << QByteArray("[NaN]")
                             << u"t: line 1, column 2: unexpected character 'N'"_s;
        QTest::newRow("deep") << QByteArray(300, '[')
                              << u"t: line 1, column 258: nested deeper than 256 levels"_s;
        QTest::newRow("bad utf8") << QByteArray("\"\xff\"")
                                  << u"t: line 1, column 2: invalid UTF-8 in a string"_s;
        QTest::newRow("huge float")
            << QByteArray("1e999") << u"t: line 1, column 1: number out of the range of a double"_s;
        QTest::newRow("after") << QByteArray("{} x")
                               << u"t: line 1, column 4: unexpected text after the JSON value"_s;
    }
    void parseErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        Result<OJson> r = parseJson(text, u"t"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, message);
    }

    // Expected values: Python 3 repr(float).
    void floatRepr_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("repr");
        QTest::newRow("0.1") << 0.1 << QByteArray("0.1");
        QTest::newRow("1e22") << 1e22 << QByteArray("1e+22");
        QTest::newRow("1e-07") << 1e-07 << QByteArray("1e-07");
        QTest::newRow("-2.5") << -2.5 << QByteArray("-2.5");
        QTest::newRow("1e16") << 1e16 << QByteArray("1e+16");
        QTest::newRow("1e15") << 1e15 << QByteArray("1000000000000000.0");
        QTest::newRow("1.23e17") << 123456789012345678.0 << QByteArray("1.2345678901234568e+17");
        QTest::newRow("0.0001") << 0.0001 << QByteArray("0.0001");
        QTest::newRow("0.00001") << 0.00001 << QByteArray("1e-05");
        QTest::newRow("denormal") << 5e-324 << QByteArray("5e-324");
        QTest::newRow("max") << 1.7976931348623157e308 << QByteArray("1.7976931348623157e+308");
        QTest::newRow("100") << 100.0 << QByteArray("100.0");
        QTest::newRow("-0") << -0.0 << QByteArray("-0.0");
        QTest::newRow("pi") << 3.14159 << QByteArray("3.14159");
        QTest::newRow("2.5e-5") << 2.5e-5 << QByteArray("2.5e-05");
        QTest::newRow("1.5e16") << 1.5e16 << QByteArray("1.5e+16");
    }
    void floatRepr()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, repr);
        QCOMPARE(pythonFloatRepr(value), repr);
        // A number as another writer spelled it is normalised as Python would on rewrite.
        JsonStyle s;
        s.trailingNewline = false;
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.17e", value);
        Result<OJson> parsed = parseJson(QByteArray(buf));
        QVERIFY(parsed.ok());
        QCOMPARE(writeJson(*parsed, s), repr);
    }

    void diffOutput()
    {
        const QByteArray a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n";
        const QByteArray b = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n11\n12\n13\n14";
        const QByteArray expected =
            "--- a/f\n+++ b/f\n"
            "@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
            "@@ -11,3 +11,4 @@\n 11\n 12\n 13\n+14\n\\ No newline at end of file\n";
        // Expected: GNU diff -u's output for the same files (changes 7 lines apart: two hunks).
        QCOMPARE(unifiedDiff(a, b, u"a/f"_s, u"b/f"_s), expected);
        QVERIFY(unifiedDiff(a, a, u"a/f"_s, u"b/f"_s).isEmpty());
    }

    // The diff of a real edit applies with git apply (when git is installed).
    void diffAppliesWithGit_data() { addMatchesPython_data(); }
    void diffAppliesWithGit()
    {
        QFETCH(QString, registry);
        QFETCH(QString, expected);
        const QString git = QStandardPaths::findExecutable(u"git"_s);
        if (git.isEmpty())
            QSKIP("git is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray oldText = pt::test::readData(u"publish/registry/"_s + registry);
        const QByteArray newText = pt::test::readData(u"publish/"_s + expected);
        QFile f(dir.filePath(u"registry.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(oldText);
        f.close();
        QFile p(dir.filePath(u"change.diff"_s));
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write(unifiedDiff(oldText, newText, u"a/registry.json"_s, u"b/registry.json"_s));
        p.close();
        QProcess proc;
        proc.setWorkingDirectory(dir.path());
        proc.start(git, {u"apply"_s, u"change.diff"_s});
        QVERIFY(proc.waitForFinished());
        QVERIFY2(proc.exitCode() == 0, proc.readAllStandardError().constData());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), newText);
    }
};

QTEST_GUILESS_MAIN(TestRegistryEditor)
#include "tst_registryeditor.moc"
