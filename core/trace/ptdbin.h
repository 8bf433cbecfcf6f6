#pragma once

#include "core/result.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace pt::trace {

// ptd_pcg `.bin` artifacts (docs/UPSTREAM.md "Artifact v2"): a compiled elimination tape whose
// coefficients live in the user's model. We validate and summarise; we cannot evaluate one.
// Upstream's loader trusts every offset; this reader checks every count, offset and kind.

enum class PtdBinLayout { Rev1_2, Rev3 }; // "PTDPRMC1" (format_revision 1|2), "PTDPRMC3"

inline constexpr int kPtdCommandTypes = 7; // NEW_ADD, P, INV, PP, ONE_MINUS, DIVIDE, ZERO
const char *ptdCommandTypeName(int type);

struct PtdBinSummary
{
    PtdBinLayout layout = PtdBinLayout::Rev1_2;
    QString magic;
    std::uint32_t version = 0;         // PTDPRMC1 only
    std::uint32_t formatRevision = 0;  // PTDPRMC1: from the header; PTDPRMC3: 3
    std::uint64_t graphHashPrefix = 0; // PTDPRMC1 only: first 8 bytes of the graph hash
    std::uint64_t commands = 0;
    std::uint64_t memDoubles = 0;
    std::uint64_t vertices = 0; // PTDPRMC1: memr length; PTDPRMC3: highest input vertex + 1
    std::uint64_t inputs = 0;   // PTDPRMC3: input table entries
    std::uint64_t edgePointers = 0;
    std::uint64_t externalInputs = 0;
    std::uint64_t memPointers = 0;
    std::uint64_t memrSet = 0; // PTDPRMC1: vertices with a result offset (≠ −1)
    std::array<std::uint64_t, kPtdCommandTypes> histogram{};
    qint64 fileSize = 0;
    // Set when the caller gave a graph hash: does the header's prefix match it?
    std::optional<bool> hashMatches;
};

inline constexpr std::uint64_t kPtdMaxCommands = 1ULL << 32;

// Validates the whole file. `graphHashHex` (64 hex digits, optional) is compared with the
// PTDPRMC1 header's truncated hash; a mismatch is reported in the summary, not as an error,
// so the user can see both values. A malformed hash string is an error.
Result<PtdBinSummary> parsePtdBin(QByteArrayView bytes, const QString &graphHashHex = {});

bool looksPtdBin(QByteArrayView bytes);

QJsonObject ptdBinSummaryToJson(const PtdBinSummary &summary);
QString ptdBinSummaryToText(const PtdBinSummary &summary);

} // namespace pt::trace
