// UnixFS importer against every vector of docs/IPFS.md §2 (Kubo's bytes).
#include "core/ipfs/dagpb.h"
#include "core/ipfs/importer.h"
#include "core/ipfs/murmur3.h"
#include "core/ipfs/unixfs.h"
#include "tests/ipfs/keystreamdevice.h"
#include "tests/support/testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace pt::ipfs;
using pt::Result;
using namespace Qt::StringLiterals;

namespace {

ImportProfile profileNamed(const QString &name)
{
    if (name == "v1-dagpb-leaves"_L1) { // `ipfs add --cid-version=1 --raw-leaves=false`
        ImportProfile p = ImportProfile::kuboV1();
        p.name = name;
        p.rawLeaves = false;
        return p;
    }
    Result<ImportProfile> p = ImportProfile::byName(name);
    if (!p)
        qFatal("unknown profile in test data");
    return *p;
}

QByteArray hamtNameAlphabet()
{
    return QByteArrayLiteral("abcdefghijklmnopqrstuvwxyz01234567890-_"); // 39 characters
}

// Names as Kubo's createDeterministicFiles makes them: one keystream byte per character.
QList<QByteArray> hamtNames(const QByteArray &seed, int count, int length, int lastLength)
{
    const qint64 total = qint64(count - 1) * length + lastLength;
    const QByteArray stream = pt::test::chacha20Keystream(seed, total);
    const QByteArray alphabet = hamtNameAlphabet();
    QList<QByteArray> names;
    qint64 pos = 0;
    for (int i = 0; i < count; ++i) {
        const int len = i == count - 1 ? lastLength : length;
        QByteArray name(len, Qt::Uninitialized);
        for (int k = 0; k < len; ++k)
            name[k] = alphabet.at(uchar(stream.at(pos + k)) % alphabet.size());
        pos += len;
        names.append(name);
    }
    return names;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private slots:
    void profiles();
    void murmur3Vectors();
    void keystreamMatchesKubo();
    void smallFiles_data();
    void smallFiles();
    void emptyDirectory_data();
    void emptyDirectory();
    void profileFixtures_data();
    void profileFixtures();
    void hamtFixtures_data();
    void hamtFixtures();
    void hamtFixtureFromDisk();
    void layoutShape();
    void blocksReachSink();
    void directoryTree();
    void refusesSymlinksAndSpecialFiles();
};

void TestImporter::profiles()
{
    QCOMPARE(ImportProfile::names(),
             QStringList({u"kubo-v0"_s, u"kubo-v1"_s, u"unixfs-v1-2025"_s}));
    const ImportProfile v0 = *ImportProfile::byName(u"kubo-v0"_s);
    QCOMPARE(v0.cidVersion, 0);
    QCOMPARE(v0.chunkSize, 262144);
    QCOMPARE(v0.maxLinks, 174);
    QVERIFY(!v0.rawLeaves);
    QCOMPARE(v0.hamtEstimate, HamtEstimate::Links);
    const ImportProfile v1 = *ImportProfile::byName(u"kubo-v1"_s);
    QCOMPARE(v1.cidVersion, 1);
    QVERIFY(v1.rawLeaves);
    QCOMPARE(v1.chunkSize, 262144);
    const ImportProfile v25 = *ImportProfile::byName(u"unixfs-v1-2025"_s);
    QCOMPARE(v25.chunkSize, 1048576);
    QCOMPARE(v25.maxLinks, 1024);
    QCOMPARE(v25.hamtEstimate, HamtEstimate::Block);
    QCOMPARE(v25.hamtThreshold, 262144);
    QCOMPARE(ImportProfile::byName(u"default"_s)->name, u"kubo-v0"_s);
    Result<ImportProfile> bad = ImportProfile::byName(u"kubo-v2"_s);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, pt::Error::InvalidInput);
    QVERIFY2(bad.error().message.contains(u"kubo-v0, kubo-v1, unixfs-v1-2025"_s),
             qPrintable(bad.error().message));
}

