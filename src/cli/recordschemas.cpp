#include "recordschemas.h"

#include <api/collectiondescription.h>
#include <api/dicomtag.h>
#include <api/patient.h>
#include <api/series.h>
#include <api/seriesmetadata.h>
#include <api/seriessize.h>
#include <api/study.h>

namespace nbia::cli {

using namespace Qt::StringLiterals;

namespace {
template<class Record>
QStringList keysOf() {
    QStringList keys;
    for (const RecordField<Record> &field : Record::fields())
        keys.append(QString(field.key));
    return keys;
}

TableColumn uid(const QString &key) {
    return {key, {}, CellStyle::Text, false, {}};
}

TableColumn text(const QString &key) {
    return {key, {}, CellStyle::Text, true, {}};
}

TableColumn styled(const QString &key, CellStyle style, const QString &header = {}) {
    return {key, header, style, false, {}};
}

// getUpdatedSeries and getContentsByName: the first 15 fields of getSeries, then the date.
QStringList shortSeriesKeys(const QString &releaseKey) {
    return {u"SeriesInstanceUID"_s,
            u"StudyInstanceUID"_s,
            u"Modality"_s,
            u"ProtocolName"_s,
            u"SeriesDate"_s,
            u"SeriesDescription"_s,
            u"BodyPartExamined"_s,
            u"SeriesNumber"_s,
            u"AnnotationsFlag"_s,
            u"Collection"_s,
            u"PatientID"_s,
            u"Manufacturer"_s,
            u"ManufacturerModelName"_s,
            u"SoftwareVersions"_s,
            u"ImageCount"_s,
            releaseKey};
}

QList<TableColumn> shortSeriesTable(const QString &releaseKey) {
    return {uid(u"SeriesInstanceUID"_s),
            text(u"Collection"_s),
            text(u"PatientID"_s),
            text(u"Modality"_s),
            text(u"SeriesDescription"_s),
            styled(u"ImageCount"_s, CellStyle::Number),
            styled(releaseKey, CellStyle::Date)};
}
} // namespace

RecordSchema RecordSchemas::valueList(const QString &key, bool truncatable) {
    return {{key}, {{key, {}, CellStyle::Text, truncatable, u"(not specified)"_s}}, {}, {}};
}

RecordSchema RecordSchemas::patients() {
    return {keysOf<Patient>(),
            {uid(u"PatientId"_s), text(u"PatientName"_s), text(u"PatientSex"_s),
             text(u"Collection"_s), text(u"SpeciesDescription"_s)},
            {},
            {}};
}

RecordSchema RecordSchemas::patientIds() {
    return {{u"PatientId"_s}, {uid(u"PatientId"_s)}, {}, {}};
}

RecordSchema RecordSchemas::studies() {
    return {keysOf<Study>(),
            {uid(u"StudyInstanceUID"_s), styled(u"StudyDate"_s, CellStyle::Date),
             text(u"StudyDescription"_s), text(u"PatientID"_s), text(u"Collection"_s),
             styled(u"SeriesCount"_s, CellStyle::Number)},
            {},
            {}};
}

RecordSchema RecordSchemas::series() {
    return {keysOf<Series>(),
            {uid(u"SeriesInstanceUID"_s), text(u"PatientID"_s), text(u"Modality"_s),
             text(u"BodyPartExamined"_s), text(u"SeriesDescription"_s),
             styled(u"ImageCount"_s, CellStyle::Number), styled(u"FileSize"_s, CellStyle::Bytes)},
            {},
            {}};
}

RecordSchema RecordSchemas::updatedSeries() {
    return {shortSeriesKeys(u"DateReleased"_s), shortSeriesTable(u"DateReleased"_s), {}, {}};
}

RecordSchema RecordSchemas::sharedList() {
    // RecordJsonWriter writes the release date as "DateReleased" whatever the endpoint.
    return {shortSeriesKeys(u"Date Released"_s),
            shortSeriesTable(u"Date Released"_s),
            {},
            {{u"DateReleased"_s, u"Date Released"_s}}};
}

RecordSchema RecordSchemas::seriesSize() {
    return {keysOf<SeriesSize>(),
            {styled(u"TotalSizeInBytes"_s, CellStyle::Number),
             styled(u"TotalSizeInBytes"_s, CellStyle::Bytes, u"Size"_s),
             styled(u"ObjectCount"_s, CellStyle::Number)},
            {},
            {}};
}

RecordSchema RecordSchemas::seriesMetadata() {
    return {keysOf<SeriesMetadata>(), {}, TableLayout::Fields, {}};
}

RecordSchema RecordSchemas::valueCounts(const QString &key) {
    return {{key, u"Count"_s, u"Authorized"_s},
            {{key, {}, CellStyle::Text, true, u"(not specified)"_s},
             styled(u"Count"_s, CellStyle::Number, u"Patients"_s)},
            {},
            {}};
}

RecordSchema RecordSchemas::collectionDescriptions() {
    return {keysOf<CollectionDescription>(), {}, TableLayout::Fields, {}};
}

RecordSchema RecordSchemas::dicomTags() {
    return {keysOf<DicomTag>(), {uid(u"element"_s), text(u"name"_s), text(u"data"_s)}, {}, {}};
}

} // namespace nbia::cli
