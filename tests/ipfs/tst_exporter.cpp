// The verifying UnixFS exporter: round trips through the importer, and malformed DAGs that
// must be refused with nothing left under the final name.
#include "core/ipfs/dagpb.h"
#include "core/ipfs/exporter.h"
#include "core/ipfs/importer.h"
#include "core/ipfs/murmur3.h"
#include "core/ipfs/unixfs.h"
#include "tests/support/testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace pt::ipfs;
using pt::Result;
using namespace Qt::StringLiterals;

namespace {

// A block source that serves whatever it was given, even bytes that do not match the CID.
class FakeSource : public BlockSource
{
public:
    Result<QByteArray> getBlock(const Cid &cid) override
    {
        auto it = blocks.constFind(cid);
        if (it == blocks.constEnd())
            return pt::Error(pt::Error::NotFound, u"no block %1"_s.arg(cid.toString()));
        return *it;
    }
    QHash<Cid, QByteArray> blocks;
};

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Relative path → contents ("/" suffix for directories) of a whole tree.
QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(root).relativeFilePath(path);
        if (it.fileInfo().isDir())
            out.insert(rel + u'/', QByteArray());
        else
            out.insert(rel, readFile(path));
    }
    return out;
}

Cid putNode(FakeSource &src, const PbNode &node, int version = 1)
{
    const QByteArray block = encodePbNode(node);
    const Cid cid = Cid::forBlock(version, Codec::DagPb, block);
    src.blocks.insert(cid, block);
    return cid;
}

Cid putRaw(FakeSource &src, const QByteArray &data)
{
    const Cid cid = Cid::forBlock(1, Codec::Raw, data);
    src.blocks.insert(cid, data);
    return cid;
}

PbNode fileNode(const QList<QPair<Cid, quint64>> &children, std::optional<quint64> filesize)
{
    PbNode node;
    UnixfsData data;
    data.type = UnixfsType::File;
    for (const auto &[cid, size] : children) {
        node.links.append(PbLink{cid, QByteArray(""), size});
        data.blocksizes.append(size);
    }
    data.filesize = filesize;
    node.data = encodeUnixfsData(data);
    return node;
}

PbNode dirNode(const QList<QPair<QByteArray, Cid>> &children)
{
    PbNode node;
    for (const auto &[name, cid] : children)
        node.links.append(PbLink{cid, name, 1});
    UnixfsData data;
    data.type = UnixfsType::Directory;
    node.data = encodeUnixfsData(data);
    return node;
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private slots:
    void fileRoundTrip_data();
    void fileRoundTrip();
    void treeRoundTrip_data();
    void treeRoundTrip();
    void malformed_data();
    void malformed();
    void refusesExistingTarget();
    void identityAndDryRun();
};

void TestExporter::fileRoundTrip_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("chunk");
    QTest::addColumn<int>("maxLinks");
    for (const QString &p : ImportProfile::names()) {
        for (qint64 size :
             {qint64(0), qint64(1), qint64(262144), qint64(262145), qint64(3 * 1048576 + 7)})
            QTest::newRow(qPrintable(u"%1 %2"_s.arg(p).arg(size))) << p << size << qint64(0) << 0;
        // A deep tree: 1000 chunks of 100 bytes, 3 links per node (7 levels).
        QTest::newRow(qPrintable(u"%1 deep"_s.arg(p))) << p << qint64(100000) << qint64(100) << 3;
    }
}

