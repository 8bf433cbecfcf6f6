// `car pack | verify | unpack`: CAR v1 files (docs/IPFS.md §3) from and to the file system.
#include "app/cli/command.h"
#include "core/ipfs/car.h"
#include "core/ipfs/exporter.h"
#include "core/ipfs/importer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pt::ipfs;

namespace pt::cli {
namespace {

// Writes each distinct block once (a tree with identical files shares their blocks).
class DedupSink : public BlockSink
{
public:
    explicit DedupSink(BlockSink *inner) : m_inner(inner) {}
    Result<void> putBlock(const Cid &cid, const QByteArray &block) override
    {
        if (m_seen.contains(cid))
            return {};
        m_seen.insert(cid);
        ++blocks;
        bytes += block.size();
        return m_inner->putBlock(cid, block);
    }
    qint64 blocks = 0;
    qint64 bytes = 0;

private:
    BlockSink *m_inner;
    QSet<Cid> m_seen;
};

QString usage()
{
    return u"Usage: phasic-traces-cli car pack PATH -o OUT.car [--profile P] [--hidden]\n"
           u"       phasic-traces-cli car verify FILE.car [--root CID]\n"
           u"       phasic-traces-cli car unpack FILE.car -o DIR [--root CID]\n"
           u"Run 'phasic-traces-cli car <subcommand> --help' for details.\n"_s;
}

int pack(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Import PATH (a file or a directory tree) as UnixFS, exactly as `ipfs add` would for the\n"
        u"profile, and write its blocks to a CAR v1 file whose single root is the printed CID.\n"
        u"The CAR is written under a temporary name and renamed when complete."_s);
    const QCommandLineOption outOpt(QStringList{u"o"_s, u"output"_s}, u"The CAR file to write."_s,
                                    u"OUT.car"_s);
    const QCommandLineOption profileOpt(
        u"profile"_s, u"kubo-v0 (default), kubo-v1 or unixfs-v1-2025."_s, u"P"_s, u"kubo-v0"_s);
    const QCommandLineOption hiddenOpt(
        QStringList{u"H"_s, u"hidden"_s},
        u"Include names starting with '.' (skipped by default, as ipfs add does)."_s);
    parser.addOptions({outOpt, profileOpt, hiddenOpt});
    parser.addPositionalArgument(u"PATH"_s, u"File or directory to pack."_s);
    const int rc = parseCommandLine(parser, args);
    if (rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return fail(u"car pack: give exactly one PATH (see --help)"_s, ExitUsage);
    if (!parser.isSet(outOpt))
        return fail(u"car pack: -o OUT.car is required"_s, ExitUsage);
    Result<ImportProfile> profile = ImportProfile::byName(parser.value(profileOpt));
    if (!profile)
        return fail(profile.error().message, ExitUsage);
    const QString path = parser.positionalArguments().first();
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
        return fail(u"%1: no such file or directory"_s.arg(path), ExitNotFound);

    QSaveFile car(parser.value(outOpt));
    if (!car.open(QIODevice::WriteOnly))
        return fail(u"%1: cannot write: %2"_s.arg(car.fileName(), car.errorString()));
    // The root is known only at the end: write a placeholder root of the same binary length
    // (a sha2-256 CID is 34 bytes as v0, 36 as v1, raw or dag-pb), then rewrite the header.
    const Multihash zero(HashCode::Sha2_256, QByteArray(32, '\0'));
    const Cid placeholder = profile->cidVersion == 0 ? *Cid::v0(zero) : Cid::v1(Codec::DagPb, zero);
    CarWriter writer(&car);
    Result<void> h = writer.writeHeader({placeholder});
    if (!h)
        return fail(h.error().message);
    const qint64 headerEnd = car.pos();

    DedupSink sink(&writer);
    Importer importer(*profile, &sink);
    importer.setIncludeHidden(parser.isSet(hiddenOpt));
    Result<ImportedNode> node = importer.importPath(path);
    if (!node) {
        car.cancelWriting();
        return fail(node.error().message,
                    node.error().code == Error::NotFound ? ExitNotFound : ExitFailure);
    }
    if (node->cid.bytes().size() != placeholder.bytes().size() || !car.seek(0)) {
        car.cancelWriting();
        return fail(
            u"car pack: cannot rewrite the CAR header for root %1"_s.arg(node->cid.toString()));
    }
    // A fresh writer: a CarWriter writes its header once; this one only overwrites it in place.
    h = CarWriter(&car).writeHeader({node->cid});
    if (!h || car.pos() != headerEnd) {
        car.cancelWriting();
        return fail(
            u"car pack: the CAR header for root %1 changed size"_s.arg(node->cid.toString()));
    }
    if (!car.commit())
        return fail(u"%1: cannot write: %2"_s.arg(car.fileName(), car.errorString()));
    if (importer.skippedHidden() > 0)
        err() << "phasic-traces-cli: note: " << importer.skippedHidden()
              << " hidden entries skipped, as ipfs add does (use --hidden to include them)"
              << Qt::endl;

    if (importer.symlinksStored() > 0)
        err() << "phasic-traces-cli: note: " << importer.symlinksStored()
              << " symbolic link(s) stored as links, as ipfs add does (their targets are not "
                 "included; "
                 "car unpack refuses them)"
              << Qt::endl;
    if (global.json) {
        QJsonObject o;
        o.insert(u"root"_s, node->cid.toString());
        o.insert(u"car"_s, car.fileName());
        o.insert(u"profile"_s, profile->name);
        o.insert(u"blocks"_s, double(sink.blocks));
        o.insert(u"blockBytes"_s, double(sink.bytes));
        o.insert(u"size"_s, double(node->contentSize));
        o.insert(u"files"_s, double(node->files));
        printJson(o);
    } else {
        out() << node->cid.toString() << '\n';
        out().flush();
    }
    return ExitOk;
}

Result<std::optional<Cid>> rootOption(const QCommandLineParser &parser,
                                      const QCommandLineOption &opt)
{
    if (!parser.isSet(opt))
        return std::optional<Cid>();
    Result<Cid> cid = Cid::parse(parser.value(opt));
    if (!cid)
        return cid.error().wrapped(u"--root: "_s);
    return std::optional<Cid>(*cid);
}

int verify(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Hash every block of a CAR file against its CID and walk the DAG from the root to find\n"
        u"missing blocks. Give --root with the CID you expect: the header's roots prove nothing.\n"
        u"Exit 0 when complete, 4 when blocks are missing or corrupt or the file is not a CAR."_s);
    const QCommandLineOption rootOpt(
        u"root"_s, u"The root CID you expect (default: the header's single root)."_s, u"CID"_s);
    parser.addOption(rootOpt);
    parser.addPositionalArgument(u"FILE.car"_s, u"The CAR file."_s);
    const int rc = parseCommandLine(parser, args);
    if (rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return fail(u"car verify: give exactly one FILE.car (see --help)"_s, ExitUsage);
    Result<std::optional<Cid>> root = rootOption(parser, rootOpt);
    if (!root)
        return fail(root.error().message, ExitUsage);
    QFile file(parser.positionalArguments().first());
    if (!file.exists())
        return fail(u"%1: no such file"_s.arg(file.fileName()), ExitNotFound);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"%1: cannot read: %2"_s.arg(file.fileName(), file.errorString()));
    Result<CarVerifyReport> report = verifyCar(&file, *root);
    if (!report)
        return fail(u"%1: %2"_s.arg(file.fileName(), report.error().message),
                    report.error().code == Error::Io ? ExitFailure : ExitVerifyFailed);
    const CarVerifyReport &r = *report;
    if (global.json) {
        QJsonObject o;
        o.insert(u"file"_s, file.fileName());
        o.insert(u"root"_s, r.root.toString());
        o.insert(u"rootFromHeader"_s, r.rootFromHeader);
        o.insert(u"complete"_s, r.complete());
        o.insert(u"blocks"_s, double(r.blocks));
        o.insert(u"bytes"_s, double(r.bytes));
        o.insert(u"duplicates"_s, double(r.duplicates));
        QJsonArray missing, unreferenced, corrupt;
        for (const Cid &c : r.missing)
            missing.append(c.toString());
        for (const Cid &c : r.unreferenced)
            unreferenced.append(c.toString());
        for (const QString &c : r.corrupt)
            corrupt.append(c);
        o.insert(u"missing"_s, missing);
        o.insert(u"unreferenced"_s, unreferenced);
        o.insert(u"corrupt"_s, corrupt);
        printJson(o);
    } else {
        out() << "root: " << r.root.toString()
              << (r.rootFromHeader
                      ? " (from the CAR header: pass --root to check the one you expect)"
                      : "")
              << '\n'
              << "blocks: " << r.blocks << " (" << r.bytes
              << " bytes), duplicates: " << r.duplicates
              << ", unreferenced: " << r.unreferenced.size() << '\n'
              << "missing: " << r.missing.size() << ", corrupt: " << r.corrupt.size() << '\n';
        for (qsizetype i = 0; i < r.missing.size() && i < 20; ++i)
            out() << "  missing " << r.missing.at(i).toString() << '\n';
        for (qsizetype i = 0; i < r.corrupt.size() && i < 20; ++i)
            out() << "  corrupt " << r.corrupt.at(i) << '\n';
        out() << (r.complete() ? "OK: complete and verified" : "INCOMPLETE or CORRUPT") << '\n';
        out().flush();
    }
    if (!r.complete())
        return fail(u"%1: %2 missing, %3 corrupt block(s) under %4"_s.arg(file.fileName())
                        .arg(r.missing.size())
                        .arg(r.corrupt.size())
                        .arg(r.root.toString()),
                    ExitVerifyFailed);
    return ExitOk;
}

int unpack(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Extract the UnixFS file or directory under the root of a CAR file to DIR (which must "
        u"not\n"
        u"exist). Every block is verified; the result appears under DIR only when complete."_s);
    const QCommandLineOption outOpt(QStringList{u"o"_s, u"output"_s},
                                    u"Where to write (must not exist)."_s, u"DIR"_s);
    const QCommandLineOption rootOpt(
        u"root"_s, u"The root CID to extract (default: the header's single root)."_s, u"CID"_s);
    parser.addOptions({outOpt, rootOpt});
    parser.addPositionalArgument(u"FILE.car"_s, u"The CAR file."_s);
    const int rc = parseCommandLine(parser, args);
    if (rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return fail(u"car unpack: give exactly one FILE.car (see --help)"_s, ExitUsage);
    if (!parser.isSet(outOpt))
        return fail(u"car unpack: -o DIR is required"_s, ExitUsage);
    const QString target = parser.value(outOpt);
    if (QFileInfo::exists(target) || QFileInfo(target).isSymLink())
        return fail(u"car unpack: %1 already exists: choose a new path"_s.arg(target), ExitUsage);
    Result<std::optional<Cid>> rootArg = rootOption(parser, rootOpt);
    if (!rootArg)
        return fail(rootArg.error().message, ExitUsage);
    const QString carPath = parser.positionalArguments().first();
    if (!QFileInfo::exists(carPath))
        return fail(u"%1: no such file"_s.arg(carPath), ExitNotFound);

    auto opened = CarIndex::open(carPath);
    if (!opened)
        return fail(opened.error().message, // names the file already
                    opened.error().code == Error::Io ? ExitFailure : ExitVerifyFailed);
    std::unique_ptr<CarIndex> index = std::move(opened.value());
    Cid root;
    if (*rootArg) {
        root = **rootArg;
    } else if (index->header().roots.size() == 1) {
        root = index->header().roots.first();
    } else {
        return fail(
            u"%1 has %2 roots: pass --root CID"_s.arg(carPath).arg(index->header().roots.size()),
            ExitUsage);
    }
    Exporter exporter(index.get());
    Result<ExportStats> stats = exporter.exportTo(root, target);
    if (!stats) {
        const Error &e = stats.error();
        const int code =
            (e.code == Error::Io || e.code == Error::Cancelled || e.code == Error::Generic)
                ? ExitFailure
                : ExitVerifyFailed;
        return fail(u"%1: %2"_s.arg(carPath, e.message), code);
    }
    if (global.json) {
        QJsonObject o;
        o.insert(u"root"_s, root.toString());
        o.insert(u"output"_s, target);
        o.insert(u"files"_s, double(stats->files));
        o.insert(u"directories"_s, double(stats->directories));
        o.insert(u"bytes"_s, double(stats->fileBytes));
        o.insert(u"blocks"_s, double(stats->blocks));
        printJson(o);
    } else {
        out() << "unpacked " << root.toString() << " to " << target << ": " << stats->files
              << " file(s), " << stats->directories << " director"
              << (stats->directories == 1 ? "y" : "ies") << ", " << stats->fileBytes << " bytes, "
              << stats->blocks << " blocks verified\n";
        out().flush();
    }
    return ExitOk;
}

int runCar(const QStringList &args, const GlobalOptions &global)
{
    if (args.size() < 2 || args.at(1) == "--help"_L1 || args.at(1) == "-h"_L1 ||
        args.at(1) == "help"_L1) {
        out() << usage();
        out().flush();
        return args.size() < 2 ? ExitUsage : ExitOk;
    }
    const QString sub = args.at(1);
    QStringList rest = args.mid(2);
    rest.prepend(args.first() + u' ' + sub);
    if (sub == "pack"_L1)
        return pack(rest, global);
    if (sub == "verify"_L1)
        return verify(rest, global);
    if (sub == "unpack"_L1)
        return unpack(rest, global);
    return fail(u"car: unknown subcommand '%1' (pack, verify, unpack; see --help)"_s.arg(sub),
                ExitUsage);
}

const Registrar registrar(Command{u"car"_s, u"Pack, verify and unpack CAR files"_s, &runCar});

} // namespace
} // namespace pt::cli
