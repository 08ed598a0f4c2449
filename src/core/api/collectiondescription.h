#pragma once

#include "recordfield.h"

namespace nbia {

// A row of v4's getCollectionDescriptions. The description is HTML written by the archive's
// curators: show it only through SafeRichText.
struct CollectionDescription {
    QString description;
    std::optional<qint64> id;
    QString collectionName;
    QString descriptionUri; // the collection's DOI URL
    ExtraFields extra;

    static const QList<RecordField<CollectionDescription>> &fields();
    static QLatin1StringView recordName() { return QLatin1StringView("collection description"); }
};

} // namespace nbia
