// CAR v1: writer bytes, streaming reader limits, strict header, verifyCar reports, CarIndex.
#include "core/ipfs/car.h"
#include "core/ipfs/dagpb.h"
#include "core/ipfs/unixfs.h"
#include "core/ipfs/varint.h"

#include <QBuffer>
#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QTemporaryDir>
#include <QTest>

using namespace pt;
using namespace pt::ipfs;
using namespace Qt::StringLiterals;

namespace {

QByteArray hex(const char *h)
{
    return QByteArray::fromHex(QByteArray(h));
}

struct Block
{
    Cid cid;
    QByteArray data;
};

// A small file DAG: `leaves` raw (v1) or dag-pb (v0/v1) leaves under a dag-pb root.
struct Dag
{
    Block root;
    QList<Block> leaves;
};

Dag makeDag(int version, bool rawLeaves, int leaves = 3)
{
    Dag dag;
    PbNode root;
    UnixfsData rd;
    rd.type = UnixfsType::File;
    quint64 total = 0;
    for (int i = 0; i < leaves; ++i) {
        const QByteArray chunk =
            QByteArray("chunk ") + QByteArray::number(i) + QByteArray(100 + i, 'a' + char(i));
        Block b;
        if (rawLeaves) {
            b.data = chunk;
            b.cid = Cid::forBlock(1, Codec::Raw, chunk);
        } else {
            UnixfsData d;
            d.type = UnixfsType::File;
            d.data = chunk;
            d.filesize = quint64(chunk.size());
            PbNode n;
            n.data = encodeUnixfsData(d);
            b.data = encodePbNode(n);
            b.cid = Cid::forBlock(version, Codec::DagPb, b.data);
        }
        root.links.append(PbLink{b.cid, QByteArray(""), quint64(b.data.size())});
        rd.blocksizes.append(quint64(chunk.size()));
        total += quint64(chunk.size());
        dag.leaves.append(b);
    }
    rd.filesize = total;
    root.data = encodeUnixfsData(rd);
    dag.root.data = encodePbNode(root);
    dag.root.cid = Cid::forBlock(version, Codec::DagPb, dag.root.data);
    return dag;
}

QByteArray writeCar(const QList<Cid> &roots, const QList<Block> &blocks)
{
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    CarWriter w(&buf);
    if (!w.writeHeader(roots).ok())
        qFatal("writeHeader failed");
    for (const Block &b : blocks)
        if (!w.writeBlock(b.cid, b.data).ok())
            qFatal("writeBlock failed");
    return buf.data();
}

QList<Block> allBlocks(const Dag &dag)
{
    return QList<Block>{dag.root} + dag.leaves;
}

Result<CarVerifyReport> verify(const QByteArray &car, const std::optional<Cid> &root)
{
    QBuffer buf;
    buf.setData(car);
    buf.open(QIODevice::ReadOnly);
    return verifyCar(&buf, root);
}

// A CAR with a hand-made header (CBOR bytes) and no sections.
QByteArray carWithHeader(const QByteArray &cbor)
{
    return encodeUvarint(quint64(cbor.size())) + cbor;
}

QByteArray zeroPrefixed(const Cid &cid)
{
    QByteArray out(1, '\0');
    out.append(cid.bytes());
    return out;
}

QCborValue cidLink(const Cid &cid)
{
    return QCborValue(QCborTag(42), zeroPrefixed(cid));
}

// Offset of the section that holds block `index` (0 = first section).
qint64 sectionOffset(const QByteArray &car, int index)
{
    qsizetype pos = 0;
    const quint64 h = *readUvarint(car, pos);
    pos += qsizetype(h);
    for (int i = 0; i < index; ++i) {
        const quint64 n = *readUvarint(car, pos);
        pos += qsizetype(n);
    }
    return pos;
}

} // namespace

