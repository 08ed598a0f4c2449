#include "seriescatalog.h"

#include <api/nbiaclient.h>

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <work/workerpool.h>

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
            done.groups.reset();
            done.summary.reset();
            done.charts.reset();
            done.loaded = true;
            makeGroups(collection);
            Q_EMIT loaded(collection);
        });
}

const QList<Series> *SeriesCatalog::series(const QString &collection) const {
    const auto found = m_entries.constFind(collection);
    return found != m_entries.constEnd() && found->loaded ? &found->series : nullptr;
}

QStringList SeriesCatalog::loadedCollections() const {
    QStringList collections;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it->loaded)
            collections << it.key();
    }
    collections.sort();
    return collections;
}

std::shared_ptr<const SeriesGroups> SeriesCatalog::groups(const QString &collection) const {
    const auto found = m_entries.constFind(collection);
    return found == m_entries.constEnd() ? nullptr : found->groups;
}

std::shared_ptr<const CollectionSummary> SeriesCatalog::summary(const QString &collection) const {
    const auto found = m_entries.constFind(collection);
    return found == m_entries.constEnd() ? nullptr : found->summary;
}

std::shared_ptr<const CollectionCharts> SeriesCatalog::charts(const QString &collection) const {
    const auto found = m_entries.constFind(collection);
    return found == m_entries.constEnd() ? nullptr : found->charts;
}

// A hundred thousand series take about a tenth of a second to group and count: not on the GUI
// thread.
void SeriesCatalog::makeGroups(const QString &collection) {
    struct Made {
        std::shared_ptr<const SeriesGroups> groups;
        std::shared_ptr<const CollectionSummary> summary;
        std::shared_ptr<const CollectionCharts> charts;
    };
    auto *watcher = new QFutureWatcher<Made>(this);
    const quint64 generation = m_generation;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, collection, generation] {
        watcher->deleteLater();
        const auto found = m_entries.find(collection);
        if (generation != m_generation || found == m_entries.end() || !found->loaded)
            return;
        found->groups = watcher->result().groups;
        found->summary = watcher->result().summary;
        found->charts = watcher->result().charts;
        Q_EMIT groupsReady(collection);
    });
    watcher->setFuture(
        QtConcurrent::run(workerPool(), [series = m_entries.value(collection).series] {
            return Made{std::make_shared<const SeriesGroups>(series),
                        std::make_shared<const CollectionSummary>(CollectionSummary::of(series)),
                        std::make_shared<const CollectionCharts>(CollectionCharts::of(series))};
        }));
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
