// The availability badge (what a table model returns per role) and the detail pane: its
// sentence from cached results, a check against a gateway on 127.0.0.1, cancel, keyboard use.
#include "core/ipfs/importer.h"
#include "tests/support/fakegateway.h"
#include "tests/support/testsupport.h"
#include "ui/health/availability.h"
#include "ui/health/healthpane.h"

#include <QApplication>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace pt;
using pt::test::FakeGateway;

namespace {
fetch::SourceCheck gw(const char *url, bool ok)
{
    return {QString::fromLatin1(url), QStringLiteral("gateway"), ok, 100,
            ok ? QString() : QStringLiteral("HTTP 404: not found there")};
}
fetch::ProbeResult result(const QString &cid, QList<fetch::SourceCheck> sources)
{
    fetch::ProbeResult r;
    r.id = QStringLiteral("e");
    r.cid = cid;
    r.role = QStringLiteral("parent");
    r.checkedAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());
    r.sources = std::move(sources);
    return r;
}
} // namespace

class TestHealthUi : public QObject
{
    Q_OBJECT

private slots:
    void summarySentence()
    {
        const fetch::SourceCheck pinata{
            QStringLiteral("Pinata"), QStringLiteral("pinning"), true, 50, {}};
        const auto r = result(QStringLiteral("bafyA"),
                              {gw("https://a", true), gw("https://b", true), gw("https://c", true),
                               gw("https://d", false), pinata});
        const ui::AvailabilitySummary s = ui::summarize({r});
        QCOMPARE(s.level, ui::Availability::Available);
        QCOMPARE(ui::availabilityText(s),
                 QStringLiteral("available on 3 of 4 gateways, pinned on Pinata"));
        QCOMPARE(ui::availabilityShortText(s), QStringLiteral("3/4 +1"));
        QCOMPARE(ui::availabilityData(s, ui::AvailabilityRole).toInt(),
                 int(ui::Availability::Available));
        QCOMPARE(ui::availabilityData(s, Qt::DisplayRole).toString(), QStringLiteral("3/4 +1"));
        QVERIFY(!ui::availabilityData(s, Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(ui::availabilityData(s, Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("checked ")));
        QVERIFY(!ui::availabilityData(s, Qt::EditRole).isValid());

        // Two CIDs: the entry is as available as its least available one.
        const auto worse =
            result(QStringLiteral("bafyB"), {gw("https://a", false),
                                             gw("https://b", true),
                                             gw("https://c", false),
                                             gw("https://d", false),
                                             {QStringLiteral("Pinata"), QStringLiteral("pinning"),
                                              false, 50, QStringLiteral("not pinned")}});
        const ui::AvailabilitySummary two = ui::summarize({r, worse});
        QCOMPARE(two.gatewaysOk, 1);
        QCOMPARE(two.level, ui::Availability::Partial);
        QCOMPARE(ui::availabilityText(two),
                 QStringLiteral("available on 1 of 4 gateways, not pinned on Pinata"));

        const auto nowhere = result(QStringLiteral("bafyC"), {gw("https://a", false)});
        QCOMPARE(ui::summarize({nowhere}).level, ui::Availability::Unavailable);
        QCOMPARE(ui::availabilityText(ui::summarize({nowhere})),
                 QStringLiteral("available nowhere"));
        QCOMPARE(ui::summarize({}).level, ui::Availability::Unknown);
        QCOMPARE(ui::availabilityText(ui::summarize({})), QStringLiteral("not checked yet"));
        QVERIFY(ui::availabilityShortText(ui::summarize({})).isEmpty());
    }

    void paneChecksAndCaches()
    {
        ipfs::MemoryBlockStore blocks;
        ipfs::Importer importer(ipfs::ImportProfile::kuboV1(), &blocks);
        Result<ipfs::ImportedNode> f = importer.importBytes(test::chacha20Keystream("ui", 4096));
        QVERIFY(f.ok());
        FakeGateway good(&blocks), missing(&blocks);
        const QUrl goodUrl = good.start(), missingUrl = missing.start();
        missing.setFault(FakeGateway::Fault::NotFound);

        QTemporaryDir tmp;
        fetch::ProbeCache cache(tmp.filePath(QStringLiteral("health.json")));
        QNetworkAccessManager nam;
        ui::HealthPane pane(&cache, &nam);
        pane.setSources({fetch::Source::gateway(goodUrl), fetch::Source::gateway(missingUrl)});
        fetch::AvailabilityProbe::Options options;
        options.minIntervalMs = 0;
        pane.setProbeOptions(options);
        pane.show();

        auto *button = pane.findChild<QPushButton *>();
        QVERIFY(button);
        QVERIFY(!button->isEnabled()); // nothing to check yet
        QVERIFY(!button->accessibleName().isEmpty());

        pane.setEntry(QStringLiteral("e"),
                      {{QStringLiteral("e"), f->cid, QStringLiteral("parent")}});
        QCOMPARE(pane.summaryText(), QStringLiteral("not checked yet"));
        QVERIFY(button->isEnabled());

        QSignalSpy changed(&pane, &ui::HealthPane::availabilityChanged);
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space); // keyboard only
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.first().first().toString(), QStringLiteral("e"));
        QCOMPARE(pane.summaryText(), QStringLiteral("available on 1 of 2 gateways"));
        QVERIFY(QFile::exists(cache.path()));
        fetch::ProbeCache reread(cache.path());
        QVERIFY(reread.load().ok());
        QCOMPARE(reread.forEntry(QStringLiteral("e")).size(), 1);

        // A hanging gateway: the button becomes Cancel and stops the check; nothing cached.
        good.setFault(FakeGateway::Fault::Hang);
        missing.setFault(FakeGateway::Fault::Hang);
        pane.check();
        QVERIFY(pane.isChecking());
        QVERIFY(button->text().contains(QLatin1String("Cancel")));
        button->click();
        QTRY_VERIFY(!pane.isChecking());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(pane.summaryText(), QStringLiteral("available on 1 of 2 gateways"));
        QVERIFY(button->text().contains(QLatin1String("Check")));

        pane.setEntry(QStringLiteral("urls-only"), {});
        QVERIFY(pane.summaryText().contains(QLatin1String("no IPFS content")));
        QVERIFY(!button->isEnabled());
    }
};

QTEST_MAIN(TestHealthUi)
#include "tst_health_ui.moc"
