#pragma once

#include "imagespec.h"
#include "pixelformat.h"

#include <QByteArray>

#include <vector>

namespace nbia::emulator::detail {

// How the samples of a synthetic image are laid out in its pixel data.
struct PixelLayout {
    int samplesPerPixel = 1;
    int bitsAllocated = 16;
    int bitsStored = 16;
    bool isSigned = false;
    QByteArray photometric = "MONOCHROME2";
    bool hasWindow = true; // a grey image carries its window; colour ones have none

    static PixelLayout of(ColourModel colour, const PixelFormat &format);
    // The largest value a sample can hold.
    [[nodiscard]] int maxStored() const { return (1 << bitsStored) - 1; }
};

// The stored samples of one frame of a synthetic image: the phantom's slice (each frame of a
// multi-frame image a step further through it), its tissue values and noise, in the spec's
// colour model.
class FramePixels final {
public:
    // rows × columns × samplesPerPixel samples, for layouts of 8 or 16 bits allocated.
    static std::vector<quint8> paint8(const SyntheticImageSpec &spec, const PixelFormat &format,
                                      int frame);
    static std::vector<quint16> paint16(const SyntheticImageSpec &spec, const PixelFormat &format,
                                        int frame);
};

} // namespace nbia::emulator::detail
