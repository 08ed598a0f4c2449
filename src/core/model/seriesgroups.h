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
    // What a row holds: its series, their images and bytes (sizes the archive did not give
    // count as none; `unknownSizes` says how many).
    struct Totals {
        qint64 series = 0;
        qint64 images = 0;
        qint64 bytes = 0;
        qint64 unknownSizes = 0;
        void add(const Series &series);
    };

    explicit SeriesGroups(QList<Series> series);

    [[nodiscard]] const QList<Series> &series() const { return m_series; }
    // Positions in series(); empty for an ID the collection does not have.
    [[nodiscard]] const std::vector<int> &ofPatient(const QString &patientId) const;
    [[nodiscard]] const std::vector<int> &ofStudy(const QString &studyUid) const;
    [[nodiscard]] const Totals &totals() const { return m_totals; }
    [[nodiscard]] qint64 patientCount() const { return m_patients.size(); }
    // Zero totals for an ID the collection does not have.
    [[nodiscard]] Totals totalsOfPatient(const QString &patientId) const;
    [[nodiscard]] Totals totalsOfStudy(const QString &studyUid) const;

private:
    QList<Series> m_series;
    QHash<QString, std::vector<int>> m_patients;
    QHash<QString, std::vector<int>> m_studies;
    Totals m_totals;
    QHash<QString, Totals> m_patientTotals;
    QHash<QString, Totals> m_studyTotals;
};

} // namespace nbia
