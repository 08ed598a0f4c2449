#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace nbia {

// A CSV body as the archive writes it (v4's getSeriesMetadata): a header line, then rows;
// fields may be quoted, with "" for a quote inside, and hold commas and line breaks; lines end in
// \n or \r\n.
struct CsvTable {
    QStringList header;
    QList<QStringList> rows;

    // Nullopt (with `error` set) for a quote that never closes.
    static std::optional<CsvTable> parse(const QByteArray &body, QString *error = nullptr);
};

} // namespace nbia
