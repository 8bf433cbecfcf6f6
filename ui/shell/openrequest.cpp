#include "ui/shell/openrequest.h"

#include "core/ipfs/cid.h"
#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pt::ui {

namespace {

// Messages quote what the user gave, shortened: an 8 KiB argument must not become an 8 KiB
// dialog.
QString quoted(QStringView text)
{
    constexpr qsizetype kShown = 80;
    QString shown = text.size() > kShown ? text.left(kShown).toString() + u'…' : text.toString();
    for (QChar &c : shown) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u'?';
    }
    return u'"' + shown + u'"';
}

bool hasControl(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

// "scheme:" per RFC 3986, at least two letters so "C:\traces\x.json" stays a Windows path.
QString schemeOf(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon < 2)
        return {};
    for (qsizetype i = 0; i < colon; ++i) {
        const QChar c = text[i];
        const bool ok =
            (c.isLetter() && c.unicode() < 0x80) ||
            (i > 0 && ((c.isDigit() && c.unicode() < 0x80) || c == u'+' || c == u'-' || c == u'.'));
        if (!ok)
            return {};
    }
    return text.left(colon).toString().toLower();
}

// A percent-encoded segment decoded strictly: a '%' not followed by two hex digits is an error
// (QUrl would keep it literally and hide a typo).
Result<QString> decodeSegment(QStringView segment, const QString &argument)
{
    for (qsizetype i = 0; i < segment.size(); ++i) {
        if (segment[i] != u'%')
            continue;
        auto hex = [&](qsizetype at) {
            return at < segment.size() &&
                   QStringView(u"0123456789abcdefABCDEF").contains(segment[at]);
        };
        if (!hex(i + 1) || !hex(i + 2))
            return Error(Error::InvalidInput,
                         QCoreApplication::translate(
                             "OpenRequest", "%1: a '%' that is not followed by two hex digits")
                             .arg(quoted(argument)));
    }
    return QUrl::fromPercentEncoding(segment.toString().toUtf8());
}

// CID + optional path after "ipfs://" or "/ipfs/".
Result<OpenRequest> parseCidAndPath(QStringView rest, const QString &argument)
{
    // Query and fragment have no meaning for content by CID (a gateway's ?format= is ours to
    // choose): refuse rather than silently drop.
    if (rest.contains(u'?') || rest.contains(u'#'))
        return Error(Error::InvalidInput,
                     QCoreApplication::translate("OpenRequest",
                                                 "%1: an IPFS address takes no '?' or '#' part")
                         .arg(quoted(argument)));
    const qsizetype slash = rest.indexOf(u'/');
    const QStringView cidText = slash < 0 ? rest : rest.left(slash);
    if (cidText.isEmpty())
        return Error(Error::InvalidInput,
                     QCoreApplication::translate("OpenRequest", "%1: the CID is missing")
                         .arg(quoted(argument)));
    auto cid = ipfs::Cid::parse(cidText);
    if (!cid)
        return Error(Error::InvalidInput,
                     QCoreApplication::translate("OpenRequest", "%1 is not a valid CID: %2")
                         .arg(quoted(cidText), cid.error().message));
    OpenRequest request;
    request.kind = OpenRequest::Kind::Cid;
    request.cid = cidText.toString();
    if (slash >= 0) {
        const QStringView path = rest.mid(slash + 1);
        for (const QStringView segment : path.split(u'/')) {
            if (segment.isEmpty())
                continue; // "ipfs://CID/" and "a//b" name the same thing as without
            auto decoded = decodeSegment(segment, argument);
            if (!decoded)
                return decoded.error();
            if (auto safe = checkSafeName(
                    *decoded, QCoreApplication::translate("OpenRequest", "path segment in %1")
                                  .arg(quoted(argument)));
                !safe)
                return safe.error();
            request.cidPath << *decoded;
        }
    }
    return request;
}

