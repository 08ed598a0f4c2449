#include "dicomseriesmodel.h"

namespace nbia {

DicomSeriesModel::DicomSeriesModel(QObject *parent)
    : QAbstractListModel(parent) {}

void DicomSeriesModel::setSeries(const QList<DicomSeries> &series) {
    beginResetModel();
    m_series = series;
    endResetModel();
}

int DicomSeriesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_series.size());
}

QVariant DicomSeriesModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DicomSeries &s = m_series.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return s.label();
    case Qt::ToolTipRole:
        return s.toolTip();
    case SeriesUidRole:
        return s.uid;
    case ModalityRole:
        return s.modality;
    case SeriesNumberRole:
        return s.number;
    case DescriptionRole:
        return s.description;
    case ImageCountRole:
        return int(s.count);
    default:
        return {};
    }
}

} // namespace nbia