void TestImporter::murmur3Vectors()
{
    // Reference values of MurmurHash3_x64_128 (seed 0) from the original C++ implementation.
    QCOMPARE(murmur3x64_128("", 0).h1, 0ULL);
    QCOMPARE(murmur3x64_128("", 0).h2, 0ULL);
    QCOMPARE(murmur3x64_128("hello", 0).h1, 0xcbd8a7b341bd9b02ULL);
    QCOMPARE(murmur3x64_128("hello", 0).h2, 0x5b1e906a48ae1d19ULL);
    QCOMPARE(hamtHash("hello").toHex(), QByteArray("cbd8a7b341bd9b02"));
}

void TestImporter::keystreamMatchesKubo()
{
    // The streaming generator equals the support helper (which the fixture vectors validate).
    const QByteArray whole = pt::test::chacha20Keystream("chunk-v0-seed", 300000);
    pt::test::KeystreamDevice dev("chunk-v0-seed", 300000);
    QVERIFY(dev.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    QByteArray streamed;
    while (!dev.atEnd())
        streamed += dev.read(7777);
    QCOMPARE(streamed.size(), whole.size());
    QVERIFY(streamed == whole);
    // RFC 7539 §2.4.2-style sanity: first bytes are deterministic (pinned here).
    QCOMPARE(whole.size(), 300000);
}

void TestImporter::smallFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("cid");
    const QByteArray hw("hello world");
    const QByteArray hwn("hello world\n");
    QTest::newRow("hello world kubo-v0")
        << hw << u"kubo-v0"_s << u"Qmf412jQZiuVUtdgnB36FXFX7xg5V6KEbSJ4dpQuhkLyfD"_s;
    QTest::newRow("hello world kubo-v1 (raw)")
        << hw << u"kubo-v1"_s << u"bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e"_s;
    QTest::newRow("hello world unixfs-v1-2025 (raw)")
        << hw << u"unixfs-v1-2025"_s
        << u"bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e"_s;
    QTest::newRow("hello world v1 dag-pb leaves")
        << hw << u"v1-dagpb-leaves"_s
        << u"bafybeihykld7uyxzogax6vgyvag42y7464eywpf55gxi5qpoisibh3c5wa"_s;
    QTest::newRow("hello world\\n kubo-v0")
        << hwn << u"kubo-v0"_s << u"QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"_s;
    QTest::newRow("hello world\\n kubo-v1 (raw)")
        << hwn << u"kubo-v1"_s << u"bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4"_s;
    QTest::newRow("hello world\\n unixfs-v1-2025 (raw)")
        << hwn << u"unixfs-v1-2025"_s
        << u"bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4"_s;
    QTest::newRow("empty kubo-v0")
        << QByteArray() << u"kubo-v0"_s << u"QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH"_s;
    QTest::newRow("empty v1 dag-pb leaves")
        << QByteArray() << u"v1-dagpb-leaves"_s
        << u"bafybeif7ztnhq65lumvvtr4ekcwd2ifwgm3awq4zfr3srh462rwyinlb4y"_s;
    QTest::newRow("empty kubo-v1 (raw)")
        << QByteArray() << u"kubo-v1"_s
        << u"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"_s;
    QTest::newRow("empty unixfs-v1-2025 (raw)")
        << QByteArray() << u"unixfs-v1-2025"_s
        << u"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"_s;
}

void TestImporter::smallFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, profile);
    QFETCH(QString, cid);
    MemoryBlockStore store;
    Importer importer(profileNamed(profile), &store);
    Result<ImportedNode> node = importer.importBytes(content);
    QVERIFY2(node, node ? "" : qPrintable(node.error().message));
    QCOMPARE(node->cid.toString(), cid);
    QCOMPARE(node->contentSize, quint64(content.size()));
    QCOMPARE(store.blocks().size(), 1);
    QCOMPARE(node->dagSize, quint64(store.blocks().value(node->cid).size()));
    if (content.isEmpty() && profile == "kubo-v0"_L1)
        QCOMPARE(store.blocks().value(node->cid).toHex(' '), QByteArray("0a 04 08 02 18 00"));

    // The same through a file on disk (importPath), whose name must not matter.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"some-name.txt"_s);
    QVERIFY(writeFile(path, content));
    Importer fromDisk(profileNamed(profile));
    Result<ImportedNode> disk = fromDisk.importPath(path);
    QVERIFY(disk);
    QCOMPARE(disk->cid.toString(), cid);
}

