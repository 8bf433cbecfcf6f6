#include "core/ipfs/car.h"

#include "core/ipfs/dagpb.h"
#include "core/ipfs/varint.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

namespace pt::ipfs {

namespace {

// Messages people read go through Msg::tr(): the app installs a translator, the CLI none
// (so its output, which scripts parse, stays English).
struct Msg
{
    Q_DECLARE_TR_FUNCTIONS(pt::ipfs)
};

// A header is a small dag-cbor map; Kubo's go-car allows up to 32 MiB but no real CAR comes
// near 1 MiB (that is ~27000 roots), and a length field must never size an allocation unchecked.
constexpr qint64 kMaxHeaderSize = 1024 * 1024;
// Longest CID bytes we accept in a section: version + codec + code + length varints + the
// largest digest (identity, 128 bytes).
constexpr qint64 kMaxCidBytes = 4 * kMaxUvarintBytes + kMaxIdentityDigest;
// How long a sequential device (a pipe, a process) may stay silent in the middle of a CAR.
constexpr int kReadTimeoutMs = 30000;

Error ioError(QIODevice *dev, const QString &what)
{
    return Error(Error::Io, what + QStringLiteral(": ") + dev->errorString());
}

// Reads up to n bytes, waiting on sequential devices; fewer only at the end of the stream.
QByteArray readUpTo(QIODevice *in, qint64 n)
{
    QByteArray buf;
    buf.resize(qsizetype(n));
    qint64 got = 0;
    while (got < n) {
        const qint64 r = in->read(buf.data() + got, n - got);
        if (r > 0) {
            got += r;
            continue;
        }
        if (r == 0 && in->isSequential() && in->waitForReadyRead(kReadTimeoutMs))
            continue;
        break;
    }
    buf.resize(qsizetype(got));
    return buf;
}

// One uvarint from the device. nullopt at a clean end of stream (no byte at all).
Result<std::optional<quint64>> readDeviceUvarint(QIODevice *in, qint64 offset, const char *what)
{
    QByteArray bytes;
    for (int i = 0; i < kMaxUvarintBytes; ++i) {
        const QByteArray one = readUpTo(in, 1);
        if (one.isEmpty()) {
            if (i == 0)
                return std::optional<quint64>();
            return Error(Error::InvalidInput,
                         Msg::tr("%1 at offset %2: the stream ends inside its length varint")
                             .arg(QLatin1String(what))
                             .arg(offset));
        }
        bytes.append(one);
        if (!(quint8(one[0]) & 0x80))
            break;
    }
    qsizetype pos = 0;
    auto v = readUvarint(bytes, pos);
    if (!v)
        return Error(Error::InvalidInput, Msg::tr("%1 at offset %2: bad length: %3")
                                              .arg(QLatin1String(what))
                                              .arg(offset)
                                              .arg(v.error().message));
    return std::optional<quint64>(*v);
}

Result<CarHeader> parseHeader(const QByteArray &bytes)
{
    const auto bad = [](const QString &msg) {
        return Error(Error::InvalidInput, Msg::tr("CAR header: ") + msg);
    };
    QCborStreamReader reader(bytes);
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError)
        return bad(Msg::tr("not valid CBOR (%1)").arg(reader.lastError().toString()));
    if (reader.currentOffset() != bytes.size())
        return bad(Msg::tr("%1 trailing byte(s) after the CBOR map")
                       .arg(bytes.size() - reader.currentOffset()));
    if (!value.isMap())
        return bad(Msg::tr("not a CBOR map (CARv1 starts with {roots, version})"));
    const QCborMap map = value.toMap();
    // Check the version first: a CARv2 file starts with the pragma {version: 2}.
    const QCborValue version = map.value(QLatin1StringView("version"));
    if (!version.isInteger())
        return bad(Msg::tr("no integer version"));
    if (version.toInteger() == 2)
        return Error(Error::Unsupported,
                     Msg::tr("CAR header: this is a CARv2 file; only CARv1 is supported "
                             "(convert it with `ipfs dag export` or `car convert`)"));
    if (version.toInteger() != 1)
        return bad(Msg::tr("version %1 (only 1 is supported)").arg(version.toInteger()));
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QCborValue key = it.key();
        if (!key.isString() || (key.toString() != QLatin1String("roots") &&
                                key.toString() != QLatin1String("version")))
            return bad(Msg::tr("unexpected key %1 (a CARv1 header has only roots and version)")
                           .arg(key.isString() ? key.toString() : key.toDiagnosticNotation()));
    }
    const QCborValue roots = map.value(QLatin1StringView("roots"));
    if (!roots.isArray())
        return bad(Msg::tr("roots is not an array"));
    const QCborArray array = roots.toArray();
    if (array.isEmpty())
        return bad(Msg::tr("roots is empty (a CARv1 names at least one root)"));
    CarHeader header;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QCborValue root = array.at(i);
        // dag-cbor links: tag 42 over bytes 00 ‖ binary CID (the 00 is the identity multibase).
        if (!root.isTag() || root.tag() != QCborTag(42) || !root.taggedValue().isByteArray())
            return bad(Msg::tr("root %1 is not a CID (tag 42 over bytes)").arg(i));
        const QByteArray cidBytes = root.taggedValue().toByteArray();
        if (cidBytes.isEmpty() || cidBytes[0] != 0)
            return bad(Msg::tr("root %1: CID bytes do not start with the 00 prefix").arg(i));
        auto cid = Cid::fromBytes(QByteArrayView(cidBytes).sliced(1));
        if (!cid)
            return bad(Msg::tr("root %1: %2").arg(i).arg(cid.error().message));
        header.roots.append(*cid);
    }
    if (map.size() != 2)
        return bad(
            Msg::tr("%1 entries (expected exactly roots and version once each)").arg(map.size()));
    return header;
}

} // namespace

