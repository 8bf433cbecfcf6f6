// dag-pb codec and the UnixFS Data message: Kubo's bytes (docs/IPFS.md §2) and strict decoding.
#include "core/ipfs/cid.h"
#include "core/ipfs/dagpb.h"
#include "core/ipfs/unixfs.h"
#include "tests/support/testsupport.h"

#include <QTest>

using namespace pt;
using namespace pt::ipfs;
using namespace Qt::StringLiterals;

namespace {

QByteArray hex(const char *h)
{
    return QByteArray::fromHex(QByteArray(h));
}

// A dag-pb leaf as Kubo writes it without raw leaves: {Type=File, Data=chunk, filesize}.
QByteArray fileLeaf(const QByteArray &chunk)
{
    UnixfsData d;
    d.type = UnixfsType::File;
    if (!chunk.isEmpty())
        d.data = chunk;
    d.filesize = quint64(chunk.size());
    PbNode node;
    node.data = encodeUnixfsData(d);
    return encodePbNode(node);
}

const Cid kSomeCid = Cid::forBlock(0, Codec::DagPb, "x");

} // namespace

Q_DECLARE_METATYPE(pt::ipfs::UnixfsType)

class TestDagPb : public QObject
{
    Q_OBJECT

private slots:
    void kuboBlocks_data();
    void kuboBlocks();
    void twoChunkFileRoot();
    void linkBytes();
    void roundTrip_data();
    void roundTrip();
    void eitherOrder();
    void malformedNode_data();
    void malformedNode();

    void unixfsRoundTrip();
    void unixfsPackedBlocksizes();
    void unixfsMalformed_data();
    void unixfsMalformed();
};

void TestDagPb::kuboBlocks_data()
{
    QTest::addColumn<QByteArray>("block");
    QTest::addColumn<QByteArray>("expected"); // exact bytes where the spec gives them
    QTest::addColumn<QString>("v0");
    QTest::addColumn<QString>("v1");
    QTest::addColumn<int>("type");

    QTest::newRow("empty file") << fileLeaf(QByteArray()) << hex("0a0408021800")
                                << u"QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH"_s
                                << u"bafybeif7ztnhq65lumvvtr4ekcwd2ifwgm3awq4zfr3srh462rwyinlb4y"_s
                                << int(UnixfsType::File);
    UnixfsData dir;
    dir.type = UnixfsType::Directory;
    PbNode dirNode;
    dirNode.data = encodeUnixfsData(dir);
    QTest::newRow("empty directory")
        << encodePbNode(dirNode) << hex("0a020801")
        << u"QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn"_s
        << u"bafybeiczsscdsbs7ffqz55asqdf3smv6klcw3gofszvwlyarci47bgf354"_s
        << int(UnixfsType::Directory);
    QTest::newRow("hello world") << fileLeaf("hello world")
                                 << hex("0a110802120b68656c6c6f20776f726c64180b")
                                 << u"Qmf412jQZiuVUtdgnB36FXFX7xg5V6KEbSJ4dpQuhkLyfD"_s
                                 << u"bafybeihykld7uyxzogax6vgyvag42y7464eywpf55gxi5qpoisibh3c5wa"_s
                                 << int(UnixfsType::File);
    QTest::newRow("hello world\\n") << fileLeaf("hello world\n") << QByteArray()
                                    << u"QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"_s
                                    << QString() << int(UnixfsType::File);
}

