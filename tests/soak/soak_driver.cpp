// Fault soak: runs `phasic-traces-cli fetch` / `get` again and again against real HTTP sources
// that misbehave (tests/support/fakegateway.h: a trustless gateway on 127.0.0.1 serving real
// blocks with one fault per round) and, when installed, the js-ipfs node; kills the CLI with
// SIGKILL at random points in most rounds; and after every round and at the end checks that
// nothing under a final name is wrong: the downloaded files, the files in the shared cache
// (plus `verify --all`) and every block in the block store.
//
//   soak_driver [--rounds N] [--seed S] [--no-node] [--cli PATH]
//
// Prints one line per round and a summary: rounds, a per-kind table of faults injected /
// detected / recovered, corrupt files found. Exit status 0 only when no corrupt file was found,
// every fault that had time to be reported was reported, and the final complete downloads
// succeeded.
#include "core/fetch/localstore.h"
#include "core/ipfs/importer.h"
#include "core/ipfs/multihash.h"
#include "tests/support/fakegateway.h"
#include "tests/support/ipfsnode.h"
#include "tests/support/testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMetaEnum>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <functional>

using namespace pt;
using pt::test::FakeGateway;

namespace {

// Serves the gateways while waiting (the soak is a test tool, not product code).
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Expected
{
    QString path;
    QByteArray bytes;
};

struct Tally
{
    int rounds = 0;
    int killed = 0;
    int completed = 0;
    int failedUnkilled = 0; // finished on their own with a non-zero status
    int filesChecked = 0;
    int corrupt = 0;
};

// Per fault kind. A fault is *injected* in a round when the faulty gateway served an answer the
// fault altered (FakeGateway::faultsServed). It is *detected* when the CLI's output has a line
// naming that gateway with the report text of the kind (the job's messages: what the CLI
// prints and the downloads panel shows). A SIGKILL that lands sooner than the kind's report
// can come (see reportWithinMs) cuts the round short: counted apart, not as detected or
// missed. *Missed* = injected, not cut short, not detected: a silent recovery, a bug.
struct KindTally
{
    int rounds = 0;    // rounds that set this fault
    int injected = 0;  // of those, rounds in which the fault was served
    int cutShort = 0;  // killed before a report was due
    int detected = 0;  // reported by a line naming the gateway
    int recovered = 0; // injected, not killed, and the download still succeeded
    int missed = 0;    // injected and given time, but not reported
};

const char *faultName(FakeGateway::Fault f)
{
    return QMetaEnum::fromType<FakeGateway::Fault>().valueToKey(int(f));
}

// What the job's message for each kind says (one of these, on a line that names the gateway).
QStringList reportTexts(FakeGateway::Fault f)
{
    using F = FakeGateway::Fault;
    switch (f) {
    case F::WrongBytes:
        return {QStringLiteral("does not match CID")};
    case F::TruncatedCar:
        return {QStringLiteral("that ended after")};
    case F::TruncatedCarNoRaw: // the cut CAR, or the 404 for a block when the CAR was whole
        return {QStringLiteral("that ended after"), QStringLiteral("does not have it")};
    case F::ServerError:
        return {QStringLiteral("answered HTTP 503")};
    case F::Hang: // raced after the hedge delay, or the stall timeout
        return {QStringLiteral("is slow"), QStringLiteral("sent nothing for")};
    case F::RedirectOffHost:
        return {QStringLiteral("redirected to")};
    case F::OversizedBlock:
        return {QStringLiteral("limit")};
    case F::WrongContentType:
        return {QStringLiteral("Content-Type")};
    case F::NotFound:
        return {QStringLiteral("does not have it")};
    case F::None:
    case F::SlowTrickle:
        break;
    }
    return {};
}

// How long after the faulty answer a report can take: the answer is read at once, except a
// hang, which shows only when the job races the next source beside it (FetchConfig
// hedgeAfterMs, 5 s, checked once a second) or the stall timeout.
int reportWithinMs(FakeGateway::Fault f)
{
    return f == FakeGateway::Fault::Hang ? 7000 : 1500;
}

bool reported(const QByteArray &output, const QString &host, FakeGateway::Fault f)
{
    const QList<QByteArray> lines = output.split('\n');
    const QStringList texts = reportTexts(f);
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw);
        if (!line.contains(host))
            continue;
        for (const QString &t : texts) {
            if (line.contains(t))
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fault soak of phasic-traces-cli."));
    parser.addHelpOption();
    const QCommandLineOption roundsOpt(QStringLiteral("rounds"), QStringLiteral("Rounds (50)."),
                                       QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Random seed."),
                                     QStringLiteral("s"));
    const QCommandLineOption noNodeOpt(QStringLiteral("no-node"),
                                       QStringLiteral("Do not use the js-ipfs node."));
    const QCommandLineOption cliOpt(QStringLiteral("cli"), QStringLiteral("CLI executable."),
                                    QStringLiteral("path"),
                                    QStringLiteral(PT_BINARY_DIR "/app/phasic-traces-cli"));
    parser.addOptions({roundsOpt, seedOpt, noNodeOpt, cliOpt});
    parser.process(app);
    const int rounds = qMax(1, parser.value(roundsOpt).toInt());
    const quint32 seed = parser.isSet(seedOpt) ? parser.value(seedOpt).toUInt()
                                               : QRandomGenerator::system()->generate();
    QRandomGenerator rng(seed);
    const QString cli = parser.value(cliOpt);
    if (!QFileInfo(cli).isExecutable()) {
        std::fprintf(stderr, "soak: %s is not built\n", qPrintable(cli));
        return 2;
    }
    std::printf("soak: %d rounds, seed %u\n", rounds, seed);

    // The content: a v1 trace package (registry `get`) and a larger file by CID (`fetch`).
    ipfs::MemoryBlockStore blocks;
    ipfs::Importer importer(ipfs::ImportProfile::kuboV0(), &blocks);
    const QByteArray trace = test::chacha20Keystream("soak-trace", 3 * 1024 * 1024 + 17);
    const QByteArray meta = QByteArrayLiteral("{\"model_type\": \"coalescent\"}\n");
    const QByteArray big = test::chacha20Keystream("soak-big", 6 * 1024 * 1024 + 5);
    auto t = importer.importBytes(trace);
    auto m = importer.importBytes(meta);
    auto b = importer.importBytes(big);
    if (!t || !m || !b)
        return 2;
    auto pkg = importer.buildDirectory(
        {{QByteArrayLiteral("trace.json.gz"), *t}, {QByteArrayLiteral("metadata.json"), *m}});
    auto bigDir = importer.buildDirectory({{QByteArrayLiteral("big.bin"), *b}});
    if (!pkg || !bigDir)
        return 2;

    QTemporaryDir tmp;
    const QString id = QStringLiteral("coalescent_n10_theta1");
    QJsonObject reg = QJsonDocument::fromJson(
                          test::readData(QStringLiteral("registry/upstream/registry-63ca9be.json")))
                          .object();
    QJsonObject traces = reg.value(QStringLiteral("traces")).toObject();
    QJsonObject entry = traces.value(id).toObject();
    if (entry.isEmpty()) {
        std::fprintf(stderr, "soak: the registry fixture has no %s\n", qPrintable(id));
        return 2;
    }
    entry.insert(QStringLiteral("cid"), pkg->cid.toString());
    entry.insert(
        QStringLiteral("checksum"),
        QString(QStringLiteral("sha256:") + QString::fromLatin1(ipfs::sha256(trace).toHex())));
    traces.insert(id, entry);
    reg.insert(QStringLiteral("traces"), traces);
    const QString regPath = tmp.filePath(QStringLiteral("registry.json"));
    {
        QFile f(regPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(reg).toJson()) < 0)
            return 2;
    }