// --- CarWriter ---

CarWriter::CarWriter(QIODevice *out) : m_out(out) {}

Result<void> CarWriter::writeHeader(const QList<Cid> &roots)
{
    if (m_headerWritten)
        return Error(Error::Generic, QStringLiteral("CAR header written twice"));
    if (roots.isEmpty())
        return Error(Error::InvalidInput, Msg::tr("a CAR needs at least one root"));
    QByteArray cbor;
    {
        // dag-cbor orders map keys by length first, so "roots" (5) precedes "version" (7).
        QCborStreamWriter w(&cbor);
        w.startMap(2);
        w.append(QLatin1StringView("roots"));
        w.startArray(quint64(roots.size()));
        for (const Cid &cid : roots) {
            if (cid.isNull())
                return Error(Error::InvalidInput, Msg::tr("null CID as a CAR root"));
            w.append(QCborTag(42));
            w.append(QByteArray(1, '\0') + cid.bytes());
        }
        w.endArray();
        w.append(QLatin1StringView("version"));
        w.append(quint64(1));
        w.endMap();
    }
    QByteArray out = encodeUvarint(quint64(cbor.size()));
    out.append(cbor);
    if (m_out->write(out) != out.size())
        return ioError(m_out, Msg::tr("writing the CAR header"));
    m_headerWritten = true;
    return {};
}

Result<void> CarWriter::writeBlock(const Cid &cid, QByteArrayView block)
{
    if (!m_headerWritten)
        return Error(Error::Generic,
                     Msg::tr("CAR block %1 written before the header").arg(cid.toString()));
    if (cid.isNull())
        return Error(Error::InvalidInput, Msg::tr("CAR block with a null CID"));
    // Our reader (and Kubo's bitswap) refuses blocks over 2 MiB: never write one.
    if (block.size() > kMaxBlockSize)
        return Error(Error::InvalidInput,
                     Msg::tr("block %1 is %2 bytes, more than the %3 a CAR may carry")
                         .arg(cid.toString())
                         .arg(block.size())
                         .arg(kMaxBlockSize));
    const QByteArray cidBytes = cid.bytes();
    QByteArray head = encodeUvarint(quint64(cidBytes.size() + block.size()));
    head.append(cidBytes);
    if (m_out->write(head) != head.size() ||
        m_out->write(block.data(), block.size()) != block.size())
        return ioError(m_out, Msg::tr("writing CAR block %1").arg(cid.toString()));
    return {};
}

// --- CarReader ---

CarReader::CarReader(QIODevice *in, qsizetype maxBlockSize) : m_in(in), m_maxBlockSize(maxBlockSize)
{}

Result<CarHeader> CarReader::readHeader()
{
    if (m_offset != 0)
        return Error(Error::Generic, QStringLiteral("CAR header already read"));
    auto len = readDeviceUvarint(m_in, 0, "CAR header");
    if (!len)
        return len.error();
    if (!*len)
        return Error(Error::InvalidInput, Msg::tr("CAR header: the stream is empty"));
    const quint64 n = **len;
    if (n == 0)
        return Error(Error::InvalidInput, Msg::tr("CAR header: length 0"));
    if (n > quint64(kMaxHeaderSize))
        return Error(Error::InvalidInput, Msg::tr("CAR header: %1 bytes, more than the %2 "
                                                  "accepted (not a CARv1?)")
                                              .arg(n)
                                              .arg(kMaxHeaderSize));
    const QByteArray bytes = readUpTo(m_in, qint64(n));
    if (bytes.size() != qsizetype(n))
        return Error(Error::InvalidInput,
                     Msg::tr("CAR header: truncated (%1 of %2 bytes)").arg(bytes.size()).arg(n));
    m_offset = uvarintSize(n) + qint64(n);
    return parseHeader(bytes);
}

