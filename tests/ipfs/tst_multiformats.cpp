// Multiformats: uvarint, multihash, multibase and CID, with every vector of docs/IPFS.md §1
// and the malformed inputs a parser of untrusted text must refuse.
#include "core/ipfs/cid.h"
#include "core/ipfs/multibase.h"
#include "core/ipfs/multihash.h"
#include "core/ipfs/varint.h"

#include <QTest>

using namespace pt;
using namespace pt::ipfs;
using namespace Qt::StringLiterals;

namespace {

QByteArray hex(const char *h)
{
    return QByteArray::fromHex(QByteArray(h));
}

// A v1 CID's bytes in base32 (for hand-made malformed CIDs).
QString b32(const QByteArray &bytes)
{
    return multibaseEncode(Multibase::Base32, bytes);
}

const QByteArray kDigest32 = QByteArray(32, '\x11');

} // namespace

class TestMultiformats : public QObject
{
    Q_OBJECT

private slots:
    void uvarint_data();
    void uvarint();
    void uvarintMalformed_data();
    void uvarintMalformed();
    void pbVarint();

    void sha256_data();
    void sha256();
    void sha256Incremental();

    void multihashVector();
    void multihashMalformed_data();
    void multihashMalformed();
    void multihashVerify();

    void multibase_data();
    void multibase();
    void multibaseMalformed_data();
    void multibaseMalformed();
    void base58Cap();

    void cidVectors_data();
    void cidVectors();
    void cidConversions();
    void cidOtherBases();
    void cidMalformed_data();
    void cidMalformed();
    void cidBinary();
    void cidVerify();
    void cidHashAndEquality();
};

void TestMultiformats::uvarint_data()
{
    QTest::addColumn<quint64>("value");
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("0") << quint64(0) << hex("00");
    QTest::newRow("1") << quint64(1) << hex("01");
    QTest::newRow("127") << quint64(127) << hex("7f");
    QTest::newRow("128") << quint64(128) << hex("8001");
    QTest::newRow("255") << quint64(255) << hex("ff01");
    QTest::newRow("300") << quint64(300) << hex("ac02");
    QTest::newRow("16384") << quint64(16384) << hex("808001");
    QTest::newRow("2^63-1") << quint64(0x7fffffffffffffffULL) << hex("ffffffffffffffff7f");
}

void TestMultiformats::uvarint()
{
    QFETCH(quint64, value);
    QFETCH(QByteArray, bytes);
    QCOMPARE(encodeUvarint(value), bytes);
    QCOMPARE(uvarintSize(value), bytes.size());
    // Read it in the middle of other bytes: pos must land right after it.
    const QByteArray buf = hex("aa") + bytes + hex("bb");
    qsizetype pos = 1;
    auto r = readUvarint(buf, pos);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(*r, value);
    QCOMPARE(pos, 1 + bytes.size());
}

void TestMultiformats::uvarintMalformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << u"no bytes"_s;
    QTest::newRow("non-minimal 81 00") << hex("8100") << u"non-minimal"_s;
    QTest::newRow("non-minimal 80 80 00") << hex("808000") << u"non-minimal"_s;
    QTest::newRow("truncated 80") << hex("80") << u"truncated"_s;
    QTest::newRow("truncated ff ff") << hex("ffff") << u"truncated"_s;
    QTest::newRow("10 bytes") << hex("ffffffffffffffffff01") << u"longer than 9"_s;
    QTest::newRow("9 bytes continuing") << hex("808080808080808080") << u"longer than 9"_s;
}

void TestMultiformats::uvarintMalformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    qsizetype pos = 0;
    auto r = readUvarint(bytes, pos);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::InvalidInput);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QCOMPARE(pos, 0); // unchanged on error
}

