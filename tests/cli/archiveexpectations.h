#pragma once

#include <syntheticarchive.h>

#include <QDate>
#include <QStringList>

// What each nbia-cli command should print for the emulator's synthetic archive, computed from
// the archive itself with the archive's matching rules (nbia-api.md §2.6). Every list is
// distinct and sorted, with null (a `{}` row) first.
class ArchiveExpectations final {
public:
    explicit ArchiveExpectations(const nbia::emulator::SyntheticArchive &archive);

    QStringList collections() const;
    QStringList modalities(const QString &collection) const;
    QStringList bodyParts(const QString &collection, const QString &modality) const;
    QStringList manufacturers(const QString &collection, const QString &modality) const;
    QStringList patients(const QString &collection) const;
    QStringList patientsByModality(const QString &collection, const QString &modality) const;
    QStringList studies(const QString &collection, const QString &patient = {}) const;
    QStringList series(const QString &collection, const QString &modality = {}) const;
    // `fromTheDay`: v4's reading (released on or after midnight of the day), else v1's.
    QStringList newPatients(const QString &collection, QDate after, bool fromTheDay = false) const;
    QStringList newStudies(const QString &collection, QDate after, bool fromTheDay = false) const;
    QStringList updatedSeries(QDate after) const;
    QStringList sopUids(qsizetype series) const;
    QStringList sharedList(const QString &name) const;

    // The collection with the most series, its most frequent modality, a release date in
    // the middle of its series' dates.
    QString busiestCollection() const;
    QString commonModality(const QString &collection) const;
    QDate middleReleaseDate(const QString &collection) const;
    // A series with a value in every getSeries filter, to check that each filter is sent.
    qsizetype fullyDescribedSeries() const;

    QString collectionOf(qsizetype series) const;
    QString patientOf(qsizetype series) const;
    QString studyOf(qsizetype series) const;

    static QStringList sorted(QStringList values, bool distinct = true);
    static bool releasedSince(const QDateTime &released, QDate day, bool fromTheDay);

private:
    QList<qsizetype> seriesOf(const QString &collection) const;

    const nbia::emulator::SyntheticArchive &m_archive;
};
