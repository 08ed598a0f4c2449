#pragma once

#include "recordfield.h"

#include <QJsonValue>

#include <optional>

namespace nbia::FieldValue {

// Lenient readers: a number may arrive as a number or a numeric string, a flag as a boolean or
// as "true"/"yes"/"1". A value of the wrong kind reads as absent.
std::optional<QString> toText(const QJsonValue &value);
std::optional<qint64> toInteger(const QJsonValue &value);
std::optional<double> toDecimal(const QJsonValue &value);
std::optional<bool> toBoolean(const QJsonValue &value);
// The same readers for a value that arrived as a JSON string.
std::optional<qint64> toInteger(const QString &text);
std::optional<double> toDecimal(const QString &text);
std::optional<bool> toBoolean(const QString &text);

// Writers in the archive's own representation of each style.
QJsonValue fromText(const QString &value);
QJsonValue fromInteger(std::optional<qint64> value, WireStyle style);
QJsonValue fromDecimal(std::optional<double> value, WireStyle style);
QJsonValue fromBoolean(std::optional<bool> value, WireStyle style);
QJsonValue fromDateTime(const QDateTime &value, WireStyle style);

} // namespace nbia::FieldValue
