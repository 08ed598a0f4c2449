#include "seriesfilterproxymodel.h"

#include "seriestablemodel.h"

namespace nbia {

using Column = SeriesTableModel::Column;

namespace {
template<class T>
int compareOptional(const std::optional<T> &left, const std::optional<T> &right) {
    if (!left || !right)
        return int(bool(left)) - int(bool(right)); // unknown first
    return *left < *right ? -1 : (*right < *left ? 1 : 0);
}

int compareText(const QString &left, const QString &right) {
    return QString::compare(left, right, Qt::CaseInsensitive);
}

int compare(const Series &left, const Series &right, Column column) {
    switch (column) {
    case Column::Patient:
        return compareText(left.patientId, right.patientId);
    case Column::StudyDate:
        return left.studyDate < right.studyDate ? -1 : (right.studyDate < left.studyDate ? 1 : 0);
    case Column::Description:
        return compareText(left.seriesDescription, right.seriesDescription);
    case Column::Modality:
        return compareText(left.modality, right.modality);
    case Column::BodyPart:
        return compareText(left.bodyPartExamined, right.bodyPartExamined);
    case Column::Manufacturer:
        return compareText(left.manufacturer, right.manufacturer);
    case Column::Images:
        return compareOptional(left.imageCount, right.imageCount);
    case Column::Size:
        return compareOptional(left.fileSize, right.fileSize);
    case Column::SeriesUid:
        return QString::compare(left.seriesInstanceUid, right.seriesInstanceUid);
    }
    return 0;
}
} // namespace

SeriesFilterProxyModel::SeriesFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(SeriesTableModel::SortRole);
}

SeriesFilterProxyModel::~SeriesFilterProxyModel() = default;

void SeriesFilterProxyModel::setSourceModel(QAbstractItemModel *source) {
    m_table = qobject_cast<const SeriesTableModel *>(source);
    QSortFilterProxyModel::setSourceModel(source);
}

void SeriesFilterProxyModel::setFilter(const ArchiveFilter &filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

void SeriesFilterProxyModel::setSearchText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

bool SeriesFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const {
    if (!m_table)
        return true;
    const Series &s = m_table->seriesAt(sourceRow);
    if (!m_filter.accepts(s))
        return false;
    if (m_search.isEmpty())
        return true;
    for (const QString *text : {&s.patientId, &s.seriesDescription, &s.protocolName,
                                &s.seriesInstanceUid, &s.studyInstanceUid, &s.studyDescription}) {
        if (text->contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool SeriesFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    if (!m_table)
        return QSortFilterProxyModel::lessThan(left, right);
    const Series &l = m_table->seriesAt(left.row());
    const Series &r = m_table->seriesAt(right.row());
    const int order = compare(l, r, Column(left.column()));
    // Ties keep a stable, meaningful order: by patient, then by series UID.
    if (order != 0)
        return order < 0;
    const int byPatient = compareText(l.patientId, r.patientId);
    return byPatient != 0 ? byPatient < 0
                          : QString::compare(l.seriesInstanceUid, r.seriesInstanceUid) < 0;
}

} // namespace nbia
