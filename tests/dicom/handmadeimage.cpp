#include "handmadeimage.h"

#include <QFile>
#include <QTemporaryDir>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcpixseq.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <vector>

namespace {
std::vector<Uint16> lut(const QList<int> &entries) {
    std::vector<Uint16> data;
    for (const int entry : entries)
        data.push_back(Uint16(entry << 8)); // 16-bit entries, as palettes usually are
    return data;
}
} // namespace

QByteArray HandmadeImage::bytes() const {
    DcmFileFormat file;
    DcmDataset &d = *file.getDataset();
    d.putAndInsertString(DCM_SOPClassUID, UID_SecondaryCaptureImageStorage);
    d.putAndInsertString(DCM_SOPInstanceUID, sopInstanceUid.toLatin1().constData());
    d.putAndInsertString(DCM_StudyInstanceUID, "1.2.826.0.1.3680043.2.1125.9.2");
    if (!seriesUid.isEmpty())
        d.putAndInsertString(DCM_SeriesInstanceUID, seriesUid.toLatin1().constData());
    d.putAndInsertString(DCM_Modality, modality.toLatin1().constData());
    if (instanceNumber > 0)
        d.putAndInsertString(DCM_InstanceNumber, QByteArray::number(instanceNumber).constData());
    d.putAndInsertUint16(DCM_SamplesPerPixel, Uint16(samplesPerPixel));
    d.putAndInsertString(DCM_PhotometricInterpretation, photometric.toLatin1().constData());
    d.putAndInsertUint16(DCM_Rows, Uint16(rows));
    d.putAndInsertUint16(DCM_Columns, Uint16(columns));
    d.putAndInsertUint16(DCM_BitsAllocated, Uint16(bitsAllocated));
    d.putAndInsertUint16(DCM_BitsStored, Uint16(bitsAllocated));
    d.putAndInsertUint16(DCM_HighBit, Uint16(bitsAllocated - 1));
    d.putAndInsertUint16(DCM_PixelRepresentation, isSigned ? 1 : 0);
    if (samplesPerPixel > 1)
        d.putAndInsertUint16(DCM_PlanarConfiguration, Uint16(planarConfiguration));
    if (frames > 1)
        d.putAndInsertString(DCM_NumberOfFrames, QByteArray::number(frames).constData());
    if (withRescale) {
        d.putAndInsertString(DCM_RescaleSlope, QByteArray::number(rescaleSlope).constData());
        d.putAndInsertString(DCM_RescaleIntercept,
                             QByteArray::number(rescaleIntercept).constData());
    }
    if (!paletteRed.isEmpty()) {
        const Uint16 descriptor[3] = {Uint16(paletteRed.size()), 0, 16};
        for (const DcmTagKey &tag :
             {DCM_RedPaletteColorLookupTableDescriptor, DCM_GreenPaletteColorLookupTableDescriptor,
              DCM_BluePaletteColorLookupTableDescriptor})
            d.putAndInsertUint16Array(tag, descriptor, 3);
        const std::vector<Uint16> red = lut(paletteRed);
        const std::vector<Uint16> green = lut(paletteGreen);
        const std::vector<Uint16> blue = lut(paletteBlue);
        d.putAndInsertUint16Array(DCM_RedPaletteColorLookupTableData, red.data(),
                                  unsigned(red.size()));
        d.putAndInsertUint16Array(DCM_GreenPaletteColorLookupTableData, green.data(),
                                  unsigned(green.size()));
        d.putAndInsertUint16Array(DCM_BluePaletteColorLookupTableData, blue.data(),
                                  unsigned(blue.size()));
    }
    E_TransferSyntax xfer = EXS_LittleEndianExplicit;
    if (syntax == Syntax::Jpeg2000) {
        // A fragment no free codec decodes: the renderer must say so, not guess.
        auto *pixels = new DcmPixelData(DCM_PixelData);
        auto *sequence = new DcmPixelSequence(DCM_PixelSequenceTag);
        sequence->insert(new DcmPixelItem(DCM_PixelItemTag)); // the offset table
        auto *fragment = new DcmPixelItem(DCM_PixelItemTag);
        const Uint8 junk[8] = {0xff, 0x4f, 0xff, 0x51, 0, 0, 0, 0};
        fragment->putUint8Array(junk, 8);
        sequence->insert(fragment);
        pixels->putOriginalRepresentation(EXS_JPEG2000LosslessOnly, nullptr, sequence);
        d.insert(pixels);
        xfer = EXS_JPEG2000LosslessOnly;
    } else {
        if (bitsAllocated == 8) {
            std::vector<Uint8> data;
            for (const int sample : samples)
                data.push_back(Uint8(sample));
            d.putAndInsertUint8Array(DCM_PixelData, data.data(), unsigned(data.size()));
        } else {
            std::vector<Uint16> data;
            for (const int sample : samples)
                data.push_back(Uint16(sample));
            d.putAndInsertUint16Array(DCM_PixelData, data.data(), unsigned(data.size()));
        }
        if (syntax == Syntax::BigEndian)
            xfer = EXS_BigEndianExplicit;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("image.dcm"));
    if (file.saveFile(QFile::encodeName(path).constData(), xfer).bad())
        return {};
    QFile saved(path);
    return saved.open(QIODevice::ReadOnly) ? saved.readAll() : QByteArray();
}
