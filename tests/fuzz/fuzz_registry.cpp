// Fuzz target: registry parsing (v1 + v2) and, when it parses, the search index over it.
#include "core/registry/registryindex.h"
#include "core/registry/registryparser.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace pt::registry;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The fast CIDv0 check must agree with the general CID parser.
    if (size == 46) {
        const QString text = QString::fromLatin1(bytes);
        if (detail::isValidCidV0(text) != cidProblem(text).isEmpty())
            std::abort();
    }
    // Both paths: the single-threaded decoder and the chunked one (different span handling).
    for (int threads : {1, 3}) {
        ParseOptions options;
        options.threads = threads;
        auto parsed = parseRegistry(bytes, options);
        if (!parsed) {
            if (parsed.error().message.isEmpty())
                std::abort(); // every rejection must say why
            continue;
        }
        const Registry &reg = *parsed;
        for (const Entry &e : reg.entries) {
            if (!idProblem(e.id).isEmpty())
                std::abort(); // unsafe ids must never get through
            if (e.sourceOffset < 0 || e.sourceOffset + e.sourceLength > bytes.size())
                std::abort();
            (void)entryWarnings(reg, e);
            (void)e.totalSize();
        }
        if (threads == 1) {
            RegistryIndex index(reg);
            Query q;
            q.text = QStringLiteral("a co 1");
            q.sort = SortField::Created;
            (void)index.search(q);
            Query f;
            f.tags = {QStringLiteral("coalescent")};
            f.minParams = 1;
            f.sort = SortField::Size;
            f.descending = true;
            (void)index.search(f);
        } else {
            // The search tables the parser built must answer like tables built from scratch.
            Registry bare = reg;
            bare.indexTables.reset();
            const RegistryIndex fromParser(reg), rebuilt(bare);
            Query q;
            q.text = QStringLiteral("a");
            q.sort = SortField::Vertices;
            const SearchResult a = fromParser.search(q), b = rebuilt.search(q);
            if (a.rows != b.rows || a.tags != b.tags || a.domains != b.domains ||
                a.licenses != b.licenses || a.paramCounts != b.paramCounts)
                std::abort();
        }
    }
    return 0;
}
