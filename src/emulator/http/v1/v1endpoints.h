#pragma once

#include "emulatoroptions.h"
#include "emulatorresponse.h"
#include "endpointsupport.h"
#include "requestparameters.h"
#include "resulttable.h"
#include "syntheticarchive.h"

#include <QStringList>

#include <functional>

namespace nbia::emulator {

// The 18 v1 endpoints (/nbia-api/services/v1/<name>) over a synthetic archive, answering as the
// real server does: parameter spelling, column order and types, plain-text 400s, empty bodies
// for no results, 204 from getSeriesMetaData. Split over several files by endpoint family.
class V1Endpoints final {
public:
    V1Endpoints(const SyntheticArchive &archive, const EmulatorQuirks &quirks);

    // The endpoint names, case-sensitive, e.g. "getSeries", "NewPatientsInCollection".
    static QStringList names();

    // `endpoint` is the last path segment, e.g. "getSeries".
    [[nodiscard]] EmulatorResponse handle(const QString &endpoint,
                                          const RequestParameters &parameters) const;

    // getImage's answer for a series it does not give out (unknown, or not public).
    [[nodiscard]] static EmulatorResponse notInPublicDomain(const QString &seriesUid);

private:
    using Params = RequestParameters;
    using Handler = EmulatorResponse (V1Endpoints::*)(const Params &) const;
    static const QList<std::pair<QLatin1StringView, Handler>> &table();

    // v1valueendpoints.cpp
    EmulatorResponse collectionValues(const Params &p) const;
    EmulatorResponse modalityValues(const Params &p) const;
    EmulatorResponse bodyPartValues(const Params &p) const;
    EmulatorResponse manufacturerValues(const Params &p) const;
    // v1patientendpoints.cpp
    EmulatorResponse patient(const Params &p) const;
    EmulatorResponse patientByCollectionAndModality(const Params &p) const;
    EmulatorResponse newPatientsInCollection(const Params &p) const;
    EmulatorResponse patientStudy(const Params &p) const;
    EmulatorResponse newStudiesInPatientCollection(const Params &p) const;
    // v1seriesendpoints.cpp
    EmulatorResponse series(const Params &p) const;
    EmulatorResponse updatedSeries(const Params &p) const;
    EmulatorResponse seriesSize(const Params &p) const;
    EmulatorResponse sopInstanceUids(const Params &p) const;
    EmulatorResponse seriesMetaData(const Params &p) const;
    EmulatorResponse contentsByName(const Params &p) const;
    // v1imageendpoints.cpp
    EmulatorResponse image(const Params &p) const;
    EmulatorResponse imageWithMd5Hash(const Params &p) const;
    EmulatorResponse zip(const Params &p, bool withMd5) const;
    EmulatorResponse singleImage(const Params &p) const;

    // v1endpoints.cpp: shared helpers
    EmulatorResponse tableResponse(const ResultTable &table, const Params &p) const;
    static EmulatorResponse badRequest(const char *message);
    void forEachSeries(const std::optional<QString> &collection,
                       const std::function<void(qsizetype)> &visit) const {
        m_support.forEachSeries(collection, visit);
    }
    QList<QVariant> seriesRow(qsizetype index, int columnCount) const;
    static ResultTable seriesTable(int columnCount, bool spacedReleaseDate);
    QList<QVariant> patientRow(const ArchivePatient &patient) const;
    static ResultTable patientTable();
    QList<QVariant> studyRow(const ArchiveStudy &study) const;
    static ResultTable studyTable();

    const SyntheticArchive &m_archive;
    const EmulatorQuirks &m_quirks;
    EndpointSupport m_support;
};

} // namespace nbia::emulator
