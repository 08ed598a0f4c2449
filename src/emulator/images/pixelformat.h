#pragma once

#include "modalitykind.h"

#include <QtGlobal>

#include <array>
#include <vector>

namespace nbia::emulator::detail {

// How a modality stores its pixels, and what each phantom Tissue looks like in it.
struct PixelFormat {
    int bitsAllocated = 16;
    int bitsStored = 16;
    bool isSigned = false;
    std::array<double, 6> tissueValues{}; // stored pixel values per Tissue
    double noise = 0.0;                   // amplitude of the triangular noise, in stored values
    double windowCenter = 0.0;
    double windowWidth = 0.0;

    // CT, MR and PT are always 16-bit; the others use `specBits` (8 or 16).
    static PixelFormat forKind(ModalityKind kind, int specBits);

    // Stored pixel values, one per label: tissue value plus mild deterministic noise.
    void fill(quint16 *out, const std::vector<quint8> &labels, quint64 noiseSeed) const;
    void fill(quint8 *out, const std::vector<quint8> &labels, quint64 noiseSeed) const;
};

} // namespace nbia::emulator::detail
