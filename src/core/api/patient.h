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
    ExtraFields extra;

    static const QList<RecordField<Patient>> &fields();
    static QLatin1StringView recordName() { return QLatin1StringView("patient"); }
};

} // namespace nbia