    FakeGateway bad(&blocks);
    FakeGateway good(&blocks);
    const QUrl badUrl = bad.start();
    const QUrl goodUrl = good.start();
    // The good gateway trickles (~5 MiB/s) so a kill can land in the middle of a download.
    good.setFault(FakeGateway::Fault::SlowTrickle, 512 * 1024);
    const QString badHost = QStringLiteral("127.0.0.1:%1").arg(badUrl.port());

    std::unique_ptr<test::IpfsNode> node;
    QString nodeFileCid;
    if (!parser.isSet(noNodeOpt) && test::IpfsNode::available()) {
        node = std::make_unique<test::IpfsNode>();
        if (!node->start()) {
            std::printf("soak: js-ipfs node did not start (%s); rounds without it\n",
                        qPrintable(node->errorString()));
            node.reset();
        } else {
            QString error;
            nodeFileCid = node->add(big, QStringLiteral("big.bin"), {}, &error);
            if (nodeFileCid != b->cid.toString()) {
                std::printf(
                    "soak: the node's CID %s differs from ours %s (%s); rounds without it\n",
                    qPrintable(nodeFileCid), qPrintable(b->cid.toString()), qPrintable(error));
                node.reset();
            }
        }
    } else {
        std::printf("soak: js-ipfs node not used (%s)\n",
                    parser.isSet(noNodeOpt) ? "--no-node"
                                            : qPrintable(test::IpfsNode::unavailableReason()));
    }

