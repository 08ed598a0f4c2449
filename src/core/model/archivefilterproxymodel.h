#pragma once

#include "archivefilter.h"
#include "archivetreesortkeys.h"
#include "filterscope.h"
#include "searchtext.h"

#include <QSortFilterProxyModel>

namespace nbia {

struct ArchiveTreeNode;

// Filters and sorts the archive tree: series by the panels' ArchiveFilter, patients and studies
// by the FilterScope (known to hold no accepted series), and every loaded row by the search text
// (patient ID, descriptions, UIDs), keeping the ancestors of matches visible and the descendants
// of a matching row too. Rows not loaded yet are never fetched by it.
class ArchiveFilterProxyModel final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArchiveFilterProxyModel)

public:
    explicit ArchiveFilterProxyModel(QObject *parent = nullptr);
    ~ArchiveFilterProxyModel() override;

    [[nodiscard]] const ArchiveFilter &filter() const { return m_filter; }
    void setFilter(const ArchiveFilter &filter);
    // Both at once: one pass over the rows.
    void setFilter(const ArchiveFilter &filter, const FilterScope &scope);
    [[nodiscard]] const FilterScope &scope() const { return m_scope; }
    // Set together with the filter, from the series known for it.
    void setScope(const FilterScope &scope);
    [[nodiscard]] const QString &searchText() const { return m_search.text(); }
    void setSearchText(const QString &text);
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    // Text in natural order (patient 2 before patient 10), numbers and dates by value.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    [[nodiscard]] bool matchesSearch(const ArchiveTreeNode &node) const;
    [[nodiscard]] bool ancestorMatchesSearch(const ArchiveTreeNode &node) const;

    ArchiveFilter m_filter;
    FilterScope m_scope;
    SearchText m_search;
    // For the sort column, made when a sort needs them; any change to the rows drops them.
    mutable ArchiveTreeSortKeys m_keys;
};

} // namespace nbia
