#include "expected.h"

#include "javadatetext.h"
#include "objectwriter.h"

#include <QByteArrayList>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nbia::emulator::testsupport {

namespace {

QByteArray csvQuoted(const QString &value) {
    QString doubled = value;
    doubled.replace(u"\""_s, u"\"\""_s);
    return '"' + doubled.toUtf8() + '"';
}

} // namespace

QByteArray Expected::seriesRow(qsizetype index, SeriesShape shape, bool escape) const {
    const ArchiveSeries &s = a.series()[index];
    const ArchiveStudy &study = a.studyOf(s);
    const ArchivePatient &patient = a.patientOf(study);
    const ArchiveCollection &collection = a.collectionOf(patient);
    const ArchiveLicense &license = a.licenses()[collection.license];
    ObjectWriter w(escape);
    w.str(u"SeriesInstanceUID"_s, s.uid)
        .str(u"StudyInstanceUID"_s, study.uid)
        .str(u"Modality"_s, s.modality)
        .str(u"ProtocolName"_s, s.protocol)
        .date(u"SeriesDate"_s, study.date)
        .str(u"SeriesDescription"_s, s.description)
        .str(u"BodyPartExamined"_s, s.bodyPart)
        .integer(u"SeriesNumber"_s, s.seriesNumber)
        .boolean(u"AnnotationsFlag"_s, s.annotations)
        .str(u"Collection"_s, collection.name)
        .str(u"PatientID"_s, patient.id)
        .str(u"Manufacturer"_s, s.manufacturer)
        .str(u"ManufacturerModelName"_s, s.model)
        .str(u"SoftwareVersions"_s, s.software)
        .integer(u"ImageCount"_s, s.imageCount);
    if (shape == SeriesShape::Updated)
        return w.timestamp(u"DateReleased"_s, s.released).text();
    if (shape == SeriesShape::Contents)
        return w.timestamp(u"Date Released"_s, s.released).text();
    return w.timestamp(u"TimeStamp"_s, s.submitted)
        .str(u"LicenseName"_s, license.name)
        .str(u"LicenseURI"_s, license.url)
        .str(u"CollectionURI"_s, collection.doi)
        .integer(u"FileSize"_s, s.imageFileSize * s.imageCount)
        .timestamp(u"DateReleased"_s, s.released)
        .str(u"StudyDesc"_s, study.description)
        .date(u"StudyDate"_s, study.date)
        .str(u"ThirdPartyAnalysis"_s, s.thirdPartyAnalysis)
        .text();
}

QList<QByteArray> Expected::seriesRows(const QList<qsizetype> &indexes, SeriesShape shape) const {
    QList<QByteArray> rows;
    for (const qsizetype i : indexes)
        rows.append(seriesRow(i, shape));
    return rows;
}

QByteArray Expected::patientRow(qsizetype index) const {
    const ArchivePatient &p = a.patients()[index];
    return ObjectWriter()
        .str(u"PatientId"_s, p.id)
        .str(u"PatientName"_s, p.name)
        .date(u"PatientBirthDate"_s, p.birthDate)
        .str(u"PatientSex"_s, p.sex)
        .str(u"EthnicGroup"_s, p.ethnicGroup)
        .str(u"Collection"_s, a.collectionOf(p).name)
        .str(u"Phantom"_s, p.phantom)
        .str(u"SpeciesCode"_s, p.speciesCode)
        .str(u"SpeciesDescription"_s, p.speciesDescription)
        .text();
}

QList<QByteArray> Expected::patientRows(const QList<qsizetype> &indexes) const {
    QList<QByteArray> rows;
    for (const qsizetype i : indexes)
        rows.append(patientRow(i));
    return rows;
}

QByteArray Expected::studyRow(qsizetype index) const {
    const ArchiveStudy &study = a.studies()[index];
    const ArchivePatient &p = a.patientOf(study);
    qint64 seriesCount = 0;
    for (const ArchiveSeries &s : a.series())
        seriesCount += s.study == index ? 1 : 0;
    return ObjectWriter()
        .str(u"StudyInstanceUID"_s, study.uid)
        .date(u"StudyDate"_s, study.date)
        .str(u"StudyDescription"_s, study.description)
        .str(u"AdmittingDiagnosesDescription"_s, study.admittingDiagnoses)
        .str(u"StudyID"_s, study.studyId)
        .str(u"PatientAge"_s, study.patientAge)
        .str(u"PatientID"_s, p.id)
        .str(u"PatientName"_s, p.name)
        .date(u"PatientBirthDate"_s, p.birthDate)
        .str(u"PatientSex"_s, p.sex)
        .str(u"EthnicGroup"_s, p.ethnicGroup)
        .str(u"Collection"_s, a.collectionOf(p).name)
        .integer(u"SeriesCount"_s, seriesCount)
        .str(u"LongitudinalTemporalEventType"_s, study.longitudinalEventType)
        .real(u"LongitudinalTemporalOffsetFromEvent"_s, study.longitudinalOffset)
        .text();
}

