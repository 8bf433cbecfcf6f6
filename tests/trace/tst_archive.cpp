// core/trace/archive: trace packages as .tar/.tar.gz/.zip. Good archives list and extract
// byte for byte; hostile ones (made here with libarchive's writer) are refused with a precise
// message and leave nothing behind; and the CLI's `trace unpack` gives the matching exit codes.
#include "core/trace/archive.h"
#include "tests/support/clirun.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace Qt::StringLiterals;
using pt::trace::ArchiveEntry;
using pt::trace::ArchiveLimits;

namespace {

enum class Format { Ustar, Pax, PaxGz, Gnu, Zip, ZipStored };

struct Item
{
    Item() = default;
    Item(QByteArray n, QByteArray d = {}, unsigned t = AE_IFREG, QByteArray l = {},
         QByteArray h = {})
        : name(std::move(n)), data(std::move(d)), type(t), link(std::move(l)),
          hardlink(std::move(h))
    {}
    QByteArray name;
    QByteArray data;          // regular file contents
    unsigned type = AE_IFREG; // AE_IFREG, AE_IFDIR, AE_IFLNK, AE_IFCHR, AE_IFIFO
    QByteArray link;          // symlink target
    QByteArray hardlink;      // hard link target
};

} // namespace

Q_DECLARE_METATYPE(Item)

namespace {

// Writes an archive with libarchive's writer, as an attacker would: names and types verbatim.
QByteArray makeArchive(Format format, const QList<Item> &items)
{
    archive *a = archive_write_new();
    switch (format) {
    case Format::Ustar:
        archive_write_set_format_ustar(a);
        break;
    case Format::Pax:
        archive_write_set_format_pax_restricted(a);
        break;
    case Format::PaxGz:
        archive_write_set_format_pax_restricted(a);
        archive_write_add_filter_gzip(a);
        break;
    case Format::Gnu:
        archive_write_set_format_gnutar(a);
        break;
    case Format::Zip:
        archive_write_set_format_zip(a);
        break;
    case Format::ZipStored:
        archive_write_set_format_zip(a);
        archive_write_set_options(a, "zip:compression=store");
        break;
    }
    QByteArray buffer(4 << 20, '\0');
    size_t used = 0;
    archive_write_open_memory(a, buffer.data(), size_t(buffer.size()), &used);
    for (const Item &it : items) {
        archive_entry *e = archive_entry_new();
        archive_entry_copy_pathname(e, it.name.constData());
        archive_entry_set_filetype(e, it.type);
        archive_entry_set_perm(e, it.type == AE_IFDIR ? 0755 : 0644);
        archive_entry_set_mtime(e, 1700000000, 0);
        if (it.type == AE_IFLNK)
            archive_entry_copy_symlink(e, it.link.constData());
        if (!it.hardlink.isEmpty())
            archive_entry_copy_hardlink(e, it.hardlink.constData());
        if (it.type == AE_IFCHR)
            archive_entry_set_rdev(e, makedev(1, 3));
        archive_entry_set_size(e,
                               it.type == AE_IFREG && it.hardlink.isEmpty() ? it.data.size() : 0);
        if (archive_write_header(a, e) < ARCHIVE_WARN)
            qWarning("archive_write_header: %s", archive_error_string(a));
        if (!it.data.isEmpty())
            archive_write_data(a, it.data.constData(), size_t(it.data.size()));
        archive_entry_free(e);
    }
    archive_write_close(a);
    archive_write_free(a);
    buffer.truncate(qsizetype(used));
    return buffer;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList treeOf(const QString &dir)
{
    QStringList names;
    const QDir root(dir);
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        names.append(root.relativeFilePath(it.next()));
    names.sort();
    return names;
}

const QByteArray kMetadata = R"({"trace_id":"coalescent_n5","version":1})";
const QByteArray kTrace = QByteArray(3000, 'T');

QList<Item> goodItems()
{
    return {{"coalescent_n5/", {}, AE_IFDIR},
            {"coalescent_n5/metadata.json", kMetadata},
            {"coalescent_n5/trace.json.gz", kTrace},
            {"./coalescent_n5/sub/README.md", "hello\n"}};
}

} // namespace

class TestArchive : public QObject
{
    Q_OBJECT
private slots:
    void sanitize_data();
    void sanitize();
    void extractsGood_data();
    void extractsGood();
    void refusesHostile_data();
    void refusesHostile();
    void limits();
    void truncatedDataLeavesNothing();
    void existingSymlinkInTarget();
    void neverOverwrites();
    void notAnArchive();
    void cliUnpack();
};

void TestArchive::sanitize_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("clean"); // empty + problem set: refused
    QTest::addColumn<QString>("problem");
    QTest::newRow("plain") << QByteArray("a/b.txt") << u"a/b.txt"_s << QString();
    QTest::newRow("dot prefix") << QByteArray("./a/./b") << u"a/b"_s << QString();
    QTest::newRow("dir slash") << QByteArray("a/b/") << u"a/b"_s << QString();
    QTest::newRow("root") << QByteArray("./") << QString() << QString();
    QTest::newRow("utf8") << QByteArray("θ/π.json") << u"θ/π.json"_s << QString();
    QTest::newRow("dotdot") << QByteArray("../x") << QString() << u"\"..\""_s;
    QTest::newRow("inner dotdot") << QByteArray("a/../../x") << QString() << u"\"..\""_s;
    QTest::newRow("trailing dotdot") << QByteArray("a/..") << QString() << u"\"..\""_s;
    QTest::newRow("absolute") << QByteArray("/etc/passwd") << QString() << u"absolute"_s;
    QTest::newRow("backslash") << QByteArray("a\\..\\x") << QString() << u"backslash"_s;
    QTest::newRow("drive") << QByteArray("C:x") << QString() << u"':'"_s;
    QTest::newRow("nul") << QByteArray("a\0b", 3) << QString() << u"NUL"_s;
    QTest::newRow("control") << QByteArray("a\x1b[2Jb") << QString() << u"control"_s;
    QTest::newRow("empty component") << QByteArray("a//b") << QString() << u"empty component"_s;
    QTest::newRow("bad utf8") << QByteArray("a\xff\xfe") << QString() << u"UTF-8"_s;
    QTest::newRow("overlong utf8 slash") << QByteArray("a\xc0\xaf..") << QString() << u"UTF-8"_s;
    QTest::newRow("empty") << QByteArray() << QString() << u"empty name"_s;
    QTest::newRow("too long") << QByteArray(2000, 'a') << QString() << u"over the limit"_s;
    QTest::newRow("too deep") << QByteArray("a/").repeated(40) + "f" << QString() << u"deep"_s;
}

