#include "seriescartmodel.h"

#include "cartfile.h"
#include "cartmanifest.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace nbia {

using Column = SeriesCartModel::Column;
using Status = CartItem::Status;

SeriesCartModel::SeriesCartModel(QObject *parent)
    : QAbstractTableModel(parent) {}

SeriesCartModel::~SeriesCartModel() = default;

int SeriesCartModel::add(const QList<Series> &series) {
    QList<CartItem> items;
    items.reserve(series.size());
    for (const Series &s : series)
        items.append(CartItem::fromSeries(s));
    return addItems(items);
}

int SeriesCartModel::addUids(const QStringList &seriesUids) {
    QList<CartItem> items;
    items.reserve(seriesUids.size());
    for (const QString &uid : seriesUids)
        items.append(CartItem::fromUid(uid.trimmed()));
    return addItems(items);
}

int SeriesCartModel::addItems(const QList<CartItem> &items) {
    QList<CartItem> added;
    QHash<QString, qsizetype> addedAt;
    int firstChanged = -1;
    int lastChanged = -1;
    for (const CartItem &item : items) {
        const QString &uid = item.seriesInstanceUid;
        if (uid.isEmpty())
            continue;
        if (const int row = rowOf(uid); row >= 0) {
            CartItem &known = m_items[row];
            if (known.isResolved() || !item.isResolved())
                continue;
            count(m_totals, known, -1);
            known = item;
            count(m_totals, known, +1);
            firstChanged = firstChanged < 0 ? row : std::min(firstChanged, row);
            lastChanged = std::max(lastChanged, row);
        } else if (const auto at = addedAt.constFind(uid); at != addedAt.constEnd()) {
            if (!added.at(*at).isResolved() && item.isResolved())
                added[*at] = item;
        } else {
            addedAt.insert(uid, added.size());
            added.append(item);
        }
    }
    if (firstChanged >= 0)
        emitRowsChanged(firstChanged, lastChanged, Column::Collection, Column::Size);
    if (!added.isEmpty()) {
        const int first = int(m_items.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const CartItem &item : std::as_const(added)) {
            m_rows.insert(item.seriesInstanceUid, int(m_items.size()));
            m_onDisk.append(checkOnDisk(item.seriesInstanceUid));
            m_items.append(item);
            count(m_totals, item, +1);
        }
        endInsertRows();
    }
    if (firstChanged >= 0 || !added.isEmpty())
        Q_EMIT changed();
    return int(added.size());
}

void SeriesCartModel::remove(const QList<int> &rows) {
    QList<int> sorted;
    for (const int row : rows) {
        if (row >= 0 && row < m_items.size())
            sorted.append(row);
    }
    if (sorted.isEmpty())
        return;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    // Contiguous runs from the bottom up, so that the rows above keep their numbers.
    for (qsizetype i = 0; i < sorted.size();) {
        const int last = sorted.at(i);
        int first = last;
        while (++i < sorted.size() && sorted.at(i) == first - 1)
            first = sorted.at(i);
        beginRemoveRows({}, first, last);
        m_items.remove(first, last - first + 1);
        m_onDisk.remove(first, last - first + 1);
        endRemoveRows();
    }
    reindex();
    recount();
    Q_EMIT changed();
}

void SeriesCartModel::clear() {
    if (m_items.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_items.size()) - 1);
    m_items.clear();
    m_onDisk.clear();
    m_rows.clear();
    m_totals = {};
    endRemoveRows();
    Q_EMIT changed();
}

QStringList SeriesCartModel::uids() const {
    QStringList uids;
    uids.reserve(m_items.size());
    for (const CartItem &item : m_items)
        uids.append(item.seriesInstanceUid);
    return uids;
}

QList<Series> SeriesCartModel::seriesRecords() const {
    QList<Series> records;
    records.reserve(m_items.size());
    for (const CartItem &item : m_items)
        records.append(item.toSeries());
    return records;
}

QList<Series> SeriesCartModel::seriesRecords(const QList<int> &rows) const {
    QList<Series> records;
    records.reserve(rows.size());
    for (const int row : rows) {
        if (row >= 0 && row < m_items.size())
            records.append(m_items.at(row).toSeries());
    }
    return records;
}

