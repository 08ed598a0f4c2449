#include "seriestablemodel.h"

#include <QLocale>

namespace nbia {

using Column = SeriesTableModel::Column;

namespace {
QVariant value(const Series &s, Column column, bool forSorting) {
    switch (column) {
    case Column::Patient:
        return s.patientId;
    case Column::StudyDate:
        return s.studyDate.isValid() ? QVariant(s.studyDate.date()) : QVariant();
    case Column::Description:
        return s.seriesDescription;
    case Column::Modality:
        return s.modality;
    case Column::BodyPart:
        return s.bodyPartExamined;
    case Column::Manufacturer:
        return s.manufacturer;
    case Column::Images:
        return s.imageCount ? QVariant(*s.imageCount) : QVariant();
    case Column::Size:
        if (!s.fileSize)
            return {};
        return forSorting ? QVariant(*s.fileSize)
                          : QVariant(QLocale().formattedDataSize(*s.fileSize, 1,
                                                                 QLocale::DataSizeSIFormat));
    case Column::SeriesUid:
        return s.seriesInstanceUid;
    }
    return {};
}
} // namespace

SeriesTableModel::SeriesTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

SeriesTableModel::~SeriesTableModel() = default;

void SeriesTableModel::setSeries(const QString &collection, const QList<Series> &series) {
    beginResetModel();
    m_collection = collection;
    m_series = series;
    endResetModel();
}

void SeriesTableModel::clear() {
    setSeries({}, {});
}

int SeriesTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_series.size());
}

int SeriesTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : columnTotal;
}

QVariant SeriesTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Series &s = m_series.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return value(s, Column(index.column()), role == SortRole);
    case Qt::ToolTipRole:
        return Column(index.column()) == Column::Description && !s.protocolName.isEmpty()
                   ? QVariant(tr("Protocol: %1").arg(s.protocolName))
                   : QVariant();
    case Qt::TextAlignmentRole:
        return Column(index.column()) == Column::Images || Column(index.column()) == Column::Size
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case UidRole:
        return s.seriesInstanceUid;
    case PatientIdRole:
        return s.patientId;
    case StudyUidRole:
        return s.studyInstanceUid;
    default:
        return {};
    }
}

QVariant SeriesTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnTotal)
        return {};
    switch (Column(section)) {
    case Column::Patient:
        return tr("Patient");
    case Column::StudyDate:
        return tr("Study date");
    case Column::Description:
        return tr("Series description");
    case Column::Modality:
        return tr("Modality");
    case Column::BodyPart:
        return tr("Body part");
    case Column::Manufacturer:
        return tr("Manufacturer");
    case Column::Images:
        return tr("Images");
    case Column::Size:
        return tr("Size");
    case Column::SeriesUid:
        return tr("Series UID");
    }
    return {};
}

} // namespace nbia
