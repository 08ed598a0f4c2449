#include "folderfiles.h"

#include <QDir>

namespace nbia {

FolderFiles FolderFiles::of(const QString &folder) {
    FolderFiles files;
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        ++files.count;
        files.bytes += entry.size();
    }
    return files;
}

} // namespace nbia
