// The publish module's order-preserving JSON parser and the registry editor on top of it:
// bytes from a registry.json or an entry file must give a value or an error, never a crash;
// whatever parses must write back and re-parse to the same tree. The artifact inspector
// (.bin headers with counts from the file) gets the same bytes.
#include "core/publish/packagebuilder.h"
#include "core/publish/publishjson.h"
#include "core/publish/registryeditor.h"

#include <QByteArray>
#include <QString>

#include <cstdlib>

using namespace pt::publish;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    pt::Result<OJson> v = parseJson(bytes, QStringLiteral("fuzz"));
    if (v) {
        JsonStyle style = detectStyle(bytes);
        const QByteArray written = writeJson(*v, style);
        pt::Result<OJson> again = parseJson(written, QStringLiteral("rewritten"));
        if (!again)
            std::abort(); // we wrote something we cannot read back
        if (writeJson(*again, style) != written)
            std::abort(); // the writer must be a fixed point after one normalisation
    }
    pt::Result<RegistryDocument> doc = RegistryDocument::parse(bytes, QStringLiteral("fuzz"));
    if (doc) {
        const QByteArray text = doc->toBytes();
        if (doc->byteStable() && text != bytes)
            std::abort();
        (void)unifiedDiff(bytes, text, QStringLiteral("a/r"), QStringLiteral("b/r"));
    }
    (void)inspectArtifactBytes(bytes, QStringLiteral("x.bin"));
    return 0;
}
