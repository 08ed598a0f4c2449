#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace nbia::emulator {

// Dates as the archive's Java and SQL code write them, in English and in UTC whatever the
// machine's locale and zone. Written here, not shared with the client: the emulator is a witness.
class ArchiveDateFormat final {
public:
    // java.sql.Timestamp.toString(): "2000-01-01 00:00:00.0" (fraction trimmed to one digit).
    static QString timestamp(const QDateTime &dateTime);
    // "MM-dd-yyyy" (v1 getSeriesMetaData) and SQL date_format(…,'%m-%d-%Y') (v4): "01-31-2024".
    static QString usDate(QDate date);
    // java.util.Date.toString() in a UTC JVM: "Wed May 01 13:44:24 UTC 2024".
    static QString javaDate(const QDateTime &dateTime);

    // v4's fromDate, read by MySQL STR_TO_DATE(…,'%m-%d-%Y'): one or two digits for month and
    // day, four for the year, dashes only. Nullopt (the query matches nothing) for anything else.
    static std::optional<QDate> parseUsDate(const QString &text);
};

} // namespace nbia::emulator
