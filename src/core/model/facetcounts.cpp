#include "facetcounts.h"

namespace nbia {

namespace {
QString foldedKey(const QString &value) {
    return value.isNull() ? QStringLiteral("") : value.toUpper();
}

} // namespace

FacetCounts FacetCounts::of(const QList<Series> &series, const ArchiveFilter &filter) {
    FacetCounts counts;
    for (const Series &s : series) {
        const bool modality = filter.acceptsModality(s.modality);
        const bool bodyPart = filter.acceptsBodyPart(s.bodyPartExamined);
        const bool manufacturer = filter.acceptsManufacturer(s.manufacturer);
        if (bodyPart && manufacturer)
            ++counts.modalities[foldedKey(s.modality)];
        if (modality && manufacturer)
            ++counts.bodyParts[foldedKey(s.bodyPartExamined)];
        if (modality && bodyPart)
            ++counts.manufacturers[foldedKey(s.manufacturer)];
    }
    return counts;
}

qsizetype FacetCounts::modality(const QString &value) const {
    return modalities.value(foldedKey(value));
}

qsizetype FacetCounts::bodyPart(const QString &value) const {
    return bodyParts.value(foldedKey(value));
}

qsizetype FacetCounts::manufacturer(const QString &value) const {
    return manufacturers.value(foldedKey(value));
}

} // namespace nbia
