#pragma once

#include "fieldvalue.h"
#include "recordfield.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <type_traits>

namespace nbia {

// A record as (key, value) pairs in the archive's key order and representation, with the
// unknown keys it arrived with at the end. Absent values are left out, as the archive does.
using FieldList = QList<std::pair<QString, QJsonValue>>;

class RecordJsonWriter final {
public:
    template<class Record>
    static FieldList fieldList(const Record &record) {
        FieldList result;
        for (const RecordField<Record> &field : Record::fields()) {
            QJsonValue value = std::visit(
                [&](auto member) -> QJsonValue {
                    using Value = std::remove_cvref_t<decltype(record.*member)>;
                    if constexpr (std::is_same_v<Value, QString>)
                        return FieldValue::fromText(record.*member);
                    else if constexpr (std::is_same_v<Value, std::optional<qint64>>)
                        return FieldValue::fromInteger(record.*member, field.wire);
                    else if constexpr (std::is_same_v<Value, std::optional<double>>)
                        return FieldValue::fromDecimal(record.*member, field.wire);
                    else if constexpr (std::is_same_v<Value, std::optional<bool>>)
                        return FieldValue::fromBoolean(record.*member, field.wire);
                    else
                        return FieldValue::fromDateTime(record.*member, field.wire);
                },
                field.member);
            if (!value.isUndefined())
                result.append({QString(field.key), value});
        }
        result.append(record.extra);
        return result;
    }

    template<class Record>
    static QList<FieldList> fieldLists(const QList<Record> &records) {
        QList<FieldList> result;
        result.reserve(records.size());
        for (const Record &record : records)
            result.append(fieldList(record));
        return result;
    }

    // Compact JSON with keys in the given order (QJsonObject would sort them).
    static QByteArray toJson(const QList<FieldList> &rows, bool indented = false);
    static QByteArray valueToJson(const QJsonValue &value);
};

} // namespace nbia
