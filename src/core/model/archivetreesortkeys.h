#pragma once

#include <QHash>

class QAbstractItemModel;
class QModelIndex;

namespace nbia {

// One number per loaded row of a tree model for one column, that sorts the rows the way the
// proxy's lessThan does: numbers and dates by value, text by its rank in natural order among the
// column's values. Made once per sort (a walk of the loaded rows, one data() each), so that
// sorting tens of thousands of patients compares integers, not variants and strings.
class ArchiveTreeSortKeys final {
public:
    // The keys of every loaded row for `column`, read with `role`.
    void build(const QAbstractItemModel &model, int column, int role);
    void clear();
    [[nodiscard]] bool isBuiltFor(int column) const { return m_column == column && m_column >= 0; }
    // Whether both rows have keys, and if so whether `left` sorts before `right`.
    [[nodiscard]] bool less(const QModelIndex &left, const QModelIndex &right, bool *known) const;

private:
    int m_column = -1;
    QHash<const void *, qint64> m_keys; // by the row's internal pointer
};

} // namespace nbia
