#pragma once

#include <api/series.h>

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace nbia {

// A collection's series grouped by patient and by study, so that the series of one tree row are
// found without a pass over all of them. Made once per collection (one pass), then shared.
class SeriesGroups final {
public:
    explicit SeriesGroups(QList<Series> series);

    [[nodiscard]] const QList<Series> &series() const { return m_series; }
    // Positions in series(); empty for an ID the collection does not have.
    [[nodiscard]] const std::vector<int> &ofPatient(const QString &patientId) const;
    [[nodiscard]] const std::vector<int> &ofStudy(const QString &studyUid) const;

private:
    QList<Series> m_series;
    QHash<QString, std::vector<int>> m_patients;
    QHash<QString, std::vector<int>> m_studies;
};

} // namespace nbia
