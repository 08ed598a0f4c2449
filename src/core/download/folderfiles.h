#pragma once

#include <QString>

namespace nbia {

// What a series folder holds, counted cheaply (names and sizes, not contents; the file managers'
// own files left out): how a finished series is checked again later, against getSeriesSize or
// against what it held when it was done.
struct FolderFiles {
    qint64 count = 0;
    qint64 bytes = 0;

    [[nodiscard]] static FolderFiles of(const QString &folder);
    [[nodiscard]] bool operator==(const FolderFiles &other) const = default;
};

} // namespace nbia
