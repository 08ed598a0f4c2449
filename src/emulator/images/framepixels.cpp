#include "framepixels.h"

#include "colourpixels.h"
#include "phantompainter.h"

namespace nbia::emulator::detail {

namespace {

std::vector<quint8> labelsOf(const SyntheticImageSpec &spec, int frame) {
    if (spec.frames <= 1)
        return PhantomPainter::labels(spec);
    SyntheticImageSpec step = spec; // a cine loop: frame by frame through the phantom
    step.instanceNumber = frame + 1;
    step.imagesInSeries = spec.frames;
    return PhantomPainter::labels(step);
}

quint64 noiseSeedOf(const SyntheticImageSpec &spec, int frame) {
    return ((static_cast<quint64>(spec.seed) << 32) ^ static_cast<quint32>(spec.instanceNumber) ^
            0xa5a5ULL) ^
           (static_cast<quint64>(frame) << 40);
}

template<typename T>
void invert(std::vector<T> &samples, int maxStored) {
    for (T &v : samples)
        v = static_cast<T>(maxStored - v);
}

} // namespace

PixelLayout PixelLayout::of(ColourModel colour, const PixelFormat &format) {
    PixelLayout layout;
    layout.bitsAllocated = format.bitsAllocated;
    layout.bitsStored = format.bitsStored;
    layout.isSigned = format.isSigned;
    switch (colour) {
    case ColourModel::Monochrome2:
        break;
    case ColourModel::Monochrome1:
        layout.photometric = "MONOCHROME1";
        break;
    case ColourModel::Rgb:
    case ColourModel::YbrFull:
        layout.samplesPerPixel = 3;
        layout.photometric = colour == ColourModel::Rgb ? "RGB" : "YBR_FULL";
        layout.hasWindow = false;
        break;
    case ColourModel::PaletteColor:
        layout.photometric = "PALETTE COLOR";
        layout.hasWindow = false;
        break;
    }
    return layout;
}

std::vector<quint8> FramePixels::paint8(const SyntheticImageSpec &spec, const PixelFormat &format,
                                        int frame) {
    const std::vector<quint8> labels = labelsOf(spec, frame);
    std::vector<quint8> grey(labels.size());
    format.fill(grey.data(), labels, noiseSeedOf(spec, frame));
    switch (spec.colour) {
    case ColourModel::Monochrome2:
    case ColourModel::PaletteColor: // the grey level is the index into the colour table
        return grey;
    case ColourModel::Monochrome1:
        invert(grey, PixelLayout::of(spec.colour, format).maxStored());
        return grey;
    case ColourModel::Rgb:
    case ColourModel::YbrFull:
        break;
    }
    std::vector<quint8> colour(labels.size() * 3);
    ColourPixels::rgb(grey.data(), labels, colour.data());
    if (spec.colour == ColourModel::YbrFull)
        ColourPixels::rgbToYbrFull(colour.data(), labels.size());
    return colour;
}

std::vector<quint16> FramePixels::paint16(const SyntheticImageSpec &spec, const PixelFormat &format,
                                          int frame) {
    const std::vector<quint8> labels = labelsOf(spec, frame);
    std::vector<quint16> values(labels.size());
    format.fill(values.data(), labels, noiseSeedOf(spec, frame));
    if (spec.colour == ColourModel::Monochrome1)
        invert(values, PixelLayout::of(spec.colour, format).maxStored());
    return values;
}

} // namespace nbia::emulator::detail
