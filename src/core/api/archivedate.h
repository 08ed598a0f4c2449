#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringView>

namespace nbia::ArchiveDate {

// Reads any date format the archive has used: "2000-01-01 00:00:00.0", "2000-01-01",
// "01-01-2000", "2000/01/01", "20000101", ISO 8601, "Wed May 01 13:44:24 EDT 2024", and epoch
// milliseconds. Date-only values are midnight UTC. Returns an invalid QDateTime for anything else.
QDateTime parse(QStringView text);
QDateTime fromJson(const QJsonValue &value);

// java.sql.Timestamp.toString(): "2000-01-01 00:00:00.0" (fraction trimmed, at least one digit).
QString formatTimestamp(const QDateTime &dateTime);
// "MM-dd-yyyy", as getSeriesMetaData writes "Study Date".
QString formatUsDate(QDate date);
// java.util.Date.toString(): "Wed May 01 13:44:24 UTC 2024", always in English.
QString formatJavaDate(const QDateTime &dateTime);

// The query formats the date filters expect.
QString formatForNewEntities(QDate date);   // "yyyy/MM/dd" (NewPatientsInCollection, NewStudies…)
QString formatForUpdatedSeries(QDate date); // "dd/MM/yyyy" (getUpdatedSeries)

} // namespace nbia::ArchiveDate
