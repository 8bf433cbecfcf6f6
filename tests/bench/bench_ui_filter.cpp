// Search-as-you-type latency of the registry browser at 100k entries: each keystroke is one
// registry::Query run by the index, its rows handed to the table model, and what a view then
// asks the model for (a screenful of cells); then the same through the real BrowserView
// (search on the thread pool, result applied on the GUI thread, table repainted), with and
// without a selected entry, as wall time and as the GUI thread's CPU time.
// Goal: < 10 ms per keystroke.
//   bench_ui_filter [--verbose] [ENTRIES] (default 100000; --verbose: a line per keystroke)
//   bench_ui_filter --write FILE [ENTRIES] writes a synthetic v1 registry (default 10000) for
//                                         phasic-traces --measure-startup and exits
#include "core/registry/registryindex.h"
#include "core/registry/registryparser.h"
#include "tests/bench/syntheticregistry.h"
#include "ui/appcontext.h"
#include "ui/browser/browserview.h"
#include "ui/browser/registrymodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMap>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <vector>

using namespace pt;
using namespace Qt::StringLiterals;

namespace {
struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
    int n = 0;
};

Stats stats(std::vector<double> v)
{
    Stats s;
    if (v.empty())
        return s;
    std::sort(v.begin(), v.end());
    s.median = v[v.size() / 2];
    s.p95 = v[std::min(v.size() - 1, v.size() * 95 / 100)];
    s.max = v.back();
    s.n = int(v.size());
    return s;
}

// CPU time of this thread: on a shared, loaded machine wall time mostly measures the other
// processes; CPU time says how much work a keystroke costs.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// --verbose: the time each kind of widget spent painting during a keystroke, to see where the
// GUI thread's time goes (the filter sees every paint event of the window's widgets first and
// times the widget's own handling of it).
class PaintTimes : public QObject
{
public:
    void watch(QWidget *top)
    {
        for (QWidget *w : top->findChildren<QWidget *>())
            w->installEventFilter(this);
    }
    QString take()
    {
        QString out;
        for (auto it = m_ms.cbegin(); it != m_ms.cend(); ++it)
            if (it.value() >= 0.05)
                out += QString::asprintf(" %s %.2f", qPrintable(it.key()), it.value());
        m_ms.clear();
        return out;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint)
            return false;
        QElapsedTimer t;
        t.start();
        watched->removeEventFilter(this); // deliver it once, through the widget's own filters
        QCoreApplication::sendEvent(watched, event);
        watched->installEventFilter(this);
        // A scroll area's viewport is named after the area it shows.
        const QObject *shown =
            watched->objectName() == u"qt_scrollarea_viewport"_s ? watched->parent() : watched;
        m_ms[QString::fromLatin1(shown->metaObject()->className())] +=
            double(t.nsecsElapsed()) / 1e6;
        return true;
    }

private:
    QMap<QString, double> m_ms;
};

