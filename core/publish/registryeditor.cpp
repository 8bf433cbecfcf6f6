#include "core/publish/registryeditor.h"

#include "core/ipfs/cid.h"
#include "core/paths.h"
#include "core/registry/registryparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace pt::publish {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::publish)
};

bool isHex(const QString &s, int length)
{
    static const QRegularExpression re(u"^[0-9a-f]+$"_s);
    return s.size() == length && re.match(s).hasMatch();
}

Error invalid(const QString &message)
{
    return Error(Error::InvalidInput, message);
}

QString stringField(const OJson &o, const QString &key)
{
    const OJson *v = o.find(key);
    return v && v->isString() ? v->toString() : QString();
}

Result<void> requireString(const OJson &o, const QString &key, const QString &where)
{
    const OJson *v = o.find(key);
    if (!v)
        return invalid(Msg::tr("%1: missing \"%2\"").arg(where, key));
    if (!v->isString() || v->toString().isEmpty())
        return invalid(Msg::tr("%1: \"%2\" must be a non-empty string").arg(where, key));
    return {};
}

Result<void> requireSize(const OJson &o, const QString &key, const QString &where)
{
    const OJson *v = o.find(key);
    if (!v)
        return invalid(Msg::tr("%1: missing \"%2\"").arg(where, key));
    bool ok = false;
    if (!v->isInteger() || v->toInteger(&ok) < 0 || !ok)
        return invalid(Msg::tr("%1: \"%2\" must be a non-negative integer").arg(where, key));
    return {};
}

Result<void> checkArtifact(const OJson &a, const QString &where)
{
    if (!a.isObject())
        return invalid(Msg::tr("%1 must be an object").arg(where));
    if (auto r = requireString(a, u"cid_or_path"_s, where); !r)
        return r;
    if (!isHex(stringField(a, u"sha256"_s), 64))
        return invalid(Msg::tr("%1: \"sha256\" must be 64 lowercase hex digits").arg(where));
    return requireSize(a, u"size_bytes"_s, where);
}

} // namespace

Result<RegistryDocument> RegistryDocument::parse(const QByteArray &text, const QString &what)
{
    Result<OJson> root = parseJson(text, what);
    if (!root)
        return root.error();
    if (!root->isObject())
        return invalid(Msg::tr("%1: the top level is not a JSON object").arg(what));
    RegistryDocument doc;
    doc.m_what = what;
    const QString version = stringField(*root, u"version"_s);
    if (version.startsWith(u"1."_s)) {
        doc.m_kind = Kind::V1;
    } else if (version.startsWith(u"2."_s)) {
        doc.m_kind = Kind::V2;
    } else {
        return invalid(
            Msg::tr("%1: unknown registry \"version\" \"%2\" (this editor writes 1.x and 2.x)")
                .arg(what, version));
    }
    const OJson *entries = root->find(doc.entriesKey());
    if (!entries || !entries->isObject())
        return invalid(
            Msg::tr("%1: \"%2\" is missing or not an object").arg(what, doc.entriesKey()));
    doc.m_root = std::move(*root);
    doc.m_original = text;
    doc.m_style = detectStyle(text);
    doc.m_byteStable = doc.toBytes() == text;
    return doc;
}

QStringList RegistryDocument::ids() const
{
    QStringList list;
    if (const OJson *entries = m_root.find(entriesKey()))
        for (const OJson::Member &m : entries->members())
            list.append(m.first);
    return list;
}

const OJson *RegistryDocument::entry(const QString &id) const
{
    const OJson *entries = m_root.find(entriesKey());
    return entries ? entries->find(id) : nullptr;
}

