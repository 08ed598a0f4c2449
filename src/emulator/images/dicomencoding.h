#pragma once

#include "imagespec.h"

#include <QByteArray>
#include <QString>

class DcmDataset;
class DcmFileFormat;

namespace nbia::emulator::detail {

// Turns a built data set into the bytes of a Part-10 file: the transfer syntax of a
// PixelEncoding, pixel data compression, serialisation and trailing padding to a fixed size.
// Each step returns false or an empty array on failure, with `error` set.
class DicomEncoding final {
public:
    static QString transferSyntaxUid(PixelEncoding encoding);

    // Re-encodes the pixel data (left alone for Uncompressed). Needs the DCMTK encoders
    // registered, i.e. an nbia::DicomCodecs(Mode::DecodeAndEncode) alive.
    static bool compress(DcmDataset *dataset, PixelEncoding encoding, QString *error);

    static QByteArray serialise(DcmFileFormat &file, PixelEncoding encoding, QString *error);

    // Appends Data Set Trailing Padding (FFFC,FFFC) so that `bytes` is exactly `targetSize` long.
    static bool padTo(QByteArray &bytes, qint64 targetSize, PixelEncoding encoding, QString *error);
};

} // namespace nbia::emulator::detail
