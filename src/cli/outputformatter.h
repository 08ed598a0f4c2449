#pragma once

#include "outputformat.h"
#include "recordschema.h"

#include <QByteArray>

namespace nbia::cli {

// Writes a result in the chosen format, as UTF-8 bytes for standard output.
class OutputFormatter final {
public:
    // `tableWidth`: cut table cells to fit this width (the terminal's), 0 for never.
    explicit OutputFormatter(OutputFormat format, int tableWidth = 0);

    [[nodiscard]] QByteArray format(const ResultSet &result) const;

    // The archive's records as an indented JSON array, keys in the archive's order.
    static QByteArray json(const ResultSet &result);

private:
    OutputFormat m_format;
    int m_tableWidth;
};

} // namespace nbia::cli
