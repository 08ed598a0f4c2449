#include "facetcountsjob.h"

#include <api/series.h>

#include <QFutureWatcher>
#include <QtConcurrent>
#include <work/workerpool.h>

namespace nbia {

FacetCountsJob::FacetCountsJob(QObject *parent)
    : QObject(parent) {}

FacetCountsJob::~FacetCountsJob() {
    ++m_generation; // results still under way find nobody to tell
}

void FacetCountsJob::request(const QList<Series> &series, const ArchiveFilter &filter) {
    const quint64 generation = ++m_generation;
    ++m_running;
    auto *watcher = new QFutureWatcher<FacetCounts>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_running;
        if (generation == m_generation)
            Q_EMIT ready(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(
        workerPool(), [series, filter] { return FacetCounts::of(series, filter); }));
}

void FacetCountsJob::clear() {
    ++m_generation;
}

} // namespace nbia