class TestCar : public QObject
{
    Q_OBJECT

private slots:
    void headerBytes();
    void specHeaderVector();
    void roundTrip_data();
    void roundTrip();
    void writerRules();
    void headerMalformed_data();
    void headerMalformed();
    void truncated_data();
    void truncated();
    void oversize();
    void corruptBlock();
    void missingBlock();
    void unreferencedBlock();
    void duplicateBlock();
    void wrongRoot();
    void rootChoice();
    void undecodableDagPb();
    void unwalkableCodec();
    void identityLink();
    void carIndex();
    void carIndexRejectsCorrupt();
};

void TestCar::headerBytes()
{
    const Cid root = *Cid::parse(u"QmbWqxBEKC3P8tqsKc98xmWNzrzDtRLMiMPL8wBuTGsMnR");
    const QByteArray car = writeCar({root}, {});
    // uvarint(56) a2 65"roots" 81 d8 2a 58 23 00‖cid 67"version" 01
    const QByteArray expected =
        hex("38a265726f6f747381d82a582300") + root.bytes() + hex("6776657273696f6e01");
    QCOMPARE(car.toHex(' '), expected.toHex(' '));
    const Cid v1 = root.toV1();
    QCOMPARE(writeCar({v1}, {}).left(14).toHex(' '),
             hex("3aa265726f6f747381d82a582500").toHex(' '));
}

void TestCar::specHeaderVector()
{
    // The example header of the CARv1 spec (ipld/ipld specs/transport/car/carv1), two roots.
    const QByteArray expected =
        hex("63a265726f6f747382d82a58250001711220f88bc853804cf294fe417e4fa83028689fcdb1b1592c5102e"
            "1474dbc200fab8bd82a5825000171122069ea0740f9807a28f4d932c62e7c1c83be055e55072c90266ab3"
            "e79df63a365b6776657273696f6e01");
    const QList<Cid> roots{
        *Cid::parse(u"bafyreihyrpefhacm6kkp4ql6j6udakdit7g3dmkzfriqfykhjw6cad5lrm"),
        *Cid::parse(u"bafyreidj5idub6mapiupjwjsyyxhyhedxycv4vihfsicm2vt46o7morwlm")};
    QCOMPARE(writeCar(roots, {}).toHex(), expected.toHex());
    QBuffer buf;
    buf.setData(expected);
    buf.open(QIODevice::ReadOnly);
    CarReader r(&buf);
    auto h = r.readHeader();
    QVERIFY(h.ok());
    QCOMPARE(h->roots, roots);
    auto end = r.next();
    QVERIFY(end.ok());
    QVERIFY(!end->has_value());
}

void TestCar::roundTrip_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<bool>("rawLeaves");
    QTest::newRow("v0 dag-pb leaves (34-byte CIDs 12 20)") << 0 << false;
    QTest::newRow("v1 raw leaves") << 1 << true;
    QTest::newRow("v0 root, v1 raw leaves") << 0 << true;
    QTest::newRow("v1 dag-pb leaves") << 1 << false;
}