    const QString cache = tmp.filePath(QStringLiteral("cache"));
    const QString out = tmp.filePath(QStringLiteral("out"));
    const QString traceDir = cache + QStringLiteral("/phasic_traces/traces/") + id;
    const QList<Expected> getFiles{{traceDir + QStringLiteral("/trace.json.gz"), trace},
                                   {traceDir + QStringLiteral("/metadata.json"), meta}};
    const QList<Expected> fetchFiles{{out + QStringLiteral("/big.bin"), big}};
    const QList<Expected> nodeFiles{{out + QStringLiteral("/") + b->cid.toString(), big}};

    const QList<FakeGateway::Fault> faults{FakeGateway::Fault::WrongBytes,
                                           FakeGateway::Fault::TruncatedCar,
                                           FakeGateway::Fault::TruncatedCarNoRaw,
                                           FakeGateway::Fault::ServerError,
                                           FakeGateway::Fault::Hang,
                                           FakeGateway::Fault::RedirectOffHost,
                                           FakeGateway::Fault::OversizedBlock,
                                           FakeGateway::Fault::WrongContentType,
                                           FakeGateway::Fault::NotFound};

    Tally tally;
    QMap<FakeGateway::Fault, KindTally> kinds;
    // Checks that every final name holds exactly its bytes (or nothing).
    const auto check = [&](const QList<Expected> &files, bool removeAfter) {
        for (const Expected &e : files) {
            if (!QFileInfo::exists(e.path))
                continue;
            ++tally.filesChecked;
            if (readAll(e.path) != e.bytes) {
                ++tally.corrupt;
                std::printf("  CORRUPT: %s\n", qPrintable(e.path));
            }
            if (removeAfter)
                QFile::remove(e.path);
        }
    };
    const auto runCli = [&](const QStringList &args, int timeoutMs, QByteArray *output) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(cli, args);
        if (!p.waitForStarted())
            return -1;
        waitUntil([&] { return p.state() == QProcess::NotRunning; }, timeoutMs);
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished();
        }
        if (output)
            *output = p.readAll();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    const QStringList common{QStringLiteral("--cache-dir"), cache, QStringLiteral("--registry"),
                             QUrl::fromLocalFile(regPath).toString()};

    bool previousComplete = false;
    QElapsedTimer total;
    total.start();
    for (int round = 1; round <= rounds; ++round) {
        // A finished download leaves every block in the store; clear it (`cache gc`, as a user
        // would) so the next round goes to the network again. A killed one keeps its blocks:
        // the next round resumes from them.
        if (previousComplete)
            runCli(common + QStringList{QStringLiteral("cache"), QStringLiteral("gc")}, 30000,
                   nullptr);

        const bool nodeRound = node && round % 5 == 0;
        const bool getRound = !nodeRound && rng.bounded(2) == 0;
        const FakeGateway::Fault fault = faults.at(int(rng.bounded(faults.size())));
        bad.setFault(fault, fault == FakeGateway::Fault::TruncatedCar ||
                                    fault == FakeGateway::Fault::TruncatedCarNoRaw
                                ? qint64(rng.bounded(1, 12))
                                : 0);
        QStringList args = common;
        if (nodeRound)
            args << QStringLiteral("--ipfs-api") << node->apiMultiaddr();
        else
            args << QStringLiteral("--no-daemon");
        args << QStringLiteral("--gateway") << badUrl.toString() << QStringLiteral("--gateway")
             << goodUrl.toString();
        const QList<Expected> *files = &fetchFiles;
        if (getRound) {
            args << QStringLiteral("get") << id;
            files = &getFiles;
        } else if (nodeRound) {
            args << QStringLiteral("fetch") << b->cid.toString() << QStringLiteral("--to") << out;
            files = &nodeFiles;
        } else {
            args << QStringLiteral("fetch") << bigDir->cid.toString() + QStringLiteral("/big.bin")
                 << QStringLiteral("--to") << out;
        }

        // The previous rounds' files are checked again, then removed, so this round downloads
        // (a file already in place would be found and nothing fetched).
        check(*files, true);
        const int servedBefore = bad.faultsServed();
        const bool kill = rng.bounded(10) < 7;
        // Most downloads here take 0.5-2 s: kill points spread over that window.
        const int killAfterMs = int(rng.bounded(50, 1500));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer clock;
        clock.start();
        qint64 firstFaultMs = -1; // when the gateway first served the fault (polled every ~20 ms)
        const auto exited = [&] {
            if (firstFaultMs < 0 && bad.faultsServed() > servedBefore)
                firstFaultMs = clock.elapsed();
            return p.state() == QProcess::NotRunning;
        };
        p.start(cli, args);
        if (!p.waitForStarted()) {
            std::fprintf(stderr, "soak: cannot start %s\n", qPrintable(cli));
            return 2;
        }
        bool wasKilled = false;
        qint64 endMs = -1;
        if (kill) {
            waitUntil(exited, killAfterMs);
            if (p.state() == QProcess::Running) {
                endMs = clock.elapsed();
                p.kill(); // SIGKILL: no cleanup code runs
                wasKilled = true;
            }
        }
        if (!waitUntil(exited, 120000)) {
            endMs = clock.elapsed();
            p.kill();
            wasKilled = true;
        }
        p.waitForFinished();
        const QByteArray output = p.readAll();
        const int code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;

        // The node rounds ask the daemon first: the gateways are not the point there.
        const bool injected = !nodeRound && bad.faultsServed() > servedBefore;
        const bool detected = injected && reported(output, badHost, fault);
        const bool cutShort = injected && !detected && wasKilled &&
                              (firstFaultMs < 0 || endMs - firstFaultMs < reportWithinMs(fault));
        KindTally &k = kinds[fault];
        if (!nodeRound)
            ++k.rounds;
        k.injected += injected ? 1 : 0;
        k.detected += detected ? 1 : 0;
        k.cutShort += cutShort ? 1 : 0;
        k.missed += injected && !detected && !cutShort ? 1 : 0;
        k.recovered += injected && !wasKilled && code == 0 ? 1 : 0;
        ++tally.rounds;
        if (wasKilled)
            ++tally.killed;
        else if (code == 0)
            ++tally.completed;
        else
            ++tally.failedUnkilled;
        const int corruptBefore = tally.corrupt;
        check(*files, false);
        previousComplete = !wasKilled && code == 0;
        const char *what = !injected  ? "not served"
                           : detected ? "served, reported"
                           : cutShort ? "served, killed before its report was due"
                                      : "served, NOT REPORTED";
        std::printf("round %2d  %-5s %-18s %s after %5lld ms  exit %3d  fault %s%s\n", round,
                    getRound ? "get" : (nodeRound ? "node" : "fetch"), faultName(fault),
                    wasKilled ? "killed  " : "finished", qint64(clock.elapsed()), code, what,
                    tally.corrupt > corruptBefore ? "  CORRUPT" : "");
        if ((!wasKilled && code != 0) || (injected && !detected && !cutShort))
            std::printf("  output: %s\n", output.right(600).constData());
        std::fflush(stdout);
    }

    // The end: complete both downloads with good sources, then verify the whole cache.
    bad.setFault(FakeGateway::Fault::None);
    good.setFault(FakeGateway::Fault::None);
    QByteArray o1, o2, o3;
    const QStringList finalArgs =
        common +
        QStringList{QStringLiteral("--no-daemon"), QStringLiteral("--gateway"), goodUrl.toString()};
    const int getCode = runCli(finalArgs + QStringList{QStringLiteral("get"), id}, 120000, &o1);
    const int fetchCode =
        runCli(finalArgs + QStringList{QStringLiteral("fetch"),
                                       bigDir->cid.toString() + QStringLiteral("/big.bin"),
                                       QStringLiteral("--to"), out},
               120000, &o2);
    const int verifyCode = runCli(
        common + QStringList{QStringLiteral("verify"), QStringLiteral("--all")}, 120000, &o3);
    check(getFiles, false);
    check(fetchFiles, false);
    check(nodeFiles, false);

    // Every block in the store must hash to its name (here: equal the block we served).
    fetch::LocalStore store(cache + QStringLiteral("/store"));
    int blocksChecked = 0;
    for (auto it = blocks.blocks().cbegin(); it != blocks.blocks().cend(); ++it) {
        const QString path = store.blockPath(it.key());
        if (!QFileInfo::exists(path))
            continue;
        ++blocksChecked;
        if (readAll(path) != it.value()) {
            ++tally.corrupt;
            std::printf("  CORRUPT block: %s\n", qPrintable(path));
        }
    }
    // Anything else lying in the cache: leftovers of killed runs (temporary names) are fine,
    // they never carry a final name; count them so a leak would show.
    int otherFiles = 0;
    QDirIterator all(cache, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (all.hasNext()) {
        const QString f = all.next();
        if (f == getFiles.at(0).path || f == getFiles.at(1).path || f.startsWith(store.dir()))
            continue;
        ++otherFiles;
    }

    std::printf("\nsoak summary (seed %u, %.0f s)\n", seed, total.elapsed() / 1000.0);
    std::printf("  rounds:              %d (%d killed with SIGKILL, %d completed, %d failed on "
                "their own)\n",
                tally.rounds, tally.killed, tally.completed, tally.failedUnkilled);
    KindTally sum;
    std::printf("  per fault kind (injected: the gateway served the fault; cut short: SIGKILL came "
                "before its report was due;\n  detected: a line names the gateway and the fault; "
                "recovered: the download still succeeded):\n");
    std::printf("    %-18s %6s %8s %9s %8s %9s %6s\n", "fault", "rounds", "injected", "cut short",
                "detected", "recovered", "missed");
    for (FakeGateway::Fault f : faults) {
        const KindTally &k = kinds.value(f);
        std::printf("    %-18s %6d %8d %9d %8d %9d %6d\n", faultName(f), k.rounds, k.injected,
                    k.cutShort, k.detected, k.recovered, k.missed);
        sum.rounds += k.rounds;
        sum.injected += k.injected;
        sum.cutShort += k.cutShort;
        sum.detected += k.detected;
        sum.recovered += k.recovered;
        sum.missed += k.missed;
    }
    std::printf("    %-18s %6d %8d %9d %8d %9d %6d\n", "all", sum.rounds, sum.injected,
                sum.cutShort, sum.detected, sum.recovered, sum.missed);
    std::printf("  faults injected:     %d (%d cut short by SIGKILL before a report was due)\n",
                sum.injected, sum.cutShort);
    std::printf("  faults detected:     %d of the %d given time to report (missed: %d)\n",
                sum.detected, sum.injected - sum.cutShort, sum.missed);
    std::printf("  files checked:       %d final files, %d store blocks, %d other files in the "
                "cache\n",
                tally.filesChecked, blocksChecked, otherFiles);
    std::printf("  final get/fetch:     exit %d / %d; verify --all: exit %d (%s)\n", getCode,
                fetchCode, verifyCode, o3.simplified().right(120).constData());
    std::printf("  corrupt files found: %d\n", tally.corrupt);
    // A fault that went by without a report is a silent fallback: a failure like corruption.
    const bool ok =
        tally.corrupt == 0 && sum.missed == 0 && getCode == 0 && fetchCode == 0 && verifyCode == 0;
    if (!ok && (getCode || fetchCode))
        std::printf("final output:\n%s\n%s\n", o1.constData(), o2.constData());
    std::printf("soak: %s\n", ok ? "PASS" : "FAIL");
    return ok ? 0 : 1;
}
