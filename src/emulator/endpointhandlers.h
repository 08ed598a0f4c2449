#pragma once

#include "emulatoroptions.h"
#include "emulatorresponse.h"
#include "requestparameters.h"
#include "resulttable.h"
#include "syntheticarchive.h"

#include <functional>

namespace nbia::emulator {

// The 18 v1 endpoints over a synthetic archive, answering as the real server does: parameter
// spelling, column order and types, plain-text 400s, empty bodies for no results, 204 from
// getSeriesMetaData. Split over several files by endpoint family.
class EndpointHandlers final {
public:
    EndpointHandlers(const SyntheticArchive &archive, const EmulatorQuirks &quirks);

    // `endpoint` is the last path segment, e.g. "getSeries".
    [[nodiscard]] EmulatorResponse handle(const QString &endpoint,
                                          const RequestParameters &parameters) const;

    [[nodiscard]] EmulatorResponse unknownPath(const QByteArray &what) const;
    [[nodiscard]] EmulatorResponse serverError(const QByteArray &exceptionMessage) const;
    // getImage's answer for a series it does not give out (unknown, or not public).
    [[nodiscard]] static EmulatorResponse notInPublicDomain(const QString &seriesUid);

    // The text of the LICENSE entry of a collection's ZIPs.
    [[nodiscard]] QByteArray licenseText(const ArchiveCollection &collection) const;

private:
    using Params = RequestParameters;

    // valueendpoints.cpp
    EmulatorResponse collectionValues(const Params &p) const;
    EmulatorResponse modalityValues(const Params &p) const;
    EmulatorResponse bodyPartValues(const Params &p) const;
    EmulatorResponse manufacturerValues(const Params &p) const;
    // patientendpoints.cpp
    EmulatorResponse patient(const Params &p) const;
    EmulatorResponse patientByCollectionAndModality(const Params &p) const;
    EmulatorResponse newPatientsInCollection(const Params &p) const;
    EmulatorResponse patientStudy(const Params &p) const;
    EmulatorResponse newStudiesInPatientCollection(const Params &p) const;
    // seriesendpoints.cpp
    EmulatorResponse series(const Params &p) const;
    EmulatorResponse updatedSeries(const Params &p) const;
    EmulatorResponse seriesSize(const Params &p) const;
    EmulatorResponse sopInstanceUids(const Params &p) const;
    EmulatorResponse seriesMetaData(const Params &p) const;
    EmulatorResponse contentsByName(const Params &p) const;
    // imageendpoints.cpp
    EmulatorResponse image(const Params &p, bool withMd5) const;
    EmulatorResponse singleImage(const Params &p) const;

    // endpointhandlers.cpp: shared helpers
    EmulatorResponse tableResponse(const ResultTable &table, const Params &p) const;
    static EmulatorResponse badRequest(const char *message);
    // Calls `visit` for every series of the collection named by the parameter (all series when
    // absent, none when it names no collection).
    void forEachSeries(const std::optional<QString> &collection,
                       const std::function<void(qsizetype)> &visit) const;
    std::pair<qsizetype, qsizetype> seriesRange(qsizetype collection) const;
    QList<QVariant> seriesRow(qsizetype index, int columnCount) const;
    static ResultTable seriesTable(int columnCount, bool spacedReleaseDate);
    QList<QVariant> patientRow(const ArchivePatient &patient) const;
    static ResultTable patientTable();
    QList<QVariant> studyRow(const ArchiveStudy &study) const;
    static ResultTable studyTable();

    const SyntheticArchive &m_archive;
    const EmulatorQuirks &m_quirks;
};

} // namespace nbia::emulator
