#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace nbia {

// How the archive writes a value on the wire. Parsing is lenient whatever the style; writing
// (for example `nbia-cli --format json`) reproduces the style of the endpoint that sent it.
enum class WireStyle {
    String,
    Number,        // 42
    NumberString,  // "42"
    DecimalString, // "3000923.000000" (a raw decimal(22,6) column)
    Boolean,       // true
    BooleanString, // "true"
    Timestamp,     // "2000-01-01 00:00:00.0" (java.sql.Timestamp)
    UsDate,        // "01-01-2000"
    JavaDate,      // "Wed May 01 13:44:24 EDT 2024" (java.util.Date)
};

// Keys the client did not expect, kept in arrival order so nothing the server sent is lost.
using ExtraFields = QList<std::pair<QString, QJsonValue>>;

// One JSON key of a record type and the member that holds it.
template<class Record>
struct RecordField {
    using Member = std::variant<QString Record::*, std::optional<qint64> Record::*,
                                std::optional<double> Record::*, std::optional<bool> Record::*,
                                QDateTime Record::*>;
    QLatin1StringView key;
    Member member;
    WireStyle wire = WireStyle::String;
    QLatin1StringView alias = {}; // another spelling some endpoint uses for the same value
};

} // namespace nbia
