#include "core/publish/packagebuilder.h"

#include "core/ipfs/importer.h"
#include "core/paths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QtEndian>

#include <zlib.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pt::publish {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::publish)
};

constexpr qint64 kMaxTraceJson = 512LL * 1024 * 1024; // decompressed trace size we accept
constexpr qint64 kMaxInputFile = 512LL * 1024 * 1024;

Error invalid(const QString &message)
{
    return Error(Error::InvalidInput, message);
}

QString sha256Hex(QByteArrayView data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString typeName(const OJson &v)
{
    switch (v.type()) {
    case OJson::Type::Null:
        return u"null"_s;
    case OJson::Type::Bool:
        return Msg::tr("a boolean");
    case OJson::Type::Number:
        return v.isInteger() ? Msg::tr("an integer") : Msg::tr("a number");
    case OJson::Type::String:
        return Msg::tr("a string");
    case OJson::Type::Array:
        return Msg::tr("a list");
    case OJson::Type::Object:
        return Msg::tr("an object");
    }
    return {};
}

OJson sortedKeys(const OJson &v)
{
    if (v.isArray()) {
        QList<OJson> items;
        for (const OJson &i : v.items())
            items.append(sortedKeys(i));
        return OJson::array(items);
    }
    if (!v.isObject())
        return v;
    QList<OJson::Member> members;
    for (const OJson::Member &m : v.members())
        members.append({m.first, sortedKeys(m.second)});
    std::stable_sort(
        members.begin(), members.end(),
        [](const OJson::Member &a, const OJson::Member &b) { return a.first < b.first; });
    return OJson::object(members);
}

QString str(const OJson &o, const QString &key)
{
    const OJson *v = o.find(key);
    return v && v->isString() ? v->toString() : QString();
}

} // namespace

Result<QByteArray> readInputFile(const QString &path, const QString &what)
{
    QFile f(path);
    if (!f.exists())
        return Error(Error::NotFound, Msg::tr("%1 %2 does not exist").arg(what, path));
    if (!f.open(QIODevice::ReadOnly))
        return Error(Error::Io, Msg::tr("cannot read %1 %2: %3").arg(what, path, f.errorString()));
    if (f.size() > kMaxInputFile)
        return invalid(
            Msg::tr("%1 %2 is larger than %3 MiB").arg(what, path).arg(kMaxInputFile >> 20));
    return f.readAll();
}

Result<void> writeFileAtomically(const QString &path, const QByteArray &data)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error(Error::Io, Msg::tr("cannot create the folder of %1").arg(path));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return Error(Error::Io, Msg::tr("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

// ---------------------------------------------------------------------------------------------
// gzip

Result<QByteArray> deterministicGzip(QByteArrayView data)
{
    z_stream zs{};
    // windowBits 15 + 16: a gzip wrapper; memLevel 8 as gzip(1) and Python use.
    if (deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return Error(Error::Generic, u"zlib: deflateInit2 failed"_s);
    gz_header header{};
    header.time = 0; // no mtime: the bytes must not depend on when we ran
    header.os = 255; // "unknown", not the build platform's OS code
    header.name = Z_NULL;
    header.comment = Z_NULL;
    header.extra = Z_NULL;
    deflateSetHeader(&zs, &header);
    QByteArray out;
    out.resize(qsizetype(deflateBound(&zs, uLong(data.size()))) + 64);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    const qsizetype produced = qsizetype(zs.total_out);
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        return Error(Error::Generic, u"zlib: deflate did not finish (%1)"_s.arg(rc));
    out.truncate(produced);
    return out;
}

Result<QByteArray> gunzip(QByteArrayView data, qint64 maxSize, const QString &what)
{
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        return Error(Error::Generic, u"zlib: inflateInit2 failed"_s);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    zs.avail_in = uInt(data.size());
    QByteArray out;
    char buf[65536];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef *>(buf);
        zs.avail_out = sizeof buf;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            return invalid(
                Msg::tr("%1: not a valid gzip stream (%2)")
                    .arg(what, QString::fromLatin1(
                                   zs.msg ? zs.msg : (rc == Z_BUF_ERROR ? "truncated" : "error"))));
        }
        out.append(buf, qsizetype(sizeof buf - zs.avail_out));
        if (out.size() > maxSize) {
            inflateEnd(&zs);
            return invalid(Msg::tr("%1: decompresses to more than %2 MiB; refused")
                               .arg(what)
                               .arg(maxSize >> 20));
        }
        if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
            inflateEnd(&zs);
            return invalid(Msg::tr("%1: truncated gzip stream").arg(what));
        }
    }
    inflateEnd(&zs);
    return out;
}