void TestArchive::sanitize()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, clean);
    QFETCH(QString, problem);
    auto r = pt::trace::sanitizeArchiveName(raw);
    if (problem.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(*r, clean);
    } else {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, pt::Error::InvalidInput);
        QVERIFY2(r.error().message.contains(problem), qPrintable(r.error().message));
    }
}

void TestArchive::extractsGood_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("ustar") << int(Format::Ustar) << u".tar"_s;
    QTest::newRow("pax") << int(Format::Pax) << u".tar"_s;
    QTest::newRow("pax.gz") << int(Format::PaxGz) << u".tar.gz"_s;
    QTest::newRow("gnu") << int(Format::Gnu) << u".tar"_s;
    QTest::newRow("zip") << int(Format::Zip) << u".zip"_s;
}

void TestArchive::extractsGood()
{
    QFETCH(int, format);
    QFETCH(QString, suffix);
    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"pkg"_s + suffix);
    const QByteArray bytes = makeArchive(Format(format), goodItems());
    QVERIFY(writeFile(path, bytes));

    auto listed = pt::trace::listArchive(path);
    QVERIFY2(listed.ok(), qPrintable(listed.error().message));
    QStringList names;
    for (const auto &e : *listed)
        names.append(e.name + (e.type == ArchiveEntry::Directory ? u"/"_s : QString()));
    QCOMPARE(names,
             (QStringList{u"coalescent_n5/"_s, u"coalescent_n5/metadata.json"_s,
                          u"coalescent_n5/trace.json.gz"_s, u"coalescent_n5/sub/README.md"_s}));
    QCOMPARE(listed->at(2).size, kTrace.size());

    auto scanned = pt::trace::scanArchiveMemory(bytes);
    QVERIFY2(scanned.ok(), qPrintable(scanned.error().message));
    QCOMPARE(scanned->size(), 4);

    const QString dest = tmp.filePath(u"out/nested"_s);
    auto written = pt::trace::extractArchive(path, dest);
    QVERIFY2(written.ok(), qPrintable(written.error().message));
    QCOMPARE(treeOf(dest), (QStringList{u"coalescent_n5"_s, u"coalescent_n5/metadata.json"_s,
                                        u"coalescent_n5/sub"_s, u"coalescent_n5/sub/README.md"_s,
                                        u"coalescent_n5/trace.json.gz"_s}));
    QFile meta(dest + u"/coalescent_n5/metadata.json"_s);
    QVERIFY(meta.open(QIODevice::ReadOnly));
    QCOMPARE(meta.readAll(), kMetadata);
    QFile tr(dest + u"/coalescent_n5/trace.json.gz"_s);
    QVERIFY(tr.open(QIODevice::ReadOnly));
    QCOMPARE(tr.readAll(), kTrace);
}

