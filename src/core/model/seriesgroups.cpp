#include "seriesgroups.h"

namespace nbia {

namespace {
const std::vector<int> &positions(const QHash<QString, std::vector<int>> &groups,
                                  const QString &key) {
    static const std::vector<int> none;
    const auto found = groups.constFind(key);
    return found == groups.constEnd() ? none : *found;
}
} // namespace

SeriesGroups::SeriesGroups(QList<Series> series)
    : m_series(std::move(series)) {
    for (int i = 0; i < int(m_series.size()); ++i) {
        m_patients[m_series.at(i).patientId].push_back(i);
        m_studies[m_series.at(i).studyInstanceUid].push_back(i);
        m_totals.add(m_series.at(i));
        m_patientTotals[m_series.at(i).patientId].add(m_series.at(i));
        m_studyTotals[m_series.at(i).studyInstanceUid].add(m_series.at(i));
    }
}

void SeriesGroups::Totals::add(const Series &s) {
    ++series;
    images += s.imageCount.value_or(0);
    bytes += s.fileSize.value_or(0);
    unknownSizes += s.fileSize ? 0 : 1;
}

SeriesGroups::Totals SeriesGroups::totalsOfPatient(const QString &patientId) const {
    return m_patientTotals.value(patientId);
}

SeriesGroups::Totals SeriesGroups::totalsOfStudy(const QString &studyUid) const {
    return m_studyTotals.value(studyUid);
}

const std::vector<int> &SeriesGroups::ofPatient(const QString &patientId) const {
    return positions(m_patients, patientId);
}

const std::vector<int> &SeriesGroups::ofStudy(const QString &studyUid) const {
    return positions(m_studies, studyUid);
}

} // namespace nbia
