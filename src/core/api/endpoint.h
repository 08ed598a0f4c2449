#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace nbia {

// The 18 endpoints of the NBIA v1 search API. Names are case-sensitive on the server.
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
};

// The path segment the server expects, e.g. "getSeriesMetaData" or "NewPatientsInCollection".
QString endpointPath(Endpoint endpoint);
std::optional<Endpoint> endpointFromPath(QStringView path);
QList<Endpoint> allEndpoints();

// Endpoints answering with a ZIP or a DICOM file rather than JSON.
bool isBinaryEndpoint(Endpoint endpoint);

} // namespace nbia
