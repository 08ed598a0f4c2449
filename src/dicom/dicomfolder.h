#pragma once

#include "dicomheader.h"
#include "dicomseries.h"

#include <QList>
#include <QString>

#include <atomic>

namespace nbia {

// The DICOM images of a folder and its subfolders (a downloaded series, a collection's tree,
// or any folder of files), grouped by series (0020,000E) and each series in order; a DICOM file
// damaged after its start is listed too (see DicomHeader::damage). Other files are left out and
// counted. Blocking: call scan() from a worker thread.
struct DicomFolder {
    QList<DicomHeader> images; // series after series
    QList<DicomSeries> series; // in series number order; the files naming none last
    int skippedFiles = 0;      // not DICOM files

    [[nodiscard]] QList<DicomHeader> imagesOf(qsizetype seriesIndex) const;

    static DicomFolder scan(const QString &folder, const std::atomic_bool *cancel = nullptr);
    // The images, found in any order, sorted and grouped as scan() does.
    static DicomFolder ofImages(QList<DicomHeader> images);
};

} // namespace nbia
