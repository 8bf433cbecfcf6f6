#include "app/cli/fetchrunner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <unistd.h>

namespace pt::cli {

namespace {
QString human(double bytes)
{
    const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    int u = 0;
    while (bytes >= 1024 && u < 4) {
        bytes /= 1024;
        ++u;
    }
    return QString::number(bytes, 'f', u == 0 ? 0 : 1) + QLatin1Char(' ') + QLatin1String(units[u]);
}

QString phaseName(fetch::FetchPhase phase)
{
    switch (phase) {
    case fetch::FetchPhase::Queued:
        return QStringLiteral("queued");
    case fetch::FetchPhase::Resolving:
        return QStringLiteral("resolving");
    case fetch::FetchPhase::Downloading:
        return QStringLiteral("downloading");
    case fetch::FetchPhase::Verifying:
        return QStringLiteral("verifying");
    case fetch::FetchPhase::Done:
        return QStringLiteral("done");
    case fetch::FetchPhase::Failed:
        return QStringLiteral("failed");
    case fetch::FetchPhase::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}
} // namespace

Result<fetch::ResolvedSources> sourcesFromOptions(const GlobalOptions &global)
{
    fetch::SourceOptions options;
    global.applyTo(options);
    options.apiAuthorization = kuboApiAuthorization(global);
    return fetch::resolveSources(options);
}

int runFetchJob(fetch::FetchJob &job, const GlobalOptions &global, QJsonObject *summary)
{
    const bool bar = !global.json && ::isatty(STDERR_FILENO);
    InterruptWatch interrupt([&job] { job.cancel(); });
    QObject::connect(&job, &fetch::FetchJob::message, &job, [&global](const QString &text) {
        if (!global.json)
            err() << "\r\033[K" << text << Qt::endl;
    });
    if (bar) {
        QObject::connect(&job, &fetch::FetchJob::progressChanged, &job, [&job] {
            const fetch::FetchProgress p = job.progress();
            QString line = QStringLiteral("%1 %2")
                               .arg(phaseName(p.phase), -11)
                               .arg(human(double(p.doneBytes)));
            if (p.totalBytes > 0) {
                const int width = 24;
                const int filled = int(width * double(p.doneBytes) / double(p.totalBytes));
                line =
                    QStringLiteral("[%1%2] ").arg(QString(qBound(0, filled, width), u'#'),
                                                  QString(width - qBound(0, filled, width), u'.')) +
                    line + QStringLiteral(" / ") + human(double(p.totalBytes));
            }
            if (p.bytesPerSecond > 0)
                line += QStringLiteral("  %1/s").arg(human(p.bytesPerSecond));
            if (p.etaSeconds >= 0)
                line += QStringLiteral("  ETA %1 s").arg(p.etaSeconds);
            if (!p.source.isEmpty())
                line += QStringLiteral("  via ") + p.source;
            err() << "\r\033[K" << line.left(160);
            err().flush();
        });
    }
    QObject::connect(
        &job, &fetch::FetchJob::finished, qApp, [] { QCoreApplication::exit(0); },
        Qt::QueuedConnection);
    job.start();
    if (!job.isFinished())
        QCoreApplication::exec();
    if (bar)
        err() << "\r\033[K";

    const fetch::FetchProgress p = job.progress();
    if (summary) {
        summary->insert(QStringLiteral("source"), job.ref().displayName());
        summary->insert(QStringLiteral("destination"), job.destination());
        summary->insert(QStringLiteral("ok"), job.succeeded());
        summary->insert(QStringLiteral("bytes"), p.doneBytes);
        summary->insert(QStringLiteral("via"), p.source);
        if (!job.succeeded())
            summary->insert(QStringLiteral("error"), job.error().message);
        summary->insert(QStringLiteral("log"), QJsonArray::fromStringList(job.log()));
    }
    if (job.succeeded())
        return ExitOk;
    if (job.error().code == Error::Cancelled)
        return 130; // like a shell's Ctrl+C
    return exitCodeFor(job.error());
}

} // namespace pt::cli
