#pragma once

#include "dicomheader.h"

#include <QList>
#include <QString>

#include <atomic>

namespace nbia {

// The DICOM images of a folder and its subfolders (a downloaded series, a collection's tree,
// or any folder of files), grouped by series and each series in order; a DICOM file damaged
// after its start is listed too (see DicomHeader::damage). Other files are left out and counted.
// Blocking: call it from a worker thread.
struct DicomFolder {
    QList<DicomHeader> images;
    int skippedFiles = 0; // not DICOM files

    static DicomFolder scan(const QString &folder, const std::atomic_bool *cancel = nullptr);
};

} // namespace nbia
