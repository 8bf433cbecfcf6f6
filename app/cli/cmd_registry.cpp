// Registry commands: list, search, show. They read the registry from --registry (a path or
// file://PATH) or, without it, the snapshot bundled into the program.
#include "app/cli/command.h"
#include "app/cli/registryloader.h"
#include "core/registry/registryfile.h"
#include "core/registry/registryindex.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace pt::cli;
using namespace pt::registry;
using namespace Qt::StringLiterals;

namespace {

QString sizeText(qint64 bytes)
{
    if (bytes < 0)
        return u"-"_s;
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

QJsonObject warningJson(const Warning &w)
{
    QJsonObject o{{u"severity"_s, w.severity == Warning::Note ? u"note"_s : u"problem"_s},
                  {u"path"_s, w.path},
                  {u"message"_s, w.message}};
    if (!w.entryId.isEmpty())
        o.insert(u"id"_s, w.entryId);
    if (w.line > 0)
        o.insert(u"line"_s, w.line);
    return o;
}

QJsonArray warningsJson(const QList<Warning> &warnings)
{
    QJsonArray a;
    for (const Warning &w : warnings)
        a.append(warningJson(w));
    return a;
}

QJsonValue optionalNumber(qint64 v)
{
    return v < 0 ? QJsonValue() : QJsonValue(v);
}

// One row of `list` / `search`.
QJsonObject summaryJson(const Entry &e)
{
    return QJsonObject{
        {u"id"_s, e.id},
        {u"kind"_s, kindName(e.kind)},
        {u"description"_s, e.description},
        {u"model_type"_s, e.metadata.modelType},
        {u"domain"_s, e.metadata.domain},
        {u"params"_s, e.parameterCount()},
        {u"vertices"_s, optionalNumber(e.metadata.vertices)},
        {u"trace_vertices"_s, optionalNumber(e.traceVertices())},
        {u"size_bytes"_s, optionalNumber(e.totalSize())},
        {u"license"_s, e.effectiveLicense()},
        {u"tags"_s, stringArray(e.metadata.tags)},
        {u"created"_s, e.metadata.created},
        {u"usable"_s, e.usable},
        {u"retracted"_s, e.retracted},
    };
}

QJsonObject artifactJson(const Artifact &a)
{
    QJsonObject o{{u"cid_or_path"_s, a.cidOrPath},
                  {u"location"_s, locationKindName(a.location)},
                  {u"sha256"_s, a.sha256},
                  {u"size_bytes"_s, optionalNumber(a.size)}};
    if (!a.sccHash.isEmpty())
        o.insert(u"scc_hash"_s, a.sccHash);
    return o;
}

QJsonObject detailJson(const Registry &reg, const Entry &e)
{
    QJsonObject o = summaryJson(e);
    const Metadata &m = e.metadata;
    QJsonArray params;
    for (const Parameter &p : m.parameters)
        params.append(QJsonObject{
            {u"name"_s, p.name}, {u"description"_s, p.description}, {u"domain"_s, p.domain}});
    o.insert(u"metadata"_s,
             QJsonObject{{u"model_type"_s, m.modelType},
                         {u"domain"_s, m.domain},
                         {u"variant"_s, m.variant},
                         {u"description"_s, m.description},
                         {u"param_length"_s, m.paramLength < 0 ? QJsonValue() : m.paramLength},
                         {u"parameters"_s, params},
                         {u"vertices"_s, optionalNumber(m.vertices)},
                         {u"edges"_s, optionalNumber(m.edges)},
                         {u"author"_s, m.author},
                         {u"citation"_s, QJsonObject{{u"text"_s, m.citation.text},
                                                     {u"doi"_s, m.citation.doi},
                                                     {u"url"_s, m.citation.url}}},
                         {u"tags"_s, stringArray(m.tags)},
                         {u"license"_s, m.license},
                         {u"created"_s, m.created}});
    QJsonObject content;
    if (e.kind == EntryKind::Trace) {
        QJsonArray files;
        for (const FileRef &f : e.files)
            files.append(QJsonObject{{u"name"_s, f.name},
                                     {u"listed_cid"_s, f.cid},
                                     {u"listed_cid_valid"_s, f.cidValid},
                                     {u"size_bytes"_s, optionalNumber(f.size)},
                                     {u"resolved_as"_s, QString(e.directoryCid + u'/' + f.name)}});
        content = QJsonObject{{u"directory_cid"_s, e.directoryCid},
                              {u"directory_cid_valid"_s, e.directoryCidValid},
                              {u"files"_s, files}};
    } else {
        QJsonArray scc;
        for (const Artifact &a : e.scc)
            scc.append(artifactJson(a));
        content = QJsonObject{
            {u"parent"_s, e.parent ? QJsonValue(artifactJson(*e.parent)) : QJsonValue()},
            {u"scc"_s, scc},
            {u"format_revision"_s, e.formatRevision < 0 ? QJsonValue() : e.formatRevision}};
    }
    o.insert(u"content"_s, content);
    QJsonArray pins;
    for (const Pin &p : e.pins)
        pins.append(p.raw);
    o.insert(u"pins"_s, pins);
    o.insert(u"checksum"_s, e.checksum);
    o.insert(u"graph_hash"_s, e.graphHash);
    o.insert(u"retracted_reason"_s, e.retractedReason);
    o.insert(u"note"_s, e.note);
    o.insert(u"unusable_reason"_s, e.unusableReason);
    o.insert(u"unknown_fields"_s, stringArray(e.unknownKeys));
    o.insert(u"warnings"_s, warningsJson(entryWarnings(reg, e)));
    o.insert(u"raw"_s, reg.rawEntryJson(e));
    return o;
}

QString registryLine(const LoadedRegistry &loaded)
{
    const Registry &r = loaded.registry;
    QString s = u"%1: v%2 registry"_s.arg(loaded.source).arg(r.formatVersion);
    if (!r.version.isEmpty())
        s += u" (version %1%2)"_s.arg(r.version,
                                      r.format.isEmpty() ? QString() : u", "_s + r.format);
    if (!r.updated.isEmpty())
        s += u", updated "_s + r.updated;
    return s;
}

QString shorten(const QString &s, int width)
{
    return s.size() <= width ? s : s.left(width - 1) + u'…';
}

void printTable(const Registry &reg, const QList<int> &rows)
{
    int idWidth = 2;
    for (int r : rows)
        idWidth = std::max(idWidth, int(std::min<qsizetype>(reg.entries.at(r).id.size(), 40)));
    out() << u"  "_s << u"ID"_s.leftJustified(idWidth)
          << u"  KIND     PARAMS  VERTICES  SIZE       "
             "DOMAIN               DESCRIPTION\n"_s;
    for (int r : rows) {
        const Entry &e = reg.entries.at(r);
        // '!' not usable (mock CID, newer revision, …), 'R' retracted.
        const QString flag = e.retracted ? u"R "_s : !e.usable ? u"! "_s : u"  "_s;
        out() << flag << shorten(e.id, 40).leftJustified(idWidth) << u"  "_s
              << kindName(e.kind).leftJustified(7) << u"  "_s
              << QString::number(e.parameterCount()).rightJustified(6) << u"  "_s
              << (e.traceVertices() < 0 ? u"-"_s : QString::number(e.traceVertices()))
                     .rightJustified(8)
              << u"  "_s << sizeText(e.totalSize()).leftJustified(9) << u"  "_s
              << shorten(e.metadata.domain, 20).leftJustified(20) << u" "_s
              << shorten(e.description, 60) << u'\n';
    }
}

void printWarningSummary(const Registry &reg)
{
    int notes = 0;
    for (const Warning &w : reg.warnings)
        notes += w.severity == Warning::Note;
    const int problems = reg.problemCount();
    if (problems + notes == 0)
        return;
    out() << u"\n%1 problem(s), %2 note(s) in the registry:\n"_s.arg(problems).arg(notes);
    int shown = 0;
    for (const Warning &w : reg.warnings) {
        if (++shown > 20) {
            out() << u"  … and %1 more (see --json)\n"_s.arg(reg.warnings.size() - 20);
            break;
        }
        out() << (w.severity == Warning::Note ? u"  note: "_s : u"  problem: "_s) << w.toString()
              << u'\n';
    }
}

QJsonArray facetJson(const QList<FacetValue> &values)
{
    QJsonArray a;
    for (const FacetValue &v : values)
        a.append(QJsonObject{{u"value"_s, v.value}, {u"count"_s, v.count}});
    return a;
}

int printRows(const LoadedRegistry &loaded, const SearchResult &result, bool json, bool withFacets)
{
    const Registry &reg = loaded.registry;
    if (json) {
        QJsonArray entries;
        for (int r : result.rows)
            entries.append(summaryJson(reg.entries.at(r)));
        QJsonObject o{{u"source"_s, loaded.source}, {u"version"_s, reg.version},
                      {u"format"_s, reg.format},    {u"updated"_s, reg.updated},
                      {u"total"_s, result.total},   {u"count"_s, int(result.rows.size())},
                      {u"entries"_s, entries},      {u"warnings"_s, warningsJson(reg.warnings)}};
        if (withFacets)
            o.insert(u"facets"_s, QJsonObject{{u"domain"_s, facetJson(result.domains)},
                                              {u"model_type"_s, facetJson(result.modelTypes)},
                                              {u"tags"_s, facetJson(result.tags)},
                                              {u"license"_s, facetJson(result.licenses)},
                                              {u"kind"_s, facetJson(result.kinds)},
                                              {u"params"_s, facetJson(result.paramCounts)}});
        printJson(o);
        return ExitOk;
    }
    out() << registryLine(loaded) << u'\n';
    out() << u"%1 of %2 entries\n"_s.arg(result.rows.size()).arg(result.total);
    if (!result.rows.isEmpty())
        printTable(reg, result.rows);
    if (withFacets) {
        auto line = [](const QString &name, const QList<FacetValue> &values) {
            if (values.isEmpty())
                return;
            QStringList parts;
            for (const FacetValue &v : values)
                parts.append(u"%1 (%2)"_s.arg(v.value).arg(v.count));
            out() << u"  "_s << name << u": "_s << parts.join(u", "_s) << u'\n';
        };
        out() << u"\nRefine with:\n"_s;
        line(u"--domain"_s, result.domains);
        line(u"--model"_s, result.modelTypes);
        line(u"--tag"_s, result.tags);
        line(u"--license"_s, result.licenses);
        line(u"--kind"_s, result.kinds);
        line(u"--params"_s, result.paramCounts);
    }
    printWarningSummary(reg);
    out().flush();
    return ExitOk;
}

int runList(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"List every entry of the registry."_s);
    const QCommandLineOption sortOpt(u"sort"_s, u"Sort by id, params, vertices, size, created."_s,
                                     u"FIELD"_s, u"id"_s);
    const QCommandLineOption descOpt(u"desc"_s, u"Sort in descending order."_s);
    parser.addOptions({sortOpt, descOpt});
    if (const int code = parseCommandLine(parser, args); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty())
        return fail(u"list takes no arguments (did you mean search?)"_s, ExitUsage);
    const auto sort = sortFieldFromName(parser.value(sortOpt));
    if (!sort)
        return fail(u"--sort %1: expected id, params, vertices, size or created"_s.arg(
                        parser.value(sortOpt)),
                    ExitUsage);
    auto loaded = loadRegistry(global);
    if (!loaded)
        return failLoading(global, loaded.error());
    Query q;
    q.sort = *sort;
    q.descending = parser.isSet(descOpt);
    const RegistryIndex index(loaded->registry);
    return printRows(*loaded, index.search(q), global.json, false);
}

int runSearch(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Search the registry: every word of TEXT must appear in the id, description, tags, "
        "author, model type or domain (case-insensitive). Filters combine with AND; repeated "
        "--domain/--model/--license match any of their values, repeated --tag all of them."_s);
    parser.addPositionalArgument(u"text"_s, u"Words to search for (optional)."_s, u"[TEXT...]"_s);
    const QCommandLineOption domainOpt(u"domain"_s, u"Only this domain."_s, u"D"_s);
    const QCommandLineOption modelOpt(u"model"_s, u"Only this model type."_s, u"M"_s);
    const QCommandLineOption tagOpt(u"tag"_s, u"Must carry this tag (repeatable)."_s, u"T"_s);
    const QCommandLineOption licenseOpt(u"license"_s, u"Only this license."_s, u"L"_s);
    const QCommandLineOption kindOpt(u"kind"_s, u"trace (v1) or compute (v2)."_s, u"KIND"_s);
    const QCommandLineOption paramsOpt(
        u"params"_s, u"Parameter count range MIN:MAX (either may be empty)."_s, u"MIN:MAX"_s);
    const QCommandLineOption sortOpt(u"sort"_s, u"Sort by id, params, vertices, size, created."_s,
                                     u"FIELD"_s, u"id"_s);
    const QCommandLineOption descOpt(u"desc"_s, u"Sort in descending order."_s);
    parser.addOptions(
        {domainOpt, modelOpt, tagOpt, licenseOpt, kindOpt, paramsOpt, sortOpt, descOpt});
    if (const int code = parseCommandLine(parser, args); code >= 0)
        return code;

