#include "archivefilterproxymodel.h"

#include <text/naturalorder.h>

#include "archivetreemodel.h"

namespace nbia {

ArchiveFilterProxyModel::ArchiveFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_keys(ArchiveTreeModel::SortRole) {
    setRecursiveFilteringEnabled(true);      // a match keeps its ancestors visible
    setSortRole(ArchiveTreeModel::SortRole); // the keys read it too
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

ArchiveFilterProxyModel::~ArchiveFilterProxyModel() = default;

// Connected before the base class connects its own: the keys are dropped before it re-sorts
// the rows that changed.
void ArchiveFilterProxyModel::setSourceModel(QAbstractItemModel *model) {
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    const auto *tree = qobject_cast<const ArchiveTreeModel *>(model);
    m_keys.setModel(
        model, tree ? ArchiveTreeSortKeys::Ahead([tree](const QModelIndex &parent, int column) {
            return tree->childSortKeys(parent, column);
        })
                    : ArchiveTreeSortKeys::Ahead());
    if (model) {
        const auto dropUnder = [this](const QModelIndex &parent) {
            m_keys.clearUnder(parent);
        };
        const auto dropAll = [this] {
            m_keys.clear();
        };
        connect(model, &QAbstractItemModel::rowsInserted, this, dropUnder);
        connect(model, &QAbstractItemModel::rowsRemoved, this, dropUnder);
        connect(model, &QAbstractItemModel::rowsMoved, this, dropAll);
        connect(model, &QAbstractItemModel::modelReset, this, dropAll);
        connect(model, &QAbstractItemModel::layoutChanged, this, dropAll);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    if (topLeft.column() <= m_keys.column() &&
                        m_keys.column() <= bottomRight.column())
                        m_keys.clearUnder(topLeft.parent());
                });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

bool ArchiveFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    bool known = false;
    const bool less = m_keys.less(left, right, &known);
    if (known)
        return less;
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return NaturalOrder::less(a.toString(), b.toString());
    return QSortFilterProxyModel::lessThan(left, right);
}

void ArchiveFilterProxyModel::setFilter(const ArchiveFilter &filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

void ArchiveFilterProxyModel::setFilter(const ArchiveFilter &filter, const FilterScope &scope) {
    if (filter == m_filter && scope == m_scope)
        return;
    m_filter = filter;
    m_scope = scope;
    invalidateRowsFilter();
}

void ArchiveFilterProxyModel::setScope(const FilterScope &scope) {
    if (scope == m_scope)
        return;
    m_scope = scope;
    invalidateRowsFilter();
}

void ArchiveFilterProxyModel::setSearchText(const QString &text) {
    const SearchText search(text);
    if (search == m_search)
        return;
    m_search = search;
    invalidateRowsFilter();
}

bool ArchiveFilterProxyModel::matchesSearch(const ArchiveTreeNode &node) const {
    return std::visit(
        [this](const auto &record) {
            if constexpr (std::is_same_v<std::decay_t<decltype(record)>, std::monostate>)
                return false;
            else
                return m_search.matches(record);
        },
        node.record);
}

bool ArchiveFilterProxyModel::ancestorMatchesSearch(const ArchiveTreeNode &node) const {
    for (const ArchiveTreeNode *up = node.parent; up; up = up->parent) {
        if (matchesSearch(*up))
            return true;
    }
    return false;
}

bool ArchiveFilterProxyModel::filterAcceptsRow(int sourceRow,
                                               const QModelIndex &sourceParent) const {
    const auto *tree = qobject_cast<const ArchiveTreeModel *>(sourceModel());
    if (!tree)
        return true;
    const ArchiveTreeNode *node = tree->node(tree->index(sourceRow, 0, sourceParent));
    if (!node)
        return false;
    if (const auto *series = std::get_if<Series>(&node->record)) {
        if (!m_filter.accepts(*series))
            return false;
        return m_search.isEmpty() || matchesSearch(*node) || ancestorMatchesSearch(*node);
    }
    // Rows above the series stay (their series may not be loaded yet) unless they are known to
    // hold none that the filter accepts, or a search is on.
    if (!m_scope.mayHoldAccepted(*node))
        return false;
    return m_search.isEmpty() || matchesSearch(*node) || ancestorMatchesSearch(*node);
}

} // namespace nbia
