#pragma once

namespace nbia::emulator {

struct SyntheticImageSpec;

namespace detail {

class DicomTagWriter;

// The tags of an RT Structure Set (RTSTRUCT) with one ROI: the outline of the phantom's brain on
// the central slice, as a closed planar contour.
class SyntheticStructureSetTags final {
public:
    static void write(DicomTagWriter &w, const SyntheticImageSpec &spec);
};

} // namespace detail
} // namespace nbia::emulator
