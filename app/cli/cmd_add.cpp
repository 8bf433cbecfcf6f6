// `add PATH`: share by CID. Adds a file or a directory tree through the local IPFS daemon
// (the daemon's root must equal ours for the profile), or, without a daemon, computes the CID
// locally and says plainly that the content is only on this machine. Optionally pins it on a
// remote service (--pin-to). Prints the CID and gateway links.
#include "app/cli/command.h"
#include "app/cli/pinservices.h"
#include "core/daemon/kuborpc.h"
#include "core/ipfs/importer.h"
#include "core/paths.h"
#include "core/publish/daemonadd.h"
#include "core/publish/pinataclient.h"
#include "core/publish/pinning.h"
#include "core/settings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

using namespace Qt::StringLiterals;
using namespace pt::publish;

namespace pt::cli {

namespace {

QStringList gatewayLinks(const QString &cid)
{
    QStringList gateways;
    if (QFile::exists(Settings::defaultFilePath())) {
        Settings settings;
        gateways = settings.gateways();
    }
    if (gateways.isEmpty())
        gateways = {u"https://ipfs.io"_s, u"https://dweb.link"_s};
    QStringList links;
    for (QString g : gateways.mid(0, 3)) {
        while (g.endsWith(u'/'))
            g.chop(1);
        links << g + u"/ipfs/"_s + cid;
    }
    links << u"ipfs://"_s + cid;
    return links;
}

int runAdd(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Add PATH (a file or a directory tree) to IPFS through the local daemon and print its\n"
        u"CID and gateway links. The daemon's root CID must equal the one computed here for the\n"
        u"profile, else nothing is reported as shared. Without a daemon (or with --no-daemon)\n"
        u"the CID is computed locally only: the content is then NOT on IPFS yet.\n"
        u"--pin-to NAME also pins it remotely (pinata, psa:<name>); without a daemon only\n"
        u"pinata can take the files directly (uploaded, CID compared)."_s);
    const QCommandLineOption profileOpt(u"profile"_s,
                                        u"Import profile: kubo-v0 (default), kubo-v1, "
                                        u"unixfs-v1-2025."_s,
                                        u"P"_s, u"kubo-v0"_s);
    const QCommandLineOption pinToOpt(u"pin-to"_s, u"Also pin on this remote service."_s,
                                      u"NAME"_s);
    const QCommandLineOption waitOpt(u"wait"_s, u"With --pin-to: wait until pinned."_s);
    const QCommandLineOption hiddenOpt(QStringList{u"H"_s, u"hidden"_s},
                                       u"Include names starting with '.'."_s);
    parser.addOption(profileOpt);
    parser.addOption(pinToOpt);
    parser.addOption(waitOpt);
    parser.addOption(hiddenOpt);
    parser.addPositionalArgument(u"PATH"_s, u"A file or a directory."_s);
    const int rc = parseCommandLine(parser, args);
    if (rc >= 0)
        return rc;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(u"add: give exactly one PATH (see --help)"_s, ExitUsage);
    const QString path = positional.first();
    auto profile = pt::ipfs::ImportProfile::byName(parser.value(profileOpt));
    if (!profile)
        return fail(profile.error().message, ExitUsage);

    // Find the daemon: --ipfs-api, else settings, else the repo's api file.
    QUrl api;
    QString daemonNote;
    if (!global.noDaemon) {
        Result<QUrl> resolved = configuredDaemonApi(global);
        if (resolved)
            api = *resolved;
        else
            daemonNote = resolved.error().message;
    }

    QString cid;
    bool onIpfs = false;
    qint64 bytes = 0;
    if (api.isValid()) {
        DaemonAdd add(api, *profile);
        add.setAuthorization(kuboApiAuthorization(global)); // the API may require it
        add.setIncludeHidden(parser.isSet(hiddenOpt));
        std::optional<Result<DaemonAddResult>> outcome;
        QEventLoop loop;
        QObject::connect(&add, &DaemonAdd::finished, &loop, [&](const Result<DaemonAddResult> &r) {
            outcome.emplace(r);
            loop.quit();
        });
        add.start(path);
        loop.exec();
        if (!*outcome)
            return fail(outcome->error().message, exitCodeFor(outcome->error(), true, true));
        cid = outcome->value().daemonCid;
        bytes = outcome->value().bytes;
        onIpfs = true;
    } else {
        pt::ipfs::Importer importer(*profile);
        importer.setIncludeHidden(parser.isSet(hiddenOpt));
        auto node = importer.importPath(path);
        if (!node)
            return fail(node.error().message, exitCodeFor(node.error(), true, true));
        cid = node->cid.toString();
        bytes = qint64(node->contentSize);
    }

