// Verified download of a 256 MiB trace from a trustless gateway on 127.0.0.1 versus curl
// fetching the very same bytes (the CAR) from the same server. Prints MB/s and the ratio.
// The gateway runs on its own thread, as a real server would be another process.
//   bench_fetch [MiB=256] [import profile=kubo-v0] [sha256]
#include "core/fetch/fetchjob.h"
#include "core/ipfs/importer.h"
#include "core/ipfs/multihash.h"
#include "tests/support/fakegateway.h"
#include "tests/support/testsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <sys/resource.h>

using namespace pt;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 size = (argc > 1 ? QByteArray(argv[1]).toLongLong() : 256) * 1024 * 1024;
    const QString profileName =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("kubo-v0");
    // "sha256": the registry also gives the file's sha256 (checked while the data streams in).
    const bool withSha = argc > 3 && QByteArray(argv[3]) == "sha256";
    const int repeats = 3;

    ipfs::MemoryBlockStore blocks;
    const QByteArray data = test::chacha20Keystream("bench-fetch", size);
    ipfs::Importer importer(*ipfs::ImportProfile::byName(profileName), &blocks);
    const ipfs::Cid root = importer.importBytes(data)->cid;
    const QByteArray expectedSha = withSha ? ipfs::sha256(data) : QByteArray();

    QThread serverThread;
    auto *gateway = new test::FakeGateway(&blocks);
    gateway->moveToThread(&serverThread);
    serverThread.start();
    QUrl base;
    QMetaObject::invokeMethod(
        gateway, [&] { base = gateway->start(); }, Qt::BlockingQueuedConnection);
    const QString carUrl = base.toString() + QStringLiteral("/ipfs/") + root.toString() +
                           QStringLiteral("?format=car&dag-scope=entity");

    QTemporaryDir tmp;
    auto cpuSeconds = [](int who) {
        rusage u{};
        getrusage(who, &u);
        return u.ru_utime.tv_sec + u.ru_stime.tv_sec +
               (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    };
    std::fprintf(stderr, "set up; measuring\n");

    // curl: the same CAR URL, written to a file beside ours (same disk).
    double curlCpu = 0;
    // CPU seconds of everything involved (the server thread included on both sides): a figure
    // less at the mercy of other processes on the machine than wall time.
    double curlAllCpu = 0, oursAllCpu = 0;
    auto curlRun = [&] {
        const double cpu0 = cpuSeconds(RUSAGE_CHILDREN);
        const double all0 = cpuSeconds(RUSAGE_SELF) + cpu0;
        QElapsedTimer t;
        t.start();
        QProcess curl;
        curl.start(QStringLiteral("curl"),
                   {QStringLiteral("-sS"), QStringLiteral("-o"),
                    tmp.filePath(QStringLiteral("curl.car")), QStringLiteral("-H"),
                    QStringLiteral("Accept: application/vnd.ipld.car"), carUrl});
        curl.waitForFinished(600000);
        const double s = t.elapsed() / 1000.0;
        curlCpu = cpuSeconds(RUSAGE_CHILDREN) - cpu0;
        curlAllCpu = cpuSeconds(RUSAGE_SELF) + cpuSeconds(RUSAGE_CHILDREN) - all0;
        return s;
    };

    // Ours: every block hashed against its CID, leaf data written into the .part at its offset
    // (internal nodes to the store), then fsynced and renamed into place. A fresh store and a
    // fresh destination each time: no cache hits.
    int round = 0;
    double downloadSeconds = -1;
    double oursCpu = 0;
    auto oursRun = [&] {
        QNetworkAccessManager nam;
        fetch::LocalStore store(tmp.filePath(QStringLiteral("store%1").arg(round)));
        // Like curl's -o, which truncates its previous output: the last run's file goes first.
        if (round > 0)
            QFile::remove(tmp.filePath(QStringLiteral("out%1.bin").arg(round - 1)));
        fetch::FetchConfig config;
        config.sources = {fetch::Source::gateway(base)};
        fetch::ContentRef ref = fetch::ContentRef::ipfsPath(root);
        if (withSha)
            ref.sha256 = expectedSha;
        fetch::FetchJob job(ref, tmp.filePath(QStringLiteral("out%1.bin").arg(round)), &store, &nam,
                            config);
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds(RUSAGE_THREAD);
        const double all0 = cpuSeconds(RUSAGE_SELF);
        QObject::connect(&job, &fetch::FetchJob::progressChanged, &app, [&] {
            if (job.progress().phase == fetch::FetchPhase::Verifying && downloadSeconds < 0)
                downloadSeconds = t.elapsed() / 1000.0;
        });
        QObject::connect(
            &job, &fetch::FetchJob::finished, &app, [] { QCoreApplication::exit(0); },
            Qt::QueuedConnection);
        job.start();
        app.exec();
        const double s = t.elapsed() / 1000.0;
        oursCpu = cpuSeconds(RUSAGE_THREAD) - cpu0;
        oursAllCpu = cpuSeconds(RUSAGE_SELF) - all0;
        if (!job.succeeded()) {
            std::fprintf(stderr, "download failed: %s\n", qPrintable(job.error().message));
            std::exit(1);
        }
        std::printf("  run %d: %.3f s data in, %.3f s total (final sha256/fsync/rename %.3f s), "
                    "CPU: receiving thread %.3f s, all threads incl. server %.3f s\n",
                    round, downloadSeconds, s, s - downloadSeconds, oursCpu, oursAllCpu);
        downloadSeconds = -1;
        ++round;
        return s;
    };

    // The server builds and caches the CAR on the first request: not part of either side.
    curlRun();
    // Interleaved, so both see the same machine load; the median of each is reported.
    std::vector<double> curlTimes, oursTimes;
    for (int i = 0; i < repeats; ++i) {
        curlTimes.push_back(curlRun());
        std::printf("  curl %d: %.3f s (CPU: curl %.3f s, curl + server %.3f s)\n", i,
                    curlTimes.back(), curlCpu, curlAllCpu);
        oursTimes.push_back(oursRun());
    }
    auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    const double curlSeconds = median(curlTimes);
    const double oursSeconds = median(oursTimes);

    const qint64 carBytes = QFileInfo(tmp.filePath(QStringLiteral("curl.car"))).size();
    const double mb = size / 1e6;
    std::printf("verified download, %lld MiB file (%s%s, CAR %lld bytes), median of %d\n",
                size >> 20, qPrintable(profileName), withSha ? ", + sha256" : "", carBytes,
                repeats);
    std::printf("%-34s %8.3f s %9.1f MB/s\n", "curl (same CAR, same server)", curlSeconds,
                mb / curlSeconds);
    std::printf("%-34s %8.3f s %9.1f MB/s\n", "phasic-traces verified fetch", oursSeconds,
                mb / oursSeconds);
    std::printf("ratio (ours / curl throughput)     %8.2f   (goal >= 0.80)\n",
                curlSeconds / oursSeconds);

    QMetaObject::invokeMethod(
        gateway, [&] { delete gateway; }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    return 0;
}
