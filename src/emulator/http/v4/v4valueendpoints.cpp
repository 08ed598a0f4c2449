// v4 getCollectionValues, getModalityValues, getBodyPartValues, getManufacturerValues: like v1,
// but modalities and manufacturers come out upper-cased (SQL distinct upper(…)).
#include "v4endpoints.h"

#include "columnvalues.h"

#include <map>

namespace nbia::emulator {

using namespace Qt::StringLiterals;
using namespace ColumnValues;

namespace {
// Distinct values, ORDER BY UPPER(value) with NULL first (MySQL), as single-column rows.
class ValueList final {
public:
    void add(const QString &value) {
        if (value.isNull())
            m_values.emplace(std::nullopt, QString());
        else
            m_values.emplace(value.toUpper(), value);
    }
    [[nodiscard]] ResultTable table(const QString &column) const {
        ResultTable table{{{column, JavaType::String}}, {}};
        for (const auto &[key, value] : m_values)
            table.rows.append({key ? QVariant(value) : QVariant()});
        return table;
    }

private:
    std::map<std::optional<QString>, QString> m_values;
};

QString upper(const QString &value) {
    return value.isNull() ? QString() : value.toUpper();
}
} // namespace

EmulatorResponse V4Endpoints::collectionValues(const Params &p) const {
    ValueList values;
    for (const ArchiveCollection &collection : m_archive.collections()) {
        if (collection.patientCount > 0)
            values.add(collection.name);
    }
    return tableResponse(values.table(u"Collection"_s), p);
}

EmulatorResponse V4Endpoints::modalityValues(const Params &p) const {
    const std::optional<QString> bodyPart = p.value(u"BodyPartExamined"_s);
    ValueList values;
    m_support.forEachSeries(p.value(u"Collection"_s), [&](qsizetype i) {
        const ArchiveSeries &series = m_archive.series()[i];
        if (matchesIgnoringCase(series.bodyPart, bodyPart))
            values.add(upper(series.modality));
    });
    return tableResponse(values.table(u"Modality"_s), p);
}

EmulatorResponse V4Endpoints::bodyPartValues(const Params &p) const {
    const std::optional<QString> modality = p.value(u"Modality"_s);
    ValueList values;
    m_support.forEachSeries(p.value(u"Collection"_s), [&](qsizetype i) {
        const ArchiveSeries &series = m_archive.series()[i];
        if (matchesIgnoringCase(series.modality, modality))
            values.add(upper(series.bodyPart));
    });
    return tableResponse(values.table(u"BodyPartExamined"_s), p);
}

EmulatorResponse V4Endpoints::manufacturerValues(const Params &p) const {
    const std::optional<QString> modality = p.value(u"Modality"_s);
    const std::optional<QString> bodyPart = p.value(u"BodyPartExamined"_s);
    ValueList values;
    m_support.forEachSeries(p.value(u"Collection"_s), [&](qsizetype i) {
        const ArchiveSeries &series = m_archive.series()[i];
        if (matchesIgnoringCase(series.modality, modality) &&
            matchesIgnoringCase(series.bodyPart, bodyPart))
            values.add(upper(series.manufacturer));
    });
    return tableResponse(values.table(u"Manufacturer"_s), p);
}

} // namespace nbia::emulator
