#pragma once

#include <api/series.h>

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace nbia {

// The figures behind a collection's charts, counted from its series (getSeries) in one pass:
// series per modality, body part and manufacturer, bytes per modality and releases per month.
// A plain value: compute it on a worker thread (a hundred thousand series take a few tens of
// milliseconds) and hand it to the view.
struct CollectionCharts {
    enum class Chart { Modality, BodyPart, Manufacturer, SizeByModality, Releases };
    static constexpr int chartCount = 5;

    struct ValueCount {
        QString value; // null: "(not specified)"
        qint64 count = 0;
        friend bool operator==(const ValueCount &, const ValueCount &) = default;
    };
    struct ModalityBytes {
        QString modality; // null: "(not specified)"
        qint64 bytes = 0; // of the series whose size is known
        qsizetype series = 0;
        qsizetype unknownSizes = 0; // series without a size, not counted in bytes
        friend bool operator==(const ModalityBytes &, const ModalityBytes &) = default;
    };
    struct MonthCount {
        QDate month; // the first day of the month
        qsizetype series = 0;
        friend bool operator==(const MonthCount &, const MonthCount &) = default;
    };
    // The largest values of a ranked list, the rest summed into one "Other" bucket.
    struct Folded {
        QList<ValueCount> shown;
        qint64 other = 0;          // the sum of the values left out
        qsizetype otherValues = 0; // how many values were left out
    };

    qsizetype series = 0;
    QList<ValueCount> modalities;         // series, most first, ties by value
    QList<ValueCount> bodyParts;          // series, most first, ties by value
    QList<ValueCount> manufacturers;      // series, most first, ties by value
    QList<ModalityBytes> bytesByModality; // most bytes first, ties by modality
    QList<MonthCount> releases;           // months with a release, oldest first
    qsizetype undated = 0;                // series without a release date
    qsizetype unknownSizes = 0;           // series without a size

    // Modalities and body parts in upper case (as the archive lists them and the filters count
    // them); an empty and an absent value are one "not specified".
    static CollectionCharts of(const QList<Series> &series);

    // `releases` with the months between them that have none, oldest first.
    [[nodiscard]] QList<MonthCount> releasesByMonth() const;
    // Bytes per modality as a ranked list, for folding.
    [[nodiscard]] QList<ValueCount> bytesAsValues() const;
    // Keeps the first `bars` values when that is all of them, else the first `bars - 1` and
    // an "Other" bucket with the rest: never more than `bars` bars in all.
    [[nodiscard]] static Folded folded(const QList<ValueCount> &ranked, qsizetype bars);

    // The chart's data as CSV for spreadsheets, with a header row and every value (nothing
    // folded); "not specified" is an empty cell and so is the month of undated series (the last
    // row of Releases, written only when there are some). Text cells that a spreadsheet would
    // take for a formula start with an apostrophe.
    [[nodiscard]] QByteArray toCsv(Chart which) const;

    friend bool operator==(const CollectionCharts &, const CollectionCharts &) = default;
};

} // namespace nbia
