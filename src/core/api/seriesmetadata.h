#pragma once

#include "recordfield.h"

namespace nbia {

// The single row of getSeriesMetaData: human-readable keys, every value a string on the wire.
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
    ExtraFields extra;

    static const QList<RecordField<SeriesMetadata>> &fields();
    static QLatin1StringView recordName() { return QLatin1StringView("series metadata"); }
};

} // namespace nbia
