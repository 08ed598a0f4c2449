#include "v4endpoints.h"

#include "archivedateformat.h"
#include "columnvalues.h"
#include "contentnegotiation.h"

namespace nbia::emulator {

using namespace Qt::StringLiterals;
using namespace ColumnValues;

struct V4Endpoints::Entry {
    QLatin1StringView name;
    Handler handler;
    bool checked; // answers unknown query parameter names with a 400
    QList<QLatin1StringView> allowed;
    bool post = false;
    bool since96 = false; // not in 9.5
};

const QList<V4Endpoints::Entry> &V4Endpoints::table() {
    static const QList<Entry> endpoints{
        {"getCollectionValues"_L1, &V4Endpoints::collectionValues, true, {"format"_L1}},
        {"getModalityValues"_L1,
         &V4Endpoints::modalityValues,
         true,
         {"Collection"_L1, "BodyPartExamined"_L1, "format"_L1}},
        {"getBodyPartValues"_L1,
         &V4Endpoints::bodyPartValues,
         true,
         {"Collection"_L1, "Modality"_L1, "format"_L1}},
        {"getManufacturerValues"_L1,
         &V4Endpoints::manufacturerValues,
         true,
         {"Collection"_L1, "Modality"_L1, "BodyPartExamined"_L1, "format"_L1}},
        {"getPatient"_L1,
         &V4Endpoints::patient,
         true,
         {"Collection"_L1, "PatientId"_L1, "format"_L1}},
        {"getPatientByCollectionAndModality"_L1,
         &V4Endpoints::patientByCollectionAndModality,
         true,
         {"Collection"_L1, "Modality"_L1, "format"_L1}},
        {"NewPatientsInCollection"_L1,
         &V4Endpoints::newPatientsInCollection,
         true,
         {"Collection"_L1, "fromDate"_L1, "format"_L1}},
        {"getPatientStudy"_L1,
         &V4Endpoints::patientStudy,
         true,
         {"Collection"_L1, "PatientID"_L1, "StudyInstanceUID"_L1, "format"_L1}},
        {"NewStudiesInPatientCollection"_L1,
         &V4Endpoints::newStudiesInPatientCollection,
         true,
         {"Collection"_L1, "PatientID"_L1, "fromDate"_L1, "format"_L1}},
        {"getSeries"_L1,
         &V4Endpoints::series,
         true,
         {"Collection"_L1, "PatientID"_L1, "StudyInstanceUID"_L1, "Modality"_L1,
          "BodyPartExamined"_L1, "ManufacturerModelName"_L1, "Manufacturer"_L1,
          "SeriesInstanceUID"_L1, "format"_L1}},
        {"getUpdatedSeries"_L1, &V4Endpoints::updatedSeries, true, {"fromDate"_L1, "format"_L1}},
        {"getSeriesSize"_L1, &V4Endpoints::seriesSize, true, {"SeriesInstanceUID"_L1, "format"_L1}},
        {"getSOPInstanceUIDs"_L1,
         &V4Endpoints::sopInstanceUids,
         true,
         {"SeriesInstanceUID"_L1, "format"_L1},
         false,
         true},
        {"getSeriesMetadata"_L1, &V4Endpoints::seriesMetadata, false, {}, true},
        {"getImage"_L1,
         &V4Endpoints::image,
         true,
         {"SeriesInstanceUID"_L1, "NewFileNames"_L1, "IncludeMD5"_L1}},
        {"getImageWithMD5Hash"_L1, &V4Endpoints::imageWithMd5Hash, true, {"SeriesInstanceUID"_L1}},
        {"getSingleImage"_L1,
         &V4Endpoints::singleImage,
         true,
         {"SeriesInstanceUID"_L1, "SOPInstanceUID"_L1}},
        {"getCollectionValuesAndCounts"_L1, &V4Endpoints::collectionCounts, false, {}},
        {"getModalityValuesAndCounts"_L1,
         &V4Endpoints::modalityCounts,
         true,
         {"Collection"_L1, "BodyPartExamined"_L1}},
        {"getBodyPartValuesAndCounts"_L1,
         &V4Endpoints::bodyPartCounts,
         true,
         {"Collection"_L1, "Modality"_L1}},
        {"getManufacturerValuesAndCounts"_L1,
         &V4Endpoints::manufacturerCounts,
         true,
         {"Collection"_L1, "Modality"_L1, "BodyPartExamined"_L1}},
        {"getSpeciesValuesAndCounts"_L1, &V4Endpoints::speciesCounts, false, {}},
        {"getCollectionDescriptions"_L1,
         &V4Endpoints::collectionDescriptions,
         true,
         {"collectionName"_L1}},
        {"getDicomTags"_L1, &V4Endpoints::dicomTags, true, {"SeriesUID"_L1}},
    };
    return endpoints;
}

V4Endpoints::V4Endpoints(const SyntheticArchive &archive, const EmulatorQuirks &quirks)
    : m_archive(archive)
    , m_quirks(quirks)
    , m_support(archive, quirks) {}

const V4Endpoints::Entry *V4Endpoints::find(const QString &endpoint,
                                            EmulatorQuirks::V4Release release) {
    for (const Entry &entry : table()) {
        if (endpoint == entry.name)
            return entry.since96 && release == EmulatorQuirks::V4Release::R9_5 ? nullptr : &entry;
    }
    return nullptr;
}

QStringList V4Endpoints::names(EmulatorQuirks::V4Release release) {
    QStringList result;
    for (const Entry &entry : table()) {
        if (find(entry.name, release))
            result.append(QString(entry.name));
    }
    return result;
}

std::optional<QStringList> V4Endpoints::allowedParameters(const QString &endpoint,
                                                          EmulatorQuirks::V4Release release) {
    const Entry *entry = find(endpoint, release);
    if (!entry || !entry->checked)
        return std::nullopt;
    QStringList allowed;
    for (const QLatin1StringView name : entry->allowed) {
        // IncludeMD5 came with the 2025-11 release.
        if (release == EmulatorQuirks::V4Release::R9_5 && name == "IncludeMD5"_L1)
            continue;
        allowed.append(QString(name));
    }
    return allowed;
}

bool V4Endpoints::knows(const QString &endpoint) const {
    return find(endpoint, m_quirks.v4Release) != nullptr;
}

bool V4Endpoints::isPost(const QString &endpoint) const {
    const Entry *entry = find(endpoint, m_quirks.v4Release);
    return entry && entry->post;
}

EmulatorResponse V4Endpoints::handle(const QString &endpoint, const Params &query,
                                     const Params &form) const {
    const Entry *entry = find(endpoint, m_quirks.v4Release);
    if (!entry)
        return m_support.unknownPath("HTTP 404 Not Found");
    if (const std::optional<QStringList> allowed =
            allowedParameters(endpoint, m_quirks.v4Release)) {
        for (const QString &name : query.names()) {
            if (allowed->contains(name))
                continue;
            // Built without a type: Jersey labels it with the endpoint's first @Produces type.
            EmulatorResponse refused = EmulatorResponse::text(
                400,
                "Invalid query parameter: '" + name.toUtf8() + "'. Allowed parameters are: [" +
                    allowed->join(u", "_s).toUtf8() + ']',
                ContentNegotiation::producedTypes(endpoint).constFirst());
            refused.refusedParameter = true;
            return refused;
        }
    }
    return (this->*entry->handler)(entry->post ? form : query);
}

EmulatorResponse V4Endpoints::notGranted(const QString &seriesUid) {
    return EndpointSupport::badRequest(
        "The user has not been granted the access to image with given SeriesInstanceUID," +
        seriesUid.toUtf8() + ". Please contact System Admin to resolve this issue.");
}

EmulatorResponse V4Endpoints::tableResponse(const ResultTable &table, const Params &p) const {
    const std::optional<QString> format = p.value(u"format"_s);
    EmulatorResponse response = m_support.table(table, format, m_quirks.v4EscapeSlashes);
    // §2.4: a single-column list as csv-download is labelled for download, not as CSV.
    if (response.status == 200 && table.columns.size() == 1 && format &&
        format->compare("csv-download"_L1, Qt::CaseInsensitive) == 0)
        response.contentType = "application/force-download";
    return response;
}

EmulatorResponse V4Endpoints::jsonResponse(const ResultTable &table) const {
    return m_support.table(table, std::nullopt, m_quirks.v4EscapeSlashes);
}

qsizetype V4Endpoints::patientOfSeries(qsizetype series) const {
    return m_archive.studyOf(m_archive.series()[series]).patient;
}

const ArchiveCollection &V4Endpoints::collectionOfSeries(qsizetype series) const {
    return m_archive.collectionOf(m_archive.patients()[patientOfSeries(series)]);
}

ResultTable V4Endpoints::patientTable() const {
    ResultTable table{{{u"PatientId"_s, JavaType::String}, {u"PatientName"_s, JavaType::String}},
                      {}};
    if (release95())
        table.columns.append({u"PatientBirthDate"_s, JavaType::String});
    table.columns.append({{u"PatientSex"_s, JavaType::String},
                          {u"EthnicGroup"_s, JavaType::String},
                          {u"Collection"_s, JavaType::String},
                          {u"Phantom"_s, JavaType::String},
                          {u"SpeciesCode"_s, JavaType::String},
                          {u"SpeciesDescription"_s, JavaType::String},
                          {u"Authorized"_s, JavaType::Long}});
    return table;
}

QList<QVariant> V4Endpoints::patientRow(const ArchivePatient &patient) const {
    QList<QVariant> row{patient.id, nullable(patient.name)};
    if (release95())
        row.append(nullable(ArchiveDateFormat::usDate(patient.birthDate)));
    row.append({nullable(patient.sex), nullable(patient.ethnicGroup),
                m_archive.collectionOf(patient).name, patient.phantom, patient.speciesCode,
                patient.speciesDescription, qint64(1)});
    return row;
}

ResultTable V4Endpoints::studyTable() const {
    ResultTable table{{{u"StudyInstanceUID"_s, JavaType::String},
                       {u"StudyDate"_s, JavaType::String},
                       {u"StudyDescription"_s, JavaType::String},
                       {u"AdmittingDiagnosesDescription"_s, JavaType::String},
                       {u"StudyID"_s, JavaType::String},
                       {u"PatientAge"_s, JavaType::String},
                       {u"PatientID"_s, JavaType::String},
                       {u"PatientName"_s, JavaType::String}},
                      {}};
    if (release95())
        table.columns.append({u"PatientBirthDate"_s, JavaType::String});
    table.columns.append({{u"PatientSex"_s, JavaType::String},
                          {u"EthnicGroup"_s, JavaType::String},
                          {u"Collection"_s, JavaType::String},
                          {u"SeriesCount"_s, JavaType::Long},
                          {u"LongitudinalTemporalEventType"_s, JavaType::String},
                          {u"LongitudinalTemporalOffsetFromEvent"_s, JavaType::Double},
                          {u"Authorized"_s, JavaType::Long}});
    return table;
}

QList<QVariant> V4Endpoints::studyRow(const ArchiveStudy &study) const {
    const ArchivePatient &patient = m_archive.patientOf(study);
    QList<QVariant> row{study.uid,
                        nullable(ArchiveDateFormat::usDate(study.date)),
                        nullable(study.description),
                        nullable(study.admittingDiagnoses),
                        nullable(study.studyId),
                        nullable(study.patientAge),
                        patient.id,
                        nullable(patient.name)};
    if (release95())
        row.append(nullable(ArchiveDateFormat::usDate(patient.birthDate)));
    row.append(
        {nullable(patient.sex), nullable(patient.ethnicGroup), m_archive.collectionOf(patient).name,
         qint64(study.seriesCount), nullable(study.longitudinalEventType),
         study.longitudinalOffset ? QVariant(*study.longitudinalOffset) : QVariant(), qint64(1)});
    return row;
}

namespace {
// The 30 columns of v4 getSeries / getUpdatedSeries.
const QList<ResultColumn> &currentSeriesColumns() {
    static const QList<ResultColumn> columns{
        {u"SeriesInstanceUID"_s, JavaType::String},
        {u"StudyInstanceUID"_s, JavaType::String},
        {u"Modality"_s, JavaType::String},
        {u"ProtocolName"_s, JavaType::String},
        {u"SeriesDate"_s, JavaType::String},
        {u"SeriesDescription"_s, JavaType::String},
        {u"BodyPartExamined"_s, JavaType::String},
        {u"SeriesNumber"_s, JavaType::Integer},
        {u"AnnotationsFlag"_s, JavaType::String},
        {u"Collection"_s, JavaType::String},
        {u"Site"_s, JavaType::String},
        {u"PatientID"_s, JavaType::String},
        {u"PatientSex"_s, JavaType::String},
        {u"PatientAge"_s, JavaType::String},
        {u"AdmittingDiagnosisDescription"_s, JavaType::String},
        {u"Manufacturer"_s, JavaType::String},
        {u"ManufacturerModelName"_s, JavaType::String},
        {u"SoftwareVersions"_s, JavaType::String},
        {u"ImageCount"_s, JavaType::Long},
        {u"MaxSubmissionTimestamp"_s, JavaType::String},
        {u"LicenseName"_s, JavaType::String},
        {u"LicenseURI"_s, JavaType::String},
        {u"DataDescriptionURI"_s, JavaType::String},
        {u"FileSize"_s, JavaType::Long},
        {u"ReleasedStatus"_s, JavaType::String},
        {u"DateReleased"_s, JavaType::String},
        {u"StudyDesc"_s, JavaType::String},
        {u"StudyDate"_s, JavaType::String},
        {u"ThirdPartyAnalysis"_s, JavaType::String},
        {u"Authorized"_s, JavaType::Long},
    };
    return columns;
}

// Which of the 30 columns a shape keeps (9.5's getSeries: 25; 9.5's getUpdatedSeries: 16).
QList<int> keptColumns(bool release95, bool updated) {
    QList<int> kept;
    if (release95 && updated)
        return {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 15, 16, 17, 18, 25};
    for (int c = 0; c < 30; ++c) {
        if (!release95 || (c != 10 && c != 12 && c != 13 && c != 14 && c != 24))
            kept.append(c);
    }
    return kept;
}
} // namespace

ResultTable V4Endpoints::seriesTable(bool updated) const {
    ResultTable table;
    for (const int c : keptColumns(release95(), updated)) {
        ResultColumn column = currentSeriesColumns()[c];
        if (release95() && column.name == "MaxSubmissionTimestamp"_L1)
            column.name = u"TimeStamp"_s;
        else if (release95() && column.name == "DataDescriptionURI"_L1)
            column.name = u"CollectionURI"_s;
        table.columns.append(column);
    }
    return table;
}

QList<QVariant> V4Endpoints::seriesRow(qsizetype index, bool updated) const {
    const ArchiveSeries &series = m_archive.series()[index];
    const ArchiveStudy &study = m_archive.studyOf(series);
    const ArchivePatient &patient = m_archive.patientOf(study);
    const ArchiveCollection &collection = m_archive.collectionOf(patient);
    const ArchiveLicense &license = m_archive.licenses()[collection.license];
    const QList<QVariant> all{
        series.uid,
        study.uid,
        series.modality,
        nullable(series.protocol),
        nullable(ArchiveDateFormat::usDate(study.date)),
        nullable(series.description),
        nullable(series.bodyPart),
        series.seriesNumber,
        series.annotations.value_or(false) ? QVariant(u"1"_s) : QVariant(),
        collection.name,
        nullable(collection.site),
        patient.id,
        nullable(patient.sex),
        nullable(study.patientAge),
        nullable(study.admittingDiagnoses),
        nullable(series.manufacturer),
        nullable(series.model),
        nullable(series.software),
        qint64(series.imageCount),
        nullable(ArchiveDateFormat::usDate(series.submitted.toUTC().date())),
        license.name,
        license.url,
        collection.doi,
        series.totalSize(),
        nullable(series.releasedStatus),
        nullable(ArchiveDateFormat::usDate(series.released.toUTC().date())),
        nullable(study.description),
        nullable(ArchiveDateFormat::usDate(study.date)),
        nullable(series.thirdPartyAnalysis),
        qint64(1),
    };
    QList<QVariant> row;
    for (const int c : keptColumns(release95(), updated))
        row.append(all[c]);
    return row;
}

} // namespace nbia::emulator
