#include "expectedv4.h"

#include "objectwriter.h"

using namespace Qt::StringLiterals;

namespace nbia::emulator::testsupport {

QString ExpectedV4::date(QDate value) {
    return value.isValid() ? value.toString(u"MM-dd-yyyy"_s) : QString();
}

QByteArray ExpectedV4::seriesRow(qsizetype index) const {
    const ArchiveSeries &s = a.series()[index];
    const ArchiveStudy &study = a.studyOf(s);
    const ArchivePatient &patient = a.patientOf(study);
    const ArchiveCollection &collection = a.collectionOf(patient);
    const ArchiveLicense &license = a.licenses()[collection.license];
    ObjectWriter w(true);
    w.str(u"SeriesInstanceUID"_s, s.uid)
        .str(u"StudyInstanceUID"_s, study.uid)
        .str(u"Modality"_s, s.modality)
        .str(u"ProtocolName"_s, s.protocol)
        .str(u"SeriesDate"_s, date(study.date))
        .str(u"SeriesDescription"_s, s.description)
        .str(u"BodyPartExamined"_s, s.bodyPart)
        .integer(u"SeriesNumber"_s, s.seriesNumber)
        .str(u"AnnotationsFlag"_s, s.annotations.value_or(false) ? u"1"_s : QString())
        .str(u"Collection"_s, collection.name)
        .str(u"Site"_s, collection.site)
        .str(u"PatientID"_s, patient.id)
        .str(u"PatientSex"_s, patient.sex)
        .str(u"PatientAge"_s, study.patientAge)
        .str(u"AdmittingDiagnosisDescription"_s, study.admittingDiagnoses)
        .str(u"Manufacturer"_s, s.manufacturer)
        .str(u"ManufacturerModelName"_s, s.model)
        .str(u"SoftwareVersions"_s, s.software)
        .integer(u"ImageCount"_s, s.imageCount)
        .str(u"MaxSubmissionTimestamp"_s, date(s.submitted.toUTC().date()))
        .str(u"LicenseName"_s, license.name)
        .str(u"LicenseURI"_s, license.url)
        .str(u"DataDescriptionURI"_s, collection.doi)
        .integer(u"FileSize"_s, s.imageFileSize * s.imageCount)
        .str(u"ReleasedStatus"_s, s.releasedStatus)
        .str(u"DateReleased"_s, date(s.released.toUTC().date()))
        .str(u"StudyDesc"_s, study.description)
        .str(u"StudyDate"_s, date(study.date))
        .str(u"ThirdPartyAnalysis"_s, s.thirdPartyAnalysis)
        .integer(u"Authorized"_s, 1);
    return w.text();
}

QByteArray ExpectedV4::patientRow(qsizetype index) const {
    const ArchivePatient &p = a.patients()[index];
    return ObjectWriter(true)
        .str(u"PatientId"_s, p.id)
        .str(u"PatientName"_s, p.name)
        .str(u"PatientSex"_s, p.sex)
        .str(u"EthnicGroup"_s, p.ethnicGroup)
        .str(u"Collection"_s, a.collectionOf(p).name)
        .str(u"Phantom"_s, p.phantom)
        .str(u"SpeciesCode"_s, p.speciesCode)
        .str(u"SpeciesDescription"_s, p.speciesDescription)
        .integer(u"Authorized"_s, 1)
        .text();
}

QByteArray ExpectedV4::studyRow(qsizetype index) const {
    const ArchiveStudy &study = a.studies()[index];
    const ArchivePatient &p = a.patientOf(study);
    qint64 seriesCount = 0;
    for (const ArchiveSeries &s : a.series())
        seriesCount += s.study == index ? 1 : 0;
    return ObjectWriter(true)
        .str(u"StudyInstanceUID"_s, study.uid)
        .str(u"StudyDate"_s, date(study.date))
        .str(u"StudyDescription"_s, study.description)
        .str(u"AdmittingDiagnosesDescription"_s, study.admittingDiagnoses)
        .str(u"StudyID"_s, study.studyId)
        .str(u"PatientAge"_s, study.patientAge)
        .str(u"PatientID"_s, p.id)
        .str(u"PatientName"_s, p.name)
        .str(u"PatientSex"_s, p.sex)
        .str(u"EthnicGroup"_s, p.ethnicGroup)
        .str(u"Collection"_s, a.collectionOf(p).name)
        .integer(u"SeriesCount"_s, seriesCount)
        .str(u"LongitudinalTemporalEventType"_s, study.longitudinalEventType)
        .real(u"LongitudinalTemporalOffsetFromEvent"_s, study.longitudinalOffset)
        .integer(u"Authorized"_s, 1)
        .text();
}

QList<std::pair<QString, QString>> ExpectedV4::metadata(qsizetype index,
                                                        const QString &pixelSpacing,
                                                        const QString &sliceThickness) const {
    const ArchiveSeries &s = a.series()[index];
    const ArchiveStudy &study = a.studyOf(s);
    const ArchivePatient &p = a.patientOf(study);
    const ArchiveCollection &collection = a.collectionOf(p);
    const ArchiveLicense &license = a.licenses()[collection.license];
    return {
        {u"PatientID"_s, p.id},
        {u"PatientName"_s, p.name},
        {u"PatientSex"_s, p.sex},
        {u"EthnicGroup"_s, p.ethnicGroup},
        {u"Phantom"_s, p.phantom},
        {u"SpeciesCode"_s, p.speciesCode},
        {u"SpeciesDescription"_s, p.speciesDescription},
        {u"StudyInstanceUID"_s, study.uid},
        {u"StudyDate"_s, date(study.date)},
        {u"StudyDesc"_s, study.description},
        {u"AdmittingDiagnosisDescription"_s, study.admittingDiagnoses},
        {u"StudyID"_s, study.studyId},
        {u"PatientAge"_s, study.patientAge},
        {u"LongitudinalTemporalEventType"_s, study.longitudinalEventType},
        {u"LongitudinalTemporalOffsetFromEvent"_s,
         study.longitudinalOffset ? QString::number(qint64(*study.longitudinalOffset)) : QString()},
        {u"SeriesInstanceUID"_s, s.uid},
        {u"Collection"_s, collection.name},
        {u"Site"_s, collection.site},
        {u"Modality"_s, s.modality},
        {u"ProtocolName"_s, s.protocol},
        {u"SeriesDate"_s, date(study.date)},
        {u"SeriesDescription"_s, s.description},
        {u"BodyPartExamined"_s, s.bodyPart},
        {u"SeriesNumber"_s, QString::number(s.seriesNumber) + u".000000"_s},
        {u"AnnotationsFlag"_s, s.annotations.value_or(false) ? u"1"_s : QString()},
        {u"Manufacturer"_s, s.manufacturer},
        {u"ManufacturerModelName"_s, s.model},
        {u"PixelSpacing(mm)-Row"_s, pixelSpacing},
        {u"SliceThickness(mm)"_s, sliceThickness},
        {u"SoftwareVersions"_s, s.software},
        {u"ImageCount"_s, QString::number(s.imageCount)},
        {u"MaxSubmissionTimestamp"_s, date(s.submitted.toUTC().date())},
        {u"LicenseName"_s, license.name},
        {u"LicenseURI"_s, license.url},
        {u"DataDescriptionURI"_s, collection.doi},
        {u"FileSize"_s, QString::number(s.imageFileSize * s.imageCount)},
        {u"ReleasedStatus"_s, s.releasedStatus},
        {u"DateReleased"_s, date(s.released.toUTC().date())},
        {u"ThirdPartyAnalysis"_s, s.thirdPartyAnalysis},
        {u"Authorized"_s, u"1"_s},
    };
}

QList<QByteArray> ExpectedV4::rows(const QList<qsizetype> &indexes,
                                   QByteArray (ExpectedV4::*row)(qsizetype) const) const {
    QList<QByteArray> result;
    for (const qsizetype i : indexes)
        result.append((this->*row)(i));
    return result;
}

} // namespace nbia::emulator::testsupport
