// The download queue against real HTTP on 127.0.0.1 (the fault-injecting trustless gateway)
// and a real local store: the bound on parallel jobs, cancel, retry, aggregate progress,
// duplicates and entries that cannot be planned.
#include "core/fetch/downloadmanager.h"
#include "core/fetch/localstore.h"
#include "core/ipfs/importer.h"
#include "core/ipfs/multihash.h"
#include "core/paths.h"
#include "tests/support/fakegateway.h"
#include "tests/support/testsupport.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pt;
using namespace pt::fetch;
using namespace Qt::StringLiterals;
using pt::test::FakeGateway;
using State = DownloadInfo::State;

class TestDownloadManager : public QObject
{
    Q_OBJECT

    ipfs::MemoryBlockStore m_blocks;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<LocalStore> m_store;

    struct Content
    {
        QByteArray bytes;
        ipfs::Cid cid;
    };
    QList<Content> m_files; // five distinct files of 300 KiB
    Content m_big;          // 2 MiB, for cancel
    ipfs::Cid m_dir;        // trace.json.gz (3 MiB) + metadata.json
    QByteArray m_trace, m_meta;

    Content import(const QByteArray &bytes)
    {
        ipfs::Importer importer(ipfs::ImportProfile::kuboV0(), &m_blocks);
        Result<ipfs::ImportedNode> node = importer.importBytes(bytes);
        if (!node)
            qFatal("import failed: %s", qPrintable(node.error().message));
        return {bytes, node->cid};
    }

    PlannedFile planned(const Content &c, const QString &name) const
    {
        PlannedFile f;
        f.name = name;
        f.role = QStringLiteral("file");
        f.ref = ContentRef::ipfsPath(c.cid);
        f.ref.sha256 = ipfs::sha256(c.bytes);
        f.ref.sizeHint = c.bytes.size();
        f.destination = m_tmp->filePath(QStringLiteral("out/") + name);
        return f;
    }

    static FetchConfig config(const QUrl &gateway)
    {
        FetchConfig c;
        c.sources = {Source::gateway(gateway)};
        c.stallTimeoutMs = 3000;
        c.retryBaseMs = 50;
        c.maxRetries = 0;
        return c;
    }