void TestMultiformats::pbVarint()
{
    // Protobuf varints carry 64 bits in up to 10 bytes (negative int64 mtime seconds).
    qsizetype pos = 0;
    auto r = readPbVarint(hex("ffffffffffffffffff01"), pos);
    QVERIFY(r.ok());
    QCOMPARE(*r, ~quint64(0));
    QCOMPARE(pos, 10);
    QByteArray enc;
    appendUvarint(enc, ~quint64(0));
    QCOMPARE(enc, hex("ffffffffffffffffff01"));
    pos = 0;
    QVERIFY(!readPbVarint(hex("ffffffffffffffffff02"), pos).ok()); // 65 bits
    pos = 0;
    QVERIFY(!readPbVarint(hex("ffffffffffffffffff8100"), pos).ok()); // 11 bytes
    pos = 0;
    QVERIFY(!readPbVarint(hex("8100"), pos).ok());
}

void TestMultiformats::sha256_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digest");
    QTest::newRow("empty")
        << QByteArray() << hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << "abc"_ba
                         << hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("multihash")
        << "multihash"_ba
        << hex("9cbc07c3f991725836a3aa2a581ca2029198aa420b9d99bc0e131d9f3e2cbe47");
}

void TestMultiformats::sha256()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digest);
    QCOMPARE(ipfs::sha256(input), digest);
    QCOMPARE(Multihash::sha256Of(input).digest(), digest);
}

void TestMultiformats::sha256Incremental()
{
    QByteArray data(100000, Qt::Uninitialized);
    for (int i = 0; i < data.size(); ++i)
        data[i] = char(i * 7 + 3);
    Sha256 h;
    for (qsizetype at = 0; at < data.size(); at += 999)
        h.addData(QByteArrayView(data).sliced(at, qMin<qsizetype>(999, data.size() - at)));
    QCOMPARE(h.result(), ipfs::sha256(data));
    // The object resets after result().
    h.addData("abc");
    QCOMPARE(h.result(), hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestMultiformats::multihashVector()
{
    const Multihash mh = Multihash::sha256Of("multihash");
    QCOMPARE(base58btcEncode(mh.bytes()), u"QmYtUc4iTCbbfVSDNKvtQqrfyezPPnFvE33wFmutw9PBBk"_s);
    auto back =
        Multihash::fromBytes(*base58btcDecode(u"QmYtUc4iTCbbfVSDNKvtQqrfyezPPnFvE33wFmutw9PBBk"));
    QVERIFY(back.ok());
    QCOMPARE(*back, mh);
    QCOMPARE(back->code(), HashCode::Sha2_256);
    QCOMPARE(hashCodeName(HashCode::Blake3), u"blake3"_s);
    QCOMPARE(hashCodeName(0x1234), u"0x1234"_s);

    auto id = Multihash::identityOf("hi");
    QVERIFY(id.ok());
    QCOMPARE(id->bytes(), hex("00026869"));
    QVERIFY(Multihash::identityOf(QByteArray(128, 'x')).ok());
    QVERIFY(!Multihash::identityOf(QByteArray(129, 'x')).ok());
}

void TestMultiformats::multihashMalformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << u"no bytes"_s;
    QTest::newRow("no length") << hex("12") << u"multihash length"_s;
    QTest::newRow("sha256 of 31 bytes") << hex("121f") + QByteArray(31, 'a') << u"must be 32"_s;
    QTest::newRow("sha256 of 33 bytes") << hex("1221") + QByteArray(33, 'a') << u"must be 32"_s;
    QTest::newRow("truncated digest") << hex("1220") + QByteArray(31, 'a') << u"only 31 left"_s;
    QTest::newRow("identity 129") << hex("008101") + QByteArray(129, 'a') << u"at most 128"_s;
    QTest::newRow("huge length") << hex("55ffffffffffffffff7f") << u"left"_s;
    QTest::newRow("trailing") << hex("1220") + kDigest32 + hex("00") << u"trailing"_s;
    QTest::newRow("non-minimal code") << hex("9200") + kDigest32 << u"non-minimal"_s;
}

void TestMultiformats::multihashMalformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    auto r = Multihash::fromBytes(bytes);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void TestMultiformats::multihashVerify()
{
    const Multihash mh = Multihash::sha256Of("data");
    QVERIFY(mh.isVerifiable());
    QVERIFY(mh.verify("data").ok());
    auto bad = mh.verify("datA");
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, Error::VerifyFailed);

    const Multihash id = *Multihash::identityOf("inline");
    QVERIFY(id.verify("inline").ok());
    QCOMPARE(id.verify("inlinE").error().code, Error::VerifyFailed);

    // Hashes we cannot compute are refused, never accepted unchecked.
    for (quint64 code : {HashCode::Blake3, HashCode::Sha2_512, HashCode::Sha3_256,
                         HashCode::Blake2b_256, quint64(0x9999)}) {
        const Multihash other(code, QByteArray(code == HashCode::Sha2_512 ? 64 : 32, 'a'));
        QVERIFY(!other.isVerifiable());
        auto r = other.verify("x");
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Unsupported);
        QVERIFY2(r.error().message.contains(hashCodeName(code)), qPrintable(r.error().message));
    }
}

