#pragma once

#include "archivefilter.h"
#include "facetcounts.h"

#include <QList>
#include <QObject>

namespace nbia {

struct Series;

// Counts a collection's series per filter value on a worker thread: at 100,000 series a pass
// takes longer than a frame, and it runs at every filter change. A newer request supersedes an
// older one, whose result is dropped; clear() drops whatever is under way.
class FacetCountsJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FacetCountsJob)

public:
    explicit FacetCountsJob(QObject *parent = nullptr);
    ~FacetCountsJob() override;

    // `series` is shared, not copied (Qt's implicit sharing).
    void request(const QList<Series> &series, const ArchiveFilter &filter);
    void clear();
    [[nodiscard]] bool isBusy() const { return m_running > 0; }

Q_SIGNALS:
    // The counts of the latest request only.
    void ready(const nbia::FacetCounts &counts);

private:
    quint64 m_generation = 0;
    int m_running = 0;
};

} // namespace nbia
