#pragma once

#include <QString>

namespace nbia {

// What a DICOM file's meta header (group 0002) says, read without the dataset.
class DicomFileMeta final {
public:
    // Media Storage SOP Class UID (0002,0002); empty when the file has none or is not DICOM.
    static QString sopClassUid(const QString &path);
};

} // namespace nbia
