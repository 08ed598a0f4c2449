#pragma once

#include "imagespec.h"

#include <QByteArray>
#include <QString>

namespace nbia::emulator {

// Writes real, decodable DICOM Part-10 files with a phantom drawn in the pixel data. The same
// spec always gives the same bytes (so MD5 sums are stable across requests).
class SyntheticImageFactory final {
public:
    // The DICOM file, or an empty array with `error` set.
    static QByteArray makeFile(const SyntheticImageSpec &spec, QString *error = nullptr);

    // A size every file of these dimensions fits in, used as targetFileSize so that sizes are
    // known without making the files.
    static qint64 paddedFileSize(int rows, int columns, int bitsAllocated, int samplesPerPixel = 1,
                                 int frames = 1);

    static QString transferSyntaxUid(PixelEncoding encoding);
    static QString sopClassUid(const QString &modality, int frames = 1);
};

} // namespace nbia::emulator
