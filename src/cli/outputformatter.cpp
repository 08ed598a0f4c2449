#include "outputformatter.h"

#include "csvwriter.h"
#include "tableformatter.h"

namespace nbia::cli {

OutputFormatter::OutputFormatter(OutputFormat format, int tableWidth)
    : m_format(format)
    , m_tableWidth(tableWidth) {}

QByteArray OutputFormatter::json(const ResultSet &result) {
    return RecordJsonWriter::toJson(result.rows, true) + '\n';
}

QByteArray OutputFormatter::format(const ResultSet &result) const {
    switch (m_format) {
    case OutputFormat::Json:
        return json(result);
    case OutputFormat::Csv:
        return CsvWriter::write(result);
    case OutputFormat::Table:
        break;
    }
    return TableFormatter(m_tableWidth).format(result).toUtf8();
}

} // namespace nbia::cli
