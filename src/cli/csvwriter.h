#pragma once

#include "recordschema.h"

#include <QByteArray>

namespace nbia::cli {

// RFC 4180 CSV in UTF-8 with "\n" line ends: a header row with the archive's field names (all
// fields of the endpoint, then any extra key seen), one row per record, absent values empty.
class CsvWriter final {
public:
    static QByteArray write(const ResultSet &result);
    // Quotes a field when it holds a comma, a quote, CR or LF; quotes are doubled.
    static QString field(const QString &text);
    static QString line(const QStringList &fields);
};

} // namespace nbia::cli