void TestExporter::fileRoundTrip()
{
    QFETCH(QString, profile);
    QFETCH(qint64, size);
    QFETCH(qint64, chunk);
    QFETCH(int, maxLinks);
    ImportProfile p = *ImportProfile::byName(profile);
    if (chunk) {
        p.chunkSize = chunk;
        p.maxLinks = maxLinks;
    }
    MemoryBlockStore store;
    Importer importer(p, &store);
    const QByteArray content = pt::test::chacha20Keystream("export", size);
    Result<ImportedNode> node = importer.importBytes(content);
    QVERIFY(node);

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    Exporter exporter(&store);
    Result<ExportStats> stats = exporter.exportFile(node->cid, &out);
    QVERIFY2(stats, stats ? "" : qPrintable(stats.error().message));
    QVERIFY(out.data() == content);
    QCOMPARE(stats->fileBytes, size);
    QCOMPARE(stats->blocks, qint64(store.blocks().size()));

    QTemporaryDir tmp;
    const QString target = tmp.filePath(u"out.bin"_s);
    Result<ExportStats> toDisk = exporter.exportTo(node->cid, target);
    QVERIFY2(toDisk, toDisk ? "" : qPrintable(toDisk.error().message));
    QVERIFY(readFile(target) == content);
    QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{u"out.bin"_s}); // no temporary left behind
}

void TestExporter::treeRoundTrip_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<qint64>("hamtThreshold");
    QTest::newRow("kubo-v0 basic") << u"kubo-v0"_s << qint64(262144);
    QTest::newRow("kubo-v1 basic") << u"kubo-v1"_s << qint64(262144);
    QTest::newRow("unixfs-v1-2025 basic") << u"unixfs-v1-2025"_s << qint64(262144);
    // A tiny threshold turns every directory with a few entries into a HAMT shard.
    QTest::newRow("kubo-v0 HAMT") << u"kubo-v0"_s << qint64(100);
    QTest::newRow("unixfs-v1-2025 HAMT") << u"unixfs-v1-2025"_s << qint64(100);
}

void TestExporter::treeRoundTrip()
{
    QFETCH(QString, profile);
    QFETCH(qint64, hamtThreshold);
    QTemporaryDir tmp;
    const QString src = tmp.filePath(u"src"_s);
    QVERIFY(QDir().mkpath(src + u"/nested/deeper/deepest"_s));
    QVERIFY(QDir().mkpath(src + u"/empty dir"_s));
    QVERIFY(writeFile(src + u"/hello.txt"_s, "hello world"));
    QVERIFY(writeFile(src + u"/nested/Ünïcødé 日本語 😀.bin"_s,
                      pt::test::chacha20Keystream("u", 300000)));
    QVERIFY(writeFile(src + u"/nested/deeper/empty"_s, QByteArray()));
    QVERIFY(writeFile(src + u"/nested/deeper/deepest/x"_s, "x"));
    for (int i = 0; i < 300; ++i) // enough entries for several HAMT levels at a low threshold
        QVERIFY(writeFile(src + u"/nested/many-%1"_s.arg(i), QByteArray::number(i)));

    ImportProfile p = *ImportProfile::byName(profile);
    p.hamtThreshold = hamtThreshold;
    MemoryBlockStore store;
    Importer importer(p, &store);
    Result<ImportedNode> root = importer.importPath(src);
    QVERIFY2(root, root ? "" : qPrintable(root.error().message));
    if (hamtThreshold < 1000) {
        PbNode node = *decodePbNode(store.blocks().value(root->cid));
        QCOMPARE(decodeUnixfsData(*node.data)->type, UnixfsType::HAMTShard);
    }

    Exporter exporter(&store);
    const QString dst = tmp.filePath(u"dst"_s);
    Result<ExportStats> stats = exporter.exportTo(root->cid, dst);
    QVERIFY2(stats, stats ? "" : qPrintable(stats.error().message));
    QCOMPARE(snapshot(dst), snapshot(src));
    Result<ExportStats> checked = Exporter(&store).verifyDag(root->cid);
    QVERIFY(checked);
    QCOMPARE(checked->files, 304);
    QCOMPARE(checked->fileBytes, stats->fileBytes);
    QCOMPARE(stats->files, 304);
    QCOMPARE(stats->directories, 5);
}