void TestArchive::refusesHostile_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QList<Item>>("items");
    QTest::addColumn<QString>("problem");
    const Item ok{"pkg/metadata.json", kMetadata};
    QTest::newRow("dotdot tar") << int(Format::Pax) << QList<Item>{ok, {"pkg/../../evil.sh", "x"}}
                                << u"\"..\""_s;
    QTest::newRow("dotdot zip") << int(Format::Zip) << QList<Item>{ok, {"../evil.sh", "x"}}
                                << u"\"..\""_s;
    QTest::newRow("absolute tar") << int(Format::Gnu) << QList<Item>{ok, {"/tmp/evil", "x"}}
                                  << u"absolute"_s;
    QTest::newRow("backslash zip")
        << int(Format::Zip) << QList<Item>{ok, {"..\\..\\evil.bat", "x"}} << u"\"..\""_s;
    QTest::newRow("control char") << int(Format::Pax) << QList<Item>{{"a\x07.txt", "x"}}
                                  << u"control"_s;
    QTest::newRow("bad utf8") << int(Format::Ustar) << QList<Item>{{"\xff\xfe.txt", "x"}}
                              << u"UTF-8"_s;
    QTest::newRow("symlink") << int(Format::Pax)
                             << QList<Item>{ok, {"pkg/passwd", {}, AE_IFLNK, "/etc/passwd"}}
                             << u"symbolic link"_s;
    QTest::newRow("symlink zip") << int(Format::Zip)
                                 << QList<Item>{ok, {"pkg/up", {}, AE_IFLNK, "../.."}}
                                 << u"symbolic link"_s;
    QTest::newRow("hardlink") << int(Format::Pax)
                              << QList<Item>{ok, {"pkg/h", {}, AE_IFREG, {}, "/etc/shadow"}}
                              << u"hard link"_s;
    QTest::newRow("char device") << int(Format::Pax) << QList<Item>{ok, {"pkg/null", {}, AE_IFCHR}}
                                 << u"device"_s;
    QTest::newRow("fifo") << int(Format::Ustar) << QList<Item>{ok, {"pkg/fifo", {}, AE_IFIFO}}
                          << u"FIFO"_s;
    QTest::newRow("duplicate") << int(Format::Pax)
                               << QList<Item>{ok, {"pkg/metadata.json", "{\"evil\":1}"}}
                               << u"occurs twice"_s;
    QTest::newRow("duplicate via dot")
        << int(Format::Zip) << QList<Item>{ok, {"./pkg/./metadata.json", "x"}} << u"occurs twice"_s;
    QTest::newRow("file as dir") << int(Format::Pax)
                                 << QList<Item>{ok, {"pkg/metadata.json/x", "x"}}
                                 << u"is a file earlier"_s;
    QTest::newRow("dir over file")
        << int(Format::Pax) << QList<Item>{ok, {"pkg/metadata.json/", {}, AE_IFDIR}}
        << u"also a file"_s;
}

