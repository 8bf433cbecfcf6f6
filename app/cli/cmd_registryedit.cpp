// `registry-edit`: offline edits of a registry.json (v1 "traces" or v2 "computes") that keep
// every other byte as it was (core/publish/registryeditor.h). Named apart from `registry`
// (browsing), which belongs to the registry module.
#include "app/cli/command.h"
#include "core/publish/registryeditor.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;
using namespace pt::publish;

namespace pt::cli {
namespace {

int runRegistryEdit(const QStringList &args, const GlobalOptions &global)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Edit a registry.json in place, keeping its layout byte for byte:\n"
        u"  registry-edit add-entry --registry-file PATH --id ID --entry ENTRY.json [--replace]\n"
        u"  registry-edit remove-entry --registry-file PATH --id ID\n"
        u"Duplicate ids (without --replace) and content already registered under another id are\n"
        u"refused. Prints the unified diff; --dry-run writes nothing."_s);
    const QCommandLineOption fileOpt(u"registry-file"_s, u"The registry.json to edit."_s,
                                     u"PATH"_s);
    const QCommandLineOption entryOpt(u"entry"_s, u"The entry (a JSON object) to add."_s,
                                      u"ENTRY.json"_s);
    const QCommandLineOption idOpt(u"id"_s, u"The entry's id."_s, u"ID"_s);
    const QCommandLineOption replaceOpt(u"replace"_s,
                                        u"Replace an existing entry of that id in place."_s);
    const QCommandLineOption dryOpt(u"dry-run"_s, u"Show the diff only."_s);
    parser.addOptions({fileOpt, entryOpt, idOpt, replaceOpt, dryOpt});
    parser.addPositionalArgument(u"action"_s, u"add-entry or remove-entry"_s);
    if (const int rc = parseCommandLine(parser, args); rc >= 0)
        return rc;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (pos.size() != 1 || (action != u"add-entry"_s && action != u"remove-entry"_s))
        return fail(u"registry-edit: say add-entry or remove-entry (see --help)"_s, ExitUsage);
    const QString path = parser.value(fileOpt);
    const QString id = parser.value(idOpt);
    if (path.isEmpty() || id.isEmpty())
        return fail(u"registry-edit: --registry-file and --id are required"_s, ExitUsage);

    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(u"cannot read %1: %2"_s.arg(path, f.errorString()),
                    f.exists() ? ExitFailure : ExitNotFound);
    const QByteArray oldText = f.readAll();
    f.close();
    Result<RegistryDocument> doc = RegistryDocument::parse(oldText, path);
    if (!doc)
        return fail(doc.error().message, ExitUsage);
    if (!doc->byteStable())
        err() << "phasic-traces-cli: note: " << path
              << " is not in json.dumps(indent=N) layout; the edit rewrites it in that layout"
              << Qt::endl;

    QByteArray newText;
    if (action == u"add-entry"_s) {
        if (!parser.isSet(entryOpt))
            return fail(u"registry-edit add-entry: --entry ENTRY.json is required"_s, ExitUsage);
        QFile e(parser.value(entryOpt));
        if (!e.open(QIODevice::ReadOnly))
            return fail(u"cannot read %1: %2"_s.arg(e.fileName(), e.errorString()), ExitNotFound);
        Result<OJson> entry = parseJson(e.readAll(), e.fileName());
        if (!entry)
            return fail(entry.error().message, ExitUsage);
        Result<QByteArray> edited =
            addRegistryEntry(oldText, id, *entry, parser.isSet(replaceOpt), path);
        if (!edited)
            return fail(edited.error().message, ExitUsage);
        newText = *edited;
    } else {
        if (auto r = doc->removeEntry(id); !r)
            return fail(r.error().message, ExitNotFound);
        newText = doc->toBytes();
    }
    const QByteArray diff =
        unifiedDiff(oldText, newText, u"a/registry.json"_s, u"b/registry.json"_s);
    if (!parser.isSet(dryOpt)) {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(newText) != newText.size() ||
            !out.commit())
            return fail(u"cannot write %1: %2"_s.arg(path, out.errorString()));
    }
    if (global.json) {
        printJson(QJsonObject{{u"action"_s, action},
                              {u"id"_s, id},
                              {u"file"_s, path},
                              {u"written"_s, !parser.isSet(dryOpt)},
                              {u"diff"_s, QString::fromUtf8(diff)}});
    } else {
        out() << QString::fromUtf8(diff);
        out().flush();
    }
    return ExitOk;
}

const Registrar registrar(Command{u"registry-edit"_s,
                                  u"Add or remove a registry.json entry, keeping its byte layout"_s,
                                  &runRegistryEdit});

} // namespace
} // namespace pt::cli