    Query q;
    q.text = parser.positionalArguments().join(u' ');
    q.domains = parser.values(domainOpt);
    q.modelTypes = parser.values(modelOpt);
    q.tags = parser.values(tagOpt);
    q.licenses = parser.values(licenseOpt);
    if (parser.isSet(kindOpt)) {
        q.kind = kindFromName(parser.value(kindOpt));
        if (!q.kind)
            return fail(u"--kind %1: expected trace or compute"_s.arg(parser.value(kindOpt)),
                        ExitUsage);
    }
    if (parser.isSet(paramsOpt)) {
        const QString range = parser.value(paramsOpt);
        const QStringList parts = range.split(u':');
        bool ok = parts.size() <= 2;
        auto bound = [&ok](const QString &s) {
            if (s.isEmpty())
                return -1;
            bool good = false;
            const int v = s.toInt(&good);
            if (!good || v < 0)
                ok = false;
            return v;
        };
        if (ok) {
            q.minParams = bound(parts.at(0));
            q.maxParams = parts.size() == 2 ? bound(parts.at(1)) : q.minParams;
        }
        if (!ok || (q.minParams >= 0 && q.maxParams >= 0 && q.minParams > q.maxParams))
            return fail(u"--params %1: expected MIN:MAX with whole numbers, MIN <= MAX (e.g. "
                        "1:3, 2:, :4 or 2)"_s.arg(range),
                        ExitUsage);
    }
    const auto sort = sortFieldFromName(parser.value(sortOpt));
    if (!sort)
        return fail(u"--sort %1: expected id, params, vertices, size or created"_s.arg(
                        parser.value(sortOpt)),
                    ExitUsage);
    q.sort = *sort;
    q.descending = parser.isSet(descOpt);

