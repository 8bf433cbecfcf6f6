// Messages made in core/ reach a Danish user in Danish: with the app's Danish translator
// installed (what ui/shell/translator.cpp does at start-up) the same core calls return Danish
// text, and without one (the command-line tool installs none) they stay English, so scripts and
// tests that read the CLI's output keep working. Links only phasic_core and loads the .qm the
// build makes from translations/phasic-traces_da.ts.
#include "core/daemon/multiaddr.h"
#include "core/fetch/contentref.h"
#include "core/fetch/fetchjob.h"
#include "core/fetch/localstore.h"
#include "core/fetch/source.h"
#include "core/ipfs/cid.h"
#include "core/registry/registryparser.h"
#include "core/trace/trace.h"
#include "tests/support/fakegateway.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace pt;
using pt::test::FakeGateway;
using namespace Qt::StringLiterals;

namespace {

// A CID that no source has; the fetch below fails before any byte is needed.
const QString kMissingCid = u"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"_s;

} // namespace

class TestCoreTranslations : public QObject
{
    Q_OBJECT

private:
    QTranslator m_danish;
    bool m_installed = false;

    void setDanish(bool on)
    {
        if (on && !m_installed)
            QVERIFY(QCoreApplication::installTranslator(&m_danish));
        if (!on && m_installed)
            QVERIFY(QCoreApplication::removeTranslator(&m_danish));
        m_installed = on;
    }

    // A download from one gateway that has nothing (404 for everything), no retries: fails with
    // "no source could deliver".
    QString noSourceMessage(QUrl *gatewayUrl)
    {
        QTemporaryDir dir;
        if (!dir.isValid())
            return u"(no temporary directory)"_s;
        fetch::LocalStore store(dir.filePath(u"store"_s));
        QNetworkAccessManager nam;
        fetch::FetchConfig config;
        ipfs::MemoryBlockStore blocks;
        FakeGateway gateway(&blocks);
        *gatewayUrl = gateway.start();
        gateway.setFault(FakeGateway::Fault::NotFound);
        config.sources = {fetch::Source::gateway(*gatewayUrl)};
        config.maxRetries = 0;
        config.stallTimeoutMs = 5000;
        const auto cid = ipfs::Cid::parse(kMissingCid);
        if (!cid)
            return cid.error().message;
        fetch::FetchJob job(fetch::ContentRef::ipfsPath(*cid), dir.filePath(u"out.bin"_s), &store,
                            &nam, config);
        QSignalSpy finished(&job, &fetch::FetchJob::finished);
        job.start();
        if (!job.isFinished() && !finished.wait(20000))
            return u"(the fetch did not finish)"_s;
        return job.error().message;
    }

private slots:
    void initTestCase()
    {
        const QString qm = QStringLiteral(PT_DA_QM);
        QVERIFY2(m_danish.load(qm), qPrintable(u"cannot load "_s + qm));
        QVERIFY(!m_danish.isEmpty());
    }

    void cleanup() { setDanish(false); }

    // Each row: a core call and its message in English and in Danish (as in the .ts).
    void messages_data()
    {
        QTest::addColumn<bool>("danish");
        QTest::newRow("english (no translator, as in the CLI)") << false;
        QTest::newRow("danish (the app's translator)") << true;
    }

    void messages()
    {
        QFETCH(bool, danish);
        setDanish(danish);

        // core/ipfs: an empty CID.
        QCOMPARE(ipfs::Cid::parse(u"").error().message, danish ? u"tom CID"_s : u"empty CID"_s);

        // core/ipfs: a CID with a bad character keeps its "CID <text>: " prefix in Danish too
        // (core/registry strips it by that prefix).
        const QString badCid = ipfs::Cid::parse(u"bafy!!!"_s).error().message;
        QVERIFY2(badCid.startsWith(u"CID bafy!!!: "_s), qPrintable(badCid));

        // core/daemon: an API address that is neither a multiaddr nor a URL.
        QCOMPARE(daemon::parseApiAddress(u"localhost"_s).error().message,
                 danish ? u"API-adressen »localhost«: hverken en multiaddr "
                          "(/ip4/127.0.0.1/tcp/5001) eller en http(s)-URL"_s
                        : u"API address \"localhost\": neither a multiaddr "
                          "(/ip4/127.0.0.1/tcp/5001) nor an http(s) URL"_s);

        // core/trace: a trace file whose gzip stream is cut short (an interrupted download).
        const QByteArray gz = QByteArray::fromHex("1f8b0800000000000003ab56ca2f48");
        const QString truncated = trace::parseTrace(gz).error().message;
        QVERIFY2(truncated.startsWith(danish ? u"gzip: dataene slutter efter "_s
                                             : u"gzip: data truncated after "_s),
                 qPrintable(truncated));
        QVERIFY2(truncated.endsWith(danish ? u"downloaden er ufuldstændig"_s
                                           : u"the download is incomplete"_s),
                 qPrintable(truncated));

        // core/registry: a registry file cut short (an interrupted download).
        const QByteArray cut = R"({"version": "1.0", "traces": {"a": {"description": "x")";
        QCOMPARE(registry::parseRegistry(cut).error().message,
                 danish ? u"linje 1, kolonne 55: uventet slutning på dataene inde i et objekt "
                          "(i traces.a)"_s
                        : u"line 1, column 55: unexpected end of data inside an object "
                          "(in traces.a)"_s);

        // core/fetch: every source failed.
        QUrl gatewayUrl;
        const QString noSource = noSourceMessage(&gatewayUrl);
        const QString expected = danish ? u"ingen kilde kunne levere kontrollerede data for %1 – "_s
                                        : u"no source could deliver verified bytes of %1 — "_s;
        QVERIFY2(noSource.startsWith(expected.arg(kMissingCid)), qPrintable(noSource));
        // The source's own answer is in the same language.
        QVERIFY2(noSource.endsWith(danish ? u"har den ikke (HTTP 404)"_s
                                          : u"does not have it (HTTP 404)"_s),
                 qPrintable(noSource));
        QVERIFY2(noSource.contains(gatewayUrl.host()), qPrintable(noSource));
        QCOMPARE(noSource.contains(u"no source"_s), !danish);
    }

    // The command-line tool installs no translator: a Danish locale still gets English
    // messages (scripts and tests parse them).
    void cliStaysEnglish()
    {
#ifndef PT_CLI
        QSKIP("phasic-traces-cli is not part of this build");
#else
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString missing = dir.filePath(u"missing"_s);
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LANG"_s, u"da_DK.UTF-8"_s);
        env.insert(u"LC_ALL"_s, u"da_DK.UTF-8"_s);
        env.insert(u"LANGUAGE"_s, u"da"_s);
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(PT_CLI), {u"cid"_s, missing});
        QVERIFY(cli.waitForFinished(30000));
        QVERIFY(cli.exitCode() != 0);
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(err.contains(missing + u": no such file or directory"_s), qPrintable(err));
#endif
    }
};

QTEST_GUILESS_MAIN(TestCoreTranslations)
#include "tst_coretranslations.moc"