Result<qint64> checkTraceJson(const QByteArray &bytes, const QString &what)
{
    QByteArray json = bytes;
    if (bytes.startsWith("\x1f\x8b")) {
        Result<QByteArray> plain = gunzip(bytes, kMaxTraceJson, what);
        if (!plain)
            return plain.error();
        json = std::move(*plain);
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return invalid(
            Msg::tr("%1: not JSON (%2 at byte %3)").arg(what, pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return invalid(Msg::tr("%1: the trace must be a JSON object").arg(what));
    const QJsonObject o = doc.object();
    for (const QString &key : {u"operations"_s, u"vertex_rates"_s})
        if (!o.value(key).isArray())
            return invalid(Msg::tr("%1: \"%2\" is missing or not a list; is this a phasic trace "
                                   "(docs: trace file v1)?")
                               .arg(what, key));
    const QJsonValue pl = o.value(u"param_length"_s);
    return pl.isDouble() ? qint64(pl.toDouble()) : qint64(-1);
}

// ---------------------------------------------------------------------------------------------
// metadata

Result<void> checkDoi(const QString &doi)
{
    static const QRegularExpression re(u"^10\\.[0-9]{4,9}(\\.[0-9]+)*/\\S+$"_s);
    if (!re.match(doi).hasMatch())
        return invalid(
            Msg::tr("DOI \"%1\" is not of the form 10.NNNN/suffix (give the bare DOI, not a "
                    "URL)")
                .arg(doi));
    return {};
}

Result<void> checkOrcid(const QString &orcid)
{
    static const QRegularExpression re(u"^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$"_s);
    if (!re.match(orcid).hasMatch())
        return invalid(Msg::tr("ORCID \"%1\" is not of the form 0000-0000-0000-000X").arg(orcid));
    // ISO 7064 MOD 11-2 over the first 15 digits.
    int total = 0;
    int seen = 0;
    for (const QChar c : orcid) {
        if (!c.isDigit() || seen == 15)
            continue;
        total = (total + c.digitValue()) * 2;
        ++seen;
    }
    const int result = (12 - total % 11) % 11;
    const QChar expected = result == 10 ? u'X' : QChar(u'0' + result);
    if (orcid.back() != expected)
        return invalid(Msg::tr("ORCID \"%1\": the check digit should be %2; is it mistyped?")
                           .arg(orcid, expected));
    return {};
}

Result<OJson> validateMetadata(const QByteArray &json, const QString &id, QString *idOut,
                               MetadataKind kind)
{
    Result<OJson> parsed = parseJson(json, u"metadata.json"_s);
    if (!parsed)
        return parsed.error();
    OJson meta = sortedKeys(*parsed);
    if (!meta.isObject())
        return invalid(Msg::tr("metadata.json: the top level must be a JSON object"));
    auto field = [&meta](const QString &key) { return meta.find(key); };
    auto fail = [](const QString &key, const QString &message) {
        return invalid(Msg::tr("metadata.json: \"%1\" %2").arg(key, message));
    };
    auto needString = [&](const QString &key, bool required) -> Result<void> {
        const OJson *v = field(key);
        if (!v)
            return required ? Result<void>(fail(key, Msg::tr("is required"))) : Result<void>();
        if (!v->isString())
            return fail(key, Msg::tr("must be a string, not %1").arg(typeName(*v)));
        if (v->toString().trimmed().isEmpty())
            return fail(key, Msg::tr("must not be empty"));
        return {};
    };
    auto needCount = [&](const QString &key, bool required) -> Result<void> {
        const OJson *v = field(key);
        if (!v)
            return required ? Result<void>(fail(key, Msg::tr("is required"))) : Result<void>();
        bool ok = false;
        if (!v->isInteger() || v->toInteger(&ok) < 0 || !ok)
            return fail(
                key, Msg::tr("must be a non-negative integer, not %1")
                         .arg(v->isNumber() ? QString::fromLatin1(v->numberText()) : typeName(*v)));
        return {};
    };

    for (const QString &key : {u"model_type"_s, u"description"_s, u"author"_s, u"license"_s})
        if (auto r = needString(key, true); !r)
            return r.error();
    if (auto r = needCount(u"param_length"_s, true); !r)
        return r.error();
    for (const QString &key : {u"vertices"_s, u"edges"_s})
        if (auto r = needCount(key, false); !r)
            return r.error();
    for (const QString &key : {u"domain"_s, u"variant"_s, u"created"_s, u"id"_s, u"orcid"_s})
        if (auto r = needString(key, false); !r)
            return r.error();

    const qint64 paramLength = field(u"param_length"_s)->toInteger();
    const OJson *params = field(u"parameters"_s);
    if (!params && kind == MetadataKind::V1Trace)
        return fail(u"parameters"_s,
                    Msg::tr("is required (a list of {name, description, domain})"));
    if (params) {
        if (!params->isArray())
            return fail(u"parameters"_s, Msg::tr("must be a list, not %1").arg(typeName(*params)));
        for (qsizetype i = 0; i < params->items().size(); ++i) {
            const OJson &p = params->items().at(i);
            const QString key = u"parameters[%1]"_s.arg(i);
            if (!p.isObject())
                return fail(key, Msg::tr("must be an object with \"name\""));
            const OJson *name = p.find(u"name"_s);
            if (!name || !name->isString() || name->toString().isEmpty())
                return fail(key, Msg::tr("needs a non-empty string \"name\""));
            for (const QString &sub : {u"description"_s, u"domain"_s})
                if (const OJson *s = p.find(sub); s && !s->isString())
                    return fail(key + u"."_s + sub, Msg::tr("must be a string"));
        }
        if (params->items().size() != paramLength)
            return fail(u"parameters"_s, Msg::tr("lists %1 parameter(s) but \"param_length\" is %2")
                                             .arg(params->items().size())
                                             .arg(paramLength));
    }
    if (const OJson *tags = field(u"tags"_s)) {
        if (!tags->isArray())
            return fail(u"tags"_s, Msg::tr("must be a list of strings"));
        for (const OJson &t : tags->items())
            if (!t.isString() || t.toString().isEmpty())
                return fail(u"tags"_s, Msg::tr("must be a list of non-empty strings"));
    }
    if (const OJson *created = field(u"created"_s)) {
        static const QRegularExpression re(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}([T ].*)?$"_s);
        if (!re.match(created->toString()).hasMatch())
            return fail(
                u"created"_s,
                Msg::tr("must be an ISO date (YYYY-MM-DD), not \"%1\"").arg(created->toString()));
    }
    if (const OJson *citation = field(u"citation"_s)) {
        if (!citation->isObject())
            return fail(u"citation"_s, Msg::tr("must be an object {text, doi, url}"));
        for (const QString &sub : {u"text"_s, u"doi"_s, u"url"_s})
            if (const OJson *s = citation->find(sub); s && !s->isString())
                return fail(u"citation."_s + sub, Msg::tr("must be a string"));
        if (const QString doi = str(*citation, u"doi"_s); !doi.isEmpty())
            if (auto r = checkDoi(doi); !r)
                return r.error().wrapped(Msg::tr("metadata.json: \"citation.doi\""));
        if (const QString url = str(*citation, u"url"_s);
            !url.isEmpty() && !url.startsWith(u"https://"_s) && !url.startsWith(u"http://"_s))
            return fail(u"citation.url"_s, Msg::tr("must be an http(s) URL"));
    }
    if (const OJson *orcid = field(u"orcid"_s))
        if (auto r = checkOrcid(orcid->toString()); !r)
            return r.error().wrapped(Msg::tr("metadata.json: \"orcid\""));

    const QString chosen = !id.isEmpty() ? id : str(meta, u"id"_s);
    if (chosen.isEmpty())
        return invalid(Msg::tr("no registry id: give --id or an \"id\" field in metadata.json"));
    if (auto r = checkSafeName(chosen, Msg::tr("registry id")); !r)
        return r.error();
    static const QRegularExpression idRe(u"^[A-Za-z0-9][A-Za-z0-9._-]*$"_s);
    if (!idRe.match(chosen).hasMatch())
        return invalid(
            Msg::tr("registry id \"%1\": use letters, digits, '.', '_' and '-' only (it becomes "
                    "a branch name and a directory name)")
                .arg(chosen));
    if (idOut)
        *idOut = chosen;
    return meta;
}

// ---------------------------------------------------------------------------------------------
// generated files

namespace {

QString readmeText(const QString &id, const OJson &meta, const QString &traceSha256,
                   qint64 traceSize, bool hasConstructionCode)
{
    QString t;
    t += u"# "_s + id + u"\n\n"_s + str(meta, u"description"_s) + u"\n\n"_s;
    t += u"- Model type: "_s + str(meta, u"model_type"_s) + u"\n"_s;
    if (!str(meta, u"domain"_s).isEmpty())
        t += u"- Domain: "_s + str(meta, u"domain"_s) + u"\n"_s;
    if (!str(meta, u"variant"_s).isEmpty())
        t += u"- Variant: "_s + str(meta, u"variant"_s) + u"\n"_s;
    t += u"- Parameters (param_length): "_s +
         QString::fromLatin1(meta.find(u"param_length"_s)->numberText()) + u"\n"_s;
    if (const OJson *v = meta.find(u"vertices"_s))
        t += u"- Vertices: "_s + QString::fromLatin1(v->numberText()) + u"\n"_s;
    t += u"- Author: "_s + str(meta, u"author"_s) + u"\n"_s;
    if (!str(meta, u"orcid"_s).isEmpty())
        t += u"- ORCID: https://orcid.org/"_s + str(meta, u"orcid"_s) + u"\n"_s;
    t += u"- License: "_s + str(meta, u"license"_s) + u"\n"_s;
    if (!str(meta, u"created"_s).isEmpty())
        t += u"- Created: "_s + str(meta, u"created"_s) + u"\n"_s;
    if (const OJson *params = meta.find(u"parameters"_s); params && !params->items().isEmpty()) {
        t += u"\n## Parameters\n\n| # | name | description | domain |\n|---|---|---|---|\n"_s;
        for (qsizetype i = 0; i < params->items().size(); ++i) {
            const OJson &p = params->items().at(i);
            t += u"| %1 | %2 | %3 | %4 |\n"_s.arg(i).arg(
                str(p, u"name"_s), str(p, u"description"_s), str(p, u"domain"_s));
        }
    }
    if (const OJson *c = meta.find(u"citation"_s)) {
        t += u"\n## Citation\n\n"_s + str(*c, u"text"_s) + u"\n"_s;
        if (!str(*c, u"doi"_s).isEmpty())
            t += u"\nDOI: https://doi.org/"_s + str(*c, u"doi"_s) + u"\n"_s;
    }
    t += u"\n## Files\n\n"_s
         u"- `trace.json.gz`: the trace (gzip'd JSON: operations, vertex_rates, edge_probs, "_s
         u"vertex_targets, states), "_s +
         QString::number(traceSize) + u" bytes, sha256 `"_s + traceSha256 +
         u"`\n"_s
         u"- `checksum.sha256`: that sha256 in hex\n"_s
         u"- `metadata.json`: the metadata above\n"_s
         u"- `example.py`: loads and checks the trace with the Python standard library\n"_s;
    if (hasConstructionCode)
        t += u"- `construction_code.py`: the code that built the model\n"_s;
    t +=
        u"\nThe directory is published on IPFS; its CID is the registry entry's `cid`. Load it by "_s
        u"id through the registry with the phasic library, or read the files directly as "_s
        u"example.py shows.\n"_s;
    return t;
}

QString examplePy(const QString &id)
{
    QString t;
    t += u"\"\"\"Load the phasic trace '"_s + id + u"' from this package directory.\n\n"_s;
    t +=
        u"Uses only the Python standard library: it checks trace.json.gz against\n"_s
        u"checksum.sha256 and reads the trace's JSON (operations, vertex_rates, edge_probs, ...).\n"_s
        u"With the phasic library installed, the registry entry '"_s +
        id +
        u"' gives the same\n"_s
        u"trace by id (see phasic's documentation on the trace registry).\n\"\"\"\n"_s;
    t +=
        u"import gzip\nimport hashlib\nimport json\nimport pathlib\n\n"_s
        u"here = pathlib.Path(__file__).resolve().parent\n"_s
        u"data = (here / \"trace.json.gz\").read_bytes()\n"_s
        u"expected = (here / \"checksum.sha256\").read_text().strip()\n"_s
        u"if hashlib.sha256(data).hexdigest() != expected:\n"_s
        u"    raise SystemExit(\"trace.json.gz does not match checksum.sha256\")\n"_s
        u"trace = json.loads(gzip.decompress(data))\n"_s
        u"metadata = json.loads((here / \"metadata.json\").read_text())\n\n"_s
        u"print(metadata[\"description\"])\n"_s
        u"print(len(trace[\"operations\"]), \"operations,\", len(trace[\"vertex_rates\"]), \"vertices,\",\n"_s
        u"      \"param_length\", trace.get(\"param_length\", metadata[\"param_length\"]))\n"_s;
    return t;
}

} // namespace

Result<TracePackage> buildTracePackage(const PackageOptions &options, const QString &outDir)
{
    Result<QByteArray> metaBytes = readInputFile(options.metadataPath, Msg::tr("metadata file"));
    if (!metaBytes)
        return metaBytes.error();
    TracePackage pkg;
    Result<OJson> meta = validateMetadata(*metaBytes, options.id, &pkg.id);
    if (!meta)
        return meta.error().wrapped(options.metadataPath);
    pkg.metadata = std::move(*meta);

    Result<QByteArray> traceBytes = readInputFile(options.tracePath, Msg::tr("trace file"));
    if (!traceBytes)
        return traceBytes.error();
    Result<qint64> traceParams = checkTraceJson(*traceBytes, options.tracePath);
    if (!traceParams)
        return traceParams.error();
    const qint64 metaParams = pkg.metadata.find(u"param_length"_s)->toInteger();
    if (*traceParams >= 0 && *traceParams != metaParams)
        return invalid(Msg::tr("%1 has param_length %2 but metadata.json says %3; which is right?")
                           .arg(options.tracePath)
                           .arg(*traceParams)
                           .arg(metaParams));
    QByteArray gz;
    if (traceBytes->startsWith("\x1f\x8b")) {
        gz = std::move(*traceBytes); // already compressed: its bytes are what people checksum
    } else {
        Result<QByteArray> compressed = deterministicGzip(*traceBytes);
        if (!compressed)
            return compressed.error();
        gz = std::move(*compressed);
    }

    QByteArray construction;
    if (!options.constructionCodePath.isEmpty()) {
        Result<QByteArray> c =
            readInputFile(options.constructionCodePath, Msg::tr("construction code"));
        if (!c)
            return c.error();
        construction = std::move(*c);
    }

    QDir dir(outDir);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return Error(
            Error::Io,
            Msg::tr("output directory %1 is not empty; give a new or empty directory").arg(outDir));
    if (!QDir().mkpath(outDir))
        return Error(Error::Io, Msg::tr("cannot create the output directory %1").arg(outDir));
    pkg.dir = QDir(outDir).absolutePath();
    pkg.traceSha256 = sha256Hex(gz);
    pkg.traceSize = gz.size();

    JsonStyle style;
    style.indent = 2;
    style.sortKeys = true;
    style.trailingNewline = true;
    QList<std::pair<QString, QByteArray>> files{
        {u"trace.json.gz"_s, gz},
        {u"metadata.json"_s, writeJson(pkg.metadata, style)},
        {u"checksum.sha256"_s, pkg.traceSha256.toLatin1()},
        {u"README.md"_s,
         readmeText(pkg.id, pkg.metadata, pkg.traceSha256, pkg.traceSize, !construction.isNull())
             .toUtf8()},
        {u"example.py"_s, examplePy(pkg.id).toUtf8()},
    };
    if (!options.constructionCodePath.isEmpty())
        files.append({u"construction_code.py"_s, construction});
    std::sort(files.begin(), files.end(),
              [](const auto &a, const auto &b) { return a.first.toUtf8() < b.first.toUtf8(); });
    for (const auto &[name, bytes] : files) {
        if (auto r = writeFileAtomically(pkg.dir + u'/' + name, bytes); !r)
            return r.error();
        pkg.files.append({name, bytes.size(), sha256Hex(bytes)});
    }
    return pkg;
}

Result<void> computePackageCids(TracePackage &package, const QString &profileName,
                                const std::function<void(qint64, qint64)> &progress,
                                const std::atomic_bool *cancel)
{
    Result<ipfs::ImportProfile> profile = ipfs::ImportProfile::byName(profileName);
    if (!profile)
        return profile.error();
    // Every file is read twice: once for the directory, once for its own CID.
    qint64 total = 0;
    for (const PackageFile &f : std::as_const(package.files))
        total += 2 * f.size;
    qint64 before = 0;
    auto prepare = [&](ipfs::Importer &importer) {
        importer.setCancelFlag(cancel);
        if (progress)
            importer.setProgress(
                [&progress, &before, total](qint64 done) { progress(before + done, total); });
    };
    ipfs::Importer importer(*profile);
    prepare(importer);
    Result<ipfs::ImportedNode> root = importer.importPath(package.dir);
    if (!root)
        return root.error();
    package.rootCid = root->cid.toString();
    package.fileCids.clear();
    before = total / 2;
    for (const PackageFile &f : std::as_const(package.files)) {
        ipfs::Importer fileImporter(*profile);
        prepare(fileImporter);
        Result<ipfs::ImportedNode> node = fileImporter.importPath(package.dir + u'/' + f.name);
        if (!node)
            return node.error();
        package.fileCids.append({f.name, node->cid.toString()});
        before += f.size;
    }
    if (progress)
        progress(total, total);
    return {};
}

OJson v1RegistryEntry(const TracePackage &package)
{
    // Key order as upstream's entries: cid, description, metadata, files, checksum, license.
    QList<OJson::Member> files;
    for (const auto &[name, cid] : package.fileCids) {
        if (name != u"trace.json.gz"_s && name != u"metadata.json"_s)
            continue;
        qint64 size = 0;
        for (const PackageFile &f : package.files)
            if (f.name == name)
                size = f.size;
        files.append({name, OJson::object({{u"cid"_s, OJson::string(cid)},
                                           {u"size_bytes"_s, OJson::integer(size)}})});
    }
    std::sort(files.begin(), files.end(), [](const auto &a, const auto &b) {
        return (a.first == u"trace.json.gz"_s) > (b.first == u"trace.json.gz"_s);
    });
    OJson entry = OJson::object({
        {u"cid"_s, OJson::string(package.rootCid)},
        {u"description"_s, OJson::string(str(package.metadata, u"description"_s))},
        {u"metadata"_s, package.metadata},
        {u"files"_s, OJson::object(files)},
        {u"checksum"_s, OJson::string(u"sha256:"_s + package.traceSha256)},
        {u"license"_s, OJson::string(str(package.metadata, u"license"_s))},
    });
    if (const OJson *gh = package.metadata.find(u"graph_hash"_s))
        entry.set(u"graph_hash"_s, *gh);
    return entry;
}

// ---------------------------------------------------------------------------------------------
// v2 artifacts

Result<ArtifactInfo> inspectArtifactBytes(const QByteArray &bytes, const QString &fileName)
{
    ArtifactInfo info;
    info.fileName = fileName;
    info.size = bytes.size();
    const QString what = fileName;
    auto u64 = [&bytes](qsizetype off) {
        return qFromLittleEndian<quint64>(bytes.constData() + off);
    };
    auto u32 = [&bytes](qsizetype off) {
        return qFromLittleEndian<quint32>(bytes.constData() + off);
    };
    // Counts from the file are bounded by the file size before any product, so a hostile
    // header cannot wrap the size formula.
    const quint64 size = quint64(bytes.size());
    auto formula = [size](quint64 header, quint64 c, quint64 cw, quint64 m, quint64 v,
                          quint64 vw) -> quint64 {
        if (c > size / cw || m > size / 8 || v > size / vw)
            return ~0ULL;
        return header + cw * c + 8 * m + vw * v;
    };
    if (bytes.startsWith("PTDPRMC1")) {
        if (bytes.size() < 56)
            return invalid(Msg::tr("%1: %2 bytes, shorter than the 56-byte PTDPRMC1 header")
                               .arg(what)
                               .arg(bytes.size()));
        info.magic = "PTDPRMC1";
        const quint32 version = u32(8);
        info.formatRevision = int(u32(12));
        if (version != 1)
            return invalid(Msg::tr("%1: PTDPRMC1 version %2 (expected 1)").arg(what).arg(version));
        if (info.formatRevision != 1 && info.formatRevision != 2)
            return invalid(Msg::tr("%1: format_revision %2 (this app knows 1 and 2)")
                               .arg(what)
                               .arg(info.formatRevision));
        info.commands = u64(24);
        info.memDoubles = u64(32);
        info.vertices = u64(40);
        const quint64 expected = formula(56, info.commands, 128, info.memDoubles, info.vertices, 8);
        if (expected != size)
            return invalid(
                Msg::tr("%1: %2 bytes, but the header (commands %3, mem %4, vertices %5) needs "
                        "56 + 128·C + 8·M + 8·V = %6; truncated or not a ptd_pcg artifact")
                    .arg(what)
                    .arg(bytes.size())
                    .arg(info.commands)
                    .arg(info.memDoubles)
                    .arg(info.vertices)
                    .arg(expected));
    } else if (bytes.startsWith("PTDPRMC3")) {
        if (bytes.size() < 40)
            return invalid(Msg::tr("%1: %2 bytes, shorter than the 40-byte PTDPRMC3 header")
                               .arg(what)
                               .arg(bytes.size()));
        info.magic = "PTDPRMC3";
        info.formatRevision = 3; // our label for the newer layout (docs/UPSTREAM.md)
        info.commands = u64(8);
        info.memDoubles = u64(16);
        info.vertices = u64(24); // inputs
        const quint64 expected = formula(40, info.commands, 80, info.memDoubles, info.vertices, 24);
        if (expected != size)
            return invalid(
                Msg::tr("%1: %2 bytes, but the header (commands %3, mem %4, inputs %5) needs "
                        "40 + 80·C + 8·M + 24·I = %6; truncated or not a ptd_pcg artifact")
                    .arg(what)
                    .arg(bytes.size())
                    .arg(info.commands)
                    .arg(info.memDoubles)
                    .arg(info.vertices)
                    .arg(expected));
    } else {
        return invalid(
            Msg::tr("%1: not a ptd_pcg artifact (magic PTDPRMC1 or PTDPRMC3 expected)").arg(what));
    }
    info.sha256 = sha256Hex(bytes);
    static const QRegularExpression nameRe(u"^(scc_)?([0-9a-f]{64})\\.bin$"_s);
    if (const auto m = nameRe.match(fileName); m.hasMatch()) {
        info.isScc = !m.captured(1).isEmpty();
        info.hashFromName = m.captured(2);
        if (info.magic == "PTDPRMC1" && !info.isScc) {
            // The header holds the first 8 bytes of the graph hash (read big-endian).
            const quint64 fromName = info.hashFromName.left(16).toULongLong(nullptr, 16);
            if (fromName != u64(16))
                return invalid(
                    Msg::tr("%1: the header's graph hash prefix %2 does not match the file "
                            "name; renamed file?")
                        .arg(what)
                        .arg(u64(16), 16, 16, QLatin1Char('0')));
        }
    }
    return info;
}

Result<ArtifactInfo> inspectArtifact(const QString &path)
{
    Result<QByteArray> bytes = readInputFile(path, u"artifact"_s);
    if (!bytes)
        return bytes.error();
    Result<ArtifactInfo> info = inspectArtifactBytes(*bytes, QFileInfo(path).fileName());
    if (info)
        info->path = path;
    return info;
}

Result<OJson> v2RegistryEntry(const QList<ArtifactInfo> &artifacts, const OJson &metadata)
{
    const ArtifactInfo *parent = nullptr;
    QList<const ArtifactInfo *> sccs;
    for (const ArtifactInfo &a : artifacts) {
        if (a.hashFromName.isEmpty())
            return invalid(
                Msg::tr("%1: name it <graph_hash>.bin (the parent) or scc_<hash>.bin, as "
                        "upstream's cache does")
                    .arg(a.fileName));
        if (a.isScc) {
            sccs.append(&a);
        } else if (parent) {
            return invalid(
                Msg::tr("two parent artifacts given (%1 and %2); one compute has one parent")
                    .arg(parent->fileName, a.fileName));
        } else {
            parent = &a;
        }
    }
    if (!parent)
        return invalid(Msg::tr("no parent artifact <graph_hash>.bin among the artifacts"));
    auto artifact = [](const ArtifactInfo &a) {
        QList<OJson::Member> m{{u"cid_or_path"_s, OJson::string(u"artifacts/"_s + a.fileName)}};
        if (a.isScc)
            m.append({u"scc_hash"_s, OJson::string(a.hashFromName)});
        m.append({u"sha256"_s, OJson::string(a.sha256)});
        m.append({u"size_bytes"_s, OJson::integer(a.size)});
        return OJson::object(m);
    };
    QList<OJson> sccList;
    for (const ArtifactInfo *a : sccs)
        sccList.append(artifact(*a));
    // v2 metadata key order as upstream writes it.
    QList<OJson::Member> meta;
    for (const QString &key : {u"description"_s, u"author"_s, u"license"_s, u"vertices"_s,
                               u"param_length"_s, u"domain"_s, u"model_type"_s, u"tags"_s})
        if (const OJson *v = metadata.find(key))
            meta.append({key, *v});
    return OJson::object({
        {u"graph_hash"_s, OJson::string(parent->hashFromName)},
        {u"format_revision"_s, OJson::integer(parent->formatRevision)},
        {u"artifacts"_s,
         OJson::object({{u"parent"_s, artifact(*parent)}, {u"scc"_s, OJson::array(sccList)}})},
        {u"metadata"_s, OJson::object(meta)},
    });
}

} // namespace pt::publish