void TestDagPb::kuboBlocks()
{
    QFETCH(QByteArray, block);
    QFETCH(QByteArray, expected);
    QFETCH(QString, v0);
    QFETCH(QString, v1);
    QFETCH(int, type);
    if (!expected.isEmpty())
        QCOMPARE(block.toHex(' '), expected.toHex(' '));
    QCOMPARE(Cid::forBlock(0, Codec::DagPb, block).toString(), v0);
    if (!v1.isEmpty())
        QCOMPARE(Cid::forBlock(1, Codec::DagPb, block).toString(), v1);

    auto node = decodePbNode(block);
    QVERIFY2(node.ok(), qPrintable(node.ok() ? QString() : node.error().message));
    QVERIFY(node->links.isEmpty());
    QVERIFY(node->data.has_value());
    auto data = decodeUnixfsData(*node->data);
    QVERIFY2(data.ok(), qPrintable(data.ok() ? QString() : data.error().message));
    QCOMPARE(int(data->type), type);
    QCOMPARE(encodePbNode(*node), block);
    QCOMPARE(encodeUnixfsData(*data), *node->data);
}

void TestDagPb::twoChunkFileRoot()
{
    // Kubo's fixture `chunk-v0-seed`, 262145 bytes, kubo-v0: two dag-pb leaves under a root
    // whose links carry Name "" and Tsize, and whose Data lists blocksizes one tag each.
    const QByteArray bytes = pt::test::chacha20Keystream("chunk-v0-seed", 262145);
    QCOMPARE(bytes.size(), 262145);
    const QByteArray leaf1 = fileLeaf(bytes.first(262144));
    const QByteArray leaf2 = fileLeaf(bytes.sliced(262144));
    QCOMPARE(Cid::forBlock(0, Codec::DagPb, leaf1).toString(),
             u"QmWmRj3dFDZdb6ABvbmKhEL6TmPbAfBZ1t5BxsEyJrcZhE"_s);
    PbNode root;
    for (const QByteArray &leaf : {leaf1, leaf2})
        root.links.append(
            PbLink{Cid::forBlock(0, Codec::DagPb, leaf), QByteArray(""), quint64(leaf.size())});
    UnixfsData d;
    d.type = UnixfsType::File;
    d.filesize = 262145;
    d.blocksizes = {262144, 1};
    root.data = encodeUnixfsData(d);
    QCOMPARE(root.data->toHex(' '), hex("080218818010208080102001").toHex(' '));
    const QByteArray block = encodePbNode(root);
    QCOMPARE(Cid::forBlock(0, Codec::DagPb, block).toString(),
             u"QmYyLxtzZyW22zpoVAtKANLRHpDjZtNeDjQdJrcQNWoRkJ"_s);
    auto back = decodePbNode(block);
    QVERIFY(back.ok());
    QCOMPARE(back->links.size(), 2);
    QCOMPARE(back->links[1].name, std::optional<QByteArray>(QByteArray("")));
    QCOMPARE(back->links[1].tsize, std::optional<quint64>(leaf2.size()));
    auto data = decodeUnixfsData(*back->data);
    QVERIFY(data.ok());
    QCOMPARE(data->blocksizes, (QList<quint64>{262144, 1}));
    QCOMPARE(data->filesize, std::optional<quint64>(262145));
}

void TestDagPb::linkBytes()
{
    // Link fields in order 1, 2, 3; Name "" is written as `12 00`; links before Data.
    PbNode node;
    node.links.append(PbLink{kSomeCid, QByteArray(""), 300});
    node.data = hex("0801");
    const QByteArray expected = hex("1229") + hex("0a22") + kSomeCid.bytes() + hex("1200") +
                                hex("18ac02") + hex("0a020801");
    QCOMPARE(encodePbNode(node).toHex(' '), expected.toHex(' '));

    // Without Name and Tsize only the Hash is written; no Data means no field 1.
    PbNode bare;
    bare.links.append(PbLink{kSomeCid, std::nullopt, std::nullopt});
    QCOMPARE(encodePbNode(bare), hex("1224") + hex("0a22") + kSomeCid.bytes());
    // Empty node = empty block (the bafybeihdwdc… CID).
    QCOMPARE(encodePbNode(PbNode{}), QByteArray());
    QCOMPARE(Cid::forBlock(1, Codec::DagPb, encodePbNode(PbNode{})).toString(),
             u"bafybeihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"_s);
    // Present but empty Data is `0a 00`, distinct from no Data.
    PbNode emptyData;
    emptyData.data = QByteArray();
    QCOMPARE(encodePbNode(emptyData), hex("0a00"));
    auto back = decodePbNode(hex("0a00"));
    QVERIFY(back.ok());
    QVERIFY(back->data.has_value());
    QVERIFY(back->data->isEmpty());
    QVERIFY(!decodePbNode(QByteArray())->data.has_value());
}

