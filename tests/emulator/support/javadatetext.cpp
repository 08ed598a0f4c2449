#include "javadatetext.h"

#include <QLocale>
#include <QTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace nbia::emulator::testsupport {

QDateTime midnightUtc(QDate date) {
    return date.isValid() ? QDateTime(date, QTime(0, 0), QTimeZone::utc()) : QDateTime();
}

QString javaTimestamp(const QDateTime &value) {
    const QDateTime utc = value.toUTC();
    QString fraction = QString::number(utc.time().msec()).rightJustified(3, u'0');
    while (fraction.size() > 1 && fraction.endsWith(u'0'))
        fraction.chop(1);
    return utc.toString(u"yyyy-MM-dd HH:mm:ss"_s) + u'.' + fraction;
}

QString javaDate(const QDateTime &value) {
    return QLocale::c().toString(value.toUTC(), u"ddd MMM dd HH:mm:ss 'UTC' yyyy"_s);
}

} // namespace nbia::emulator::testsupport
