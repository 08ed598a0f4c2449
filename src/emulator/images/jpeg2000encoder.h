#pragma once

#include <QByteArray>
#include <QString>

namespace nbia::emulator::detail {

// One frame as a lossless JPEG 2000 code stream (OpenJPEG), as DICOM's "JPEG 2000 Image
// Compression (Lossless Only)" holds it: a raw J2K stream, no JP2 box, colour not transformed.
struct Jpeg2000Frame {
    const void *samples = nullptr; // rows × columns × samplesPerPixel, 8 or 16 bits each
    int rows = 0;
    int columns = 0;
    int samplesPerPixel = 1;
    int bitsAllocated = 16;
    int bitsStored = 16;
    bool isSigned = false;
};

class Jpeg2000Encoder final {
public:
    // The code stream, padded to an even length; empty with `error` set on failure.
    static QByteArray encode(const Jpeg2000Frame &frame, QString *error);
};

} // namespace nbia::emulator::detail
