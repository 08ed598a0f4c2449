#pragma once

#include <model/archivetreemodel.h>

#include <QAbstractItemModel>
#include <QTest>
#include <QTreeView>

// Walking the window's archive tree in tests: down to a series, to the one beside it, selecting.
namespace nbia::treerows {

// Expands down to the first series under the `patientRow`-th patient of the first
// collection; invalid when it does not get there.
inline QModelIndex seriesRow(QTreeView *view, int patientRow = 0) {
    QModelIndex index = view->model()->index(0, 0);
    for (const int row : {patientRow, 0, 0}) {
        view->expand(index);
        if (!QTest::qWaitFor([&] { return view->model()->rowCount(index) > row; }, 15000))
            return {};
        index = view->model()->index(row, 0, index);
    }
    return index;
}

// A series beside `series`: in its study, else in the patient's next study, else under
// the next patient.
inline QModelIndex anotherSeries(QTreeView *view, const QModelIndex &series) {
    if (series.siblingAtRow(1).isValid())
        return series.siblingAtRow(1);
    for (QModelIndex up = series.parent(); up.isValid(); up = up.parent()) {
        const QModelIndex next = up.siblingAtRow(1);
        if (!next.isValid())
            continue;
        QModelIndex index = next;
        while (index.data(ArchiveTreeModel::KindRole).toInt() !=
               int(ArchiveTreeNode::Kind::Series)) {
            view->expand(index);
            if (!QTest::qWaitFor([&] { return view->model()->rowCount(index) > 0; }, 15000))
                return {};
            index = view->model()->index(0, 0, index);
        }
        return index;
    }
    return {};
}

inline void select(QTreeView *view, const QModelIndex &index) {
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
}

} // namespace nbia::treerows
