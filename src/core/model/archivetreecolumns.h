#pragma once

#include "archivetreenode.h"
#include "seriesgroups.h"

#include <QCoreApplication>
#include <QVariant>

#include <optional>

namespace nbia {

// The columns of the archive tree, and what each shows on each kind of row. One meaning per
// column on every row: counts are counts of patients, series or images, the date is the
// study's or the series' (a birth date is in the details), and a total not known yet is an
// honest "–" rather than a blank or a number of the rows loaded so far.
class ArchiveTreeColumns final {
    Q_DECLARE_TR_FUNCTIONS(ArchiveTreeColumns)

public:
    enum class Column {
        Name,
        Patients,
        Series,
        Images,
        Size,
        Date,
        Modality,
        BodyPart,
        Manufacturer,
        Description
    };
    static constexpr int total = 10;

    // What is known of a row beyond its record: its collection's series grouped (null until they
    // are listed), and the archive's count of the collection's patients (v4).
    struct Context {
        const SeriesGroups *groups = nullptr;
        std::optional<qint64> archivePatients;
    };

    // The text (display) or the value to sort by (forSorting: numbers, dates, text).
    [[nodiscard]] static QVariant value(const ArchiveTreeNode &node, Column column,
                                        const Context &context, bool forSorting);
    // Why a cell shows "–", or what a total leaves out; empty when nothing needs saying.
    [[nodiscard]] static QString toolTip(const ArchiveTreeNode &node, Column column,
                                         const Context &context);
    [[nodiscard]] static QString header(Column column);
    [[nodiscard]] static QString headerToolTip(Column column);
    // Columns holding numbers, aligned right.
    [[nodiscard]] static bool isNumeric(Column column);
};

} // namespace nbia
