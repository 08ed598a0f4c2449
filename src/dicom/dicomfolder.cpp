#include "dicomfolder.h"

#include <QDirIterator>

#include <algorithm>

namespace nbia {

DicomFolder DicomFolder::scan(const QString &folder, const std::atomic_bool *cancel) {
    DicomFolder result;
    QDirIterator files(folder, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        if (cancel && cancel->load())
            return {};
        const QString path = files.next();
        if (std::optional<DicomHeader> header = DicomHeader::read(path))
            result.images.append(std::move(*header));
        else
            ++result.skippedFiles;
    }
    // Series by series (in the order of their series numbers), each in its own order.
    std::stable_sort(result.images.begin(), result.images.end(),
                     [](const DicomHeader &a, const DicomHeader &b) {
                         if (a.seriesInstanceUid != b.seriesInstanceUid) {
                             const int na = a.seriesNumber.toInt();
                             const int nb = b.seriesNumber.toInt();
                             if (na != nb)
                                 return na < nb;
                             return a.seriesInstanceUid < b.seriesInstanceUid;
                         }
                         return DicomHeader::inSeriesOrder(a, b);
                     });
    return result;
}

} // namespace nbia