void TestDagPb::roundTrip_data()
{
    QTest::addColumn<int>("links");
    QTest::addColumn<bool>("withData");
    QTest::addColumn<bool>("v1Links");
    QTest::newRow("data only") << 0 << true << false;
    QTest::newRow("one link") << 1 << false << false;
    QTest::newRow("links and data") << 5 << true << false;
    QTest::newRow("v1 links") << 3 << true << true;
    QTest::newRow("many links") << 1000 << true << true;
}

void TestDagPb::roundTrip()
{
    QFETCH(int, links);
    QFETCH(bool, withData);
    QFETCH(bool, v1Links);
    PbNode node;
    for (int i = 0; i < links; ++i) {
        const QByteArray child = QByteArray::number(i);
        PbLink l;
        l.hash = Cid::forBlock(v1Links ? 1 : 0, v1Links ? Codec::Raw : Codec::DagPb, child);
        if (i % 2 == 0)
            l.name = "name-"_ba + child;
        if (i % 3 != 1)
            l.tsize = quint64(i) * 1000003;
        node.links.append(l);
    }
    if (withData)
        node.data = "some data"_ba;
    const QByteArray block = encodePbNode(node);
    auto back = decodePbNode(block);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(back->links.size(), links);
    for (int i = 0; i < links; ++i) {
        QCOMPARE(back->links[i].hash, node.links[i].hash);
        QCOMPARE(back->links[i].name, node.links[i].name);
        QCOMPARE(back->links[i].tsize, node.links[i].tsize);
    }
    QCOMPARE(back->data, node.data);
    QCOMPARE(encodePbNode(*back), block);
}

void TestDagPb::eitherOrder()
{
    // A generic protobuf writer puts Data first; decoders accept it (IPFS.md §2).
    const QByteArray link = hex("0a22") + kSomeCid.bytes();
    const QByteArray dataFirst = hex("0a020801") + hex("1224") + link;
    auto node = decodePbNode(dataFirst);
    QVERIFY2(node.ok(), qPrintable(node.ok() ? QString() : node.error().message));
    QCOMPARE(node->links.size(), 1);
    QCOMPARE(node->links[0].hash, kSomeCid);
    QCOMPARE(*node->data, hex("0801"));
    // Re-encoding gives the canonical order (a different block, hence a different CID).
    QCOMPARE(encodePbNode(*node), hex("1224") + link + hex("0a020801"));
}

