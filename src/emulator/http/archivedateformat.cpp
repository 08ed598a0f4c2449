#include "archivedateformat.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <array>
#include <cstdio>

namespace nbia::emulator {

namespace {
constexpr std::array<const char *, 7> kDays{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<const char *, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
} // namespace

QString ArchiveDateFormat::timestamp(const QDateTime &dateTime) {
    if (!dateTime.isValid())
        return {};
    // By hand: QDateTime::toString() is slow, and lists of 100,000 series use this.
    const QDateTime utc = dateTime.timeSpec() == Qt::UTC ? dateTime : dateTime.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    char buffer[32];
    int length = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d.%03d",
                               date.year(), date.month(), date.day(), time.hour(), time.minute(),
                               time.second(), time.msec());
    while (length > 21 && buffer[length - 1] == '0')
        --length;
    return QString::fromLatin1(buffer, length);
}

QString ArchiveDateFormat::usDate(QDate date) {
    if (!date.isValid())
        return {};
    char buffer[16];
    const int length = std::snprintf(buffer, sizeof buffer, "%02d-%02d-%04d", date.month(),
                                     date.day(), date.year());
    return QString::fromLatin1(buffer, length);
}

QString ArchiveDateFormat::javaDate(const QDateTime &dateTime) {
    if (!dateTime.isValid())
        return {};
    const QDateTime utc = dateTime.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    char buffer[40];
    const int length =
        std::snprintf(buffer, sizeof buffer, "%s %s %02d %02d:%02d:%02d UTC %d",
                      kDays[size_t(date.dayOfWeek() - 1)], kMonths[size_t(date.month() - 1)],
                      date.day(), time.hour(), time.minute(), time.second(), date.year());
    return QString::fromLatin1(buffer, length);
}

std::optional<QDate> ArchiveDateFormat::parseUsDate(const QString &text) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,2})-(\\d{1,2})-(\\d{4})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(3).toInt(), match.captured(1).toInt(),
                     match.captured(2).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace nbia::emulator
