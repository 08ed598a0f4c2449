#pragma once

#include "recordfield.h"

namespace nbia {

// A row of getPatientStudy or NewStudiesInPatientCollection.
struct Study {
    QString studyInstanceUid;
    QDateTime studyDate;
    QString studyDescription;
    QString admittingDiagnosesDescription;
    QString studyId;
    QString patientAge; // DICOM AS, e.g. "062Y"
    QString patientId;
    QString patientName;
    QDateTime patientBirthDate;
    QString patientSex;
    QString ethnicGroup;
    QString collection;
    std::optional<qint64> seriesCount;
    QString longitudinalTemporalEventType;
    std::optional<double> longitudinalTemporalOffsetFromEvent;
    std::optional<qint64> authorized; // v4 only
    ExtraFields extra;

    static const QList<RecordField<Study>> &fields();   // v1 keys
    static const QList<RecordField<Study>> &fieldsV4(); // v4 keys
    static QLatin1StringView recordName() { return QLatin1StringView("study"); }
};

} // namespace nbia

// Its members are all relocatable: lists of records grow and join without moving each one.
Q_DECLARE_TYPEINFO(nbia::Study, Q_RELOCATABLE_TYPE);
