#include "series.h"

namespace nbia {

using namespace Qt::StringLiterals;

const QList<RecordField<Series>> &Series::fields() {
    static const QList<RecordField<Series>> table{
        {"SeriesInstanceUID"_L1, &Series::seriesInstanceUid},
        {"StudyInstanceUID"_L1, &Series::studyInstanceUid},
        {"Modality"_L1, &Series::modality},
        {"ProtocolName"_L1, &Series::protocolName},
        {"SeriesDate"_L1, &Series::seriesDate, WireStyle::Timestamp},
        {"SeriesDescription"_L1, &Series::seriesDescription},
        {"BodyPartExamined"_L1, &Series::bodyPartExamined},
        {"SeriesNumber"_L1, &Series::seriesNumber, WireStyle::Number},
        {"AnnotationsFlag"_L1, &Series::annotationsFlag, WireStyle::Boolean},
        {"Collection"_L1, &Series::collection},
        {"PatientID"_L1, &Series::patientId, WireStyle::String, "PatientId"_L1},
        {"Manufacturer"_L1, &Series::manufacturer},
        {"ManufacturerModelName"_L1, &Series::manufacturerModelName},
        {"SoftwareVersions"_L1, &Series::softwareVersions},
        {"ImageCount"_L1, &Series::imageCount, WireStyle::Number},
        {"TimeStamp"_L1, &Series::timeStamp, WireStyle::Timestamp},
        {"LicenseName"_L1, &Series::licenseName},
        {"LicenseURI"_L1, &Series::licenseUri},
        {"CollectionURI"_L1, &Series::collectionUri},
        {"FileSize"_L1, &Series::fileSize, WireStyle::Number},
        {"DateReleased"_L1, &Series::dateReleased, WireStyle::Timestamp, "Date Released"_L1},
        {"StudyDesc"_L1, &Series::studyDescription},
        {"StudyDate"_L1, &Series::studyDate, WireStyle::Timestamp},
        {"ThirdPartyAnalysis"_L1, &Series::thirdPartyAnalysis},
    };
    return table;
}

const QList<RecordField<Series>> &Series::fieldsV4() {
    static const QList<RecordField<Series>> table{
        {"SeriesInstanceUID"_L1, &Series::seriesInstanceUid},
        {"StudyInstanceUID"_L1, &Series::studyInstanceUid},
        {"Modality"_L1, &Series::modality},
        {"ProtocolName"_L1, &Series::protocolName},
        {"SeriesDate"_L1, &Series::seriesDate, WireStyle::UsDate},
        {"SeriesDescription"_L1, &Series::seriesDescription},
        {"BodyPartExamined"_L1, &Series::bodyPartExamined},
        {"SeriesNumber"_L1, &Series::seriesNumber, WireStyle::Number},
        {"AnnotationsFlag"_L1, &Series::annotationsFlag, WireStyle::FlagOne},
        {"Collection"_L1, &Series::collection},
        {"Site"_L1, &Series::site},
        {"PatientID"_L1, &Series::patientId},
        {"PatientSex"_L1, &Series::patientSex},
        {"PatientAge"_L1, &Series::patientAge},
        {"AdmittingDiagnosisDescription"_L1, &Series::admittingDiagnosisDescription},
        {"Manufacturer"_L1, &Series::manufacturer},
        {"ManufacturerModelName"_L1, &Series::manufacturerModelName},
        {"SoftwareVersions"_L1, &Series::softwareVersions},
        {"ImageCount"_L1, &Series::imageCount, WireStyle::Number},
        {"MaxSubmissionTimestamp"_L1, &Series::timeStamp, WireStyle::UsDate},
        {"LicenseName"_L1, &Series::licenseName},
        {"LicenseURI"_L1, &Series::licenseUri},
        {"DataDescriptionURI"_L1, &Series::collectionUri},
        {"FileSize"_L1, &Series::fileSize, WireStyle::Number},
        {"ReleasedStatus"_L1, &Series::releasedStatus},
        {"DateReleased"_L1, &Series::dateReleased, WireStyle::UsDate},
        {"StudyDesc"_L1, &Series::studyDescription},
        {"StudyDate"_L1, &Series::studyDate, WireStyle::UsDate},
        {"ThirdPartyAnalysis"_L1, &Series::thirdPartyAnalysis},
        {"Authorized"_L1, &Series::authorized, WireStyle::Number},
    };
    return table;
}

} // namespace nbia