void TestMultiformats::multibase_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("base");
    QTest::addColumn<QString>("text");
    const QByteArray yes = "yes mani !"_ba;
    const QByteArray zyes = hex("00") + yes;
    QTest::newRow("base32") << yes << int(Multibase::Base32) << u"bpfsxgidnmfxgsibb"_s;
    QTest::newRow("base32upper") << yes << int(Multibase::Base32Upper) << u"BPFSXGIDNMFXGSIBB"_s;
    QTest::newRow("base58btc") << yes << int(Multibase::Base58btc) << u"z7paNL19xttacUY"_s;
    QTest::newRow("base36") << yes << int(Multibase::Base36) << u"k2lcpzo5yikidynfl"_s;
    QTest::newRow("base16") << yes << int(Multibase::Base16) << u"f796573206d616e692021"_s;
    QTest::newRow("base64") << yes << int(Multibase::Base64) << u"meWVzIG1hbmkgIQ"_s;
    QTest::newRow("base64url") << yes << int(Multibase::Base64Url) << u"ueWVzIG1hbmkgIQ"_s;
    QTest::newRow("base58btc 00") << zyes << int(Multibase::Base58btc) << u"z17paNL19xttacUY"_s;
    QTest::newRow("base36 00") << zyes << int(Multibase::Base36) << u"k02lcpzo5yikidynfl"_s;
    QTest::newRow("base64url specials") << hex("fffefd") << int(Multibase::Base64Url) << u"u__79"_s;
    QTest::newRow("base64 specials") << hex("fffefd") << int(Multibase::Base64) << u"m//79"_s;
    QTest::newRow("base58 zeros") << hex("000000") << int(Multibase::Base58btc) << u"z111"_s;
    QTest::newRow("base32 empty") << QByteArray() << int(Multibase::Base32) << u"b"_s;
    QTest::newRow("base32 one byte") << hex("ff") << int(Multibase::Base32) << u"b74"_s;
}

void TestMultiformats::multibase()
{
    QFETCH(QByteArray, data);
    QFETCH(int, base);
    QFETCH(QString, text);
    QCOMPARE(multibaseEncode(Multibase(base), data), text);
    Multibase got = Multibase::Base16;
    auto r = multibaseDecode(text, &got);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QCOMPARE(*r, data);
    QCOMPARE(int(got), base);
}

