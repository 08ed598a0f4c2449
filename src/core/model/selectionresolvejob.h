#pragma once

#include "archivefilter.h"
#include "seriesselection.h"

#include <QHash>
#include <QList>
#include <QObject>

namespace nbia {

// Totals a selection on a worker thread: Select all in a 100,000-series list, or a few
// thousand patient rows, stand for more series than a frame can walk (or free: the resolved
// series are dropped there too). A newer request
// supersedes an older one, whose result is dropped; clear() drops whatever is under way.
class SelectionResolveJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionResolveJob)

public:
    explicit SelectionResolveJob(QObject *parent = nullptr);
    ~SelectionResolveJob() override;

    // `loaded`: the series of the collections known so far, shared, not copied.
    void request(const SeriesSelection &selection, const QHash<QString, QList<Series>> &loaded,
                 const ArchiveFilter &filter);
    void clear();
    [[nodiscard]] bool isBusy() const { return m_running > 0; }

Q_SIGNALS:
    // The totals of the latest request only.
    void ready(const nbia::SeriesSelection::Totals &totals);

private:
    quint64 m_generation = 0;
    int m_running = 0;
};

} // namespace nbia
