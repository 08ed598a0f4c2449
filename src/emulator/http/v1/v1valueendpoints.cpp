// getCollectionValues, getModalityValues, getBodyPartValues, getManufacturerValues.
#include "v1endpoints.h"

#include "columnvalues.h"

#include <QSet>

#include <algorithm>

namespace nbia::emulator {

using namespace Qt::StringLiterals;

namespace {
// Distinct values ordered by UPPER(value), NULL first (MySQL), as single-column rows.
ResultTable valueTable(const QString &column, QList<QString> values) {
    std::sort(values.begin(), values.end(), [](const QString &a, const QString &b) {
        if (a.isNull() != b.isNull())
            return a.isNull();
        return a.toUpper() < b.toUpper();
    });
    ResultTable table{{{column, JavaType::String}}, {}};
    for (const QString &value : values)
        table.rows.append({value.isNull() ? QVariant() : QVariant(value)});
    return table;
}

// Collects distinct values, NULL included once.
class DistinctValues {
public:
    void add(const QString &value) {
        if (value.isNull()) {
            m_hasNull = true;
            return;
        }
        m_values.insert(value);
    }
    [[nodiscard]] QList<QString> list() const {
        QList<QString> result(m_values.cbegin(), m_values.cend());
        if (m_hasNull)
            result.append(QString());
        return result;
    }

private:
    QSet<QString> m_values;
    bool m_hasNull = false;
};
} // namespace

EmulatorResponse V1Endpoints::collectionValues(const Params &p) const {
    QList<QString> names;
    for (const ArchiveCollection &collection : m_archive.collections()) {
        if (collection.patientCount > 0)
            names.append(collection.name);
    }
    return tableResponse(valueTable(u"Collection"_s, names), p);
}

EmulatorResponse V1Endpoints::modalityValues(const Params &p) const {
    const std::optional<QString> bodyPart = p.value(u"BodyPartExamined"_s);
    DistinctValues values;
    forEachSeries(p.value(u"Collection"_s), [&](qsizetype i) {
        const ArchiveSeries &series = m_archive.series()[i];
        if (ColumnValues::matchesIgnoringCase(series.bodyPart, bodyPart))
            values.add(series.modality);
    });
    return tableResponse(valueTable(u"Modality"_s, values.list()), p);
}

EmulatorResponse V1Endpoints::bodyPartValues(const Params &p) const {
    const std::optional<QString> modality = p.value(u"Modality"_s);
    DistinctValues values;
    forEachSeries(p.value(u"Collection"_s), [&](qsizetype i) {
        const ArchiveSeries &series = m_archive.series()[i];
        if (ColumnValues::matchesIgnoringCase(series.modality, modality))
            values.add(series.bodyPart.isNull() ? QString() : series.bodyPart.toUpper());
    });
    return tableResponse(valueTable(u"BodyPartExamined"_s, values.list()), p);
}

EmulatorResponse V1Endpoints::manufacturerValues(const Params &p) const {
    const std::optional<QString> modality = p.value(u"Modality"_s);
    const std::optional<QString> bodyPart = p.value(u"BodyPartExamined"_s);
    DistinctValues values;
    forEachSeries(p.value(u"Collection"_s), [&](qsizetype i) {
        const ArchiveSeries &series = m_archive.series()[i];
        if (ColumnValues::matchesIgnoringCase(series.modality, modality) &&
            ColumnValues::matchesIgnoringCase(series.bodyPart, bodyPart))
            values.add(series.manufacturer);
    });
    return tableResponse(valueTable(u"Manufacturer"_s, values.list()), p);
}

} // namespace nbia::emulator
