// v4 getPatient, getPatientByCollectionAndModality, NewPatientsInCollection, getPatientStudy,
// NewStudiesInPatientCollection: Authorized appended, no PatientBirthDate (9.5 still has it),
// fromDate as MM-DD-YYYY with `>=`, UPPER = UPPER matching.
#include "v4endpoints.h"

#include "archivedateformat.h"
#include "columnvalues.h"

#include <QTimeZone>

namespace nbia::emulator {

using namespace Qt::StringLiterals;
using namespace ColumnValues;

namespace {
constexpr const char *kCollectionAndDate =
    "A parameter, Collection and Date are required for this API call.";

// `date_released >= STR_TO_DATE(fromDate, '%m-%d-%Y')`: from midnight of that day.
std::optional<QDateTime> releasedFrom(const QString &text) {
    const std::optional<QDate> date = ArchiveDateFormat::parseUsDate(text);
    if (!date)
        return std::nullopt;
    return QDateTime(*date, QTime(0, 0), QTimeZone::utc());
}
} // namespace

EmulatorResponse V4Endpoints::patient(const Params &p) const {
    const std::optional<QString> collection = p.value(u"Collection"_s);
    const std::optional<QString> patientId = p.value(u"PatientId"_s); // exact, case included
    ResultTable table = patientTable();
    for (const ArchivePatient &patient : m_archive.patients()) {
        if (!matchesIgnoringCase(m_archive.collectionOf(patient).name, collection) ||
            !matchesExactly(patient.id, patientId) || patient.studyCount == 0)
            continue;
        table.rows.append(patientRow(patient));
    }
    return tableResponse(table, p);
}

EmulatorResponse V4Endpoints::patientByCollectionAndModality(const Params &p) const {
    const std::optional<QString> collection = p.value(u"Collection"_s);
    const std::optional<QString> modality = p.value(u"Modality"_s);
    if (!collection || !modality)
        return EndpointSupport::badRequest(
            "A parameter, Collection and Modality, are required for this API call.");
    ResultTable table{{{u"PatientId"_s, JavaType::String}, {u"Authorized"_s, JavaType::Long}}, {}};
    qsizetype lastPatient = -1;
    m_support.forEachSeries(collection, [&](qsizetype i) {
        const qsizetype patient = patientOfSeries(i);
        if (patient != lastPatient &&
            matchesIgnoringCase(m_archive.series()[i].modality, modality)) {
            lastPatient = patient;
            table.rows.append({m_archive.patients()[patient].id, qint64(1)});
        }
    });
    return tableResponse(table, p);
}

EmulatorResponse V4Endpoints::newPatientsInCollection(const Params &p) const {
    const std::optional<QString> collection = p.value(u"Collection"_s);
    const std::optional<QString> fromDate = p.value(u"fromDate"_s);
    if (!collection || !fromDate)
        return EndpointSupport::badRequest(kCollectionAndDate);
    ResultTable table = patientTable();
    const std::optional<QDateTime> from = releasedFrom(*fromDate);
    if (!from)
        return tableResponse(table, p);
    qsizetype lastPatient = -1;
    m_support.forEachSeries(collection, [&](qsizetype i) {
        const qsizetype patient = patientOfSeries(i);
        if (patient != lastPatient && m_archive.series()[i].released >= *from) {
            lastPatient = patient;
            table.rows.append(patientRow(m_archive.patients()[patient]));
        }
    });
    return tableResponse(table, p);
}

EmulatorResponse V4Endpoints::patientStudy(const Params &p) const {
    const std::optional<QString> patientId = p.value(u"PatientID"_s);
    const std::optional<QString> studyUid = p.value(u"StudyInstanceUID"_s);
    ResultTable table = studyTable();
    qsizetype lastStudy = -1;
    m_support.forEachSeries(p.value(u"Collection"_s), [&](qsizetype i) {
        const qsizetype studyIndex = m_archive.series()[i].study;
        if (studyIndex == lastStudy)
            return;
        lastStudy = studyIndex;
        const ArchiveStudy &study = m_archive.studies()[studyIndex];
        if (!matchesIgnoringCase(study.uid, studyUid) ||
            !matchesIgnoringCase(m_archive.patientOf(study).id, patientId))
            return;
        table.rows.append(studyRow(study));
    });
    return tableResponse(table, p);
}

EmulatorResponse V4Endpoints::newStudiesInPatientCollection(const Params &p) const {
    const std::optional<QString> collection = p.value(u"Collection"_s);
    const std::optional<QString> fromDate = p.value(u"fromDate"_s);
    if (!collection || !fromDate)
        return EndpointSupport::badRequest(kCollectionAndDate);
    const std::optional<QString> patientId = p.value(u"PatientID"_s);
    ResultTable table = studyTable();
    const std::optional<QDateTime> from = releasedFrom(*fromDate);
    if (!from)
        return tableResponse(table, p);
    qsizetype lastStudy = -1;
    m_support.forEachSeries(collection, [&](qsizetype i) {
        const ArchiveSeries &series = m_archive.series()[i];
        if (series.study == lastStudy || series.released < *from)
            return;
        lastStudy = series.study;
        const ArchiveStudy &study = m_archive.studies()[series.study];
        if (matchesIgnoringCase(m_archive.patientOf(study).id, patientId))
            table.rows.append(studyRow(study));
    });
    return tableResponse(table, p);
}

} // namespace nbia::emulator
