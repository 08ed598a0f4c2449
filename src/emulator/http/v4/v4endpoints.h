#pragma once

#include "emulatoroptions.h"
#include "emulatorresponse.h"
#include "endpointsupport.h"
#include "requestparameters.h"
#include "resulttable.h"
#include "syntheticarchive.h"

#include <QStringList>

#include <optional>

namespace nbia::emulator {

// The v4 endpoints (/nbia-api/services/v4/<name>) over the same synthetic archive, as
// nbia-api-v4.md describes them: per-endpoint allowed parameter names checked before the
// required ones, v4 keys and types, MM-DD-YYYY dates, Authorized, upper-cased value lists, POST
// getSeriesMetadata, IncludeMD5 on getImage, and the v4-only endpoints (counts, collection
// descriptions, DICOM tags). The v4-release quirk gives the 9.5 variants. Split over several
// files by endpoint family.
class V4Endpoints final {
public:
    V4Endpoints(const SyntheticArchive &archive, const EmulatorQuirks &quirks);

    // The endpoint names the release serves, case-sensitive.
    static QStringList names(EmulatorQuirks::V4Release release);
    // The parameter names an endpoint accepts, in the order its 400 lists them; nullopt when the
    // endpoint checks no names (or does not exist).
    static std::optional<QStringList> allowedParameters(const QString &endpoint,
                                                        EmulatorQuirks::V4Release release);

    [[nodiscard]] bool knows(const QString &endpoint) const;
    // POST (getSeriesMetadata) or GET.
    [[nodiscard]] bool isPost(const QString &endpoint) const;

    // `query` from the URL; `form` from an application/x-www-form-urlencoded POST body.
    [[nodiscard]] EmulatorResponse handle(const QString &endpoint, const RequestParameters &query,
                                          const RequestParameters &form) const;

    // The 400 of the downloads and getDicomTags for a series the user may not have.
    [[nodiscard]] static EmulatorResponse notGranted(const QString &seriesUid);

private:
    using Params = RequestParameters;
    using Handler = EmulatorResponse (V4Endpoints::*)(const Params &) const;
    struct Entry;
    static const QList<Entry> &table();
    static const Entry *find(const QString &endpoint, EmulatorQuirks::V4Release release);

    // v4valueendpoints.cpp
    EmulatorResponse collectionValues(const Params &p) const;
    EmulatorResponse modalityValues(const Params &p) const;
    EmulatorResponse bodyPartValues(const Params &p) const;
    EmulatorResponse manufacturerValues(const Params &p) const;
    // v4countendpoints.cpp
    EmulatorResponse collectionCounts(const Params &p) const;
    EmulatorResponse modalityCounts(const Params &p) const;
    EmulatorResponse bodyPartCounts(const Params &p) const;
    EmulatorResponse manufacturerCounts(const Params &p) const;
    EmulatorResponse speciesCounts(const Params &p) const;
    // v4patientendpoints.cpp
    EmulatorResponse patient(const Params &p) const;
    EmulatorResponse patientByCollectionAndModality(const Params &p) const;
    EmulatorResponse newPatientsInCollection(const Params &p) const;
    EmulatorResponse patientStudy(const Params &p) const;
    EmulatorResponse newStudiesInPatientCollection(const Params &p) const;
    // v4seriesendpoints.cpp
    EmulatorResponse series(const Params &p) const;
    EmulatorResponse updatedSeries(const Params &p) const;
    EmulatorResponse seriesSize(const Params &p) const;
    EmulatorResponse sopInstanceUids(const Params &p) const;
    // v4metadataendpoint.cpp (POST: `p` is the form)
    EmulatorResponse seriesMetadata(const Params &p) const;
    // v4imageendpoints.cpp
    EmulatorResponse image(const Params &p) const;
    EmulatorResponse imageWithMd5Hash(const Params &p) const;
    EmulatorResponse singleImage(const Params &p) const;
    // v4collectiondescriptions.cpp, v4dicomtags.cpp
    EmulatorResponse collectionDescriptions(const Params &p) const;
    EmulatorResponse dicomTags(const Params &p) const;

    // v4endpoints.cpp: shared helpers
    EmulatorResponse tableResponse(const ResultTable &table, const Params &p) const;
    EmulatorResponse jsonResponse(const ResultTable &table) const; // `format` not read
    [[nodiscard]] bool release95() const {
        return m_quirks.v4Release == EmulatorQuirks::V4Release::R9_5;
    }
    // getSeries and getUpdatedSeries rows: 30 columns (9.5: 25, and 16 for getUpdatedSeries).
    QList<QVariant> seriesRow(qsizetype index, bool updated) const;
    ResultTable seriesTable(bool updated) const;
    QList<QVariant> patientRow(const ArchivePatient &patient) const;
    ResultTable patientTable() const;
    QList<QVariant> studyRow(const ArchiveStudy &study) const;
    ResultTable studyTable() const;
    [[nodiscard]] qsizetype patientOfSeries(qsizetype series) const;
    [[nodiscard]] const ArchiveCollection &collectionOfSeries(qsizetype series) const;

    const SyntheticArchive &m_archive;
    const EmulatorQuirks &m_quirks;
    EndpointSupport m_support;
};

} // namespace nbia::emulator
