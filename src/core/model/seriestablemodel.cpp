#include "seriestablemodel.h"

#include "seriesrows.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <QLocale>

#include <algorithm>
#include <utility>
#include <work/workerpool.h>

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

// One reset: the selection is carried over (by the view's owner) from the old series to the
// new rows; a large filtered collection shows no rows until its pass is done.
void SeriesTableModel::setSeries(const QString &collection, const QList<Series> &series) {
    beginResetModel();
    m_collection = collection;
    m_series = series;
    m_keys = {};
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    const bool later = !computesAtOnce();
    if (later) {
        m_rows.clear();
        m_rowOfSeries.clear();
        m_updating = true;
    } else {
        SeriesRows::Result result = SeriesRows::compute(request());
        m_keys = result.keys;
        m_rows = std::move(result.rows);
        m_rowOfSeries = std::move(result.rowOfSeries);
        m_updating = false;
        m_resetPending = false;
    }
    endResetModel();
    if (later)
        update(true);
    else
        Q_EMIT rowsUpdated();
    if (m_series.size() > m_inlineLimit)
        makeSortKeysAhead();
}

bool SeriesTableModel::hasSortKeys(int column) const {
    const auto &keys = m_keys.at(size_t(column));
    return keys && keys->size() == size_t(m_series.size());
}

// Ranking 100,000 UIDs or patient IDs takes a tenth of a second or more: done while the user
// looks at the list, not when they click.
void SeriesTableModel::makeSortKeysAhead() {
    auto *watcher = new QFutureWatcher<SeriesRows::KeysByColumn>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, list = m_series.constData(), size = m_series.size()] {
                watcher->deleteLater();
                if (m_series.constData() != list || m_series.size() != size)
                    return; // other series since
                const SeriesRows::KeysByColumn made = watcher->result();
                for (int column = 0; column < columnTotal; ++column) {
                    if (!hasSortKeys(column))
                        m_keys[size_t(column)] = made[size_t(column)];
                }
            });
    m_keysAhead = QtConcurrent::run(workerPool(), [series = m_series, made = m_keys] {
        return SeriesRows::allKeys(series, made);
    });
    m_keysAheadFor = m_series.constData();
    m_keysAheadWaited = false;
    watcher->setFuture(m_keysAhead);
}

// Even every series in the archive's order is worked out on a worker: two fresh vectors of
// 300,000 rows fault their pages in for 15 ms and more.
bool SeriesTableModel::computesAtOnce() const {
    return m_series.size() <= m_inlineLimit;
}

SeriesRows::Request SeriesTableModel::request() const {
    return {m_series, m_filter, m_search, m_sortColumn, m_sortOrder, m_keys};
}

void SeriesTableModel::setFilter(const ArchiveFilter &filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    update(true);
}

void SeriesTableModel::setSearchText(const QString &text) {
    const SearchText search(text);
    if (search == m_search)
        return;
    m_search = search;
    update(true);
}

// A column below 0 restores the archive's order, as QTableView::sortByColumn(-1) asks.
void SeriesTableModel::sort(int column, Qt::SortOrder order) {
    if (column >= columnTotal)
        return;
    m_sortColumn = std::max(column, -1);
    m_sortOrder = order;
    update(false);
}

// Works out the rows for the latest filter, search and sort: at once for a small collection,
// otherwise on a worker, dropping the pass under way. `reset`: the set of rows may change (not only
// their order).
void SeriesTableModel::update(bool reset) {
    m_resetPending = m_resetPending || reset;
    ++m_generation;
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    SeriesRows::Request request = this->request();
    if (computesAtOnce()) {
        SeriesRows::Result result = SeriesRows::compute(request);
        m_keys = result.keys;
        m_updating = false;
        apply(std::move(result.rows), std::move(result.rowOfSeries),
              std::exchange(m_resetPending, false));
        return;
    }
    m_updating = true;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    // A watcher, not a continuation: its result always comes through the event loop, never
    // inside this call.
    auto *watcher = new QFutureWatcher<SeriesRows::Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation = m_generation] {
                watcher->deleteLater();
                SeriesRows::Result result = watcher->future().takeResult();
                if (generation != m_generation || result.cancelled)
                    return;
                m_cancel.reset();
                m_keys = result.keys;
                m_updating = false;
                apply(std::move(result.rows), std::move(result.rowOfSeries),
                      std::exchange(m_resetPending, false));
            });
    // A sort whose keys are still being made ahead waits for them rather than making them twice
    // (the two passes would share the same two cores).
    // A future takes one continuation (a second would replace the first): only the first such
    // sort waits; later ones make their keys as before.
    const bool keysComing = m_sortColumn >= 0 && !m_keysAheadWaited && m_keysAhead.isRunning() &&
                            m_keysAheadFor == m_series.constData() &&
                            (!hasSortKeys(m_sortColumn) || !hasSortKeys(int(Column::Patient)));
    if (keysComing) {
        m_keysAheadWaited = true;
        watcher->setFuture(m_keysAhead.then(
            workerPool(), [request = std::move(request), cancel](SeriesRows::KeysByColumn made) {
                SeriesRows::Request withKeys = request;
                for (size_t column = 0; column < made.size(); ++column) {
                    if (!withKeys.keys[column])
                        withKeys.keys[column] = made[column];
                }
                return SeriesRows::compute(withKeys, cancel.get());
            }));
        return;
    }
    watcher->setFuture(QtConcurrent::run(workerPool(), [request = std::move(request), cancel] {
        return SeriesRows::compute(request, cancel.get());
    }));
}

// One reset for a new set of rows; a layout change, with every persistent index (the
// selection, the current row) following its series, for a new order of the same rows.
void SeriesTableModel::apply(std::vector<int> rows, std::vector<int> rowOfSeries, bool reset) {
    if (reset) {
        beginResetModel();
        m_rows = std::move(rows);
        m_rowOfSeries = std::move(rowOfSeries);
        endResetModel();
        Q_EMIT rowsUpdated();
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        const int row = rowOfSeries[size_t(m_rows[size_t(index.row())])];
        after.append(row < 0 ? QModelIndex() : createIndex(row, index.column()));
    }
    m_rows = std::move(rows);
    m_rowOfSeries = std::move(rowOfSeries);
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    Q_EMIT rowsUpdated();
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
