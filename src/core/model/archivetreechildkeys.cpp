#include "archivetreechildkeys.h"

#include "archivetreesortkeys.h"

namespace nbia {

ArchiveTreeChildKeys::ArchiveTreeChildKeys(const QList<Patient> &patients,
                                           std::shared_ptr<const SeriesGroups> groups)
    : m_groups(std::move(groups)) {
    m_ids.reserve(patients.size());
    m_names.reserve(patients.size());
    for (const Patient &patient : patients) {
        m_ids.append(patient.patientId);
        m_names.append(patient.patientName);
    }
    make();
}

std::shared_ptr<const ArchiveTreeChildKeys>
ArchiveTreeChildKeys::withGroups(std::shared_ptr<const SeriesGroups> groups) const {
    std::shared_ptr<ArchiveTreeChildKeys> other(new ArchiveTreeChildKeys);
    other->m_ids = m_ids;
    other->m_names = m_names;
    other->m_groups = std::move(groups);
    other->make();
    return other;
}

// Each column's values as the tree gives them for sorting, from one row made over and over.
void ArchiveTreeChildKeys::make() {
    ArchiveTreeColumns::Context context;
    context.groups = m_groups.get();
    ArchiveTreeNode row;
    row.kind = ArchiveTreeNode::Kind::Patient;
    row.record = Patient();
    auto &patient = std::get<Patient>(row.record);
    std::vector<QVariant> values(size_t(m_ids.size()));
    for (int column = 0; column < ArchiveTreeColumns::total; ++column) {
        for (qsizetype i = 0; i < m_ids.size(); ++i) {
            patient.patientId = m_ids.at(i);
            patient.patientName = m_names.at(i);
            values[size_t(i)] =
                ArchiveTreeColumns::value(row, ArchiveTreeColumns::Column(column), context, true);
        }
        m_keys.at(size_t(column)) = ArchiveTreeSortKeys::keysOf(values);
    }
}

} // namespace nbia
