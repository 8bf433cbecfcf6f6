#pragma once

#include "core/publish/publishjson.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace pt::publish {

// A registry.json held for editing: the parsed tree in file order plus the layout it was
// written with, so writing it back changes only what we changed (docs/UPSTREAM.md: upstream
// rewrites v2 with json.dumps(indent=2) + "\n"; the v1 files are json.dumps(indent=2) without
// the newline). Works on the text directly, independent of the registry model.
class RegistryDocument
{
public:
    enum class Kind { V1, V2 };

    // Parses and checks the top level (v1: "version" 1.x + "traces" object; v2: "version" 2.x,
    // "computes" object). `what` names the file in messages.
    static Result<RegistryDocument> parse(const QByteArray &text, const QString &what);

    Kind kind() const { return m_kind; }
    QString entriesKey() const
    {
        return m_kind == Kind::V1 ? QStringLiteral("traces") : QStringLiteral("computes");
    }
    const JsonStyle &style() const { return m_style; }
    // True when writing the unchanged tree gives back the exact input bytes. When false the
    // file was not written by json.dumps (hand edits, other separators): an edit would
    // reformat it, which the caller must show to the user.
    bool byteStable() const { return m_byteStable; }
    const QByteArray &originalText() const { return m_original; }

    const OJson &root() const { return m_root; }
    QStringList ids() const;
    const OJson *entry(const QString &id) const;

    // Adds `entry` under `id` (at the end of the map, where upstream's dict insertion puts it),
    // or replaces the existing one in place when `replace`. Refuses: an unsafe id, an existing
    // id without `replace`, an entry whose content (v1: cid, checksum or graph_hash; v2:
    // graph_hash or the parent artifact's sha256) is already registered under another id, and
    // entries that lack the fields the readers need.
    Result<void> addEntry(const QString &id, const OJson &entry, bool replace);
    Result<void> removeEntry(const QString &id);

    QByteArray toBytes() const { return writeJson(m_root, m_style); }

    // Checks one entry on its own (the same checks addEntry makes, minus duplicates).
    static Result<void> validateEntry(Kind kind, const QString &id, const OJson &entry);

private:
    OJson m_root;
    JsonStyle m_style;
    Kind m_kind = Kind::V2;
    bool m_byteStable = false;
    QByteArray m_original;
    QString m_what;
};

// The edit in one call: parse `oldText`, add/replace, write, parse the result back and check
// the entry is there. Returns the new text.
Result<QByteArray> addRegistryEntry(const QByteArray &oldText, const QString &id,
                                    const OJson &entry, bool replace, const QString &what);

// A unified diff (diff -u / git style hunks, 3 lines of context) of two texts, with
// "\ No newline at end of file" where needed so `git apply` accepts it. Empty when equal.
// Paths are written as given ("a/registry.json", "b/registry.json").
QByteArray unifiedDiff(const QByteArray &oldText, const QByteArray &newText, const QString &oldPath,
                       const QString &newPath, int context = 3);

} // namespace pt::publish
