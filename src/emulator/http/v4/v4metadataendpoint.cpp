// v4 getSeriesMetadata: POST, form field `list` (repeatable, comma-joined UIDs), one row of 40
// columns per visible series; a CSV download by default, JSON with format=json. 9.5: CSV only,
// 39 spaced headers.
#include "v4endpoints.h"

#include "archivedateformat.h"
#include "columnvalues.h"
#include "dicomvalueformat.h"
#include "modalitykind.h"
#include "responseformatter.h"
#include "slicegeometry.h"

#include <QRegularExpression>

namespace nbia::emulator {

using namespace Qt::StringLiterals;
using namespace ColumnValues;

namespace {
// Current names, and 9.5's (empty: not in 9.5, which had Patient Birth Date after the name).
struct MetadataColumn {
    QLatin1StringView name;
    QLatin1StringView name95;
    JavaType type = JavaType::String;
};

const QList<MetadataColumn> &metadataColumns() {
    static const QList<MetadataColumn> columns{
        {"PatientID"_L1, "Patient ID"_L1},
        {"PatientName"_L1, "Patient Name"_L1},
        {"PatientSex"_L1, "Patient Sex"_L1},
        {"EthnicGroup"_L1, "Ethnic Group"_L1},
        {"Phantom"_L1, "Phantom"_L1},
        {"SpeciesCode"_L1, "Species Code"_L1},
        {"SpeciesDescription"_L1, "Species Description"_L1},
        {"StudyInstanceUID"_L1, "Study Instance UID"_L1},
        {"StudyDate"_L1, "Study Date"_L1},
        {"StudyDesc"_L1, "Study Description"_L1},
        {"AdmittingDiagnosisDescription"_L1, "Admitting Diagnosis Description"_L1},
        {"StudyID"_L1, "Study ID"_L1},
        {"PatientAge"_L1, "Patient Age"_L1},
        {"LongitudinalTemporalEventType"_L1, "Longitudinal Temporal Event Type"_L1},
        {"LongitudinalTemporalOffsetFromEvent"_L1, "Longitudinal Temporal Offset From Event"_L1},
        {"SeriesInstanceUID"_L1, "Series Instance UID"_L1},
        {"Collection"_L1, "Project"_L1},
        {"Site"_L1, {}},
        {"Modality"_L1, "Modality"_L1},
        {"ProtocolName"_L1, "Protocol Name"_L1},
        {"SeriesDate"_L1, "Series Date"_L1},
        {"SeriesDescription"_L1, "Series Description"_L1},
        {"BodyPartExamined"_L1, "Body Part Examined"_L1},
        {"SeriesNumber"_L1, "Series Number"_L1},
        {"AnnotationsFlag"_L1, "Annotations Flag"_L1},
        {"Manufacturer"_L1, "Manufacturer"_L1},
        {"ManufacturerModelName"_L1, "Manufacturer Model Name"_L1},
        {"PixelSpacing(mm)-Row"_L1, "Pixel Spacing(mm)- Row"_L1},
        {"SliceThickness(mm)"_L1, "Slice Thickness(mm)"_L1},
        {"SoftwareVersions"_L1, "Software Versions"_L1},
        {"ImageCount"_L1, "Image Count"_L1, JavaType::Long},
        {"MaxSubmissionTimestamp"_L1, "Max Submission Timestamp"_L1},
        {"LicenseName"_L1, "License Name"_L1},
        {"LicenseURI"_L1, "License URI"_L1},
        {"DataDescriptionURI"_L1, "Collection URI"_L1},
        {"FileSize"_L1, "File Size"_L1, JavaType::Long},
        {"ReleasedStatus"_L1, {}},
        {"DateReleased"_L1, "Date Released"_L1},
        {"ThirdPartyAnalysis"_L1, "Third Party Analysis"_L1},
        {"Authorized"_L1, "Authorized"_L1},
    };
    return columns;
}

// decimal(22,6) as MySQL prints it, from the Decimal String the image files carry.
QVariant decimal6(double value) {
    return QString::number(detail::DicomValueFormat::decimal(value).toDouble(), 'f', 6);
}

QString numberText(double value) {
    return ResponseFormatter::text(value, JavaType::Double);
}
} // namespace

EmulatorResponse V4Endpoints::seriesMetadata(const Params &p) const {
    static const QRegularExpression notUidText(u"[^0-9.,]"_s);
    QStringList uids;
    for (QString value : p.values(u"list"_s)) {
        for (const QString &uid : value.remove(notUidText).split(u',', Qt::SkipEmptyParts))
            uids.append(uid);
    }
    if (uids.isEmpty())
        return EndpointSupport::badRequest(
            "A form parameter, list, containing at least one SeriesInstanceUID is required.");

    ResultTable table;
    QList<int> kept;
    for (qsizetype c = 0; c < metadataColumns().size(); ++c) {
        const MetadataColumn &column = metadataColumns()[c];
        if (release95()) {
            if (column.name95.isEmpty())
                continue;
            table.columns.append({QString(column.name95), column.type});
            if (column.name == "PatientName"_L1)
                table.columns.append({u"Patient Birth Date"_s, JavaType::String});
        } else {
            table.columns.append({QString(column.name), column.type});
        }
        kept.append(int(c));
    }
    for (const QString &uid : uids) {
        const std::optional<qsizetype> index = m_archive.findSeries(uid);
        if (!index)
            continue;
        const ArchiveSeries &series = m_archive.series()[*index];
        const ArchiveStudy &study = m_archive.studyOf(series);
        const ArchivePatient &patient = m_archive.patientOf(study);
        const ArchiveCollection &collection = m_archive.collectionOf(patient);
        const ArchiveLicense &license = m_archive.licenses()[collection.license];
        const detail::ModalityKind kind = detail::modalityKind(series.modality);
        const bool spaced = kind != detail::ModalityKind::Us && kind != detail::ModalityKind::Seg &&
                            kind != detail::ModalityKind::RtStruct;
        const detail::SliceGeometry geometry =
            spaced ? detail::SliceGeometry::of(m_archive.imageSpec(*index, 1), kind)
                   : detail::SliceGeometry{};
        const QList<QVariant> all{
            patient.id,
            nullable(patient.name),
            nullable(patient.sex),
            nullable(patient.ethnicGroup),
            patient.phantom,
            patient.speciesCode,
            patient.speciesDescription,
            study.uid,
            nullable(ArchiveDateFormat::usDate(study.date)),
            nullable(study.description),
            nullable(study.admittingDiagnoses),
            nullable(study.studyId),
            nullable(study.patientAge),
            nullable(study.longitudinalEventType),
            study.longitudinalOffset ? QVariant(numberText(*study.longitudinalOffset)) : QVariant(),
            series.uid,
            collection.name,
            nullable(collection.site),
            series.modality,
            nullable(series.protocol),
            nullable(ArchiveDateFormat::usDate(study.date)),
            nullable(series.description),
            nullable(series.bodyPart),
            QString(QString::number(series.seriesNumber) + u".000000"_s),
            series.annotations.value_or(false) ? QVariant(u"1"_s) : QVariant(),
            nullable(series.manufacturer),
            nullable(series.model),
            spaced ? decimal6(geometry.rowSpacing) : QVariant(),
            spaced ? decimal6(geometry.sliceThickness) : QVariant(),
            nullable(series.software),
            qint64(series.imageCount),
            nullable(ArchiveDateFormat::usDate(series.submitted.toUTC().date())),
            license.name,
            license.url,
            collection.doi,
            series.totalSize(),
            nullable(series.releasedStatus),
            nullable(ArchiveDateFormat::usDate(series.released.toUTC().date())),
            nullable(series.thirdPartyAnalysis),
            u"1"_s,
        };
        QList<QVariant> row;
        for (const int c : kept) {
            row.append(all[c]);
            if (release95() && c == 1)
                row.append(nullable(ArchiveDateFormat::usDate(patient.birthDate)));
        }
        table.rows.append(row);
    }
    if (table.rows.isEmpty())
        return EmulatorResponse::empty();

    const std::optional<QString> format = release95() ? std::nullopt : p.value(u"format"_s);
    if (format && format->compare("csv"_L1, Qt::CaseInsensitive) != 0)
        return tableResponse(table, p);
    EmulatorResponse response;
    response.contentType = "text/csv";
    response.headers.append(std::pair<QByteArray, QByteArray>(
        "Content-Disposition", "attachment; filename=\"SeriesMetaData.csv\""));
    response.body = ResponseFormatter::csv(table, true);
    return response;
}

} // namespace nbia::emulator