void SeriesCartModel::applyDetails(const QList<SeriesMetadata> &details) {
    int first = -1;
    int last = -1;
    for (const SeriesMetadata &metadata : details) {
        const int row = rowOf(metadata.seriesInstanceUid);
        if (row < 0)
            continue; // removed while the answer was on its way
        CartItem &item = m_items[row];
        count(m_totals, item, -1);
        item.fill(metadata);
        count(m_totals, item, +1);
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    }
    if (first < 0)
        return;
    emitRowsChanged(first, last, Column::Collection, Column::Size);
    Q_EMIT changed();
}

void SeriesCartModel::markNotFound(const QStringList &seriesUids) {
    int first = -1;
    int last = -1;
    for (const QString &uid : seriesUids) {
        const int row = rowOf(uid);
        if (row < 0 || m_items.at(row).status != Status::Unresolved)
            continue;
        CartItem &item = m_items[row];
        count(m_totals, item, -1);
        item.status = Status::NotFound;
        count(m_totals, item, +1);
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    }
    if (first < 0)
        return;
    emitRowsChanged(first, last, Column::Collection, Column::Size);
    Q_EMIT changed();
}

void SeriesCartModel::resetNotFound() {
    QStringList notFound;
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).status != Status::NotFound)
            continue;
        m_items[row].status = Status::Unresolved;
        first = first < 0 ? row : first;
        last = row;
    }
    if (first < 0)
        return;
    recount();
    emitRowsChanged(first, last, Column::Collection, Column::Size);
    Q_EMIT changed();
}

void SeriesCartModel::setOnDiskCheck(std::function<bool(const QString &)> check) {
    m_onDiskCheck = std::move(check);
    for (int row = 0; row < m_items.size(); ++row)
        m_onDisk[row] = checkOnDisk(m_items.at(row).seriesInstanceUid);
    if (!m_items.isEmpty())
        emitRowsChanged(0, int(m_items.size()) - 1, Column::OnDisk, Column::OnDisk);
}

void SeriesCartModel::refreshOnDisk() {
    int first = -1;
    int last = -1;
    for (int row = 0; row < m_items.size(); ++row) {
        const bool onDisk = checkOnDisk(m_items.at(row).seriesInstanceUid);
        if (onDisk == m_onDisk.at(row))
            continue;
        m_onDisk[row] = onDisk;
        first = first < 0 ? row : first;
        last = row;
    }
    if (first >= 0)
        emitRowsChanged(first, last, Column::OnDisk, Column::OnDisk);
}

bool SeriesCartModel::checkOnDisk(const QString &seriesUid) const {
    return m_onDiskCheck && m_onDiskCheck(seriesUid);
}

bool SeriesCartModel::save(const QString &path, QString *error) const {
    return CartFile::write(path, m_items, error);
}

bool SeriesCartModel::load(const QString &path, QString *error) {
    CartFile::Contents contents = CartFile::read(path);
    if (!contents.ok()) {
        clear();
        const QString why = CartFile::describe(contents.problem, contents.detail);
        const QString aside = CartFile::moveAside(path);
        if (error) {
            *error = aside.isEmpty()
                         ? tr("The cart in %1 cannot be restored: %2. The cart starts empty.")
                               .arg(QDir::toNativeSeparators(path), why)
                         : tr("The cart in %1 cannot be restored: %2. It was kept as %3; the "
                              "cart starts empty.")
                               .arg(QDir::toNativeSeparators(path), why,
                                    QDir::toNativeSeparators(aside));
        }
        return false;
    }
    beginResetModel();
    m_items.clear();
    m_items.reserve(contents.items.size());
    QSet<QString> seen;
    for (CartItem &item : contents.items) {
        if (!seen.contains(item.seriesInstanceUid)) {
            seen.insert(item.seriesInstanceUid);
            m_items.append(std::move(item));
        }
    }
    m_onDisk.clear();
    m_onDisk.reserve(m_items.size());
    for (const CartItem &item : std::as_const(m_items))
        m_onDisk.append(checkOnDisk(item.seriesInstanceUid));
    reindex();
    recount();
    endResetModel();
    Q_EMIT changed();
    return true;
}

