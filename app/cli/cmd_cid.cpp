// `cid`: the root CID of files and directories, computed locally exactly as
// `ipfs add -Q -r --only-hash` would (docs/IPFS.md §2); nothing is stored or sent.
#include "app/cli/command.h"
#include "core/ipfs/importer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace pt::ipfs;

namespace pt::cli {
namespace {

int runCid(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Print the root CID of each PATH (a file or a directory tree), as\n"
        u"`ipfs add -Q -r --only-hash` prints it for the same profile. Nothing is stored.\n"
        u"Profiles: kubo-v0 (Kubo's default: CIDv0, 256 KiB chunks), kubo-v1 (ipfs add\n"
        u"--cid-version=1: raw leaves), unixfs-v1-2025 (IPIP-499: CIDv1, 1 MiB chunks, 1024 "
        u"links).\n"
        u"Like Kubo, names starting with '.' are skipped unless --hidden, symbolic links are\n"
        u"stored as links (not followed) and special files are refused. '-' reads standard input.\n"
        u"With --json: a list of {path, cid, size, dagSize, files, profile}."_s);
    const QCommandLineOption profileOpt(u"profile"_s, u"Import profile (default kubo-v0)."_s,
                                        u"P"_s, u"kubo-v0"_s);
    const QCommandLineOption hiddenOpt(
        QStringList{u"H"_s, u"hidden"_s},
        u"Include files and directories whose name starts with '.'."_s);
    parser.addOption(profileOpt);
    parser.addOption(hiddenOpt);
    parser.addPositionalArgument(
        u"PATH"_s, u"Files or directories to hash ('-' = standard input)."_s, u"PATH..."_s);
    const int rc = parseCommandLine(parser, args);
    if (rc >= 0)
        return rc;

    Result<ImportProfile> profile = ImportProfile::byName(parser.value(profileOpt));
    if (!profile)
        return fail(profile.error().message, ExitUsage);
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return fail(u"cid: no PATH given (see --help)"_s, ExitUsage);

    QJsonArray list;
    for (const QString &path : paths) {
        Importer importer(*profile);
        importer.setIncludeHidden(parser.isSet(hiddenOpt));
        Result<ImportedNode> node = Error(Error::Generic, QString());
        if (path == "-"_L1) { // standard input, like `ipfs add -` (a pipe streams through)
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return fail(u"cannot read standard input: %1"_s.arg(in.errorString()));
            node = importer.importFile(&in, u"(stdin)"_s);
        } else {
            node = importer.importPath(path);
        }
        if (!node)
            return fail(node.error().message, exitCodeFor(node.error(), true));
        if (importer.skippedHidden() > 0)
            err() << "phasic-traces-cli: note: " << path << ": " << importer.skippedHidden()
                  << " hidden entr" << (importer.skippedHidden() == 1 ? "y" : "ies")
                  << " skipped, as ipfs add does (use --hidden to include them)" << Qt::endl;
        if (importer.symlinksStored() > 0)
            err() << "phasic-traces-cli: note: " << path << ": " << importer.symlinksStored()
                  << " symbolic link(s) stored as links, as ipfs add does (their targets are not "
                     "included)"
                  << Qt::endl;
        if (global.json) {
            QJsonObject o;
            o.insert(u"path"_s, path);
            o.insert(u"cid"_s, node->cid.toString());
            o.insert(u"size"_s, double(node->contentSize));
            o.insert(u"dagSize"_s, double(node->dagSize));
            o.insert(u"files"_s, double(node->files));
            o.insert(u"profile"_s, profile->name);
            list.append(o);
        } else {
            out() << node->cid.toString() << '\n';
            out().flush();
        }
    }
    if (global.json)
        printJson(list);
    return ExitOk;
}

const Registrar registrar(Command{
    u"cid"_s, u"Print the CID of files or directories (like ipfs add --only-hash)"_s, &runCid});

} // namespace
} // namespace pt::cli
