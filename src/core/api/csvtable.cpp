#include "csvtable.h"

namespace nbia {

using namespace Qt::StringLiterals;

std::optional<CsvTable> CsvTable::parse(const QByteArray &body, QString *error) {
    QList<QStringList> lines;
    QStringList fields;
    QByteArray field;
    bool quoted = false;
    bool lineHasContent = false;
    const auto endField = [&] {
        fields.append(QString::fromUtf8(field));
        field.clear();
    };
    const auto endLine = [&] {
        endField();
        if (lineHasContent || fields.size() > 1 || !fields.first().isEmpty())
            lines.append(fields);
        fields.clear();
        lineHasContent = false;
    };
    qsizetype start = body.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    for (qsizetype i = start; i < body.size(); ++i) {
        const char c = body.at(i);
        if (quoted) {
            if (c != '"') {
                field += c;
            } else if (i + 1 < body.size() && body.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else {
                quoted = false;
            }
            continue;
        }
        switch (c) {
        case '"':
            quoted = true;
            lineHasContent = true;
            break;
        case ',':
            endField();
            lineHasContent = true;
            break;
        case '\r':
            if (i + 1 < body.size() && body.at(i + 1) == '\n')
                break; // the \n ends the line
            endLine();
            break;
        case '\n':
            endLine();
            break;
        default:
            field += c;
            break;
        }
    }
    if (quoted) {
        if (error)
            *error = u"a quoted CSV field does not end"_s;
        return std::nullopt;
    }
    if (!field.isEmpty() || !fields.isEmpty() || lineHasContent)
        endLine();
    CsvTable table;
    if (!lines.isEmpty()) {
        table.header = lines.takeFirst();
        table.rows = std::move(lines);
    }
    return table;
}

} // namespace nbia
