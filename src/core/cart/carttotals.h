#pragma once

#include <QtGlobal>

namespace nbia {

// What the cart holds, added up. Images and bytes count the series whose numbers are known.
struct CartTotals {
    qsizetype series = 0;
    qint64 images = 0;
    qint64 bytes = 0;
    qsizetype unknownSize = 0; // series whose size is not known (yet)
    qsizetype unresolved = 0;  // series known by their UID only, so far
    qsizetype notFound = 0;    // series the archive does not know

    friend bool operator==(const CartTotals &, const CartTotals &) = default;
};

} // namespace nbia
