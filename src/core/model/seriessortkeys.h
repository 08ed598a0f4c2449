#pragma once

#include "seriestablemodel.h"

#include <vector>

namespace nbia {

// One number per series that sorts a column the way a reader expects: numbers and dates by
// value, text by its rank among the column's distinct values in natural, case-blind collation
// ("Series 2" before "Series 10"). Ranking the distinct values, not comparing strings per
// comparison, keeps sorting 100,000 series to a sort of integers. Missing values sort first.
class SeriesSortKeys final {
public:
    [[nodiscard]] static std::vector<qint64> forColumn(const QList<Series> &series,
                                                       SeriesTableModel::Column column);
};

} // namespace nbia