void TestMultiformats::multibaseMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("reserved Q") << u"QmYtUc4iTCbbfVSDNKvtQqrfyezPPnFvE33wFmutw9PBB"_s
                                << u"reserved"_s;
    QTest::newRow("reserved /") << u"/ipfs/x"_s << u"reserved"_s;
    QTest::newRow("unknown x") << u"x1234"_s << u"unknown"_s;
    QTest::newRow("base36 upper K") << u"K2LCPZO5YIKIDYNFL"_s << u"unknown"_s;
    QTest::newRow("base32 upper char in lower")
        << u"bpfsxgidnmfxgsibB"_s << u"'B' at position 16"_s;
    QTest::newRow("base32 digit 1") << u"bpfsx1"_s << u"'1' at position 5"_s;
    QTest::newRow("base32 padding") << u"bpfsxgidnmfxgsibb======"_s << u"'='"_s;
    QTest::newRow("base32 length 1") << u"ba"_s << u"length 1"_s;
    QTest::newRow("base32 length 3") << u"baaa"_s << u"length 3"_s;
    QTest::newRow("base32 trailing bits") << u"bab"_s << u"padding bits"_s;
    QTest::newRow("base32upper lower char") << u"BPFSXGIDNMFXGSIBb"_s << u"'b'"_s;
    QTest::newRow("base58 0") << u"z7paNL19xt0acUY"_s << u"'0'"_s;
    QTest::newRow("base58 O") << u"z7paNLO"_s << u"'O'"_s;
    QTest::newRow("base58 I") << u"zI"_s << u"'I'"_s;
    QTest::newRow("base58 l") << u"zl"_s << u"'l'"_s;
    QTest::newRow("base58 space") << u"z7pa L"_s << u"U+0020"_s;
    QTest::newRow("base58 non-ascii") << u"z7paé"_s << u"U+00e9"_s;
    QTest::newRow("base36 upper") << u"k2LCP"_s << u"'L'"_s;
    QTest::newRow("base16 odd") << u"f796"_s << u"odd"_s;
    QTest::newRow("base16 upper") << u"f79AB"_s << u"'A'"_s;
    QTest::newRow("base16 g") << u"f7g"_s << u"'g'"_s;
    QTest::newRow("base64 padding") << u"meWVzIG1hbmkgIQ=="_s << u"'='"_s;
    QTest::newRow("base64 url char") << u"m__79"_s << u"'_'"_s;
    QTest::newRow("base64url std char") << u"u//79"_s << u"'/'"_s;
    QTest::newRow("base64 length 1") << u"mA"_s << u"length 1"_s;
    QTest::newRow("base64 trailing bits") << u"mAB"_s << u"padding bits"_s;
}

void TestMultiformats::multibaseMalformed()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    auto r = multibaseDecode(text);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void TestMultiformats::base58Cap()
{
    // Quadratic decoders refuse over-long text before doing any work.
    const QString longText = u"z"_s + QString(5000, u'2');
    auto r = multibaseDecode(longText);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"4096"_s), qPrintable(r.error().message));
    QVERIFY(!base58btcDecode(QString(4097, u'2')).ok());
    QVERIFY(base58btcDecode(QString(4096, u'2')).ok());
}

void TestMultiformats::cidVectors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("version");
    QTest::addColumn<quint64>("codec");
    QTest::addColumn<quint64>("hashCode");
    QTest::addColumn<QString>("other"); // the same hash as the other version ("" if none)
    QTest::newRow("v0 QmbWqx") << u"QmbWqxBEKC3P8tqsKc98xmWNzrzDtRLMiMPL8wBuTGsMnR"_s << 0
                               << Codec::DagPb << HashCode::Sha2_256
                               << u"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"_s;
    QTest::newRow("v1 bafybeigdyr")
        << u"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"_s << 1 << Codec::DagPb
        << HashCode::Sha2_256 << u"QmbWqxBEKC3P8tqsKc98xmWNzrzDtRLMiMPL8wBuTGsMnR"_s;
    QTest::newRow("empty dag-pb v1")
        << u"bafybeihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"_s << 1 << Codec::DagPb
        << HashCode::Sha2_256 << u"QmdfTbBqBPQ7VNxZEYEj14VmRuZBkqFbiwReogJgS1zR1n"_s;
    QTest::newRow("empty dag-pb v0")
        << u"QmdfTbBqBPQ7VNxZEYEj14VmRuZBkqFbiwReogJgS1zR1n"_s << 0 << Codec::DagPb
        << HashCode::Sha2_256 << u"bafybeihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"_s;
    QTest::newRow("identity empty raw")
        << u"bafkqaaa"_s << 1 << Codec::Raw << HashCode::Identity << QString();
    QTest::newRow("raw leaf") << u"bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e"_s
                              << 1 << Codec::Raw << HashCode::Sha2_256 << QString();
    QTest::newRow("multihash vector as v0") << u"QmYtUc4iTCbbfVSDNKvtQqrfyezPPnFvE33wFmutw9PBBk"_s
                                            << 0 << Codec::DagPb << HashCode::Sha2_256 << QString();
}

