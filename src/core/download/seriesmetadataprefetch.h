#pragma once

#include <api/seriesmetadata.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <optional>

namespace nbia {

class ApiCall;
class NbiaClient;

// The metadata of series about to be downloaded, asked for many at a time where the archive
// allows it (v4's getSeriesMetadata takes a list; v1 only one series per request, so nothing is
// fetched ahead there). A series whose batch failed, or that the archive left out, is not
// fetched ahead again: its download asks for it alone and reports what the archive says.
class SeriesMetadataPrefetch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeriesMetadataPrefetch)

public:
    explicit SeriesMetadataPrefetch(QObject *parent = nullptr);
    ~SeriesMetadataPrefetch() override;

    // True when `client` can fetch several series in one request.
    static bool batches(const NbiaClient *client);

    // The series' metadata if it arrived; taken out of the cache.
    std::optional<SeriesMetadata> take(const QString &seriesUid);
    [[nodiscard]] bool isPending(const QString &seriesUid) const;
    [[nodiscard]] bool hasPending() const { return !m_pending.isEmpty(); }
    // False for a series that has to be asked for alone.
    [[nodiscard]] bool canFetch(const QString &seriesUid) const;
    // Asks for the series in one request (at most the client's batch size of them).
    void fetch(NbiaClient *client, const QStringList &seriesUids);
    // Forgets what was fetched, and stops what is under way.
    void clear();
    [[nodiscard]] int requestsSent() const { return m_requests; }

Q_SIGNALS:
    void arrived(); // a request ended, with metadata or without

private:
    QHash<QString, SeriesMetadata> m_cache;
    QSet<QString> m_pending;
    QSet<QString> m_alone;
    QList<QPointer<ApiCall>> m_calls;
    int m_requests = 0;
};

} // namespace nbia
