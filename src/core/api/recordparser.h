#pragma once

#include "apiresult.h"
#include "archivedate.h"
#include "fieldvalue.h"
#include "recordfield.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <type_traits>

namespace nbia {

// Turns an endpoint's body into records, leniently: an empty body, "[]", a lone object, `{}`
// rows, numbers as strings, unknown keys and escaped slashes are all accepted.
class RecordParser final {
public:
    // The rows of a body; a blank body is no rows. Anything but JSON objects is a parse error.
    static ApiResult<QJsonArray> rows(const QByteArray &body);

    // A single-column value list (getModalityValues…). A `{}` row, the archive's way of saying
    // "no value", becomes a null QString so that callers can show it as "(not specified)".
    static ApiResult<QStringList> values(const QByteArray &body, QLatin1StringView key);

    template<class Record>
    static ApiResult<QList<Record>> records(const QByteArray &body) {
        ApiResult<QJsonArray> parsed = rows(body);
        if (!parsed.ok())
            return parsed.error();
        QList<Record> result;
        result.reserve(parsed.value().size());
        for (const auto &row : std::as_const(parsed.value())) {
            const QJsonObject object = row.toObject();
            if (!object.isEmpty())
                result.append(fromObject<Record>(object));
        }
        return result;
    }

    template<class Record>
    static Record fromObject(const QJsonObject &object) {
        const QHash<QString, qsizetype> &index = keyIndex<Record>();
        const QList<RecordField<Record>> &fields = Record::fields();
        Record record;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const auto found = index.constFind(it.key());
            if (found == index.constEnd() || !assign(record, fields[*found], it.value()))
                record.extra.append({it.key(), it.value()});
        }
        return record;
    }

private:
    template<class Record>
    static const QHash<QString, qsizetype> &keyIndex() {
        static const QHash<QString, qsizetype> index = [] {
            QHash<QString, qsizetype> keys;
            const QList<RecordField<Record>> &fields = Record::fields();
            for (qsizetype i = 0; i < fields.size(); ++i) {
                keys.insert(QString(fields[i].key), i);
                if (!fields[i].alias.isEmpty())
                    keys.insert(QString(fields[i].alias), i);
            }
            return keys;
        }();
        return index;
    }

    // False when the value cannot be read as the field's type; the caller keeps it as extra.
    template<class Record>
    static bool assign(Record &record, const RecordField<Record> &field, const QJsonValue &value) {
        if (value.isNull() || value.isUndefined())
            return true;
        return std::visit(
            [&](auto member) -> bool {
                using Value = std::remove_reference_t<decltype(record.*member)>;
                if constexpr (std::is_same_v<Value, QString>) {
                    auto text = FieldValue::toText(value);
                    if (text)
                        record.*member = std::move(*text);
                    return text.has_value();
                } else if constexpr (std::is_same_v<Value, std::optional<qint64>>) {
                    record.*member = FieldValue::toInteger(value);
                    return (record.*member).has_value();
                } else if constexpr (std::is_same_v<Value, std::optional<double>>) {
                    record.*member = FieldValue::toDecimal(value);
                    return (record.*member).has_value();
                } else if constexpr (std::is_same_v<Value, std::optional<bool>>) {
                    record.*member = FieldValue::toBoolean(value);
                    return (record.*member).has_value();
                } else {
                    record.*member = ArchiveDate::fromJson(value);
                    return (record.*member).isValid();
                }
            },
            field.member);
    }
};

} // namespace nbia