void TestMultiformats::cidVectors()
{
    QFETCH(QString, text);
    QFETCH(int, version);
    QFETCH(quint64, codec);
    QFETCH(quint64, hashCode);
    QFETCH(QString, other);
    auto cid = Cid::parse(text);
    QVERIFY2(cid.ok(), qPrintable(cid.ok() ? QString() : cid.error().message));
    QCOMPARE(cid->version(), version);
    QCOMPARE(cid->codec(), codec);
    QCOMPARE(cid->hash().code(), hashCode);
    QCOMPARE(cid->toString(), text);
    // Binary round trip.
    auto fromBytes = Cid::fromBytes(cid->bytes());
    QVERIFY(fromBytes.ok());
    QCOMPARE(*fromBytes, *cid);
    if (version == 0)
        QCOMPARE(cid->bytes().size(), 34);
    if (!other.isEmpty()) {
        const Cid converted = version == 0 ? cid->toV1() : *cid->toV0();
        QCOMPARE(converted.toString(), other);
        QCOMPARE(converted.hash(), cid->hash());
        QVERIFY(!(converted == *cid)); // versions differ
    }
}

void TestMultiformats::cidConversions()
{
    // The empty block as dag-pb, both versions, straight from forBlock.
    QCOMPARE(Cid::forBlock(1, Codec::DagPb, QByteArray()).toString(),
             u"bafybeihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"_s);
    QCOMPARE(Cid::forBlock(0, Codec::DagPb, QByteArray()).toString(),
             u"QmdfTbBqBPQ7VNxZEYEj14VmRuZBkqFbiwReogJgS1zR1n"_s);
    QCOMPARE(Cid::forBlock(1, Codec::Raw, "hello world").toString(),
             u"bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e"_s);
    QCOMPARE(Cid::forBlock(1, Codec::Raw, "hello world\n").toString(),
             u"bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4"_s);
    // v0 exists only for dag-pb: a raw block asked for as v0 is v1 (Kubo's raw leaves).
    QCOMPARE(Cid::forBlock(0, Codec::Raw, "hello world").version(), 1);
    // The raw empty block is the same hash as the empty dag-pb block.
    QCOMPARE(Cid::forBlock(1, Codec::Raw, QByteArray()).toString(),
             u"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"_s);
    // Identity empty raw.
    QCOMPARE(Cid::v1(Codec::Raw, *Multihash::identityOf(QByteArray())).toString(), u"bafkqaaa"_s);

    // toV0 refuses what v0 cannot express.
    auto raw = Cid::parse(u"bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e");
    QVERIFY(raw.ok());
    auto v0 = raw->toV0();
    QVERIFY(!v0.ok());
    QVERIFY2(v0.error().message.contains(u"raw"_s), qPrintable(v0.error().message));
    QVERIFY(!Cid::v1(Codec::DagPb, *Multihash::identityOf("x")).toV0().ok());
    QVERIFY(!Cid::v0(*Multihash::identityOf("x")).ok());
    QVERIFY(!Cid().toV0().ok());
    QVERIFY(Cid().toV1().isNull());
    QVERIFY(Cid().isNull());
    QCOMPARE(Cid().toString(), QString());

    QCOMPARE(codecName(Codec::DagPb), u"dag-pb"_s);
    QCOMPARE(codecName(Codec::Raw), u"raw"_s);
    QCOMPARE(codecName(Codec::Car), u"car"_s);
    QCOMPARE(codecName(0x300), u"0x300"_s);
}

