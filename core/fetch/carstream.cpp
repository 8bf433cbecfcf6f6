#include "core/fetch/carstream.h"

#include "core/ipfs/varint.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QIODevice>

namespace pt::fetch {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::fetch)
};
// A CAR header is a small dag-cbor map; a megabyte of header is not a CAR we want.
constexpr quint64 kMaxHeaderBytes = 1 << 20;
} // namespace

CarStreamParser::CarStreamParser(qsizetype maxBlockSize) : m_maxBlockSize(maxBlockSize) {}

CarStreamParser::Need CarStreamParser::lengthPrefix(quint64 &length, qsizetype &prefixBytes) const
{
    const qsizetype available = m_buffer.size() - m_pos;
    const qsizetype scan = qMin<qsizetype>(available, ipfs::kMaxUvarintBytes);
    for (qsizetype i = 0; i < scan; ++i) {
        if ((uchar(m_buffer.at(m_pos + i)) & 0x80) == 0) {
            qsizetype pos = m_pos;
            Result<quint64> v = ipfs::readUvarint(m_buffer, pos);
            if (!v)
                return Need::Bad;
            length = *v;
            prefixBytes = pos - m_pos;
            return Need::Have;
        }
    }
    return scan < ipfs::kMaxUvarintBytes ? Need::More : Need::Bad;
}

void CarStreamParser::compact()
{
    // Drop what was parsed, but only once it is most of the buffer: compacting on every
    // feed would move the partial section again and again (quadratic in section size).
    // Blocks handed out earlier point into the buffer: they are dead by now (see the header).
    if (m_pos > 0 && m_pos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

Result<void> CarStreamParser::feed(QByteArrayView bytes, QList<ipfs::CarBlock> &out)
{
    compact();
    m_buffer.append(bytes.data(), bytes.size());
    return parse(out);
}

Result<void> CarStreamParser::readFrom(QIODevice *device, QList<ipfs::CarBlock> &out)
{
    compact();
    const qint64 available = device->bytesAvailable();
    if (available > 0) {
        const qsizetype old = m_buffer.size();
        // Reserve generously once: the buffer is reused for the whole stream, so the large
        // allocation (and its page faults) happens once, not per network packet.
        if (m_buffer.capacity() < old + available)
            m_buffer.reserve(std::max<qsizetype>(old + available, 8 << 20));
        m_buffer.resize(old + available);
        const qint64 n = device->read(m_buffer.data() + old, available);
        m_buffer.resize(old + std::max<qint64>(n, 0));
    }
    return parse(out);
}

Result<void> CarStreamParser::parse(QList<ipfs::CarBlock> &out)
{
    for (;;) {
        quint64 length = 0;
        qsizetype prefix = 0;
        const Need need = lengthPrefix(length, prefix);
        if (need == Need::More)
            return {};
        if (need == Need::Bad) {
            return Error(Error::InvalidInput,
                         Msg::tr("CAR stream: bad length prefix at byte %1").arg(m_offset));
        }
        const quint64 limit = m_headerDone ? quint64(m_maxBlockSize) + 128 : kMaxHeaderBytes;
        if (length == 0 || length > limit) {
            return Error(
                Error::InvalidInput,
                Msg::tr("CAR stream: %1 at byte %2 is %3 bytes (limit %4)")
                    .arg(m_headerDone ? QStringLiteral("section") : QStringLiteral("header"))
                    .arg(m_offset)
                    .arg(length)
                    .arg(limit));
        }
        if (quint64(m_buffer.size() - m_pos - prefix) < length)
            return {}; // wait for the rest of the section
        const qsizetype start = m_pos + prefix;
        if (!m_headerDone) {
            // Reuse the strict header decoder on exactly the header's bytes.
            QByteArray headerBytes = m_buffer.mid(m_pos, prefix + qsizetype(length));
            QBuffer device(&headerBytes);
            device.open(QIODevice::ReadOnly);
            ipfs::CarReader reader(&device, m_maxBlockSize);
            Result<ipfs::CarHeader> header = reader.readHeader();
            if (!header)
                return header.error().wrapped(Msg::tr("CAR stream header"));
            m_header = *header;
            m_headerDone = true;
        } else {
            qsizetype cidEnd = start;
            Result<ipfs::Cid> cid =
                ipfs::Cid::read(QByteArrayView(m_buffer).first(start + qsizetype(length)), cidEnd);
            if (!cid) {
                return cid.error().wrapped(Msg::tr("CAR stream: section at byte %1").arg(m_offset));
            }
            const qsizetype blockLength = start + qsizetype(length) - cidEnd;
            if (blockLength > m_maxBlockSize) {
                return Error(Error::InvalidInput,
                             Msg::tr("CAR stream: block %1 at byte %2 is %3 bytes, over the "
                                     "%4-byte limit")
                                 .arg(cid->toString())
                                 .arg(m_offset)
                                 .arg(blockLength)
                                 .arg(m_maxBlockSize));
            }
            // A view, not a copy: valid until the next feed.
            out.append(ipfs::CarBlock{
                *cid, QByteArray::fromRawData(m_buffer.constData() + cidEnd, blockLength),
                m_offset});
        }
        m_offset += prefix + qsizetype(length);
        m_pos = start + qsizetype(length);
    }
}

} // namespace pt::fetch