void TestImporter::emptyDirectory_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("cid");
    QTest::newRow("kubo-v0") << u"kubo-v0"_s << u"QmUNLLsPACCz1vLxQVkXqqLX5R1X345qqfHbsf67hvA3Nn"_s;
    QTest::newRow("kubo-v1") << u"kubo-v1"_s
                             << u"bafybeiczsscdsbs7ffqz55asqdf3smv6klcw3gofszvwlyarci47bgf354"_s;
    QTest::newRow("unixfs-v1-2025")
        << u"unixfs-v1-2025"_s << u"bafybeiczsscdsbs7ffqz55asqdf3smv6klcw3gofszvwlyarci47bgf354"_s;
}

void TestImporter::emptyDirectory()
{
    QFETCH(QString, profile);
    QFETCH(QString, cid);
    Importer importer(profileNamed(profile));
    Result<ImportedNode> built = importer.buildDirectory({});
    QVERIFY(built);
    QCOMPARE(built->cid.toString(), cid);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"empty"_s));
    Result<ImportedNode> disk = importer.importPath(dir.filePath(u"empty"_s));
    QVERIFY(disk);
    QCOMPARE(disk->cid.toString(), cid);
}

void TestImporter::profileFixtures_data()
{
    QTest::addColumn<QByteArray>("seed");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("cid");
    QTest::newRow("chunk-v0-seed 262144 kubo-v0")
        << QByteArray("chunk-v0-seed") << qint64(262144) << u"kubo-v0"_s
        << u"QmWmRj3dFDZdb6ABvbmKhEL6TmPbAfBZ1t5BxsEyJrcZhE"_s;
    QTest::newRow("chunk-v0-seed 262145 kubo-v0")
        << QByteArray("chunk-v0-seed") << qint64(262145) << u"kubo-v0"_s
        << u"QmYyLxtzZyW22zpoVAtKANLRHpDjZtNeDjQdJrcQNWoRkJ"_s;
    QTest::newRow("chunk-v1-seed 1048576 unixfs-v1-2025")
        << QByteArray("chunk-v1-seed") << qint64(1048576) << u"unixfs-v1-2025"_s
        << u"bafkreiacndfy443ter6qr2tmbbdhadvxxheowwf75s6zehscklu6ezxmta"_s;
    QTest::newRow("chunk-v1-seed 1048577 unixfs-v1-2025")
        << QByteArray("chunk-v1-seed") << qint64(1048577) << u"unixfs-v1-2025"_s
        << u"bafybeigmix7t42i6jacydtquhet7srwvgpizfg7gjbq7627d35mjomtu64"_s;
    QTest::newRow("v0-seed 174x262144 kubo-v0 (max links)")
        << QByteArray("v0-seed") << qint64(174) * 262144 << u"kubo-v0"_s
        << u"QmUbBALi174SnogsUzLpYbD4xPiBSFANF4iztWCsHbMKh2"_s;
    QTest::newRow("v0-seed 174x262144+1 kubo-v0 (rebalanced)")
        << QByteArray("v0-seed") << qint64(174) * 262144 + 1 << u"kubo-v0"_s
        << u"QmV81WL765sC8DXsRhE5fJv2rwhS4icHRaf3J9Zk5FdRnW"_s;
    // The two big ones (1 GiB streamed from a generator, never held in memory).
    QTest::newRow("BIG v1-2025-seed 1024MiB unixfs-v1-2025 (max links)")
        << QByteArray("v1-2025-seed") << qint64(1024) * 1048576 << u"unixfs-v1-2025"_s
        << u"bafybeihmf37wcuvtx4hpu7he5zl5qaf2ineo2lqlfrapokkm5zzw7zyhvm"_s;
    QTest::newRow("BIG v1-2025-seed 1024MiB+1 unixfs-v1-2025 (rebalanced)")
        << QByteArray("v1-2025-seed") << qint64(1024) * 1048576 + 1 << u"unixfs-v1-2025"_s
        << u"bafybeibdsi225ugbkmpbdohnxioyab6jsqrmkts3twhpvfnzp77xtzpyhe"_s;
}

