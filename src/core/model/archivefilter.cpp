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

bool ArchiveFilter::accepts(const Series &series) const {
    return anyMatch(modalities, series.modality, Qt::CaseInsensitive) &&
           anyMatch(bodyParts, series.bodyPartExamined, Qt::CaseInsensitive) &&
           anyMatch(manufacturers, series.manufacturer, Qt::CaseSensitive);
}

} // namespace nbia
