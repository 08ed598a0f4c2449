#pragma once

#include "dicomtag.h"

#include <QStringList>

namespace nbia {

// The image series a segmentation (SEG: Referenced Series Sequence) or an RT structure set
// (RTSTRUCT: RT Referenced Series Sequence) is drawn on, read from its getDicomTags rows.
class ReferencedSeries final {
public:
    // In the order first named, each once, without `self` (the series the tags are of).
    static QStringList fromTags(const QList<DicomTag> &tags, const QString &self = {});
    // Modalities whose series refer to others.
    static bool refersToOthers(const QString &modality);
};

} // namespace nbia
