#pragma once

#include "core/fetch/fetchjob.h"
#include "core/registry/registryfile.h"
#include "core/result.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace pt::registry {

// The default registry: upstream's file on GitHub.
QUrl defaultRegistryUrl();
// "https://…", "file:///…", a plain path, "ipfs://CID/registry.json"; empty → default.
Result<QUrl> parseRegistryLocation(const QString &text);

// What the app shows next to the registry: where it came from and how fresh it is.
struct RegistryStatus
{
    enum class Freshness {
        Fresh,       // just downloaded and valid
        Cached,      // an earlier download, not refreshed yet (start-up)
        NotModified, // the server said 304: our copy is current
        LastGood,    // the source failed or sent a bad file: the last good copy is in use
        Snapshot,    // nothing downloaded yet: the snapshot bundled with the app
        Local,       // a local file (file:// or a path), read as it is
    };
    Freshness freshness = Freshness::Snapshot;
    QDateTime fetchedAt; // when the copy in use was downloaded (invalid for the snapshot)
    QString message;     // for a banner when not Fresh/NotModified/Local ("offline: …")
};

// The configured list of registry locations (Settings::RegistrySources, one per entry), each
// checked with parseRegistryLocation; empty → the default. An error names the bad entry.
Result<QList<QUrl>> parseRegistryLocations(const QStringList &texts);

// Keeps each registry URL's last good copy (Paths::dataDir()/registry/) and refreshes it:
// conditional GET with the stored ETag / Last-Modified; a new file replaces the copy only
// after it parsed; a failure or a bad file leaves the last good copy in use and says why.
// For upstream's URL the copy is also written where the Python library keeps its own.
//
// With a list (mirrors, file://, ipfs://), update() tries the locations in order and takes the
// first that delivers a valid registry (or answers 304 to our copy); when none does, the
// newest last good copy of any of them is used, with every location's reason in the message.
class RegistrySource : public QObject
{
    Q_OBJECT
public:
    RegistrySource(const QUrl &url, QNetworkAccessManager *nam, QObject *parent = nullptr);
    // `urls` in order of preference; an empty list means the default registry.
    RegistrySource(const QList<QUrl> &urls, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~RegistrySource() override;

    // The location in use: the one the current registry came from (the first before any).
    QUrl url() const { return m_url; }
    const QList<QUrl> &urls() const { return m_urls; }
    // For ipfs:// registries: the sources to fetch it through.
    void setFetchConfig(const fetch::FetchConfig &config) { m_fetchConfig = config; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Synchronous: the best copy available without the network (last good, else the bundled
    // snapshot; a local file is read directly). For the first paint.
    Result<LoadedRegistry> loadCached(RegistryStatus *status) const;

    // Asynchronous refresh; finished() when done, then result()/status().
    void update();
    void cancel();
    bool isRunning() const { return m_running; }
    const Result<LoadedRegistry> &result() const { return m_result; }
    const RegistryStatus &status() const { return m_status; }

    // Where the last good copy of url() lives (for `registry path`).
    QString cachePath() const { return cachePathFor(m_url); }
    QString cachePathFor(const QUrl &url) const;

signals:
    void finished();

private:
    struct Meta
    {
        QByteArray etag;
        QByteArray lastModified;
        QDateTime fetchedAt;
    };
    Meta readMeta() const { return readMeta(m_url); }
    Meta readMeta(const QUrl &url) const;
    Result<void> store(const QByteArray &bytes, const Meta &meta) const;
    // The last good copy of one remote URL (no snapshot fallback).
    Result<LoadedRegistry> loadCopy(const QUrl &url, const Meta &meta) const;
    void tryCurrent();
    // The current location failed: the next one, or the fallback when it was the last.
    void failed(const QString &why);
    void accept(const QByteArray &bytes, const Meta &meta);
    void fallBack(const QString &why);
    void done();

    QList<QUrl> m_urls;
    int m_index = 0;
    QStringList m_failures; // why each location tried in this update() failed
    QUrl m_url;
    QNetworkAccessManager *m_nam;
    fetch::FetchConfig m_fetchConfig;
    int m_timeoutMs = 30'000;
    QPointer<QNetworkReply> m_reply;
    std::unique_ptr<fetch::LocalStore> m_store;
    std::unique_ptr<fetch::FetchJob> m_job;
    bool m_running = false;
    Result<LoadedRegistry> m_result{Error(QStringLiteral("not loaded yet"))};
    RegistryStatus m_status;
};

} // namespace pt::registry
