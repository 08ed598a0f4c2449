#include "seriesmetadataprefetch.h"

#include <api/nbiaclient.h>

namespace nbia {

SeriesMetadataPrefetch::SeriesMetadataPrefetch(QObject *parent)
    : QObject(parent) {}

SeriesMetadataPrefetch::~SeriesMetadataPrefetch() {
    clear();
}

bool SeriesMetadataPrefetch::batches(const NbiaClient *client) {
    return client->dialect().seriesMetadataBatchSize() > 1;
}

std::optional<SeriesMetadata> SeriesMetadataPrefetch::take(const QString &seriesUid) {
    const auto found = m_cache.constFind(seriesUid);
    if (found == m_cache.constEnd())
        return std::nullopt;
    SeriesMetadata metadata = *found;
    m_cache.erase(found);
    return metadata;
}

bool SeriesMetadataPrefetch::isPending(const QString &seriesUid) const {
    return m_pending.contains(seriesUid);
}

bool SeriesMetadataPrefetch::canFetch(const QString &seriesUid) const {
    return !m_alone.contains(seriesUid) && !m_pending.contains(seriesUid) &&
           !m_cache.contains(seriesUid);
}

void SeriesMetadataPrefetch::fetch(NbiaClient *client, const QStringList &seriesUids) {
    if (seriesUids.isEmpty())
        return;
    const QStringList uids = seriesUids.mid(0, client->dialect().seriesMetadataBatchSize());
    for (const QString &uid : uids)
        m_pending.insert(uid);
    ++m_requests;
    ApiCall *call = client->seriesMetadata(
        uids, this, [this, uids](const ApiResult<QList<SeriesMetadata>> &result) {
            if (result.ok()) {
                for (const SeriesMetadata &row : result.value()) {
                    if (m_pending.contains(row.seriesInstanceUid))
                        m_cache.insert(row.seriesInstanceUid, row);
                }
            }
            for (const QString &uid : uids) {
                if (m_pending.remove(uid) && !m_cache.contains(uid))
                    m_alone.insert(uid);
            }
            if (!result.ok() && result.error().kind() == ApiError::Kind::Cancelled)
                return;
            Q_EMIT arrived();
        });
    m_calls.removeAll(nullptr);
    m_calls.append(call);
}

void SeriesMetadataPrefetch::clear() {
    const QList<QPointer<ApiCall>> calls = std::exchange(m_calls, {});
    m_pending.clear();
    for (const QPointer<ApiCall> &call : calls) {
        if (call)
            call->cancel();
    }
    m_cache.clear();
    m_alone.clear();
}

} // namespace nbia