void TestCar::roundTrip()
{
    QFETCH(int, version);
    QFETCH(bool, rawLeaves);
    const Dag dag = makeDag(version, rawLeaves);
    const QList<Block> blocks = allBlocks(dag);
    const QByteArray car = writeCar({dag.root.cid}, blocks);

    QBuffer buf;
    buf.setData(car);
    buf.open(QIODevice::ReadOnly);
    CarReader reader(&buf);
    auto header = reader.readHeader();
    QVERIFY2(header.ok(), qPrintable(header.ok() ? QString() : header.error().message));
    QCOMPARE(header->roots, QList<Cid>{dag.root.cid});
    for (int i = 0; i < blocks.size(); ++i) {
        auto next = reader.next();
        QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : next.error().message));
        QVERIFY(next->has_value());
        QCOMPARE((*next)->cid, blocks[i].cid);
        QCOMPARE((*next)->data, blocks[i].data);
        QCOMPARE((*next)->offset, sectionOffset(car, i));
        if (blocks[i].cid.version() == 0) {
            // A v0 section: the CID is the bare 34-byte multihash `12 20 …`.
            const qint64 off = (*next)->offset;
            const qsizetype lenSize = uvarintSize(quint64(34 + blocks[i].data.size()));
            QCOMPARE(car.mid(off + lenSize, 2), hex("1220"));
        }
    }
    auto end = reader.next();
    QVERIFY(end.ok());
    QVERIFY(!end->has_value());

    auto report = verify(car, dag.root.cid);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QVERIFY(report->complete());
    QCOMPARE(report->root, dag.root.cid);
    QVERIFY(!report->rootFromHeader);
    QCOMPARE(report->blocks, blocks.size());
    qint64 bytes = 0;
    for (const Block &b : blocks)
        bytes += b.data.size();
    QCOMPARE(report->bytes, bytes);
    QCOMPARE(report->duplicates, 0);
    QVERIFY(report->missing.isEmpty());
    QVERIFY(report->unreferenced.isEmpty());
    QVERIFY(report->corrupt.isEmpty());
}

void TestCar::writerRules()
{
    QBuffer buf;
    buf.open(QIODevice::WriteOnly);
    CarWriter w(&buf);
    const Cid cid = Cid::forBlock(1, Codec::Raw, "x");
    QVERIFY(!w.writeBlock(cid, "x").ok()); // before the header
    QVERIFY(!w.writeHeader({}).ok());      // no roots
    QVERIFY(w.writeHeader({cid}).ok());
    QVERIFY(!w.writeHeader({cid}).ok()); // twice
    QVERIFY(w.putBlock(cid, "x"_ba).ok());
    const QByteArray big(kMaxBlockSize + 1, 'b');
    auto r = w.writeBlock(Cid::forBlock(1, Codec::Raw, big), big);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"2097153 bytes"_s), qPrintable(r.error().message));
    QVERIFY(
        w.writeBlock(Cid::forBlock(1, Codec::Raw, big.left(kMaxBlockSize)), big.left(kMaxBlockSize))
            .ok());
}

