#include "dicominfo.h"

#include "dcmtk/config/osconfig.h"

#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcfilefo.h"
#include "dcmtk/dcmdata/dcistrmb.h"

namespace nbia::emulator::testsupport {

DicomInfo readDicom(const QByteArray &bytes) {
    DicomInfo info;
    DcmInputBufferStream stream;
    stream.setBuffer(bytes.constData(), static_cast<offile_off_t>(bytes.size()));
    stream.setEos();
    DcmFileFormat file;
    file.transferInit();
    const OFCondition status = file.read(stream, EXS_Unknown, EGL_noChange);
    file.transferEnd();
    if (status.bad())
        return info;
    DcmDataset *dataset = file.getDataset();
    OFString value;
    if (dataset->findAndGetOFString(DCM_SOPInstanceUID, value).good())
        info.sopInstanceUid = QString::fromLatin1(value.c_str());
    if (dataset->findAndGetOFString(DCM_SOPClassUID, value).good())
        info.sopClassUid = QString::fromLatin1(value.c_str());
    if (dataset->findAndGetOFString(DCM_SeriesInstanceUID, value).good())
        info.seriesInstanceUid = QString::fromLatin1(value.c_str());
    Sint32 number = -1;
    if (dataset->findAndGetSint32(DCM_InstanceNumber, number).good())
        info.instanceNumber = int(number);
    info.ok = !info.sopInstanceUid.isEmpty();
    return info;
}

} // namespace nbia::emulator::testsupport
