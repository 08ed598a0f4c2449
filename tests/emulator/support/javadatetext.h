#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace nbia::emulator::testsupport {

// Dates as the archive's Java code writes them, computed independently of the emulator.

// A DATE column as the JVM sees it: midnight UTC; invalid for an invalid date.
QDateTime midnightUtc(QDate date);

// java.sql.Timestamp.toString(): "yyyy-MM-dd HH:mm:ss.f", the fraction trimmed to one digit.
QString javaTimestamp(const QDateTime &value);

// java.util.Date.toString() in a UTC JVM: "Wed May 01 13:44:24 UTC 2024".
QString javaDate(const QDateTime &value);

} // namespace nbia::emulator::testsupport
