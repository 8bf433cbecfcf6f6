#pragma once

#include "core/fetch/carstream.h"
#include "core/fetch/dagfetch.h"
#include "core/fetch/source.h"
#include "core/result.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>

namespace pt::fetch {

// One try of one source for a DagFetch: first a CAR stream (the path and the target's DAG,
// from the first missing byte), then single blocks for whatever is still missing. Every
// block goes through DagFetch::offer, which verifies it before it is stored.
class SourceAttempt : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        Complete,  // the DagFetch is complete
        Exhausted, // the source answered but does not have (all of) it: try another
        Transient, // network trouble, 5xx, 429, timeout: worth a retry later
        Refused,   // not a usable source for this (wrong protocol, redirect off-host, 4xx)
        Lied,      // sent bytes that do not match a CID, or an oversized block: drop it
        Fatal,     // the content itself is bad (malformed DAG, path not found): stop the job
        Cancelled,
    };
    Q_ENUM(Outcome)

    SourceAttempt(const Source &source, DagFetch *fetch, QNetworkAccessManager *nam,
                  int stallTimeoutMs, QObject *parent = nullptr);
    ~SourceAttempt() override;

    const Source &source() const { return m_source; }
    void start();
    void cancel();

    Outcome outcome() const { return m_outcome; }
    const Error &error() const { return m_error; }
    // Bytes of blocks this attempt got accepted (for slow-source detection).
    qint64 acceptedBytes() const { return m_acceptedBytes; }

signals:
    void progressed();
    // Something the user should know although the attempt goes on (a CAR that ended early:
    // the rest comes block by block). The job logs it like its own messages.
    void noted(const QString &text);
    void finished();

private:
    void startCar();
    void onCarData();
    void onCarFinished();
    void startBlocks();
    void pumpBlocks();
    void onBlockFinished(QNetworkReply *reply, const ipfs::Cid &cid);
    // Hands a block to the DagFetch; false when the attempt has ended because of it.
    bool offer(const ipfs::Cid &cid, const QByteArray &data);
    Outcome classify(QNetworkReply *reply, QString *why) const;
    // "bafy…/trace.json.gz": what this attempt is fetching, for messages.
    QString what() const;
    void finish(Outcome outcome, const Error &error = {});
    void abortAll();

    Source m_source;
    DagFetch *m_fetch;
    QNetworkAccessManager *m_nam;
    int m_stallTimeoutMs;

    QPointer<QNetworkReply> m_car;
    CarStreamParser m_parser;
    bool m_carChecked = false;
    bool m_carTried = false;
    int m_carRequests = 0;
    qint64 m_carBlocks = 0;                     // sections of the current CAR stream, wanted or not
    QHash<QNetworkReply *, ipfs::Cid> m_blocks; // in flight
    bool m_done = false;
    Outcome m_outcome = Outcome::Exhausted;
    Error m_error;
    qint64 m_acceptedBytes = 0;
};

} // namespace pt::fetch
