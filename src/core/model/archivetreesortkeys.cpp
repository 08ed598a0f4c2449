#include "archivetreesortkeys.h"

#include <text/naturalorder.h>

#include <QAbstractItemModel>
#include <QDateTime>

#include <algorithm>
#include <limits>
#include <vector>

namespace nbia {

namespace {
constexpr qint64 missing = std::numeric_limits<qint64>::min(); // sorts first

qint64 numberOf(const QVariant &value) {
    switch (value.typeId()) {
    case QMetaType::QDate:
        return value.toDate().toJulianDay();
    case QMetaType::QDateTime:
        return value.toDateTime().toMSecsSinceEpoch();
    case QMetaType::Double:
    case QMetaType::Float:
        return qint64(value.toDouble() * 1000.0);
    default:
        return value.toLongLong();
    }
}
} // namespace

ArchiveTreeSortKeys::ArchiveTreeSortKeys(int role)
    : m_role(role) {}

void ArchiveTreeSortKeys::setModel(const QAbstractItemModel *model, Ahead ahead) {
    m_model = model;
    m_ahead = std::move(ahead);
    clear();
}

void ArchiveTreeSortKeys::clear() {
    m_column = -1;
    m_keys.clear();
    m_last = nullptr;
}

void ArchiveTreeSortKeys::clearUnder(const QModelIndex &parent) {
    m_keys.remove(parent.internalPointer());
    m_last = nullptr;
}

bool ArchiveTreeSortKeys::less(const QModelIndex &left, const QModelIndex &right, bool *known) {
    if (left.column() != m_column) {
        m_keys.clear();
        m_last = nullptr;
        m_column = left.column();
    }
    // A sort compares siblings only: while both rows are among the siblings compared last,
    // their parent (a read of each row's node, scattered in memory) is not needed.
    if (m_last && m_last->holds(left) && m_last->holds(right)) {
        *known = true;
        return m_last->keys[size_t(left.row())] < m_last->keys[size_t(right.row())];
    }
    const Keys &keys = keysUnder(left.parent(), left.column());
    m_last = &keys;
    *known = keys.holds(left) && keys.holds(right);
    return *known && keys.keys[size_t(left.row())] < keys.keys[size_t(right.row())];
}

const ArchiveTreeSortKeys::Keys &ArchiveTreeSortKeys::keysUnder(const QModelIndex &parent,
                                                                int column) {
    const auto found = m_keys.constFind(parent.internalPointer());
    if (found != m_keys.constEnd())
        return *found;
    const QAbstractItemModel *model = m_model;
    Keys &keys = m_keys[parent.internalPointer()];
    if (!model)
        return keys;
    const int rows = model->rowCount(parent);
    keys.rows.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row)
        keys.rows.push_back(model->index(row, column, parent).internalPointer());
    const std::vector<qint64> *ahead = m_ahead ? m_ahead(parent, column) : nullptr;
    if (ahead && ahead->size() == size_t(rows)) {
        keys.keys = *ahead;
        return keys;
    }
    std::vector<QVariant> values;
    values.reserve(size_t(rows));
    for (int row = 0; row < rows; ++row)
        values.push_back(model->index(row, column, parent).data(m_role));
    keys.keys = keysOf(values);
    return keys;
}

std::vector<qint64> ArchiveTreeSortKeys::keysOf(const std::vector<QVariant> &values) {
    std::vector<QString> texts;
    for (const QVariant &value : values) {
        if (value.typeId() == QMetaType::QString)
            texts.push_back(value.toString());
    }
    std::sort(texts.begin(), texts.end(),
              [](const QString &a, const QString &b) { return NaturalOrder::less(a, b); });
    QHash<QString, qint64> rankOf;
    qint64 rank = 0;
    for (size_t i = 0; i < texts.size(); ++i) {
        if (i > 0 && NaturalOrder::compare(texts[i - 1], texts[i]) != 0)
            ++rank;
        rankOf.insert(texts[i], rank);
    }
    std::vector<qint64> keys;
    keys.reserve(values.size());
    for (const QVariant &value : values) {
        qint64 key = missing;
        if (value.typeId() == QMetaType::QString)
            key = rankOf.value(value.toString());
        else if (value.isValid())
            key = numberOf(value);
        keys.push_back(key);
    }
    return keys;
}

} // namespace nbia
