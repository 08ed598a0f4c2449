#pragma once

#include "archivefilter.h"
#include "searchtext.h"

#include <api/series.h>

#include <array>
#include <atomic>
#include <memory>
#include <vector>

namespace nbia {

// The rows a SeriesTableModel shows, worked out from its series, filter, search and sort on any
// thread: a pass over 100,000 series (or 300,000) and a sort belong on a worker, and the model
// takes the result in one step.
class SeriesRows final {
public:
    // SeriesTableModel's columns.
    static constexpr int columnTotal = 9;
    using Keys = std::shared_ptr<const std::vector<qint64>>;
    using KeysByColumn = std::array<Keys, columnTotal>;

    struct Request {
        QList<Series> series;
        ArchiveFilter filter;
        SearchText search;
        int sortColumn = -1; // below 0: the archive's order
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        KeysByColumn keys; // the sort keys made before; the missing ones are made
    };

    struct Result {
        std::vector<int> rows;        // indexes into the series, in display order
        std::vector<int> rowOfSeries; // the row of each series; -1 when not shown
        KeysByColumn keys;            // those of the request, with the ones made for it
        bool cancelled = false;
    };

    // The keys of every column (those in `made` are kept), to have them ready before the first
    // click on a column header.
    [[nodiscard]] static KeysByColumn allKeys(const QList<Series> &series, KeysByColumn made);

    // Stops early (cancelled set) once `cancel` turns true.
    [[nodiscard]] static Result compute(const Request &request,
                                        const std::atomic<bool> *cancel = nullptr);
};

} // namespace nbia
