#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace nbia::emulator {

// What synthetic archive to make: the same seed and series count always give the same archive.
struct ArchiveSpec {
    // tcia: a dozen collections of many modalities, like nbia.cancerimagingarchive.net;
    // nlst: one collection "NLST" of CT and a few CR series, like nlst.cancerimagingarchive.net.
    // No UID of one kind's archive occurs in the other's for the same seed.
    enum class Kind { Tcia, Nlst };

    Kind kind = Kind::Tcia;
    quint32 seed = 1;
    int seriesCount = 2000;
    // The benchmarks' series of a chosen size: the i-th uncompressed CT series gets
    // resizedSeries[i] images (of about 131 kB each).
    QList<int> resizedSeries;

    // "small" (about 60 series), "medium" (about 2,000), "large" (125,000, of which 100,000 in
    // the largest collection, the scale of the archive's biggest) or a series count.
    static std::optional<ArchiveSpec> fromSize(const QString &size, quint32 seed = 1);
    // "tcia" or "nlst", any case.
    static std::optional<Kind> kindFromName(const QString &name);
};

} // namespace nbia::emulator
