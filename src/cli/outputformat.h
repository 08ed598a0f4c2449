#pragma once

#include <QString>

#include <optional>

namespace nbia::cli {

enum class OutputFormat { Table, Json, Csv };

inline std::optional<OutputFormat> outputFormatFromName(const QString &name) {
    if (name == QLatin1StringView("table"))
        return OutputFormat::Table;
    if (name == QLatin1StringView("json"))
        return OutputFormat::Json;
    if (name == QLatin1StringView("csv"))
        return OutputFormat::Csv;
    return std::nullopt;
}

} // namespace nbia::cli
