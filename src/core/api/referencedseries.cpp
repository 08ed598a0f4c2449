#include "referencedseries.h"

namespace nbia {

using namespace Qt::StringLiterals;

namespace {
const QLatin1StringView kSeriesInstanceUid("(0020,000E)");
const QLatin1StringView kReferencedSeriesSequence("(0008,1115)");
const QLatin1StringView kRtReferencedSeriesSequence("(3006,0014)");
} // namespace

QStringList ReferencedSeries::fromTags(const QList<DicomTag> &tags, const QString &self) {
    QStringList result;
    QStringList path; // path[d]: the latest tag seen at depth d
    for (const DicomTag &row : tags) {
        const int depth = row.depth();
        const QString tag = row.tag();
        path.resize(depth + 1);
        path[depth] = tag;
        if (depth == 0 || tag != kSeriesInstanceUid)
            continue;
        bool referenced = false;
        for (int d = 0; d < depth; ++d)
            referenced = referenced || path[d] == kReferencedSeriesSequence ||
                         path[d] == kRtReferencedSeriesSequence;
        const QString uid = row.data.trimmed();
        if (referenced && !uid.isEmpty() && uid != self && !result.contains(uid))
            result.append(uid);
    }
    return result;
}

bool ReferencedSeries::refersToOthers(const QString &modality) {
    return modality.compare("SEG"_L1, Qt::CaseInsensitive) == 0 ||
           modality.compare("RTSTRUCT"_L1, Qt::CaseInsensitive) == 0;
}

} // namespace nbia
