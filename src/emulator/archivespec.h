#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace nbia::emulator {

// What synthetic archive to make: the same seed and series count always give the same archive.
struct ArchiveSpec {
    quint32 seed = 1;
    int seriesCount = 2000;
    // The benchmarks' series of a chosen size: the i-th uncompressed CT series gets
    // resizedSeries[i] images (of about 131 kB each).
    QList<int> resizedSeries;

    // "small" (about 60 series), "medium" (about 2,000), "large" (125,000, of which 100,000 in
    // the largest collection, the scale of the archive's biggest) or a series count.
    static std::optional<ArchiveSpec> fromSize(const QString &size, quint32 seed = 1);
};

} // namespace nbia::emulator
