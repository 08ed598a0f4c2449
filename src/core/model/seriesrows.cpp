#include "seriesrows.h"

#include "seriessortkeys.h"
#include "seriestablemodel.h"

#include <algorithm>
#include <numeric>
#include <tuple>

namespace nbia {

static_assert(SeriesRows::columnTotal == SeriesTableModel::columnTotal);

namespace {
bool stopped(const std::atomic<bool> *cancel) {
    return cancel && cancel->load(std::memory_order_relaxed);
}

const std::vector<qint64> &keysOf(const SeriesRows::Request &request,
                                  SeriesRows::KeysByColumn &keys, int column) {
    SeriesRows::Keys &cached = keys[size_t(column)];
    if (!cached || cached->size() != size_t(request.series.size()))
        cached = std::make_shared<const std::vector<qint64>>(
            SeriesSortKeys::forColumn(request.series, SeriesTableModel::Column(column)));
    return *cached;
}
} // namespace

SeriesRows::KeysByColumn SeriesRows::allKeys(const QList<Series> &series, KeysByColumn made) {
    Request request;
    request.series = series;
    for (int column = 0; column < columnTotal; ++column)
        keysOf(request, made, column);
    return made;
}

SeriesRows::Result SeriesRows::compute(const Request &request, const std::atomic<bool> *cancel) {
    Result result;
    result.keys = request.keys;
    const int count = int(request.series.size());
    std::vector<int> &rows = result.rows;
    if (request.filter.isEmpty() && request.search.isEmpty()) {
        rows.resize(size_t(count));
        std::iota(rows.begin(), rows.end(), 0);
    } else {
        for (int i = 0; i < count; ++i) {
            const Series &s = request.series.at(i);
            if (request.filter.accepts(s) &&
                (request.search.isEmpty() || request.search.matches(s)))
                rows.push_back(i);
            if (i % 4096 == 0 && stopped(cancel)) {
                result.cancelled = true;
                return result;
            }
        }
    }
    // Ties fall back on the patient, then on the archive's order, so that every sort is total.
    if (request.sortColumn >= 0 && !rows.empty()) {
        const std::vector<qint64> &primary = keysOf(request, result.keys, request.sortColumn);
        const std::vector<qint64> &patient =
            keysOf(request, result.keys, int(SeriesTableModel::Column::Patient));
        if (stopped(cancel)) {
            result.cancelled = true;
            return result;
        }
        const bool descending = request.sortOrder == Qt::DescendingOrder;
        std::sort(rows.begin(), rows.end(), [&](int l, int r) {
            const auto left = std::tuple(primary[size_t(l)], patient[size_t(l)], l);
            const auto right = std::tuple(primary[size_t(r)], patient[size_t(r)], r);
            return descending ? right < left : left < right;
        });
    }
    result.rowOfSeries.assign(size_t(count), -1);
    for (size_t row = 0; row < rows.size(); ++row)
        result.rowOfSeries[size_t(rows[row])] = int(row);
    return result;
}

} // namespace nbia