Result<OpenRequest> parseTraceUrl(const QString &argument)
{
    // phasic-traces://trace/<id>: parsed by hand like ipfs:// (QUrl lowercases the host and
    // accepts much more than we mean to).
    const QStringView rest = QStringView(argument).mid(argument.indexOf(u':') + 1);
    const auto bad = [&](const QString &why) {
        return Error(Error::InvalidInput,
                     QCoreApplication::translate("OpenRequest", "%1: %2 (expected "
                                                                "phasic-traces://trace/<id>)")
                         .arg(quoted(argument), why));
    };
    if (!rest.startsWith(u"//"))
        return bad(QCoreApplication::translate("OpenRequest", "'//' is missing after the scheme"));
    const QStringView body = rest.mid(2);
    const qsizetype slash = body.indexOf(u'/');
    const QStringView host = slash < 0 ? body : body.left(slash);
    if (host.compare(u"trace", Qt::CaseInsensitive) != 0)
        return bad(QCoreApplication::translate("OpenRequest", "unknown kind %1").arg(quoted(host)));
    if (body.contains(u'?') || body.contains(u'#'))
        return bad(QCoreApplication::translate("OpenRequest", "a '?' or '#' part is not allowed"));
    QStringView idText = slash < 0 ? QStringView() : body.mid(slash + 1);
    if (idText.endsWith(u'/'))
        idText.chop(1); // a trailing slash some browsers add
    if (idText.isEmpty())
        return bad(QCoreApplication::translate("OpenRequest", "the trace id is missing"));
    if (idText.contains(u'/'))
        return bad(
            QCoreApplication::translate("OpenRequest", "a trace id is one name, without '/'"));
    auto id = decodeSegment(idText, argument);
    if (!id)
        return id.error();
    if (auto safe = checkSafeName(*id, QCoreApplication::translate("OpenRequest", "trace id"));
        !safe)
        return safe.error();
    OpenRequest request;
    request.kind = OpenRequest::Kind::TraceId;
    request.traceId = *id;
    return request;
}

Result<OpenRequest> parseLocal(const QString &path, const QString &argument,
                               const QString &workingDir)
{
    if (path.isEmpty())
        return Error(Error::InvalidInput,
                     QCoreApplication::translate("OpenRequest", "%1: the file path is empty")
                         .arg(quoted(argument)));
    const QString base = workingDir.isEmpty() ? QDir::currentPath() : workingDir;
    const QString absolute = QDir::cleanPath(QDir(base).absoluteFilePath(path));
    const QFileInfo info(absolute);
    if (!info.exists())
        return Error(
            Error::NotFound,
            QCoreApplication::translate("OpenRequest", "%1: no such file").arg(quoted(absolute)));
    if (info.isDir())
        return Error(Error::Unsupported,
                     QCoreApplication::translate("OpenRequest",
                                                 "%1 is a folder; open a trace file in it "
                                                 "(.json.gz, .json or .bin)")
                         .arg(quoted(absolute)));
    if (!info.isFile())
        return Error(Error::Unsupported,
                     QCoreApplication::translate("OpenRequest", "%1 is not a regular file")
                         .arg(quoted(absolute)));
    if (!isTraceFileName(info.fileName()))
        return Error(Error::Unsupported,
                     QCoreApplication::translate("OpenRequest",
                                                 "%1 is not a trace file (expected .json.gz, "
                                                 ".json or .bin)")
                         .arg(quoted(absolute)));
    OpenRequest request;
    request.kind = OpenRequest::Kind::LocalFile;
    request.localPath = absolute;
    return request;
}

} // namespace

bool isTraceFileName(const QString &fileName)
{
    return fileName.endsWith(u".json.gz"_s, Qt::CaseInsensitive) ||
           fileName.endsWith(u".json"_s, Qt::CaseInsensitive) ||
           fileName.endsWith(u".bin"_s, Qt::CaseInsensitive);
}

