#include "archivefilter.h"

namespace nbia {

namespace {
bool anyMatch(const QSet<QString> &accepted, const QString &value, Qt::CaseSensitivity cs) {
    if (accepted.isEmpty())
        return true;
    for (const QString &candidate : accepted) {
        if (candidate.compare(value, cs) == 0) // a null value equals "", "(not specified)"
            return true;
    }
    return false;
}
} // namespace

bool ArchiveFilter::isEmpty() const {
    return modalities.isEmpty() && bodyParts.isEmpty() && manufacturers.isEmpty();
}

bool ArchiveFilter::acceptsModality(const QString &modality) const {
    return anyMatch(modalities, modality, Qt::CaseInsensitive);
}

bool ArchiveFilter::acceptsBodyPart(const QString &bodyPart) const {
    return anyMatch(bodyParts, bodyPart, Qt::CaseInsensitive);
}

// In any case: v4 lists manufacturers upper-cased while series carry them as stored (and v4's
// getSeries compares them so).
bool ArchiveFilter::acceptsManufacturer(const QString &manufacturer) const {
    return anyMatch(manufacturers, manufacturer, Qt::CaseInsensitive);
}

bool ArchiveFilter::accepts(const Series &series) const {
    return acceptsModality(series.modality) && acceptsBodyPart(series.bodyPartExamined) &&
           acceptsManufacturer(series.manufacturer);
}

} // namespace nbia
