#pragma once

#include "archivefilter.h"

#include <QHash>
#include <QList>

namespace nbia {

// How many series each filter value would match, the way faceted search counts: a value's count
// applies the other panels' checked values but not its own panel's, so that checking one more
// value in a panel adds exactly its count. Values are keyed as the filter compares them
// (modalities and body parts without case); "(not specified)" is the empty string.
struct FacetCounts {
    QHash<QString, qsizetype> modalities;
    QHash<QString, qsizetype> bodyParts;
    QHash<QString, qsizetype> manufacturers;

    [[nodiscard]] static FacetCounts of(const QList<Series> &series, const ArchiveFilter &filter);

    [[nodiscard]] qsizetype modality(const QString &value) const;
    [[nodiscard]] qsizetype bodyPart(const QString &value) const;
    [[nodiscard]] qsizetype manufacturer(const QString &value) const;
};

} // namespace nbia