void TestExporter::malformed_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("corrupt leaf") << 0 << int(pt::Error::VerifyFailed)
                                  << u"does not match its CID"_s;
    QTest::newRow("missing block") << 1 << int(pt::Error::NotFound) << u"is missing"_s;
    QTest::newRow("filesize disagrees")
        << 2 << int(pt::Error::VerifyFailed) << u"filesize 13 disagrees"_s;
    QTest::newRow("blocksize disagrees")
        << 3 << int(pt::Error::VerifyFailed) << u"blocksizes says 6"_s;
    QTest::newRow("name ..") << 4 << int(pt::Error::InvalidInput) << u"'..' would leave"_s;
    QTest::newRow("name .") << 5 << int(pt::Error::InvalidInput) << u"'.' would leave"_s;
    QTest::newRow("name with /") << 6 << int(pt::Error::InvalidInput) << u"path separator"_s;
    QTest::newRow("name with \\") << 7 << int(pt::Error::InvalidInput) << u"path separator"_s;
    QTest::newRow("name with NUL") << 8 << int(pt::Error::InvalidInput) << u"NUL"_s;
    QTest::newRow("empty name") << 9 << int(pt::Error::InvalidInput) << u"empty name"_s;
    QTest::newRow("absolute name") << 10 << int(pt::Error::InvalidInput) << u"path separator"_s;
    QTest::newRow("unsupported hash") << 11 << int(pt::Error::Unsupported) << u"cannot verify"_s;
    QTest::newRow("oversized block")
        << 12 << int(pt::Error::InvalidInput) << u"over the 2097152-byte limit"_s;
    QTest::newRow("duplicate names")
        << 13 << int(pt::Error::InvalidInput) << u"two entries named"_s;
    QTest::newRow("HAMT entry in wrong bucket")
        << 14 << int(pt::Error::InvalidInput) << u"its hash says otherwise"_s;
    QTest::newRow("loop (hash checks bypassed)") << 15 << int(pt::Error::InvalidInput) << u"loop"_s;
    QTest::newRow("symlink") << 16 << int(pt::Error::Unsupported) << u"symlink"_s;
    QTest::newRow("HAMT bitfield disagrees") << 17 << int(pt::Error::InvalidInput) << u"bits set"_s;
}

