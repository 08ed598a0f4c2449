#pragma once

#include <api/series.h>

#include <QSet>
#include <QString>

namespace nbia {

// Which series to show: values checked in the filter panels, OR within a panel and AND across
// panels; an empty panel accepts everything. An empty string stands for "(not specified)", the
// archive's `{}` row. Modalities and body parts compare without case (the value endpoints
// upper-case body parts); manufacturers compare exactly.
struct ArchiveFilter {
    QSet<QString> modalities;
    QSet<QString> bodyParts;
    QSet<QString> manufacturers;

    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] bool accepts(const Series &series) const;
    [[nodiscard]] bool acceptsModality(const QString &modality) const;
    [[nodiscard]] bool acceptsBodyPart(const QString &bodyPart) const;
    [[nodiscard]] bool acceptsManufacturer(const QString &manufacturer) const;

    friend bool operator==(const ArchiveFilter &, const ArchiveFilter &) = default;
};

} // namespace nbia
