#include "tableformatter.h"

#include "celltext.h"

#include <algorithm>

namespace nbia::cli {

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype columnGap = 2;
constexpr qsizetype minimumCutWidth = 8;

// A cell is one line: line breaks and tabs in a value would break the columns.
QString oneLine(QString text) {
    text.replace(u"\r\n"_s, u" "_s);
    for (QChar &c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return text;
}
} // namespace

TableFormatter::TableFormatter(int maxWidth)
    : m_maxWidth(maxWidth) {}

QString TableFormatter::truncated(const QString &text, qsizetype width) {
    if (text.size() <= width)
        return text;
    if (width <= 1)
        return u"…"_s.left(width);
    return text.left(width - 1) + u'…';
}

QString TableFormatter::format(const ResultSet &result) const {
    return render(result.schema.layout == TableLayout::Fields ? fieldsGrid(result)
                                                              : rowsGrid(result));
}

TableFormatter::Grid TableFormatter::rowsGrid(const ResultSet &result) {
    Grid grid;
    const QList<TableColumn> &columns = result.schema.tableColumns;
    for (const TableColumn &column : columns) {
        grid.headers.append(column.title());
        grid.rightAligned.append(column.style == CellStyle::Number ||
                                 column.style == CellStyle::Bytes);
        grid.truncatable.append(column.truncatable);
    }
    for (const FieldList &row : result.rows) {
        QStringList line;
        for (const TableColumn &column : columns) {
            const QString text = CellText::render(fieldValue(row, column.key), column.style);
            line.append(oneLine(text.isNull() ? column.missingText : text));
        }
        grid.cells.append(line);
    }
    return grid;
}

TableFormatter::Grid TableFormatter::fieldsGrid(const ResultSet &result) {
    Grid grid{{u"Field"_s, u"Value"_s}, {false, false}, {false, true}, {}};
    for (qsizetype r = 0; r < result.rows.size(); ++r) {
        const FieldList &row = result.rows[r];
        if (r > 0)
            grid.cells.append({QString(), QString()});
        for (const QString &key : result.schema.allColumns({row}))
            grid.cells.append({key, oneLine(CellText::plain(fieldValue(row, key)))});
    }
    return grid;
}

QList<qsizetype> TableFormatter::fittedWidths(const Grid &grid) const {
    QList<qsizetype> widths;
    for (qsizetype c = 0; c < grid.headers.size(); ++c) {
        qsizetype width = grid.headers[c].size();
        for (const QStringList &line : grid.cells)
            width = std::max(width, line[c].size());
        widths.append(width);
    }
    if (m_maxWidth <= 0 || widths.isEmpty())
        return widths;

    qsizetype total = columnGap * (widths.size() - 1);
    for (const qsizetype width : std::as_const(widths))
        total += width;
    // Cut the widest column one character at a time: first down to its header, so that
    // headers stay whole when that is enough, then down to a minimum.
    for (const bool keepHeaders : {true, false}) {
        while (total > m_maxWidth) {
            qsizetype widest = -1;
            for (qsizetype c = 0; c < widths.size(); ++c) {
                const qsizetype floor = keepHeaders
                                            ? std::max(minimumCutWidth, grid.headers[c].size())
                                            : minimumCutWidth;
                if (grid.truncatable[c] && widths[c] > floor &&
                    (widest < 0 || widths[c] > widths[widest]))
                    widest = c;
            }
            if (widest < 0)
                break; // nothing left to cut at this stage
            --widths[widest];
            --total;
        }
    }
    return widths;
}

QString TableFormatter::render(const Grid &grid) const {
    const QList<qsizetype> widths = fittedWidths(grid);
    QString out;
    auto appendLine = [&](const QStringList &cells) {
        QString line;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                line += QString(columnGap, u' ');
            const QString text = truncated(cells[c], widths[c]);
            line += grid.rightAligned[c] ? text.rightJustified(widths[c])
                                         : text.leftJustified(widths[c]);
        }
        while (line.endsWith(u' '))
            line.chop(1);
        out += line + u'\n';
    };
    appendLine(grid.headers);
    for (const QStringList &cells : grid.cells)
        appendLine(cells);
    return out;
}

} // namespace nbia::cli
