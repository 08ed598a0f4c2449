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
    // In `version`'s keys and representation; the fields only the other version has follow
    // under their own keys, so that nothing the server sent is lost.
    template<class Record>
    static FieldList fieldList(const Record &record, ApiVersion version = ApiVersion::V1) {
        static const QList<RecordField<Record>> v1 = allRecordFields<Record>(ApiVersion::V1);
        static const QList<RecordField<Record>> v4 = allRecordFields<Record>(ApiVersion::V4);
        FieldList result;
        for (const RecordField<Record> &field : version == ApiVersion::V4 ? v4 : v1) {
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
    static QList<FieldList> fieldLists(const QList<Record> &records,
                                       ApiVersion version = ApiVersion::V1) {
        QList<FieldList> result;
        result.reserve(records.size());
        for (const Record &record : records)
            result.append(fieldList(record, version));
        return result;
    }

    // Compact JSON with keys in the given order (QJsonObject would sort them).
    static QByteArray toJson(const QList<FieldList> &rows, bool indented = false);
    static QByteArray valueToJson(const QJsonValue &value);
};

} // namespace nbia
