#pragma once

#include "recordfield.h"

namespace nbia {

// A series' metadata: the row of v1's getSeriesMetaData (27 spaced keys, every value a string)
// or one row of v4's getSeriesMetadata (40 CamelCase columns, CSV by default; older v4 releases
// used spaced headers, read through keyAliases()).
struct SeriesMetadata {
    QString seriesInstanceUid;
    QString collection;
    QString thirdPartyAnalysis;
    QString dataDescriptionUri;
    QString subjectId;
    QString studyInstanceUid;
    QString studyDescription;
    QDateTime studyDate;
    QString seriesDescription;
    QString manufacturer;
    QString modality;
    QString sopClassUid;
    std::optional<qint64> numberOfImages;
    std::optional<qint64> fileSize;
    QString studyId; // the server sends the DICOM StudyID in the "File Location" slot
    std::optional<double> seriesNumber;
    QString licenseName;
    QString licenseUrl;
    std::optional<qint64> annotationSize;
    QDateTime dateReleased;
    QDateTime seriesDate;
    QString protocolName;
    QString bodyPartExamined;
    std::optional<bool> annotationsFlag;
    QString manufacturerModelName;
    QString softwareVersions;
    QDateTime timeStamp;
    // v4 only
    QString patientName;
    QString patientSex;
    QString ethnicGroup;
    QString phantom;
    QString speciesCode;
    QString speciesDescription;
    QString admittingDiagnosisDescription;
    QString patientAge;
    QString longitudinalTemporalEventType;
    QString longitudinalTemporalOffsetFromEvent;
    QString site;
    QString pixelSpacingRow; // "0.703125", or several joined with ", "
    QString sliceThickness;
    QString releasedStatus;
    std::optional<qint64> authorized;
    ExtraFields extra;

    static const QList<RecordField<SeriesMetadata>> &fields();   // v1 keys
    static const QList<RecordField<SeriesMetadata>> &fieldsV4(); // v4 keys
    // Other spellings of the same columns (v4 releases before 9.6.3): alias, key of a table.
    static const QList<std::pair<QLatin1StringView, QLatin1StringView>> &keyAliases();
    static QLatin1StringView recordName() { return QLatin1StringView("series metadata"); }
};

} // namespace nbia
