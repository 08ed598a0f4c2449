#include "seriestablemodel.h"

#include "seriessortkeys.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace nbia {

using Column = SeriesTableModel::Column;

namespace {
QVariant value(const Series &s, Column column, bool forSorting) {
    if (const QString *text = SeriesTableModel::text(s, column))
        return *text;
    switch (column) {
    case Column::StudyDate:
        return s.studyDate.isValid() ? QVariant(s.studyDate.date()) : QVariant();
    case Column::Images:
        return s.imageCount ? QVariant(*s.imageCount) : QVariant();
    case Column::Size:
        if (!s.fileSize)
            return {};
        return forSorting ? QVariant(*s.fileSize)
                          : QVariant(QLocale().formattedDataSize(*s.fileSize, 1,
                                                                 QLocale::DataSizeSIFormat));
    default:
        return {};
    }
}
} // namespace

const QString *SeriesTableModel::text(const Series &s, Column column) {
    switch (column) {
    case Column::Patient:
        return &s.patientId;
    case Column::Description:
        return &s.seriesDescription;
    case Column::Modality:
        return &s.modality;
    case Column::BodyPart:
        return &s.bodyPartExamined;
    case Column::Manufacturer:
        return &s.manufacturer;
    case Column::SeriesUid:
        return &s.seriesInstanceUid;
    default:
        return nullptr;
    }
}

SeriesTableModel::SeriesTableModel(QObject *parent)
    : QAbstractTableModel(parent) {}

SeriesTableModel::~SeriesTableModel() = default;

void SeriesTableModel::setSeries(const QString &collection, const QList<Series> &series) {
    beginResetModel();
    m_collection = collection;
    m_series = series;
    m_keys = {};
    selectRows();
    endResetModel();
}

void SeriesTableModel::selectRows() {
    m_rows.clear();
    if (m_filter.isEmpty() && m_search.isEmpty()) { // every row: no need to visit 100,000 records
        m_rows.resize(size_t(m_series.size()));
        std::iota(m_rows.begin(), m_rows.end(), 0);
        return sortRows();
    }
    for (int i = 0; i < int(m_series.size()); ++i) {
        if (accepts(m_series.at(i)))
            m_rows.push_back(i);
    }
    sortRows();
}

bool SeriesTableModel::accepts(const Series &s) const {
    return m_filter.accepts(s) && (m_search.isEmpty() || m_search.matches(s));
}

void SeriesTableModel::setFilter(const ArchiveFilter &filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    refilter();
}

void SeriesTableModel::setSearchText(const QString &text) {
    const SearchText search(text);
    if (search == m_search)
        return;
    m_search = search;
    refilter();
}

void SeriesTableModel::refilter() {
    beginResetModel();
    selectRows();
    endResetModel();
}

const std::vector<qint64> &SeriesTableModel::keys(int column) {
    std::vector<qint64> &cached = m_keys[size_t(column)];
    if (cached.size() != size_t(m_series.size()))
        cached = SeriesSortKeys::forColumn(m_series, Column(column));
    return cached;
}

// Ties fall back on the patient, then on the archive's order, so that every sort is total.
void SeriesTableModel::sortRows() {
    if (m_sortColumn < 0) {
        std::sort(m_rows.begin(), m_rows.end()); // rows are chosen in order: usually sorted
        return;
    }
    if (m_rows.empty())
        return;
    const std::vector<qint64> &primary = keys(m_sortColumn);
    const std::vector<qint64> &patient = keys(int(Column::Patient));
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::sort(m_rows.begin(), m_rows.end(), [&](int l, int r) {
        const auto left = std::tuple(primary[size_t(l)], patient[size_t(l)], l);
        const auto right = std::tuple(primary[size_t(r)], patient[size_t(r)], r);
        return descending ? right < left : left < right;
    });
}

// A column below 0 restores the archive's order, as QTableView::sortByColumn(-1) asks.
void SeriesTableModel::sort(int column, Qt::SortOrder order) {
    if (column >= columnTotal)
        return;
    column = std::max(column, -1);
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> seriesOfPersistent;
    seriesOfPersistent.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        seriesOfPersistent.push_back(m_rows.at(size_t(index.row())));
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    if (!before.isEmpty()) {
        std::vector<int> rowOfSeries(size_t(m_series.size()), -1);
        for (size_t row = 0; row < m_rows.size(); ++row)
            rowOfSeries[size_t(m_rows[row])] = int(row);
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i)
            after.append(
                index(rowOfSeries[size_t(seriesOfPersistent[size_t(i)])], before[i].column()));
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void SeriesTableModel::clear() {
    setSeries({}, {});
}

int SeriesTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SeriesTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : columnTotal;
}

QVariant SeriesTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Series &s = seriesAt(index.row());
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
