#include "endpointfilter.h"

namespace nbia {

namespace {
QString singleValue(const QSet<QString> &values) {
    if (values.size() != 1)
        return {};
    return *values.constBegin(); // empty for "(not specified)": nothing to send
}
} // namespace

EndpointFilter EndpointFilter::from(const ArchiveFilter &filter) {
    return {singleValue(filter.modalities), singleValue(filter.manufacturers)};
}

void EndpointFilter::applyTo(SeriesQuery &query) const {
    if (!modality.isEmpty())
        query.modality = modality;
    if (!manufacturer.isEmpty())
        query.manufacturer = manufacturer;
}

} // namespace nbia
