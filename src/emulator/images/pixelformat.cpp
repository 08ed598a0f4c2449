#include "pixelformat.h"

#include "deterministicrandom.h"

#include <algorithm>
#include <cmath>

namespace nbia::emulator::detail {

namespace {

template<typename T>
void fillPixels(T *out, const std::vector<quint8> &labels, const PixelFormat &format,
                quint64 noiseSeed) {
    DeterministicRandom rng(noiseSeed);
    const double maxValue = format.isSigned ? 32767.0 : std::ldexp(1.0, format.bitsStored) - 1.0;
    for (size_t i = 0; i < labels.size(); ++i) {
        const quint64 r = rng.next();
        const double triangular = static_cast<double>(r & 0xffffffffULL) * 0x1.0p-32 +
                                  static_cast<double>(r >> 32) * 0x1.0p-32 - 1.0;
        double v = format.tissueValues[labels[i]] + format.noise * triangular;
        v = std::clamp(std::round(std::abs(v)), 0.0, maxValue);
        out[i] = static_cast<T>(v);
    }
}

} // namespace

PixelFormat PixelFormat::forKind(ModalityKind kind, int specBits) {
    PixelFormat f;
    switch (kind) {
    case ModalityKind::Ct:
        // Stored = HU + 1024 (RescaleIntercept -1024); air -1000, bone 900, brain 35, CSF 8 HU.
        f.isSigned = true;
        f.tissueValues = {24, 1924, 1059, 1032, 1069, 1099};
        f.noise = 12;
        f.windowCenter = 40;
        f.windowWidth = 400;
        break;
    case ModalityKind::Mr:
        f.bitsStored = 12;
        f.tissueValues = {0, 250, 1100, 2600, 1400, 2000};
        f.noise = 40;
        f.windowCenter = 1500;
        f.windowWidth = 3000;
        break;
    case ModalityKind::Pt:
        f.bitsStored = 12;
        f.tissueValues = {0, 150, 1200, 150, 1800, 3500};
        f.noise = 60;
        f.windowCenter = 1800;
        f.windowWidth = 3600;
        break;
    default:
        f.bitsAllocated = specBits;
        f.bitsStored = specBits == 8 ? 8 : 12;
        f.tissueValues = {200, 3500, 1800, 1500, 2000, 2600};
        f.noise = 30;
        f.windowCenter = 2048;
        f.windowWidth = 4096;
        if (specBits == 8) {
            for (double &v : f.tissueValues)
                v /= 16.0;
            f.noise = 3;
            f.windowCenter = 128;
            f.windowWidth = 256;
        }
        break;
    }
    return f;
}

void PixelFormat::fill(quint16 *out, const std::vector<quint8> &labels, quint64 noiseSeed) const {
    fillPixels(out, labels, *this, noiseSeed);
}

void PixelFormat::fill(quint8 *out, const std::vector<quint8> &labels, quint64 noiseSeed) const {
    fillPixels(out, labels, *this, noiseSeed);
}

} // namespace nbia::emulator::detail