    auto loaded = loadRegistry(global);
    if (!loaded)
        return failLoading(global, loaded.error());
    const RegistryIndex index(loaded->registry);
    return printRows(*loaded, index.search(q), global.json, true);
}

void printDetail(const Registry &reg, const Entry &e)
{
    const Metadata &m = e.metadata;
    auto field = [](const QString &name, const QString &value) {
        if (!value.isEmpty())
            out() << u"  "_s << QString(name + u':').leftJustified(14) << u' ' << value << u'\n';
    };
    out() << e.id << u"  ("_s << kindName(e.kind) << u")\n"_s;
    field(u"description"_s, e.description);
    if (!m.description.isEmpty() && m.description != e.description)
        field(u"details"_s, m.description);
    QString model = m.modelType;
    if (!m.variant.isEmpty())
        model += u" / "_s + m.variant;
    field(u"model"_s, model);
    field(u"domain"_s, m.domain);
    field(u"parameters"_s, QString::number(e.parameterCount()));
    for (const Parameter &p : m.parameters) {
        QString line = u"    "_s + p.name;
        if (!p.description.isEmpty())
            line += u" — "_s + p.description;
        if (!p.domain.isEmpty())
            line += u" (domain "_s + p.domain + u')';
        out() << line << u'\n';
    }
    if (m.vertices >= 0) {
        if (e.kind == EntryKind::Trace)
            field(u"vertices"_s,
                  u"%1 (counts transient states; the trace holds %2)"_s.arg(m.vertices)
                      .arg(e.traceVertices()));
        else
            field(u"vertices"_s, QString::number(m.vertices));
    }
    if (m.edges >= 0)
        field(u"edges"_s, QString::number(m.edges));
    field(u"author"_s, m.author);
    field(u"license"_s, e.effectiveLicense());
    field(u"created"_s, m.created);
    field(u"tags"_s, m.tags.join(u", "_s));
    if (!m.citation.isEmpty()) {
        QStringList parts;
        for (const QString &s :
             {m.citation.text, m.citation.doi.isEmpty() ? QString() : u"doi:"_s + m.citation.doi,
              m.citation.url})
            if (!s.isEmpty())
                parts.append(s);
        field(u"citation"_s, parts.join(u"; "_s));
    }
    out() << u"  content:\n"_s;
    if (e.kind == EntryKind::Trace) {
        out() << u"    directory "_s << (e.directoryCid.isEmpty() ? u"(none)"_s : e.directoryCid)
              << (e.directoryCidValid || e.directoryCid.isEmpty() ? QString()
                                                                  : u"  (NOT a valid CID)"_s)
              << u'\n';
        for (const FileRef &f : e.files) {
            out() << u"    "_s << f.name.leftJustified(18) << u' '
                  << sizeText(f.size).leftJustified(9) << u"  -> "_s << e.directoryCid << u'/'
                  << f.name;
            if (!f.cid.isEmpty() && !f.cidValid)
                out() << u"  (listed cid "_s << f.cid << u" is not a valid CID; ignored)"_s;
            out() << u'\n';
        }
    } else {
        auto artifact = [](const QString &label, const Artifact &a) {
            out() << u"    "_s << label << u' ' << a.cidOrPath << u"  ["_s
                  << locationKindName(a.location) << u", "_s << sizeText(a.size) << u"]\n"_s;
            out() << u"      sha256 "_s << (a.sha256.isEmpty() ? u"(none)"_s : a.sha256);
            if (!a.sccHash.isEmpty())
                out() << u"  scc_hash "_s << a.sccHash;
            out() << u'\n';
        };
        if (e.parent)
            artifact(u"parent"_s, *e.parent);
        else
            out() << u"    parent (none)\n"_s;
        for (qsizetype i = 0; i < e.scc.size(); ++i)
            artifact(u"scc[%1]"_s.arg(i), e.scc.at(i));
        field(u"format rev."_s,
              e.formatRevision < 0 ? u"(not given)"_s : QString::number(e.formatRevision));
    }
    field(u"total size"_s, sizeText(e.totalSize()));
    field(u"checksum"_s, e.checksum);
    field(u"graph hash"_s, e.graphHash);
    if (e.pins.isEmpty()) {
        field(u"pins"_s, u"none listed"_s);
    } else {
        QStringList pins;
        for (const Pin &p : e.pins)
            pins.append(p.status.isEmpty() ? p.service : p.service + u" ("_s + p.status + u')');
        field(u"pins"_s, pins.join(u", "_s));
    }
    field(u"status"_s, e.usable ? u"usable"_s : u"NOT USABLE: "_s + e.unusableReason);
    if (e.retracted)
        field(u"retracted"_s, e.retractedReason.isEmpty() ? u"yes"_s : e.retractedReason);
    field(u"note"_s, e.note);
    field(u"unknown"_s, e.unknownKeys.join(u", "_s));
    const QList<Warning> warnings = entryWarnings(reg, e);
    if (!warnings.isEmpty()) {
        out() << u"  warnings:\n"_s;
        for (const Warning &w : warnings)
            out() << (w.severity == Warning::Note ? u"    note: "_s : u"    problem: "_s)
                  << w.toString() << u'\n';
    }
}

