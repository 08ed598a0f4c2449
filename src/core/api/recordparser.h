#pragma once

#include "apiresult.h"
#include "archivedate.h"
#include "csvtable.h"
#include "fieldvalue.h"
#include "recordfield.h"
#include "valuecount.h"

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

    // v4's *ValuesAndCounts: `key` names the value ("Modality", "BodyPart"…).
    static ApiResult<QList<ValueCount>> valueCounts(const QByteArray &body, QLatin1StringView key);

    // A body that is CSV (v4's getSeriesMetadata by default) or JSON, told apart by its first
    // character. CSV columns become keys, read like JSON string values; an empty cell is absent.
    template<class Record>
    static ApiResult<QList<Record>> tableRecords(const QByteArray &body) {
        ApiResult<QJsonArray> parsed = isJson(body) ? rows(body) : csvRows(body);
        if (!parsed.ok())
            return parsed.error();
        return fromRows<Record>(parsed.value());
    }

    template<class Record>
    static ApiResult<QList<Record>> records(const QByteArray &body) {
        ApiResult<QJsonArray> parsed = rows(body);
        if (!parsed.ok())
            return parsed.error();
        return fromRows<Record>(parsed.value());
    }

    template<class Record>
    static QList<Record> fromRows(const QJsonArray &rows) {
        QList<Record> result;
        result.reserve(rows.size());
        for (const auto &row : rows) {
            const QJsonObject object = row.toObject();
            if (!object.isEmpty())
                result.append(fromObject<Record>(object));
        }
        return result;
    }

    template<class Record>
    static Record fromObject(const QJsonObject &object) {
        const QHash<QString, RecordField<Record>> &index = keyIndex<Record>();
        Record record;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const auto found = index.constFind(it.key());
            if (found == index.constEnd() || !assign(record, *found, it.value()))
                record.extra.append({it.key(), it.value()});
        }
        return record;
    }

    // Every spelling of a record's keys, in every dialect, and the field it names.
    template<class Record>
    static const QHash<QString, RecordField<Record>> &keyIndex() {
        static const QHash<QString, RecordField<Record>> index = [] {
            QHash<QString, RecordField<Record>> keys;
            for (const RecordField<Record> &field : allRecordFields<Record>(ApiVersion::V1)) {
                keys.insert(QString(field.key), field);
                if (!field.alias.isEmpty())
                    keys.insert(QString(field.alias), field);
            }
            // Keys that differ only in dialect (v4's "MaxSubmissionTimestamp" for v1's
            // "TimeStamp") name the same member.
            for (const RecordField<Record> &field : recordFields<Record>(ApiVersion::V4))
                keys.insert(QString(field.key), field);
            if constexpr (requires { Record::keyAliases(); }) {
                for (const auto &[alias, key] : Record::keyAliases()) {
                    const auto target = keys.constFind(QString(key));
                    if (target != keys.constEnd())
                        keys.insert(QString(alias), *target);
                }
            }
            return keys;
        }();
        return index;
    }

    // Short values repeat from row to row (a modality, a sex, a site, a license): they share one
    // string per parsing thread instead of a heap block each.
    static QString shared(QString text);

    // A value that arrived as a JSON string, read into its field as assign() would read it
    // (the caller shares the text where it repeats).
    template<class Record>
    static bool assignText(Record &record, const RecordField<Record> &field, const QString &text) {
        return std::visit(
            [&](auto member) -> bool {
                using Value = std::remove_reference_t<decltype(record.*member)>;
                if constexpr (std::is_same_v<Value, QString>) {
                    record.*member = text;
                    return true;
                } else if constexpr (std::is_same_v<Value, std::optional<qint64>>) {
                    record.*member = FieldValue::toInteger(text);
                    return (record.*member).has_value();
                } else if constexpr (std::is_same_v<Value, std::optional<double>>) {
                    record.*member = FieldValue::toDecimal(text);
                    return (record.*member).has_value();
                } else if constexpr (std::is_same_v<Value, std::optional<bool>>) {
                    record.*member = FieldValue::toBoolean(text);
                    return (record.*member).has_value();
                } else {
                    record.*member = ArchiveDate::parse(text);
                    return (record.*member).isValid();
                }
            },
            field.member);
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
                        record.*member = shared(std::move(*text));
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

private:
    static bool isJson(const QByteArray &body);
    static ApiResult<QJsonArray> csvRows(const QByteArray &body);
};

} // namespace nbia
