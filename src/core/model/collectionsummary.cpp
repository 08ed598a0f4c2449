#include "collectionsummary.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace nbia {

namespace {
// Values with their series counts, most first, ties by value; empty and absent values are one.
QList<CollectionSummary::ValueCount> ranked(const QHash<QString, qsizetype> &counts) {
    QList<CollectionSummary::ValueCount> values;
    values.reserve(counts.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        values.append({it.key().isEmpty() ? QString() : it.key(), it.value()});
    std::sort(values.begin(), values.end(), [](const auto &l, const auto &r) {
        return l.series != r.series ? l.series > r.series : l.value < r.value;
    });
    return values;
}
} // namespace

CollectionSummary CollectionSummary::of(const QList<Series> &series) {
    CollectionSummary summary;
    QSet<QString> patients;
    QSet<QString> studies;
    QHash<QString, qsizetype> modalities;
    QHash<QString, qsizetype> bodyParts;
    QHash<QString, qsizetype> manufacturers;
    for (const Series &s : series) {
        patients.insert(s.patientId);
        studies.insert(s.studyInstanceUid);
        // Upper case, as the archive lists these values (and as the filters count them).
        ++modalities[s.modality.toUpper()];
        ++bodyParts[s.bodyPartExamined.toUpper()];
        ++manufacturers[s.manufacturer];
        summary.images += s.imageCount.value_or(0);
        summary.bytes += s.fileSize.value_or(0);
        const std::pair<QString, QString> license{s.licenseName, s.licenseUri};
        if ((!license.first.isEmpty() || !license.second.isEmpty()) &&
            !summary.licenses.contains(license))
            summary.licenses.append(license);
        if (summary.doi.isEmpty())
            summary.doi = s.collectionUri;
        if (s.dateReleased.isValid()) {
            if (!summary.firstRelease.isValid() || s.dateReleased < summary.firstRelease)
                summary.firstRelease = s.dateReleased;
            if (!summary.lastRelease.isValid() || s.dateReleased > summary.lastRelease)
                summary.lastRelease = s.dateReleased;
        }
    }
    summary.patients = patients.size();
    summary.studies = studies.size();
    summary.series = series.size();
    summary.modalities = ranked(modalities);
    summary.bodyParts = ranked(bodyParts);
    summary.manufacturers = ranked(manufacturers);
    return summary;
}

} // namespace nbia