void TestCar::headerMalformed_data()
{
    QTest::addColumn<QByteArray>("car");
    QTest::addColumn<QString>("message");
    const Cid root = Cid::forBlock(1, Codec::Raw, "x");
    const auto header = [](const QCborMap &m) { return carWithHeader(QCborValue(m).toCbor()); };
    const QCborArray roots{cidLink(root)};

    QTest::newRow("empty stream") << QByteArray() << u"empty"_s;
    QTest::newRow("length 0") << hex("00") << u"length 0"_s;
    QTest::newRow("length non-minimal") << hex("8000") << u"non-minimal"_s;
    QTest::newRow("length truncated varint") << hex("80") << u"ends inside"_s;
    QTest::newRow("huge length") << hex("ffffffff0f") << u"more than"_s;
    QTest::newRow("header truncated") << hex("10a2") << u"truncated (1 of 16"_s;
    QTest::newRow("not CBOR") << carWithHeader(hex("ff")) << u"not valid CBOR"_s;
    QTest::newRow("array") << carWithHeader(QCborValue(QCborArray{1, 2}).toCbor())
                           << u"not a CBOR map"_s;
    QTest::newRow("trailing bytes")
        << carWithHeader(QCborValue(QCborMap{{u"roots"_s, roots}, {u"version"_s, 1}}).toCbor() +
                         hex("00"))
        << u"1 trailing byte"_s;
    QTest::newRow("no version") << header(QCborMap{{u"roots"_s, roots}}) << u"no integer version"_s;
    QTest::newRow("version as text")
        << header(QCborMap{{u"roots"_s, roots}, {u"version"_s, u"1"_s}}) << u"no integer version"_s;
    QTest::newRow("version 3") << header(QCborMap{{u"roots"_s, roots}, {u"version"_s, 3}})
                               << u"version 3"_s;
    QTest::newRow("CARv2 pragma") << hex("0aa16776657273696f6e02") << u"CARv2"_s;
    QTest::newRow("extra key") << header(QCborMap{
                                      {u"roots"_s, roots}, {u"version"_s, 1}, {u"extra"_s, 1}})
                               << u"unexpected key extra"_s;
    QTest::newRow("integer key") << header(QCborMap{{u"roots"_s, roots}, {u"version"_s, 1}, {7, 1}})
                                 << u"unexpected key 7"_s;
    QTest::newRow("duplicate version")
        << carWithHeader(hex("a365726f6f747381d82a5825") + zeroPrefixed(root) +
                         hex("6776657273696f6e016776657273696f6e01"))
        << u"3 entries"_s;
    QTest::newRow("no roots") << header(QCborMap{{u"version"_s, 1}}) << u"roots is not an array"_s;
    QTest::newRow("roots not array")
        << header(QCborMap{{u"roots"_s, cidLink(root)}, {u"version"_s, 1}})
        << u"roots is not an array"_s;
    QTest::newRow("roots empty") << header(QCborMap{{u"roots"_s, QCborArray()}, {u"version"_s, 1}})
                                 << u"roots is empty"_s;
    QTest::newRow("root untagged")
        << header(QCborMap{{u"roots"_s, QCborArray{zeroPrefixed(root)}}, {u"version"_s, 1}})
        << u"root 0 is not a CID"_s;
    QTest::newRow("root wrong tag")
        << header(QCborMap{{u"roots"_s, QCborArray{QCborValue(QCborTag(43), zeroPrefixed(root))}},
                           {u"version"_s, 1}})
        << u"root 0 is not a CID"_s;
    QTest::newRow("root tag over text")
        << header(QCborMap{{u"roots"_s, QCborArray{QCborValue(QCborTag(42), root.toString())}},
                           {u"version"_s, 1}})
        << u"root 0 is not a CID"_s;
    QTest::newRow("root without 00")
        << header(QCborMap{{u"roots"_s, QCborArray{QCborValue(QCborTag(42), root.bytes())}},
                           {u"version"_s, 1}})
        << u"00 prefix"_s;
    QTest::newRow("root bad CID")
        << header(QCborMap{
               {u"roots"_s, QCborArray{cidLink(root), QCborValue(QCborTag(42), hex("000270"))}},
               {u"version"_s, 1}})
        << u"root 1: binary CID at offset 0: version 2"_s;
}

void TestCar::headerMalformed()
{
    QFETCH(QByteArray, car);
    QFETCH(QString, message);
    QBuffer buf;
    buf.setData(car);
    buf.open(QIODevice::ReadOnly);
    CarReader r(&buf);
    auto h = r.readHeader();
    QVERIFY(!h.ok());
    QVERIFY2(h.error().message.contains(message), qPrintable(h.error().message));
    auto v = verify(car, std::nullopt);
    QVERIFY(!v.ok());
}

void TestCar::truncated_data()
{
    QTest::addColumn<int>("cut");
    QTest::addColumn<QString>("message");
    QTest::newRow("last byte of the last block") << 1 << u"truncated"_s;
    QTest::newRow("inside the last CID") << -1 << u"truncated"_s;
    QTest::newRow("inside a length varint") << -2 << u"ends inside its length varint"_s;
}

void TestCar::truncated()
{
    QFETCH(int, cut);
    QFETCH(QString, message);
    const Dag dag = makeDag(1, true);
    QList<Block> blocks = allBlocks(dag);
    // A leaf of 200 bytes makes a 2-byte section length.
    blocks.append(Block{Cid::forBlock(1, Codec::Raw, QByteArray(200, 'z')), QByteArray(200, 'z')});
    QByteArray car = writeCar({dag.root.cid}, blocks);
    const qint64 last = sectionOffset(car, int(blocks.size()) - 1);
    if (cut > 0)
        car.chop(cut);
    else if (cut == -1)
        car.truncate(last + 2 + 10);
    else
        car.truncate(last + 1);
    auto r = verify(car, dag.root.cid);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(u"offset %1"_s.arg(last)), qPrintable(r.error().message));
}

