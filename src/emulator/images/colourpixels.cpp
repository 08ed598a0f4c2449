#include "colourpixels.h"

#include "phantompainter.h"

#include <algorithm>
#include <cmath>

namespace nbia::emulator::detail {

namespace {

quint8 clampToByte(double value) {
    return static_cast<quint8>(std::clamp(std::lround(value), 0L, 255L));
}

} // namespace

void ColourPixels::rgb(const quint8 *grey, const std::vector<quint8> &labels, quint8 *out) {
    for (size_t i = 0; i < labels.size(); ++i) {
        const int g = grey[i];
        quint8 *pixel = out + 3 * i;
        if (labels[i] == Lesion) { // the finding shows in colour, as on a Doppler image
            pixel[0] = static_cast<quint8>(std::min(255, g + 80));
            pixel[1] = static_cast<quint8>(g / 2);
            pixel[2] = static_cast<quint8>(g / 4);
        } else {
            pixel[0] = pixel[1] = pixel[2] = static_cast<quint8>(g);
        }
    }
}

void ColourPixels::rgbToYbrFull(quint8 *samples, size_t pixels) {
    for (size_t i = 0; i < pixels; ++i) {
        quint8 *p = samples + 3 * i;
        const double r = p[0];
        const double g = p[1];
        const double b = p[2];
        p[0] = clampToByte(0.2990 * r + 0.5870 * g + 0.1140 * b);
        p[1] = clampToByte(-0.1687 * r - 0.3313 * g + 0.5000 * b + 128);
        p[2] = clampToByte(0.5000 * r - 0.4187 * g - 0.0813 * b + 128);
    }
}

const ColourPixels::Palette &ColourPixels::hotIron() {
    static const Palette palette = [] {
        Palette p;
        for (int i = 0; i < 256; ++i) {
            const auto channel = [i](int offset) {
                return static_cast<quint16>(std::clamp(3 * i - offset, 0, 255) * 257);
            };
            p.red[size_t(i)] = channel(0);
            p.green[size_t(i)] = channel(255);
            p.blue[size_t(i)] = channel(510);
        }
        return p;
    }();
    return palette;
}

} // namespace nbia::emulator::detail
