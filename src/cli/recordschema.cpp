#include "recordschema.h"

namespace nbia::cli {

QStringList RecordSchema::allColumns(const QList<FieldList> &rows) const {
    QStringList result = columns;
    for (const FieldList &row : rows) {
        for (const auto &[key, value] : row) {
            if (!result.contains(key))
                result.append(key);
        }
    }
    return result;
}

QList<FieldList> RecordSchema::renamed(QList<FieldList> rows) const {
    if (renamedKeys.isEmpty())
        return rows;
    for (FieldList &row : rows) {
        for (auto &[key, value] : row) {
            for (const auto &[from, to] : renamedKeys) {
                if (key == from) {
                    key = to;
                    break;
                }
            }
        }
    }
    return rows;
}

QJsonValue fieldValue(const FieldList &row, const QString &key) {
    for (const auto &[name, value] : row) {
        if (name == key)
            return value;
    }
    return QJsonValue(QJsonValue::Undefined);
}

} // namespace nbia::cli