void TestCar::oversize()
{
    const QByteArray data(300, 'o');
    const Cid cid = Cid::forBlock(1, Codec::Raw, data);
    const QByteArray car = writeCar({cid}, {Block{cid, data}});
    {
        QBuffer buf;
        buf.setData(car);
        buf.open(QIODevice::ReadOnly);
        CarReader r(&buf, 299);
        QVERIFY(r.readHeader().ok());
        auto next = r.next();
        QVERIFY(!next.ok());
        QVERIFY2(next.error().message.contains(u"300 bytes, more than the 299"_s),
                 qPrintable(next.error().message));
    }
    {
        QBuffer buf;
        buf.setData(car);
        buf.open(QIODevice::ReadOnly);
        CarReader r(&buf, 300);
        QVERIFY(r.readHeader().ok());
        QVERIFY(r.next().ok());
    }
    // A section length far beyond any block is refused before anything is allocated.
    QByteArray huge = writeCar({cid}, {});
    const qint64 off = huge.size();
    huge += encodeUvarint(quint64(1) << 40) + QByteArray(10, 'x');
    auto v = verify(huge, cid);
    QVERIFY(!v.ok());
    QVERIFY2(v.error().message.contains(u"offset %1: 1099511627776 bytes"_s.arg(off)),
             qPrintable(v.error().message));
    // Length 0 and an unparsable CID are errors too.
    auto zero = verify(writeCar({cid}, {}) + hex("00"), cid);
    QVERIFY(!zero.ok());
    QVERIFY2(zero.error().message.contains(u"length 0"_s), qPrintable(zero.error().message));
    auto badCid = verify(writeCar({cid}, {}) + hex("0302aabb"), cid);
    QVERIFY(!badCid.ok());
    QVERIFY2(badCid.error().message.contains(u"unparsable CID"_s),
             qPrintable(badCid.error().message));
}

void TestCar::corruptBlock()
{
    const Dag dag = makeDag(0, false);
    QList<Block> blocks = allBlocks(dag);
    blocks[2].data[blocks[2].data.size() - 1] = 'X';
    const QByteArray car = writeCar({dag.root.cid}, blocks);
    auto r = verify(car, dag.root.cid);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    QVERIFY(!r->complete());
    QCOMPARE(r->corrupt.size(), 1);
    const QString msg = r->corrupt.first();
    QVERIFY2(msg.contains(u"section at offset %1"_s.arg(sectionOffset(car, 2))), qPrintable(msg));
    QVERIFY2(msg.contains(blocks[2].cid.toString()), qPrintable(msg));
    QVERIFY2(msg.contains(u"does not match"_s), qPrintable(msg));
    // The corrupt block does not count as present.
    QCOMPARE(r->missing, QList<Cid>{blocks[2].cid});
    QVERIFY(r->unreferenced.isEmpty());
}

void TestCar::missingBlock()
{
    const Dag dag = makeDag(1, true, 4);
    QList<Block> blocks = allBlocks(dag);
    blocks.removeAt(3);
    blocks.removeAt(1);
    auto r = verify(writeCar({dag.root.cid}, blocks), dag.root.cid);
    QVERIFY(r.ok());
    QVERIFY(!r->complete());
    QCOMPARE(r->missing, (QList<Cid>{dag.leaves[0].cid, dag.leaves[2].cid}));
    QVERIFY(r->corrupt.isEmpty());
    QVERIFY(r->unreferenced.isEmpty());
    QCOMPARE(r->blocks, 3);
}

