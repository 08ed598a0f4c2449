#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QVariant>

#include <optional>

// How the endpoint handlers turn archive values into result cells and apply SQL-like filters.
namespace nbia::emulator::ColumnValues {

// A null QString is SQL NULL (the key is left out of JSON); an empty one is kept.
inline QVariant nullable(const QString &value) {
    return value.isNull() ? QVariant() : QVariant(value);
}

// A DATE column read as a java.sql.Timestamp: midnight of that day.
inline QVariant midnight(QDate date) {
    return date.isValid() ? QVariant(QDateTime(date, QTime(0, 0), QTimeZone::utc())) : QVariant();
}

// `column = :param` on a case-sensitive column; no parameter matches everything, NULL nothing.
inline bool matchesExactly(const QString &stored, const std::optional<QString> &filter) {
    return !filter || (!stored.isNull() && stored == *filter);
}

// `UPPER(column) = UPPER(:param)`, or a case-insensitive collation.
inline bool matchesIgnoringCase(const QString &stored, const std::optional<QString> &filter) {
    return !filter || (!stored.isNull() && stored.compare(*filter, Qt::CaseInsensitive) == 0);
}

} // namespace nbia::emulator::ColumnValues
