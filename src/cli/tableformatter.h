#pragma once

#include "recordschema.h"

#include <QString>

namespace nbia::cli {

// The table format: aligned columns under a header row, for people. With a maximum width
// (a terminal's), the widest shortenable columns are cut with "…" until the lines fit.
class TableFormatter final {
public:
    explicit TableFormatter(int maxWidth = 0); // 0: never cut

    [[nodiscard]] QString format(const ResultSet &result) const;

    static QString truncated(const QString &text, qsizetype width);

private:
    struct Grid {
        QStringList headers;
        QList<bool> rightAligned;
        QList<bool> truncatable;
        QList<QStringList> cells;
    };

    static Grid rowsGrid(const ResultSet &result);
    static Grid fieldsGrid(const ResultSet &result);
    [[nodiscard]] QString render(const Grid &grid) const;
    [[nodiscard]] QList<qsizetype> fittedWidths(const Grid &grid) const;

    int m_maxWidth;
};

} // namespace nbia::cli
