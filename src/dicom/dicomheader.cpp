#include "dicomheader.h"

#include <QFile>
#include <QFileInfo>

#include <cmath>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

namespace nbia {

namespace {

// Elements longer than this (the pixel data) stay on disk: only the header is read.
constexpr Uint32 HeaderReadLimit = 4096;

QString text(DcmDataset &data, const DcmTagKey &tag) {
    OFString value;
    if (data.findAndGetOFStringArray(tag, value).bad())
        return {};
    return QString::fromUtf8(value.c_str()).trimmed();
}

std::optional<double> decimal(DcmDataset &data, const DcmTagKey &tag, unsigned long position) {
    Float64 value = 0;
    if (data.findAndGetFloat64(tag, value, position).bad())
        return std::nullopt;
    return value;
}

} // namespace

std::optional<DicomHeader> DicomHeader::read(const QString &path, QString *error) {
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    // Only Part-10 files: a folder of downloads holds LICENSE, metadata.csv and the like too.
    if (!isPart10(path))
        return fail(tr("%1 is not a DICOM file.").arg(QFileInfo(path).fileName()));

    DcmFileFormat file;
    const OFCondition status = file.loadFile(QFile::encodeName(path).constData(), EXS_Unknown,
                                             EGL_noChange, HeaderReadLimit);
    DcmDataset &data = *file.getDataset();
    DicomHeader h;
    h.path = path;
    if (status.bad()) {
        h.damage = tr("%1 is damaged: %2")
                       .arg(QFileInfo(path).fileName(), QString::fromLatin1(status.text()));
    }
    h.patientName = text(data, DCM_PatientName);
    h.patientId = text(data, DCM_PatientID);
    h.studyDate = text(data, DCM_StudyDate);
    h.studyDescription = text(data, DCM_StudyDescription);
    h.seriesInstanceUid = text(data, DCM_SeriesInstanceUID);
    h.seriesDescription = text(data, DCM_SeriesDescription);
    h.seriesNumber = text(data, DCM_SeriesNumber);
    h.sopInstanceUid = text(data, DCM_SOPInstanceUID);
    h.modality = text(data, DCM_Modality);
    Sint32 number = 0;
    if (data.findAndGetSint32(DCM_InstanceNumber, number).good())
        h.instanceNumber = int(number);
    h.sliceLocation = decimal(data, DCM_SliceLocation, 0);
    if (!h.sliceLocation)
        h.sliceLocation = decimal(data, DCM_ImagePositionPatient, 2);
    const DcmTagKey spacingTag =
        data.tagExists(DCM_PixelSpacing) ? DCM_PixelSpacing : DCM_ImagerPixelSpacing;
    h.rowSpacing = decimal(data, spacingTag, 0);
    h.columnSpacing = decimal(data, spacingTag, 1);
    Uint16 size = 0;
    if (data.findAndGetUint16(DCM_Rows, size).good())
        h.rows = size;
    if (data.findAndGetUint16(DCM_Columns, size).good())
        h.columns = size;
    Sint32 frames = 1;
    if (data.findAndGetSint32(DCM_NumberOfFrames, frames).good() && frames > 1)
        h.frames = int(frames);
    return h;
}

bool DicomHeader::isPart10(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray preamble = file.read(132);
    return preamble.size() == 132 && preamble.endsWith("DICM");
}

// A total order, as sorting needs one even when only some images have a number or a position:
// by InstanceNumber (images without one after those with), then by position, then by name.
bool DicomHeader::inSeriesOrder(const DicomHeader &a, const DicomHeader &b) {
    if (a.instanceNumber.has_value() != b.instanceNumber.has_value())
        return a.instanceNumber.has_value();
    if (a.instanceNumber && *a.instanceNumber != *b.instanceNumber)
        return *a.instanceNumber < *b.instanceNumber;
    const bool aPlaced = a.sliceLocation && !std::isnan(*a.sliceLocation);
    const bool bPlaced = b.sliceLocation && !std::isnan(*b.sliceLocation);
    if (aPlaced != bPlaced)
        return aPlaced;
    if (aPlaced && *a.sliceLocation != *b.sliceLocation)
        return *a.sliceLocation < *b.sliceLocation;
    return a.path < b.path;
}

} // namespace nbia
