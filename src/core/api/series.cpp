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

} // namespace nbia
