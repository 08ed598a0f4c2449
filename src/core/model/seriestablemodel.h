#pragma once

#include <api/series.h>

#include <QAbstractTableModel>

namespace nbia {

// Every series of one collection as a flat table, the way researchers look for series across
// patients: sortable by any column (through SortRole) and filtered by SeriesFilterProxyModel.
// The rows are a shared copy of the collection's list in SeriesCatalog, so they cost no memory
// of their own.
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
    [[nodiscard]] const QList<Series> &series() const { return m_series; }
    [[nodiscard]] const Series &seriesAt(int row) const { return m_series.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString m_collection;
    QList<Series> m_series;
};

} // namespace nbia
