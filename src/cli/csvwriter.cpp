#include "csvwriter.h"

#include "celltext.h"

namespace nbia::cli {

using namespace Qt::StringLiterals;

QString CsvWriter::field(const QString &text) {
    const bool needsQuotes =
        text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n');
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString CsvWriter::line(const QStringList &fields) {
    // A lone empty field would be an empty line, which many readers skip: quote it (as
    // Python's csv module does) so that a `{}` row of a value list is kept.
    if (fields.size() == 1 && fields.first().isEmpty())
        return u"\"\"\n"_s;
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &text : fields)
        quoted.append(field(text));
    return quoted.join(u',') + u'\n';
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