QList<QByteArray> Expected::studyRows(const QList<qsizetype> &indexes) const {
    QList<QByteArray> rows;
    for (const qsizetype i : indexes)
        rows.append(studyRow(i));
    return rows;
}

QList<std::pair<QString, QString>> Expected::metaData(qsizetype index, const QString &sopClassUid,
                                                      const QString &annotationSize) const {
    const ArchiveSeries &s = a.series()[index];
    const ArchiveStudy &study = a.studyOf(s);
    const ArchivePatient &patient = a.patientOf(study);
    const ArchiveCollection &collection = a.collectionOf(patient);
    const ArchiveLicense &license = a.licenses()[collection.license];
    auto sanitized = [](const QString &text) {
        if (text.isNull())
            return QString();
        QString kept;
        kept.reserve(text.size());
        for (const QChar c : text) {
            if ((c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
                c == u' ' || c == u'.' || c == u'-')
                kept += c;
        }
        return kept;
    };
    QString manufacturer = s.manufacturer;
    if (!manufacturer.isNull())
        manufacturer.replace(u',', u' ');
    return {
        {u"Series UID"_s, s.uid},
        {u"Collection"_s, collection.name},
        {u"3rd Party Analysis"_s, s.thirdPartyAnalysis},
        {u"Data Description URI"_s, collection.doi},
        {u"Subject ID"_s, patient.id},
        {u"Study UID"_s, study.uid},
        {u"Study Description"_s, sanitized(study.description)},
        {u"Study Date"_s, study.date.toString(u"MM-dd-yyyy"_s)},
        {u"Series Description"_s, sanitized(s.description)},
        {u"Manufacturer"_s, manufacturer},
        {u"Modality"_s, s.modality},
        {u"SOP Class UID"_s, sopClassUid},
        {u"Number of Images"_s, QString::number(s.imageCount)},
        {u"File Size"_s, QString::number(s.imageFileSize * s.imageCount)},
        {u"File Location"_s, study.studyId},
        {u"Series Number"_s, QString::number(s.seriesNumber) + u".000000"_s},
        {u"License Name"_s, license.name},
        {u"License URL"_s, license.url},
        {u"Annotation Size"_s, annotationSize},
        {u"Date Released"_s, javaDate(s.released)},
        {u"Series Date"_s, javaDate(midnightUtc(study.date))},
        {u"Protocol Name"_s, s.protocol},
        {u"Body Part Examined"_s, s.bodyPart},
        {u"Annotations Flag"_s, s.annotations.has_value() ? u"true"_s : u"false"_s},
        {u"Manufacturer Model Name"_s, s.model},
        {u"Software Versions"_s, s.software},
        {u"TimeStamp"_s, javaDate(s.submitted)},
    };
}

QByteArray Expected::metaDataJson(const QList<std::pair<QString, QString>> &fields, bool escape) {
    ObjectWriter w(escape);
    for (const auto &[key, value] : fields)
        w.str(key, value);
    return '[' + w.text() + ']';
}

QByteArray Expected::metaDataCsv(const QList<std::pair<QString, QString>> &fields) {
    QByteArrayList header;
    QByteArrayList values;
    for (const auto &[key, value] : fields) {
        header.append(csvQuoted(key));
        values.append(csvQuoted(value));
    }
    return header.join(',') + '\n' + values.join(',') + '\n';
}

QByteArray Expected::valueArray(const QString &column, QList<QString> values) {
    std::sort(values.begin(), values.end(), [](const QString &x, const QString &y) {
        if (x.isNull() != y.isNull())
            return x.isNull();
        return x.toUpper() < y.toUpper();
    });
    QByteArray out = "[";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        out += values[i].isNull() ? QByteArray("{}") : ObjectWriter().str(column, values[i]).text();
    }
    return out + ']';
}

QList<QString>
Expected::distinctValues(const std::function<bool(const ArchiveSeries &)> &filter,
                         const std::function<QString(const ArchiveSeries &)> &value) const {
    QSet<QString> seen;
    bool hasNull = false;
    for (const ArchiveSeries &s : a.series()) {
        if (!filter(s))
            continue;
        const QString v = value(s);
        if (v.isNull())
            hasNull = true;
        else
            seen.insert(v);
    }
    QList<QString> result(seen.cbegin(), seen.cend());
    if (hasNull)
        result.append(QString());
    return result;
}

QList<qsizetype> Expected::seriesWhere(const std::function<bool(qsizetype)> &filter) const {
    QList<qsizetype> result;
    for (qsizetype i = 0; i < a.series().size(); ++i) {
        if (filter(i))
            result.append(i);
    }
    return result;
}

QString Expected::collectionOfSeries(qsizetype i) const {
    return a.collectionOf(a.patientOf(a.studyOf(a.series()[i]))).name;
}

} // namespace nbia::emulator::testsupport
