#pragma once

#include "archivetreecolumns.h"

#include <QStringList>

#include <array>
#include <memory>
#include <vector>

namespace nbia {

// The sort keys of a collection's patients for every column, made on a worker ahead of any click
// on a column, so that the tree sorts tens of thousands of patients without reading a row on the
// GUI thread. They are the keys ArchiveTreeSortKeys would make from the rows' sort values.
class ArchiveTreeChildKeys final {
public:
    // `patients` in row order; `groups`: the collection's series, for the totals (may be null).
    ArchiveTreeChildKeys(const QList<Patient> &patients,
                         std::shared_ptr<const SeriesGroups> groups);

    // The same patients with other totals (the collection's series listed).
    [[nodiscard]] std::shared_ptr<const ArchiveTreeChildKeys>
    withGroups(std::shared_ptr<const SeriesGroups> groups) const;

    // One key per row.
    [[nodiscard]] const std::vector<qint64> &column(int column) const {
        return m_keys.at(size_t(column));
    }
    [[nodiscard]] size_t size() const { return size_t(m_ids.size()); }
    [[nodiscard]] const SeriesGroups *groups() const { return m_groups.get(); }

private:
    ArchiveTreeChildKeys() = default;
    void make();

    // What the columns read of a patient (the records themselves stay in the tree's rows).
    QStringList m_ids;
    QStringList m_names;
    std::shared_ptr<const SeriesGroups> m_groups;
    std::array<std::vector<qint64>, ArchiveTreeColumns::total> m_keys;
};

} // namespace nbia
