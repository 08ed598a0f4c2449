#pragma once

#include "modalitykind.h"

class DcmDataset;

namespace nbia::emulator {

struct SyntheticImageSpec;

namespace detail {

class DicomTagWriter;
struct PixelFormat;

// The image tags of CT, MR, PT, MG, CR and secondary capture objects (plane, modality-specific
// and pixel description tags) and their pixel data, the phantom in `format`.
class SyntheticImageTags final {
public:
    static void write(DicomTagWriter &w, DcmDataset *dataset, const SyntheticImageSpec &spec,
                      ModalityKind kind, const PixelFormat &format);
};

} // namespace detail
} // namespace nbia::emulator
