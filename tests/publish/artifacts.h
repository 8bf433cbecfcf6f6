#pragma once

// Valid ptd_pcg (PTDPRMC1) compute artifacts for the v2 publish tests: a parent
// <graph_hash>.bin and an scc_<hash>.bin, different bytes (so different CIDs), each 200 bytes
// (56-byte header + one 128-byte command + two doubles of memory + no vertices: 56+128+16).
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace pt::test {

inline QByteArray ptdArtifactBytes(char hashByte)
{
    QByteArray bytes("PTDPRMC1\x01\0\0\0\x02\0\0\0", 16);            // magic, version 1, revision 2
    bytes += QByteArray(8, hashByte);                                // graph hash prefix
    bytes += QByteArray("\x01\0\0\0\0\0\0\0\x01\0\0\0\0\0\0\0", 16); // commands 1, mem 1
    bytes += QByteArray("\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 16);   // vertices 1
    bytes += QByteArray(144, '\0');
    return bytes;
}

// Writes <dir>/aaaa….bin (parent) and <dir>/scc_bbbb….bin (other hex digits: other files,
// other CIDs); returns their paths (parent first), or an empty list on a write error.
inline QStringList writeComputeArtifacts(const QString &dir, char parent = 'a', char scc = 'b')
{
    QDir().mkpath(dir);
    const QString parentHex(64, QLatin1Char(parent));
    const QString sccHex(64, QLatin1Char(scc));
    const QStringList paths{dir + QLatin1Char('/') + parentHex + QStringLiteral(".bin"),
                            dir + QStringLiteral("/scc_") + sccHex + QStringLiteral(".bin")};
    // The parent's header carries 0xaa… for "aaaa…"; the scc's prefix is not checked, but
    // differs too so that each pair of hex digits gives files of their own.
    const char parentByte = char(QByteArray::fromHex(QByteArray(2, parent)).at(0));
    const char sccByte = char(QByteArray::fromHex(QByteArray(2, scc)).at(0));
    const QList<QByteArray> contents{ptdArtifactBytes(parentByte), ptdArtifactBytes(sccByte)};
    for (int i = 0; i < 2; ++i) {
        QFile f(paths.at(i));
        if (!f.open(QIODevice::WriteOnly) || f.write(contents.at(i)) != contents.at(i).size())
            return {};
    }
    return paths;
}

} // namespace pt::test