void TestDagPb::malformedNode_data()
{
    QTest::addColumn<QByteArray>("block");
    QTest::addColumn<QString>("message");
    const QByteArray cidField = hex("0a22") + kSomeCid.bytes();
    QTest::newRow("unknown field 3") << hex("1a00") << u"unknown field 3"_s;
    QTest::newRow("unknown field 15") << hex("7a00") << u"unknown field 15"_s;
    QTest::newRow("Data as varint") << hex("0800") << u"wire type 0"_s;
    QTest::newRow("Links as fixed64") << hex("110000000000000000") << u"wire type 1"_s;
    QTest::newRow("duplicate Data") << hex("0a000a00") << u"duplicate Data"_s;
    QTest::newRow("truncated Data") << hex("0a0501") << u"only 1 byte(s) left"_s;
    QTest::newRow("truncated key") << hex("8a") << u"truncated"_s;
    QTest::newRow("truncated length") << hex("0a") << u"no bytes left"_s;
    QTest::newRow("non-minimal length") << hex("0a8000") << u"non-minimal"_s;
    QTest::newRow("huge length") << hex("0affffffffffffffff7f") << u"left"_s;
    QTest::newRow("Hash not a CID") << hex("12040a020102") << u"Hash is not a CID"_s;
    QTest::newRow("Hash truncated CID")
        << QByteArray(hex("1223") + hex("0a21") + kSomeCid.bytes().chopped(1))
        << u"Hash is not a CID"_s;
    QTest::newRow("Hash with trailing byte")
        << QByteArray(hex("1225") + hex("0a23") + kSomeCid.bytes() + hex("00"))
        << u"Hash is not a CID"_s;
    QTest::newRow("link without Hash") << hex("12021801") << u"without Hash"_s;
    QTest::newRow("link Name before Hash")
        << QByteArray(hex("1226") + hex("1200") + cidField) << u"out of order"_s;
    QTest::newRow("link duplicate Hash")
        << QByteArray(hex("1248") + cidField + cidField) << u"out of order or repeated"_s;
    QTest::newRow("link unknown field 4")
        << QByteArray(hex("1226") + cidField + hex("2200")) << u"unknown field 4"_s;
    QTest::newRow("link Tsize as bytes")
        << QByteArray(hex("1226") + cidField + hex("1a00")) << u"wire type 2"_s;
    QTest::newRow("link Name as varint")
        << QByteArray(hex("1226") + cidField + hex("1000")) << u"wire type 0"_s;
    QTest::newRow("link truncated Tsize")
        << QByteArray(hex("1225") + cidField + hex("18")) << u"Tsize"_s;
    QTest::newRow("link length past end") << QByteArray(hex("1230") + cidField) << u"left"_s;
}

