#include "fieldvalue.h"

#include "archivedate.h"

#include <cmath>

namespace nbia::FieldValue {

using namespace Qt::StringLiterals;

std::optional<QString> toText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (std::floor(number) == number && std::abs(number) < 9.0e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    return std::nullopt;
}

std::optional<double> toDecimal(const QString &text) {
    bool ok = false;
    const double number = text.trimmed().toDouble(&ok);
    if (ok && std::isfinite(number))
        return number;
    return std::nullopt;
}

std::optional<double> toDecimal(const QJsonValue &value) {
    if (value.isDouble())
        return value.toDouble();
    if (value.isString())
        return toDecimal(value.toString());
    return std::nullopt;
}

namespace {
std::optional<qint64> integerOf(std::optional<double> number) {
    // Also covers "8387118.000000" and 1.6357620E7.
    if (number && std::abs(*number) < 9.2e18)
        return qint64(std::llround(*number));
    return std::nullopt;
}
} // namespace

std::optional<qint64> toInteger(const QString &text) {
    bool ok = false;
    const qint64 number = text.trimmed().toLongLong(&ok);
    if (ok)
        return number;
    return integerOf(toDecimal(text));
}

std::optional<qint64> toInteger(const QJsonValue &value) {
    if (value.isString())
        return toInteger(value.toString());
    return integerOf(toDecimal(value));
}

std::optional<bool> toBoolean(const QString &text) {
    const QString word = text.trimmed().toLower();
    if (word == "true"_L1 || word == "yes"_L1 || word == "y"_L1 || word == "1"_L1)
        return true;
    if (word == "false"_L1 || word == "no"_L1 || word == "n"_L1 || word == "0"_L1)
        return false;
    return std::nullopt;
}

std::optional<bool> toBoolean(const QJsonValue &value) {
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0.0;
    if (value.isString())
        return toBoolean(value.toString());
    return std::nullopt;
}

QJsonValue fromText(const QString &value) {
    return value.isNull() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(value);
}

QJsonValue fromInteger(std::optional<qint64> value, WireStyle style) {
    if (!value)
        return QJsonValue::Undefined;
    if (style == WireStyle::NumberString || style == WireStyle::String)
        return QString::number(*value);
    return QJsonValue(*value);
}

QJsonValue fromDecimal(std::optional<double> value, WireStyle style) {
    if (!value)
        return QJsonValue::Undefined;
    switch (style) {
    case WireStyle::DecimalString:
        return QString::number(*value, 'f', 6);
    case WireStyle::NumberString:
    case WireStyle::String:
        return *toText(QJsonValue(*value));
    default:
        return QJsonValue(*value);
    }
}

QJsonValue fromBoolean(std::optional<bool> value, WireStyle style) {
    if (!value)
        return QJsonValue::Undefined;
    if (style == WireStyle::FlagOne)
        return *value ? QJsonValue(u"1"_s) : QJsonValue(QJsonValue::Undefined);
    if (style == WireStyle::BooleanString || style == WireStyle::String)
        return *value ? u"true"_s : u"false"_s;
    return QJsonValue(*value);
}

QJsonValue fromDateTime(const QDateTime &value, WireStyle style) {
    if (!value.isValid())
        return QJsonValue::Undefined;
    switch (style) {
    case WireStyle::UsDate:
        return ArchiveDate::formatUsDate(value.date());
    case WireStyle::JavaDate:
        return ArchiveDate::formatJavaDate(value);
    default:
        return ArchiveDate::formatTimestamp(value);
    }
}

} // namespace nbia::FieldValue
