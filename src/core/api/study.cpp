#include "study.h"

namespace nbia {

using namespace Qt::StringLiterals;

const QList<RecordField<Study>> &Study::fields() {
    static const QList<RecordField<Study>> table{
        {"StudyInstanceUID"_L1, &Study::studyInstanceUid},
        {"StudyDate"_L1, &Study::studyDate, WireStyle::Timestamp},
        {"StudyDescription"_L1, &Study::studyDescription},
        {"AdmittingDiagnosesDescription"_L1, &Study::admittingDiagnosesDescription},
        {"StudyID"_L1, &Study::studyId},
        {"PatientAge"_L1, &Study::patientAge},
        {"PatientID"_L1, &Study::patientId, WireStyle::String, "PatientId"_L1},
        {"PatientName"_L1, &Study::patientName},
        {"PatientBirthDate"_L1, &Study::patientBirthDate, WireStyle::Timestamp},
        {"PatientSex"_L1, &Study::patientSex},
        {"EthnicGroup"_L1, &Study::ethnicGroup},
        {"Collection"_L1, &Study::collection},
        {"SeriesCount"_L1, &Study::seriesCount, WireStyle::Number},
        {"LongitudinalTemporalEventType"_L1, &Study::longitudinalTemporalEventType},
        {"LongitudinalTemporalOffsetFromEvent"_L1, &Study::longitudinalTemporalOffsetFromEvent,
         WireStyle::Number},
    };
    return table;
}

const QList<RecordField<Study>> &Study::fieldsV4() {
    static const QList<RecordField<Study>> table{
        {"StudyInstanceUID"_L1, &Study::studyInstanceUid},
        {"StudyDate"_L1, &Study::studyDate, WireStyle::UsDate},
        {"StudyDescription"_L1, &Study::studyDescription},
        {"AdmittingDiagnosesDescription"_L1, &Study::admittingDiagnosesDescription},
        {"StudyID"_L1, &Study::studyId},
        {"PatientAge"_L1, &Study::patientAge},
        {"PatientID"_L1, &Study::patientId},
        {"PatientName"_L1, &Study::patientName},
        {"PatientSex"_L1, &Study::patientSex},
        {"EthnicGroup"_L1, &Study::ethnicGroup},
        {"Collection"_L1, &Study::collection},
        {"SeriesCount"_L1, &Study::seriesCount, WireStyle::Number},
        {"LongitudinalTemporalEventType"_L1, &Study::longitudinalTemporalEventType},
        {"LongitudinalTemporalOffsetFromEvent"_L1, &Study::longitudinalTemporalOffsetFromEvent,
         WireStyle::Number},
        {"Authorized"_L1, &Study::authorized, WireStyle::Number},
    };
    return table;
}

} // namespace nbia
