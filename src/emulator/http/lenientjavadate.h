#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace nbia::emulator {

// java.text.SimpleDateFormat in its default lenient mode, for the patterns the archive uses
// ("yyyy/MM/dd" and "dd/MM/yyyy"): out-of-range fields roll over ("2010/13/01" is 2011-01-01),
// one-digit fields are fine, trailing text is ignored. Nullopt when it cannot parse at all.
class LenientJavaDate final {
public:
    enum class Order { YearMonthDay, DayMonthYear };
    static std::optional<QDate> parse(const QString &text, Order order);
};

} // namespace nbia::emulator