Result<std::optional<CarBlock>> CarReader::next()
{
    if (m_offset == 0)
        return Error(Error::Generic, QStringLiteral("CarReader::next() before readHeader()"));
    const qint64 offset = m_offset;
    auto len = readDeviceUvarint(m_in, offset, "CAR section");
    if (!len)
        return len.error();
    if (!*len)
        return std::optional<CarBlock>(); // clean end between sections
    const quint64 n = **len;
    if (n == 0)
        return Error(Error::InvalidInput,
                     Msg::tr("CAR section at offset %1: length 0 (no CID)").arg(offset));
    if (n > quint64(m_maxBlockSize) + quint64(kMaxCidBytes))
        return Error(Error::InvalidInput,
                     Msg::tr("CAR section at offset %1: %2 bytes, more than a block of %3 "
                             "bytes plus its CID")
                         .arg(offset)
                         .arg(n)
                         .arg(m_maxBlockSize));
    QByteArray section = readUpTo(m_in, qint64(n));
    if (section.size() != qsizetype(n))
        return Error(Error::InvalidInput,
                     Msg::tr("CAR section at offset %1: truncated (%2 of %3 bytes); the "
                             "download or file is incomplete")
                         .arg(offset)
                         .arg(section.size())
                         .arg(n));
    m_offset += uvarintSize(n) + qint64(n);
    qsizetype pos = 0;
    auto cid = Cid::read(section, pos);
    if (!cid)
        return Error(Error::InvalidInput, Msg::tr("CAR section at offset %1: unparsable CID: %2")
                                              .arg(offset)
                                              .arg(cid.error().message));
    if (section.size() - pos > m_maxBlockSize)
        return Error(Error::InvalidInput,
                     Msg::tr("CAR section at offset %1: block %2 is %3 bytes, more than the "
                             "%4 accepted")
                         .arg(offset)
                         .arg(cid->toString())
                         .arg(section.size() - pos)
                         .arg(m_maxBlockSize));
    section.remove(0, pos);
    return std::optional<CarBlock>(CarBlock{std::move(*cid), std::move(section), offset});
}

// --- verifyCar ---

namespace {

// The links of a verified block we can walk; an error for codecs we cannot read.
Result<QList<Cid>> blockLinks(const Cid &cid, QByteArrayView block)
{
    if (cid.codec() == Codec::Raw)
        return QList<Cid>();
    if (cid.codec() == Codec::DagPb) {
        auto node = decodePbNode(block);
        if (!node)
            return Error(Error::InvalidInput,
                         Msg::tr("dag-pb block does not decode: ") + node.error().message);
        QList<Cid> links;
        links.reserve(node->links.size());
        for (const PbLink &l : std::as_const(node->links))
            links.append(l.hash);
        return links;
    }
    return Error(Error::Unsupported,
                 Msg::tr("codec %1 cannot be walked, so its links cannot be checked")
                     .arg(codecName(cid.codec())));
}

} // namespace

Result<CarVerifyReport> verifyCar(QIODevice *in, const std::optional<Cid> &expectedRoot)
{
    CarReader reader(in);
    auto header = reader.readHeader();
    if (!header)
        return header.error();
    CarVerifyReport report;
    if (expectedRoot) {
        report.root = *expectedRoot;
    } else {
        if (header->roots.size() != 1)
            return Error(Error::InvalidInput,
                         Msg::tr("the CAR names %1 roots; say which one to verify")
                             .arg(header->roots.size()));
        report.root = header->roots.first();
        report.rootFromHeader = true;
    }

    // Only the links of each good block are kept, not the bodies: memory grows with the DAG's
    // shape, not with its bytes.
    QHash<Cid, QList<Cid>> good;
    QSet<Cid> seen;
    QList<Cid> order;
    for (;;) {
        auto next = reader.next();
        if (!next)
            return next.error();
        if (!*next)
            break;
        const CarBlock &b = **next;
        ++report.blocks;
        report.bytes += b.data.size();
        if (seen.contains(b.cid))
            ++report.duplicates;
        else
            seen.insert(b.cid);
        auto ok = b.cid.verify(b.data);
        if (!ok) {
            report.corrupt.append(
                Msg::tr("section at offset %1: %2").arg(b.offset).arg(ok.error().message));
            continue;
        }
        if (good.contains(b.cid))
            continue;
        auto links = blockLinks(b.cid, b.data);
        if (!links) {
            report.corrupt.append(Msg::tr("section at offset %1: block %2: %3")
                                      .arg(b.offset)
                                      .arg(b.cid.toString(), links.error().message));
            continue;
        }
        good.insert(b.cid, std::move(*links));
        order.append(b.cid);
    }

    QSet<Cid> visited;
    QList<Cid> stack{report.root};
    while (!stack.isEmpty()) {
        const Cid cid = stack.takeLast();
        if (visited.contains(cid))
            continue;
        visited.insert(cid);
        auto it = good.constFind(cid);
        if (it != good.constEnd()) {
            // Reverse so the walk visits links in order (reports read like the DAG).
            for (qsizetype i = it->size() - 1; i >= 0; --i)
                stack.append(it->at(i));
            continue;
        }
        // An identity CID carries its block inline: nothing to find in the CAR.
        if (cid.hash().code() == HashCode::Identity) {
            auto links = blockLinks(cid, cid.hash().digest());
            if (!links) {
                report.corrupt.append(
                    Msg::tr("inline block %1: %2").arg(cid.toString(), links.error().message));
                continue;
            }
            for (qsizetype i = links->size() - 1; i >= 0; --i)
                stack.append(links->at(i));
            continue;
        }
        report.missing.append(cid);
    }
    for (const Cid &cid : std::as_const(order))
        if (!visited.contains(cid))
            report.unreferenced.append(cid);
    return report;
}

