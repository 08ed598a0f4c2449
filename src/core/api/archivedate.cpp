#include "archivedate.h"

#include <QTimeZone>

#include <array>
#include <cstdio>

namespace nbia::ArchiveDate {

namespace {
using namespace Qt::StringLiterals;

constexpr std::array<const char *, 7> kDays{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::array<const char *, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

QDateTime midnightUtc(QDate date) {
    return date.isValid() ? QDateTime(date, QTime(0, 0), QTimeZone::utc()) : QDateTime();
}

int monthFromName(QStringView name) {
    for (int i = 0; i < 12; ++i) {
        if (name.compare(QLatin1StringView(kMonths[size_t(i)]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return 0;
}

// Offsets of the zone names a US server's JVM prints. Unknown names are read as UTC.
int zoneOffsetSeconds(QStringView zone) {
    struct Zone {
        QLatin1StringView name;
        int hours;
    };
    static constexpr std::array<Zone, 10> zones{{{"UTC"_L1, 0},
                                                 {"GMT"_L1, 0},
                                                 {"EST"_L1, -5},
                                                 {"EDT"_L1, -4},
                                                 {"CST"_L1, -6},
                                                 {"CDT"_L1, -5},
                                                 {"MST"_L1, -7},
                                                 {"MDT"_L1, -6},
                                                 {"PST"_L1, -8},
                                                 {"PDT"_L1, -7}}};
    for (const Zone &z : zones) {
        if (zone.compare(z.name, Qt::CaseInsensitive) == 0)
            return z.hours * 3600;
    }
    return 0;
}

// "Wed May 01 13:44:24 EDT 2024"
QDateTime parseJavaDate(QStringView text) {
    const QList<QStringView> parts = text.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() != 6)
        return {};
    const int month = monthFromName(parts[1]);
    const QDate date(parts[5].toInt(), month, parts[2].toInt());
    const QTime time = QTime::fromString(parts[3].toString(), u"HH:mm:ss");
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone(zoneOffsetSeconds(parts[4]))).toUTC();
}

int digits(QStringView text, qsizetype from, qsizetype count) {
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// The archive's own timestamp form, by far the most common, read without QDateTime::fromString
// (which consults the system time zone for every call): "yyyy-MM-dd HH:mm:ss[.f…]".
QDateTime parseTimestampFast(QStringView text) {
    if (text.size() < 19 || text[4] != u'-' || text[7] != u'-' || text[10] != u' ' ||
        text[13] != u':' || text[16] != u':')
        return {};
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    int millis = 0;
    if (text.size() > 19) {
        if (text[19] != u'.')
            return {};
        const qsizetype fractionDigits = text.size() - 20;
        if (fractionDigits <= 0 || fractionDigits > 9)
            return {};
        for (qsizetype i = 20; i < text.size(); ++i) {
            if (digits(text, i, 1) < 0)
                return {};
        }
        millis = digits(text, 20, std::min<qsizetype>(fractionDigits, 3));
        for (qsizetype i = fractionDigits; i < 3; ++i)
            millis *= 10;
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millis);
    if (year < 0 || millis < 0 || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

// v4's form, in every row of its lists: "MM-dd-yyyy", read without QDate::fromString (which
// parses its format string on every call). 1-digit months and days are left to the slow path.
QDateTime parseUsDateFast(QStringView text) {
    if (text.size() != 10 || text[2] != u'-' || text[5] != u'-')
        return {};
    const int month = digits(text, 0, 2);
    const int day = digits(text, 3, 2);
    const int year = digits(text, 6, 4);
    const QDate date(year, month, day);
    if (month < 0 || day < 0 || year < 0 || !date.isValid())
        return {};
    // Qt::UTC, as parseTimestampFast: a QDateTime in a QTimeZone is a heap object of its own,
    // and a 100,000-series list holds four dates a row.
    return QDateTime(date, QTime(0, 0), Qt::UTC);
}

QDate parseDateOnly(QStringView text) {
    static const std::array<QString, 5> formats{u"yyyy-MM-dd"_s, u"MM-dd-yyyy"_s, u"yyyy/MM/dd"_s,
                                                u"yyyyMMdd"_s, u"MM/dd/yyyy"_s};
    const QString value = text.toString();
    for (const QString &format : formats) {
        const QDate date = QDate::fromString(value, format);
        if (date.isValid())
            return date;
    }
    return {};
}
} // namespace

QDateTime parse(QStringView text) {
    text = text.trimmed();
    if (text.isEmpty())
        return {};

    if (QDateTime fast = parseTimestampFast(text); fast.isValid())
        return fast;
    if (QDateTime fast = parseUsDateFast(text); fast.isValid())
        return fast;
    // ISO 8601 "2000-01-01T00:00:00", with or without a zone
    if (text.size() >= 19 && text[4] == u'-' && (text[10] == u' ' || text[10] == u'T')) {
        QString iso = text.toString();
        iso[10] = u'T';
        QDateTime dt = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (!dt.isValid()) {
            // Java prints up to nine fraction digits; Qt reads at most three.
            const qsizetype dot = iso.indexOf(u'.');
            if (dot > 0)
                dt = QDateTime::fromString(iso.left(std::min(dot + 4, iso.size())),
                                           Qt::ISODateWithMs);
        }
        if (dt.isValid()) {
            if (dt.timeSpec() == Qt::LocalTime)
                dt.setTimeZone(QTimeZone::utc());
            return dt;
        }
    }
    if (const QDate date = parseDateOnly(text); date.isValid())
        return midnightUtc(date);
    if (QDateTime dt = parseJavaDate(text); dt.isValid())
        return dt;
    bool isNumber = false;
    const qint64 millis = text.toLongLong(&isNumber);
    if (isNumber && text.size() >= 10)
        return QDateTime::fromMSecsSinceEpoch(millis, QTimeZone::utc());
    return {};
}

QDateTime fromJson(const QJsonValue &value) {
    if (value.isString())
        return parse(value.toString());
    if (value.isDouble())
        return QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), QTimeZone::utc());
    return {};
}

QString formatTimestamp(const QDateTime &dateTime) {
    if (!dateTime.isValid())
        return {};
    // Written by hand: QDateTime::toString() is slow, and lists of 100,000 series use this.
    const QDateTime utc = dateTime.timeSpec() == Qt::UTC ? dateTime : dateTime.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    char buffer[32];
    int length = std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d.%03d",
                               date.year(), date.month(), date.day(), time.hour(), time.minute(),
                               time.second(), time.msec());
    while (length > 21 && buffer[length - 1] == '0')
        --length; // Java trims the fraction to at least one digit
    return QString::fromLatin1(buffer, length);
}

QString formatUsDate(QDate date) {
    return date.isValid() ? date.toString(u"MM-dd-yyyy"_s) : QString();
}

QString formatJavaDate(const QDateTime &dateTime) {
    if (!dateTime.isValid())
        return {};
    const QDateTime utc = dateTime.toUTC();
    return QStringLiteral("%1 %2 %3 UTC %4")
        .arg(QLatin1StringView(kDays[size_t(utc.date().dayOfWeek() - 1)]),
             QLatin1StringView(kMonths[size_t(utc.date().month() - 1)]),
             utc.toString(u"dd HH:mm:ss"_s), QString::number(utc.date().year()));
}

QString formatForNewEntities(QDate date) {
    return date.toString(u"yyyy/MM/dd"_s);
}

QString formatForUpdatedSeries(QDate date) {
    return date.toString(u"dd/MM/yyyy"_s);
}

} // namespace nbia::ArchiveDate
