#pragma once

#include "recordfield.h"

namespace nbia {

// A row of v4's getCollectionValuesAndCounts, getModalityValuesAndCounts,
// getBodyPartValuesAndCounts or getManufacturerValuesAndCounts: a value and the number of
// patients that have it. The value's key names the list ("Collection", "Modality", "BodyPart",
// "Manufacturer"); a body part without a value is "NOT SPECIFIED", a manufacturer without one
// has no key (a null value).
struct ValueCount {
    QString value;
    std::optional<qint64> count;
    std::optional<qint64> authorized;
    ExtraFields extra;
};

} // namespace nbia
