#pragma once

#include "apiversion.h"
#include "queries.h"
#include "wirerequest.h"

#include <QDate>
#include <QStringList>

namespace nbia {

// What differs between the API versions on the request side, in one place: each endpoint's
// name, method and version, and the parameters whose names or value formats changed. The rest of
// the client asks for records and never for a version; rows of every version are read into the
// same records by RecordParser.
class ApiDialect final {
public:
    // `configuredSegment` is the version of the settings ("v1", "v2", "v4"…), kept in the URL.
    explicit ApiDialect(const QString &configuredSegment);

    [[nodiscard]] ApiVersion version() const { return m_version; }
    // False for the endpoints only v4 has, on a v1 server.
    [[nodiscard]] bool offers(Endpoint endpoint) const;

    // The request for `endpoint` with parameters that need no translation.
    [[nodiscard]] WireRequest request(Endpoint endpoint, QueryParameters parameters = {}) const;

    // NewPatientsInCollection / NewStudiesInPatientCollection: released on or after `date`.
    [[nodiscard]] WireRequest newEntities(Endpoint endpoint, const QString &collection, QDate date,
                                          const QString &patientId = {}) const;
    // getUpdatedSeries; an invalid date sends none (v4: every series) or v1's own default.
    [[nodiscard]] WireRequest updatedSeries(QDate releasedAfter) const;
    // getSeriesMetaData (v1: one series per GET) or getSeriesMetadata (v4: a POST for many).
    [[nodiscard]] WireRequest seriesMetadata(const QStringList &seriesUids) const;
    [[nodiscard]] int seriesMetadataBatchSize() const;
    // The series' ZIP. v4 asks getImage for the MD5 list unless the server refused IncludeMD5;
    // then, like v1, getImageWithMD5Hash.
    [[nodiscard]] WireRequest seriesArchive(const QString &seriesUid,
                                            const SeriesArchiveOptions &options,
                                            bool includeMd5Refused) const;
    // True when the ZIP the request gives has the archive's LICENSE entry.
    [[nodiscard]] static bool archiveHasLicense(const WireRequest &request);
    // True when the archive names the files "1-001.dcm"… itself.
    [[nodiscard]] static bool archiveNamesFilesByInstance(const WireRequest &request);

    // The release-date formats of the query parameters.
    [[nodiscard]] QString releaseDate(Endpoint endpoint, QDate date) const;

private:
    ApiVersion m_version;
    QString m_segment;
};

} // namespace nbia
