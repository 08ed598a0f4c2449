#include "syntheticimagetags.h"

#include "colourpixels.h"
#include "dicomtagwriter.h"
#include "dicomvalueformat.h"
#include "framepixels.h"
#include "imagespec.h"
#include "pixelformat.h"
#include "slicegeometry.h"
#include "syntheticobjecttags.h"

#include "dcmtk/dcmdata/dcdatset.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcpixel.h"

#include <algorithm>
#include <memory>
#include <vector>

namespace nbia::emulator::detail {

namespace {

// The Palette Color Lookup Table module: 256 entries from index 0, 16 bits each.
void writePalette(DicomTagWriter &w) {
    const ColourPixels::Palette &palette = ColourPixels::hotIron();
    const Uint16 descriptor[3] = {256, 0, 16};
    w.words(DCM_RedPaletteColorLookupTableDescriptor, descriptor, 3);
    w.words(DCM_GreenPaletteColorLookupTableDescriptor, descriptor, 3);
    w.words(DCM_BluePaletteColorLookupTableDescriptor, descriptor, 3);
    w.words(DCM_RedPaletteColorLookupTableData, palette.red.data(), palette.red.size());
    w.words(DCM_GreenPaletteColorLookupTableData, palette.green.data(), palette.green.size());
    w.words(DCM_BluePaletteColorLookupTableData, palette.blue.data(), palette.blue.size());
}

} // namespace

void SyntheticImageTags::write(DicomTagWriter &w, DcmDataset *dataset,
                               const SyntheticImageSpec &spec, ModalityKind kind,
                               const PixelFormat &format) {
    const SliceGeometry g = SliceGeometry::of(spec, kind);
    w.bytes(DCM_ImageType,
            kind == ModalityKind::Ct ? "ORIGINAL\\PRIMARY\\AXIAL" : "ORIGINAL\\PRIMARY");
    w.integer(DCM_AcquisitionNumber, spec.acquisitionNumber);
    // An ultrasound image has no place in patient coordinates.
    if (kind != ModalityKind::Us) {
        w.bytes(DCM_FrameOfReferenceUID, SyntheticObjectTags::frameOfReferenceUid(spec));
        w.bytes(DCM_PositionReferenceIndicator, QByteArray());
        w.bytes(DCM_ImagePositionPatient, g.imagePosition());
        w.bytes(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
        w.bytes(DCM_PixelSpacing, DicomValueFormat::decimals({g.rowSpacing, g.columnSpacing}));
        w.decimal(DCM_SliceThickness, g.sliceThickness);
        w.decimal(DCM_SliceLocation, g.z);
    }

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

    const PixelLayout layout = PixelLayout::of(spec.colour, format);
    w.us(DCM_SamplesPerPixel, static_cast<Uint16>(layout.samplesPerPixel));
    w.bytes(DCM_PhotometricInterpretation, layout.photometric);
    if (layout.samplesPerPixel > 1)
        w.us(DCM_PlanarConfiguration, 0);
    if (spec.frames > 1) {
        w.integer(DCM_NumberOfFrames, spec.frames);
        w.decimal(DCM_FrameTime, 40.0); // 25 frames a second
        w.at(DCM_FrameIncrementPointer, DCM_FrameTime);
    }
    w.us(DCM_Rows, static_cast<Uint16>(spec.rows));
    w.us(DCM_Columns, static_cast<Uint16>(spec.columns));
    w.us(DCM_BitsAllocated, static_cast<Uint16>(layout.bitsAllocated));
    w.us(DCM_BitsStored, static_cast<Uint16>(layout.bitsStored));
    w.us(DCM_HighBit, static_cast<Uint16>(layout.bitsStored - 1));
    w.us(DCM_PixelRepresentation, layout.isSigned ? 1 : 0);
    if (layout.hasWindow) {
        // A MONOCHROME1 image stores the grey levels upside down, and its window with them.
        const bool inverted = spec.colour == ColourModel::Monochrome1;
        w.decimal(DCM_WindowCenter,
                  inverted ? layout.maxStored() - format.windowCenter : format.windowCenter);
        w.decimal(DCM_WindowWidth, format.windowWidth);
    }
    if (spec.colour == ColourModel::PaletteColor)
        writePalette(w);
    if (w.failed())
        return;

    auto pixelData = std::make_unique<DcmPixelData>(DCM_PixelData);
    const int frames = std::max(spec.frames, 1);
    if (layout.bitsAllocated == 16) {
        std::vector<Uint16> all;
        for (int f = 0; f < frames; ++f) {
            const std::vector<quint16> frame = FramePixels::paint16(spec, format, f);
            all.insert(all.end(), frame.begin(), frame.end());
        }
        w.check(pixelData->putUint16Array(all.data(), static_cast<unsigned long>(all.size())));
    } else {
        std::vector<Uint8> all;
        for (int f = 0; f < frames; ++f) {
            const std::vector<quint8> frame = FramePixels::paint8(spec, format, f);
            all.insert(all.end(), frame.begin(), frame.end());
        }
        if (all.size() % 2 != 0)
            all.push_back(0); // pixel data has an even length
        w.check(pixelData->putUint8Array(all.data(), static_cast<unsigned long>(all.size())));
    }
    if (!w.failed())
        w.check(dataset->insert(pixelData.release(), true));
}

} // namespace nbia::emulator::detail
