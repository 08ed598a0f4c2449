#include "dicomfilemeta.h"

#include <QFile>

#include <dcmtk/config/osconfig.h>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>

namespace nbia {

QString DicomFileMeta::sopClassUid(const QString &path) {
    DcmFileFormat file;
    const OFCondition loaded =
        file.loadFile(OFFilename(QFile::encodeName(path).constData()), EXS_Unknown, EGL_noChange,
                      DCM_MaxReadLength, ERM_metaOnly);
    if (loaded.bad())
        return {};
    OFString uid;
    if (file.getMetaInfo()->findAndGetOFString(DCM_MediaStorageSOPClassUID, uid).bad())
        return {};
    return QString::fromLatin1(uid.c_str()).trimmed();
}

} // namespace nbia
