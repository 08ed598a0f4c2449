#include "collectiondescription.h"

namespace nbia {

using namespace Qt::StringLiterals;

const QList<RecordField<CollectionDescription>> &CollectionDescription::fields() {
    using D = CollectionDescription;
    static const QList<RecordField<D>> table{
        {"description"_L1, &D::description},
        {"id"_L1, &D::id, WireStyle::Number},
        {"collectionName"_L1, &D::collectionName},
        {"descriptionURI"_L1, &D::descriptionUri},
    };
    return table;
}

} // namespace nbia
