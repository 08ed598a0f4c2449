#pragma once

#include <QHash>
#include <QModelIndex>
#include <QVariant>

#include <functional>
#include <vector>

class QAbstractItemModel;

namespace nbia {

// One number per row of a tree model for the sort column, that sorts siblings the way the
// proxy's lessThan does: numbers and dates by value, text by its rank in natural order among
// the siblings' values. Made once per set of siblings and column (a pass over them, one data()
// each), or taken from the model when it made them ahead, so that sorting tens of thousands of
// patients compares integers, not variants and strings.
class ArchiveTreeSortKeys final {
public:
    // Keys the model made ahead for the children of `parent` and a column, one per row; null
    // when it has none.
    using Ahead = std::function<const std::vector<qint64> *(const QModelIndex &parent, int column)>;

    // `role`: the value to sort by.
    explicit ArchiveTreeSortKeys(int role);

    // The keys of siblings' sort values, in their order.
    [[nodiscard]] static std::vector<qint64> keysOf(const std::vector<QVariant> &values);

    // Whether both rows (siblings) have keys, and if so whether `left` sorts before `right`;
    // the siblings' keys are made first if needed.
    [[nodiscard]] bool less(const QModelIndex &left, const QModelIndex &right, bool *known);
    void setRole(int role) { m_role = role; }
    // The model whose rows are sorted; forgets every key.
    void setModel(const QAbstractItemModel *model, Ahead ahead = {});
    // Forgets every key, or those of the children of `parent`.
    void clear();
    void clearUnder(const QModelIndex &parent);
    [[nodiscard]] int column() const { return m_column; }

private:
    // A set of siblings' keys by row, beside each row's internal pointer: a row whose pointer
    // matches is one of these siblings, with no hashing and no read of its node.
    struct Keys {
        std::vector<const void *> rows;
        std::vector<qint64> keys;
        [[nodiscard]] bool holds(const QModelIndex &index) const {
            const auto row = size_t(index.row());
            return row < rows.size() && rows[row] == index.internalPointer();
        }
    };
    const Keys &keysUnder(const QModelIndex &parent, int column);

    const QAbstractItemModel *m_model = nullptr;
    Ahead m_ahead;
    int m_role;
    int m_column = -1;
    QHash<const void *, Keys> m_keys; // by the parent's internal pointer (null: top level)
    const Keys *m_last = nullptr;     // the siblings compared last
};

} // namespace nbia
