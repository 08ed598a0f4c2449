#include "seriessize.h"

namespace nbia {

using namespace Qt::StringLiterals;

const QList<RecordField<SeriesSize>> &SeriesSize::fields() {
    static const QList<RecordField<SeriesSize>> table{
        {"TotalSizeInBytes"_L1, &SeriesSize::totalSizeInBytes, WireStyle::Number},
        {"ObjectCount"_L1, &SeriesSize::objectCount, WireStyle::Number},
    };
    return table;
}

} // namespace nbia
