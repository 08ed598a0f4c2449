#include "seriesmetadata.h"

namespace nbia {

using namespace Qt::StringLiterals;

const QList<RecordField<SeriesMetadata>> &SeriesMetadata::fields() {
    using M = SeriesMetadata;
    static const QList<RecordField<M>> table{
        {"Series UID"_L1, &M::seriesInstanceUid},
        {"Collection"_L1, &M::collection},
        {"3rd Party Analysis"_L1, &M::thirdPartyAnalysis},
        {"Data Description URI"_L1, &M::dataDescriptionUri},
        {"Subject ID"_L1, &M::subjectId},
        {"Study UID"_L1, &M::studyInstanceUid},
        {"Study Description"_L1, &M::studyDescription},
        {"Study Date"_L1, &M::studyDate, WireStyle::UsDate},
        {"Series Description"_L1, &M::seriesDescription},
        {"Manufacturer"_L1, &M::manufacturer},
        {"Modality"_L1, &M::modality},
        {"SOP Class UID"_L1, &M::sopClassUid},
        {"Number of Images"_L1, &M::numberOfImages, WireStyle::NumberString},
        {"File Size"_L1, &M::fileSize, WireStyle::NumberString},
        {"File Location"_L1, &M::studyId},
        {"Series Number"_L1, &M::seriesNumber, WireStyle::DecimalString},
        {"License Name"_L1, &M::licenseName},
        {"License URL"_L1, &M::licenseUrl},
        {"Annotation Size"_L1, &M::annotationSize, WireStyle::NumberString},
        {"Date Released"_L1, &M::dateReleased, WireStyle::JavaDate},
        {"Series Date"_L1, &M::seriesDate, WireStyle::JavaDate},
        {"Protocol Name"_L1, &M::protocolName},
        {"Body Part Examined"_L1, &M::bodyPartExamined},
        {"Annotations Flag"_L1, &M::annotationsFlag, WireStyle::BooleanString},
        {"Manufacturer Model Name"_L1, &M::manufacturerModelName},
        {"Software Versions"_L1, &M::softwareVersions},
        {"TimeStamp"_L1, &M::timeStamp, WireStyle::JavaDate},
    };
    return table;
}

const QList<RecordField<SeriesMetadata>> &SeriesMetadata::fieldsV4() {
    using M = SeriesMetadata;
    static const QList<RecordField<M>> table{
        {"PatientID"_L1, &M::subjectId},
        {"PatientName"_L1, &M::patientName},
        {"PatientSex"_L1, &M::patientSex},
        {"EthnicGroup"_L1, &M::ethnicGroup},
        {"Phantom"_L1, &M::phantom},
        {"SpeciesCode"_L1, &M::speciesCode},
        {"SpeciesDescription"_L1, &M::speciesDescription},
        {"StudyInstanceUID"_L1, &M::studyInstanceUid},
        {"StudyDate"_L1, &M::studyDate, WireStyle::UsDate},
        {"StudyDesc"_L1, &M::studyDescription},
        {"AdmittingDiagnosisDescription"_L1, &M::admittingDiagnosisDescription},
        {"StudyID"_L1, &M::studyId},
        {"PatientAge"_L1, &M::patientAge},
        {"LongitudinalTemporalEventType"_L1, &M::longitudinalTemporalEventType},
        {"LongitudinalTemporalOffsetFromEvent"_L1, &M::longitudinalTemporalOffsetFromEvent},
        {"SeriesInstanceUID"_L1, &M::seriesInstanceUid},
        {"Collection"_L1, &M::collection},
        {"Site"_L1, &M::site},
        {"Modality"_L1, &M::modality},
        {"ProtocolName"_L1, &M::protocolName},
        {"SeriesDate"_L1, &M::seriesDate, WireStyle::UsDate},
        {"SeriesDescription"_L1, &M::seriesDescription},
        {"BodyPartExamined"_L1, &M::bodyPartExamined},
        {"SeriesNumber"_L1, &M::seriesNumber, WireStyle::DecimalString},
        {"AnnotationsFlag"_L1, &M::annotationsFlag, WireStyle::FlagOne},
        {"Manufacturer"_L1, &M::manufacturer},
        {"ManufacturerModelName"_L1, &M::manufacturerModelName},
        {"PixelSpacing(mm)-Row"_L1, &M::pixelSpacingRow},
        {"SliceThickness(mm)"_L1, &M::sliceThickness},
        {"SoftwareVersions"_L1, &M::softwareVersions},
        {"ImageCount"_L1, &M::numberOfImages, WireStyle::Number},
        {"MaxSubmissionTimestamp"_L1, &M::timeStamp, WireStyle::UsDate},
        {"LicenseName"_L1, &M::licenseName},
        {"LicenseURI"_L1, &M::licenseUrl},
        {"DataDescriptionURI"_L1, &M::dataDescriptionUri},
        {"FileSize"_L1, &M::fileSize, WireStyle::Number},
        {"ReleasedStatus"_L1, &M::releasedStatus},
        {"DateReleased"_L1, &M::dateReleased, WireStyle::UsDate},
        {"ThirdPartyAnalysis"_L1, &M::thirdPartyAnalysis},
        {"Authorized"_L1, &M::authorized, WireStyle::NumberString},
    };
    return table;
}

const QList<std::pair<QLatin1StringView, QLatin1StringView>> &SeriesMetadata::keyAliases() {
    static const QList<std::pair<QLatin1StringView, QLatin1StringView>> aliases{
        {"Patient ID"_L1, "PatientID"_L1},
        {"Patient Name"_L1, "PatientName"_L1},
        {"Patient Sex"_L1, "PatientSex"_L1},
        {"Ethnic Group"_L1, "EthnicGroup"_L1},
        {"Species Code"_L1, "SpeciesCode"_L1},
        {"Species Description"_L1, "SpeciesDescription"_L1},
        {"Study Instance UID"_L1, "StudyInstanceUID"_L1},
        {"Admitting Diagnosis Description"_L1, "AdmittingDiagnosisDescription"_L1},
        {"Study ID"_L1, "StudyID"_L1},
        {"Patient Age"_L1, "PatientAge"_L1},
        {"Longitudinal Temporal Event Type"_L1, "LongitudinalTemporalEventType"_L1},
        {"Longitudinal Temporal Offset From Event"_L1, "LongitudinalTemporalOffsetFromEvent"_L1},
        {"Series Instance UID"_L1, "SeriesInstanceUID"_L1},
        {"Project"_L1, "Collection"_L1},
        {"Pixel Spacing(mm)- Row"_L1, "PixelSpacing(mm)-Row"_L1},
        {"Slice Thickness(mm)"_L1, "SliceThickness(mm)"_L1},
        {"Image Count"_L1, "ImageCount"_L1},
        {"Max Submission Timestamp"_L1, "MaxSubmissionTimestamp"_L1},
        {"License URI"_L1, "LicenseURI"_L1},
        {"Collection URI"_L1, "DataDescriptionURI"_L1},
        {"Released Status"_L1, "ReleasedStatus"_L1},
        {"Third Party Analysis"_L1, "ThirdPartyAnalysis"_L1},
    };
    return aliases;
}

} // namespace nbia
