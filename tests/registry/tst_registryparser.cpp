// Registry parsing: every upstream fixture, the traps of the real data, precise errors.
#include "core/registry/registryparser.h"
#include "tests/bench/syntheticregistry.h"
#include "tests/support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pt::registry;
using namespace Qt::StringLiterals;

namespace {

QByteArray upstream(const QString &name)
{
    return pt::test::readData(u"registry/upstream/"_s + name);
}

// Warnings whose message or path contains `needle`.
int countWarnings(const Registry &reg, const QString &needle)
{
    int n = 0;
    for (const Warning &w : reg.warnings)
        n += w.message.contains(needle) || w.path.contains(needle);
    return n;
}

QString allWarnings(const Registry &reg)
{
    QStringList lines;
    for (const Warning &w : reg.warnings)
        lines.append(w.toString());
    return lines.join(u'\n');
}

// A minimal v1 registry around one entry body (the entry starts on line 4).
QByteArray v1With(const QByteArray &entryBody, const QByteArray &id = "coalescent_n5")
{
    return "{\n  \"version\": \"1.0.0\",\n  \"traces\": {\n    \"" + id + "\": {\n" + entryBody +
           "\n    }\n  }\n}\n";
}

} // namespace

class TestRegistryParser : public QObject
{
    Q_OBJECT

private slots:
    void upstreamFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("formatVersion");
        QTest::addColumn<int>("entries");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<int>("usable");
        QTest::addColumn<int>("problems");
        QTest::addColumn<int>("notes");