void TestMultiformats::cidOtherBases()
{
    const Cid cid = *Cid::parse(u"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi");
    for (Multibase base :
         {Multibase::Base16, Multibase::Base32, Multibase::Base32Upper, Multibase::Base58btc,
          Multibase::Base36, Multibase::Base64, Multibase::Base64Url}) {
        const QString text = cid.toString(base);
        QCOMPARE(text.at(0), QLatin1Char(char(base)));
        auto back = Cid::parse(text);
        QVERIFY2(back.ok(), qPrintable(text));
        QCOMPARE(*back, cid);
    }
    QCOMPARE(cid.toString(Multibase::Base32Upper),
             u"BAFYBEIGDYRZT5SFP7UDM7HU76UH7Y26NF3EFUYLQABF3OCLGTQY55FBZDI"_s);
    // A v0 CID ignores the base.
    const Cid v0 = *cid.toV0();
    QCOMPARE(v0.toString(Multibase::Base36), u"QmbWqxBEKC3P8tqsKc98xmWNzrzDtRLMiMPL8wBuTGsMnR"_s);
}

void TestMultiformats::cidMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    const QString v0 = u"QmbWqxBEKC3P8tqsKc98xmWNzrzDtRLMiMPL8wBuTGsMnR"_s;
    const QByteArray v0Bytes = *base58btcDecode(v0);
    const QByteArray mh = v0Bytes;
    QTest::newRow("empty") << QString() << u"empty"_s;
    QTest::newRow("v0 45 chars") << v0.left(45) << u"reserved"_s;
    QTest::newRow("v0 47 chars") << v0 + u"a"_s << u"reserved"_s;
    QTest::newRow("v0 bad char 0") << v0.left(45) + u"0"_s << u"'0'"_s;
    QTest::newRow("v0 bad char l") << u"Qml"_s + v0.mid(3) << u"'l'"_s;
    QTest::newRow("v0 46 chars wrong multihash")
        << u"Qm"_s + QString(44, u'z') << u"not a 34-byte sha2-256 multihash"_s;
    QTest::newRow("v0 with z prefix") << u"z"_s + v0 << u"never carries a multibase prefix"_s;
    QTest::newRow("v0 bytes in base32") << b32(v0Bytes) << u"never carries a multibase prefix"_s;
    QTest::newRow("v0 bytes in base16")
        << multibaseEncode(Multibase::Base16, v0Bytes) << u"never carries a multibase prefix"_s;
    QTest::newRow("version 0 explicit") << b32(hex("0070") + mh) << u"version 0"_s;
    QTest::newRow("version 2") << b32(hex("0270") + mh) << u"version 2"_s;
    QTest::newRow("version 3") << b32(hex("0370") + mh) << u"version 3"_s;
    QTest::newRow("trailing byte") << b32(hex("0170") + mh + hex("00")) << u"trailing"_s;
    QTest::newRow("truncated digest") << b32(hex("0170") + mh.chopped(1)) << u"only 31 left"_s;
    QTest::newRow("no multihash") << b32(hex("0170")) << u"no bytes"_s;
    QTest::newRow("no codec") << b32(hex("01")) << u"CID codec"_s;
    QTest::newRow("wrong digest length")
        << b32(hex("0170121f") + QByteArray(31, 'a')) << u"must be 32"_s;
    QTest::newRow("identity 129") << b32(hex("0155008101") + QByteArray(129, 'a'))
                                  << u"at most 128"_s;
    QTest::newRow("non-minimal codec") << b32(hex("01f000") + mh) << u"non-minimal"_s;
    QTest::newRow("10-byte codec") << b32(hex("01ffffffffffffffffff01") + mh) << u"longer than 9"_s;
    QTest::newRow("empty after prefix") << u"b"_s << u"no bytes"_s;
    QTest::newRow("too long") << u"b"_s + QString(600, u'a') << u"601 characters"_s;
    QTest::newRow("unknown prefix") << u"x"_s + v0 << u"unknown"_s;
    QTest::newRow("leading space") << u" "_s + v0 << u"unknown"_s;
    QTest::newRow("trailing space")
        << u"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi "_s << u"U+0020"_s;
}