void TestExporter::malformed()
{
    QFETCH(int, which);
    QFETCH(int, code);
    QFETCH(QString, message);
    FakeSource src;
    const Cid hello = putRaw(src, "hello ");
    const Cid world = putRaw(src, "world!");
    Cid root;
    switch (which) {
    case 0: // a leaf whose bytes were swapped in transit
        src.blocks[world] = "w0rld!";
        root = putNode(src, dirNode({{"f", putNode(src, fileNode({{hello, 6}, {world, 6}}, 12))}}));
        break;
    case 1:
        src.blocks.remove(world);
        root = putNode(src, fileNode({{hello, 6}, {world, 6}}, 12));
        break;
    case 2:
        root = putNode(src, fileNode({{hello, 6}, {world, 6}}, 13));
        break;
    case 3: // blocksizes sum to filesize, but the child really holds 7 bytes
        root = putNode(src, fileNode({{hello, 6}, {putRaw(src, "world!!"), 6}}, 12));
        break;
    case 4:
        root = putNode(src, dirNode({{"..", hello}}));
        break;
    case 5:
        root = putNode(src, dirNode({{".", hello}}));
        break;
    case 6:
        root = putNode(src, dirNode({{"a/b", hello}}));
        break;
    case 7:
        root = putNode(src, dirNode({{"a\\b", hello}}));
        break;
    case 8:
        root = putNode(src, dirNode({{QByteArray("a\0b", 3), hello}}));
        break;
    case 9:
        root = putNode(src, dirNode({{"", hello}}));
        break;
    case 10:
        root = putNode(src, dirNode({{"/etc", hello}}));
        break;
    case 11: {
        const Cid sha3 = Cid::v1(Codec::Raw, Multihash(HashCode::Sha3_256, QByteArray(32, 'a')));
        src.blocks.insert(sha3, "anything");
        root = putNode(src, dirNode({{"f", sha3}}));
        break;
    }
    case 12:
        root = putRaw(src, QByteArray(kMaxBlockSize + 1, 'x'));
        break;
    case 13:
        root = putNode(src, dirNode({{"a", hello}, {"a", world}}));
        break;
    case 14: { // a shard whose only entry sits in bucket 00 whatever its hash
        PbNode shard;
        shard.links.append(PbLink{hello, QByteArray("00name"), 6});
        UnixfsData data;
        data.type = UnixfsType::HAMTShard;
        data.data = QByteArray("\x01", 1);
        data.hashType = 0x22;
        data.fanout = 256;
        shard.data = encodeUnixfsData(data);
        root = putNode(src, shard);
        QVERIFY(hamtHash("name").at(0) != '\0');
        break;
    }
    case 15: { // only reachable with a broken hash: A -> B -> A
        const Cid a = Cid::forBlock(1, Codec::DagPb, "A");
        const Cid b = Cid::forBlock(1, Codec::DagPb, "B");
        src.blocks.insert(a, encodePbNode(dirNode({{"b", b}})));
        src.blocks.insert(b, encodePbNode(dirNode({{"a", a}})));
        root = a;
        break;
    }
    case 16: {
        PbNode link;
        UnixfsData data;
        data.type = UnixfsType::Symlink;
        data.data = QByteArray("/etc/passwd");
        link.data = encodeUnixfsData(data);
        root = putNode(src, dirNode({{"l", putNode(src, link)}}));
        break;
    }
    case 17: {
        PbNode shard;
        shard.links.append(PbLink{hello, QByteArray("00a"), 6});
        UnixfsData data;
        data.type = UnixfsType::HAMTShard;
        data.data = QByteArray("\x03", 1); // two bits, one link
        data.hashType = 0x22;
        data.fanout = 256;
        shard.data = encodeUnixfsData(data);
        root = putNode(src, shard);
        break;
    }
    }

    QTemporaryDir tmp;
    const QString target = tmp.filePath(u"out"_s);
    Exporter exporter(&src);
    if (which == 15)
        exporter.m_skipHashCheck = true;
    Result<ExportStats> r = exporter.exportTo(root, target);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QCOMPARE(int(r.error().code), code);
    if (which != 12 && which != 15)
        QVERIFY2(r.error().message.contains(u"bafy"_s) || r.error().message.contains(u"bafk"_s),
                 qPrintable(r.error().message)); // names the CID
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());

    // The dry run refuses the same DAG for the same reason.
    Exporter checker(&src);
    checker.m_skipHashCheck = which == 15;
    Result<ExportStats> checked = checker.verifyDag(root);
    QVERIFY(!checked);
    QCOMPARE(checked.error().message, r.error().message);
}

void TestExporter::identityAndDryRun()
{
    // Identity CIDs carry their block inline: nothing to fetch.
    FakeSource src;
    const Cid inlineFile = Cid::v1(Codec::Raw, *Multihash::identityOf("inline"));
    const Cid root =
        putNode(src, dirNode({{"i.txt", inlineFile}, {"h.txt", putRaw(src, "hello")}}));
    Exporter exporter(&src);
    Result<ExportStats> checked = exporter.verifyDag(root);
    QVERIFY2(checked, checked ? "" : qPrintable(checked.error().message));
    QCOMPARE(checked->files, 2);
    QCOMPARE(checked->fileBytes, 11);
    QCOMPARE(checked->directories, 1);
    QTemporaryDir tmp;
    Result<ExportStats> written = exporter.exportTo(root, tmp.filePath(u"out"_s));
    QVERIFY(written);
    QCOMPARE(readFile(tmp.filePath(u"out/i.txt"_s)), QByteArray("inline"));
    QCOMPARE(readFile(tmp.filePath(u"out/h.txt"_s)), QByteArray("hello"));
}

void TestExporter::refusesExistingTarget()
{
    MemoryBlockStore store;
    Importer importer(ImportProfile::kuboV0(), &store);
    Result<ImportedNode> node = importer.importBytes("hello");
    QVERIFY(node);
    QTemporaryDir tmp;
    const QString target = tmp.filePath(u"exists"_s);
    QVERIFY(writeFile(target, "keep me"));
    Exporter exporter(&store);
    Result<ExportStats> r = exporter.exportTo(node->cid, target);
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(u"already exists"_s));
    QCOMPARE(readFile(target), QByteArray("keep me"));
}

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
