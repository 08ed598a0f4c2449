#pragma once

#include "archivefilter.h"
#include "searchtext.h"
#include "seriesrows.h"

#include <QAbstractTableModel>
#include <QFuture>

#include <array>
#include <atomic>
#include <memory>
#include <vector>

namespace nbia {

// Every series of one collection as a flat table, the way researchers look for series across
// patients, filtered by the panels' ArchiveFilter and a search text (patient ID, descriptions,
// protocol, UIDs) and sortable by any column. It filters and sorts itself rather than through a
// QSortFilterProxyModel, which re-filters a sorted 100,000-row table row by row: here a change
// of filter is one pass and one reset, and a sort is a sort of integer keys (see
// SeriesSortKeys) with the selection carried over. Beyond a few thousand series the pass and the
// sort run on a worker (SeriesRows) and land as one reset or layout change; a newer change
// drops an older one still under way, so the view never shows a mix of two. The series are a
// shared copy of the collection's list in SeriesCatalog, so they cost no memory of their own.
class SeriesTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeriesTableModel)

public:
    enum class Column {
        Patient,
        StudyDate,
        Description,
        Modality,
        BodyPart,
        Manufacturer,
        Images,
        Size,
        SeriesUid
    };
    Q_ENUM(Column)
    static constexpr int columnTotal = 9;

    enum Role {
        SortRole = Qt::UserRole + 1, // a value that sorts naturally (numbers, dates)
        UidRole,                     // SeriesInstanceUID (0020,000E)
        PatientIdRole,               // PatientID (0010,0020)
        StudyUidRole,                // StudyInstanceUID (0020,000D)
    };

    explicit SeriesTableModel(QObject *parent = nullptr);
    ~SeriesTableModel() override;

    void setSeries(const QString &collection, const QList<Series> &series);
    void clear();
    [[nodiscard]] const QString &collection() const { return m_collection; }
    // Every series of the collection, shown or not.
    [[nodiscard]] const QList<Series> &series() const { return m_series; }
    // The series shown in a row.
    [[nodiscard]] const Series &seriesAt(int row) const { return m_series.at(m_rows.at(row)); }
    // The index into series() of the series shown in a row.
    [[nodiscard]] int seriesIndexAt(int row) const { return m_rows.at(size_t(row)); }
    // A text column's value; null for the columns of numbers and dates.
    [[nodiscard]] static const QString *text(const Series &series, Column column);

    [[nodiscard]] const ArchiveFilter &filter() const { return m_filter; }
    void setFilter(const ArchiveFilter &filter);
    [[nodiscard]] const QString &searchText() const { return m_search.text(); }
    void setSearchText(const QString &text);
    // Sorts by a column (below 0: the archive's order); the rows follow, maybe a moment later.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // Whether a column's sort keys are made: for a large collection all are, on a worker, soon
    // after setSeries(), so that even the first click on a header sorts integers.
    [[nodiscard]] bool hasSortKeys(int column) const;
    // Whether the rows of the latest filter, search or sort are still being worked out.
    [[nodiscard]] bool isUpdating() const { return m_updating; }
    // Up to this many series, passes and sorts run at once on the calling thread.
    static constexpr int defaultInlineLimit = 20000;
    void setInlineLimit(int seriesCount) { m_inlineLimit = seriesCount; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The rows of the latest filter, search and sort are shown.
    void rowsUpdated();

private:
    void update(bool reset);
    void makeSortKeysAhead();
    [[nodiscard]] bool computesAtOnce() const;
    [[nodiscard]] SeriesRows::Request request() const;
    void apply(std::vector<int> rows, std::vector<int> rowOfSeries, bool reset);

    QString m_collection;
    QList<Series> m_series;
    std::vector<int> m_rows;        // the shown series, as indexes into m_series, in display order
    std::vector<int> m_rowOfSeries; // the row of each series; -1 when not shown
    // Per column, made when first sorted on; shared with the worker that sorts.
    SeriesRows::KeysByColumn m_keys;
    ArchiveFilter m_filter;
    SearchText m_search;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_inlineLimit = defaultInlineLimit;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;   // of the pass under way
    QFuture<SeriesRows::KeysByColumn> m_keysAhead; // the keys made ahead, while under way
    const Series *m_keysAheadFor = nullptr;        // the series they are made for
    bool m_keysAheadWaited = false;                // a sort waits for them already
    bool m_updating = false;
    bool m_resetPending = false;
};

} // namespace nbia