void TestImporter::profileFixtures()
{
    QFETCH(QByteArray, seed);
    QFETCH(qint64, size);
    QFETCH(QString, profile);
    QFETCH(QString, cid);
    pt::test::KeystreamDevice dev(seed, size);
    QVERIFY(dev.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    Importer importer(profileNamed(profile));
    QElapsedTimer timer;
    timer.start();
    Result<ImportedNode> node = importer.importFile(&dev, QString::fromLatin1(seed));
    QVERIFY2(node, node ? "" : qPrintable(node.error().message));
    QCOMPARE(node->contentSize, quint64(size));
    QCOMPARE(node->cid.toString(), cid);
    if (size > 100 * 1048576)
        qInfo("%s: %lld MiB in %lld ms", QTest::currentDataTag(), size >> 20, timer.elapsed());
}

void TestImporter::hamtFixtures_data()
{
    QTest::addColumn<QByteArray>("seed");
    QTest::addColumn<int>("files");
    QTest::addColumn<int>("nameLength");
    QTest::addColumn<int>("lastNameLength");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("sharded");
    QTest::addColumn<QString>("cid");
    QTest::newRow("v0 4096x30 plain (links estimate = 262144)")
        << QByteArray("hamt-unixfs-v0-2015") << 4096 << 30 << 30 << u"kubo-v0"_s << false
        << u"QmX5GtRk3TSSEHtdrykgqm4eqMEn3n2XhfkFAis5fjyZmN"_s;
    QTest::newRow("v0 4033x31 HAMT (links estimate = 262145)")
        << QByteArray("hamt-unixfs-v0-2015") << 4033 << 31 << 31 << u"kubo-v0"_s << true
        << u"QmeMiJzmhpJAUgynAcxTQYek5PPKgdv3qEvFsdV3XpVnvP"_s;
    QTest::newRow("v1-2025 4766x11 last 21 plain (block = 262144)")
        << QByteArray("hamt-unixfs-v1-2025") << 4766 << 11 << 21 << u"unixfs-v1-2025"_s << false
        << u"bafybeic3h7rwruealwxkacabdy45jivq2crwz6bufb5ljwupn36gicplx4"_s;
    QTest::newRow("v1-2025 4766x11 last 22 HAMT (block = 262145)")
        << QByteArray("hamt-unixfs-v1-2025") << 4766 << 11 << 22 << u"unixfs-v1-2025"_s << true
        << u"bafybeiegvuterwurhdtkikfhbxcldohmxp566vpjdofhzmnhv6o4freidu"_s;
}

void TestImporter::hamtFixtures()
{
    QFETCH(QByteArray, seed);
    QFETCH(int, files);
    QFETCH(int, nameLength);
    QFETCH(int, lastNameLength);
    QFETCH(QString, profile);
    QFETCH(bool, sharded);
    QFETCH(QString, cid);
    MemoryBlockStore store;
    Importer importer(profileNamed(profile), &store);
    Result<ImportedNode> x = importer.importBytes("x");
    QVERIFY(x);
    QList<DirectoryEntry> entries;
    for (const QByteArray &name : hamtNames(seed, files, nameLength, lastNameLength))
        entries.append(DirectoryEntry{name, *x});
    Result<ImportedNode> dir = importer.buildDirectory(entries);
    QVERIFY2(dir, dir ? "" : qPrintable(dir.error().message));
    QCOMPARE(dir->files, qint64(files));
    const QByteArray rootBlock = store.blocks().value(dir->cid);
    Result<PbNode> root = decodePbNode(rootBlock);
    QVERIFY(root);
    Result<UnixfsData> data = decodeUnixfsData(root->data.value_or(QByteArray()));
    QVERIFY(data);
    QCOMPARE(data->type, sharded ? UnixfsType::HAMTShard : UnixfsType::Directory);
    if (!sharded)
        QCOMPARE(root->links.size(), files);
    QCOMPARE(dir->cid.toString(), cid);
}

void TestImporter::hamtFixtureFromDisk()
{
    // The same HAMT vector through importPath: real files, a real directory walk.
    QTemporaryDir tmp;
    const QString root = tmp.filePath(u"hamt"_s);
    QVERIFY(QDir().mkdir(root));
    for (const QByteArray &name : hamtNames("hamt-unixfs-v0-2015", 4033, 31, 31))
        QVERIFY(writeFile(root + u'/' + QString::fromLatin1(name), "x"));
    Importer importer(ImportProfile::kuboV0());
    Result<ImportedNode> dir = importer.importPath(root);
    QVERIFY2(dir, dir ? "" : qPrintable(dir.error().message));
    QCOMPARE(dir->cid.toString(), u"QmeMiJzmhpJAUgynAcxTQYek5PPKgdv3qEvFsdV3XpVnvP"_s);
    QCOMPARE(dir->files, 4033);
}

void TestImporter::layoutShape()
{
    // Small chunks and fan-out make a deep balanced tree cheaply: 3 links, 10 bytes/chunk.
    ImportProfile p = ImportProfile::kuboV0();
    p.chunkSize = 10;
    p.maxLinks = 3;
    struct Case
    {
        int chunks;
        QList<int> rootLinks; // links of the root's children (-1 = leaf)
    };
    // n=1: root is the leaf; n=3: one level; n=4: [3,1]; n=10: depth 3 = [9 leaves, chain of 1].
    const QList<QPair<int, int>> cases = {{1, 0}, {2, 2},  {3, 3},  {4, 2},
                                          {9, 3}, {10, 2}, {27, 3}, {28, 2}};
    for (const auto &[chunks, links] : cases) {
        MemoryBlockStore store;
        Importer importer(p, &store);
        const QByteArray content = pt::test::chacha20Keystream("layout", chunks * 10);
        Result<ImportedNode> node = importer.importBytes(content);
        QVERIFY(node);
        Result<PbNode> root = decodePbNode(store.blocks().value(node->cid));
        QVERIFY(root);
        QCOMPARE(root->links.size(), links);
        for (const PbLink &l : std::as_const(root->links)) {
            QVERIFY(l.name.has_value());
            QVERIFY(l.name->isEmpty());
            QVERIFY(l.tsize.has_value());
        }
        QCOMPARE(node->contentSize, quint64(chunks * 10));
        // Tsize of the root = every block below it.
        quint64 total = 0;
        for (const QByteArray &b : store.blocks())
            total += quint64(b.size());
        QCOMPARE(node->dagSize, total);
    }
    // 10 chunks with 3 links: root [full 9-leaf subtree, one-child chain to the last leaf].
    MemoryBlockStore store;
    Importer importer(p, &store);
    Result<ImportedNode> node = importer.importBytes(pt::test::chacha20Keystream("layout", 100));
    QVERIFY(node);
    PbNode root = *decodePbNode(store.blocks().value(node->cid));
    PbNode second = *decodePbNode(store.blocks().value(root.links.at(1).hash));
    QCOMPARE(second.links.size(), 1);
    PbNode third = *decodePbNode(store.blocks().value(second.links.at(0).hash));
    QCOMPARE(third.links.size(), 1);
    UnixfsData rootData = *decodeUnixfsData(*root.data);
    QCOMPARE(rootData.blocksizes, QList<quint64>({90, 10}));
    QCOMPARE(rootData.filesize, 100u);
}

void TestImporter::blocksReachSink()
{
    MemoryBlockStore store;
    Importer importer(ImportProfile::kuboV1(), &store);
    const QByteArray content = pt::test::chacha20Keystream("sink", 3 * 262144 + 5);
    Result<ImportedNode> node = importer.importBytes(content);
    QVERIFY(node);
    QCOMPARE(store.blocks().size(), 5); // 4 raw leaves + 1 root
    for (auto it = store.blocks().cbegin(); it != store.blocks().cend(); ++it)
        QVERIFY(it.key().verify(it.value()));
    QCOMPARE(node->blocks, 5);
}

void TestImporter::directoryTree()
{
    QTemporaryDir tmp;
    const QString a = tmp.filePath(u"a"_s);
    const QString b = tmp.filePath(u"some other name"_s);
    for (const QString &root : {a, b}) {
        QVERIFY(QDir().mkpath(root + u"/sub/deeper"_s));
        QVERIFY(writeFile(root + u"/hello.txt"_s, "hello world"));
        QVERIFY(writeFile(root + u"/sub/Ünïcødé ✓.txt"_s, "unicode"));
        QVERIFY(writeFile(root + u"/sub/deeper/empty"_s, QByteArray()));
        QVERIFY(writeFile(root + u"/.hidden"_s, "secret"));
    }
    Importer importer(ImportProfile::kuboV0());
    Result<ImportedNode> ra = importer.importPath(a);
    Result<ImportedNode> rb = importer.importPath(b);
    QVERIFY(ra && rb);
    QCOMPARE(ra->cid, rb->cid); // a directory's own name never affects its CID
    QCOMPARE(ra->files, 3);
    QCOMPARE(importer.skippedHidden(), 2);
    Importer withHidden(ImportProfile::kuboV0());
    withHidden.setIncludeHidden(true);
    Result<ImportedNode> rh = withHidden.importPath(a);
    QVERIFY(rh);
    QVERIFY(rh->cid != ra->cid);
    QCOMPARE(rh->files, 4);
    // Names sorted by bytes: "B" < "a" < "b" < "é".
    MemoryBlockStore store;
    Importer sorted(ImportProfile::kuboV1(), &store);
    Result<ImportedNode> x = sorted.importBytes("x");
    QVERIFY(x);
    Result<ImportedNode> dir =
        sorted.buildDirectory({{"\xc3\xa9", *x}, {"b", *x}, {"a", *x}, {"B", *x}});
    QVERIFY(dir);
    PbNode node = *decodePbNode(store.blocks().value(dir->cid));
    QCOMPARE(node.links.at(0).name, QByteArray("B"));
    QCOMPARE(node.links.at(1).name, QByteArray("a"));
    QCOMPARE(node.links.at(2).name, QByteArray("b"));
    QCOMPARE(node.links.at(3).name, QByteArray("\xc3\xa9"));
    QCOMPARE(*decodePbNode(store.blocks().value(dir->cid))->data, QByteArray("\x08\x01"));
    // Invalid entries are refused.
    QVERIFY(!sorted.buildDirectory({{"a/b", *x}}));
    QVERIFY(!sorted.buildDirectory({{"..", *x}}));
    QVERIFY(!sorted.buildDirectory({{"a", *x}, {"a", *x}}));
}

void TestImporter::refusesSymlinksAndSpecialFiles()
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(u"tree"_s);
    QVERIFY(QDir().mkdir(root));
    QVERIFY(writeFile(root + u"/file"_s, "x"));
    QCOMPARE(::symlink("file", QFile::encodeName(root + u"/link"_s).constData()), 0);

    // Stored as Kubo does: dag-pb, Data = {Type=Symlink, Data="file"}, no filesize.
    MemoryBlockStore store;
    Importer importer(ImportProfile::kuboV0(), &store);
    Result<ImportedNode> link = importer.importPath(root + u"/link"_s);
    QVERIFY2(link, link ? "" : qPrintable(link.error().message));
    QCOMPARE(store.blocks().value(link->cid).toHex(' '),
             QByteArray("0a 08 08 04 12 04 66 69 6c 65"));
    QCOMPARE(link->cid.version(), 0);
    QVERIFY(importer.importPath(root));
    QCOMPARE(importer.symlinksStored(), 2);

    Importer refusing(ImportProfile::kuboV0());
    refusing.setSymlinks(Importer::Symlinks::Refuse);
    Result<ImportedNode> r = refusing.importPath(root);
    QVERIFY(!r);
    QCOMPARE(r.error().code, pt::Error::Unsupported);
    QVERIFY2(r.error().message.contains(u"symbolic link"_s), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(u"/link"_s));
    QVERIFY(QFile::remove(root + u"/link"_s));
    QVERIFY(refusing.importPath(root));

    const QByteArray fifo = QFile::encodeName(root + u"/fifo"_s);
    QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
    r = importer.importPath(root);
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(u"not a regular file"_s), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(u"/fifo"_s));
    QVERIFY(!importer.importPath(tmp.filePath(u"missing"_s)));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
