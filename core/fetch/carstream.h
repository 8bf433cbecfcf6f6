#pragma once

#include "core/ipfs/car.h"
#include "core/result.h"

#include <QByteArray>
#include <QList>

class QIODevice;

namespace pt::fetch {

// A push parser for CAR v1 streams arriving in pieces (network replies): feed() whatever
// bytes came in and take the complete sections out. Blocks are not verified here; DagFetch
// does that. Bounded memory: one section (≤ 2 MiB block) plus the unparsed tail.
//
// The blocks handed out do not own their bytes: they point into the parser's buffer and stay
// valid until the next feed()/readFrom() (a 256 MiB download is then copied once, from the
// socket buffer into ours, instead of once per step).
class CarStreamParser
{
public:
    explicit CarStreamParser(qsizetype maxBlockSize = ipfs::kMaxBlockSize);

    // Parses every complete section in the buffered bytes and appends the blocks to `out`.
    // Errors are final for this stream (bad header, unparsable CID, oversize section).
    Result<void> feed(QByteArrayView bytes, QList<ipfs::CarBlock> &out);
    // As feed(), reading whatever `device` has straight into the buffer.
    Result<void> readFrom(QIODevice *device, QList<ipfs::CarBlock> &out);

    bool headerDone() const { return m_headerDone; }
    const ipfs::CarHeader &header() const { return m_header; }
    // True when the stream so far ends exactly at a section boundary. A stream that stops
    // elsewhere was cut off mid-section.
    bool atBoundary() const { return m_buffer.size() == m_pos; }
    qint64 bytesParsed() const { return m_offset; }

private:
    enum class Need { More, Have, Bad };
    void compact();
    Result<void> parse(QList<ipfs::CarBlock> &out);
    Need lengthPrefix(quint64 &length, qsizetype &prefixBytes) const;

    qsizetype m_maxBlockSize;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_offset = 0; // stream offset of m_buffer[m_pos]
    bool m_headerDone = false;
    ipfs::CarHeader m_header;
};

} // namespace pt::fetch
