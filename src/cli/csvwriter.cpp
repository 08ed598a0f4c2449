#include "csvwriter.h"

#include "celltext.h"

#include <export/csvtext.h>

namespace nbia::cli {

using namespace Qt::StringLiterals;

QString CsvWriter::field(const QString &text) {
    return CsvText::field(text);
}

QString CsvWriter::line(const QStringList &fields) {
    return CsvText::line(fields);
}

QByteArray CsvWriter::write(const ResultSet &result) {
    const QStringList columns = result.columns();
    QString out = line(columns);
    for (const FieldList &row : result.rows) {
        QStringList fields;
        fields.reserve(columns.size());
        for (const QString &key : columns)
            fields.append(CellText::plain(fieldValue(row, key)));
        out += line(fields);
    }
    return out.toUtf8();
}

} // namespace nbia::cli
