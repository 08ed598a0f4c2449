#pragma once

#include <QString>

namespace nbia::cli {

// How a table cell shows a value; json and csv always keep the archive's representation.
enum class CellStyle {
    Text,
    Number, // right-aligned
    Bytes,  // a byte count shown human-readable, e.g. "16.4 MB"
    Date,   // a timestamp shown as its date (and time when not midnight)
};

// One column of the table format: which archive field it shows, and how.
struct TableColumn {
    QString key;    // the archive's field name
    QString header; // empty: the key
    CellStyle style = CellStyle::Text;
    bool truncatable = true; // UIDs are never shortened: a cut UID is useless
    QString missingText;     // shown when the record has no value for the field

    [[nodiscard]] QString title() const { return header.isEmpty() ? key : header; }
};

} // namespace nbia::cli
