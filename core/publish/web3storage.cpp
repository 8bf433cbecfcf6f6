#include "core/publish/web3storage.h"

#include "core/ipfs/cid.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pt::publish {

namespace {
// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::publish)
};
} // namespace

Web3StorageAdapter::Web3StorageAdapter(QObject *parent) : PinningService(parent) {}

Web3StorageAdapter::~Web3StorageAdapter()
{
    abortAll();
}

QString Web3StorageAdapter::unavailableExplanation()
{
    return Msg::tr(
        "web3.storage is unavailable: its classic token API was sunset on 2024-01-09, and "
        "its successor Storacha (w3up) no longer accepts uploads (store/add removed on "
        "2026-01-29, writes off since 2026-05-15). Pin with Pinata or a Pinning Service API "
        "provider instead, or, if you still have a working Storacha account, install and "
        "log in to the `storacha` CLI so CAR files can be handed to it.");
}

QString Web3StorageAdapter::findCli()
{
    for (const QString &name : {u"storacha"_s, u"w3"_s}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return {};
}

Error Web3StorageAdapter::unavailable(const QString &what) const
{
    return Error(Error::Unsupported, u"%1: %2"_s.arg(what, unavailableExplanation()));
}

void Web3StorageAdapter::testCredentials(VoidCallback done)
{
    QTimer::singleShot(0, this, [this, done = std::move(done)] {
        const QString cli = findCli();
        if (cli.isEmpty())
            return done(unavailable(Msg::tr("checking credentials")));
        // The CLI holds the credentials (UCAN delegations); we never see a token.
        done({});
    });
}

void Web3StorageAdapter::pin(const QString &cid, const QString &, const QJsonObject &,
                             const QStringList &, StatusCallback done)
{
    QTimer::singleShot(0, this, [this, cid, done = std::move(done)] {
        done(unavailable(Msg::tr("pinning %1 by CID (Storacha never offered pin-by-CID; only CAR "
                                 "uploads)")
                             .arg(cid)));
    });
}

void Web3StorageAdapter::status(const QString &idOrCid, StatusCallback done)
{
    QTimer::singleShot(0, this, [this, idOrCid, done = std::move(done)] {
        done(unavailable(Msg::tr("status of %1").arg(idOrCid)));
    });
}

void Web3StorageAdapter::list(const PinFilter &, ListCallback done)
{
    QTimer::singleShot(
        0, this, [this, done = std::move(done)] { done(unavailable(Msg::tr("listing pins"))); });
}

void Web3StorageAdapter::remove(const QString &idOrCid, VoidCallback done)
{
    QTimer::singleShot(0, this, [this, idOrCid, done = std::move(done)] {
        done(unavailable(Msg::tr("removing %1").arg(idOrCid)));
    });
}

void Web3StorageAdapter::abortAll()
{
    const auto processes = std::exchange(m_processes, {});
    for (const QPointer<QProcess> &p : processes) {
        if (p) {
            p->disconnect(this);
            p->kill();
            p->waitForFinished(1000);
            p->deleteLater();
        }
    }
}

Result<QString> Web3StorageAdapter::parseUpOutput(const QByteArray &stdoutText)
{
    // `storacha up` prints e.g. "⁂ Stored 1 file" then "⁂ https://w3s.link/ipfs/bafy…";
    // take the last token that parses as a CID.
    static const QRegularExpression token(u"(Qm[1-9A-HJ-NP-Za-km-z]{44}|b[a-z2-7]{20,})"_s);
    QString found;
    auto it = token.globalMatch(QString::fromUtf8(stdoutText));
    while (it.hasNext()) {
        const QString candidate = it.next().captured(1);
        if (pt::ipfs::Cid::parse(candidate))
            found = candidate;
    }
    if (found.isEmpty())
        return Error(Error::InvalidInput,
                     Msg::tr("the Storacha CLI printed no root CID: %1")
                         .arg(QString::fromUtf8(stdoutText.left(300)).simplified()));
    return found;
}

void Web3StorageAdapter::uploadCar(const QString &carPath, const QString &expectedRoot,
                                   std::function<void(Result<QString>)> done, int timeoutMs)
{
    const QString cli = findCli();
    if (cli.isEmpty()) {
        QTimer::singleShot(0, this, [this, done = std::move(done)] {
            done(unavailable(Msg::tr("uploading a CAR (no `storacha` or `w3` CLI on PATH)")));
        });
        return;
    }
    if (!QFileInfo(carPath).isFile()) {
        QTimer::singleShot(0, this, [carPath, done = std::move(done)] {
            done(Error(Error::NotFound, Msg::tr("%1 does not exist").arg(carPath)));
        });
        return;
    }
    auto *process = new QProcess(this);
    m_processes.append(process);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, process, [process] {
        process->setProperty("pt_timedOut", true);
        process->kill();
    });
    const QString program = QFileInfo(cli).fileName();
    connect(process, &QProcess::finished, this,
            [this, process, program, expectedRoot, done](int code, QProcess::ExitStatus status) {
                m_processes.removeAll(process);
                process->deleteLater();
                const QByteArray out = process->readAllStandardOutput();
                const QString errText =
                    QString::fromUtf8(process->readAllStandardError().left(2000)).trimmed();
                if (process->property("pt_timedOut").toBool())
                    return done(Error(Error::Network,
                                      Msg::tr("`%1 up` did not finish in time").arg(program)));
                if (status != QProcess::NormalExit || code != 0)
                    return done(Error(Error::Generic,
                                      Msg::tr("Storacha (%1 up) said: %2 (exit code %3). %4")
                                          .arg(program, errText.isEmpty() ? u"nothing"_s : errText)
                                          .arg(code)
                                          .arg(unavailableExplanation())));
                auto root = parseUpOutput(out);
                if (!root)
                    return done(root.error());
                if (!expectedRoot.isEmpty()) {
                    const auto a = pt::ipfs::Cid::parse(*root);
                    const auto b = pt::ipfs::Cid::parse(expectedRoot);
                    if (!a || !b || !(*a == *b))
                        return done(
                            Error(Error::VerifyFailed,
                                  Msg::tr("Storacha stored root %1 but the CAR's root is %2")
                                      .arg(*root, expectedRoot)));
                }
                done(*root);
            });
    connect(process, &QProcess::errorOccurred, this,
            [this, process, cli, done](QProcess::ProcessError e) {
                if (e != QProcess::FailedToStart)
                    return;
                m_processes.removeAll(process);
                process->deleteLater();
                done(Error(Error::Io,
                           Msg::tr("cannot start %1: %2").arg(cli, process->errorString())));
            });
    timer->start(timeoutMs);
    process->start(cli, {u"up"_s, u"--car"_s, QDir::toNativeSeparators(carPath)});
}

} // namespace pt::publish