int SeriesCartModel::importManifest(const QString &path, QString *error) {
    const CartManifest::Contents contents = CartManifest::read(path);
    if (!contents.ok()) {
        if (error)
            *error = CartManifest::describe(contents, path);
        return -1;
    }
    return addUids(contents.uids);
}

bool SeriesCartModel::exportManifest(const QString &path, const QUrl &serviceRoot,
                                     QString *error) const {
    return CartManifest::write(path, uids(), serviceRoot, QDateTime::currentDateTime(), error);
}

void SeriesCartModel::reindex() {
    m_rows.clear();
    m_rows.reserve(m_items.size());
    for (int row = 0; row < m_items.size(); ++row)
        m_rows.insert(m_items.at(row).seriesInstanceUid, row);
}

void SeriesCartModel::recount() {
    m_totals = {};
    for (const CartItem &item : std::as_const(m_items))
        count(m_totals, item, +1);
}

void SeriesCartModel::count(CartTotals &totals, const CartItem &item, int sign) {
    totals.series += sign;
    totals.images += sign * item.imageCount.value_or(0);
    totals.bytes += sign * item.bytes.value_or(0);
    totals.unknownSize += item.bytes ? 0 : sign;
    totals.unresolved += item.status == Status::Unresolved ? sign : 0;
    totals.notFound += item.status == Status::NotFound ? sign : 0;
}

void SeriesCartModel::emitRowsChanged(int first, int last, Column from, Column to) {
    Q_EMIT dataChanged(index(first, int(from)), index(last, int(to)));
}

int SeriesCartModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

int SeriesCartModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : columnTotal;
}

QVariant SeriesCartModel::display(const CartItem &item, int row, Column column) const {
    switch (column) {
    case Column::Collection:
        switch (item.status) {
        case Status::Resolved:
            return item.collection;
        case Status::Unresolved:
            return tr("Not known yet");
        case Status::NotFound:
            return tr("Not found on this archive");
        }
        return {};
    case Column::Patient:
        return item.patientId;
    case Column::Modality:
        return item.modality;
    case Column::Description:
        // A series without details is known by its UID.
        return item.isResolved() ? item.seriesDescription : item.seriesInstanceUid;
    case Column::Images:
        return item.imageCount ? QVariant(*item.imageCount) : QVariant();
    case Column::Size:
        return item.bytes ? QVariant(QLocale().formattedDataSize(*item.bytes, 1,
                                                                 QLocale::DataSizeSIFormat))
                          : QVariant();
    case Column::OnDisk:
        if (!m_onDiskCheck)
            return {};
        return m_onDisk.at(row) ? tr("Yes") : QString();
    }
    return {};
}

QVariant SeriesCartModel::sortValue(const CartItem &item, int row, Column column) const {
    switch (column) {
    case Column::Images:
        return item.imageCount.value_or(-1);
    case Column::Size:
        return item.bytes.value_or(-1);
    case Column::OnDisk:
        return m_onDisk.at(row) ? 1 : 0;
    default:
        return display(item, row, column).toString();
    }
}

QVariant SeriesCartModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const CartItem &item = m_items.at(row);
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(item, row, column);
    case SortRole:
        return sortValue(item, row, column);
    case Qt::ToolTipRole:
        return item.status == Status::NotFound
                   ? tr("The archive does not know series %1").arg(item.seriesInstanceUid)
                   : tr("Series %1").arg(item.seriesInstanceUid);
    case Qt::TextAlignmentRole:
        return column == Column::Images || column == Column::Size
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case UidRole:
        return item.seriesInstanceUid;
    case StatusRole:
        return int(item.status);
    case OnDiskRole:
        return bool(m_onDisk.at(row));
    default:
        return {};
    }
}

QVariant SeriesCartModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= columnTotal)
        return {};
    switch (Column(section)) {
    case Column::Collection:
        return tr("Collection");
    case Column::Patient:
        return tr("Patient");
    case Column::Modality:
        return tr("Modality");
    case Column::Description:
        return tr("Series description");
    case Column::Images:
        return tr("Images");
    case Column::Size:
        return tr("Size");
    case Column::OnDisk:
        return tr("On disk");
    }
    return {};
}

} // namespace nbia
