// ptd_pcg .bin artifacts: generated valid files of both layouts and corrupted variants.
#include "core/trace/ptdbin.h"
#include "tests/trace/tracebuilders.h"

#include <QTest>

#include <limits>

using namespace pt;
using namespace pt::trace;
using test::patchLE;

namespace {
constexpr qsizetype kCmd1 = 56;         // first command in PTDPRMC1
constexpr qsizetype kPtr1 = kCmd1 + 32; // first pointer of command 0
constexpr qsizetype kCmd3 = 40;
constexpr qsizetype kOp3 = kCmd3 + 32;
const QString kHash =
    QStringLiteral("0123456789abcdef00112233445566778899aabbccddeeff0011223344556677");
} // namespace

class TestPtdBin : public QObject
{
    Q_OBJECT
private slots:
    void n5ParentShape()
    {
        const QByteArray b = test::makePtdRev1(38, 12, 6);
        QCOMPARE(b.size(), 5064); // docs/UPSTREAM.md: the n5 parent is 5064 bytes
        auto s = parsePtdBin(b, kHash);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(s->magic, QStringLiteral("PTDPRMC1"));
        QCOMPARE(s->version, 1u);
        QCOMPARE(s->formatRevision, 1u);
        QCOMPARE(s->commands, 38ull);
        QCOMPARE(s->memDoubles, 12ull);
        QCOMPARE(s->vertices, 6ull);
        QCOMPARE(s->edgePointers, 38ull);
        QCOMPARE(s->memPointers, 38ull);
        QCOMPARE(s->memrSet, 6ull);
        QCOMPARE(s->histogram[0], 6ull); // types cycle 0..6 over 38 commands
        QCOMPARE(s->histogram[6], 5ull);
        QVERIFY(s->hashMatches.has_value());
        QVERIFY(*s->hashMatches);
        const QString text = ptdBinSummaryToText(*s);
        QVERIFY(text.contains(QStringLiteral("cannot be evaluated")));
        QVERIFY(text.contains(QStringLiteral("0123456789abcdef")));
        QCOMPARE(ptdBinSummaryToJson(*s).value(QStringLiteral("evaluable")).toBool(true), false);
    }

    void hashCheck()
    {
        const QByteArray b = test::makePtdRev1(3, 2, 2, 2);
        auto other = parsePtdBin(b, QStringLiteral("ffffffffffffffff") + kHash.mid(16));
        QVERIFY(other.ok());
        QVERIFY(!*other->hashMatches);
        QCOMPARE(other->formatRevision, 2u);
        auto none = parsePtdBin(b);
        QVERIFY(!none->hashMatches.has_value());
        QVERIFY(!parsePtdBin(b, QStringLiteral("xyz")).ok());
        QVERIFY(!parsePtdBin(b, QStringLiteral("0123")).ok());
        QVERIFY(!parsePtdBin(b, QStringLiteral("0123456789abcdeg")).ok());
    }

    void rev3()
    {
        const QByteArray b = test::makePtdRev3(20, 9, 5);
        QCOMPARE(b.size(), 40 + 80 * 20 + 8 * 9 + 24 * 5);
        auto s = parsePtdBin(b, kHash);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(s->magic, QStringLiteral("PTDPRMC3"));
        QCOMPARE(s->formatRevision, 3u);
        QCOMPARE(s->commands, 20ull);
        QCOMPARE(s->inputs, 5ull);
        QCOMPARE(s->edgePointers, 3ull);      // inputs 0, 2, 4
        QCOMPARE(s->externalInputs, 2ull);    // inputs 1, 3
        QCOMPARE(s->vertices, 5ull);          // highest EDGE vertex 4, + 1
        QVERIFY(!s->hashMatches.has_value()); // rev 3 stores no hash
    }

    void emptyButValid()
    {
        QVERIFY(parsePtdBin(test::makePtdRev1(0, 0, 0)).ok());
        QVERIFY(parsePtdBin(test::makePtdRev3(0, 0, 0)).ok());
    }

    void corrupt_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray v1 = test::makePtdRev1(38, 12, 6);
        const QByteArray v3 = test::makePtdRev3(20, 9, 5);
        auto with = [](QByteArray b, auto &&edit) {
            edit(b);
            return b;
        };