int runShow(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Show everything the registry says about one entry: metadata, content references, "
        "pins and warnings."_s);
    parser.addPositionalArgument(u"id"_s, u"The entry id (see list/search)."_s);
    if (const int code = parseCommandLine(parser, args); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1)
        return fail(u"show needs exactly one ID (see --help)"_s, ExitUsage);
    const QString id = parser.positionalArguments().constFirst();
    auto loaded = loadRegistry(global);
    if (!loaded)
        return failLoading(global, loaded.error());
    const Registry &reg = loaded->registry;
    QList<const Entry *> matches;
    for (const Entry &e : reg.entries)
        if (e.id == id)
            matches.append(&e);
    if (matches.isEmpty())
        return fail(u"no entry '%1' in registry %2; try `search`"_s.arg(id, loaded->source),
                    ExitNotFound);
    if (global.json) {
        if (matches.size() == 1) {
            printJson(detailJson(reg, *matches.constFirst()));
        } else {
            QJsonArray a;
            for (const Entry *e : matches)
                a.append(detailJson(reg, *e));
            printJson(a);
        }
        return ExitOk;
    }
    out() << registryLine(*loaded) << u"\n\n"_s;
    for (const Entry *e : matches)
        printDetail(reg, *e);
    out().flush();
    return ExitOk;
}

const Registrar listCommand(Command{u"list"_s, u"List the registry's entries"_s, &runList});
const Registrar searchCommand(Command{
    u"search"_s, u"Search and filter the registry (text, domain, model, tags, …)"_s, &runSearch});
const Registrar showCommand(Command{u"show"_s, u"Show one registry entry in full"_s, &runShow});

} // namespace
