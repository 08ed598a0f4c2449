#pragma once

#include "recordfield.h"

namespace nbia {

// The row of getSeriesSize. Both values are absent for an unknown series.
struct SeriesSize {
    std::optional<qint64> totalSizeInBytes;
    std::optional<qint64> objectCount;
    ExtraFields extra;

    [[nodiscard]] bool isKnown() const {
        return totalSizeInBytes.has_value() || objectCount.has_value();
    }

    static const QList<RecordField<SeriesSize>> &fields();
    static QLatin1StringView recordName() { return QLatin1StringView("series size"); }
};

} // namespace nbia
