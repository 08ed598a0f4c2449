#include "selectionresolvejob.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <work/workerpool.h>

namespace nbia {

SelectionResolveJob::SelectionResolveJob(QObject *parent)
    : QObject(parent) {}

SelectionResolveJob::~SelectionResolveJob() {
    ++m_generation; // results still under way find nobody to tell
}

void SelectionResolveJob::request(const SeriesSelection &selection,
                                  const QHash<QString, QList<Series>> &loaded,
                                  const ArchiveFilter &filter) {
    const quint64 generation = ++m_generation;
    ++m_running;
    auto *watcher = new QFutureWatcher<SeriesSelection::Totals>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_running;
        if (generation == m_generation)
            Q_EMIT ready(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [selection, loaded, filter] {
        return SeriesSelection::Totals::of(selection.resolve(
            [&loaded](const QString &collection) {
                const auto found = loaded.constFind(collection);
                return found == loaded.constEnd() ? nullptr : &*found;
            },
            filter));
    }));
}

void SelectionResolveJob::clear() {
    ++m_generation;
}

} // namespace nbia