void TestArchive::refusesHostile()
{
    QFETCH(int, format);
    QFETCH(QList<Item>, items);
    QFETCH(QString, problem);
    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"evil.archive"_s);
    QVERIFY(writeFile(path, makeArchive(Format(format), items)));
    const QString dest = tmp.filePath(u"out"_s);

    auto listed = pt::trace::listArchive(path);
    QVERIFY(!listed.ok());
    QVERIFY2(listed.error().message.contains(problem), qPrintable(listed.error().message));
    QVERIFY2(listed.error().message.startsWith(path + u": entry "_s),
             qPrintable(listed.error().message));
    QCOMPARE(listed.error().code, pt::Error::InvalidInput);

    auto written = pt::trace::extractArchive(path, dest);
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(problem), qPrintable(written.error().message));
    QCOMPARE(treeOf(dest), QStringList()); // nothing written, not even the good entry
    QCOMPARE(treeOf(tmp.path()), QStringList{u"evil.archive"_s}); // nothing outside either
}

void TestArchive::limits()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"pkg.tar"_s);
    QList<Item> many;
    for (int i = 0; i < 12; ++i)
        many.append({"f" + QByteArray::number(i), QByteArray(100, 'x')});
    QVERIFY(writeFile(path, makeArchive(Format::Pax, many)));

    ArchiveLimits l;
    l.maxEntries = 10;
    auto r = pt::trace::listArchive(path, l);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"more than 10 entries"_s), qPrintable(r.error().message));

    l = {};
    l.maxEntryBytes = 99;
    r = pt::trace::listArchive(path, l);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"\"f0\": 100 bytes is over the per-file limit of 99"_s),
             qPrintable(r.error().message));

    l = {};
    l.maxTotalBytes = 1150;
    r = pt::trace::listArchive(path, l);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"entry 12 \"f11\": the files add up"_s),
             qPrintable(r.error().message));
    l.maxTotalBytes = 1200;
    QVERIFY(pt::trace::listArchive(path, l).ok());

    l = {};
    l.maxDepth = 3;
    QVERIFY(writeFile(path, makeArchive(Format::Pax, {{"a/b/c/d", "x"}})));
    r = pt::trace::listArchive(path, l);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"4 directories deep"_s), qPrintable(r.error().message));

    // A compressed bomb: 3 MiB of zeros in a few KiB of gzip, over a 1 MiB cap.
    const QByteArray bomb = makeArchive(Format::PaxGz, {{"zeros.bin", QByteArray(3 << 20, '\0')}});
    QVERIFY(bomb.size() < 64 * 1024);
    l = {};
    l.maxEntryBytes = 1 << 20;
    auto s = pt::trace::scanArchiveMemory(bomb, l);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(u"per-file limit"_s), qPrintable(s.error().message));
}

void TestArchive::truncatedDataLeavesNothing()
{
    QTemporaryDir tmp;
    const QString dest = tmp.filePath(u"out"_s);
    // Cut in the data: the header pass already fails, nothing is written.
    const QString path = tmp.filePath(u"cut.tar"_s);
    QByteArray bytes = makeArchive(
        Format::Ustar, {{"pkg/a.json", kMetadata}, {"pkg/big.bin", QByteArray(200000, 'b')}});
    bytes.truncate(512 + 512 + 512 + 100000); // headers fine, the second file's data cut
    QVERIFY(writeFile(path, bytes));
    auto r = pt::trace::extractArchive(path, dest);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"Truncated"_s), qPrintable(r.error().message));
    QCOMPARE(treeOf(dest), QStringList());

    // A stored zip entry whose bytes do not match its CRC: only reading the data finds it, after
    // the first file was written, which must be removed again.
    const QString crc = tmp.filePath(u"crc.zip"_s);
    bytes = makeArchive(Format::ZipStored,
                        {{"pkg/a.json", kMetadata}, {"pkg/big.bin", QByteArray(200000, 'b')}});
    const qsizetype at = bytes.indexOf(QByteArray(64, 'b'));
    QVERIFY(at > 0);
    bytes[at + 1000] = 'c';
    QVERIFY(writeFile(crc, bytes));
    QVERIFY(pt::trace::listArchive(crc).ok());
    r = pt::trace::extractArchive(crc, dest);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"entry 2 \"pkg/big.bin\": the data cannot be read"_s) &&
                 r.error().message.contains(u"removed"_s),
             qPrintable(r.error().message));
    QCOMPARE(treeOf(dest), QStringList());
}

