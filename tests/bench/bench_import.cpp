// Import throughput: our UnixFS importer (null sink, i.e. `--only-hash`) against
// `openssl dgst -sha256` (one core) on the same 256 MiB file. The importer hashes leaves on a
// thread pool, so it should be at least as fast as a single-core SHA-256 of the file.
//
// Usage: bench_import [SIZE_MIB=256] [RUNS=3]   (best of RUNS for each figure)
#include "core/ipfs/importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QThread>

#include <cstdio>

using namespace pt::ipfs;
using pt::Result;
using namespace Qt::StringLiterals;

static double mbPerSecond(qint64 bytes, qint64 nanos)
{
    return nanos > 0 ? (double(bytes) / 1e6) / (double(nanos) / 1e9) : 0.0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 sizeMiB = args.size() > 1 ? args.at(1).toLongLong() : 256;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 3;
    const qint64 size = sizeMiB * 1048576;

    QTemporaryFile file;
    if (!file.open()) {
        std::fprintf(stderr, "cannot create a temporary file\n");
        return 1;
    }
    {
        QByteArray buf(1 << 20, Qt::Uninitialized);
        QRandomGenerator rng(42);
        for (qint64 done = 0; done < size; done += buf.size()) {
            rng.fillRange(reinterpret_cast<quint32 *>(buf.data()), buf.size() / 4);
            file.write(buf);
        }
        file.flush();
    }
    std::printf("file: %lld MiB (%s), %d run(s) each, best taken, %d threads\n", sizeMiB,
                qPrintable(file.fileName()), runs, QThread::idealThreadCount());

    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    qint64 bestOpenssl = 0;
    if (openssl.isEmpty()) {
        std::printf("openssl not found: no reference figure\n");
    } else {
        for (int i = 0; i < runs + 1; ++i) { // the first run also warms the page cache
            QProcess p;
            QElapsedTimer t;
            t.start();
            p.start(openssl, {u"dgst"_s, u"-sha256"_s, file.fileName()});
            p.waitForFinished(-1);
            const qint64 ns = t.nsecsElapsed();
            if (p.exitCode() != 0) {
                std::fprintf(stderr, "openssl failed: %s\n", p.readAllStandardError().constData());
                return 1;
            }
            if (i > 0 && (bestOpenssl == 0 || ns < bestOpenssl))
                bestOpenssl = ns;
        }
        std::printf("openssl dgst -sha256      : %8.1f MB/s\n", mbPerSecond(size, bestOpenssl));
    }

    for (const ImportProfile &profile : {ImportProfile::kuboV0(), ImportProfile::unixfsV1_2025()}) {
        qint64 best = 0;
        QString cid;
        for (int i = 0; i < runs; ++i) {
            QFile in(file.fileName());
            if (!in.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
                return 1;
            Importer importer(profile);
            QElapsedTimer t;
            t.start();
            Result<ImportedNode> node = importer.importFile(&in, in.fileName());
            const qint64 ns = t.nsecsElapsed();
            if (!node) {
                std::fprintf(stderr, "import failed: %s\n", qPrintable(node.error().message));
                return 1;
            }
            cid = node->cid.toString();
            if (best == 0 || ns < best)
                best = ns;
        }
        const double ours = mbPerSecond(size, best);
        std::printf("import %-18s: %8.1f MB/s", qPrintable(profile.name), ours);
        if (bestOpenssl)
            std::printf("  ratio %.2f x openssl", ours / mbPerSecond(size, bestOpenssl));
        std::printf("  (%s)\n", qPrintable(cid));
    }
    return 0;
}
