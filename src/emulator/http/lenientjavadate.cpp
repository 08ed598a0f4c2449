#include "lenientjavadate.h"

#include <QRegularExpression>

namespace nbia::emulator {

using namespace Qt::StringLiterals;

std::optional<QDate> LenientJavaDate::parse(const QString &text, Order order) {
    static const QRegularExpression pattern(
        u"^\\s*([-+]?\\d{1,9})/([-+]?\\d{1,9})/([-+]?\\d{1,9})"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 first = match.captured(1).toLongLong();
    const qint64 month = match.captured(2).toLongLong();
    const qint64 third = match.captured(3).toLongLong();
    const qint64 year = order == Order::YearMonthDay ? first : third;
    const qint64 day = order == Order::YearMonthDay ? third : first;
    if (year < -9999 || year > 999999)
        return std::nullopt;
    const QDate date =
        QDate(int(year == 0 ? 1 : year), 1, 1).addMonths(int(month - 1)).addDays(day - 1);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace nbia::emulator
