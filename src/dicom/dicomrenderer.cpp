#include "dicomrenderer.h"

#include <QCoreApplication>
#include <QFile>

#include <dcmtk/dcmdata/dccodec.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dcxfer.h>
#include <dcmtk/dcmimgle/dcmimage.h>

#include <memory>

namespace nbia {

namespace {

using Result = DicomRenderer::Result;
using Outcome = DicomRenderer::Outcome;

Result failure(Outcome outcome, const QString &message) {
    Result result;
    result.outcome = outcome;
    result.message = message;
    return result;
}

QList<WindowLevel> fileWindows(DcmDataset &data) {
    QList<WindowLevel> windows;
    for (unsigned long i = 0;; ++i) {
        Float64 center = 0;
        Float64 width = 0;
        if (data.findAndGetFloat64(DCM_WindowCenter, center, i).bad() ||
            data.findAndGetFloat64(DCM_WindowWidth, width, i).bad())
            break;
        OFString name;
        data.findAndGetOFString(DCM_WindowCenterWidthExplanation, name, i);
        if (width >= 1)
            windows.append({center, width, QString::fromLatin1(name.c_str()).trimmed()});
    }
    return windows;
}

QImage toQImage(DicomImage &image) {
    const auto width = int(image.getWidth());
    const auto height = int(image.getHeight());
    const bool mono = image.isMonochrome() != 0;
    const auto *data = static_cast<const uchar *>(image.getOutputData(8, 0, 0));
    if (!data || width <= 0 || height <= 0)
        return {};
    const int bytesPerLine = width * (mono ? 1 : 3);
    // The output buffer belongs to DCMTK: the image takes a copy.
    return QImage(data, width, height, bytesPerLine,
                  mono ? QImage::Format_Grayscale8 : QImage::Format_RGB888)
        .copy();
}

Result renderFile(DcmFileFormat &file, const DicomRenderer::Options &options) {
    DcmDataset &data = *file.getDataset();
    const E_TransferSyntax xfer = data.getOriginalXfer();
    const DcmXfer syntax(xfer);
    Result result;
    result.transferSyntax = QString::fromLatin1(syntax.getXferName());
    if (!data.tagExists(DCM_PixelData) && !data.tagExists(DCM_FloatPixelData) &&
        !data.tagExists(DCM_DoubleFloatPixelData)) {
        OFString modality;
        data.findAndGetOFString(DCM_Modality, modality);
        return failure(Outcome::NoImage,
                       DicomRenderer::tr("This file holds no image (modality %1).")
                           .arg(QString::fromLatin1(modality.c_str())));
    }
    if (syntax.isEncapsulated() && !DcmCodecList::canChangeCoding(xfer, EXS_LittleEndianExplicit))
        return failure(Outcome::Unsupported,
                       DicomRenderer::tr("Cannot display this transfer syntax: %1.")
                           .arg(result.transferSyntax));
    Sint32 frames = 1;
    if (data.findAndGetSint32(DCM_NumberOfFrames, frames).bad() || frames < 1)
        frames = 1;
    result.frameCount = int(frames);
    if (options.frame < 0 || options.frame >= frames) {
        result.outcome = Outcome::NoSuchFrame;
        result.message = DicomRenderer::tr("The image has no frame %1: frames: %2.")
                             .arg(options.frame + 1)
                             .arg(frames);
        return result;
    }
    result.fileWindows = fileWindows(data);

    DicomImage image(&file, xfer, CIF_UsePartialAccessToPixelData, ulong(options.frame), 1);
    if (image.getStatus() != EIS_Normal) {
        const bool unsupported = image.getStatus() == EIS_NotSupportedValue;
        return failure(unsupported ? Outcome::Unsupported : Outcome::Corrupt,
                       (unsupported ? DicomRenderer::tr("Cannot display this image: %1.")
                                    : DicomRenderer::tr("The image cannot be decoded: %1."))
                           .arg(QString::fromLatin1(DicomImage::getString(image.getStatus()))));
    }
    result.rows = int(image.getHeight());
    result.columns = int(image.getWidth());
    result.monochrome = image.isMonochrome() != 0;

    std::unique_ptr<DicomImage> scaled;
    DicomImage *shown = &image;
    const int longest = std::max(result.rows, result.columns);
    if (options.maxSize > 0 && longest > options.maxSize) {
        const double factor = double(options.maxSize) / longest;
        scaled.reset(image.createScaledImage(std::max(1UL, ulong(result.columns * factor + 0.5)),
                                             std::max(1UL, ulong(result.rows * factor + 0.5)), 1,
                                             0));
        if (!scaled || scaled->getStatus() != EIS_Normal)
            return failure(Outcome::Corrupt, DicomRenderer::tr("The image cannot be scaled."));
        shown = scaled.get();
    }
    if (result.monochrome) {
        if (options.window) {
            shown->setWindow(options.window->center, std::max(1.0, options.window->width));
            result.window = options.window;
        } else if (!options.fullRange && !result.fileWindows.isEmpty()) {
            const WindowLevel &first = result.fileWindows.first();
            shown->setWindow(first.center, first.width);
            result.window = first;
        } else {
            shown->setMinMaxWindow();
            double center = 0;
            double width = 0;
            if (shown->getWindow(center, width))
                result.window = WindowLevel{center, width, DicomRenderer::tr("Full range")};
        }
    }
    if (options.invert)
        shown->setPolarity(EPP_Reverse);
    result.image = toQImage(*shown);
    if (result.image.isNull())
        return failure(Outcome::Corrupt, DicomRenderer::tr("The image's pixels cannot be read."));
    result.outcome = Outcome::Rendered;
    return result;
}

} // namespace

DicomRenderer::Result DicomRenderer::render(const QString &path, const Options &options) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Outcome::NotDicom,
                       DicomRenderer::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    return render(file.readAll(), options);
}

DicomRenderer::Result DicomRenderer::render(const QByteArray &bytes, const Options &options) {
    const bool part10 = bytes.size() >= 132 && bytes.mid(128, 4) == "DICM";
    DcmInputBufferStream stream;
    stream.setBuffer(bytes.constData(), offile_off_t(bytes.size()));
    stream.setEos();
    DcmFileFormat file;
    file.transferInit();
    const OFCondition read = file.read(stream, EXS_Unknown, EGL_noChange, DCM_MaxReadLength);
    file.transferEnd();
    if (read.bad()) {
        if (!part10)
            return failure(Outcome::NotDicom, DicomRenderer::tr("This is not a DICOM file."));
        return failure(Outcome::Corrupt,
                       DicomRenderer::tr("The DICOM file is damaged or cut short: %1.")
                           .arg(QString::fromLatin1(read.text())));
    }
    return renderFile(file, options);
}

} // namespace nbia
