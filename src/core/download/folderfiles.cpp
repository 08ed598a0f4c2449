#include "folderfiles.h"

#include <QDir>

namespace nbia {

using namespace Qt::StringLiterals;

// The archive's files never start with a dot; the file managers' own (.DS_Store, Thumbs.db,
// desktop.ini) appear in a folder the user has looked at, and must not make it look changed.
FolderFiles FolderFiles::of(const QString &folder) {
    FolderFiles files;
    const QFileInfoList entries = QDir(folder).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        if (name.startsWith(u'.') || name.compare("Thumbs.db"_L1, Qt::CaseInsensitive) == 0 ||
            name.compare("desktop.ini"_L1, Qt::CaseInsensitive) == 0)
            continue;
        ++files.count;
        files.bytes += entry.size();
    }
    return files;
}

} // namespace nbia
