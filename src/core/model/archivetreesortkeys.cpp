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

void collect(const QAbstractItemModel &model, const QModelIndex &parent, int column, int role,
             std::vector<std::pair<const void *, QVariant>> &values) {
    const int rows = model.rowCount(parent);
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = model.index(row, column, parent);
        values.emplace_back(index.internalPointer(), index.data(role));
        const QModelIndex first = model.index(row, 0, parent);
        if (model.rowCount(first) > 0) // loaded children only: rowCount never fetches
            collect(model, first, column, role, values);
    }
}

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

void ArchiveTreeSortKeys::build(const QAbstractItemModel &model, int column, int role) {
    std::vector<std::pair<const void *, QVariant>> values;
    collect(model, {}, column, role, values);
    std::vector<QString> texts;
    for (const auto &[row, value] : values) {
        if (value.typeId() == QMetaType::QString)
            texts.push_back(value.toString());
    }
    std::sort(texts.begin(), texts.end(),
              [](const QString &a, const QString &b) { return NaturalOrder::less(a, b); });
    QHash<QString, qint64> rankOf;
    rankOf.reserve(qsizetype(texts.size()));
    qint64 rank = 0;
    for (size_t i = 0; i < texts.size(); ++i) {
        if (i > 0 && NaturalOrder::compare(texts[i - 1], texts[i]) != 0)
            ++rank;
        rankOf.insert(texts[i], rank);
    }
    m_keys.clear();
    m_keys.reserve(qsizetype(values.size()));
    for (const auto &[row, value] : values) {
        qint64 key = missing;
        if (value.typeId() == QMetaType::QString)
            key = rankOf.value(value.toString());
        else if (value.isValid())
            key = numberOf(value);
        m_keys.insert(row, key);
    }
    m_column = column;
}

void ArchiveTreeSortKeys::clear() {
    m_column = -1;
    m_keys.clear();
}

bool ArchiveTreeSortKeys::less(const QModelIndex &left, const QModelIndex &right,
                               bool *known) const {
    const auto a = m_keys.constFind(left.internalPointer());
    const auto b = m_keys.constFind(right.internalPointer());
    *known = a != m_keys.constEnd() && b != m_keys.constEnd();
    return *known && *a < *b;
}

} // namespace nbia
