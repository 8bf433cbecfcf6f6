#pragma once

#include <QByteArray>
#include <QString>

namespace pt::test {

// Path of a file below tests/data/.
QString dataPath(const QString &relative);
// Whole contents of a file below tests/data/ (QFAIL-friendly: empty on error, with a warning).
QByteArray readData(const QString &relative);

// Deterministic bytes as in Kubo's profile fixtures: ChaCha20 keystream with
// key = SHA-256(seed), a 12-byte zero nonce, block counter 0.
QByteArray chacha20Keystream(const QByteArray &seed, qint64 size);

} // namespace pt::test