    QJsonObject pinJson;
    if (parser.isSet(pinToOpt)) {
        const QString name = parser.value(pinToOpt);
        auto handle = openPinningService(name);
        if (!handle)
            return fail(handle.error().message, exitCodeFor(handle.error(), true, true));
        const QString label = QFileInfo(QDir::cleanPath(path)).fileName();
        if (!onIpfs && name == u"pinata"_s && QFileInfo(path).isDir() &&
            profile->name != u"unixfs-v1-2025"_s) {
            // No node of ours serves the content: hand the files to Pinata and compare.
            auto *pinata = static_cast<PinataClient *>(handle->service.get());
            std::optional<Result<PinataUpload>> up;
            QEventLoop loop;
            pinata->uploadFolder(path, label, profile->cidVersion, cid,
                                 [&](Result<PinataUpload> r) {
                                     up.emplace(std::move(r));
                                     loop.quit();
                                 });
            loop.exec();
            if (!*up)
                return fail(up->error().message, exitCodeFor(up->error(), true, true));
            onIpfs = true;
            pinJson = QJsonObject{{u"service"_s, name}, {u"status"_s, u"pinned"_s}};
        } else {
            if (!onIpfs)
                return fail(u"%1 is only local (no IPFS daemon: %2); %3 pins by CID and needs a "
                            u"node that provides the content. Start the daemon, or use --pin-to "
                            u"pinata with a directory to upload the files."_s.arg(
                                cid, daemonNote.isEmpty() ? u"--no-daemon"_s : daemonNote, name),
                            ExitUnavailable);
            std::optional<Result<PinStatus>> st;
            QEventLoop loop;
            handle->service->pin(cid, label, {}, {}, [&](Result<PinStatus> r) {
                st.emplace(std::move(r));
                loop.quit();
            });
            loop.exec();
            if (!*st)
                return fail(st->error().message, exitCodeFor(st->error(), true, true));
            Result<PinStatus> final = *st;
            if (parser.isSet(waitOpt) && final->status != PinState::Pinned)
                final = waitUntilPinned(handle->service.get(), final->requestId, global.json);
            if (!final)
                return fail(final.error().message, exitCodeFor(final.error(), true, true));
            pinJson = QJsonObject{{u"service"_s, name},
                                  {u"status"_s, pinStateName(final->status)},
                                  {u"requestid"_s, final->requestId}};
        }
    }

    const QStringList links = gatewayLinks(cid);
    if (global.json) {
        QJsonObject o{{u"cid"_s, cid},
                      {u"profile"_s, profile->name},
                      {u"bytes"_s, double(bytes)},
                      {u"onIpfs"_s, onIpfs},
                      {u"links"_s, QJsonArray::fromStringList(links)}};
        if (!pinJson.isEmpty())
            o.insert(u"pin"_s, pinJson);
        printJson(o);
    } else {
        out() << cid << Qt::endl;
        if (onIpfs) {
            for (const QString &l : links)
                out() << "  " << l << Qt::endl;
        } else {
            err() << "phasic-traces-cli: only local: " << cid
                  << " was computed here, the content is not on IPFS ("
                  << (daemonNote.isEmpty() ? u"--no-daemon"_s : daemonNote)
                  << "). Start the daemon and add again, or use --pin-to pinata." << Qt::endl;
        }
        if (!pinJson.isEmpty())
            out() << "pinned on " << pinJson.value(u"service"_s).toString() << ": "
                  << pinJson.value(u"status"_s).toString() << Qt::endl;
    }
    return ExitOk;
}

const Registrar registrar(
    {u"add"_s, u"Add a file or folder to IPFS via the local daemon; print CID and links"_s,
     &runAdd});

} // namespace

} // namespace pt::cli
