#include "folderseries.h"

#include <QDir>
#include <QFile>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

namespace nbia {

using namespace Qt::StringLiterals;

FolderSeries::Found FolderSeries::in(const QString &folder) {
    const QDir dir(folder);
    if (!dir.exists())
        return {};
    const QStringList entries =
        dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    if (entries.isEmpty())
        return {Content::Empty, {}};
    for (const QString &name : entries) {
        if (!name.endsWith(".dcm"_L1, Qt::CaseInsensitive))
            continue;
        DcmFileFormat file;
        // Only the header up to SeriesInstanceUID (0020,000E) is read.
        if (file.loadFileUntilTag(OFFilename(QFile::encodeName(dir.filePath(name)).constData()),
                                  EXS_Unknown, EGL_noChange, DCM_MaxReadLength, ERM_autoDetect,
                                  DcmTagKey(0x0020, 0x000F))
                .bad())
            continue;
        OFString uid;
        if (file.getDataset()->findAndGetOFString(DCM_SeriesInstanceUID, uid).good() &&
            !uid.empty())
            return {Content::Series, QString::fromLatin1(uid.c_str()).trimmed()};
    }
    return {Content::Other, {}};
}

} // namespace nbia