void TestDagPb::malformedNode()
{
    QFETCH(QByteArray, block);
    QFETCH(QString, message);
    auto r = decodePbNode(block);
    QVERIFY2(!r.ok(), block.toHex(' ').constData());
    QCOMPARE(r.error().code, Error::InvalidInput);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

void TestDagPb::unixfsRoundTrip()
{
    UnixfsData d;
    d.type = UnixfsType::HAMTShard;
    d.data = hex("0102");
    d.filesize = 1;
    d.blocksizes = {5, 300};
    d.hashType = 0x22;
    d.fanout = 256;
    d.mode = 0755;
    d.mtime = UnixTime{-5, 123456789};
    const QByteArray bytes = encodeUnixfsData(d);
    // Field order 1..8, blocksizes one tag each, negative seconds as a 10-byte varint.
    QCOMPARE(bytes.toHex(' '),
             QByteArray(hex("0805") + hex("12020102") + hex("1801") + hex("2005") + hex("20ac02") +
                        hex("2822") + hex("308002") + hex("38ed03") + hex("4210") +
                        hex("08fbffffffffffffffff01") + hex("1515cd5b07"))
                 .toHex(' '));
    auto back = decodeUnixfsData(bytes);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    QCOMPARE(back->type, UnixfsType::HAMTShard);
    QCOMPARE(back->data, d.data);
    QCOMPARE(back->filesize, d.filesize);
    QCOMPARE(back->blocksizes, d.blocksizes);
    QCOMPARE(back->hashType, d.hashType);
    QCOMPARE(back->fanout, d.fanout);
    QCOMPARE(back->mode, d.mode);
    QVERIFY(back->mtime.has_value());
    QCOMPARE(back->mtime->seconds, -5);
    QCOMPARE(back->mtime->nanos, std::optional<quint32>(123456789));
    QCOMPARE(encodeUnixfsData(*back), bytes);

    // A directory is exactly `08 01`; unset fields are not written.
    UnixfsData dir;
    dir.type = UnixfsType::Directory;
    QCOMPARE(encodeUnixfsData(dir), hex("0801"));
    UnixfsData raw;
    raw.type = UnixfsType::Raw;
    QCOMPARE(encodeUnixfsData(raw), hex("0800"));
    QCOMPARE(decodeUnixfsData(hex("0800"))->type, UnixfsType::Raw);
    UnixfsData mtimeOnly;
    mtimeOnly.type = UnixfsType::Symlink;
    mtimeOnly.mtime = UnixTime{1700000000, std::nullopt};
    auto mt = decodeUnixfsData(encodeUnixfsData(mtimeOnly));
    QVERIFY(mt.ok());
    QCOMPARE(mt->mtime->seconds, 1700000000);
    QVERIFY(!mt->mtime->nanos.has_value());
}

void TestDagPb::unixfsPackedBlocksizes()
{
    // Some writers pack repeated fields; readers must accept it (and mixed forms).
    auto d = decodeUnixfsData(hex("0802180322020102"));
    QVERIFY2(d.ok(), qPrintable(d.ok() ? QString() : d.error().message));
    QCOMPARE(d->blocksizes, (QList<quint64>{1, 2}));
    auto mixed = decodeUnixfsData(hex("08022003220201022004"));
    QVERIFY(mixed.ok());
    QCOMPARE(mixed->blocksizes, (QList<quint64>{3, 1, 2, 4}));
    // ...but the encoder writes them one tag each (Kubo's bytes).
    QCOMPARE(encodeUnixfsData(*d), hex("0802180320012002"));
}

void TestDagPb::unixfsMalformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << u"Type is missing"_s;
    QTest::newRow("no Type") << hex("1800") << u"Type is missing"_s;
    QTest::newRow("unknown Type 6") << hex("0806") << u"unknown type 6"_s;
    QTest::newRow("huge Type") << hex("08ffffffff0f") << u"unknown type"_s;
    QTest::newRow("unknown field 9") << hex("08024800") << u"unknown field 9"_s;
    QTest::newRow("field 0") << hex("08020000") << u"unknown field 0"_s;
    QTest::newRow("duplicate Type") << hex("08020802") << u"duplicate Type"_s;
    QTest::newRow("duplicate filesize") << hex("080218001800") << u"duplicate filesize"_s;
    QTest::newRow("duplicate Data") << hex("080212001200") << u"duplicate Data"_s;
    QTest::newRow("Type as bytes") << hex("0a0102") << u"wire type 2"_s;
    QTest::newRow("filesize as fixed32") << hex("08021d00000000") << u"wire type 5"_s;
    QTest::newRow("Data as varint") << hex("08021000") << u"wire type 0"_s;
    QTest::newRow("truncated Data") << hex("0802120561") << u"only 1 byte(s) left"_s;
    QTest::newRow("truncated varint") << hex("080218ff") << u"truncated"_s;
    QTest::newRow("non-minimal varint") << hex("088200") << u"non-minimal"_s;
    QTest::newRow("mode over 32 bits") << hex("0802388080808010") << u"32 bits"_s;
    QTest::newRow("packed blocksizes truncated") << hex("0802220381") << u"left"_s;
    QTest::newRow("packed blocksizes bad varint") << hex("0802220181") << u"truncated"_s;
    QTest::newRow("mtime nanos too big") << hex("0802420708011500ca9a3b") << u"not below 10^9"_s;
    QTest::newRow("mtime no seconds") << hex("080242051501000000") << u"seconds missing"_s;
    QTest::newRow("mtime past end") << hex("080242070801") << u"left"_s;
    QTest::newRow("mtime short nanos") << hex("0802420408011501") << u"truncated nanos"_s;
    QTest::newRow("mtime unknown field") << hex("080242040801 1801") << u"unexpected field 3"_s;
    QTest::newRow("mtime seconds as fixed32")
        << hex("08024205090100 0000") << u"unexpected field 1"_s;
}

void TestDagPb::unixfsMalformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    auto r = decodeUnixfsData(bytes);
    QVERIFY2(!r.ok(), bytes.toHex(' ').constData());
    QCOMPARE(r.error().code, Error::InvalidInput);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestDagPb)
#include "tst_dagpb.moc"
