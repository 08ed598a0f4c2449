#pragma once

#include "dicomseries.h"

#include <QAbstractListModel>
#include <QList>

namespace nbia {

// The series of a folder (DicomFolder::series), one row each, for a picker: the display text is
// the series' label, the tool tip says everything, the roles carry the fields.
class DicomSeriesModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DicomSeriesModel)

public:
    enum Role {
        SeriesUidRole = Qt::UserRole + 1, // (0020,000E), empty for the files naming no series
        ModalityRole,                     // (0008,0060)
        SeriesNumberRole,                 // (0020,0011), as text
        DescriptionRole,                  // (0008,103E)
        ImageCountRole,                   // int
    };

    explicit DicomSeriesModel(QObject *parent = nullptr);

    void setSeries(const QList<DicomSeries> &series);
    [[nodiscard]] const QList<DicomSeries> &series() const { return m_series; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<DicomSeries> m_series;
};

} // namespace nbia