QString OpenRequest::toUrlString() const
{
    switch (kind) {
    case Kind::TraceId:
        return u"phasic-traces://trace/"_s + QString::fromUtf8(QUrl::toPercentEncoding(traceId));
    case Kind::Cid: {
        QString url = u"ipfs://"_s + cid;
        for (const QString &segment : cidPath)
            url += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(segment));
        return url;
    }
    case Kind::LocalFile:
        return QUrl::fromLocalFile(localPath).toString(QUrl::FullyEncoded);
    }
    return {};
}

Result<OpenRequest> parseOpenRequest(const QString &argument, const QString &workingDir)
{
    if (argument.size() > kMaxOpenRequestLength)
        return Error(Error::InvalidInput,
                     QCoreApplication::translate("OpenRequest",
                                                 "an argument of %1 characters is too long to "
                                                 "be a file, CID or link (at most %2)")
                         .arg(argument.size())
                         .arg(kMaxOpenRequestLength));
    if (argument.trimmed().isEmpty())
        return Error(Error::InvalidInput,
                     QCoreApplication::translate("OpenRequest", "an empty argument names nothing "
                                                                "to open"));
    if (hasControl(argument))
        return Error(Error::InvalidInput,
                     QCoreApplication::translate("OpenRequest",
                                                 "%1 contains a control character; refusing it")
                         .arg(quoted(argument)));

    const QString scheme = schemeOf(argument);
    if (scheme == u"ipfs"_s) {
        const QStringView rest = QStringView(argument).mid(5);
        if (!rest.startsWith(u"//"))
            return Error(Error::InvalidInput, QCoreApplication::translate(
                                                  "OpenRequest", "%1: expected ipfs://CID[/path]")
                                                  .arg(quoted(argument)));
        return parseCidAndPath(rest.mid(2), argument);
    }
    if (scheme == u"phasic-traces"_s)
        return parseTraceUrl(argument);
    if (scheme == u"file"_s) {
        // Tolerant: a file:// URL pasted by hand often has raw spaces; control characters were
        // refused above.
        const QUrl url(argument, QUrl::TolerantMode);
        if (!url.isValid() || !url.isLocalFile() || url.hasQuery() || url.hasFragment())
            return Error(Error::InvalidInput,
                         QCoreApplication::translate("OpenRequest", "%1 is not a local file:// URL")
                             .arg(quoted(argument)));
        if (!url.host().isEmpty() && url.host().compare(u"localhost"_s, Qt::CaseInsensitive) != 0)
            return Error(Error::Unsupported,
                         QCoreApplication::translate("OpenRequest",
                                                     "%1 names a file on host %2; only files on "
                                                     "this computer can be opened")
                             .arg(quoted(argument), quoted(url.host())));
        // toLocalFile() turns file://localhost/p into the UNC path //localhost/p.
        const QString path =
            url.host().isEmpty() ? url.toLocalFile() : url.path(QUrl::FullyDecoded);
        if (hasControl(path))
            return Error(Error::InvalidInput,
                         QCoreApplication::translate("OpenRequest",
                                                     "%1 contains a control character; refusing "
                                                     "it")
                             .arg(quoted(argument)));
        return parseLocal(path, argument, workingDir);
    }
    if (!scheme.isEmpty())
        return Error(Error::InvalidInput,
                     QCoreApplication::translate("OpenRequest",
                                                 "%1: unknown scheme '%2:' (the app opens "
                                                 "phasic-traces://trace/<id>, ipfs://CID[/path], "
                                                 "file:// URLs and trace files)")
                         .arg(quoted(argument), scheme.left(40)));

    // A plain path. "/ipfs/CID/…" is an IPFS path (as gateways and Kubo write it) unless such
    // a file really exists on this computer.
    if (argument.startsWith(u"/ipfs/"_s) && !QFileInfo::exists(argument))
        return parseCidAndPath(QStringView(argument).mid(6), argument);
    return parseLocal(argument, argument, workingDir);
}

} // namespace pt::ui
