#include "endpoint.h"

#include <array>
#include <utility>

namespace nbia {

namespace {
using namespace Qt::StringLiterals;

constexpr std::array<std::pair<Endpoint, QLatin1StringView>, 24> kPaths{{
    {Endpoint::CollectionValues, "getCollectionValues"_L1},
    {Endpoint::ModalityValues, "getModalityValues"_L1},
    {Endpoint::BodyPartValues, "getBodyPartValues"_L1},
    {Endpoint::ManufacturerValues, "getManufacturerValues"_L1},
    {Endpoint::Patient, "getPatient"_L1},
    {Endpoint::PatientByCollectionAndModality, "getPatientByCollectionAndModality"_L1},
    {Endpoint::NewPatientsInCollection, "NewPatientsInCollection"_L1},
    {Endpoint::PatientStudy, "getPatientStudy"_L1},
    {Endpoint::NewStudiesInPatientCollection, "NewStudiesInPatientCollection"_L1},
    {Endpoint::Series, "getSeries"_L1},
    {Endpoint::UpdatedSeries, "getUpdatedSeries"_L1},
    {Endpoint::SeriesSize, "getSeriesSize"_L1},
    {Endpoint::SopInstanceUids, "getSOPInstanceUIDs"_L1},
    {Endpoint::SeriesMetaData, "getSeriesMetaData"_L1},
    {Endpoint::ContentsByName, "getContentsByName"_L1},
    {Endpoint::Image, "getImage"_L1},
    {Endpoint::ImageWithMd5Hash, "getImageWithMD5Hash"_L1},
    {Endpoint::SingleImage, "getSingleImage"_L1},
    {Endpoint::CollectionValuesAndCounts, "getCollectionValuesAndCounts"_L1},
    {Endpoint::ModalityValuesAndCounts, "getModalityValuesAndCounts"_L1},
    {Endpoint::BodyPartValuesAndCounts, "getBodyPartValuesAndCounts"_L1},
    {Endpoint::ManufacturerValuesAndCounts, "getManufacturerValuesAndCounts"_L1},
    {Endpoint::CollectionDescriptions, "getCollectionDescriptions"_L1},
    {Endpoint::DicomTags, "getDicomTags"_L1},
}};
} // namespace

QString endpointPath(Endpoint endpoint) {
    for (const auto &[value, path] : kPaths) {
        if (value == endpoint)
            return QString(path);
    }
    return {};
}

std::optional<Endpoint> endpointFromPath(QStringView path) {
    for (const auto &[value, name] : kPaths) {
        if (path == name)
            return value;
    }
    return std::nullopt;
}

QList<Endpoint> allEndpoints() {
    QList<Endpoint> result;
    result.reserve(qsizetype(kPaths.size()));
    for (const auto &entry : kPaths)
        result.append(entry.first);
    return result;
}

bool isBinaryEndpoint(Endpoint endpoint) {
    return endpoint == Endpoint::Image || endpoint == Endpoint::ImageWithMd5Hash ||
           endpoint == Endpoint::SingleImage;
}

} // namespace nbia