void TestMultiformats::cidMalformed()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    auto r = Cid::parse(text);
    QVERIFY2(!r.ok(), qPrintable(text));
    QCOMPARE(r.error().code == Error::InvalidInput || r.error().code == Error::Unsupported, true);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void TestMultiformats::cidBinary()
{
    const Cid v0 = *Cid::parse(u"QmbWqxBEKC3P8tqsKc98xmWNzrzDtRLMiMPL8wBuTGsMnR");
    const Cid v1 = *Cid::parse(u"bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e");
    QCOMPARE(v0.bytes().left(2), hex("1220"));
    QCOMPARE(v1.bytes().left(4), hex("01551220"));

    // read() advances through concatenated CIDs (as in CAR sections).
    const QByteArray both = v0.bytes() + v1.bytes() + "tail"_ba;
    qsizetype pos = 0;
    auto a = Cid::read(both, pos);
    QVERIFY(a.ok());
    QCOMPARE(*a, v0);
    QCOMPARE(pos, 34);
    auto b = Cid::read(both, pos);
    QVERIFY(b.ok());
    QCOMPARE(*b, v1);
    QCOMPARE(pos, 34 + 36);
    qsizetype before = pos;
    QVERIFY(!Cid::read(both, pos).ok()); // "tail" = version 0x74
    QCOMPARE(pos, before);

    // fromBytes: exactly one CID.
    QVERIFY(!Cid::fromBytes(QByteArray(v0.bytes() + hex("00"))).ok());
    QVERIFY(!Cid::fromBytes(QByteArray(v1.bytes() + hex("00"))).ok());
    QVERIFY(!Cid::fromBytes(v0.bytes().chopped(1)).ok());
    QVERIFY(!Cid::fromBytes(QByteArray(hex("121f") + QByteArray(31, 'a'))).ok());
    QVERIFY(!Cid::fromBytes(QByteArray()).ok());
    QVERIFY(!Cid::fromBytes(QByteArray(hex("0270") + v0.bytes())).ok());
}

void TestMultiformats::cidVerify()
{
    const QByteArray block = "some block"_ba;
    const Cid cid = Cid::forBlock(1, Codec::Raw, block);
    QVERIFY(cid.verify(block).ok());
    auto bad = cid.verify("some blocK");
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, Error::VerifyFailed);
    QVERIFY2(bad.error().message.contains(cid.toString()), qPrintable(bad.error().message));

    const Cid v0 = Cid::forBlock(0, Codec::DagPb, block);
    QCOMPARE(v0.version(), 0);
    QVERIFY(v0.verify(block).ok());
    QVERIFY(!v0.verify(QByteArray()).ok());

    const Cid blake = Cid::v1(Codec::Raw, Multihash(HashCode::Blake3, QByteArray(32, 'b')));
    auto unsupported = blake.verify(block);
    QVERIFY(!unsupported.ok());
    QCOMPARE(unsupported.error().code, Error::Unsupported);
    QVERIFY2(unsupported.error().message.contains(blake.toString()),
             qPrintable(unsupported.error().message));

    const Cid inlined = Cid::v1(Codec::Raw, *Multihash::identityOf("tiny"));
    QVERIFY(inlined.verify("tiny").ok());
    QVERIFY(!inlined.verify("tinY").ok());
    QVERIFY(!Cid().verify(block).ok());
}

void TestMultiformats::cidHashAndEquality()
{
    const Cid a = *Cid::parse(u"QmbWqxBEKC3P8tqsKc98xmWNzrzDtRLMiMPL8wBuTGsMnR");
    const Cid b = *Cid::parse(u"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi");
    QHash<Cid, int> h;
    h.insert(a, 1);
    h.insert(b, 2);
    QCOMPARE(h.size(), 2);
    QCOMPARE(h.value(*Cid::parse(u"QmbWqxBEKC3P8tqsKc98xmWNzrzDtRLMiMPL8wBuTGsMnR")), 1);
    QCOMPARE(a.toV1(), b);
    const QVariant v = QVariant::fromValue(a);
    QCOMPARE(v.value<Cid>(), a);
}

QTEST_GUILESS_MAIN(TestMultiformats)
#include "tst_multiformats.moc"
