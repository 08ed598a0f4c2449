#pragma once

#include "seriesfolderlayout.h"

#include <QString>

#include <optional>

namespace nbia {

// How the files inside a series folder are named.
enum class FileNaming {
    // As the archive sends them: 00000001.dcm, 00000002.dcm, … in the archive's order.
    AsSent,
    // The Data Retriever's "new file names", by InstanceNumber within each acquisition:
    // 1-001.dcm, 1-002.dcm, …
    ByInstanceNumber,
};

// Where a series goes: the download folder, its folder layout and the file names inside.
struct DownloadTarget {
    QString root;
    FolderLayout layout = FolderLayout::Descriptive;
    FileNaming naming = FileNaming::AsSent;
    bool verifyMd5 = true; // getImageWithMD5Hash, every file checked

    // "archive" or "instance", in any case.
    static std::optional<FileNaming> parseNaming(const QString &name);
    static QString namingName(FileNaming naming);

    friend bool operator==(const DownloadTarget &, const DownloadTarget &) = default;
};

} // namespace nbia