void TestCar::unreferencedBlock()
{
    const Dag dag = makeDag(1, true);
    QList<Block> blocks = allBlocks(dag);
    const Block extra{Cid::forBlock(1, Codec::Raw, "stray"), "stray"_ba};
    blocks.insert(1, extra);
    auto r = verify(writeCar({dag.root.cid}, blocks), dag.root.cid);
    QVERIFY(r.ok());
    QVERIFY(r->complete()); // tolerated, reported
    QCOMPARE(r->unreferenced, QList<Cid>{extra.cid});
}

void TestCar::duplicateBlock()
{
    const Dag dag = makeDag(0, false);
    QList<Block> blocks = allBlocks(dag);
    blocks.append(blocks[1]);
    blocks.append(blocks[0]);
    auto r = verify(writeCar({dag.root.cid}, blocks), dag.root.cid);
    QVERIFY(r.ok());
    QVERIFY(r->complete());
    QCOMPARE(r->duplicates, 2);
    QCOMPARE(r->blocks, 6);
    QVERIFY(r->unreferenced.isEmpty());

    // A corrupt duplicate of a good block is still reported.
    QList<Block> bad = allBlocks(dag);
    Block copy = bad[1];
    copy.data[0] = char(copy.data[0] ^ 1);
    bad.append(copy);
    auto r2 = verify(writeCar({dag.root.cid}, bad), dag.root.cid);
    QVERIFY(r2.ok());
    QCOMPARE(r2->duplicates, 1);
    QCOMPARE(r2->corrupt.size(), 1);
    QVERIFY(r2->missing.isEmpty());
}

void TestCar::wrongRoot()
{
    // Header roots prove nothing: the caller's expected root is what is walked.
    const Dag dag = makeDag(1, true);
    const Dag other = makeDag(0, false);
    const QByteArray car = writeCar({dag.root.cid}, allBlocks(dag));
    auto r = verify(car, other.root.cid);
    QVERIFY(r.ok());
    QVERIFY(!r->complete());
    QCOMPARE(r->root, other.root.cid);
    QCOMPARE(r->missing, QList<Cid>{other.root.cid});
    QCOMPARE(r->unreferenced.size(), 4);
    // The same root in the other CID version is a different CID.
    auto r2 = verify(car, dag.root.cid.version() == 1 ? *dag.root.cid.toV0() : dag.root.cid.toV1());
    QVERIFY(r2.ok());
    QVERIFY(!r2->complete());
}

void TestCar::rootChoice()
{
    const Dag dag = makeDag(1, true);
    auto r = verify(writeCar({dag.root.cid}, allBlocks(dag)), std::nullopt);
    QVERIFY(r.ok());
    QVERIFY(r->rootFromHeader);
    QCOMPARE(r->root, dag.root.cid);
    QVERIFY(r->complete());
    auto two = verify(writeCar({dag.root.cid, dag.leaves[0].cid}, allBlocks(dag)), std::nullopt);
    QVERIFY(!two.ok());
    QVERIFY2(two.error().message.contains(u"2 roots"_s), qPrintable(two.error().message));
}

void TestCar::undecodableDagPb()
{
    // Hashes fine but is not dag-pb: corrupt (its links cannot be known).
    const QByteArray junk = hex("1a00");
    const Cid cid = Cid::forBlock(1, Codec::DagPb, junk);
    const QByteArray car = writeCar({cid}, {Block{cid, junk}});
    auto r = verify(car, cid);
    QVERIFY(r.ok());
    QVERIFY(!r->complete());
    QCOMPARE(r->corrupt.size(), 1);
    QVERIFY2(r->corrupt.first().contains(u"does not decode"_s), qPrintable(r->corrupt.first()));
    QVERIFY2(r->corrupt.first().contains(u"offset %1"_s.arg(sectionOffset(car, 0))),
             qPrintable(r->corrupt.first()));
}

