#pragma once

#include "recordfield.h"

namespace nbia {

// A row of getSeries (v1: 24 keys; v4: 30), getUpdatedSeries (v1: 16 keys; v4: 30) or
// getContentsByName (16 keys).
struct Series {
    QString seriesInstanceUid;
    QString studyInstanceUid;
    QString modality;
    QString protocolName;
    QDateTime seriesDate;
    QString seriesDescription;
    QString bodyPartExamined;
    std::optional<double> seriesNumber;
    std::optional<bool> annotationsFlag;
    QString collection;
    QString patientId;
    QString manufacturer;
    QString manufacturerModelName;
    QString softwareVersions;
    std::optional<qint64> imageCount;
    QDateTime timeStamp; // v4: MaxSubmissionTimestamp
    QString licenseName;
    QString licenseUri;
    QString collectionUri; // v4: DataDescriptionURI
    std::optional<qint64> fileSize;
    QDateTime dateReleased; // "DateReleased"; getContentsByName spells it "Date Released"
    QString studyDescription;
    QDateTime studyDate;
    QString thirdPartyAnalysis;
    // v4 only
    QString site;
    QString patientSex;
    QString patientAge;
    QString admittingDiagnosisDescription;
    QString releasedStatus;
    std::optional<qint64> authorized;
    ExtraFields extra;

    static const QList<RecordField<Series>> &fields();   // v1 keys
    static const QList<RecordField<Series>> &fieldsV4(); // v4 keys
    static QLatin1StringView recordName() { return QLatin1StringView("series"); }
};

} // namespace nbia

// Its members are all relocatable: lists of records grow and join without moving each one.
Q_DECLARE_TYPEINFO(nbia::Series, Q_RELOCATABLE_TYPE);
