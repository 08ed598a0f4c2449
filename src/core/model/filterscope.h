#pragma once

#include "archivefilter.h"
#include "seriesgroups.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <memory>

namespace nbia {

struct ArchiveTreeNode;

// Which patient and study rows hold a series a filter accepts, in the collections whose series
// are known (the catalog's): the tree hides the others before their series are loaded. In a
// collection it knows nothing of, every patient and study may hold one, and stays. Setting it
// costs nothing; each row asked about costs a look at its own series only, or a lookup once
// prepared.
class FilterScope final {
public:
    FilterScope() = default;
    explicit FilterScope(ArchiveFilter filter);

    void add(const QString &collection, std::shared_ptr<const SeriesGroups> series);

    [[nodiscard]] bool covers(const QString &collection) const;
    // How many series prepared() looks at.
    [[nodiscard]] qsizetype seriesCount() const;
    // The same scope with the answer for every patient and study worked out in one pass over
    // the series (a worker's job at 300,000 series), so that each row asked about costs a
    // lookup.
    [[nodiscard]] FilterScope prepared() const;
    // False for a patient or study row that holds no accepted series; true for the rest.
    [[nodiscard]] bool mayHoldAccepted(const ArchiveTreeNode &node) const;

    friend bool operator==(const FilterScope &, const FilterScope &) = default;

private:
    struct Holding {
        QSet<QString> patients;
        QSet<QString> studies;
    };

    ArchiveFilter m_filter;
    QHash<QString, std::shared_ptr<const SeriesGroups>> m_collections;
    QHash<QString, std::shared_ptr<const Holding>> m_holding; // when prepared, per collection
};

} // namespace nbia
