#pragma once

#include "downloadtarget.h"

#include <QString>

namespace nbia {

// How a set of series is downloaded.
struct DownloadOptions {
    QString root; // the download folder
    FolderLayout layout = FolderLayout::Descriptive;
    FileNaming naming = FileNaming::AsSent;
    bool verifyMd5 = true; // getImageWithMD5Hash, every file checked
    int parallel = 4;      // series at once
    // Series at once from one host. Beyond six, HTTP/1.1 connections to one host wait for each
    // other anyway (and a long wait would time out).
    int perHost = 6;
    int maxAttempts = 4; // of a series whose ZIP turns out damaged

    [[nodiscard]] DownloadTarget target() const { return {root, layout, naming, verifyMd5}; }
    void setTarget(const DownloadTarget &target) {
        root = target.root;
        layout = target.layout;
        naming = target.naming;
        verifyMd5 = target.verifyMd5;
    }
};

} // namespace nbia
