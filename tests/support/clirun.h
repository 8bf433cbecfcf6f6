#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace pt::test {

// What one run of phasic-traces-cli produced.
struct CliRun
{
    int code = -1; // exit code; -1 when it did not start or timed out, -2 when it crashed
    QByteArray out;
    QByteArray err;
    bool timedOut = false;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonObject json() const; // stdout parsed as a JSON object (empty when it is not one)
};

struct CliOptions
{
    QByteArray stdinData;            // written, then the channel is closed
    QProcessEnvironment environment; // empty: inherit this process's environment
    int timeoutMs = 120000;
};

// Path of the built phasic-traces-cli.
QString cliPath();

// Runs the CLI to completion. This thread's event loop keeps running meanwhile, so fake servers
// living on it (FakeGateway, the publish fakes) go on answering the CLI's requests. A run that
// exceeds the timeout is killed and reported with timedOut set.
CliRun runCli(const QStringList &args, const CliOptions &options);
CliRun runCli(const QStringList &args, int timeoutMs = 120000);

} // namespace pt::test
