// getPatient, getPatientByCollectionAndModality, NewPatientsInCollection, getPatientStudy,
// NewStudiesInPatientCollection.
#include "v1endpoints.h"

#include "columnvalues.h"
#include "lenientjavadate.h"

#include <QSet>
#include <QTimeZone>

namespace nbia::emulator {

using namespace Qt::StringLiterals;
using namespace ColumnValues;

namespace {
// The "Date" parameter of the New* endpoints: strictly after midnight of that day.
std::optional<QDateTime> releasedAfter(const QString &text) {
    const std::optional<QDate> date =
        LenientJavaDate::parse(text, LenientJavaDate::Order::YearMonthDay);
    if (!date)
        return std::nullopt;
    return QDateTime(*date, QTime(0, 0), QTimeZone::utc());
}
} // namespace

ResultTable V1Endpoints::patientTable() {
    return {{{u"PatientId"_s, JavaType::String},
             {u"PatientName"_s, JavaType::String},
             {u"PatientBirthDate"_s, JavaType::Timestamp},
             {u"PatientSex"_s, JavaType::String},
             {u"EthnicGroup"_s, JavaType::String},
             {u"Collection"_s, JavaType::String},
             {u"Phantom"_s, JavaType::String},
             {u"SpeciesCode"_s, JavaType::String},
             {u"SpeciesDescription"_s, JavaType::String}},
            {}};
}

QList<QVariant> V1Endpoints::patientRow(const ArchivePatient &patient) const {
    return {patient.id,
            nullable(patient.name),
            midnight(patient.birthDate),
            nullable(patient.sex),
            nullable(patient.ethnicGroup),
            m_archive.collectionOf(patient).name,
            patient.phantom,
            patient.speciesCode,
            patient.speciesDescription};
}

ResultTable V1Endpoints::studyTable() {
    return {{{u"StudyInstanceUID"_s, JavaType::String},
             {u"StudyDate"_s, JavaType::Timestamp},
             {u"StudyDescription"_s, JavaType::String},
             {u"AdmittingDiagnosesDescription"_s, JavaType::String},
             {u"StudyID"_s, JavaType::String},
             {u"PatientAge"_s, JavaType::String},
             {u"PatientID"_s, JavaType::String},
             {u"PatientName"_s, JavaType::String},
             {u"PatientBirthDate"_s, JavaType::Timestamp},
             {u"PatientSex"_s, JavaType::String},
             {u"EthnicGroup"_s, JavaType::String},
             {u"Collection"_s, JavaType::String},
             {u"SeriesCount"_s, JavaType::Long},
             {u"LongitudinalTemporalEventType"_s, JavaType::String},
             {u"LongitudinalTemporalOffsetFromEvent"_s, JavaType::Double}},
            {}};
}

QList<QVariant> V1Endpoints::studyRow(const ArchiveStudy &study) const {
    const ArchivePatient &patient = m_archive.patientOf(study);
    return {study.uid,
            midnight(study.date),
            nullable(study.description),
            nullable(study.admittingDiagnoses),
            nullable(study.studyId),
            nullable(study.patientAge),
            patient.id,
            nullable(patient.name),
            midnight(patient.birthDate),
            nullable(patient.sex),
            nullable(patient.ethnicGroup),
            m_archive.collectionOf(patient).name,
            qint64(study.seriesCount),
            nullable(study.longitudinalEventType),
            study.longitudinalOffset ? QVariant(*study.longitudinalOffset) : QVariant()};
}

EmulatorResponse V1Endpoints::patient(const Params &p) const {
    const std::optional<QString> collection = p.value(u"Collection"_s);
    // The archive upper-cases the parameter but not the column.
    const std::optional<QString> patientId = p.value(u"PatientId"_s);
    ResultTable table = patientTable();
    for (const ArchivePatient &patient : m_archive.patients()) {
        if (collection &&
            m_archive.collectionOf(patient).name.compare(*collection, Qt::CaseInsensitive) != 0)
            continue;
        if (patientId && patient.id != patientId->toUpper())
            continue;
        table.rows.append(patientRow(patient));
    }
    return tableResponse(table, p);
}

EmulatorResponse V1Endpoints::patientByCollectionAndModality(const Params &p) const {
    const std::optional<QString> collection = p.value(u"Collection"_s);
    const std::optional<QString> modality = p.value(u"Modality"_s);
    if (!collection || !modality)
        return badRequest("A parameter, Collection and Modality, are required for this API call.");
    ResultTable table{{{u"PatientId"_s, JavaType::String}}, {}};
    qsizetype lastPatient = -1;
    forEachSeries(collection, [&](qsizetype i) {
        const ArchiveSeries &series = m_archive.series()[i];
        const qsizetype patient = m_archive.studyOf(series).patient;
        if (patient != lastPatient &&
            series.modality.compare(*modality, Qt::CaseInsensitive) == 0) {
            lastPatient = patient;
            table.rows.append({m_archive.patients()[patient].id});
        }
    });
    return tableResponse(table, p);
}

EmulatorResponse V1Endpoints::newPatientsInCollection(const Params &p) const {
    const std::optional<QString> collection = p.value(u"Collection"_s);
    const std::optional<QString> date = p.value(u"Date"_s);
    if (!collection || !date)
        return badRequest("A parameter, Collection and Date are required for this API call.");
    const std::optional<QDateTime> after = releasedAfter(*date);
    ResultTable table = patientTable();
    if (!after)
        return tableResponse(table, p);
    qsizetype lastPatient = -1;
    forEachSeries(collection, [&](qsizetype i) {
        const ArchiveSeries &series = m_archive.series()[i];
        const qsizetype patient = m_archive.studyOf(series).patient;
        if (patient != lastPatient && series.released > *after) {
            lastPatient = patient;
            table.rows.append(patientRow(m_archive.patients()[patient]));
        }
    });
    return tableResponse(table, p);
}

EmulatorResponse V1Endpoints::patientStudy(const Params &p) const {
    const std::optional<QString> patientId = p.value(u"PatientID"_s);
    const std::optional<QString> studyUid = p.value(u"StudyInstanceUID"_s);
    ResultTable table = studyTable();
    qsizetype lastStudy = -1;
    forEachSeries(p.value(u"Collection"_s), [&](qsizetype i) {
        const qsizetype studyIndex = m_archive.series()[i].study;
        if (studyIndex == lastStudy)
            return;
        lastStudy = studyIndex;
        const ArchiveStudy &study = m_archive.studies()[studyIndex];
        if (studyUid && study.uid != *studyUid)
            return;
        if (patientId && m_archive.patientOf(study).id != *patientId)
            return;
        table.rows.append(studyRow(study));
    });
    return tableResponse(table, p);
}

EmulatorResponse V1Endpoints::newStudiesInPatientCollection(const Params &p) const {
    const std::optional<QString> collection = p.value(u"Collection"_s);
    const std::optional<QString> date = p.value(u"Date"_s);
    if (!collection || !date)
        return badRequest("A parameter, Collection and Date are required for this API call.");
    const std::optional<QString> patientId = p.value(u"PatientID"_s);
    const std::optional<QDateTime> after = releasedAfter(*date);
    ResultTable table = studyTable();
    if (!after)
        return tableResponse(table, p);
    qsizetype lastStudy = -1;
    forEachSeries(collection, [&](qsizetype i) {
        const ArchiveSeries &series = m_archive.series()[i];
        if (series.study == lastStudy || series.released <= *after)
            return;
        lastStudy = series.study;
        const ArchiveStudy &study = m_archive.studies()[series.study];
        if (patientId && m_archive.patientOf(study).id != *patientId)
            return;
        table.rows.append(studyRow(study));
    });
    return tableResponse(table, p);
}

} // namespace nbia::emulator
