// Our importer against an independent one (Helia's ipfs-unixfs-importer 17.1.1, pinned in
// tests/ipfs/js-importer) on randomized files and trees: sizes around the chunk and
// max-links boundaries, nested and empty directories, unicode names, HAMT-sized directories.
#include "core/ipfs/importer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace pt::ipfs;
using pt::Result;
using namespace Qt::StringLiterals;

class TestImporterCrosscheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void compare_data();
    void compare();

private:
    void writeRandomFile(const QString &path, qint64 size);
    QString makeTree(const QString &root, int depth);
    QString randomName();

    QString m_node;
    QString m_script;
    QTemporaryDir m_tmp;
    QStringList m_paths;
    QRandomGenerator m_rng;
};

void TestImporterCrosscheck::initTestCase()
{
    const QString dir = QStringLiteral(PT_TEST_SOURCE_DIR "/js-importer");
    if (!QFileInfo::exists(dir + u"/node_modules/ipfs-unixfs-importer/package.json"_s))
        QSKIP("the independent importer is not installed: run tests/ipfs/js-importer/setup.sh "
              "(npm ci in tests/ipfs/js-importer) to enable this cross-check");
    m_node = QStandardPaths::findExecutable(u"node"_s);
    if (m_node.isEmpty())
        QSKIP("node (Node.js >= 18) is not on PATH: the cross-check needs it");
    m_script = dir + u"/cid.mjs"_s;
    QVERIFY(m_tmp.isValid());

    quint32 seed = quint32(QDateTime::currentMSecsSinceEpoch());
    if (qEnvironmentVariableIsSet("PT_CROSSCHECK_SEED"))
        seed = quint32(qEnvironmentVariableIntValue("PT_CROSSCHECK_SEED"));
    qInfo("random seed %u (set PT_CROSSCHECK_SEED to reproduce)", seed);
    m_rng.seed(seed);

    constexpr qint64 k256 = 262144;
    constexpr qint64 m1 = 1048576;
    // Single files around the boundaries of every profile, plus random sizes.
    const QList<qint64> sizes = {0,      1,  k256 - 1, k256,        k256 + 1,   2 * k256,
                                 m1 - 1, m1, m1 + 1,   3 * m1 + 17, 174 * k256, 174 * k256 + 1};
    int i = 0;
    for (qint64 size : sizes) {
        const QString path = m_tmp.filePath(u"file-%1"_s.arg(i++));
        writeRandomFile(path, size);
        m_paths.append(path);
    }
    for (int k = 0; k < 4; ++k) {
        const QString path = m_tmp.filePath(u"file-%1"_s.arg(i++));
        writeRandomFile(path, m_rng.bounded(5 * m1));
        m_paths.append(path);
    }
    // Random nested trees with unicode names and empty directories.
    for (int k = 0; k < 4; ++k)
        m_paths.append(makeTree(m_tmp.filePath(u"tree-%1"_s.arg(k)), 3));
    // A directory big enough to shard under both estimates (and one just below).
    for (int count : {600, 5200}) {
        const QString root = m_tmp.filePath(u"wide-%1"_s.arg(count));
        QVERIFY(QDir().mkdir(root));
        for (int k = 0; k < count; ++k) {
            const QString name = u"%1-%2"_s.arg(randomName()).arg(k);
            QFile f(root + u'/' + name);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::number(m_rng.generate()));
        }
        m_paths.append(root);
    }
}

QString TestImporterCrosscheck::randomName()
{
    static const QStringList parts = {u"data"_s, u"Ünïcødé"_s, u"résumé"_s, u"日本語"_s,
                                      u"a b"_s,  u"x"_s,       u"Z"_s,      u"trace_01"_s,
                                      u"ñ"_s,    u"😀"_s,       u"-_."_s,    u"0"_s};
    QString name;
    const int n = 1 + int(m_rng.bounded(3));
    for (int k = 0; k < n; ++k)
        name += parts.at(int(m_rng.bounded(qint64(parts.size()))));
    if (name.startsWith(u'.'))
        name.prepend(u'n');
    return name;
}

void TestImporterCrosscheck::writeRandomFile(const QString &path, qint64 size)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray buf(qMin<qint64>(size, 1 << 20), Qt::Uninitialized);
    qint64 left = size;
    while (left > 0) {
        const qint64 n = qMin<qint64>(left, buf.size());
        m_rng.fillRange(reinterpret_cast<quint32 *>(buf.data()), buf.size() / 4);
        QCOMPARE(f.write(buf.constData(), n), n);
        left -= n;
    }
}

QString TestImporterCrosscheck::makeTree(const QString &root, int depth)
{
    QDir().mkpath(root);
    const int entries = int(m_rng.bounded(depth > 0 ? 6 : 4));
    for (int k = 0; k < entries; ++k) {
        const QString path = root + u'/' + randomName() + QString::number(k);
        if (depth > 0 && m_rng.bounded(3) == 0) {
            makeTree(path, depth - 1);
        } else {
            static const QList<qint64> sizes = {0, 1, 100, 262144, 262145, 1048577};
            const qint64 size = m_rng.bounded(2)
                                    ? sizes.at(int(m_rng.bounded(qint64(sizes.size()))))
                                    : qint64(m_rng.bounded(600000));
            writeRandomFile(path, size);
        }
    }
    return root;
}

void TestImporterCrosscheck::compare_data()
{
    QTest::addColumn<QString>("profile");
    for (const QString &p : ImportProfile::names())
        QTest::newRow(qPrintable(p)) << p;
}

void TestImporterCrosscheck::compare()
{
    QFETCH(QString, profile);
    QProcess js;
    js.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    js.start(m_node, QStringList{m_script, profile} + m_paths);
    QVERIFY(js.waitForFinished(300000));
    QVERIFY2(js.exitCode() == 0, js.readAllStandardError().constData());
    const QStringList theirs =
        QString::fromUtf8(js.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(theirs.size(), m_paths.size());
    const qint64 jsMs = timer.restart();

    Importer importer(*ImportProfile::byName(profile));
    for (qsizetype i = 0; i < m_paths.size(); ++i) {
        Result<ImportedNode> ours = importer.importPath(m_paths.at(i));
        QVERIFY2(ours, ours ? "" : qPrintable(ours.error().message));
        const QString where = u"%1 (%2)"_s.arg(QFileInfo(m_paths.at(i)).fileName(), profile);
        QVERIFY2(
            ours->cid.toString() == theirs.at(i),
            qPrintable(where + u": ours "_s + ours->cid.toString() + u" theirs "_s + theirs.at(i)));
    }
    qInfo("%s: %lld paths, js %lld ms, ours %lld ms", qPrintable(profile), qint64(m_paths.size()),
          jsMs, timer.elapsed());
}

QTEST_GUILESS_MAIN(TestImporterCrosscheck)
#include "tst_importer_crosscheck.moc"
