// v4 getSeries, getUpdatedSeries, getSeriesSize, getSOPInstanceUIDs.
#include "v4endpoints.h"

#include "archivedateformat.h"
#include "columnvalues.h"

#include <QTimeZone>

namespace nbia::emulator {

using namespace Qt::StringLiterals;
using namespace ColumnValues;

namespace {
constexpr const char *kSeriesUidRequired =
    "A parameter, SeriesInstanceUID is required for this API call.";
} // namespace

EmulatorResponse V4Endpoints::series(const Params &p) const {
    const std::optional<QString> patientId = p.value(u"PatientID"_s);
    const std::optional<QString> studyUid = p.value(u"StudyInstanceUID"_s);
    const std::optional<QString> seriesUid = p.value(u"SeriesInstanceUID"_s);
    const std::optional<QString> modality = p.value(u"Modality"_s);
    const std::optional<QString> bodyPart = p.value(u"BodyPartExamined"_s);
    const std::optional<QString> manufacturer = p.value(u"Manufacturer"_s);
    const std::optional<QString> model = p.value(u"ManufacturerModelName"_s);
    ResultTable table = seriesTable(false);
    auto visit = [&](qsizetype i) {
        const ArchiveSeries &series = m_archive.series()[i];
        if (!matchesExactly(series.uid, seriesUid) ||
            !matchesIgnoringCase(series.modality, modality) ||
            !matchesIgnoringCase(series.bodyPart, bodyPart) ||
            !matchesIgnoringCase(series.manufacturer, manufacturer) ||
            !matchesIgnoringCase(series.model, model))
            return;
        const ArchiveStudy &study = m_archive.studyOf(series);
        if (!matchesExactly(study.uid, studyUid) ||
            !matchesIgnoringCase(m_archive.patientOf(study).id, patientId))
            return;
        table.rows.append(seriesRow(i, false));
    };
    if (seriesUid && !p.has(u"Collection"_s)) {
        if (const std::optional<qsizetype> index = m_archive.findSeries(*seriesUid))
            visit(*index);
    } else {
        m_support.forEachSeries(p.value(u"Collection"_s), visit);
    }
    return tableResponse(table, p);
}

EmulatorResponse V4Endpoints::updatedSeries(const Params &p) const {
    // `date_released > STR_TO_DATE(fromDate, '%m-%d-%Y')`, everything from 01-01-1900 by default.
    const std::optional<QDate> from =
        ArchiveDateFormat::parseUsDate(p.value(u"fromDate"_s).value_or(u"01-01-1900"_s));
    ResultTable table = seriesTable(true);
    if (from) {
        const QDateTime after(*from, QTime(0, 0), QTimeZone::utc());
        for (qsizetype i = 0; i < m_archive.series().size(); ++i) {
            if (m_archive.series()[i].released > after)
                table.rows.append(seriesRow(i, true));
        }
    }
    return tableResponse(table, p);
}

EmulatorResponse V4Endpoints::seriesSize(const Params &p) const {
    const std::optional<QString> uid = p.value(u"SeriesInstanceUID"_s);
    if (!uid)
        return EndpointSupport::badRequest(kSeriesUidRequired);
    ResultTable table{{{u"TotalSizeInBytes"_s, JavaType::Long}, {u"ObjectCount"_s, JavaType::Long}},
                      {}};
    // Per-series subqueries and no top-level aggregate: an unknown UID gives no row at all.
    if (const std::optional<qsizetype> index = m_archive.findSeries(*uid)) {
        const ArchiveSeries &series = m_archive.series()[*index];
        table.rows.append({series.totalSize(), qint64(series.imageCount)});
    }
    return tableResponse(table, p);
}

EmulatorResponse V4Endpoints::sopInstanceUids(const Params &p) const {
    const std::optional<QString> uid = p.value(u"SeriesInstanceUID"_s);
    if (!uid)
        return EndpointSupport::badRequest(kSeriesUidRequired);
    ResultTable table{{{u"SOPInstanceUID"_s, JavaType::String}}, {}};
    if (const std::optional<qsizetype> index = m_archive.findSeries(*uid)) {
        for (const int instance : m_archive.storageOrder(*index))
            table.rows.append({m_archive.sopInstanceUid(*index, instance)});
    }
    return tableResponse(table, p);
}

} // namespace nbia::emulator
