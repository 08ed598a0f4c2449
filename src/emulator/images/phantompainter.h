#pragma once

#include <QtGlobal>

#include <vector>

namespace nbia::emulator {

struct SyntheticImageSpec;

namespace detail {

// The label of a phantom pixel; PixelFormat turns labels into stored values.
enum Tissue : quint8 { Air, Bone, Brain, Csf, GreyMatter, Lesion };

struct PhantomEllipse {
    double cx, cy, a, b, angle; // normalised image coordinates [-1, 1], y up; angle in radians
    Tissue tissue;
};

// Draws a Shepp-Logan head phantom whose structures grow and shrink through the series, jittered
// by the spec's seed so that series differ.
class PhantomPainter final {
public:
    // Position of the slice through the series, -1 (first) to +1 (last); 0 for a single image.
    static double slicePosition(const SyntheticImageSpec &spec);

    // The phantom's ellipses for the slice at `u`, painted in order (later over earlier). The seed
    // jitters the whole head (scale, rotation, shift) and each inner structure, consistently for
    // all slices of a series.
    static std::vector<PhantomEllipse> ellipses(quint32 seed, double u);

    // One Tissue label per pixel, row by row.
    static std::vector<quint8> paintLabels(const std::vector<PhantomEllipse> &ellipses, int rows,
                                           int columns);

    // The labels of the spec's slice, at the spec's size.
    static std::vector<quint8> labels(const SyntheticImageSpec &spec);
};

} // namespace detail
} // namespace nbia::emulator
