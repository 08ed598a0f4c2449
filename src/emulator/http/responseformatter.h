#pragma once

#include "resulttable.h"

#include <QByteArray>

#include <optional>

namespace nbia::emulator {

// Writes a ResultTable the way the archive's FormatOutput does: JSON (Jettison), CSV, XML, HTML.
class ResponseFormatter final {
public:
    enum class Format { Json, Csv, CsvDownload, CsvQuoted, Xml, Html };

    // The `format` parameter, compared case-insensitively and untrimmed; absent means JSON,
    // any present value must name a format (an empty one does not).
    static std::optional<Format> parseFormat(const QString &value);
    static QByteArray contentType(Format format);

    static QByteArray format(const ResultTable &table, Format format, bool escapeSlashes);
    static QByteArray json(const ResultTable &table, bool escapeSlashes);
    static QByteArray csv(const ResultTable &table, bool quoted);
    static QByteArray xml(const ResultTable &table);
    static QByteArray html(const ResultTable &table);

    // A value as the server prints it, e.g. a Timestamp as "2000-01-01 00:00:00.0".
    static QString text(const QVariant &value, JavaType type);
    static QByteArray jsonString(const QString &text, bool escapeSlashes);
};

} // namespace nbia::emulator
