#pragma once

#include <QString>

namespace nbia {

// Why a downloaded series could not be put on disk, and so what to do next.
struct ExtractionFailure {
    enum class Kind {
        Corrupt,  // not a whole ZIP, a bad CRC, an MD5 mismatch: download it again
        Hostile,  // entries that could write outside the folder: never retried
        Disk,     // the destination cannot be written (full, read-only): pause the queue
        TooLarge, // more bytes or entries than the series can hold: never retried
        WebPage,  // a web page instead of the ZIP (a proxy's, a filter's): never retried
    };

    Kind kind = Kind::Corrupt;
    QString message;

    [[nodiscard]] bool isTransient() const { return kind == Kind::Corrupt; }
};

} // namespace nbia
