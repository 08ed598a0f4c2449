// getSeries, getUpdatedSeries, getSeriesSize, getSOPInstanceUIDs, getSeriesMetaData,
// getContentsByName.
#include "v1endpoints.h"

#include "columnvalues.h"
#include "lenientjavadate.h"
#include "syntheticimagefactory.h"

#include "archivedateformat.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace nbia::emulator {

using namespace Qt::StringLiterals;
using namespace ColumnValues;

namespace {
// getSeriesMetaData keeps only [A-Za-z0-9 .-] in descriptions.
QString sanitized(const QString &text) {
    static const QRegularExpression disallowed(u"[^A-Za-z0-9 .\\-]"_s);
    QString result = text;
    return result.remove(disallowed);
}
} // namespace

ResultTable V1Endpoints::seriesTable(int columnCount, bool spacedReleaseDate) {
    ResultTable table{{{u"SeriesInstanceUID"_s, JavaType::String},
                       {u"StudyInstanceUID"_s, JavaType::String},
                       {u"Modality"_s, JavaType::String},
                       {u"ProtocolName"_s, JavaType::String},
                       {u"SeriesDate"_s, JavaType::Timestamp},
                       {u"SeriesDescription"_s, JavaType::String},
                       {u"BodyPartExamined"_s, JavaType::String},
                       {u"SeriesNumber"_s, JavaType::Integer},
                       {u"AnnotationsFlag"_s, JavaType::Boolean},
                       {u"Collection"_s, JavaType::String},
                       {u"PatientID"_s, JavaType::String},
                       {u"Manufacturer"_s, JavaType::String},
                       {u"ManufacturerModelName"_s, JavaType::String},
                       {u"SoftwareVersions"_s, JavaType::String},
                       {u"ImageCount"_s, JavaType::Long}},
                      {}};
    if (columnCount == 16) {
        table.columns.append(
            {spacedReleaseDate ? u"Date Released"_s : u"DateReleased"_s, JavaType::Timestamp});
        return table;
    }
    table.columns.append({{u"TimeStamp"_s, JavaType::Timestamp},
                          {u"LicenseName"_s, JavaType::String},
                          {u"LicenseURI"_s, JavaType::String},
                          {u"CollectionURI"_s, JavaType::String},
                          {u"FileSize"_s, JavaType::Long},
                          {u"DateReleased"_s, JavaType::Timestamp},
                          {u"StudyDesc"_s, JavaType::String},
                          {u"StudyDate"_s, JavaType::Timestamp},
                          {u"ThirdPartyAnalysis"_s, JavaType::String}});
    return table;
}

QList<QVariant> V1Endpoints::seriesRow(qsizetype index, int columnCount) const {
    const ArchiveSeries &series = m_archive.series()[index];
    const ArchiveStudy &study = m_archive.studyOf(series);
    const ArchivePatient &patient = m_archive.patientOf(study);
    const ArchiveCollection &collection = m_archive.collectionOf(patient);
    QList<QVariant> row{series.uid,
                        study.uid,
                        series.modality,
                        nullable(series.protocol),
                        midnight(study.date),
                        nullable(series.description),
                        nullable(series.bodyPart),
                        series.seriesNumber,
                        series.annotations ? QVariant(*series.annotations) : QVariant(),
                        collection.name,
                        patient.id,
                        nullable(series.manufacturer),
                        nullable(series.model),
                        nullable(series.software),
                        qint64(series.imageCount)};
    if (columnCount == 16) {
        row.append(series.released);
        return row;
    }
    const ArchiveLicense &license = m_archive.licenses()[collection.license];
    row.append({series.submitted, license.name, license.url, collection.doi, series.totalSize(),
                series.released, nullable(study.description), midnight(study.date),
                nullable(series.thirdPartyAnalysis)});
    return row;
}

EmulatorResponse V1Endpoints::series(const Params &p) const {
    const std::optional<QString> patientId = p.value(u"PatientID"_s);
    const std::optional<QString> studyUid = p.value(u"StudyInstanceUID"_s);
    const std::optional<QString> seriesUid = p.value(u"SeriesInstanceUID"_s);
    const std::optional<QString> modality = p.value(u"Modality"_s);
    const std::optional<QString> bodyPart = p.value(u"BodyPartExamined"_s);
    const std::optional<QString> manufacturer = p.value(u"Manufacturer"_s);
    const std::optional<QString> model = p.value(u"ManufacturerModelName"_s);
    ResultTable table = seriesTable(24, false);
    auto visit = [&](qsizetype i) {
        const ArchiveSeries &series = m_archive.series()[i];
        if (!matchesExactly(series.uid, seriesUid) ||
            !matchesIgnoringCase(series.modality, modality) ||
            !matchesExactly(series.bodyPart, bodyPart) ||
            !matchesExactly(series.manufacturer, manufacturer) ||
            !matchesExactly(series.model, model))
            return;
        const ArchiveStudy &study = m_archive.studyOf(series);
        if (!matchesExactly(study.uid, studyUid) ||
            !matchesIgnoringCase(m_archive.patientOf(study).id, patientId))
            return;
        table.rows.append(seriesRow(i, 24));
    };
    if (seriesUid && !p.has(u"Collection"_s)) {
        if (const std::optional<qsizetype> index = m_archive.findSeries(*seriesUid))
            visit(*index);
    } else {
        forEachSeries(p.value(u"Collection"_s), visit);
    }
    return tableResponse(table, p);
}

