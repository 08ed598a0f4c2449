#pragma once

#include "tablecolumn.h"

#include <QJsonValue>

namespace nbia::cli {

// The text of one table cell.
class CellText final {
public:
    // A null QString when there is no value.
    static QString render(const QJsonValue &value, CellStyle style);
    // The value as plain text, the way csv writes it: numbers as in JSON, strings unquoted.
    static QString plain(const QJsonValue &value);
    // Decimal units, as the NBIA Data Retriever shows sizes: "512 B", "16.4 MB".
    static QString humanBytes(qint64 bytes);
};

} // namespace nbia::cli
