#include "syntheticimagefactory.h"

#include "dicomencoding.h"
#include "dicomtagwriter.h"
#include "modalitykind.h"
#include "pixelformat.h"
#include "syntheticimagetags.h"
#include "syntheticobjecttags.h"
#include "syntheticsegmentationtags.h"
#include "syntheticstructuresettags.h"

#include "dcmtk/config/osconfig.h"

#include "dcmtk/dcmdata/dcfilefo.h"
#include "dcmtk/dcmdata/dcuid.h"

#include <algorithm>

namespace nbia::emulator {

using namespace detail;

namespace {

QByteArray fail(QString *error, const QString &message) {
    if (error)
        *error = message;
    return {};
}

} // namespace

QByteArray SyntheticImageFactory::makeFile(const SyntheticImageSpec &spec, QString *error) {
    if (error)
        error->clear();
    const ModalityKind kind = modalityKind(spec.modality);
    if (spec.sopInstanceUid.isEmpty() || spec.studyInstanceUid.isEmpty() ||
        spec.seriesInstanceUid.isEmpty()) {
        return fail(error,
                    QStringLiteral("The SOP Instance, Study and Series UIDs must not be empty"));
    }
    // A structure set has no pixels: the archive lists its series with no image size.
    if (kind != ModalityKind::RtStruct &&
        (spec.rows < 1 || spec.rows > 8192 || spec.columns < 1 || spec.columns > 8192)) {
        return fail(
            error, QStringLiteral("Unsupported image size %1x%2").arg(spec.columns).arg(spec.rows));
    }
    // CT, MR and PT are always 16-bit; the others honour the spec's bitsAllocated.
    const bool fixedDepth =
        kind == ModalityKind::Ct || kind == ModalityKind::Mr || kind == ModalityKind::Pt;
    if (!fixedDepth && isImage(kind) && spec.bitsAllocated != 8 && spec.bitsAllocated != 16) {
        return fail(
            error,
            QStringLiteral("Unsupported bitsAllocated %1 (8 or 16)").arg(spec.bitsAllocated));
    }
    if (spec.frames < 1 || spec.frames > 1000)
        return fail(error, QStringLiteral("Unsupported number of frames %1").arg(spec.frames));
    const bool colour =
        spec.colour != ColourModel::Monochrome2 && spec.colour != ColourModel::Monochrome1;
    if (spec.colour != ColourModel::Monochrome2 && (kind == ModalityKind::Ct || !isImage(kind)))
        return fail(error, QStringLiteral("CT, SEG and RTSTRUCT images are MONOCHROME2 only"));
    if (colour && fixedDepth)
        return fail(error, QStringLiteral("MR and PT images are grey only"));
    const PixelFormat format = PixelFormat::forKind(kind, colour ? 8 : spec.bitsAllocated);

    PixelEncoding encoding = isImage(kind) ? spec.encoding : PixelEncoding::Uncompressed;
    // JPEG Baseline (Process 1) holds 8-bit samples only, and lossy JPEG would blur the indexes
    // of a palette; rather than throw away information, such images are written as JPEG Lossless
    // (Process 14 SV1). Baseline RGB comes out as YBR_FULL_422, as from a real ultrasound machine.
    if (encoding == PixelEncoding::JpegBaseline &&
        (format.bitsAllocated != 8 || spec.colour == ColourModel::PaletteColor))
        encoding = PixelEncoding::JpegLossless;
    // JPEG Extended (Process 4) holds at most 12 bits: CT's 16 are written losslessly instead.
    if (encoding == PixelEncoding::JpegExtended &&
        (format.bitsStored > 12 || spec.colour == ColourModel::PaletteColor))
        encoding = PixelEncoding::JpegLossless;

    DcmFileFormat file;
    DcmDataset *dataset = file.getDataset();
    OFCondition status;
    DicomTagWriter w(dataset, &status);
    SyntheticObjectTags::write(w, spec, sopClassUid(spec.modality, spec.frames));
    if (kind == ModalityKind::Seg)
        SyntheticSegmentationTags::write(w, dataset, spec);
    else if (kind == ModalityKind::RtStruct)
        SyntheticStructureSetTags::write(w, spec);
    else
        SyntheticImageTags::write(w, dataset, spec, kind, format);
    if (status.bad())
        return fail(error,
                    u"Cannot build the DICOM data set: " + QString::fromLocal8Bit(status.text()));

    if (!DicomEncoding::compress(dataset, encoding, error))
        return {};
    QByteArray bytes = DicomEncoding::serialise(file, encoding, error);
    if (bytes.isEmpty() || spec.targetFileSize <= 0)
        return bytes;
    if (!DicomEncoding::padTo(bytes, spec.targetFileSize, encoding, error))
        return {};
    return bytes;
}

qint64 SyntheticImageFactory::paddedFileSize(int rows, int columns, int bitsAllocated,
                                             int samplesPerPixel, int frames) {
    const qint64 pixelBytes = (static_cast<qint64>(rows) * columns * std::max(bitsAllocated, 1) *
                                   std::max(samplesPerPixel, 1) * std::max(frames, 1) +
                               7) /
                              8;
    // Lossless JPEG, JPEG-LS and RLE can exceed the raw size on noisy data: allow 25 %, plus
    // 16 KiB for the meta header, the tags (long descriptions included) and the padding header.
    const qint64 bound = pixelBytes + pixelBytes / 4 + 16384;
    return bound + (bound & 1);
}

QString SyntheticImageFactory::transferSyntaxUid(PixelEncoding encoding) {
    return DicomEncoding::transferSyntaxUid(encoding);
}

QString SyntheticImageFactory::sopClassUid(const QString &modality, int frames) {
    switch (modalityKind(modality)) {
    case ModalityKind::Ct:
        return QStringLiteral(UID_CTImageStorage);
    case ModalityKind::Mr:
        return QStringLiteral(UID_MRImageStorage);
    case ModalityKind::Pt:
        return QStringLiteral(UID_PositronEmissionTomographyImageStorage);
    case ModalityKind::Mg:
        return QStringLiteral(UID_DigitalMammographyXRayImageStorageForPresentation);
    case ModalityKind::Cr:
        return QStringLiteral(UID_ComputedRadiographyImageStorage);
    case ModalityKind::Us:
        return frames > 1 ? QStringLiteral(UID_UltrasoundMultiframeImageStorage)
                          : QStringLiteral(UID_UltrasoundImageStorage);
    case ModalityKind::Seg:
        return QStringLiteral(UID_SegmentationStorage);
    case ModalityKind::RtStruct:
        return QStringLiteral(UID_RTStructureSetStorage);
    case ModalityKind::Other:
        break;
    }
    return QStringLiteral(UID_SecondaryCaptureImageStorage);
}

} // namespace nbia::emulator
