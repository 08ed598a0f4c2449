#pragma once

#include <QByteArray>
#include <QString>

namespace nbia::emulator {

// getDicomTags' body for one DICOM file (Jackson, nulls kept): the file meta group, then the
// data set up to Pixel Data, one {"element","name","data"} object per element. Multiple values
// are joined with "\"; groups from 6000 on show "..."; a sequence is a row with null data, its
// items' elements with one more ">" before the tag per level, and an "End <name>" row.
class DicomTagListing final {
public:
    // Empty, with `error` set, when the bytes are not a DICOM file.
    static QByteArray json(const QByteArray &file, QString *error = nullptr);
};

} // namespace nbia::emulator
