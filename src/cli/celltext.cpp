#include "celltext.h"

#include <api/archivedate.h>
#include <api/fieldvalue.h>
#include <api/recordjsonwriter.h>

#include <array>

namespace nbia::cli {

using namespace Qt::StringLiterals;

QString CellText::plain(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return {};
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
    case QJsonValue::Double:
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return QString::fromUtf8(RecordJsonWriter::valueToJson(value));
}

QString CellText::render(const QJsonValue &value, CellStyle style) {
    if (value.isUndefined() || value.isNull())
        return {};
    switch (style) {
    case CellStyle::Text:
    case CellStyle::Number:
        break;
    case CellStyle::Bytes:
        if (const std::optional<qint64> bytes = FieldValue::toInteger(value))
            return humanBytes(*bytes);
        break;
    case CellStyle::Date:
        if (const QDateTime date = ArchiveDate::fromJson(value); date.isValid()) {
            if (date.time() == QTime(0, 0))
                return date.toString(u"yyyy-MM-dd"_s);
            return date.toString(u"yyyy-MM-dd HH:mm:ss"_s);
        }
        break;
    }
    return plain(value);
}

QString CellText::humanBytes(qint64 bytes) {
    static constexpr std::array<const char *, 6> units{"kB", "MB", "GB", "TB", "PB", "EB"};
    if (bytes < 1000 && bytes > -1000)
        return QString::number(bytes) + u" B"_s;
    double value = double(bytes);
    size_t unit = 0;
    value /= 1000.0;
    while ((value >= 999.95 || value <= -999.95) && unit + 1 < units.size()) {
        value /= 1000.0;
        ++unit;
    }
    return QString::number(value, 'f', 1) + u' ' + QLatin1StringView(units[unit]);
}

} // namespace nbia::cli
