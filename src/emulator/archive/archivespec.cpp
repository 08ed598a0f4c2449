#include "archivespec.h"

namespace nbia::emulator {

using namespace Qt::StringLiterals;

std::optional<ArchiveSpec> ArchiveSpec::fromSize(const QString &size, quint32 seed) {
    ArchiveSpec spec;
    spec.seed = seed;
    const QString name = size.trimmed().toLower();
    if (name == "small"_L1) {
        spec.seriesCount = 60;
    } else if (name == "medium"_L1) {
        spec.seriesCount = 2000;
    } else if (name == "large"_L1) {
        spec.seriesCount = 125000;
    } else {
        bool ok = false;
        spec.seriesCount = name.toInt(&ok);
        if (!ok || spec.seriesCount < 1 || spec.seriesCount > 5000000)
            return std::nullopt;
    }
    return spec;
}

std::optional<ArchiveSpec::Kind> ArchiveSpec::kindFromName(const QString &name) {
    const QString lower = name.trimmed().toLower();
    if (lower == "tcia"_L1)
        return Kind::Tcia;
    if (lower == "nlst"_L1)
        return Kind::Nlst;
    return std::nullopt;
}

} // namespace nbia::emulator
