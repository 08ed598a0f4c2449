#include "syntheticimagetags.h"

#include "dicomtagwriter.h"
#include "dicomvalueformat.h"
#include "phantompainter.h"
#include "pixelformat.h"
#include "slicegeometry.h"
#include "syntheticimagefactory.h"
#include "syntheticobjecttags.h"

#include "dcmtk/dcmdata/dcdatset.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcpixel.h"

#include <memory>

namespace nbia::emulator::detail {

void SyntheticImageTags::write(DicomTagWriter &w, DcmDataset *dataset,
                               const SyntheticImageSpec &spec, ModalityKind kind,
                               const PixelFormat &format) {
    const SliceGeometry g = SliceGeometry::of(spec, kind);
    w.bytes(DCM_ImageType,
            kind == ModalityKind::Ct ? "ORIGINAL\\PRIMARY\\AXIAL" : "ORIGINAL\\PRIMARY");
    w.integer(DCM_AcquisitionNumber, spec.acquisitionNumber);
    w.bytes(DCM_FrameOfReferenceUID, SyntheticObjectTags::frameOfReferenceUid(spec));
    w.bytes(DCM_PositionReferenceIndicator, QByteArray());
    w.bytes(DCM_ImagePositionPatient, g.imagePosition());
    w.bytes(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
    w.bytes(DCM_PixelSpacing, DicomValueFormat::decimals({g.rowSpacing, g.columnSpacing}));
    w.decimal(DCM_SliceThickness, g.sliceThickness);
    w.decimal(DCM_SliceLocation, g.z);

    switch (kind) {
    case ModalityKind::Ct:
        w.bytes(DCM_KVP, "120");
        w.bytes(DCM_RescaleIntercept, "-1024");
        w.bytes(DCM_RescaleSlope, "1");
        w.bytes(DCM_RescaleType, "HU");
        break;
    case ModalityKind::Mr:
        w.bytes(DCM_ScanningSequence, "SE");
        w.bytes(DCM_SequenceVariant, "NONE");
        w.bytes(DCM_ScanOptions, QByteArray());
        w.bytes(DCM_MRAcquisitionType, "2D");
        break;
    case ModalityKind::Pt:
        w.bytes(DCM_SeriesType, "STATIC\\IMAGE");
        w.bytes(DCM_Units, "BQML");
        w.bytes(DCM_CorrectedImage, "DECY\\ATTN");
        w.bytes(DCM_DecayCorrection, "START");
        w.bytes(DCM_RescaleIntercept, "0");
        w.bytes(DCM_RescaleSlope, "1");
        break;
    case ModalityKind::Mg:
        w.bytes(DCM_PresentationIntentType, "FOR PRESENTATION");
        w.bytes(DCM_ImagerPixelSpacing,
                DicomValueFormat::decimals({g.rowSpacing, g.columnSpacing}));
        break;
    case ModalityKind::Cr:
        w.bytes(DCM_ImagerPixelSpacing,
                DicomValueFormat::decimals({g.rowSpacing, g.columnSpacing}));
        break;
    default:
        w.bytes(DCM_ConversionType, "WSD");
        break;
    }

    w.us(DCM_SamplesPerPixel, 1);
    w.bytes(DCM_PhotometricInterpretation, "MONOCHROME2");
    w.us(DCM_Rows, static_cast<Uint16>(spec.rows));
    w.us(DCM_Columns, static_cast<Uint16>(spec.columns));
    w.us(DCM_BitsAllocated, static_cast<Uint16>(format.bitsAllocated));
    w.us(DCM_BitsStored, static_cast<Uint16>(format.bitsStored));
    w.us(DCM_HighBit, static_cast<Uint16>(format.bitsStored - 1));
    w.us(DCM_PixelRepresentation, format.isSigned ? 1 : 0);
    w.decimal(DCM_WindowCenter, format.windowCenter);
    w.decimal(DCM_WindowWidth, format.windowWidth);
    if (w.failed())
        return;

    const std::vector<quint8> labels = PhantomPainter::labels(spec);
    const quint64 noiseSeed = (static_cast<quint64>(spec.seed) << 32) ^
                              static_cast<quint32>(spec.instanceNumber) ^ 0xa5a5ULL;
    auto pixelData = std::make_unique<DcmPixelData>(DCM_PixelData);
    const auto count = static_cast<Uint32>(labels.size());
    if (format.bitsAllocated == 16) {
        Uint16 *words = nullptr;
        w.check(pixelData->createUint16Array(count, words));
        if (words)
            format.fill(words, labels, noiseSeed);
    } else {
        Uint8 *bytes = nullptr;
        const Uint32 evenCount = count + (count & 1U);
        w.check(pixelData->createUint8Array(evenCount, bytes));
        if (bytes) {
            bytes[evenCount - 1] = 0;
            format.fill(bytes, labels, noiseSeed);
        }
    }
    if (!w.failed())
        w.check(dataset->insert(pixelData.release(), true));
}

} // namespace nbia::emulator::detail
