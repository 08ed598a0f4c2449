#pragma once

#include <QtGlobal>

#include <array>
#include <vector>

namespace nbia::emulator::detail {

// The colour forms of a phantom picture: grey, tinted red where the lesion is, as RGB or
// YBR_FULL samples, or grey levels standing for indexes into a "hot iron" colour table.
class ColourPixels final {
public:
    // Three samples per pixel (R, G, B), pixel-interleaved, from 8-bit grey and tissue labels.
    static void rgb(const quint8 *grey, const std::vector<quint8> &labels, quint8 *out);

    // RGB samples turned into YBR_FULL in place (PS3.3 C.7.6.3.1.2).
    static void rgbToYbrFull(quint8 *samples, size_t pixels);

    // The colour table of PALETTE COLOR images: 256 entries of 16 bits per channel.
    struct Palette {
        std::array<quint16, 256> red{}, green{}, blue{};
    };
    static const Palette &hotIron();
};

} // namespace nbia::emulator::detail
