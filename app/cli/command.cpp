#include "app/cli/command.h"
#include "core/daemon/kuborpc.h"
#include "core/paths.h"
#include "core/secrets.h"
#include "core/settings.h"

#include <QFile>

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>

namespace pt::cli {

namespace {
QList<Command> &registry()
{
    static QList<Command> commands;
    return commands;
}
} // namespace

void CommandRegistry::add(const Command &command)
{
    registry().append(command);
    std::sort(registry().begin(), registry().end(),
              [](const Command &a, const Command &b) { return a.name < b.name; });
}

const QList<Command> &CommandRegistry::all()
{
    return registry();
}

const Command *CommandRegistry::find(const QString &name)
{
    for (const Command &c : registry()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

void printJson(const QJsonValue &value)
{
    QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

int parseCommandLine(QCommandLineParser &parser, const QStringList &args)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args))
        return fail(parser.errorText() + QStringLiteral(" (see --help)"), ExitUsage);
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out() << QStringLiteral("\nGlobal options (any command): ") << GlobalOptions::summary()
              << QLatin1Char('\n');
        out().flush();
        return ExitOk;
    }
    return -1;
}

int exitCodeFor(const Error &error, bool invalidInputIsUsage, bool unsupportedIsUnavailable)
{
    switch (error.code) {
    case Error::Unsupported:
        return unsupportedIsUnavailable ? ExitUnavailable : ExitFailure;
    case Error::NotFound:
        return ExitNotFound;
    case Error::VerifyFailed:
        return ExitVerifyFailed;
    case Error::Network:
        return ExitUnavailable;
    case Error::InvalidInput:
        return invalidInputIsUsage ? ExitUsage : ExitFailure;
    default:
        return ExitFailure;
    }
}

Result<QUrl> configuredDaemonApi(const GlobalOptions &global)
{
    QString explicitAddress = global.ipfsApi;
    QString ipfsPath;
    // Only an existing settings file is read: a command never creates one as a side effect.
    if (QFile::exists(Settings::defaultFilePath())) {
        Settings settings;
        if (explicitAddress.isEmpty())
            explicitAddress = settings.kuboApiAddress();
        ipfsPath = settings.ipfsPath();
    }
    if (ipfsPath.isEmpty())
        ipfsPath = Paths::ipfsRepoDir();
    return daemon::resolveApiUrl(explicitAddress, ipfsPath);
}

QByteArray kuboApiAuthorization(const GlobalOptions &global, bool always)
{
    if (!always) {
        if (global.noDaemon)
            return {};
        if (global.ipfsApi.isEmpty() &&
            !pt::daemon::resolveApiUrl({}, pt::Paths::ipfsRepoDir()).ok())
            return {}; // no daemon announced: nothing to authorise
    }
    // A command line cannot wait for a keyring that comes up later (the GUI's retry delay) or
    // for an unlock prompt nobody answers: one quick attempt, bounded.
    const auto savedDelay = SecretStore::retryDelay();
    const auto savedTimeout = SecretStore::timeout();
    SecretStore::setRetryDelay(std::chrono::milliseconds(0));
    SecretStore::setTimeout(std::chrono::milliseconds(5000));
    QByteArray value;
    QEventLoop loop; // finished() is always emitted asynchronously, so after exec() starts
    SecretJob *job = SecretStore::read(QStringLiteral("kubo-api"),
                                       QLatin1String(SecretStore::DefaultAccount), &loop);
    QObject::connect(job, &SecretJob::finished, &loop, [&](const Result<QString> &r) {
        if (r)
            value = r->trimmed().toUtf8();
        loop.quit();
    });
    job->start();
    QTimer::singleShot(6000, &loop, &QEventLoop::quit);
    loop.exec();
    SecretStore::setRetryDelay(savedDelay);
    SecretStore::setTimeout(savedTimeout);
    // A header value with a control character would split the request: never send it.
    for (const char c : std::as_const(value)) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return {};
    }
    return value;
}

namespace {
std::atomic_bool g_interrupted{false};
void onInterruptSignal(int)
{
    g_interrupted = true; // async-signal-safe: the event loop polls it
}
} // namespace

InterruptWatch::InterruptWatch(std::function<void()> onInterrupt, bool alsoTerm)
    : m_poll(std::make_unique<QTimer>()), m_alsoTerm(alsoTerm)
{
    g_interrupted = false;
    m_previousInt = std::signal(SIGINT, onInterruptSignal);
    if (alsoTerm)
        m_previousTerm = std::signal(SIGTERM, onInterruptSignal);
    m_poll->setInterval(100);
    QObject::connect(m_poll.get(), &QTimer::timeout,
                     [this, onInterrupt = std::move(onInterrupt), called = false]() mutable {
                         if (g_interrupted && !called) {
                             called = true;
                             onInterrupt();
                         }
                     });
    m_poll->start();
}

InterruptWatch::~InterruptWatch()
{
    m_poll->stop();
    std::signal(SIGINT, m_previousInt);
    if (m_alsoTerm)
        std::signal(SIGTERM, m_previousTerm);
}

bool InterruptWatch::interrupted() const
{
    return g_interrupted;
}

int fail(const QString &message, int code)
{
    out().flush();
    err() << "phasic-traces-cli: " << message << Qt::endl;
    return code;
}

bool extractGlobalOptions(QStringList &args, GlobalOptions &global, QString *error)
{
    Result<GlobalOptions> parsed = GlobalOptions::extract(args);
    if (!parsed) {
        *error = parsed.error().message;
        return false;
    }
    global = *parsed;
    return true;
}

} // namespace pt::cli
