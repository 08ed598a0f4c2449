// getCollectionValuesAndCounts, getModalityValuesAndCounts, getBodyPartValuesAndCounts,
// getManufacturerValuesAndCounts, getSpeciesValuesAndCounts: {"<Kind>","Count","Authorized"}
// with Count the number of distinct patients; always JSON.
#include "v4endpoints.h"

#include "columnvalues.h"

#include <QSet>

#include <map>

namespace nbia::emulator {

using namespace Qt::StringLiterals;
using namespace ColumnValues;

namespace {
// Distinct patients per value (a null value is a NULL group), ordered by value, NULL first.
class PatientCounts final {
public:
    void add(const QString &value, qsizetype patient) {
        m_groups[value.isNull() ? std::nullopt : std::optional<QString>(value)].insert(patient);
    }
    [[nodiscard]] ResultTable table(const QString &column) const {
        ResultTable table{{{column, JavaType::String},
                           {u"Count"_s, JavaType::Long},
                           {u"Authorized"_s, JavaType::Long}},
                          {}};
        for (const auto &[value, patients] : m_groups)
            table.rows.append(
                {value ? QVariant(*value) : QVariant(), qint64(patients.size()), qint64(1)});
        return table;
    }

private:
    std::map<std::optional<QString>, QSet<qsizetype>> m_groups;
};
} // namespace

EmulatorResponse V4Endpoints::collectionCounts(const Params &) const {
    PatientCounts counts;
    for (qsizetype i = 0; i < m_archive.series().size(); ++i)
        counts.add(collectionOfSeries(i).name, patientOfSeries(i));
    return jsonResponse(counts.table(u"Collection"_s));
}

EmulatorResponse V4Endpoints::modalityCounts(const Params &p) const {
    const std::optional<QString> bodyPart = p.value(u"BodyPartExamined"_s);
    PatientCounts counts;
    m_support.forEachSeries(p.value(u"Collection"_s), [&](qsizetype i) {
        const ArchiveSeries &series = m_archive.series()[i];
        if (matchesIgnoringCase(series.bodyPart, bodyPart))
            counts.add(series.modality, patientOfSeries(i));
    });
    return jsonResponse(counts.table(u"Modality"_s));
}

EmulatorResponse V4Endpoints::bodyPartCounts(const Params &p) const {
    const std::optional<QString> modality = p.value(u"Modality"_s);
    PatientCounts counts;
    m_support.forEachSeries(p.value(u"Collection"_s), [&](qsizetype i) {
        const ArchiveSeries &series = m_archive.series()[i];
        if (!matchesIgnoringCase(series.modality, modality))
            return;
        const QString bodyPart = series.bodyPart.trimmed().toUpper();
        counts.add(bodyPart.isEmpty() ? u"NOT SPECIFIED"_s : bodyPart, patientOfSeries(i));
    });
    return jsonResponse(counts.table(u"BodyPart"_s));
}

EmulatorResponse V4Endpoints::manufacturerCounts(const Params &p) const {
    const std::optional<QString> modality = p.value(u"Modality"_s);
    const std::optional<QString> bodyPart = p.value(u"BodyPartExamined"_s);
    PatientCounts counts;
    m_support.forEachSeries(p.value(u"Collection"_s), [&](qsizetype i) {
        const ArchiveSeries &series = m_archive.series()[i];
        if (matchesIgnoringCase(series.modality, modality) &&
            matchesIgnoringCase(series.bodyPart, bodyPart))
            counts.add(series.manufacturer, patientOfSeries(i));
    });
    return jsonResponse(counts.table(u"Manufacturer"_s));
}

EmulatorResponse V4Endpoints::speciesCounts(const Params &) const {
    PatientCounts counts;
    for (qsizetype i = 0; i < m_archive.series().size(); ++i) {
        const qsizetype patient = patientOfSeries(i);
        counts.add(m_archive.patients()[patient].speciesCode, patient);
    }
    return jsonResponse(counts.table(u"Species"_s));
}

} // namespace nbia::emulator