void TestCar::unwalkableCodec()
{
    const QByteArray cbor = hex("a0");
    const Cid cid = Cid::forBlock(1, Codec::DagCbor, cbor);
    const Cid blake = Cid::v1(Codec::Raw, Multihash(HashCode::Blake3, QByteArray(32, 'b')));
    auto r = verify(writeCar({cid}, {Block{cid, cbor}, Block{blake, "b"_ba}}), cid);
    QVERIFY(r.ok());
    QVERIFY(!r->complete());
    QCOMPARE(r->corrupt.size(), 2);
    QVERIFY2(r->corrupt[0].contains(u"dag-cbor"_s), qPrintable(r->corrupt[0]));
    QVERIFY2(r->corrupt[1].contains(u"blake3"_s), qPrintable(r->corrupt[1]));
}

void TestCar::identityLink()
{
    // A link to an identity CID needs no block in the CAR.
    const Cid inlined = Cid::v1(Codec::Raw, *Multihash::identityOf("tiny"));
    PbNode n;
    n.links.append(PbLink{inlined, QByteArray(""), 4});
    const QByteArray rootData = encodePbNode(n);
    const Cid root = Cid::forBlock(1, Codec::DagPb, rootData);
    auto r = verify(writeCar({root}, {Block{root, rootData}}), root);
    QVERIFY(r.ok());
    QVERIFY(r->complete());
    QVERIFY(r->missing.isEmpty());
}

void TestCar::carIndex()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"dag.car"_s);
    const Dag dag = makeDag(0, true, 5);
    QList<Block> blocks = allBlocks(dag);
    blocks.append(blocks[2]); // a duplicate is fine
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(writeCar({dag.root.cid}, blocks));
    }
    auto index = CarIndex::open(path);
    QVERIFY2(index.ok(), qPrintable(index.ok() ? QString() : index.error().message));
    std::unique_ptr<CarIndex> car = std::move(*index);
    QCOMPARE(car->header().roots, QList<Cid>{dag.root.cid});
    // Random access, in any order.
    for (int i = int(blocks.size()) - 1; i >= 0; --i) {
        auto b = car->getBlock(blocks[i].cid);
        QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().message));
        QCOMPARE(*b, blocks[i].data);
    }
    auto missing = car->getBlock(Cid::forBlock(1, Codec::Raw, "absent"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::NotFound);
    const Cid inlined = Cid::v1(Codec::Raw, *Multihash::identityOf("tiny"));
    QCOMPARE(*car->getBlock(inlined), "tiny"_ba);

    // The file changes under the index: the block is verified again when served.
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray all = f.readAll();
        const qsizetype at = all.lastIndexOf(dag.leaves[4].data);
        QVERIFY(at > 0);
        all[at] = char(all[at] ^ 1);
        f.seek(0);
        QCOMPARE(f.write(all), all.size());
    }
    auto changed = car->getBlock(dag.leaves[4].cid);
    QVERIFY(!changed.ok());
    QCOMPARE(changed.error().code, Error::VerifyFailed);
    QVERIFY(!CarIndex::open(dir.filePath(u"nope.car"_s)).ok());
}

void TestCar::carIndexRejectsCorrupt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.car"_s);
    const Dag dag = makeDag(1, true);
    QList<Block> blocks = allBlocks(dag);
    blocks[1].data[0] = 'Z';
    const QByteArray car = writeCar({dag.root.cid}, blocks);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(car);
    }
    auto index = CarIndex::open(path);
    QVERIFY(!index.ok());
    QCOMPARE(index.error().code, Error::VerifyFailed);
    QVERIFY2(index.error().message.contains(u"offset %1"_s.arg(sectionOffset(car, 1))),
             qPrintable(index.error().message));
    QVERIFY2(index.error().message.contains(path), qPrintable(index.error().message));
}

QTEST_GUILESS_MAIN(TestCar)
#include "tst_car.moc"