        QTest::newRow("empty") << QByteArray() << QStringLiteral("too short");
        QTest::newRow("wrong magic")
            << with(v1, [](QByteArray &b) { b[0] = 'X'; }) << QStringLiteral("not a ptd_pcg .bin");
        QTest::newRow("unknown revision magic")
            << with(v1, [](QByteArray &b) { b[7] = '2'; })
            << QStringLiteral("layout this build does not know");
        QTest::newRow("short header")
            << v1.left(40) << QStringLiteral("shorter than its 56-byte header");
        QTest::newRow("truncated")
            << v1.left(v1.size() - 1)
            << QStringLiteral("needs exactly 5064 bytes, but the file has 5063 (truncated)");
        QTest::newRow("trailing") << QByteArray(v1 + QByteArray(1, '\0'))
                                  << QStringLiteral("(trailing bytes)");
        QTest::newRow("version 2") << with(v1, [](QByteArray &b) { patchLE<quint32>(b, 8, 2); })
                                   << QStringLiteral("header version 2 is not supported");
        QTest::newRow("revision 3 in v1")
            << with(v1, [](QByteArray &b) { patchLE<quint32>(b, 12, 3); })
            << QStringLiteral("format_revision 3 is newer");
        QTest::newRow("huge commands") << with(v1, [](QByteArray &b) {
            patchLE<quint64>(b, 24, std::numeric_limits<quint64>::max());
        }) << QStringLiteral("commands = 18446744073709551615 is implausibly large");
        // 2^57 commands × 128 = 2^64: would wrap to 0 without the cap.
        QTest::newRow("overflowing commands")
            << with(v1, [](QByteArray &b) { patchLE<quint64>(b, 24, 1ULL << 57); })
            << QStringLiteral("implausibly large");
        QTest::newRow("huge mem") << with(v1, [](QByteArray &b) {
            patchLE<quint64>(b, 32, 1ULL << 61);
        }) << QStringLiteral("mem doubles = 2305843009213693952 is implausibly large");
        QTest::newRow("huge vertices")
            << with(v1, [](QByteArray &b) { patchLE<quint64>(b, 40, 1ULL << 62); })
            << QStringLiteral("memr length (vertices)");
        QTest::newRow("count off by one")
            << with(v1, [](QByteArray &b) { patchLE<quint64>(b, 24, 39); })
            << QStringLiteral("size mismatch");
        QTest::newRow("bad type 7")
            << with(v1, [](QByteArray &b) { patchLE<qint32>(b, kCmd1 + 128 * 5, 7); })
            << QStringLiteral("command 5 (offset 696): type 7 is unknown");
        QTest::newRow("bad type -1")
            << with(v1, [](QByteArray &b) { patchLE<qint32>(b, kCmd1, -1); })
            << QStringLiteral("command 0 (offset 56): type -1 is unknown");
        QTest::newRow("bad kind") << with(v1, [](QByteArray &b) { b[kPtr1 + 64] = 4; })
                                  << QStringLiteral("third pointer: kind 4 is unknown");
        QTest::newRow("mem offset = M")
            << with(v1, [](QByteArray &b) { patchLE<qint64>(b, kPtr1 + 8, 12); })
            << QStringLiteral("MEM offset 12 is outside the 12 mem doubles");
        QTest::newRow("mem offset negative")
            << with(v1, [](QByteArray &b) { patchLE<qint64>(b, kPtr1 + 8, -3); })
            << QStringLiteral("MEM offset -3 is outside");
        QTest::newRow("edge vertex = V")
            << with(v1, [](QByteArray &b) { patchLE<quint32>(b, kPtr1 + 32 + 16, 6); })
            << QStringLiteral("EDGE vertex 6 is out of range (must be < 6 vertices)");
        QTest::newRow("edge byte offset negative")
            << with(v1, [](QByteArray &b) { patchLE<qint64>(b, kPtr1 + 32 + 24, -8); })
            << QStringLiteral("EDGE byte offset -8 is negative");
        QTest::newRow("memr = M") << with(v1, [](QByteArray &b) {
            patchLE<qint64>(b, b.size() - 8, 12);
        }) << QStringLiteral("memr[5] (offset 5056) = 12 is outside the 12 mem doubles");
        QTest::newRow("memr = -2")
            << with(v1, [](QByteArray &b) { patchLE<qint64>(b, b.size() - 8, -2); })
            << QStringLiteral("memr[5]");

        QTest::newRow("v3 short header")
            << v3.left(39) << QStringLiteral("shorter than its 40-byte header");
        QTest::newRow("v3 truncated") << v3.left(v3.size() - 24) << QStringLiteral("(truncated)");
        QTest::newRow("v3 huge inputs")
            << with(v3, [](QByteArray &b) { patchLE<quint64>(b, 24, 1ULL << 60); })
            << QStringLiteral("inputs = 1152921504606846976 is implausibly large");
        QTest::newRow("v3 bad type")
            << with(v3, [](QByteArray &b) { patchLE<qint32>(b, kCmd3 + 80, 9); })
            << QStringLiteral("command 1 (offset 120): type 9 is unknown");
        QTest::newRow("v3 mem offset")
            << with(v3, [](QByteArray &b) { patchLE<qint64>(b, kOp3, 9); })
            << QStringLiteral("MEM offset 9 is outside the 9 mem doubles");
        QTest::newRow("v3 input idx")
            << with(v3, [](QByteArray &b) { patchLE<quint32>(b, kOp3 + 16 + 8, 5); })
            << QStringLiteral("INPUT index 5 is out of range (must be < 5 inputs)");
        QTest::newRow("v3 operand kind") << with(v3, [](QByteArray &b) { b[kOp3 + 32 + 12] = 3; })
                                         << QStringLiteral("third operand: kind 3 is unknown");
        QTest::newRow("v3 input kind") << with(v3, [](QByteArray &b) { b[b.size() - 24 + 16] = 1; })
                                       << QStringLiteral("input 4 (offset");
        QTest::newRow("v3 input offset")
            << with(v3, [](QByteArray &b) { patchLE<qint64>(b, b.size() - 24, -1); })
            << QStringLiteral("byte offset -1 is negative");
    }

    void corrupt()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        auto s = parsePtdBin(bytes);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(expected), qPrintable(s.error().message));
    }

    void everyTruncationRejected()
    {
        // No prefix of a valid file is accepted (the size formula is exact) and none crashes.
        const QByteArray v1 = test::makePtdRev1(5, 3, 2);
        const QByteArray v3 = test::makePtdRev3(5, 3, 2);
        for (qsizetype n = 0; n < v1.size(); ++n)
            QVERIFY(!parsePtdBin(v1.left(n)).ok());
        for (qsizetype n = 0; n < v3.size(); ++n)
            QVERIFY(!parsePtdBin(v3.left(n)).ok());
    }
};

QTEST_GUILESS_MAIN(TestPtdBin)
#include "tst_ptdbin.moc"