void TestArchive::existingSymlinkInTarget()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"pkg.tar"_s);
    QVERIFY(writeFile(path, makeArchive(Format::Pax, {{"pkg/evil.txt", "x"}})));
    const QString dest = tmp.filePath(u"out"_s);
    const QString outside = tmp.filePath(u"outside"_s);
    QVERIFY(QDir().mkpath(dest));
    QVERIFY(QDir().mkpath(outside));
    QVERIFY(QFile::link(outside, dest + u"/pkg"_s));
    auto r = pt::trace::extractArchive(path, dest);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"symbolic link"_s), qPrintable(r.error().message));
    QCOMPARE(treeOf(outside), QStringList());
}

void TestArchive::neverOverwrites()
{
    QTemporaryDir tmp;
    const QString path = tmp.filePath(u"pkg.zip"_s);
    QVERIFY(writeFile(path, makeArchive(Format::Zip, goodItems())));
    const QString dest = tmp.filePath(u"out"_s);
    QVERIFY(pt::trace::extractArchive(path, dest).ok());
    QVERIFY(writeFile(dest + u"/coalescent_n5/metadata.json"_s, "mine"));
    auto r = pt::trace::extractArchive(path, dest);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(u"already exists"_s), qPrintable(r.error().message));
    QFile f(dest + u"/coalescent_n5/metadata.json"_s);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("mine"));
}

void TestArchive::notAnArchive()
{
    QTemporaryDir tmp;
    auto r = pt::trace::listArchive(tmp.filePath(u"missing.tar"_s));
    QCOMPARE(r.error().code, pt::Error::NotFound);
    const QString junk = tmp.filePath(u"junk.tar.gz"_s);
    QVERIFY(writeFile(junk, QByteArray("\x1f\x8b\x08\x00garbage that is not gzip at all", 36)));
    r = pt::trace::listArchive(junk);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, pt::Error::InvalidInput);
    QVERIFY2(r.error().message.startsWith(junk + u": "_s), qPrintable(r.error().message));
    QVERIFY(!pt::trace::scanArchiveMemory(QByteArray()).ok());
}

void TestArchive::cliUnpack()
{
    QVERIFY2(QFile::exists(pt::test::cliPath()), "build the phasic-traces-cli target first");
    QTemporaryDir tmp;
    const QString good = tmp.filePath(u"pkg.tar.gz"_s);
    QVERIFY(writeFile(good, makeArchive(Format::PaxGz, goodItems())));
    const QString evil = tmp.filePath(u"evil.zip"_s);
    QVERIFY(writeFile(evil, makeArchive(Format::Zip, {{"../evil", "x"}})));

    const auto run = [&](const QStringList &args, QByteArray *stdOut = nullptr,
                         QByteArray *stdErr = nullptr) {
        const pt::test::CliRun r =
            pt::test::runCli(QStringList{u"--cache-dir"_s, tmp.filePath(u"cache"_s)} + args, 60000);
        if (stdOut)
            *stdOut = r.out;
        if (stdErr)
            *stdErr = r.err;
        return r.code;
    };
    QByteArray o, e;
    QCOMPARE(run({u"trace"_s, u"unpack"_s, good, u"--to"_s, tmp.filePath(u"out"_s)}, &o, &e), 0);
    QVERIFY2(o.contains("unpacked 3 file(s)"), o.constData());
    QVERIFY(QFile::exists(tmp.filePath(u"out/coalescent_n5/sub/README.md"_s)));

    QCOMPARE(run({u"trace"_s, u"unpack"_s, good, u"--list"_s, u"--json"_s}, &o), 0);
    QVERIFY2(o.contains("\"name\": \"coalescent_n5/trace.json.gz\""), o.constData());

    QCOMPARE(run({u"trace"_s, u"unpack"_s, evil, u"--to"_s, tmp.filePath(u"out2"_s)}, &o, &e), 2);
    QVERIFY2(e.contains("\"..\""), e.constData());
    QVERIFY(!QFileInfo::exists(tmp.filePath(u"evil"_s)));
    QCOMPARE(run({u"trace"_s, u"unpack"_s, tmp.filePath(u"nope.zip"_s), u"--to"_s, tmp.path()}), 3);
    QCOMPARE(run({u"trace"_s, u"unpack"_s, good}), 2); // no --to
}

QTEST_GUILESS_MAIN(TestArchive)
#include "tst_archive.moc"
