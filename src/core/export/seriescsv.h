#pragma once

#include <api/series.h>

#include <QByteArray>
#include <QList>

namespace nbia {

// Series as CSV, for spreadsheets and scripts: a header of the archive's getSeries field names
// in its order, then one row per series, values as the archive writes them, absent ones empty.
class SeriesCsv final {
public:
    static QByteArray write(const QList<Series> &series);
};

} // namespace nbia
