// The registry table model on its own: QAbstractItemModelTester over every upstream registry
// file, row changes, the downloaded column, and sorting through the index.
#include "core/registry/registryindex.h"
#include "core/registry/registryparser.h"
#include "tests/support/testsupport.h"
#include "ui/browser/registrymodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace pt;
using namespace pt::ui;
using namespace Qt::StringLiterals;

class TestRegistryModel : public QObject
{
    Q_OBJECT

    static registry::RegistryIndex load(const QString &name)
    {
        auto parsed = registry::parseRegistry(test::readData(u"registry/upstream/"_s + name));
        if (!parsed)
            qWarning() << parsed.error().message;
        return parsed ? registry::RegistryIndex(std::move(*parsed)) : registry::RegistryIndex();
    }

private slots:
    void tester_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(test::dataPath(u"registry/upstream"_s))
                                      .entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 9);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f;
    }
    void tester()
    {
        QFETCH(QString, file);
        const registry::RegistryIndex index = load(file);
        // registry-323a2e7.json is upstream's empty registry: the model must cope with it too.
        QCOMPARE(index.isEmpty(), file == u"registry-323a2e7.json"_s);
        RegistryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIndex(index);
        QCOMPARE(model.rowCount(), 0); // rows come from a search
        registry::SearchResult all = index.search({});
        model.setRows(all.rows);
        QCOMPARE(model.rowCount(), index.registry().entries.size());
        QCOMPARE(model.columnCount(), int(RegistryModel::ColumnCount));
        // Every cell answers for every role the views use.
        for (int r = 0; r < model.rowCount(); ++r) {
            for (int c = 0; c < model.columnCount(); ++c) {
                const QModelIndex i = model.index(r, c);
                (void)model.data(i, Qt::DisplayRole);
                (void)model.data(i, Qt::ToolTipRole);
                (void)model.data(i, RegistryModel::SortValueRole);
            }
            QCOMPARE(model.data(model.index(r, RegistryModel::Id)).toString(),
                     index.registry().entries.at(all.rows.at(r)).id);
        }
        if (index.isEmpty())
            return;
        // A narrower result, then back.
        registry::Query q;
        q.text = index.registry().entries.first().id;
        model.setRows(index.search(q).rows);
        QVERIFY(model.rowCount() >= 1);
        QVERIFY(model.rowCount() <= all.rows.size());
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        model.setRows(all.rows);
        // Out-of-range rows from a stale result are dropped, not shown.
        model.setRows({0, int(index.registry().entries.size()) + 5, -1});
        QCOMPARE(model.rowCount(), 1);
        model.setIndex(registry::RegistryIndex());
        QCOMPARE(model.rowCount(), 0);
    }

    void values()
    {
        const registry::RegistryIndex index = load(u"registry-63ca9be.json"_s);
        RegistryModel model;
        model.setIndex(index);
        model.setRows(index.search({}).rows);
        const int row = model.rowOfId(u"coalescent_n5_theta1"_s);
        QVERIFY2(row >= 0, "the n = 5 coalescent is in registry-63ca9be.json");
        const registry::Entry *e = model.entryAt(row);
        QVERIFY(e);
        QCOMPARE(model.data(model.index(row, RegistryModel::Params)).toInt(), e->parameterCount());
        QCOMPARE(model.data(model.index(row, RegistryModel::Vertices)).toLongLong(),
                 e->traceVertices());
        QCOMPARE(model.data(model.index(row, RegistryModel::Model)).toString(),
                 e->metadata.modelType);
        QCOMPARE(model.data(model.index(row, RegistryModel::Status)).toString(),
                 e->usable ? u"Available"_s : u"Unavailable"_s);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setDownloaded({e->id});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().column(), int(RegistryModel::Status));
        QCOMPARE(model.data(model.index(row, 0), RegistryModel::DownloadedRole).toBool(), true);
        if (e->usable)
            QCOMPARE(model.data(model.index(row, RegistryModel::Status)).toString(),
                     u"Downloaded"_s);
        model.setDownloaded({e->id}); // unchanged: no signal
        QCOMPARE(changed.size(), 1);
    }

    void sortGoesThroughTheIndex()
    {
        const registry::RegistryIndex index = load(u"registry-62ab94c.json"_s);
        RegistryModel model;
        model.setIndex(index);
        model.setRows(index.search({}).rows);
        QSignalSpy sort(&model, &RegistryModel::sortRequested);
        model.sort(RegistryModel::Vertices, Qt::DescendingOrder);
        QCOMPARE(sort.size(), 1);
        QCOMPARE(sort.first().at(0).value<registry::SortField>(), registry::SortField::Vertices);
        QCOMPARE(sort.first().at(1).toBool(), true);
        model.sort(RegistryModel::Description); // not sortable by the index: ignored
        QCOMPARE(sort.size(), 1);

        // The index's order, applied: vertices descending, missing values last.
        registry::Query q;
        q.sort = registry::SortField::Vertices;
        q.descending = true;
        model.setRows(index.search(q).rows);
        qint64 previous = std::numeric_limits<qint64>::max();
        bool missing = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            const qint64 v = model.entryAt(r)->traceVertices();
            if (v < 0) {
                missing = true;
                continue;
            }
            QVERIFY2(!missing, "entries without a vertex count sort last");
            QVERIFY(v <= previous);
            previous = v;
        }
    }

    void humanSize()
    {
        QCOMPARE(RegistryModel::humanSize(-1), QString());
        QCOMPARE(RegistryModel::humanSize(5064), QLocale().formattedDataSize(5064, 1));
        QVERIFY(RegistryModel::humanSize(5064).contains(u"KiB"_s));
    }
};

QTEST_MAIN(TestRegistryModel)
#include "tst_registrymodel.moc"
