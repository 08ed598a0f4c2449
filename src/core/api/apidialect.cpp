#include "apidialect.h"

namespace nbia {

using namespace Qt::StringLiterals;

namespace {
bool isV4Only(Endpoint endpoint) {
    switch (endpoint) {
    case Endpoint::CollectionValuesAndCounts:
    case Endpoint::ModalityValuesAndCounts:
    case Endpoint::BodyPartValuesAndCounts:
    case Endpoint::ManufacturerValuesAndCounts:
    case Endpoint::CollectionDescriptions:
    case Endpoint::DicomTags:
        return true;
    default:
        return false;
    }
}

void addIfSet(QueryParameters &parameters, const QString &name, const QString &value) {
    if (!value.isNull())
        parameters.append({name, value});
}
} // namespace

ApiDialect::ApiDialect(const QString &configuredSegment)
    : m_version(apiVersionOf(configuredSegment))
    , m_segment(configuredSegment) {}

bool ApiDialect::offers(Endpoint endpoint) const {
    return m_version == ApiVersion::V4 || !isV4Only(endpoint);
}

WireRequest ApiDialect::request(Endpoint endpoint, QueryParameters parameters) const {
    WireRequest request;
    request.endpoint = endpoint;
    request.versionSegment = m_segment;
    request.name = endpointPath(endpoint);
    request.parameters = std::move(parameters);
    if (m_version == ApiVersion::V4) {
        if (endpoint == Endpoint::SeriesMetaData) {
            request.name = u"getSeriesMetadata"_s;
            request.method = HttpMethod::Post;
        } else if (endpoint == Endpoint::ContentsByName) {
            request.versionSegment = u"v1"_s; // shared lists are not in v4
        }
    }
    return request;
}

QString ApiDialect::releaseDate(Endpoint endpoint, QDate date) const {
    // An invalid date gives a null string: the parameter is not sent.
    if (m_version == ApiVersion::V4)
        return date.toString(u"MM-dd-yyyy"_s);
    if (endpoint == Endpoint::UpdatedSeries)
        return date.toString(u"dd/MM/yyyy"_s);
    return date.toString(u"yyyy/MM/dd"_s);
}

WireRequest ApiDialect::newEntities(Endpoint endpoint, const QString &collection, QDate date,
                                    const QString &patientId) const {
    const QString dateName = m_version == ApiVersion::V4 ? u"fromDate"_s : u"Date"_s;
    QueryParameters parameters{{u"Collection"_s, collection},
                               {dateName, releaseDate(endpoint, date)}};
    addIfSet(parameters, u"PatientID"_s, patientId);
    return request(endpoint, parameters);
}

WireRequest ApiDialect::updatedSeries(QDate releasedAfter) const {
    QueryParameters parameters;
    parameters.append({u"fromDate"_s, releaseDate(Endpoint::UpdatedSeries, releasedAfter)});
    return request(Endpoint::UpdatedSeries, parameters);
}

WireRequest ApiDialect::seriesMetadata(const QStringList &seriesUids) const {
    if (m_version == ApiVersion::V4)
        return request(Endpoint::SeriesMetaData, {{u"list"_s, seriesUids.join(u',')}});
    return request(Endpoint::SeriesMetaData, {{u"SeriesInstanceUID"_s, seriesUids.value(0)}});
}

int ApiDialect::seriesMetadataBatchSize() const {
    return m_version == ApiVersion::V4 ? 500 : 1;
}

WireRequest ApiDialect::seriesArchive(const QString &seriesUid, const SeriesArchiveOptions &options,
                                      bool includeMd5Refused) const {
    QueryParameters parameters{{u"SeriesInstanceUID"_s, seriesUid}};
    const bool md5InGetImage = m_version == ApiVersion::V4 && !includeMd5Refused;
    if (options.withMd5Hashes && !md5InGetImage)
        return request(Endpoint::ImageWithMd5Hash, parameters);
    if (options.newFileNames)
        parameters.append({u"NewFileNames"_s, u"Yes"_s});
    if (options.withMd5Hashes)
        parameters.append({u"IncludeMD5"_s, u"Yes"_s});
    return request(Endpoint::Image, parameters);
}

bool ApiDialect::archiveHasLicense(const WireRequest &request) {
    return request.endpoint == Endpoint::Image;
}

bool ApiDialect::archiveNamesFilesByInstance(const WireRequest &request) {
    for (const auto &[name, value] : request.parameters) {
        if (name == "NewFileNames"_L1)
            return true;
    }
    return false;
}

} // namespace nbia
