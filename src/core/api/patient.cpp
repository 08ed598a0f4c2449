#include "patient.h"

namespace nbia {

using namespace Qt::StringLiterals;

const QList<RecordField<Patient>> &Patient::fields() {
    static const QList<RecordField<Patient>> table{
        {"PatientId"_L1, &Patient::patientId, WireStyle::String, "PatientID"_L1},
        {"PatientName"_L1, &Patient::patientName},
        {"PatientBirthDate"_L1, &Patient::patientBirthDate, WireStyle::Timestamp},
        {"PatientSex"_L1, &Patient::patientSex},
        {"EthnicGroup"_L1, &Patient::ethnicGroup},
        {"Collection"_L1, &Patient::collection},
        {"Phantom"_L1, &Patient::phantom},
        {"SpeciesCode"_L1, &Patient::speciesCode},
        {"SpeciesDescription"_L1, &Patient::speciesDescription},
    };
    return table;
}

const QList<RecordField<Patient>> &Patient::fieldsV4() {
    static const QList<RecordField<Patient>> table{
        {"PatientId"_L1, &Patient::patientId},
        {"PatientName"_L1, &Patient::patientName},
        {"PatientSex"_L1, &Patient::patientSex},
        {"EthnicGroup"_L1, &Patient::ethnicGroup},
        {"Collection"_L1, &Patient::collection},
        {"Phantom"_L1, &Patient::phantom},
        {"SpeciesCode"_L1, &Patient::speciesCode},
        {"SpeciesDescription"_L1, &Patient::speciesDescription},
        {"Authorized"_L1, &Patient::authorized, WireStyle::Number},
    };
    return table;
}

} // namespace nbia
