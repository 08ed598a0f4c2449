#pragma once

#include "tablecolumn.h"

#include <api/recordjsonwriter.h>

#include <QStringList>

namespace nbia::cli {

enum class TableLayout {
    Rows,   // one line per record, columns as in `tableColumns`
    Fields, // one line per field ("Field  Value"): for records with many fields
};

// What one command prints: the archive's fields of its endpoint (csv and json) and the
// readable subset the table shows.
struct RecordSchema {
    QStringList columns; // the endpoint's field names, in the archive's order
    QList<TableColumn> tableColumns;
    TableLayout layout = TableLayout::Rows;
    // Fields RecordJsonWriter writes under a different name than this endpoint uses.
    QList<std::pair<QString, QString>> renamedKeys;

    // The columns, then any other key found in the rows, in the order first seen.
    [[nodiscard]] QStringList allColumns(const QList<FieldList> &rows) const;
    [[nodiscard]] QList<FieldList> renamed(QList<FieldList> rows) const;
};

// The records of one command and how to print them.
struct ResultSet {
    RecordSchema schema;
    QList<FieldList> rows;

    [[nodiscard]] bool isEmpty() const { return rows.isEmpty(); }
    [[nodiscard]] QStringList columns() const { return schema.allColumns(rows); }
};

// The value of `key` in a row; undefined when absent.
QJsonValue fieldValue(const FieldList &row, const QString &key);

} // namespace nbia::cli
