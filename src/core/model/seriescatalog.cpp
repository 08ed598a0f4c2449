#include "seriescatalog.h"

#include <api/nbiaclient.h>

namespace nbia {

SeriesCatalog::SeriesCatalog(NbiaClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

SeriesCatalog::~SeriesCatalog() {
    clear();
}

void SeriesCatalog::load(const QString &collection) {
    if (collection.isEmpty())
        return;
    Entry &entry = m_entries[collection];
    if (entry.loaded || entry.call)
        return;
    entry.error.clear();
    SeriesQuery query;
    query.collection = collection;
    const quint64 generation = m_generation;
    entry.call = m_client->series(
        query, this, [this, collection, generation](const ApiResult<QList<Series>> &result) {
            if (generation != m_generation)
                return;
            Entry &done = m_entries[collection];
            done.call = nullptr;
            if (!result.ok()) {
                if (result.error().kind() == ApiError::Kind::Cancelled)
                    return;
                done.error = result.error().message();
                Q_EMIT failed(collection, done.error);
                return;
            }
            done.series = result.value();
            done.loaded = true;
            Q_EMIT loaded(collection);
        });
}

const QList<Series> *SeriesCatalog::series(const QString &collection) const {
    const auto found = m_entries.constFind(collection);
    return found != m_entries.constEnd() && found->loaded ? &found->series : nullptr;
}

bool SeriesCatalog::isLoading(const QString &collection) const {
    const auto found = m_entries.constFind(collection);
    return found != m_entries.constEnd() && found->call;
}

QString SeriesCatalog::error(const QString &collection) const {
    return m_entries.value(collection).error;
}

void SeriesCatalog::clear() {
    ++m_generation;
    QList<QPointer<ApiCall>> calls;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.call)
            calls.append(entry.call);
    }
    m_entries.clear();
    for (const QPointer<ApiCall> &call : std::as_const(calls)) {
        if (call)
            call->cancel();
    }
}

} // namespace nbia