// --- CarIndex ---

struct CarIndex::Private
{
    struct Location
    {
        qint64 offset; // of the block bytes in the file
        qint64 size;
    };
    QString path;
    QMutex mutex; // guards file: seek + read must stay together
    QFile file;
    CarHeader header;
    QHash<Cid, Location> index;
};

CarIndex::CarIndex() : d(std::make_unique<Private>()) {}

CarIndex::~CarIndex() = default;

Result<std::unique_ptr<CarIndex>> CarIndex::open(const QString &path)
{
    std::unique_ptr<CarIndex> car(new CarIndex());
    Private &p = *car->d;
    p.path = path;
    // Scan through a buffered handle; serve blocks through an unbuffered one, so a read after a
    // seek always comes from the file (no stale buffer, no extra copy).
    QFile scan(path);
    if (!scan.open(QIODevice::ReadOnly))
        return Error(Error::Io, Msg::tr("cannot open CAR %1: %2").arg(path, scan.errorString()));
    p.file.setFileName(path);
    if (!p.file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error(Error::Io, Msg::tr("cannot open CAR %1: %2").arg(path, p.file.errorString()));
    CarReader reader(&scan);
    auto header = reader.readHeader();
    if (!header)
        return header.error().wrapped(path);
    p.header = std::move(*header);
    for (;;) {
        auto next = reader.next();
        if (!next)
            return next.error().wrapped(path);
        if (!*next)
            break;
        const CarBlock &b = **next;
        if (p.index.contains(b.cid))
            continue; // duplicates are tolerated; the first copy was verified
        auto ok = b.cid.verify(b.data);
        if (!ok)
            return ok.error().wrapped(Msg::tr("%1: section at offset %2").arg(path).arg(b.offset));
        const qint64 cidLen = b.cid.bytes().size();
        const qint64 dataOffset = b.offset + uvarintSize(quint64(cidLen + b.data.size())) + cidLen;
        p.index.insert(b.cid, Private::Location{dataOffset, b.data.size()});
    }
    return car;
}

const CarHeader &CarIndex::header() const
{
    return d->header;
}

Result<QByteArray> CarIndex::getBlock(const Cid &cid)
{
    auto it = d->index.constFind(cid);
    if (it == d->index.constEnd()) {
        if (cid.hash().code() == HashCode::Identity && !cid.isNull())
            return cid.hash().digest();
        return Error(Error::NotFound,
                     Msg::tr("block %1 is not in CAR %2").arg(cid.toString(), d->path));
    }
    QByteArray block;
    {
        QMutexLocker lock(&d->mutex);
        if (!d->file.seek(it->offset))
            return ioError(&d->file,
                           Msg::tr("CAR %1: seeking to block %2").arg(d->path, cid.toString()));
        block = readUpTo(&d->file, it->size);
    }
    if (block.size() != it->size)
        return Error(Error::Io, Msg::tr("CAR %1: block %2 at offset %3 is cut short; the "
                                        "file changed since it was indexed")
                                    .arg(d->path, cid.toString())
                                    .arg(it->offset));
    // Verified when indexed, verified again here: the file may have changed in between.
    auto ok = cid.verify(block);
    if (!ok)
        return ok.error().wrapped(Msg::tr("CAR %1 (changed since it was indexed?)").arg(d->path));
    return block;
}

} // namespace pt::ipfs
