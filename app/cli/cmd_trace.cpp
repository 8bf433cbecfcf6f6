// phasic-traces-cli trace inspect|eval|validate: read, check and evaluate trace files.
#include "app/cli/command.h"

#include "core/trace/archive.h"
#include "core/trace/evaluate.h"
#include "core/trace/ptdbin.h"
#include "core/trace/trace.h"
#include "core/trace/validation.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

namespace pt::cli {
namespace {

constexpr qint64 kMaxFileBytes = 512LL * 1024 * 1024;

int exitFor(const Error &e)
{
    switch (e.code) {
    case Error::NotFound:
        return ExitNotFound;
    case Error::VerifyFailed:
        return ExitVerifyFailed;
    default:
        return ExitFailure;
    }
}

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return Error(Error::NotFound, QStringLiteral("%1: no such file").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Io, QStringLiteral("%1: cannot open: %2").arg(path, f.errorString()));
    if (f.size() > kMaxFileBytes)
        return Error(Error::InvalidInput, QStringLiteral("%1: %2 bytes is over the %3-byte limit")
                                              .arg(path)
                                              .arg(f.size())
                                              .arg(kMaxFileBytes));
    return f.readAll();
}

QString usage()
{
    return QStringLiteral(
        "usage: phasic-traces-cli trace inspect FILE [--graph-hash HEX] [--json]\n"
        "       phasic-traces-cli trace eval FILE --theta V[,V...] --t T|T1,T2|FROM:TO:STEP "
        "[--cdf] [--json]\n"
        "       phasic-traces-cli trace validate FILE METADATA.json [--json]\n"
        "       phasic-traces-cli trace unpack ARCHIVE --to DIR [--list] [--json]\n");
}

int inspect(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Validate and summarise a trace.json(.gz) or a ptd_pcg .bin artifact "
                       "(detected by content)."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Trace or artifact file."));
    const QCommandLineOption hashOpt(QStringLiteral("graph-hash"),
                                     QStringLiteral("For a .bin: the registry's graph_hash (hex) "
                                                    "to compare with the header."),
                                     QStringLiteral("hex"));
    parser.addOption(hashOpt);
    if (int rc = parseCommandLine(parser, args); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("trace inspect needs exactly one FILE (see --help)"), ExitUsage);
    const QString path = parser.positionalArguments().first();
    auto bytes = readFile(path);
    if (!bytes)
        return fail(bytes.error().message, exitFor(bytes.error()));

    if (trace::looksPtdBin(*bytes)) {
        auto s = trace::parsePtdBin(*bytes, parser.value(hashOpt));
        if (!s)
            return fail(QFileInfo(path).fileName() + QStringLiteral(": ") + s.error().message,
                        exitFor(s.error()));
        if (global.json) {
            QJsonObject o = trace::ptdBinSummaryToJson(*s);
            o.insert(QStringLiteral("file"), path);
            printJson(o);
        } else {
            out() << trace::ptdBinSummaryToText(*s);
            if (parser.isSet(hashOpt) && !s->hashMatches)
                out() << "graph hash:        PTDPRMC3 stores no hash; the given one cannot be "
                         "checked against the file\n";
        }
        // A hash mismatch is a verification failure the script should see.
        if (s->hashMatches && !*s->hashMatches) {
            out().flush();
            return fail(QStringLiteral("%1: header hash prefix does not match --graph-hash")
                            .arg(QFileInfo(path).fileName()),
                        ExitVerifyFailed);
        }
        return ExitOk;
    }
    if (parser.isSet(hashOpt))
        return fail(QStringLiteral("--graph-hash applies to ptd_pcg .bin files only"), ExitUsage);
    auto t = trace::parseTrace(*bytes);
    if (!t)
        return fail(QFileInfo(path).fileName() + QStringLiteral(": ") + t.error().message,
                    exitFor(t.error()));
    const trace::TraceSummary s = trace::summarize(*t);
    if (global.json) {
        QJsonObject o = trace::summaryToJson(s);
        o.insert(QStringLiteral("file"), path);
        printJson(o);
    } else {
        out() << trace::summaryToText(s);
    }
    return ExitOk;
}

int eval(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Evaluate a trace's density (or CDF) at θ; prints 't value' per line."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("trace.json(.gz)"));
    const QCommandLineOption thetaOpt(QStringLiteral("theta"),
                                      QStringLiteral("Parameter values, comma separated."),
                                      QStringLiteral("v[,v...]"));
    const QCommandLineOption tOpt(QStringLiteral("t"),
                                  QStringLiteral("Times: T, T1,T2,... or FROM:TO:STEP."),
                                  QStringLiteral("times"));
    const QCommandLineOption cdfOpt(QStringLiteral("cdf"),
                                    QStringLiteral("Print the CDF instead of the density."));
    const QCommandLineOption statsOpt(QStringLiteral("moments"),
                                      QStringLiteral("Also print mean and variance (on stderr "
                                                     "in text mode)."));
    parser.addOptions({thetaOpt, tOpt, cdfOpt, statsOpt});
    if (int rc = parseCommandLine(parser, args); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("trace eval needs exactly one FILE (see --help)"), ExitUsage);
    if (!parser.isSet(tOpt))
        return fail(QStringLiteral("trace eval needs --t (e.g. --t 2 or --t 0:10:0.1)"), ExitUsage);
    auto theta = trace::parseThetaSpec(parser.value(thetaOpt));
    if (!theta)
        return fail(theta.error().message, ExitUsage);
    auto times = trace::parseTimeSpec(parser.value(tOpt));
    if (!times)
        return fail(times.error().message, ExitUsage);

    const QString path = parser.positionalArguments().first();
    auto bytes = readFile(path);
    if (!bytes)
        return fail(bytes.error().message, exitFor(bytes.error()));
    if (trace::looksPtdBin(*bytes))
        return fail(QStringLiteral("%1 is a ptd_pcg .bin: a compiled tape whose coefficients live "
                                   "in the model that produced it, so it cannot be evaluated on "
                                   "its own (try 'trace inspect')")
                        .arg(QFileInfo(path).fileName()));
    auto t = trace::parseTrace(*bytes);
    if (!t)
        return fail(QFileInfo(path).fileName() + QStringLiteral(": ") + t.error().message,
                    exitFor(t.error()));
    if (theta->size() != t->paramLength)
        return fail(QStringLiteral("the trace has %1 parameter(s); give that many values with "
                                   "--theta (got %2)")
                        .arg(t->paramLength)
                        .arg(theta->size()),
                    ExitUsage);
    auto pt = trace::buildPhaseType(*t, *theta);
    if (!pt)
        return fail(pt.error().message, exitFor(pt.error()));
    const bool cdf = parser.isSet(cdfOpt);
    auto values = trace::evaluate(*pt, *times, cdf ? trace::Quantity::Cdf : trace::Quantity::Pdf);
    if (!values)
        return fail(values.error().message, exitFor(values.error()));
    std::optional<trace::Moments> mom;
    if (parser.isSet(statsOpt)) {
        auto m = trace::moments(*pt);
        if (!m)
            return fail(m.error().message);
        mom = *m;
    }

    if (global.json) {
        QJsonArray th, ts, vs;
        for (double x : *theta)
            th.append(x);
        for (double x : *times)
            ts.append(x);
        for (double x : *values)
            vs.append(x);
        QJsonObject o{
            {QStringLiteral("file"), path},
            {QStringLiteral("quantity"), cdf ? QStringLiteral("cdf") : QStringLiteral("pdf")},
            {QStringLiteral("theta"), th},
            {QStringLiteral("t"), ts},
            {QStringLiteral("values"), vs}};
        if (mom) {
            o.insert(QStringLiteral("mean"), mom->mean);
            o.insert(QStringLiteral("variance"), mom->variance);
        }
        printJson(o);
        return ExitOk;
    }
    // %.17g round-trips every double; QString::number(…, 'g', 17) is the same format.
    out().flush();
    // t in its shortest round-trip form (what the user typed), the value with %.17g.
    for (std::size_t k = 0; k < times->size(); ++k)
        std::printf("%s %.17g\n",
                    QString::number((*times)[k], 'g', QLocale::FloatingPointShortest)
                        .toLatin1()
                        .constData(),
                    (*values)[k]);
    std::fflush(stdout);
    if (mom)
        err() << "mean " << QString::number(mom->mean, 'g', 17) << ", variance "
              << QString::number(mom->variance, 'g', 17) << Qt::endl;
    return ExitOk;
}

int validate(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Run the validation cases of a package's metadata.json against its trace."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("trace.json(.gz)"));
    parser.addPositionalArgument(QStringLiteral("metadata"), QStringLiteral("metadata.json"));
    if (int rc = parseCommandLine(parser, args); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 2)
        return fail(QStringLiteral("trace validate needs FILE and METADATA (see --help)"),
                    ExitUsage);
    auto t = trace::readTraceFile(parser.positionalArguments().at(0));
    if (!t)
        return fail(t.error().message, exitFor(t.error()));
    auto meta = readFile(parser.positionalArguments().at(1));
    if (!meta)
        return fail(meta.error().message, exitFor(meta.error()));
    auto report = trace::runValidation(*t, *meta);
    if (!report)
        return fail(report.error().message, exitFor(report.error()));
    if (global.json) {
        printJson(trace::validationToJson(*report));
    } else {
        for (const trace::ValidationCase &c : report->cases) {
            out() << (c.passed ? "pass " : "FAIL ") << c.index << ": " << (c.cdf ? "F(" : "f(")
                  << QString::number(c.time, 'g', 17)
                  << ") = " << QString::number(c.actual, 'g', 17) << ", expected "
                  << QString::number(c.expected, 'g', 17) << " ± " << c.tolerance;
            if (!c.passed && !c.message.isEmpty())
                out() << " (" << c.message << ')';
            out() << '\n';
        }
        out() << report->passed() << " passed, " << report->failed() << " failed (cases from "
              << report->sourceKey << ")\n";
    }
    return report->failed() == 0 ? ExitOk : ExitVerifyFailed;
}

// trace unpack: a trace package shipped as .tar/.tar.gz/.zip, checked entry by entry before
// anything is written (core/trace/archive.h says what is refused).
int unpack(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Unpack a trace package (.tar, .tar.gz, .zip) into a directory. Links, "
                       "devices, names leaving the directory and oversized entries refuse the "
                       "whole archive; existing files are never overwritten."));
    parser.addPositionalArgument(QStringLiteral("archive"), QStringLiteral("The archive file."));
    const QCommandLineOption toOpt(QStringLiteral("to"),
                                   QStringLiteral("Target directory (created when missing)."),
                                   QStringLiteral("dir"));
    const QCommandLineOption listOpt(QStringLiteral("list"),
                                     QStringLiteral("Only check and list the entries."));
    parser.addOptions({toOpt, listOpt});
    if (int rc = parseCommandLine(parser, args); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("trace unpack needs exactly one ARCHIVE (see --help)"),
                    ExitUsage);
    const bool listOnly = parser.isSet(listOpt);
    if (!listOnly && !parser.isSet(toOpt))
        return fail(QStringLiteral("trace unpack needs --to DIR (or --list)"), ExitUsage);
    const QString path = parser.positionalArguments().first();
    const QString dest = parser.value(toOpt);
    auto entries = listOnly ? trace::listArchive(path) : trace::extractArchive(path, dest);
    if (!entries)
        return fail(entries.error().message, exitCodeFor(entries.error(), true, false));

    qint64 total = 0;
    int files = 0;
    QJsonArray list;
    for (const auto &e : *entries) {
        const bool dir = e.type == trace::ArchiveEntry::Directory;
        if (!dir) {
            ++files;
            total += e.size;
        }
        if (global.json)
            list.append(QJsonObject{
                {QStringLiteral("name"), e.name},
                {QStringLiteral("type"), dir ? QStringLiteral("dir") : QStringLiteral("file")},
                {QStringLiteral("size"), double(e.size)}});
        else if (listOnly)
            out() << (dir ? e.name + QLatin1Char('/') : e.name)
                  << (dir ? QString() : QStringLiteral("\t") + QString::number(e.size)) << '\n';
    }
    if (global.json) {
        QJsonObject o{{QStringLiteral("archive"), path},
                      {QStringLiteral("entries"), list},
                      {QStringLiteral("files"), files},
                      {QStringLiteral("bytes"), double(total)}};
        if (!listOnly)
            o.insert(QStringLiteral("to"), dest);
        printJson(o);
    } else if (!listOnly) {
        out() << "unpacked " << files << " file(s), " << total << " bytes into " << dest << '\n';
    }
    return ExitOk;
}

int run(const QStringList &args, const GlobalOptions &global)
{
    if (args.size() < 2 || args.at(1) == QLatin1String("--help") ||
        args.at(1) == QLatin1String("-h")) {
        out() << usage();
        out().flush();
        return args.size() < 2 ? ExitUsage : ExitOk;
    }
    const QString sub = args.at(1);
    QStringList rest = args.mid(2);
    rest.prepend(args.at(0) + QLatin1Char(' ') + sub);
    if (sub == QLatin1String("inspect"))
        return inspect(rest, global);
    if (sub == QLatin1String("eval"))
        return eval(rest, global);
    if (sub == QLatin1String("validate"))
        return validate(rest, global);
    if (sub == QLatin1String("unpack"))
        return unpack(rest, global);
    return fail(QStringLiteral("unknown 'trace' subcommand '%1'\n").arg(sub) + usage(), ExitUsage);
}

const Registrar registrar({QStringLiteral("trace"),
                           QStringLiteral("Inspect, validate and evaluate trace files (.json.gz, "
                                          ".bin); unpack trace packages"),
                           &run});

} // namespace
} // namespace pt::cli
