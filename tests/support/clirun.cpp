#include "tests/support/clirun.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QProcess>

namespace pt::test {

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

QString cliPath()
{
    return QStringLiteral(PT_BINARY_DIR "/app/phasic-traces-cli");
}

CliRun runCli(const QStringList &args, const CliOptions &options)
{
    CliRun run;
    QProcess process;
    if (!options.environment.isEmpty())
        process.setProcessEnvironment(options.environment);
    process.start(cliPath(), args);
    if (!process.waitForStarted(30000)) {
        run.err = process.errorString().toUtf8();
        return run;
    }
    if (!options.stdinData.isEmpty())
        process.write(options.stdinData);
    process.closeWriteChannel();

    // Short waits with the event loop in between: a blocking waitForFinished() would starve
    // servers on this thread, and the CLI would hang on them.
    const QDeadlineTimer deadline(options.timeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        process.waitForFinished(10);
    }
    if (process.state() != QProcess::NotRunning) {
        run.timedOut = true;
        process.kill();
        process.waitForFinished(10000);
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

CliRun runCli(const QStringList &args, int timeoutMs)
{
    CliOptions options;
    options.timeoutMs = timeoutMs;
    return runCli(args, options);
}

} // namespace pt::test
