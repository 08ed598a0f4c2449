#pragma once

#include "recordfield.h"

namespace nbia {

// A row of getPatient, NewPatientsInCollection or getPatientByCollectionAndModality.
struct Patient {
    QString patientId; // "PatientId" here; "PatientID" is accepted too
    QString patientName;
    QDateTime patientBirthDate;
    QString patientSex;
    QString ethnicGroup;
    QString collection;
    QString phantom;
    QString speciesCode;
    QString speciesDescription;
    std::optional<qint64> authorized; // v4 only
    ExtraFields extra;

    static const QList<RecordField<Patient>> &fields();   // v1 keys
    static const QList<RecordField<Patient>> &fieldsV4(); // v4 keys
    static QLatin1StringView recordName() { return QLatin1StringView("patient"); }
};

} // namespace nbia

// Its members are all relocatable: lists of records grow and join without moving each one.
Q_DECLARE_TYPEINFO(nbia::Patient, Q_RELOCATABLE_TYPE);
