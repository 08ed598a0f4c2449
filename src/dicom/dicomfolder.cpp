#include "dicomfolder.h"

#include <QDirIterator>
#include <QHash>

#include <algorithm>

namespace nbia {

namespace {

// A series' number, modality and description from the first of its images that has each (a
// damaged file may have lost them); the number is the lowest one given, as the sort uses.
DicomSeries describe(const QList<DicomHeader> &images, qsizetype first, qsizetype count,
                     const QHash<QString, int> &numberOf) {
    DicomSeries series;
    series.uid = images.at(first).seriesInstanceUid;
    series.first = first;
    series.count = count;
    for (qsizetype i = first; i < first + count; ++i) {
        const DicomHeader &h = images.at(i);
        if (series.modality.isEmpty())
            series.modality = h.modality;
        if (series.description.isEmpty())
            series.description = h.seriesDescription;
        if (series.number.isEmpty())
            series.number = h.seriesNumber;
    }
    if (const auto number = numberOf.constFind(series.uid); number != numberOf.cend())
        series.number = QString::number(*number);
    return series;
}

} // namespace

QList<DicomHeader> DicomFolder::imagesOf(qsizetype seriesIndex) const {
    if (seriesIndex < 0 || seriesIndex >= series.size())
        return {};
    const DicomSeries &s = series.at(seriesIndex);
    return images.mid(s.first, s.count);
}

DicomFolder DicomFolder::scan(const QString &folder, const std::atomic_bool *cancel) {
    QList<DicomHeader> images;
    int skipped = 0;
    QDirIterator files(folder, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        if (cancel && cancel->load())
            return {};
        const QString path = files.next();
        if (std::optional<DicomHeader> header = DicomHeader::read(path))
            images.append(std::move(*header));
        else
            ++skipped;
    }
    DicomFolder result = ofImages(std::move(images));
    result.skippedFiles = skipped;
    return result;
}

DicomFolder DicomFolder::ofImages(QList<DicomHeader> images) {
    DicomFolder result;
    result.images = std::move(images);
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
    for (qsizetype first = 0; first < result.images.size();) {
        const QString &uid = result.images.at(first).seriesInstanceUid;
        qsizetype end = first + 1;
        while (end < result.images.size() && result.images.at(end).seriesInstanceUid == uid)
            ++end;
        result.series.append(describe(result.images, first, end - first, numberOf));
        first = end;
    }
    return result;
}

} // namespace nbia
