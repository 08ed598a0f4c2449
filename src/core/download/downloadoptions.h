#pragma once

#include "seriesfolderlayout.h"

#include <QString>

namespace nbia {

// How a set of series is downloaded.
struct DownloadOptions {
    QString root; // the download folder
    FolderLayout layout = FolderLayout::Descriptive;
    bool verifyMd5 = true; // getImageWithMD5Hash, every file checked
    int parallel = 4;      // series at once
    int maxAttempts = 4;   // of a series whose ZIP turns out damaged
};

} // namespace nbia