    registry::Entry traceEntry() const
    {
        registry::Entry e;
        e.id = QStringLiteral("coalescent_n10_theta1");
        e.kind = registry::EntryKind::Trace;
        e.directoryCid = m_dir.toString();
        e.directoryCidValid = true;
        e.files = {{QStringLiteral("trace.json.gz"), QString(), m_trace.size(), false},
                   {QStringLiteral("metadata.json"), QString(), m_meta.size(), false}};
        e.checksum = QStringLiteral("sha256:") + QString::fromLatin1(ipfs::sha256(m_trace).toHex());
        return e;
    }

    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        for (int i = 0; i < 5; ++i)
            m_files.append(import(
                test::chacha20Keystream("dm-file-" + QByteArray::number(i), 300 * 1024 + i)));
        m_big = import(test::chacha20Keystream("dm-big", 2 * 1024 * 1024));
        m_trace = test::chacha20Keystream("dm-trace", 3 * 1024 * 1024 + 7);
        m_meta = QByteArrayLiteral("{\"model_type\": \"coalescent\"}\n");
        ipfs::Importer importer(ipfs::ImportProfile::kuboV0(), &m_blocks);
        Result<ipfs::ImportedNode> t = importer.importBytes(m_trace);
        Result<ipfs::ImportedNode> m = importer.importBytes(m_meta);
        QVERIFY(t.ok() && m.ok());
        Result<ipfs::ImportedNode> dir = importer.buildDirectory(
            {{QByteArrayLiteral("trace.json.gz"), *t}, {QByteArrayLiteral("metadata.json"), *m}});
        QVERIFY(dir.ok());
        m_dir = dir->cid;
    }

    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        Paths::setRoot(m_tmp->filePath(QStringLiteral("root")));
        m_store = std::make_unique<LocalStore>(m_tmp->filePath(QStringLiteral("store")));
    }
    void cleanup()
    {
        m_store.reset();
        Paths::setRoot({});
    }

    void queueBoundRespected()
    {
        FakeGateway gw(&m_blocks);
        gw.setFault(FakeGateway::Fault::SlowTrickle, 48 * 1024); // ~0.6 s per file
        DownloadManager dm(m_store.get(), &m_nam);
        dm.setFetchConfig(config(gw.start()));
        dm.setMaxParallel(2);

        int maxRunning = 0;
        auto check = [&] { maxRunning = std::max(maxRunning, dm.runningJobs()); };
        connect(&dm, &DownloadManager::changed, this, check);
        connect(&dm, &DownloadManager::added, this, check);
        connect(&dm, &DownloadManager::finished, this, check);
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, check);
        poll.start(10);

        QSignalSpy finished(&dm, &DownloadManager::finished);
        QSignalSpy active(&dm, &DownloadManager::activeChanged);
        QList<int> ids;
        for (int i = 0; i < 5; ++i) {
            Result<int> id =
                dm.enqueueFiles(QStringLiteral("file %1").arg(i),
                                {planned(m_files[i], QStringLiteral("f%1.bin").arg(i))});
            QVERIFY2(id.ok(), qPrintable(id.error().message));
            ids.append(*id);
            check();
        }
        QCOMPARE(dm.ids(), ids);
        QCOMPARE(dm.activeCount(), 5);
        QCOMPARE(dm.runningJobs(), 2);
        QCOMPARE(dm.info(ids[0])->state, State::Running);
        QCOMPARE(dm.info(ids[1])->state, State::Running);
        QCOMPARE(dm.info(ids[4])->state, State::Queued);
        QCOMPARE(dm.info(ids[4])->progress.phase, FetchPhase::Queued);
        QCOMPARE(active.size(), 1);
        QCOMPARE(active.first().first().toBool(), true);

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 5, 30000);
        QCOMPARE(maxRunning, 2);
        QCOMPARE(dm.runningJobs(), 0);
        QCOMPARE(dm.activeCount(), 0);
        QCOMPARE(active.size(), 2);
        QCOMPARE(active.last().first().toBool(), false);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(finished.at(i).at(1).toBool(), true);
            const DownloadInfo info = *dm.info(ids[i]);
            QCOMPARE(info.state, State::Done);
            QCOMPARE(info.filesDone, 1);
            QCOMPARE(info.progress.phase, FetchPhase::Done);
            QCOMPARE(info.progress.doneBytes, qint64(m_files[i].bytes.size()));
            QCOMPARE(info.progress.totalBytes, qint64(m_files[i].bytes.size()));
            QCOMPARE(readFile(info.files.first()), m_files[i].bytes);
        }
        // Started in queue order: the last one queued finished last.
        QCOMPARE(finished.last().first().toInt(), ids[4]);
        qint64 sum = 0;
        for (const Content &c : std::as_const(m_files))
            sum += c.bytes.size();
        QCOMPARE(dm.totalProgress().doneBytes, sum);
        QCOMPARE(dm.totalProgress().totalBytes, sum);

        dm.clearFinished();
        QVERIFY(dm.ids().isEmpty());
    }

    void raisingTheBoundStartsMore()
    {
        FakeGateway gw(&m_blocks);
        gw.setFault(FakeGateway::Fault::SlowTrickle, 16 * 1024);
        DownloadManager dm(m_store.get(), &m_nam);
        dm.setFetchConfig(config(gw.start()));
        dm.setMaxParallel(1);
        for (int i = 0; i < 3; ++i)
            QVERIFY(dm.enqueueFiles(QStringLiteral("f%1").arg(i),
                                    {planned(m_files[i], QStringLiteral("f%1.bin").arg(i))})
                        .ok());
        QCOMPARE(dm.runningJobs(), 1);
        dm.setMaxParallel(3);
        QCOMPARE(dm.runningJobs(), 3);
        dm.setMaxParallel(0); // clamped to 1; running jobs are not preempted
        QCOMPARE(dm.maxParallel(), 1);
        QCOMPARE(dm.runningJobs(), 3);
        for (int id : dm.ids())
            dm.cancel(id);
        QCOMPARE(dm.runningJobs(), 0);
    }

    void cancelThenRetryResumes()
    {
        FakeGateway gw(&m_blocks);
        gw.setFault(FakeGateway::Fault::SlowTrickle, 64 * 1024); // 2 MiB: ~3 s
        DownloadManager dm(m_store.get(), &m_nam);
        dm.setFetchConfig(config(gw.start()));
        Result<int> id = dm.enqueueFiles(QStringLiteral("big"), {planned(m_big, u"big.bin"_s)});
        QVERIFY(id.ok());
        QSignalSpy finished(&dm, &DownloadManager::finished);
        QTRY_VERIFY_WITH_TIMEOUT(dm.info(*id)->progress.doneBytes > 0, 10000);
        QCOMPARE(dm.info(*id)->state, State::Running);
        QCOMPARE(dm.info(*id)->progress.phase, FetchPhase::Downloading);
        QVERIFY(!dm.info(*id)->progress.source.isEmpty());

        dm.cancel(*id);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).toBool(), false);
        DownloadInfo info = *dm.info(*id);
        QCOMPARE(info.state, State::Cancelled);
        QCOMPARE(info.error.code, Error::Cancelled);
        QVERIFY(!info.suggestion.isEmpty());
        QCOMPARE(dm.runningJobs(), 0);
        QCOMPARE(dm.activeCount(), 0);
        QVERIFY(!QFile::exists(info.files.first()));
        dm.cancel(*id); // a second cancel is a no-op
        QCOMPARE(finished.size(), 1);

        gw.setFault(FakeGateway::Fault::None);
        dm.retry(*id);
        QVERIFY(dm.info(*id)->isActive());
        QVERIFY(dm.info(*id)->error.message.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(finished.last().at(1).toBool(), true);
        info = *dm.info(*id);
        QCOMPARE(info.state, State::Done);
        QCOMPARE(readFile(info.files.first()), m_big.bytes);
        QVERIFY(info.log.contains(u"cancelled"_s));
        QVERIFY(info.log.contains(u"queued again"_s));
    }

    void retryAfterFailure()
    {
        FakeGateway gw(&m_blocks);
        gw.setFault(FakeGateway::Fault::NotFound);
        DownloadManager dm(m_store.get(), &m_nam);
        dm.setFetchConfig(config(gw.start()));
        QSignalSpy finished(&dm, &DownloadManager::finished);
        Result<int> id = dm.enqueueFiles(QStringLiteral("one"), {planned(m_files[0], u"a.bin"_s)});
        QVERIFY(id.ok());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().at(1).toBool(), false);
        DownloadInfo info = *dm.info(*id);
        QCOMPARE(info.state, State::Failed);
        QCOMPARE(info.progress.phase, FetchPhase::Failed);
        QVERIFY(!info.error.message.isEmpty());
        QVERIFY2(info.error.message.contains(m_files[0].cid.toString()),
                 qPrintable(info.error.message));
        QCOMPARE(info.suggestion, DownloadManager::suggestionFor(info.error));
        QVERIFY(!info.suggestion.isEmpty());
        QVERIFY(!QFile::exists(info.files.first()));
        QVERIFY(std::any_of(info.log.cbegin(), info.log.cend(),
                            [](const QString &l) { return l.contains(u"failed"_s); }));

        gw.setFault(FakeGateway::Fault::None);
        dm.retry(*id);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(finished.last().at(1).toBool(), true);
        info = *dm.info(*id);
        QCOMPARE(info.state, State::Done);
        QVERIFY(info.suggestion.isEmpty());
        QCOMPARE(readFile(info.files.first()), m_files[0].bytes);
        dm.retry(*id); // a done download is not retried
        QCOMPARE(dm.info(*id)->state, State::Done);
    }

    void entryProgressMonotonicAndThrottled()
    {
        FakeGateway gw(&m_blocks);
        gw.setFault(FakeGateway::Fault::SlowTrickle, 160 * 1024); // ~2 s for 3 MiB
        DownloadManager dm(m_store.get(), &m_nam);
        dm.setFetchConfig(config(gw.start()));
        dm.setMaxParallel(1);
        const registry::Entry entry = traceEntry();
        const QUrl registryUrl(QStringLiteral("file:///nonexistent/registry.json"));
        QCOMPARE(localState(entry, registryUrl), LocalState::NotDownloaded);
        QVERIFY(!isEntryDownloaded(entry, registryUrl));

        QList<qint64> done;
        qint64 totalSeen = -2;
        int changes = 0;
        QElapsedTimer clock;
        clock.start();
        Result<int> id = dm.enqueueEntry(entry, registryUrl);
        QVERIFY2(id.ok(), qPrintable(id.error().message));
        auto watch = connect(&dm, &DownloadManager::changed, this, [&](int changedId) {
            QCOMPARE(changedId, *id);
            ++changes;
            const DownloadInfo info = *dm.info(changedId);
            const FetchProgress p = info.progress;
            done.append(p.doneBytes);
            totalSeen = p.totalBytes;
            if (info.state == State::Running && p.etaSeconds >= 0) // an ETA needs a rate
                QVERIFY(p.bytesPerSecond > 1);
        });
        QSignalSpy finished(&dm, &DownloadManager::finished);
        QCOMPARE(dm.info(*id)->entryId, entry.id);
        QCOMPARE(dm.info(*id)->files.size(), 2);
        QCOMPARE(dm.info(*id)->progress.totalBytes, qint64(m_trace.size() + m_meta.size()));
        QCOMPARE(dm.idForEntry(entry.id), *id);

        // The same entry again while it runs: the same download, no second row.
        QSignalSpy added(&dm, &DownloadManager::added);
        Result<int> again = dm.enqueueEntry(entry, registryUrl);
        QVERIFY(again.ok());
        QCOMPARE(*again, *id);
        QCOMPARE(added.size(), 0);
        QCOMPARE(dm.ids().size(), 1);

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().at(1).toBool(), true);
        const qint64 elapsedMs = clock.elapsed();
        QVERIFY(done.size() >= 3);
        for (int i = 1; i < done.size(); ++i)
            QVERIFY2(
                done[i] >= done[i - 1],
                qPrintable(QStringLiteral("%1 < %2 at %3").arg(done[i]).arg(done[i - 1]).arg(i)));
        const qint64 total = m_trace.size() + m_meta.size();
        QCOMPARE(done.last(), total);
        QCOMPARE(totalSeen, total);
        // Progress is coalesced to ≤ 10/s; state changes (running, done) come on top.
        QVERIFY2(changes <= elapsedMs / 100 + 4,
                 qPrintable(QStringLiteral("%1 changes in %2 ms").arg(changes).arg(elapsedMs)));
        QCOMPARE(readFile(Paths::pythonTracesDir() + u"/coalescent_n10_theta1/trace.json.gz"_s),
                 m_trace);
        QCOMPARE(localState(entry, registryUrl), LocalState::Downloaded);
        QVERIFY(isEntryDownloaded(entry, registryUrl));

        disconnect(watch);
        // Downloaded already: a new download (the user asked), which the store serves.
        Result<int> third = dm.enqueueEntry(entry, registryUrl);
        QVERIFY(third.ok());
        QVERIFY(*third != *id);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(dm.info(*third)->state, State::Done);
    }

    void partialEntryIsNotDownloaded()
    {
        const registry::Entry entry = traceEntry();
        const QUrl registryUrl(QStringLiteral("file:///nonexistent/registry.json"));
        Result<QList<PlannedFile>> plan = planEntry(entry, registryUrl);
        QVERIFY(plan.ok());
        QVERIFY(QDir().mkpath(QFileInfo(plan->first().destination).path()));
        QFile f(plan->first().destination);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QCOMPARE(localState(entry, registryUrl), LocalState::Partial);
        QVERIFY(!isEntryDownloaded(entry, registryUrl));
        registry::Entry bad = entry;
        bad.usable = false;
        bad.unusableReason = QStringLiteral("mock CID");
        QCOMPARE(localState(bad, registryUrl), LocalState::Unavailable);
    }

    void failedEntryEnqueuedAgainIsRetried()
    {
        FakeGateway gw(&m_blocks);
        gw.setFault(FakeGateway::Fault::ServerError);
        DownloadManager dm(m_store.get(), &m_nam);
        dm.setFetchConfig(config(gw.start()));
        QSignalSpy finished(&dm, &DownloadManager::finished);
        const QUrl registryUrl(QStringLiteral("file:///nonexistent/registry.json"));
        Result<int> id = dm.enqueueEntry(traceEntry(), registryUrl);
        QVERIFY(id.ok());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(dm.info(*id)->state, State::Failed);
        const Error error = dm.info(*id)->error;
        QVERIFY2(error.code == Error::Network || error.code == Error::NotFound,
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(u"503"_s), qPrintable(error.message));
        gw.setFault(FakeGateway::Fault::None);
        Result<int> again = dm.enqueueEntry(traceEntry(), registryUrl);
        QVERIFY(again.ok());
        QCOMPARE(*again, *id);
        QCOMPARE(dm.ids().size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(dm.info(*id)->state, State::Done);
    }

    void badEntriesAreRefused_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unusable") << u"unusable"_s << u"mock CID in the registry"_s;
        QTest::newRow("bad CID") << u"cid"_s << u"is not a CID"_s;
        QTest::newRow("path-like id") << u"id"_s << u"registry id"_s;
        QTest::newRow("path-like file") << u"file"_s << u"file name"_s;
    }
    void badEntriesAreRefused()
    {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        registry::Entry e = traceEntry();
        if (what == u"unusable"_s) {
            e.usable = false;
            e.unusableReason = QStringLiteral("mock CID in the registry");
        } else if (what == u"cid"_s) {
            e.directoryCid = QStringLiteral("QmNotACid");
        } else if (what == u"id"_s) {
            e.id = QStringLiteral("../x");
        } else {
            e.files = {{QStringLiteral("../../etc/passwd"), QString(), 1, false}};
        }
        DownloadManager dm(m_store.get(), &m_nam);
        QSignalSpy added(&dm, &DownloadManager::added);
        Result<int> id = dm.enqueueEntry(e, QUrl(QStringLiteral("file:///r/registry.json")));
        QVERIFY(!id.ok());
        QVERIFY2(id.error().message.contains(expected), qPrintable(id.error().message));
        QCOMPARE(added.size(), 0);
        QVERIFY(dm.ids().isEmpty());
        QCOMPARE(dm.activeCount(), 0);
    }

    void badFileListsAreRefused()
    {
        DownloadManager dm(m_store.get(), &m_nam);
        Result<int> empty = dm.enqueueFiles(QStringLiteral("nothing"), {});
        QVERIFY(!empty.ok());
        QVERIFY(empty.error().message.contains(u"nothing"_s));
        PlannedFile rel = planned(m_files[0], u"a.bin"_s);
        rel.destination = QStringLiteral("relative/a.bin");
        Result<int> relative = dm.enqueueFiles(QStringLiteral("rel"), {rel});
        QVERIFY(!relative.ok());
        QVERIFY(relative.error().message.contains(u"absolute"_s));
        const PlannedFile a = planned(m_files[0], u"a.bin"_s);
        Result<int> twice = dm.enqueueFiles(QStringLiteral("twice"), {a, a});
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().message.contains(u"twice"_s));
        QVERIFY(dm.ids().isEmpty());
    }

    void sameDestinationNeverRunsTwice()
    {
        FakeGateway gw(&m_blocks);
        gw.setFault(FakeGateway::Fault::SlowTrickle, 64 * 1024);
        DownloadManager dm(m_store.get(), &m_nam);
        dm.setFetchConfig(config(gw.start()));
        QSignalSpy finished(&dm, &DownloadManager::finished);
        const PlannedFile f = planned(m_files[1], u"same.bin"_s);
        Result<int> a = dm.enqueueFiles(QStringLiteral("a"), {f});
        Result<int> b = dm.enqueueFiles(QStringLiteral("b"), {f});
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(dm.runningJobs(), 1);
        QCOMPARE(dm.info(*b)->state, State::Queued);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(dm.info(*a)->state, State::Done);
        QCOMPARE(dm.info(*b)->state, State::Done);
        QCOMPARE(readFile(f.destination), m_files[1].bytes);
    }

    void removeRunningAndFinished()
    {
        FakeGateway gw(&m_blocks);
        gw.setFault(FakeGateway::Fault::SlowTrickle, 8 * 1024);
        DownloadManager dm(m_store.get(), &m_nam);
        dm.setFetchConfig(config(gw.start()));
        dm.setMaxParallel(1);
        QSignalSpy removed(&dm, &DownloadManager::removed);
        QSignalSpy active(&dm, &DownloadManager::activeChanged);
        Result<int> a = dm.enqueueFiles(QStringLiteral("a"), {planned(m_files[2], u"a.bin"_s)});
        Result<int> b = dm.enqueueFiles(QStringLiteral("b"), {planned(m_files[3], u"b.bin"_s)});
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(dm.info(*a)->state, State::Running);
        dm.remove(*a); // the slot goes to the next one
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().first().toInt(), *a);
        QVERIFY(!dm.info(*a));
        QCOMPARE(dm.info(*b)->state, State::Running);
        QCOMPARE(dm.runningJobs(), 1);
        dm.remove(*b);
        QCOMPARE(dm.runningJobs(), 0);
        QCOMPARE(dm.activeCount(), 0);
        QCOMPARE(active.size(), 2);
        QCOMPARE(active.last().first().toBool(), false);
        dm.remove(12345); // unknown ids are ignored
        QCOMPARE(removed.size(), 2);
    }

    void etaOnlyOnceSteady()
    {
        FakeGateway gw(&m_blocks);
        gw.setFault(FakeGateway::Fault::SlowTrickle, 48 * 1024); // 2 MiB: ~4.5 s
        DownloadManager dm(m_store.get(), &m_nam);
        dm.setFetchConfig(config(gw.start()));
        Result<int> id = dm.enqueueFiles(QStringLiteral("big"), {planned(m_big, u"big.bin"_s)});
        QVERIFY(id.ok());
        QCOMPARE(dm.info(*id)->progress.etaSeconds, -1);
        QTRY_VERIFY_WITH_TIMEOUT(dm.info(*id)->progress.doneBytes > 0, 10000);
        QCOMPARE(dm.info(*id)->progress.etaSeconds, -1); // one block in: not yet
        QTRY_VERIFY_WITH_TIMEOUT(dm.info(*id)->progress.etaSeconds >= 0, 10000);
        const FetchProgress p = dm.info(*id)->progress;
        QCOMPARE(dm.info(*id)->state, State::Running);
        QVERIFY(p.bytesPerSecond > 1);
        // Rate and ETA agree with each other and with what is left (±1 s of rounding).
        QVERIFY(qAbs(p.etaSeconds - qint64((p.totalBytes - p.doneBytes) / p.bytesPerSecond)) <= 1);
        QVERIFY(p.etaSeconds < 60);
        QCOMPARE(dm.totalProgress().etaSeconds >= 0, true);
        dm.cancel(*id);
        QCOMPARE(dm.info(*id)->progress.etaSeconds, -1);
        QCOMPARE(dm.info(*id)->progress.bytesPerSecond, 0.0);
    }

    void slotsMayRemoveDownloads()
    {
        FakeGateway gw(&m_blocks);
        gw.setFault(FakeGateway::Fault::SlowTrickle, 16 * 1024);
        auto dm = std::make_unique<DownloadManager>(m_store.get(), &m_nam);
        dm->setFetchConfig(config(gw.start()));
        dm->setMaxParallel(1);
        // The first changed() of every download removes it: the next one gets the slot.
        connect(dm.get(), &DownloadManager::changed, this, [&](int id) { dm->remove(id); });
        QSignalSpy removed(dm.get(), &DownloadManager::removed);
        for (int i = 0; i < 3; ++i)
            QVERIFY(dm->enqueueFiles(QStringLiteral("r%1").arg(i),
                                     {planned(m_files[i], QStringLiteral("r%1.bin").arg(i))})
                        .ok());
        QCOMPARE(removed.size(), 3);
        QCOMPARE(dm->runningJobs(), 0);
        QVERIFY(dm->ids().isEmpty());
        disconnect(dm.get(), &DownloadManager::changed, this, nullptr);

        // A failure whose finished() slot removes the download, and a manager destroyed
        // with jobs running.
        gw.setFault(FakeGateway::Fault::NotFound);
        connect(dm.get(), &DownloadManager::finished, this, [&](int id) { dm->remove(id); });
        QVERIFY(dm->enqueueFiles(u"gone"_s, {planned(m_files[3], u"g.bin"_s)}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 4, 20000);
        gw.setFault(FakeGateway::Fault::SlowTrickle, 1024);
        dm->setMaxParallel(3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(dm->enqueueFiles(QStringLiteral("d%1").arg(i),
                                     {planned(m_files[i], QStringLiteral("d%1.bin").arg(i))})
                        .ok());
        QCOMPARE(dm->runningJobs(), 3);
        dm.reset();
        // Deferred deletes of the jobs run; nothing may call into the dead manager.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
};

QTEST_GUILESS_MAIN(TestDownloadManager)
#include "tst_downloadmanager.moc"
