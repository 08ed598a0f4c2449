#pragma once

#include "archivefilter.h"
#include "searchtext.h"

#include <QAbstractTableModel>

#include <array>
#include <vector>

namespace nbia {

// Every series of one collection as a flat table, the way researchers look for series across
// patients, filtered by the panels' ArchiveFilter and a search text (patient ID, descriptions,
// protocol, UIDs) and sortable by any column. It filters and sorts itself rather than through a
// QSortFilterProxyModel, which re-filters a sorted 100,000-row table row by row: here a change
// of filter is one pass and one reset, and a sort is a sort of precomputed integer keys (see
// SeriesSortKeys) with the selection carried over. The series are a shared copy of the
// collection's list in SeriesCatalog, so they cost no memory of their own.
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
    // A text column's value; null for the columns of numbers and dates.
    [[nodiscard]] static const QString *text(const Series &series, Column column);

    [[nodiscard]] const ArchiveFilter &filter() const { return m_filter; }
    void setFilter(const ArchiveFilter &filter);
    [[nodiscard]] const QString &searchText() const { return m_search.text(); }
    void setSearchText(const QString &text);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] bool accepts(const Series &series) const;
    void refilter();
    void selectRows();
    void sortRows();
    const std::vector<qint64> &keys(int column);

    QString m_collection;
    QList<Series> m_series;
    std::vector<int> m_rows; // the shown series, as indexes into m_series, in display order
    std::array<std::vector<qint64>, columnTotal> m_keys; // per column, made when first sorted
    ArchiveFilter m_filter;
    SearchText m_search;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace nbia