// What a user types: every prefix of these queries is one keystroke.
const QStringList kQueries = {u"synthetic trace 12"_s, u"coalescent tag3"_s,
                              u"author 17 epidemiology"_s, u"model_9999"_s};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == u"--write"_s) {
        const int n = args.size() > 3 ? std::max(1, args.at(3).toInt()) : 10000;
        QFile out(args.value(2));
        if (args.value(2).isEmpty() || !out.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "usage: bench_ui_filter --write FILE [ENTRIES]\n");
            return 2;
        }
        out.write(bench::makeV1(n));
        std::printf("wrote a %d-entry registry to %s\n", n, qPrintable(args.at(2)));
        return 0;
    }
    // --verbose: one line per keystroke (which ones are slow, and why).
    QStringList rest = args.mid(1);
    const bool verbose = rest.removeAll(u"--verbose"_s) > 0;
    const int entries = !rest.isEmpty() ? std::max(1, rest.at(0).toInt()) : 100000;

    const QByteArray bytes = bench::makeV1(entries);
    QElapsedTimer t;
    t.start();
    auto parsed = registry::parseRegistry(bytes);
    if (!parsed) {
        std::fprintf(stderr, "parse failed: %s\n", qPrintable(parsed.error().message));
        return 1;
    }
    registry::RegistryIndex index(std::move(*parsed));
    std::printf("%d entries parsed and indexed in %lld ms\n", entries, qlonglong(t.elapsed()));

    // 1. Straight through the model, on this thread: search, setRows, one screenful of data().
    {
        ui::RegistryModel model;
        model.setIndex(index);
        std::vector<double> ms, modelOnly, cpu;
        for (const QString &q : kQueries) {
            for (qsizetype len = 1; len <= q.size(); ++len) {
                registry::Query query;
                query.text = q.left(len);
                QElapsedTimer k;
                k.start();
                const double c0 = threadCpuMs();
                const registry::SearchResult r = index.search(query);
                const qint64 searched = k.nsecsElapsed();
                model.setRows(r.rows);
                const int rows = std::min(model.rowCount(), 40);
                qsizetype chars = 0;
                for (int row = 0; row < rows; ++row)
                    for (int c = 0; c < ui::RegistryModel::ColumnCount; ++c)
                        chars += model.data(model.index(row, c)).toString().size();
                ms.push_back(double(k.nsecsElapsed()) / 1e6);
                modelOnly.push_back(double(k.nsecsElapsed() - searched) / 1e6);
                cpu.push_back(threadCpuMs() - c0);
                (void)chars;
            }
        }
        const Stats s = stats(ms), m = stats(modelOnly), c = stats(cpu);
        std::printf("model path: %d keystrokes, median %.2f ms, max %.2f ms per keystroke "
                    "(of which the model: median %.2f ms, max %.2f ms)\n",
                    s.n, s.median, s.max, m.median, m.max);
        std::printf("model path CPU time: median %.2f ms, max %.2f ms per keystroke\n", c.median,
                    c.max);
    }

    // 2. Through the real browser: the search runs on the pool, the GUI thread applies it and
    //    repaints the table.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"registry.json"_s);
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return 1;
    }
    ui::AppOptions options;
    options.registry = QUrl::fromLocalFile(file).toString();
    options.cacheDir = dir.filePath(u"cache"_s);
    options.noDaemon = true;
    ui::AppContext context(options, nullptr, dir.filePath(u"settings.ini"_s));
    // The search field above the browser, as the main window's toolbar holds it (a field left
    // lying over the splitter would repaint the widgets under it on every keystroke).
    QWidget window;
    ui::BrowserView view(&context);
    auto *column = new QVBoxLayout(&window);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(view.searchField());
    column->addWidget(&view, 1);
    window.resize(1280, 800);
    window.show();
    QSignalSpy indexed(&context, &ui::AppContext::indexChanged);
    QSignalSpy searched(&view, &ui::BrowserView::searchFinished);
    context.start();
    if (!indexed.wait(60'000) || (searched.isEmpty() && !searched.wait(10'000))) {
        std::fprintf(stderr, "the browser did not load the registry\n");
        return 1;
    }
    // Each keystroke twice over: with nothing selected, and with an entry selected (the
    // browser then restores the selection by id and the detail pane follows it). Wall time is
    // what the user waits for (search on the pool + GUI thread); the GUI thread's CPU time is
    // what a keystroke costs the thread that must never freeze, independent of machine load.
    // What the event loop does after a result is applied: the view's delayed layout (a 0 ms
    // timer), then one paint of whatever became dirty (table, sidebar counts, scroll bar).
    PaintTimes paints;
    if (verbose)
        paints.watch(&window);
    auto settle = [] {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
    };
    // appPaint false: the table's whole viewport is repainted after each result, the worst
    // case for painting, then the event loop paints the rest (sidebar counts, scroll bar);
    // true: only the event loop paints, as in the app, and only what changed. Either way a
    // keystroke's paints are counted in it, not left to run during the next one's search.
    auto run = [&](bool withSelection, bool appPaint) {
        std::vector<double> wall, gui, search;
        for (const QString &q : kQueries) {
            if (withSelection) {
                // An entry every prefix of the query keeps (when there is one), else the first.
                registry::Query full;
                full.text = q;
                const registry::SearchResult r = index.search(full);
                const int row = r.rows.isEmpty() ? 0 : r.rows.first();
                view.selectEntry(index.registry().entries.at(row).id);
                settle(); // the detail pane's first paint is not a keystroke's
            }
            for (qsizetype len = 1; len <= q.size(); ++len) {
                searched.clear();
                QElapsedTimer k;
                k.start();
                const double c0 = threadCpuMs();
                {
                    QSignalBlocker block(view.searchField()); // skip the debounce: time the work
                    view.searchField()->setText(q.left(len));
                }
                view.searchNow();
                if (!searched.wait(5'000))
                    return false;
                if (!appPaint)
                    view.table()->viewport()->repaint();
                settle();
                wall.push_back(double(k.nsecsElapsed()) / 1e6);
                gui.push_back(threadCpuMs() - c0);
                search.push_back(searched.last().at(2).toDouble());
                if (verbose)
                    std::printf(
                        "  %-24s %6d rows  wall %6.2f ms  search %5.2f ms  GUI CPU %5.2f ms  "
                        "painting:%s\n",
                        qPrintable(u'"' + q.left(len) + u'"'), view.model()->rowCount(),
                        wall.back(), search.back(), gui.back(), qPrintable(paints.take()));
            }
            view.clearAll();
            searched.wait(5'000);
            settle();
        }
        const Stats w = stats(wall), g = stats(gui), s = stats(search);
        const QString what =
            QString(withSelection ? u" (entry selected)"_s : QString()) +
            (appPaint ? u" (painted by the event loop)"_s : u" (whole table repainted)"_s);
        std::printf("browser path%s: %d keystrokes, median %.2f ms, p95 %.2f ms, max %.2f ms per "
                    "keystroke (query to rows applied: median %.2f ms, max %.2f ms) + %d ms "
                    "debounce\n",
                    qPrintable(what), w.n, w.median, w.p95, w.max, s.median, s.max,
                    ui::BrowserView::kDebounceMs);
        std::printf("browser path%s GUI thread CPU time: median %.2f ms, p95 %.2f ms, max %.2f ms "
                    "per keystroke\n",
                    qPrintable(what), g.median, g.p95, g.max);
        return true;
    };
    settle();
    paints.take();
    if (!run(false, false) || !run(true, true))
        return 1;
    std::fflush(stdout);
    return 0;
}
