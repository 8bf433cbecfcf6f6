// Background work runs on our own pool (core/workpool.h), never on Qt's global pool: Qt's
// raster engine hands the pieces of a tall fill to the global pool and the GUI thread waits
// for them, so a job of ours holding those threads froze painting. Here the work pool is kept
// completely busy while the window paints, a search waits for the pool, and a search on the
// calling thread does not wait for helpers that cannot start.
#include "core/registry/registryindex.h"
#include "core/registry/registryparser.h"
#include "core/workpool.h"
#include "tests/bench/syntheticregistry.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QScrollBar>
#include <QSemaphore>
#include <QTest>

#include <memory>

using namespace pt;
using namespace Qt::StringLiterals;

namespace {

// Occupies every thread of the work pool until destroyed.
class BusyPool
{
public:
    BusyPool()
    {
        m_threads = workPool()->maxThreadCount();
        for (int i = 0; i < m_threads; ++i) {
            workPool()->start([this] {
                m_started.release();
                m_release.acquire();
            });
        }
        m_ok = m_started.tryAcquire(m_threads, 10'000);
    }
    ~BusyPool()
    {
        m_release.release(m_threads);
        workPool()->waitForDone(10'000);
    }
    bool ok() const { return m_ok; }

private:
    int m_threads = 0;
    bool m_ok = false;
    QSemaphore m_started, m_release;
};

registry::RegistryIndex syntheticIndex(int entries)
{
    auto parsed = registry::parseRegistry(bench::makeV1(entries));
    if (!parsed)
        qFatal("synthetic registry: %s", qPrintable(parsed.error().message));
    return registry::RegistryIndex(std::move(*parsed));
}

} // namespace

class TestWorkPool : public QObject
{
    Q_OBJECT
private slots:
    void ownPool()
    {
        QVERIFY(workPool() != QThreadPool::globalInstance());
        QVERIFY(workPool()->maxThreadCount() >= 4);
    }

    void paintingWhileThePoolIsBusy()
    {
        // A window-high scroll bar: its fill is split across the global pool.
        QScrollBar bar(Qt::Vertical);
        bar.setRange(0, 100'000);
        bar.resize(16, 900);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        BusyPool busy;
        QVERIFY(busy.ok());
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 10; ++i) {
            bar.setValue(i * 1000);
            bar.repaint();
        }
        // Ten repaints take a few milliseconds; waiting for the busy jobs would never end.
        QVERIFY2(t.elapsed() < 2'000, qPrintable(u"%1 ms"_s.arg(t.elapsed())));
    }

    void searchesRunOnTheWorkPool()
    {
        const registry::RegistryIndex index = syntheticIndex(500);
        registry::Query query;
        query.text = u"synthetic"_s;
        std::unique_ptr<BusyPool> busy = std::make_unique<BusyPool>();
        QVERIFY(busy->ok());
        QFutureWatcher<registry::SearchResult> watcher;
        watcher.setFuture(index.searchAsync(query));
        // Queued behind the busy jobs: proof it went to the work pool, not the global one.
        QTest::qWait(200);
        QVERIFY(!watcher.isFinished());
        busy.reset();
        QTRY_VERIFY_WITH_TIMEOUT(watcher.isFinished(), 10'000);
        QCOMPARE(watcher.result().rows.size(), index.search(query).rows.size());
    }

    void searchDoesNotWaitForHelpersThatCannotStart()
    {
        // Big enough for a parallel search (helpers on the work pool); with the pool full
        // the calling thread does every slice itself and returns.
        const registry::RegistryIndex index = syntheticIndex(40'000);
        registry::Query query;
        query.text = u"trace 1"_s;
        const registry::SearchResult free = index.search(query);
        QVERIFY(free.rows.size() > 0);
        {
            BusyPool busy;
            QVERIFY(busy.ok());
            QElapsedTimer t;
            t.start();
            const registry::SearchResult alone = index.search(query);
            QVERIFY2(t.elapsed() < 5'000, qPrintable(u"%1 ms"_s.arg(t.elapsed())));
            QCOMPARE(alone.rows, free.rows);
            QCOMPARE(alone.tags.size(), free.tags.size());
            for (qsizetype i = 0; i < free.tags.size(); ++i)
                QCOMPARE(alone.tags.at(i).count, free.tags.at(i).count);
        }
        // The helpers queued meanwhile start late, find nothing left and end.
        QVERIFY(workPool()->waitForDone(10'000));
    }
};

QTEST_MAIN(TestWorkPool)
#include "tst_workpool.moc"