        const QStringList v1Ids{u"coalescent_n10_theta1"_s, u"coalescent_n15_theta1"_s,
                                u"coalescent_n20_theta1"_s, u"coalescent_n3_theta1"_s,
                                u"coalescent_n5_theta1"_s};
        // v1 empty: nothing to warn about.
        QTest::newRow("323a2e7 v1 empty")
            << u"registry-323a2e7.json"_s << 1 << 0 << u"trace"_s << QStringList() << 0 << 0 << 0;
        // Mock directory CIDs (5 problems), file cids (1 aggregated), placeholder collection
        // cid and the vertex convention (notes).
        QTest::newRow("f6a2c73 v1 mock cids")
            << u"registry-f6a2c73.json"_s << 1 << 5 << u"trace"_s << v1Ids << 0 << 6 << 2;
        QTest::newRow("63ca9be v1 real cids")
            << u"registry-63ca9be.json"_s << 1 << 5 << u"trace"_s << v1Ids << 5 << 1 << 2;
        QTest::newRow("d7430d6 v1 graph_hash")
            << u"registry-d7430d6.json"_s << 1 << 5 << u"trace"_s << v1Ids << 5 << 1 << 2;
        QTest::newRow("16a12ef v2 n5") << u"registry-16a12ef.json"_s << 2 << 1 << u"compute"_s
                                       << QStringList{u"coal_n5_theta1"_s} << 1 << 0 << 0;
        QTest::newRow("c07315c v2 n5+n10")
            << u"registry-c07315c.json"_s << 2 << 2 << u"compute"_s
            << QStringList{u"coal_n5_theta1"_s, u"coal_n10_theta1"_s} << 2 << 0 << 0;
        const QStringList three{u"coal_n5_theta1"_s, u"coal_n10_theta1"_s, u"coal_n20_theta1"_s};
        QTest::newRow("e775fd2 v2 three")
            << u"registry-e775fd2.json"_s << 2 << 3 << u"compute"_s << three << 3 << 0 << 0;
        QTest::newRow("registry.json latest")
            << u"registry.json"_s << 2 << 3 << u"compute"_s << three << 3 << 0 << 0;
        QTest::newRow("62ab94c v2 demo")
            << u"registry-62ab94c.json"_s << 2 << 4 << u"compute"_s
            << (three + QStringList{u"demo_two_step_chain"_s}) << 4 << 0 << 0;
    }
    void upstreamFixtures()
    {
        QFETCH(QString, file);
        QFETCH(int, formatVersion);
        QFETCH(int, entries);
        QFETCH(QString, kind);
        QFETCH(QStringList, ids);
        QFETCH(int, usable);
        QFETCH(int, problems);
        QFETCH(int, notes);

        const QByteArray bytes = upstream(file);
        QVERIFY(!bytes.isEmpty());
        auto parsed = parseRegistry(bytes);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        const Registry &reg = *parsed;
        QCOMPARE(reg.formatVersion, formatVersion);
        QCOMPARE(reg.entries.size(), entries);
        QStringList got;
        int usableCount = 0;
        for (const Entry &e : reg.entries) {
            got.append(e.id);
            QCOMPARE(kindName(e.kind), kind);
            usableCount += e.usable;
            QCOMPARE(reg.find(e.id), &e);
        }
        QCOMPARE(got, ids);
        QCOMPARE(usableCount, usable);
        const int noteCount = int(reg.warnings.size()) - reg.problemCount();
        QVERIFY2(reg.problemCount() == problems && noteCount == notes,
                 qPrintable(allWarnings(reg)));
        for (const Warning &w : reg.warnings)
            QVERIFY2(w.offset < 0 || w.line > 0, qPrintable(w.toString()));
    }

    void v1Traps()
    {
        auto parsed = parseRegistry(upstream(u"registry-d7430d6.json"_s));
        QVERIFY(parsed.ok());
        const Registry &reg = *parsed;
        // files.*.cid: "bafybei" + hex, never a valid CID; one aggregated warning, per-entry
        // detail on request.
        QCOMPARE(countWarnings(reg, u"10 files.*.cid value(s) in 5 entries are not valid CIDs"_s),
                 1);
        const Entry *n5 = reg.find(u"coalescent_n5_theta1");
        QVERIFY(n5);
        QCOMPARE(n5->directoryCid, u"QmStRuZZVvHNGjcgxPPy7rRMxVzhRmuTgpQ2oPLBJiHEXg"_s);
        QVERIFY(n5->directoryCidValid);
        QCOMPARE(n5->files.size(), 2);
        QCOMPARE(n5->files.at(0).name, u"trace.json.gz"_s);
        QCOMPARE(n5->files.at(0).size, 516);
        QVERIFY(!n5->files.at(0).cidValid);
        const QList<Warning> detail = entryWarnings(reg, *n5);
        QCOMPARE(detail.size(), 2);
        QCOMPARE(detail.at(0).path, u"traces.coalescent_n5_theta1.files.trace.json.gz.cid"_s);
        QVERIFY(detail.at(0).line > 180);
        // Vertex convention.
        QCOMPARE(n5->metadata.vertices, 5);
        QCOMPARE(n5->traceVertices(), 6);
        QCOMPARE(countWarnings(reg, u"vertices n counts transient states; the trace holds n+1"_s),
                 1);
        // Placeholder collection CID.
        QCOMPARE(reg.collections.size(), 1);
        QVERIFY(reg.collections.at(0).cidPlaceholder);
        QCOMPARE(reg.collections.at(0).traces.size(), 5);
        QCOMPARE(countWarnings(reg, u"all-zero placeholder"_s), 1);
        // Metadata.
        QCOMPARE(n5->graphHash,
                 u"1f4388e29034cf900b51c7e9a13a4c5fbec610bfa3a7d7e14b46183326d6aa59"_s);
        QCOMPARE(n5->metadata.parameters.size(), 1);
        QCOMPARE(n5->metadata.parameters.at(0).domain, u"[0, \u221e)"_s);
        QCOMPARE(n5->metadata.citation.text, u"R\u00f8ikjer, Hobolth & Munch (2022)"_s);
        QCOMPARE(n5->metadata.tags, (QStringList{u"coalescent"_s, u"kingman"_s,
                                                 u"population-genetics"_s, u"basic"_s}));
        QCOMPARE(n5->checksum.left(7), u"sha256:"_s);
        QCOMPARE(n5->license, u"MIT"_s);
        QCOMPARE(reg.pinningServices.size(), 2);
        QCOMPARE(reg.pinningServices.at(0).name, u"pinata"_s);
        QCOMPARE(reg.pinningServices.at(0).apiUrl, u"https://api.pinata.cloud"_s);
    }

    void v1MockCids()
    {
        auto parsed = parseRegistry(upstream(u"registry-f6a2c73.json"_s));
        QVERIFY(parsed.ok());
        const Entry *e = parsed->find(u"coalescent_n10_theta1");
        QVERIFY(e);
        QVERIFY(!e->directoryCidValid);
        QVERIFY(!e->usable);
        QVERIFY(e->unusableReason.contains(u"not a valid CID"_s));
        QVERIFY(e->note.startsWith(u"MOCK CID"_s));
        const QList<Warning> w = entryWarnings(*parsed, *e);
        QCOMPARE(w.size(), 3); // directory + two files
        QCOMPARE(w.at(0).path, u"traces.coalescent_n10_theta1.cid"_s);
        QCOMPARE(w.at(0).line, 5);
    }

    void v2Artifacts()
    {
        auto parsed = parseRegistry(upstream(u"registry-62ab94c.json"_s));
        QVERIFY(parsed.ok());
        const Entry *e = parsed->find(u"coal_n5_theta1");
        QVERIFY(e);
        QCOMPARE(e->formatRevision, 2);
        QVERIFY(e->parent.has_value());
        QCOMPARE(e->parent->location, LocationKind::RepoPath);
        QCOMPARE(e->parent->size, 5064);
        QCOMPARE(e->parent->sha256,
                 u"916b1614f5b1ad84deddb27ff3dbc13d288ec7f8e273d9bc25ab451bea382407"_s);
        QCOMPARE(e->scc.size(), 11);
        for (const Artifact &a : e->scc) {
            QCOMPARE(a.location, LocationKind::RepoPath);
            QCOMPARE(a.cidOrPath, u"artifacts/scc_"_s + a.sccHash + u".bin"_s);
        }
        QCOMPARE(e->metadata.vertices, 6);
        QCOMPARE(e->traceVertices(), 6); // v2 counts every vertex
        QCOMPARE(e->totalSize(), 5064 + 8056 + 3744 + 5184 + 8056 + 3224 + 3224 + 2304 + 8056 +
                                     1784 + 8576 + 11312);
        const Entry *demo = parsed->find(u"demo_two_step_chain");
        QVERIFY(demo);
        QCOMPARE(demo->scc.size(), 0);
        QCOMPARE(demo->metadata.domain, u"examples"_s);
    }

    void classify_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("kind");
        QTest::newRow("repo path") << u"artifacts/abc.bin"_s << u"path"_s;
        QTest::newRow("https") << u"https://example.org/a.bin"_s << u"url"_s;
        QTest::newRow("http") << u"http://example.org/a.bin"_s << u"url"_s;
        QTest::newRow("cid v0") << u"QmStRuZZVvHNGjcgxPPy7rRMxVzhRmuTgpQ2oPLBJiHEXg"_s << u"cid"_s;
        QTest::newRow("cid v1 + path")
            << u"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/a.bin"_s << u"cid"_s;
        QTest::newRow("fake bafy") << u"bafybei76984a2c7ad3e5dc655b5d6092f9"_s << u"invalid"_s;
        QTest::newRow("ftp") << u"ftp://example.org/a"_s << u"invalid"_s;
        QTest::newRow("parent dir") << u"artifacts/../../etc/passwd"_s << u"invalid"_s;
        QTest::newRow("absolute") << u"/etc/passwd"_s << u"invalid"_s;
        QTest::newRow("drive") << u"C:/x.bin"_s << u"invalid"_s;
        QTest::newRow("backslash") << u"artifacts\\x.bin"_s << u"invalid"_s;
        QTest::newRow("empty") << QString() << u"invalid"_s;
        QTest::newRow("query") << u"a.bin?x=1"_s << u"invalid"_s;
        // Edges of the one-pass check for plain paths.
        QTest::newRow("dot segment") << u"artifacts/./x.bin"_s << u"invalid"_s;
        QTest::newRow("dotdot last") << u"artifacts/.."_s << u"invalid"_s;
        QTest::newRow("dot only") << u"."_s << u"invalid"_s;
        QTest::newRow("empty segment") << u"artifacts//x.bin"_s << u"invalid"_s;
        QTest::newRow("trailing slash") << u"artifacts/"_s << u"invalid"_s;
        QTest::newRow("hidden name") << u".cache/...x.bin"_s << u"path"_s;
        QTest::newRow("single name") << u"x"_s << u"path"_s;
        QTest::newRow("space and plus") << u"art ifacts/a+b.bin"_s << u"path"_s;
        QTest::newRow("control") << u"artifacts/\x01.bin"_s << u"invalid"_s;
        QTest::newRow("fake Qm path") << u"Qmfoo/x.bin"_s << u"invalid"_s;
        // Long values: the check runs 8 characters at a time, then the rest one by one.
        QTest::newRow("long path")
            << u"artifacts/scc_0123456789abcdef0123456789ABCDEF-x_y.bin"_s << u"path"_s;
        QTest::newRow("long dotdot") << u"artifacts/0123456789abcdef/../x.bin"_s << u"invalid"_s;
        QTest::newRow("long empty segment")
            << u"artifacts/0123456789abcdef//x.bin"_s << u"invalid"_s;
        QTest::newRow("long control")
            << u"artifacts/0123456789"_s + QChar(1) + u"abcdef.bin"_s << u"invalid"_s;
        QTest::newRow("long non-ASCII") << u"artifacts/0123456789øabcdef.bin"_s << u"path"_s;
        QTest::newRow("long, bad tail") << u"artifacts/0123456789abcdef?"_s << u"invalid"_s;
    }

    // Hash fields are checked 8 characters at a time: a bad character anywhere is found.
    void hexChecks_data()
    {
        QTest::addColumn<QString>("sha256");
        QTest::addColumn<bool>("valid");
        const QString good = u"916b1614f5b1ad84deddb27ff3dbc13d288ec7f8e273d9bc25ab451bea382407"_s;
        QTest::newRow("lower") << good << true;
        QTest::newRow("upper") << good.toUpper() << true;
        for (int at : {0, 7, 8, 40, 63}) {
            // g G / : @ ` é and a full-width digit
            for (int bad : {0x67, 0x47, 0x2f, 0x3a, 0x40, 0x60, 0xe9, 0xff10}) {
                QString s = good;
                s[at] = QChar(bad);
                QTest::addRow("U+%04x at %d", bad, at) << s << false;
            }
        }
        QTest::newRow("short") << good.left(63) << false;
    }
    void hexChecks()
    {
        QFETCH(QString, sha256);
        QFETCH(bool, valid);
        const QByteArray json =
            "{\"version\": \"2.0\", \"format\": \"ptd_pcg\", \"computes\": {\"c\": "
            "{\"format_revision\": 2, \"artifacts\": {\"parent\": {\"cid_or_path\": "
            "\"a/b.bin\", \"sha256\": \"" +
            sha256.toUtf8() + "\"}}}}}";
        auto parsed = parseRegistry(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->entries.first().usable, valid);
        QCOMPARE(countWarnings(*parsed, u"computes.c.artifacts.parent.sha256"_s), valid ? 0 : 1);
    }
    void classify()
    {
        QFETCH(QString, value);
        QFETCH(QString, kind);
        QString why;
        const LocationKind k = classifyLocation(value, &why);
        QCOMPARE(locationKindName(k), kind);
        QCOMPARE(why.isEmpty(), k != LocationKind::Invalid);
    }

    void v2Problems()
    {
        const QByteArray json = R"({
  "version": "2.0",
  "format": "ptd_pcg",
  "computes": {
    "future": {
      "graph_hash": "4d652ed73c66ed4ada3dd13e0dde2051c151aa24be097bcd96c5bc04713be0f6",
      "format_revision": 3,
      "artifacts": {"parent": {"cid_or_path": "artifacts/a.bin", "sha256": "916b1614f5b1ad84deddb27ff3dbc13d288ec7f8e273d9bc25ab451bea382407", "size_bytes": 1}, "scc": []},
      "metadata": {"vertices": 3}
    },
    "escape": {
      "format_revision": 2,
      "artifacts": {"parent": {"cid_or_path": "../../x.bin", "sha256": "zz"}}
    }
  }
}
)";
        auto parsed = parseRegistry(json);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        const Entry *future = parsed->find(u"future");
        QVERIFY(future);
        QVERIFY(!future->usable);
        QVERIFY(future->unusableReason.contains(u"format_revision 3"_s));
        const Entry *escape = parsed->find(u"escape");
        QVERIFY(!escape->usable);
        QCOMPARE(escape->parent->location, LocationKind::Invalid);
        QCOMPARE(countWarnings(*parsed, u"newer than this build understands"_s), 1);
        QCOMPARE(countWarnings(*parsed, u"computes.escape.artifacts.parent.cid_or_path"_s), 1);
        QCOMPARE(countWarnings(*parsed, u"computes.escape.artifacts.parent.sha256"_s), 1);
        for (const Warning &w : parsed->warnings)
            if (w.entryId == u"escape")
                QCOMPARE(w.line, 11);
    }

    void duplicates_data()
    {
        QTest::addColumn<int>("threads");
        QTest::newRow("one thread") << 1;
        QTest::newRow("two threads") << 2; // the id lookup is built beside the decoding
    }
    void duplicates()
    {
        QFETCH(int, threads);
        ParseOptions options;
        options.threads = threads;
        const QByteArray json = R"({"version": "1.0.0",
 "traces": {"a": {"cid": "QmStRuZZVvHNGjcgxPPy7rRMxVzhRmuTgpQ2oPLBJiHEXg", "description": "first"},
            "a": {"cid": "QmStRuZZVvHNGjcgxPPy7rRMxVzhRmuTgpQ2oPLBJiHEXg", "description": "second"},
            "b": {"cid": "QmStRuZZVvHNGjcgxPPy7rRMxVzhRmuTgpQ2oPLBJiHEXg"}},
 "computes": {"b": {"format_revision": 2}}}
)";
        auto parsed = parseRegistry(json, options);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        // Python's json keeps the later value for a repeated key.
        QCOMPARE(parsed->entries.size(), 3);
        QCOMPARE(parsed->find(u"a")->description, u"second"_s);
        QCOMPARE(countWarnings(*parsed, u"duplicate id \"a\" in traces"_s), 1);
        QCOMPARE(countWarnings(*parsed, u"id \"b\" is in both traces and computes"_s), 1);
        QCOMPARE(parsed->find(u"b")->kind, EntryKind::Trace);
        QCOMPARE(parsed->byId.size(), 2);
        QCOMPARE(parsed->byId.value(u"a"_s), 0);
    }

    void unknownFieldsRoundTrip()
    {
        const QByteArray json = R"({
  "version": "1.0.0",
  "future_top": {"x": [1, 2.5, null, true]},
  "traces": {
    "t": {
      "cid": "QmStRuZZVvHNGjcgxPPy7rRMxVzhRmuTgpQ2oPLBJiHEXg",
      "extra": {"nested": ["a", {"b": "\u00e9"}]},
      "metadata": {"model_type": "m", "x_custom": 7},
      "pins": [{"service": "pinata", "status": "pinned", "request_id": "r1"}]
    }
  }
}
)";
        auto parsed = parseRegistry(json);
        QVERIFY(parsed.ok());
        const Registry &reg = *parsed;
        QCOMPARE(reg.unknownKeys, QStringList{u"future_top"_s});
        const Entry *t = reg.find(u"t");
        QCOMPARE(t->unknownKeys, (QStringList{u"extra"_s, u"metadata.x_custom"_s}));
        const QJsonObject raw = reg.rawEntryJson(*t);
        QCOMPARE(raw.value(u"extra"_s)
                     .toObject()
                     .value(u"nested"_s)
                     .toArray()
                     .at(1)
                     .toObject()
                     .value(u"b"_s)
                     .toString(),
                 u"\u00e9"_s);
        QCOMPARE(raw.value(u"metadata"_s).toObject().value(u"x_custom"_s).toInt(), 7);
        QCOMPARE(reg.rawJson().value(u"future_top"_s).toObject().value(u"x"_s).toArray().size(), 4);
        // The entry's bytes are exactly its JSON value (an editor can splice around them).
        QVERIFY(reg.source.mid(t->sourceOffset, t->sourceLength).startsWith("{"));
        QVERIFY(reg.source.mid(t->sourceOffset, t->sourceLength).endsWith("}"));
        QCOMPARE(t->pins.size(), 1);
        QCOMPARE(t->pins.at(0).service, u"pinata"_s);
        QCOMPARE(t->pins.at(0).raw.value(u"request_id"_s).toString(), u"r1"_s);
    }

    void badRegistries_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("code");
        const int invalid = pt::Error::InvalidInput;

        QTest::newRow("param_length string")
            << v1With("      \"metadata\": {\n        \"param_length\": \"two\"\n      }")
            << u"traces.coalescent_n5.metadata.param_length: expected a number, got \"two\" "
               "(line 6)"_s
            << invalid;
        QTest::newRow("vertices fraction")
            << v1With("      \"metadata\": {\"vertices\": 1.5}")
            << u"traces.coalescent_n5.metadata.vertices: expected a whole number, got 1.5 "
               "(line 5)"_s
            << invalid;
        QTest::newRow("negative size")
            << v1With("      \"files\": {\"trace.json.gz\": {\"size_bytes\": -3}}")
            << u"traces.coalescent_n5.files.trace.json.gz.size_bytes: expected a non-negative "
               "number, got -3 (line 5)"_s
            << invalid;
        QTest::newRow("tags not array")
            << v1With("      \"metadata\": {\n\n        \"tags\": \"a,b\"}")
            << u"traces.coalescent_n5.metadata.tags: expected an array of strings, got \"a,b\" "
               "(line 7)"_s
            << invalid;
        QTest::newRow("tag number")
            << v1With("      \"metadata\": {\"tags\": [\"a\",\n 3]}")
            << u"traces.coalescent_n5.metadata.tags[1]: expected a string, got 3 (line 6)"_s
            << invalid;
        QTest::newRow("cid object") << v1With("      \"cid\": {}")
                                    << u"traces.coalescent_n5.cid: expected a string, got an "
                                       "object (line 5)"_s
                                    << invalid;
        QTest::newRow("entry not object")
            << QByteArray("{\"version\": \"1.0.0\", \"traces\": {\"x\": [1]}}")
            << u"traces.x: expected an object, got an array (line 1)"_s << invalid;
        QTest::newRow("retracted string")
            << v1With("      \"retracted\": \"yes\"")
            << u"traces.coalescent_n5.retracted: expected true or false, got \"yes\" (line 5)"_s
            << invalid;
        QTest::newRow("scc size")
            << QByteArray("{\"version\": \"2.0\", \"format\": \"ptd_pcg\", \"computes\": {\"c\": "
                          "{\n\"artifacts\": {\"scc\": [{}, {\n\"size_bytes\": true}]}}}}")
            << u"computes.c.artifacts.scc[1].size_bytes: expected a number, got true (line 3)"_s
            << invalid;
        QTest::newRow("version number")
            << QByteArray("{\n\"version\": 2}") << u"version: expected a string, got 2 (line 2)"_s
            << invalid;
        QTest::newRow("version 3")
            << QByteArray("{\"version\": \"3.0\", \"computes\": {}}")
            << u"registry version \"3.0\" is newer than this build understands"_s
            << int(pt::Error::Unsupported);
        QTest::newRow("top-level array")
            << QByteArray("\n[1, 2]")
            << u"the registry must be a JSON object, got an array (line 2)"_s << invalid;
        QTest::newRow("empty") << QByteArray(" \n ") << u"the registry is empty"_s << invalid;
        QTest::newRow("missing comma")
            << QByteArray("{\n  \"version\": \"1.0.0\"\n  \"traces\": {}\n}")
            << u"line 3, column 3: expected ',' or '}' after an object member"_s << invalid;
        QTest::newRow("truncated fixture")
            << upstream(u"registry-d7430d6.json"_s).left(3000)
            << u"line 89, column 11: unterminated string (in traces.coalescent_n15_theta1.files.metadata.json)"_s
            << invalid;
        QTest::newRow("truncated v2")
            << upstream(u"registry.json"_s).left(600)
            << u"line 16, column 28: unterminated string (in computes.coal_n5_theta1.artifacts.scc[0].cid_or_path)"_s
            << invalid;
        QTest::newRow("trailing garbage")
            << QByteArray("{\"version\": \"1.0.0\", \"traces\": {}}\n\nx")
            << u"line 3, column 1: unexpected data after the registry object"_s << invalid;
        QTest::newRow("trailing comma")
            << QByteArray("{\"version\": \"1.0.0\", \"traces\": {},\n}")
            << u"line 2, column 1: trailing ',' before '}'"_s << invalid;
        QTest::newRow("bad escape")
            << v1With("      \"note\": \"a\\qb\"")
            << u"line 5, column 17: invalid escape sequence in a string (in "
               "traces.coalescent_n5.note)"_s
            << invalid;
        QTest::newRow("lone surrogate")
            << v1With("      \"note\": \"\\udc00\"") << u"lone low surrogate"_s << invalid;
        QTest::newRow("raw control char")
            << v1With("      \"note\": \"a\tb\"")
            << u"control character 0x09 inside a string (must be escaped)"_s << invalid;
        QTest::newRow("bad utf8") << v1With("      \"note\": \"\xc3\x28\"")
                                  << u"string is not valid UTF-8"_s << invalid;
        QTest::newRow("bad literal")
            << v1With("      \"retracted\": tru") << u"invalid literal"_s << invalid;
        QTest::newRow("leading zero") << v1With("      \"format_revision\": 01")
                                      << u"invalid number (leading zero)"_s << invalid;
        QTest::newRow("mismatched bracket")
            << v1With("      \"extra\": [1, 2}")
            << u"line 5, column 21: expected ',' or ']' after an array element (in "
               "traces.coalescent_n5.extra)"_s
            << invalid;
        QTest::newRow("deep nesting")
            << v1With("      \"extra\": " + QByteArray(200, '[') + QByteArray(200, ']'))
            << u"nested deeper than 128 levels"_s << invalid;
        QTest::newRow("huge string")
            << v1With("      \"description\": \"" + QByteArray(1024 * 1024 + 1, 'a') + "\"")
            << u"string of 1048577 bytes exceeds the limit of 1048576 bytes"_s << invalid;
        // Ids become directory names.
        QTest::newRow("id ../x") << v1With("", "../x")
                                 << u"traces: unsafe id \"../x\": the id starts with '.' (ids "
                                    "become directory names) (line 4)"_s
                                 << invalid;
        QTest::newRow("id a/b") << v1With("", "a/b")
                                << u"unsafe id \"a/b\": the id contains a path separator"_s
                                << invalid;
        QTest::newRow("id backslash")
            << v1With("", "a\\\\b") << u"unsafe id \"a\\\\b\": the id contains a path separator"_s
            << invalid;
        QTest::newRow("id NUL") << v1With("", "a\\u0000b")
                                << u"unsafe id \"a\\u0000b\": the id contains a NUL character"_s
                                << invalid;
        QTest::newRow("id control")
            << v1With("", "a\\nb") << u"the id contains a control character"_s << invalid;
        QTest::newRow("id empty") << v1With("", "") << u"the id is empty"_s << invalid;
        QTest::newRow("id dot") << v1With("", "..") << u"the id starts with '.'"_s << invalid;
        QTest::newRow("id too long") << v1With("", QByteArray(129, 'x'))
                                     << u"the id is 129 characters long (at most 128)"_s << invalid;
    }
    void badRegistries()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QFETCH(int, code);
        auto parsed = parseRegistry(json);
        QVERIFY2(!parsed.ok(), "a bad registry was accepted");
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
        QCOMPARE(int(parsed.error().code), code);
    }

    void sourceNameInMessages()
    {
        ParseOptions options;
        options.sourceName = u"registry.json"_s;
        auto parsed = parseRegistry("{\"version\": 1}", options);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().message,
                 u"registry.json: version: expected a string, got 1 (line 1)"_s);
    }

    void tooLarge()
    {
        QByteArray big(kMaxRegistryBytes + 1, ' ');
        auto parsed = parseRegistry(big);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.contains(u"refusing more than 256 MiB"_s),
                 qPrintable(parsed.error().message));
    }

    void threadsGiveTheSameResult()
    {
        // A registry big enough for the parallel path, with one error deep inside: every thread
        // count must find the same first error, and the same entries when there is none.
        QByteArray json = "{\"version\": \"1.0.0\", \"traces\": {\n";
        for (int i = 0; i < 5000; ++i)
            json += "\"t" + QByteArray::number(i) +
                    "\": {\"cid\": \"QmStRuZZVvHNGjcgxPPy7rRMxVzhRmuTgpQ2oPLBJiHEXg\", "
                    "\"metadata\": {\"vertices\": " +
                    QByteArray::number(i) + "}},\n";
        json += "\"last\": {}}}";
        QList<QString> ids;
        for (int threads : {1, 2, 4}) {
            ParseOptions o;
            o.threads = threads;
            auto parsed = parseRegistry(json, o);
            QVERIFY(parsed.ok());
            QCOMPARE(parsed->entries.size(), 5001);
            QCOMPARE(parsed->entries.at(4321).metadata.vertices, 4321);
            QCOMPARE(parsed->entries.at(4321).id, u"t4321"_s);
            QCOMPARE(parsed->byId.size(), 5001);
            QCOMPARE(parsed->byId.value(u"t4321"_s), 4321);
            QCOMPARE(parsed->find(u"last")->id, u"last"_s);
        }
        QByteArray bad = json;
        bad.replace("\"vertices\": 3000}", "\"vertices\": \"x\"}");
        bad.replace("\"vertices\": 4000}", "\"vertices\": \"y\"}");
        for (int threads : {1, 2, 4}) {
            ParseOptions o;
            o.threads = threads;
            auto parsed = parseRegistry(bad, o);
            QVERIFY(!parsed.ok());
            QCOMPARE(parsed.error().message,
                     u"traces.t3000.metadata.vertices: expected a number, got \"x\" (line 3002)"_s);
        }
    }

    // Large pretty-printed sections are cut apart on two threads from a guessed key half-way;
    // whatever the guess hits, the result (entries, warnings, the first error) is the same as
    // on one thread.
    void splitFirstPass_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray v1 = pt::bench::makeV1(4000); // ~6.5 MB: above the split size
        QTest::newRow("clean v1") << v1;
        QTest::newRow("clean v2") << pt::bench::makeV2(4000);
        auto at = [&](const QByteArray &json, int entry) {
            return json.indexOf(QByteArray("\"model_" + QByteArray::number(entry) + "\""));
        };
        QByteArray bad = v1;
        bad.replace(bad.indexOf("\"size_bytes\": ", at(v1, 3100)) + 14, 1, "\"x\", \"y\": ");
        QTest::newRow("type error late") << bad;
        bad = v1;
        bad.replace(at(v1, 2950), 12, "\"../escape\"");
        QTest::newRow("unsafe id late") << bad;
        bad = v1;
        bad.replace(bad.indexOf("}", bad.indexOf("\"checksum\"", at(v1, 3999))), 1, "},");
        QTest::newRow("trailing comma at the end") << bad;
        QTest::newRow("truncated") << v1.left(v1.size() * 4 / 5);
        bad = v1;
        bad.replace(at(v1, 2100) + 12, 1, "\n    "); // the ':' after a key late in the file
        QTest::newRow("missing colon late") << bad;
        // Entry fields at the indentation of the first entry key, later keys less indented:
        // the guess lands on a field inside an entry.
        bad = v1;
        bad.replace("\n    \"model_", "\n  \"model_");
        bad.replace("\n  \"model_0\"", "\n    \"model_0\"");
        bad.replace("\n      \"cid\"", "\n    \"cid\"");
        QTest::newRow("guess inside an entry") << bad;
        // A small section followed by a large one at the same indentation: the guess lands in
        // the collections.
        QByteArray small = pt::bench::makeV1(500);
        QByteArray collections = "\"collections\": {\n";
        for (int i = 0; i < 60000; ++i)
            collections += "    \"c" + QByteArray::number(i) +
                           "\": {\"description\": \"collection\", \"traces\": [\"model_1\"]},\n";
        collections += "    \"last\": {}\n  },\n  \"pinning";
        small.replace("\"collections\": {},\n  \"pinning", collections);
        QTest::newRow("guess in another section") << small;
        QTest::newRow("minified") << QJsonDocument::fromJson(v1).toJson(QJsonDocument::Compact);
    }
    void splitFirstPass()
    {
        QFETCH(QByteArray, json);
        ParseOptions one;
        one.threads = 1;
        ParseOptions two;
        two.threads = 2;
        const auto a = parseRegistry(json, one);
        const auto b = parseRegistry(json, two);
        QCOMPARE(b.ok(), a.ok());
        if (!a.ok()) {
            QCOMPARE(b.error().message, a.error().message);
            return;
        }
        QCOMPARE(b->entries.size(), a->entries.size());
        QVERIFY(a->entries.size() >= 500);
        for (qsizetype i = 0; i < a->entries.size(); ++i) {
            QCOMPARE(b->entries.at(i).id, a->entries.at(i).id);
            QCOMPARE(b->entries.at(i).sourceOffset, a->entries.at(i).sourceOffset);
            QCOMPARE(b->entries.at(i).sourceLength, a->entries.at(i).sourceLength);
        }
        QCOMPARE(b->collections.size(), a->collections.size());
        QCOMPARE(b->warnings.size(), a->warnings.size());
        for (qsizetype i = 0; i < a->warnings.size(); ++i)
            QCOMPARE(b->warnings.at(i).toString(), a->warnings.at(i).toString());
    }

    void fastCidV0MatchesCidParse()
    {
        // The fast CIDv0 check must agree with ipfs::Cid::parse: real CIDs, the mock ones,
        // and random base58 strings of the right shape.
        QStringList samples{u"QmStRuZZVvHNGjcgxPPy7rRMxVzhRmuTgpQ2oPLBJiHEXg"_s,
                            u"QmbWqxBEKC3P8tqsKc98xmWNzrzDtRLMiMPL8wBuTGsMnR"_s,
                            u"QmdfTbBqBPQ7VNxZEYEj14VmRuZBkqFbiwReogJgS1zR1n"_s,
                            u"QmStRuZZVvHNGjcgxPPy7rRMxVzhRmuTgpQ2oPLBJiHEX0"_s,
                            u"QmStRuZZVvHNGjcgxPPy7rRMxVzhRmuTgpQ2oPLBJiHEX"_s,
                            u"Qmzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"_s,
                            u"Qm11111111111111111111111111111111111111111111"_s,
                            u"bafybei889f7476086ab740cdc46f1e786849491f141651bf96763d"_s};
        const char alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        quint32 state = 12345;
        for (int i = 0; i < 3000; ++i) {
            QString s = u"Qm"_s;
            // Random tails, and tails close to real ones (most random tails overflow).
            const QString &base = samples.at(i % 3);
            for (int k = 2; k < 46; ++k) {
                state = state * 1103515245u + 12345u;
                s += (k < 4 + (i % 40)) ? base.at(k)
                                        : QChar::fromLatin1(alphabet[(state >> 16) % 58]);
            }
            samples.append(s);
        }
        int valid = 0;
        for (const QString &s : std::as_const(samples)) {
            const bool fast = detail::isValidCidV0(s);
            const bool slow = cidProblem(s).isEmpty();
            QVERIFY2(fast == slow, qPrintable(s));
            valid += fast;
        }
        QVERIFY(valid >= 3); // both outcomes were exercised
        QVERIFY(valid < samples.size());
    }

    void idSafety_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("safe");
        QTest::newRow("plain") << u"coal_n5_theta1"_s << true;
        QTest::newRow("unicode") << u"k\u00f8benhavn-model"_s << true;
        QTest::newRow("dots inside") << u"a.b.c"_s << true;
        QTest::newRow("max length") << QString(128, u'x') << true;
        QTest::newRow("too long") << QString(129, u'x') << false;
        QTest::newRow("leading dot") << u".hidden"_s << false;
        QTest::newRow("trailing dot") << u"a."_s << false;
        QTest::newRow("trailing space") << u"a "_s << false;
        QTest::newRow("colon") << u"c:x"_s << false;
        QTest::newRow("del") << u"a\u007fb"_s << false;
    }
    void idSafety()
    {
        QFETCH(QString, id);
        QFETCH(bool, safe);
        QCOMPARE(idProblem(id).isEmpty(), safe);
    }
    // The first pass cuts the entries apart 64 bytes at a time by their quotes and brackets:
    // escaped quotes, backslash runs and brackets inside strings, at every alignment across a
    // block boundary, must not move an entry's end.
    void entryBoundariesAtEveryAlignment()
    {
        // JSON text of the description: escaped quote, brackets, a backslash run before an
        // escaped quote, and a trailing escaped backslash.
        const QByteArray tricky = "\\\"}]{[\\\\\\\\\\\" \\\\";
        const QString decoded = u"\"}]{[\\\\\" \\"_s;
        for (int shift = 0; shift < 130; ++shift) {
            const QByteArray pad(shift, 'x');
            QByteArray json = "{\"version\": \"1.0.0\", \"traces\": {";
            for (int i = 0; i < 3; ++i)
                json +=
                    "\"e" + QByteArray::number(i) + "\": {\"description\": \"" + pad + tricky +
                    "\", \"note\": \"\\\\\", \"metadata\": {\"tags\": [\"{\", \"\\\\\\\"]\"]}},\n";
            json += "\"last\": {\"description\": \"]}\"}}}";
            auto parsed = parseRegistry(json);
            QVERIFY2(parsed.ok(), qPrintable(u"shift %1: "_s.arg(shift) +
                                             (parsed.ok() ? QString() : parsed.error().message)));
            QCOMPARE(parsed->entries.size(), 4);
            for (int i = 0; i < 3; ++i) {
                const Entry &e = parsed->entries.at(i);
                QCOMPARE(e.id, u"e%1"_s.arg(i));
                QCOMPARE(e.description, QString::fromLatin1(pad) + decoded);
                QCOMPARE(e.note, u"\\"_s);
                QCOMPARE(e.metadata.tags, (QStringList{u"{"_s, u"\\\"]"_s}));
            }
            QCOMPARE(parsed->entries.at(3).description, u"]}"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestRegistryParser)
#include "tst_registryparser.moc"