EmulatorResponse V1Endpoints::updatedSeries(const Params &p) const {
    const std::optional<QDate> from = LenientJavaDate::parse(
        p.value(u"fromDate"_s).value_or(u"01/01/1900"_s), LenientJavaDate::Order::DayMonthYear);
    ResultTable table = seriesTable(16, false);
    if (from) {
        const QDateTime after(*from, QTime(0, 0), QTimeZone::utc());
        for (qsizetype i = 0; i < m_archive.series().size(); ++i) {
            if (m_archive.series()[i].released > after)
                table.rows.append(seriesRow(i, 16));
        }
    }
    return tableResponse(table, p);
}

EmulatorResponse V1Endpoints::seriesSize(const Params &p) const {
    const std::optional<QString> uid = p.value(u"SeriesInstanceUID"_s);
    if (!uid)
        return badRequest("A parameter, SeriesInstanceUID is required for this API call.");
    ResultTable table{{{u"TotalSizeInBytes"_s, JavaType::Long}, {u"ObjectCount"_s, JavaType::Long}},
                      {}};
    if (const std::optional<qsizetype> index = m_archive.findSeries(*uid)) {
        const ArchiveSeries &series = m_archive.series()[*index];
        table.rows.append({series.totalSize(), qint64(series.imageCount)});
    } else if (m_quirks.unknownSeriesSize == EmulatorQuirks::UnknownSeriesSize::EmptyObject) {
        table.rows.append({QVariant(), QVariant()}); // an aggregate over no rows: one all-NULL row
    }
    return tableResponse(table, p);
}

EmulatorResponse V1Endpoints::sopInstanceUids(const Params &p) const {
    const std::optional<QString> uid = p.value(u"SeriesInstanceUID"_s);
    if (!uid)
        return badRequest("A parameter, SeriesInstanceUID is required for this API call.");
    ResultTable table{{{u"SOPInstanceUID"_s, JavaType::String}}, {}};
    if (const std::optional<qsizetype> index = m_archive.findSeries(*uid)) {
        for (const int instance : m_archive.storageOrder(*index))
            table.rows.append({m_archive.sopInstanceUid(*index, instance)});
    }
    return tableResponse(table, p);
}

EmulatorResponse V1Endpoints::seriesMetaData(const Params &p) const {
    const std::optional<QString> uid = p.value(u"SeriesInstanceUID"_s);
    if (!uid)
        return badRequest("A parameter, SeriesInstanceUID is required for this API call.");
    const std::optional<qsizetype> index = m_archive.findSeries(*uid);
    if (!index) {
        EmulatorResponse noContent;
        noContent.status = 204;
        return noContent;
    }
    const ArchiveSeries &series = m_archive.series()[*index];
    const ArchiveStudy &study = m_archive.studyOf(series);
    const ArchivePatient &patient = m_archive.patientOf(study);
    const ArchiveCollection &collection = m_archive.collectionOf(patient);
    const ArchiveLicense &license = m_archive.licenses()[collection.license];
    const QList<std::pair<QString, QVariant>> fields{
        {u"Series UID"_s, series.uid},
        {u"Collection"_s, collection.name},
        {u"3rd Party Analysis"_s, nullable(series.thirdPartyAnalysis)},
        {u"Data Description URI"_s, collection.doi},
        {u"Subject ID"_s, patient.id},
        {u"Study UID"_s, study.uid},
        {u"Study Description"_s,
         study.description.isNull() ? QVariant() : QVariant(sanitized(study.description))},
        {u"Study Date"_s, ArchiveDateFormat::usDate(study.date)},
        {u"Series Description"_s,
         series.description.isNull() ? QVariant() : QVariant(sanitized(series.description))},
        {u"Manufacturer"_s, series.manufacturer.isNull()
                                ? QVariant()
                                : QVariant(QString(series.manufacturer).replace(u',', u' '))},
        {u"Modality"_s, series.modality},
        {u"SOP Class UID"_s, SyntheticImageFactory::sopClassUid(series.modality, series.frames)},
        {u"Number of Images"_s, QString::number(series.imageCount)},
        {u"File Size"_s, QString::number(series.totalSize())},
        {u"File Location"_s, nullable(study.studyId)}, // the archive puts the StudyID here
        {u"Series Number"_s, QString(QString::number(series.seriesNumber) + u".000000"_s)},
        {u"License Name"_s, license.name},
        {u"License URL"_s, license.url},
        {u"Annotation Size"_s, series.annotations.value_or(false) ? u"20480"_s : u"0"_s},
        {u"Date Released"_s, ArchiveDateFormat::javaDate(series.released)},
        {u"Series Date"_s, ArchiveDateFormat::javaDate(midnight(study.date).toDateTime())},
        {u"Protocol Name"_s, nullable(series.protocol)},
        {u"Body Part Examined"_s, nullable(series.bodyPart)},
        {u"Annotations Flag"_s, series.annotations ? u"true"_s : u"false"_s},
        {u"Manufacturer Model Name"_s, nullable(series.model)},
        {u"Software Versions"_s, nullable(series.software)},
        {u"TimeStamp"_s, ArchiveDateFormat::javaDate(series.submitted)},
    };
    ResultTable table;
    QList<QVariant> row;
    for (const auto &[name, value] : fields) {
        table.columns.append({name, JavaType::String});
        row.append(value);
    }
    table.rows.append(row);
    return tableResponse(table, p);
}

EmulatorResponse V1Endpoints::contentsByName(const Params &p) const {
    const std::optional<QString> name = p.value(u"name"_s);
    if (!name)
        return badRequest("A parameter, name is required for this API call.");
    ResultTable table = seriesTable(16, true);
    for (const SharedList &list : m_archive.sharedLists()) {
        if (list.name != *name)
            continue;
        for (const qsizetype index : list.series)
            table.rows.append(seriesRow(index, 16));
    }
    // This endpoint always answers JSON, whatever `format` says.
    return tableResponse(table, RequestParameters());
}

} // namespace nbia::emulator
