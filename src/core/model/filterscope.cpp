#include "filterscope.h"

#include "archivetreenode.h"

#include <algorithm>

namespace nbia {

FilterScope::FilterScope(ArchiveFilter filter)
    : m_filter(std::move(filter)) {}

void FilterScope::add(const QString &collection, std::shared_ptr<const SeriesGroups> series) {
    m_collections.insert(collection, std::move(series));
}

bool FilterScope::covers(const QString &collection) const {
    return m_collections.contains(collection);
}

qsizetype FilterScope::seriesCount() const {
    qsizetype count = 0;
    for (const auto &groups : m_collections)
        count += groups->series().size();
    return count;
}

FilterScope FilterScope::prepared() const {
    FilterScope scope = *this;
    scope.m_holding.clear();
    for (auto it = m_collections.cbegin(); it != m_collections.cend(); ++it) {
        auto holding = std::make_shared<Holding>();
        for (const Series &s : (*it)->series()) {
            if (m_filter.accepts(s)) {
                holding->patients.insert(s.patientId);
                holding->studies.insert(s.studyInstanceUid);
            }
        }
        scope.m_holding.insert(it.key(), std::move(holding));
    }
    return scope;
}

bool FilterScope::mayHoldAccepted(const ArchiveTreeNode &node) const {
    if (m_collections.isEmpty() ||
        (node.kind != ArchiveTreeNode::Kind::Patient && node.kind != ArchiveTreeNode::Kind::Study))
        return true;
    if (const auto holding = m_holding.constFind(node.collectionName());
        holding != m_holding.constEnd()) {
        if (const auto *patient = std::get_if<Patient>(&node.record))
            return (*holding)->patients.contains(patient->patientId);
        if (const auto *study = std::get_if<Study>(&node.record))
            return (*holding)->studies.contains(study->studyInstanceUid);
        return true;
    }
    const auto found = m_collections.constFind(node.collectionName());
    if (found == m_collections.constEnd())
        return true;
    const SeriesGroups &groups = **found;
    const std::vector<int> *positions = nullptr;
    if (const auto *patient = std::get_if<Patient>(&node.record))
        positions = &groups.ofPatient(patient->patientId);
    else if (const auto *study = std::get_if<Study>(&node.record))
        positions = &groups.ofStudy(study->studyInstanceUid);
    if (!positions)
        return true;
    return std::any_of(positions->cbegin(), positions->cend(),
                       [&](int i) { return m_filter.accepts(groups.series().at(i)); });
}

} // namespace nbia
