#pragma once

class DcmDataset;

namespace nbia::emulator {

struct SyntheticImageSpec;

namespace detail {

class DicomTagWriter;

// The tags of a binary Segmentation (SEG) object with one segment, the phantom's brain, and its
// bit-packed single-frame pixel data.
class SyntheticSegmentationTags final {
public:
    static void write(DicomTagWriter &w, DcmDataset *dataset, const SyntheticImageSpec &spec);
};

} // namespace detail
} // namespace nbia::emulator
