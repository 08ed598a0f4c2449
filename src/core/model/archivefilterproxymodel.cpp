#include "archivefilterproxymodel.h"

#include "archivetreemodel.h"

namespace nbia {

ArchiveFilterProxyModel::ArchiveFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setRecursiveFilteringEnabled(true); // a match keeps its ancestors visible
    setSortRole(ArchiveTreeModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

ArchiveFilterProxyModel::~ArchiveFilterProxyModel() = default;

void ArchiveFilterProxyModel::setFilter(const ArchiveFilter &filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

void ArchiveFilterProxyModel::setSearchText(const QString &text) {
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateRowsFilter();
}

bool ArchiveFilterProxyModel::matchesSearch(const ArchiveTreeNode &node) const {
    auto has = [this](const QString &text) {
        return text.contains(m_search, Qt::CaseInsensitive);
    };
    if (const auto *name = std::get_if<QString>(&node.record))
        return has(*name);
    if (const auto *patient = std::get_if<Patient>(&node.record))
        return has(patient->patientId) || has(patient->patientName);
    if (const auto *study = std::get_if<Study>(&node.record))
        return has(study->studyInstanceUid) || has(study->studyDescription) || has(study->studyId);
    if (const auto *series = std::get_if<Series>(&node.record))
        return has(series->seriesInstanceUid) || has(series->seriesDescription) ||
               has(series->protocolName) || has(series->patientId);
    return false;
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
    // Rows above the series stay (their series may not be loaded yet) unless a search is on.
    return m_search.isEmpty() || matchesSearch(*node) || ancestorMatchesSearch(*node);
}

} // namespace nbia
