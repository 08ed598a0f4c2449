#include "dicomencoding.h"

#include "dcmtk/config/osconfig.h"

#include "dcmtk/dcmdata/dccodec.h"
#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcfilefo.h"
#include "dcmtk/dcmdata/dcostrmb.h"
#include "dcmtk/dcmdata/dcpixel.h"
#include "dcmtk/dcmdata/dcpixseq.h"
#include "dcmtk/dcmdata/dcpxitem.h"
#include "dcmtk/dcmdata/dcrlerp.h"
#include "dcmtk/dcmdata/dcwcache.h"
#include "dcmtk/dcmdata/dcxfer.h"
#include "dcmtk/dcmjpeg/djrplol.h"
#include "dcmtk/dcmjpeg/djrploss.h"
#include "dcmtk/dcmjpls/djrparam.h"

#include <algorithm>
#include <memory>
#include <vector>

namespace nbia::emulator::detail {

namespace {

constexpr qint64 MaxTrailingPadding = 0xFFFFFFFELL;

E_TransferSyntax transferSyntax(PixelEncoding encoding) {
    switch (encoding) {
    case PixelEncoding::Uncompressed:
        return EXS_LittleEndianExplicit;
    case PixelEncoding::JpegLossless:
        return EXS_JPEGProcess14SV1;
    case PixelEncoding::JpegBaseline:
        return EXS_JPEGProcess1;
    case PixelEncoding::JpegLs:
        return EXS_JPEGLSLossless;
    case PixelEncoding::Rle:
        return EXS_RLELossless;
    }
    return EXS_LittleEndianExplicit;
}

QString conditionText(const OFCondition &condition) {
    return QString::fromLocal8Bit(condition.text());
}

bool fail(QString *error, const QString &message) {
    if (error)
        *error = message;
    return false;
}

// DCMTK 3.6.7's JPEG-LS encoder leaves the byte that pads an odd-length code stream to an even
// fragment length uninitialised (heap garbage): set it to zero so that files are reproducible.
// After the EOI marker (FF D9) nothing else may follow, so the byte can only be padding.
void zeroCodeStreamPadding(DcmDataset *dataset, E_TransferSyntax xfer,
                           const DcmRepresentationParameter *parameter) {
    DcmElement *element = nullptr;
    if (dataset->findAndGetElement(DCM_PixelData, element).bad())
        return;
    auto *pixelData = dynamic_cast<DcmPixelData *>(element);
    DcmPixelSequence *sequence = nullptr;
    if (!pixelData || pixelData->getEncapsulatedRepresentation(xfer, parameter, sequence).bad() ||
        !sequence)
        return;
    for (unsigned long i = 1; i < sequence->card(); ++i) { // item 0 is the offset table
        DcmPixelItem *fragment = nullptr;
        Uint8 *data = nullptr;
        if (sequence->getItem(fragment, i).bad() || fragment->getUint8Array(data).bad() || !data)
            continue;
        const Uint32 length = fragment->getLength();
        if (length >= 3 && data[length - 3] == 0xFF && data[length - 2] == 0xD9)
            data[length - 1] = 0;
    }
}

} // namespace

QString DicomEncoding::transferSyntaxUid(PixelEncoding encoding) {
    return QString::fromLatin1(DcmXfer(transferSyntax(encoding)).getXferID());
}

bool DicomEncoding::compress(DcmDataset *dataset, PixelEncoding encoding, QString *error) {
    if (encoding == PixelEncoding::Uncompressed)
        return true;
    const E_TransferSyntax xfer = transferSyntax(encoding);
    const QString name = QString::fromLatin1(DcmXfer(xfer).getXferName());
    if (!DcmCodecList::canChangeCoding(EXS_LittleEndianExplicit, xfer)) {
        return fail(error, u"No DCMTK encoder is registered for " + name +
                               u": keep an nbia::DicomCodecs(Mode::DecodeAndEncode) alive while "
                               u"making compressed files");
    }
    std::unique_ptr<DcmRepresentationParameter> parameter;
    switch (encoding) {
    case PixelEncoding::JpegLossless:
        parameter = std::make_unique<DJ_RPLossless>(1, 0); // first-order prediction, no transform
        break;
    case PixelEncoding::JpegBaseline:
        parameter = std::make_unique<DJ_RPLossy>(90);
        break;
    case PixelEncoding::JpegLs:
        parameter = std::make_unique<DJLSRepresentationParameter>(0, OFTrue);
        break;
    case PixelEncoding::Rle:
        parameter = std::make_unique<DcmRLERepresentationParameter>();
        break;
    case PixelEncoding::Uncompressed:
        break;
    }
    const OFCondition status = dataset->chooseRepresentation(xfer, parameter.get());
    if (status.good() && encoding != PixelEncoding::Rle)
        zeroCodeStreamPadding(dataset, xfer, parameter.get());
    if (status.bad())
        return fail(error,
                    u"Cannot encode the pixel data as " + name + u": " + conditionText(status));
    if (!dataset->canWriteXfer(xfer, EXS_LittleEndianExplicit))
        return fail(error, u"Cannot write the pixel data as " + name);
    return true;
}

QByteArray DicomEncoding::serialise(DcmFileFormat &file, PixelEncoding encoding, QString *error) {
    const E_TransferSyntax xfer = transferSyntax(encoding);
    const Uint32 estimate = file.getDataset()->calcElementLength(xfer, EET_ExplicitLength);
    std::vector<char> buffer(std::max<size_t>(estimate + 4096U, 65536U));
    DcmOutputBufferStream stream(buffer.data(), static_cast<offile_off_t>(buffer.size()));
    DcmWriteCache cache;
    QByteArray result;
    result.reserve(static_cast<qsizetype>(buffer.size()));
    OFCondition status;
    file.transferInit();
    do {
        // EC_StreamNotifyClient: the buffer is full; drain it and continue writing.
        status = file.write(stream, xfer, EET_ExplicitLength, &cache, EGL_recalcGL, EPD_noChange);
        void *data = nullptr;
        offile_off_t length = 0;
        stream.flushBuffer(data, length);
        result.append(static_cast<const char *>(data), static_cast<qsizetype>(length));
    } while (status == EC_StreamNotifyClient);
    file.transferEnd();
    if (status.bad()) {
        fail(error, u"Cannot write the DICOM file: " + conditionText(status));
        return {};
    }
    return result;
}

bool DicomEncoding::padTo(QByteArray &bytes, qint64 targetSize, QString *error) {
    // Data Set Trailing Padding (FFFC,FFFC), explicit VR OB: it has the highest tag, so it goes
    // last and can be appended to the serialised file as raw bytes.
    constexpr qint64 HeaderSize = 12;
    const qint64 paddingLength = targetSize - bytes.size() - HeaderSize;
    if (paddingLength < 0 || paddingLength % 2 != 0 || paddingLength > MaxTrailingPadding) {
        return fail(error, QStringLiteral("Cannot pad the file (%1 bytes) to exactly %2 bytes")
                               .arg(bytes.size())
                               .arg(targetSize));
    }
    const auto length = static_cast<quint32>(paddingLength);
    const char header[HeaderSize] = {'\xFC',
                                     '\xFF',
                                     '\xFC',
                                     '\xFF',
                                     'O',
                                     'B',
                                     '\0',
                                     '\0',
                                     static_cast<char>(length & 0xFF),
                                     static_cast<char>((length >> 8) & 0xFF),
                                     static_cast<char>((length >> 16) & 0xFF),
                                     static_cast<char>((length >> 24) & 0xFF)};
    bytes.reserve(static_cast<qsizetype>(targetSize));
    bytes.append(header, HeaderSize);
    bytes.append(static_cast<qsizetype>(paddingLength), '\0');
    return true;
}

} // namespace nbia::emulator::detail
