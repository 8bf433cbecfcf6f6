#pragma once

#include "core/ipfs/blockstore.h"
#include "core/ipfs/cid.h"
#include "core/result.h"

#include <QIODevice>
#include <QList>

#include <memory>
#include <optional>

namespace pt::ipfs {

// CAR v1 (ipld specs transport/car/carv1): uvarint(len) dag-cbor{roots, version:1} then
// sections uvarint(len(cid)+len(block)) cid block.

struct CarHeader
{
    QList<Cid> roots;
};

struct CarBlock
{
    Cid cid;
    QByteArray data;
    qint64 offset = 0; // byte offset of the section in the stream (for messages and indexes)
};

// Streams a CAR to a device. Also a BlockSink so the importer can write straight into it.
class CarWriter : public BlockSink
{
public:
    explicit CarWriter(QIODevice *out);
    Result<void> writeHeader(const QList<Cid> &roots);
    Result<void> writeBlock(const Cid &cid, QByteArrayView block);
    Result<void> putBlock(const Cid &cid, const QByteArray &block) override
    {
        return writeBlock(cid, block);
    }

private:
    QIODevice *m_out;
    bool m_headerWritten = false;
};

// Streams a CAR from a device with bounded memory: one block at a time, each at most
// maxBlockSize. Blocks are NOT verified here (see verifyCar / CarIndex).
class CarReader
{
public:
    explicit CarReader(QIODevice *in, qsizetype maxBlockSize = kMaxBlockSize);
    Result<CarHeader> readHeader();
    // The next block, std::nullopt at a clean end of stream; a truncated section is an error.
    Result<std::optional<CarBlock>> next();

private:
    QIODevice *m_in;
    qsizetype m_maxBlockSize;
    qint64 m_offset = 0;
};

struct CarVerifyReport
{
    Cid root;                    // the root walked from
    bool rootFromHeader = false; // true when the caller gave no root (header roots prove nothing)
    qint64 blocks = 0;           // sections read
    qint64 bytes = 0;            // block bytes read
    qint64 duplicates = 0;       // tolerated
    QList<Cid> missing;          // reachable from the root but absent
    QList<Cid> unreferenced;     // present but not reachable (tolerated, reported)
    QStringList corrupt;         // "section at offset N: block does not match CID …"
    bool complete() const { return missing.isEmpty() && corrupt.isEmpty(); }
};

// Reads the whole CAR once (bounded memory: an index, not the bodies), hashes every block
// against its CID, then walks the DAG from expectedRoot (or the header's single root when none
// is given) and reports what is missing, unreferenced or corrupt. An Error only for input that
// is not a CAR at all (bad header, truncated section, oversize block, unparsable CID).
Result<CarVerifyReport> verifyCar(QIODevice *in, const std::optional<Cid> &expectedRoot);

// A verified random-access view of a CAR file: every block hashed once when indexed, served
// from the file by offset. Lets the exporter unpack a CAR bigger than memory.
class CarIndex : public BlockSource
{
public:
    static Result<std::unique_ptr<CarIndex>> open(const QString &path);
    const CarHeader &header() const;
    Result<QByteArray> getBlock(const Cid &cid) override;
    ~CarIndex() override;

private:
    CarIndex();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace pt::ipfs
