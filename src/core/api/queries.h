#pragma once

#include <QDate>
#include <QString>

namespace nbia {

// Filters of the query endpoints. A null QString means "not sent"; every value is sent as given.

// getModalityValues (collection, bodyPart), getBodyPartValues (collection, modality),
// getManufacturerValues (all three).
struct ValueQuery {
    QString collection;
    QString modality;
    QString bodyPartExamined;
};

struct PatientQuery {
    QString collection;
    QString patientId;
};

struct StudyQuery {
    QString collection;
    QString patientId;
    QString studyInstanceUid;
};

struct SeriesQuery {
    QString collection;
    QString patientId;
    QString studyInstanceUid;
    QString modality;
    QString bodyPartExamined;
    QString manufacturerModelName;
    QString manufacturer;
    QString seriesInstanceUid;
};

// getImage / getImageWithMD5Hash
struct SeriesArchiveOptions {
    bool withMd5Hashes = true; // getImageWithMD5Hash: adds md5hashes.csv, no LICENSE
    bool newFileNames = false; // getImage only: "1-001.dcm" names sorted by InstanceNumber
};

} // namespace nbia
