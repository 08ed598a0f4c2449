#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace nbia {

// The endpoints of the NBIA search API the client uses, whatever the version. Names are
// case-sensitive on the server; ApiDialect knows each version's name, method and parameters.
enum class Endpoint {
    CollectionValues,
    ModalityValues,
    BodyPartValues,
    ManufacturerValues,
    Patient,
    PatientByCollectionAndModality,
    NewPatientsInCollection,
    PatientStudy,
    NewStudiesInPatientCollection,
    Series,
    UpdatedSeries,
    SeriesSize,
    SopInstanceUids,
    SeriesMetaData,
    ContentsByName,
    Image,
    ImageWithMd5Hash,
    SingleImage,
    // v4 only
    CollectionValuesAndCounts,
    ModalityValuesAndCounts,
    BodyPartValuesAndCounts,
    ManufacturerValuesAndCounts,
    CollectionDescriptions,
    DicomTags,
};

// The v1 name (v4's where v1 has none), e.g. "getSeriesMetaData" or "NewPatientsInCollection".
QString endpointPath(Endpoint endpoint);
std::optional<Endpoint> endpointFromPath(QStringView path);
QList<Endpoint> allEndpoints();

// Endpoints answering with a ZIP or a DICOM file rather than JSON.
bool isBinaryEndpoint(Endpoint endpoint);

} // namespace nbia
