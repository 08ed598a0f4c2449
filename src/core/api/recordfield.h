#pragma once

#include "apiversion.h"

#include <QDateTime>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <algorithm>
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
    FlagOne,       // "1" when set, left out otherwise (v4's AnnotationsFlag)
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

// The key table of a record type in a version's dialect (the v1 table where v4 has no other).
template<class Record>
const QList<RecordField<Record>> &recordFields(ApiVersion version) {
    if constexpr (requires { Record::fieldsV4(); }) {
        if (version == ApiVersion::V4)
            return Record::fieldsV4();
    }
    return Record::fields();
}

// The fields of `version`'s table, then those only the other version has: every member once.
template<class Record>
QList<RecordField<Record>> allRecordFields(ApiVersion version) {
    QList<RecordField<Record>> result = recordFields<Record>(version);
    const ApiVersion other = version == ApiVersion::V4 ? ApiVersion::V1 : ApiVersion::V4;
    for (const RecordField<Record> &field : recordFields<Record>(other)) {
        const bool known = std::any_of(result.cbegin(), result.cend(),
                                       [&field](const RecordField<Record> &present) {
                                           return present.member == field.member;
                                       });
        if (!known)
            result.append(field);
    }
    return result;
}

} // namespace nbia
