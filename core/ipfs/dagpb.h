#pragma once

#include "core/ipfs/cid.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace pt::ipfs {

// dag-pb (ipld specs codecs/dag-pb). Name is bytes on the wire (UTF-8 by convention).
struct PbLink
{
    Cid hash;
    std::optional<QByteArray> name;
    std::optional<quint64> tsize;
};

struct PbNode
{
    QList<PbLink> links;
    std::optional<QByteArray> data;
};

// Canonical bytes: every Link (field 2) before Data (field 1); link fields in order 1, 2, 3.
QByteArray encodePbNode(const PbNode &node);
// Strict: accepts Links/Data in either order but rejects unknown fields, duplicate Data,
// wrong wire types, truncated lengths, and a Hash that is not a CID.
Result<PbNode> decodePbNode(QByteArrayView block);

} // namespace pt::ipfs
