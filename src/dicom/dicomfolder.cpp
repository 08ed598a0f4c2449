#include "dicomfolder.h"

#include <QDirIterator>
#include <QHash>

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
    // Series by series, in the order of their series numbers (one per series, so that a damaged
    // file without its number stays with its series; files without even a series come last),
    // each in its own order.
    QHash<QString, int> numberOf;
    for (const DicomHeader &h : std::as_const(result.images)) {
        bool ok = false;
        const int number = h.seriesNumber.toInt(&ok);
        if (ok) {
            auto at = numberOf.find(h.seriesInstanceUid);
            if (at == numberOf.end())
                numberOf.insert(h.seriesInstanceUid, number);
            else
                *at = std::min(*at, number);
        }
    }
    std::stable_sort(result.images.begin(), result.images.end(),
                     [&numberOf](const DicomHeader &a, const DicomHeader &b) {
                         if (a.seriesInstanceUid != b.seriesInstanceUid) {
                             if (a.seriesInstanceUid.isEmpty() != b.seriesInstanceUid.isEmpty())
                                 return b.seriesInstanceUid.isEmpty();
                             const int na = numberOf.value(a.seriesInstanceUid);
                             const int nb = numberOf.value(b.seriesInstanceUid);
                             if (na != nb)
                                 return na < nb;
                             return a.seriesInstanceUid < b.seriesInstanceUid;
                         }
                         return DicomHeader::inSeriesOrder(a, b);
                     });
    return result;
}

} // namespace nbia
