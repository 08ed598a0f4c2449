#include "archiveexpectations.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>

using namespace nbia::emulator;
using namespace Qt::StringLiterals;

namespace {
bool sameIgnoringCase(const QString &a, const QString &b) {
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QDateTime midnight(QDate date) {
    return {date, QTime(0, 0), QTimeZone::utc()};
}
} // namespace

ArchiveExpectations::ArchiveExpectations(const SyntheticArchive &archive)
    : m_archive(archive) {}

QStringList ArchiveExpectations::sorted(QStringList values, bool distinct) {
    std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) {
        if (a.isNull() != b.isNull())
            return a.isNull();
        return a < b;
    });
    if (distinct)
        values.erase(std::unique(values.begin(), values.end()), values.end());
    return values;
}

QString ArchiveExpectations::collectionOf(qsizetype series) const {
    const ArchiveSeries &s = m_archive.series()[series];
    return m_archive.collectionOf(m_archive.patientOf(m_archive.studyOf(s))).name;
}

QString ArchiveExpectations::patientOf(qsizetype series) const {
    return m_archive.patientOf(m_archive.studyOf(m_archive.series()[series])).id;
}

QString ArchiveExpectations::studyOf(qsizetype series) const {
    return m_archive.studyOf(m_archive.series()[series]).uid;
}

QList<qsizetype> ArchiveExpectations::seriesOf(const QString &collection) const {
    QList<qsizetype> result;
    for (qsizetype i = 0; i < m_archive.series().size(); ++i) {
        if (sameIgnoringCase(collectionOf(i), collection))
            result.append(i);
    }
    return result;
}

QStringList ArchiveExpectations::collections() const {
    QStringList names;
    for (const ArchiveCollection &collection : m_archive.collections()) {
        if (collection.patientCount > 0)
            names.append(collection.name);
    }
    return sorted(names);
}

QStringList ArchiveExpectations::modalities(const QString &collection) const {
    QStringList values;
    for (const qsizetype i : seriesOf(collection))
        values.append(m_archive.series()[i].modality);
    return sorted(values);
}

QStringList ArchiveExpectations::bodyParts(const QString &collection,
                                           const QString &modality) const {
    QStringList values;
    for (const qsizetype i : seriesOf(collection)) {
        const ArchiveSeries &series = m_archive.series()[i];
        if (sameIgnoringCase(series.modality, modality))
            values.append(series.bodyPart.isNull() ? QString() : series.bodyPart.toUpper());
    }
    return sorted(values);
}

QStringList ArchiveExpectations::manufacturers(const QString &collection,
                                               const QString &modality) const {
    QStringList values;
    for (const qsizetype i : seriesOf(collection)) {
        const ArchiveSeries &series = m_archive.series()[i];
        if (sameIgnoringCase(series.modality, modality))
            values.append(series.manufacturer);
    }
    return sorted(values);
}

QStringList ArchiveExpectations::patients(const QString &collection) const {
    QStringList ids;
    for (const ArchivePatient &patient : m_archive.patients()) {
        if (sameIgnoringCase(m_archive.collectionOf(patient).name, collection))
            ids.append(patient.id);
    }
    return sorted(ids, false);
}

QStringList ArchiveExpectations::patientsByModality(const QString &collection,
                                                    const QString &modality) const {
    QStringList ids;
    for (const qsizetype i : seriesOf(collection)) {
        if (sameIgnoringCase(m_archive.series()[i].modality, modality))
            ids.append(patientOf(i));
    }
    return sorted(ids);
}

QStringList ArchiveExpectations::studies(const QString &collection, const QString &patient) const {
    QStringList uids;
    for (const qsizetype i : seriesOf(collection)) {
        if (patient.isNull() || patientOf(i) == patient)
            uids.append(studyOf(i));
    }
    return sorted(uids);
}

QStringList ArchiveExpectations::series(const QString &collection, const QString &modality) const {
    QStringList uids;
    for (const qsizetype i : seriesOf(collection)) {
        if (modality.isNull() || sameIgnoringCase(m_archive.series()[i].modality, modality))
            uids.append(m_archive.series()[i].uid);
    }
    return sorted(uids, false);
}

// v1's New* endpoints take what was released after midnight of the day; v4's also what was
// released at midnight (>=).
bool ArchiveExpectations::releasedSince(const QDateTime &released, QDate day, bool fromTheDay) {
    return fromTheDay ? released >= midnight(day) : released > midnight(day);
}

QStringList ArchiveExpectations::newPatients(const QString &collection, QDate after,
                                             bool fromTheDay) const {
    QStringList ids;
    for (const qsizetype i : seriesOf(collection)) {
        if (releasedSince(m_archive.series()[i].released, after, fromTheDay))
            ids.append(patientOf(i));
    }
    return sorted(ids);
}

QStringList ArchiveExpectations::newStudies(const QString &collection, QDate after,
                                            bool fromTheDay) const {
    QStringList uids;
    for (const qsizetype i : seriesOf(collection)) {
        if (releasedSince(m_archive.series()[i].released, after, fromTheDay))
            uids.append(studyOf(i));
    }
    return sorted(uids);
}

QStringList ArchiveExpectations::updatedSeries(QDate after) const {
    QStringList uids;
    for (const ArchiveSeries &series : m_archive.series()) {
        if (series.released > midnight(after))
            uids.append(series.uid);
    }
    return sorted(uids, false);
}

QStringList ArchiveExpectations::sopUids(qsizetype series) const {
    QStringList uids;
    for (int instance = 1; instance <= m_archive.series()[series].imageCount; ++instance)
        uids.append(m_archive.sopInstanceUid(series, instance));
    return sorted(uids, false);
}

QStringList ArchiveExpectations::sharedList(const QString &name) const {
    QStringList uids;
    for (const SharedList &list : m_archive.sharedLists()) {
        if (list.name == name) {
            for (const qsizetype i : list.series)
                uids.append(m_archive.series()[i].uid);
        }
    }
    return sorted(uids, false);
}

QString ArchiveExpectations::busiestCollection() const {
    QHash<QString, int> counts;
    for (qsizetype i = 0; i < m_archive.series().size(); ++i)
        ++counts[collectionOf(i)];
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (best.isNull() || it.value() > counts.value(best) ||
            (it.value() == counts.value(best) && it.key() < best))
            best = it.key();
    }
    return best;
}

QString ArchiveExpectations::commonModality(const QString &collection) const {
    QHash<QString, int> counts;
    for (const qsizetype i : seriesOf(collection))
        ++counts[m_archive.series()[i].modality];
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (best.isNull() || it.value() > counts.value(best) ||
            (it.value() == counts.value(best) && it.key() < best))
            best = it.key();
    }
    return best;
}

QDate ArchiveExpectations::middleReleaseDate(const QString &collection) const {
    QList<QDate> dates;
    for (const qsizetype i : seriesOf(collection))
        dates.append(m_archive.series()[i].released.date());
    std::sort(dates.begin(), dates.end());
    return dates.isEmpty() ? QDate() : dates[dates.size() / 2];
}

qsizetype ArchiveExpectations::fullyDescribedSeries() const {
    for (qsizetype i = 0; i < m_archive.series().size(); ++i) {
        const ArchiveSeries &series = m_archive.series()[i];
        if (!series.bodyPart.isEmpty() && !series.manufacturer.isEmpty() && !series.model.isEmpty())
            return i;
    }
    return -1;
}
