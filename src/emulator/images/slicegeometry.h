#pragma once

#include "modalitykind.h"

#include <QByteArray>

namespace nbia::emulator {

struct SyntheticImageSpec;

namespace detail {

// Width and height of every synthetic image in patient coordinates, in mm.
inline constexpr double FieldOfViewMm = 250.0;

// Where a synthetic slice lies in patient coordinates (mm): its pixel spacing, its thickness
// (per modality) and the z of its centre, the series being centred on z = 0.
struct SliceGeometry {
    double rowSpacing = 1.0;
    double columnSpacing = 1.0;
    double sliceThickness = 1.0;
    double z = 0.0;

    static SliceGeometry of(const SyntheticImageSpec &spec, ModalityKind kind);

    // Image Position (Patient), the centre of the first pixel: "x\\y\\z".
    [[nodiscard]] QByteArray imagePosition() const;
};

} // namespace detail
} // namespace nbia::emulator
