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

} // namespace nbia
