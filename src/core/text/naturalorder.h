#pragma once

#include <QStringView>

namespace nbia {

// Orders text as people read it: runs of digits by their value ("LIDC-2" before "LIDC-10"),
// the rest without regard to case. Quick enough to sort tens of thousands of patient IDs on
// the spot (no locale collation, no allocation).
namespace NaturalOrder {
// Negative, zero or positive, as `a` comes before, with or after `b`.
[[nodiscard]] int compare(QStringView a, QStringView b);
[[nodiscard]] inline bool less(QStringView a, QStringView b) {
    return compare(a, b) < 0;
}
} // namespace NaturalOrder

} // namespace nbia