Result<void> RegistryDocument::validateEntry(Kind kind, const QString &id, const OJson &entry)
{
    if (auto r = checkSafeName(id, Msg::tr("registry id")); !r)
        return r;
    const QString where = Msg::tr("entry \"%1\"").arg(id);
    if (!entry.isObject())
        return invalid(Msg::tr("%1 must be a JSON object").arg(where));
    const OJson *metadata = entry.find(u"metadata"_s);
    if (!metadata || !metadata->isObject())
        return invalid(Msg::tr("%1: \"metadata\" is missing or not an object").arg(where));
    if (kind == Kind::V1) {
        const QString cid = stringField(entry, u"cid"_s);
        if (cid.isEmpty())
            return invalid(
                Msg::tr("%1: \"cid\" (the package directory CID) is missing").arg(where));
        if (Result<ipfs::Cid> parsed = ipfs::Cid::parse(cid); !parsed)
            return invalid(
                Msg::tr("%1: \"cid\" is not a valid CID: %2").arg(where, parsed.error().message));
        const QString checksum = stringField(entry, u"checksum"_s);
        if (!checksum.startsWith(u"sha256:"_s) || !isHex(checksum.mid(7), 64))
            return invalid(Msg::tr("%1: \"checksum\" must be \"sha256:\" + 64 lowercase hex digits")
                               .arg(where));
        if (const OJson *gh = entry.find(u"graph_hash"_s);
            gh && !(gh->isString() && isHex(gh->toString(), 64)))
            return invalid(
                Msg::tr("%1: \"graph_hash\" must be 64 lowercase hex digits").arg(where));
        return {};
    }
    if (!isHex(stringField(entry, u"graph_hash"_s), 64))
        return invalid(Msg::tr("%1: \"graph_hash\" must be 64 lowercase hex digits").arg(where));
    const OJson *rev = entry.find(u"format_revision"_s);
    if (!rev || !rev->isInteger() || rev->toInteger() < 1)
        return invalid(Msg::tr("%1: \"format_revision\" must be a positive integer").arg(where));
    const OJson *artifacts = entry.find(u"artifacts"_s);
    if (!artifacts || !artifacts->isObject())
        return invalid(Msg::tr("%1: \"artifacts\" is missing or not an object").arg(where));
    const OJson *parent = artifacts->find(u"parent"_s);
    if (!parent)
        return invalid(Msg::tr("%1: \"artifacts.parent\" is missing").arg(where));
    if (auto r = checkArtifact(*parent, where + Msg::tr(" artifacts.parent")); !r)
        return r;
    if (const OJson *scc = artifacts->find(u"scc"_s)) {
        if (!scc->isArray())
            return invalid(Msg::tr("%1: \"artifacts.scc\" must be a list").arg(where));
        for (qsizetype i = 0; i < scc->items().size(); ++i)
            if (auto r =
                    checkArtifact(scc->items().at(i), where + Msg::tr(" artifacts.scc[%1]").arg(i));
                !r)
                return r;
    }
    return {};
}

Result<void> RegistryDocument::addEntry(const QString &id, const OJson &entry, bool replace)
{
    if (auto r = validateEntry(m_kind, id, entry); !r)
        return r;
    OJson *entries = m_root.find(entriesKey());
    const bool exists = entries->find(id) != nullptr;
    if (exists && !replace)
        return Error(Error::InvalidInput,
                     Msg::tr("%1: id \"%2\" is already registered; choose another id or replace it "
                             "explicitly (--replace)")
                         .arg(m_what, id));

    // The same content under two ids would make one of them a silent alias: refuse.
    struct Key
    {
        QString label;
        QString value;
    };
    auto contentKeys = [this](const OJson &e) {
        QList<Key> keys;
        auto add = [&keys](const QString &label, const QString &value) {
            if (!value.isEmpty())
                keys.append({label, value});
        };
        add(u"graph_hash"_s, stringField(e, u"graph_hash"_s));
        if (m_kind == Kind::V1) {
            add(u"cid"_s, stringField(e, u"cid"_s));
            add(u"checksum"_s, stringField(e, u"checksum"_s));
        } else if (const OJson *a = e.find(u"artifacts"_s)) {
            if (const OJson *p = a->find(u"parent"_s))
                add(Msg::tr("parent artifact sha256"), stringField(*p, u"sha256"_s));
        }
        return keys;
    };
    const QList<Key> mine = contentKeys(entry);
    for (const OJson::Member &m : entries->members()) {
        if (m.first == id)
            continue;
        for (const Key &theirs : contentKeys(m.second))
            for (const Key &k : mine)
                if (k.label == theirs.label && k.value == theirs.value)
                    return Error(
                        Error::InvalidInput,
                        Msg::tr("%1: the same content is already registered as \"%2\" (%3 %4); "
                                "use that id or replace it")
                            .arg(m_what, m.first, k.label, k.value));
    }
    entries->set(id, entry); // in place when replacing, at the end otherwise
    return {};
}

Result<void> RegistryDocument::removeEntry(const QString &id)
{
    OJson *entries = m_root.find(entriesKey());
    if (!entries->remove(id))
        return Error(Error::NotFound, Msg::tr("%1: no entry \"%2\"").arg(m_what, id));
    return {};
}

Result<QByteArray> addRegistryEntry(const QByteArray &oldText, const QString &id,
                                    const OJson &entry, bool replace, const QString &what)
{
    Result<RegistryDocument> doc = RegistryDocument::parse(oldText, what);
    if (!doc)
        return doc.error();
    if (auto r = doc->addEntry(id, entry, replace); !r)
        return r.error();
    QByteArray text = doc->toBytes();
    // Read what we wrote back, as any reader would, and check the entry survived intact.
    Result<RegistryDocument> back =
        RegistryDocument::parse(text, what + Msg::tr(" (as rewritten)"));
    if (!back)
        return back.error();
    const OJson *written = back->entry(id);
    if (!written || *written != entry)
        return Error(
            Error::Generic,
            Msg::tr("%1: the rewritten registry does not hold entry \"%2\" as given (internal "
                    "error; nothing was written)")
                .arg(what, id));
    // And as the app itself reads registries (core/registry): the new entry must load with
    // the content we put in, so a PR never breaks the readers.
    registry::ParseOptions options;
    options.threads = 1;
    options.sourceName = what;
    Result<registry::Registry> model = registry::parseRegistry(text, options);
    if (!model)
        return model.error().wrapped(Msg::tr("the edited registry does not load"));
    const registry::Entry *e = model->find(id);
    bool same = e != nullptr;
    if (same && doc->kind() == RegistryDocument::Kind::V1)
        same = e->directoryCidValid && e->directoryCid == stringField(entry, u"cid"_s);
    if (same && doc->kind() == RegistryDocument::Kind::V2) {
        const OJson *parent = entry.find(u"artifacts"_s)->find(u"parent"_s);
        same = e->parent && e->parent->sha256 == stringField(*parent, u"sha256"_s);
    }
    if (!same)
        return Error(
            Error::InvalidInput,
            Msg::tr("%1: the registry reader does not see entry \"%2\" as written; nothing was "
                    "written")
                .arg(what, id));
    return text;
}

