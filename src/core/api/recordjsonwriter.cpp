#include "recordjsonwriter.h"

#include <QJsonDocument>

namespace nbia {

QByteArray RecordJsonWriter::valueToJson(const QJsonValue &value) {
    // QJsonDocument only serialises arrays and objects: wrap and strip.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

QByteArray RecordJsonWriter::toJson(const QList<FieldList> &rows, bool indented) {
    QByteArray out;
    out += '[';
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (r > 0)
            out += ',';
        if (indented)
            out += "\n  ";
        out += '{';
        const FieldList &row = rows[r];
        for (qsizetype f = 0; f < row.size(); ++f) {
            if (f > 0)
                out += ',';
            if (indented)
                out += "\n    ";
            out += valueToJson(row[f].first);
            out += indented ? ": " : ":";
            out += valueToJson(row[f].second);
        }
        if (indented && !row.isEmpty())
            out += "\n  ";
        out += '}';
    }
    if (indented && !rows.isEmpty())
        out += '\n';
    out += ']';
    return out;
}

} // namespace nbia
