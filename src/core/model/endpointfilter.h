#pragma once

#include "archivefilter.h"

#include <api/queries.h>

namespace nbia {

// The part of an ArchiveFilter the archive can apply itself, through the query parameters of
// getPatientByCollectionAndModality and getSeries. A parameter takes one value, so a panel maps
// to one only when a single value is checked, and never for "(not specified)", which no
// parameter can ask for. Body parts are left to the proxy: getSeries compares them exactly while
// getBodyPartValues lists them upper-cased, so sending the listed value could miss series.
// Whatever is not sent is filtered by the proxy, which is always applied as well.
struct EndpointFilter {
    QString modality;     // getPatientByCollectionAndModality and getSeries `Modality`
    QString manufacturer; // getSeries `Manufacturer`

    [[nodiscard]] static EndpointFilter from(const ArchiveFilter &filter);
    [[nodiscard]] bool isEmpty() const { return modality.isEmpty() && manufacturer.isEmpty(); }
    void applyTo(SeriesQuery &query) const;

    friend bool operator==(const EndpointFilter &, const EndpointFilter &) = default;
};

} // namespace nbia