// ---------------------------------------------------------------------------------------------
// Unified diff

namespace {

QList<QByteArray> splitLines(const QByteArray &text)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype nl = text.indexOf('\n', start);
        const qsizetype end = nl < 0 ? text.size() : nl + 1;
        lines.append(
            text.mid(start, end - start)); // with its '\n' (none on an unterminated last line)
        start = end;
    }
    return lines;
}

enum class Op : char { Equal = ' ', Delete = '-', Insert = '+' };

} // namespace

QByteArray unifiedDiff(const QByteArray &oldText, const QByteArray &newText, const QString &oldPath,
                       const QString &newPath, int context)
{
    if (oldText == newText)
        return {};
    const QList<QByteArray> a = splitLines(oldText);
    const QList<QByteArray> b = splitLines(newText);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;

    std::vector<std::pair<Op, qsizetype>> script; // op + index into a (Equal/Delete) or b (Insert)
    for (qsizetype i = 0; i < prefix; ++i)
        script.push_back({Op::Equal, i});
    // LCS over the changed middle; bounded so a huge rewrite cannot exhaust memory (then the
    // middle is shown as one replacement, still a correct diff).
    if (n > 0 && m > 0 && double(n) * double(m) <= 16e6) {
        std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[i][j] = a[prefix + i] == b[prefix + j] ? lcs[i + 1][j + 1] + 1
                                                           : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        qsizetype i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[prefix + i] == b[prefix + j]) {
                script.push_back({Op::Equal, prefix + i});
                ++i;
                ++j;
            } else if (i < n && (j >= m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                script.push_back({Op::Delete, prefix + i}); // deletions first, as diff -u
                ++i;
            } else {
                script.push_back({Op::Insert, prefix + j});
                ++j;
            }
        }
    } else {
        for (qsizetype i = 0; i < n; ++i)
            script.push_back({Op::Delete, prefix + i});
        for (qsizetype j = 0; j < m; ++j)
            script.push_back({Op::Insert, prefix + j});
    }
    for (qsizetype i = a.size() - suffix; i < a.size(); ++i)
        script.push_back({Op::Equal, i});

    QByteArray out;
    out += "--- " + oldPath.toUtf8() + '\n';
    out += "+++ " + newPath.toUtf8() + '\n';

    // Line numbers before each script position.
    const qsizetype total = qsizetype(script.size());
    std::vector<qsizetype> oldLine(size_t(total + 1)), newLine(size_t(total + 1));
    for (qsizetype k = 0, ol = 0, nl = 0; k <= total; ++k) {
        oldLine[k] = ol;
        newLine[k] = nl;
        if (k < total) {
            if (script[k].first != Op::Insert)
                ++ol;
            if (script[k].first != Op::Delete)
                ++nl;
        }
    }
    qsizetype k = 0;
    while (k < total) {
        while (k < total && script[k].first == Op::Equal)
            ++k;
        if (k >= total)
            break;
        const qsizetype start = std::max<qsizetype>(0, k - context);
        // Extend the hunk while the next change is within 2·context equal lines.
        qsizetype end = k;
        for (;;) {
            while (end < total && script[end].first != Op::Equal)
                ++end;
            qsizetype eq = end;
            while (eq < total && script[eq].first == Op::Equal)
                ++eq;
            if (eq < total && eq - end <= 2 * context) {
                end = eq;
                continue;
            }
            end = std::min(total, end + context);
            break;
        }
        const qsizetype oldCount = oldLine[end] - oldLine[start];
        const qsizetype newCount = newLine[end] - newLine[start];
        const qsizetype oldStart = oldCount ? oldLine[start] + 1 : oldLine[start];
        const qsizetype newStart = newCount ? newLine[start] + 1 : newLine[start];
        out += "@@ -" + QByteArray::number(oldStart) + ',' + QByteArray::number(oldCount) + " +" +
               QByteArray::number(newStart) + ',' + QByteArray::number(newCount) + " @@\n";
        for (qsizetype s = start; s < end; ++s) {
            const auto [op, index] = script[s];
            const QByteArray &line = op == Op::Insert ? b[index] : a[index];
            out += char(op);
            out += line;
            if (!line.endsWith('\n'))
                out += "\n\\ No newline at end of file\n";
        }
        k = end;
    }
    return out;
}

} // namespace pt::publish
