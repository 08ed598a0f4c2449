#pragma once

#include "imagespec.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace nbia::emulator {

struct ArchiveLicense {
    QString name;      // long name, e.g. "Creative Commons Attribution 4.0 International License"
    QString shortName; // e.g. "CC BY 4.0"
    QString url;
};

struct ArchiveCollection {
    QString name;
    QString doi; // CollectionURI / Data Description URI
    int license = 0;
    QString site;        // the submitting site (v4 getSeries "Site")
    QString description; // HTML, as getCollectionDescriptions serves it; null: no description
    int descriptionId = 0;
    qsizetype firstPatient = 0;
    qsizetype patientCount = 0;
};

struct ArchivePatient {
    QString id;
    QString name;
    QString sex;
    QDate birthDate; // usually absent
    QString ethnicGroup;
    QString phantom = QStringLiteral("NO");
    QString speciesCode = QStringLiteral("337915000");
    QString speciesDescription = QStringLiteral("Homo sapiens");
    int collection = 0;
    qsizetype firstStudy = 0;
    qsizetype studyCount = 0;
};

struct ArchiveStudy {
    QString uid;
    QDate date;
    QString description;
    QString admittingDiagnoses;
    QString studyId;
    QString patientAge;
    QString longitudinalEventType;
    std::optional<double> longitudinalOffset;
    qsizetype patient = 0;
    qsizetype firstSeries = 0;
    qsizetype seriesCount = 0;
};

struct ArchiveSeries {
    QString uid;
    QString modality;
    QString bodyPart; // null when the archive has no value
    QString manufacturer;
    QString model;
    QString software;
    QString protocol;
    QString description;
    QString thirdPartyAnalysis;
    int seriesNumber = 1;
    int imageCount = 1;
    int rows = 256;
    int columns = 256;
    int bitsAllocated = 16;
    PixelEncoding encoding = PixelEncoding::Uncompressed;
    ColourModel colour = ColourModel::Monochrome2;
    int frames = 1; // per file
    std::optional<bool> annotations;
    QDateTime released;       // date_released: the New*/Updated endpoints filter on it
    QDateTime submitted;      // max_submission_timestamp
    qint64 imageFileSize = 0; // every file of the series has exactly this size
    QString releasedStatus = QStringLiteral("Released");
    // SEG and RTSTRUCT: the image series they were drawn on (indexes into the archive's series).
    QList<qsizetype> referencedSeries;
    qsizetype study = 0;

    [[nodiscard]] qint64 totalSize() const { return imageFileSize * imageCount; }
};

// A named cart, as getContentsByName serves.
struct SharedList {
    QString name;
    QList<qsizetype> series;
};

// Everything a synthetic archive holds, as ArchiveGenerator makes it.
struct ArchiveData {
    QList<ArchiveLicense> licenses;
    QList<ArchiveCollection> collections;
    QList<ArchivePatient> patients;
    QList<ArchiveStudy> studies;
    QList<ArchiveSeries> series;
    QList<SharedList> sharedLists;
};

} // namespace nbia::emulator
