#include "syntheticsegmentationtags.h"

#include "dicomtagwriter.h"
#include "dicomvalueformat.h"
#include "imagespec.h"
#include "phantompainter.h"
#include "slicegeometry.h"
#include "syntheticobjecttags.h"

#include "dcmtk/dcmdata/dcdatset.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcpixel.h"

#include <algorithm>
#include <memory>

namespace nbia::emulator::detail {

void SyntheticSegmentationTags::write(DicomTagWriter &w, DcmDataset *dataset,
                                      const SyntheticImageSpec &spec) {
    const SliceGeometry g = SliceGeometry::of(spec, ModalityKind::Seg);
    const QByteArray position = g.imagePosition();
    const QByteArray contentDate =
        DicomValueFormat::date(spec.seriesDate.isValid() ? spec.seriesDate : spec.studyDate);

    w.bytes(DCM_ImageType, "DERIVED\\PRIMARY");
    w.bytes(DCM_ContentDate, contentDate);
    w.bytes(DCM_ContentTime, contentDate.isEmpty() ? QByteArray() : QByteArray("120000"));
    w.bytes(DCM_DeviceSerialNumber, "1");
    w.bytes(DCM_FrameOfReferenceUID, SyntheticObjectTags::frameOfReferenceUid(spec));
    w.bytes(DCM_PositionReferenceIndicator, QByteArray());
    w.bytes(DCM_ContentLabel, "BRAIN");
    w.text(DCM_ContentDescription, spec.seriesDescription);
    w.bytes(DCM_ContentCreatorName, "NBIA^Emulator");
    if (!spec.referencedSeriesUid.isEmpty()) {
        // The image series the segmentation was drawn on, and its images.
        DicomTagWriter referenced = w.item(DCM_ReferencedSeriesSequence);
        referenced.text(DCM_SeriesInstanceUID, spec.referencedSeriesUid);
        for (const QString &uid : spec.referencedSopInstanceUids) {
            DicomTagWriter instance = referenced.item(DCM_ReferencedInstanceSequence);
            instance.text(DCM_ReferencedSOPClassUID, spec.referencedSopClassUid);
            instance.text(DCM_ReferencedSOPInstanceUID, uid);
        }
    }
    w.bytes(DCM_SegmentationType, "BINARY");
    w.bytes(DCM_LossyImageCompression, "00");
    w.bytes(DCM_NumberOfFrames, "1");

    {
        DicomTagWriter segment = w.item(DCM_SegmentSequence);
        segment.us(DCM_SegmentNumber, 1);
        segment.bytes(DCM_SegmentLabel, "Brain");
        segment.bytes(DCM_SegmentAlgorithmType, "AUTOMATIC");
        segment.bytes(DCM_SegmentAlgorithmName, "NBIA emulator phantom");
        segment.code(DCM_SegmentedPropertyCategoryCodeSequence, "123037004", "SCT",
                     "Anatomical Structure");
        segment.code(DCM_SegmentedPropertyTypeCodeSequence, "12738006", "SCT", "Brain");
    }

    const QByteArray dimensionUid =
        DicomValueFormat::derivedUid(u"dimension-organization:" + spec.seriesInstanceUid);
    w.item(DCM_DimensionOrganizationSequence).bytes(DCM_DimensionOrganizationUID, dimensionUid);
    {
        DicomTagWriter bySegment = w.item(DCM_DimensionIndexSequence);
        bySegment.bytes(DCM_DimensionOrganizationUID, dimensionUid);
        bySegment.at(DCM_DimensionIndexPointer, DCM_ReferencedSegmentNumber);
        bySegment.at(DCM_FunctionalGroupPointer, DCM_SegmentIdentificationSequence);
        DicomTagWriter byPosition = w.item(DCM_DimensionIndexSequence);
        byPosition.bytes(DCM_DimensionOrganizationUID, dimensionUid);
        byPosition.at(DCM_DimensionIndexPointer, DCM_ImagePositionPatient);
        byPosition.at(DCM_FunctionalGroupPointer, DCM_PlanePositionSequence);
    }
    {
        DicomTagWriter shared = w.item(DCM_SharedFunctionalGroupsSequence);
        DicomTagWriter measures = shared.item(DCM_PixelMeasuresSequence);
        measures.bytes(DCM_PixelSpacing,
                       DicomValueFormat::decimals({g.rowSpacing, g.columnSpacing}));
        measures.decimal(DCM_SliceThickness, g.sliceThickness);
        shared.item(DCM_PlaneOrientationSequence)
            .bytes(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
    }
    {
        DicomTagWriter frame = w.item(DCM_PerFrameFunctionalGroupsSequence);
        const Uint32 indices[] = {1, 1};
        frame.item(DCM_FrameContentSequence).ul(DCM_DimensionIndexValues, indices, 2);
        frame.item(DCM_PlanePositionSequence).bytes(DCM_ImagePositionPatient, position);
        frame.item(DCM_SegmentIdentificationSequence).us(DCM_ReferencedSegmentNumber, 1);
    }

    w.us(DCM_SamplesPerPixel, 1);
    w.bytes(DCM_PhotometricInterpretation, "MONOCHROME2");
    w.us(DCM_Rows, static_cast<Uint16>(spec.rows));
    w.us(DCM_Columns, static_cast<Uint16>(spec.columns));
    w.us(DCM_BitsAllocated, 1);
    w.us(DCM_BitsStored, 1);
    w.us(DCM_HighBit, 0);
    w.us(DCM_PixelRepresentation, 0);
    if (w.failed())
        return;

    // The brain (everything inside the skull), packed 8 pixels a byte, first pixel in bit 0.
    const std::vector<quint8> labels = PhantomPainter::labels(spec);
    const size_t packed = (labels.size() + 7) / 8;
    const auto evenCount = static_cast<Uint32>(packed + (packed & 1U));
    auto pixelData = std::make_unique<DcmPixelData>(DCM_PixelData);
    Uint8 *bytes = nullptr;
    w.check(pixelData->createUint8Array(evenCount, bytes));
    if (!bytes)
        return;
    std::fill(bytes, bytes + evenCount, Uint8{0});
    for (size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] != Air && labels[i] != Bone)
            bytes[i / 8] = static_cast<Uint8>(bytes[i / 8] | (1U << (i % 8)));
    }
    w.check(dataset->insert(pixelData.release(), true));
}

} // namespace nbia::emulator::detail
