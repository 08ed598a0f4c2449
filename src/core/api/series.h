#pragma once

#include "recordfield.h"

namespace nbia {

// A row of getSeries (24 keys), getUpdatedSeries or getContentsByName (16 keys).
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
    QDateTime timeStamp;
    QString licenseName;
    QString licenseUri;
    QString collectionUri;
    std::optional<qint64> fileSize;
    QDateTime dateReleased; // "DateReleased"; getContentsByName spells it "Date Released"
    QString studyDescription;
    QDateTime studyDate;
    QString thirdPartyAnalysis;
    ExtraFields extra;

    static const QList<RecordField<Series>> &fields();
    static QLatin1StringView recordName() { return QLatin1StringView("series"); }
};

} // namespace nbia
