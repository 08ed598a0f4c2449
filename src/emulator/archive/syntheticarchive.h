#pragma once

#include "archivedata.h"
#include "archivespec.h"
#include "syntheticimagefactory.h" // for its users: the archive describes images the factory makes

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace nbia::emulator {

// A whole archive, made up deterministically from a seed: collections, patients, studies and
// series with realistic values and quirks. Images are not stored: imageSpec() describes any
// image so that SyntheticImageFactory can make it on request.
class SyntheticArchive final {
public:
    explicit SyntheticArchive(const ArchiveSpec &spec);

    [[nodiscard]] const ArchiveSpec &spec() const { return m_spec; }
    [[nodiscard]] const QList<ArchiveLicense> &licenses() const { return m_data.licenses; }
    [[nodiscard]] const QList<ArchiveCollection> &collections() const { return m_data.collections; }
    [[nodiscard]] const QList<ArchivePatient> &patients() const { return m_data.patients; }
    [[nodiscard]] const QList<ArchiveStudy> &studies() const { return m_data.studies; }
    [[nodiscard]] const QList<ArchiveSeries> &series() const { return m_data.series; }
    [[nodiscard]] const QList<SharedList> &sharedLists() const { return m_data.sharedLists; }

    [[nodiscard]] const ArchiveStudy &studyOf(const ArchiveSeries &series) const;
    [[nodiscard]] const ArchivePatient &patientOf(const ArchiveStudy &study) const;
    [[nodiscard]] const ArchiveCollection &collectionOf(const ArchivePatient &patient) const;

    [[nodiscard]] std::optional<qsizetype> findSeries(const QString &uid) const;
    [[nodiscard]] std::optional<qsizetype> findCollection(const QString &name) const; // any case

    // "<series UID>.<instance number>", instance numbers 1..imageCount.
    [[nodiscard]] QString sopInstanceUid(qsizetype series, int instanceNumber) const;
    // The series and instance number a SOP Instance UID belongs to.
    [[nodiscard]] std::optional<std::pair<qsizetype, int>> findInstance(const QString &uid) const;
    // Everything SyntheticImageFactory needs for one image of a series.
    [[nodiscard]] SyntheticImageSpec imageSpec(qsizetype series, int instanceNumber) const;
    // The archive's storage order of a series' images (not InstanceNumber order, like the real
    // one): position i of the ZIP holds this instance number.
    [[nodiscard]] QList<int> storageOrder(qsizetype series) const;

    // A SEG or RTSTRUCT lists at most this many of its source series' images.
    static constexpr int kMaxReferencedImages = 64;

private:
    ArchiveSpec m_spec;
    ArchiveData m_data;
    QHash<QString, qsizetype> m_seriesByUid;
};

} // namespace nbia::emulator
