#include "dicomencoding.h"

#include "jpeg2000encoder.h"

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
    case PixelEncoding::JpegExtended:
        return EXS_JPEGProcess2_4;
    case PixelEncoding::JpegLs:
        return EXS_JPEGLSLossless;
    case PixelEncoding::Rle:
        return EXS_RLELossless;
    case PixelEncoding::BigEndian:
        return EXS_BigEndianExplicit;
    case PixelEncoding::Jpeg2000:
        return EXS_JPEG2000LosslessOnly;
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

// The free DCMTK has no JPEG 2000 encoder: each frame goes through OpenJPEG, and the code
// streams become the fragments of an encapsulated pixel data element.
bool compressToJpeg2000(DcmDataset *dataset, QString *error) {
    Uint16 rows = 0, columns = 0, samples = 1, allocated = 0, stored = 0, representation = 0;
    Sint32 frames = 1;
    dataset->findAndGetUint16(DCM_Rows, rows);
    dataset->findAndGetUint16(DCM_Columns, columns);
    if (dataset->findAndGetUint16(DCM_SamplesPerPixel, samples).bad())
        samples = 1;
    dataset->findAndGetUint16(DCM_BitsAllocated, allocated);
    dataset->findAndGetUint16(DCM_BitsStored, stored);
    dataset->findAndGetUint16(DCM_PixelRepresentation, representation);
    if (dataset->findAndGetSint32(DCM_NumberOfFrames, frames).bad() || frames < 1)
        frames = 1;
    DcmElement *element = nullptr;
    auto *pixelData = dataset->findAndGetElement(DCM_PixelData, element).good()
                          ? dynamic_cast<DcmPixelData *>(element)
                          : nullptr;
    const void *samplesData = nullptr;
    if (pixelData && allocated == 8) {
        Uint8 *bytes = nullptr;
        pixelData->getUint8Array(bytes);
        samplesData = bytes;
    } else if (pixelData && allocated == 16) {
        Uint16 *words = nullptr;
        pixelData->getUint16Array(words);
        samplesData = words;
    }
    if (!samplesData)
        return fail(error, QStringLiteral("JPEG 2000: no pixel data to encode"));

    const size_t frameSamples = size_t(rows) * columns * samples;
    auto *sequence = new DcmPixelSequence(DCM_PixelSequenceTag);
    sequence->insert(new DcmPixelItem(DCM_PixelItemTag)); // an empty basic offset table
    for (Sint32 f = 0; f < frames; ++f) {
        Jpeg2000Frame frame;
        frame.samples = static_cast<const char *>(samplesData) + f * frameSamples * (allocated / 8);
        frame.rows = rows;
        frame.columns = columns;
        frame.samplesPerPixel = samples;
        frame.bitsAllocated = allocated;
        frame.bitsStored = stored;
        frame.isSigned = representation != 0;
        const QByteArray stream = Jpeg2000Encoder::encode(frame, error);
        if (stream.isEmpty()) {
            delete sequence;
            return false;
        }
        auto *fragment = new DcmPixelItem(DCM_PixelItemTag);
        fragment->putUint8Array(reinterpret_cast<const Uint8 *>(stream.constData()),
                                static_cast<Uint32>(stream.size()));
        sequence->insert(fragment);
    }
    pixelData->putOriginalRepresentation(EXS_JPEG2000LosslessOnly, nullptr, sequence);
    return true;
}

} // namespace

QString DicomEncoding::transferSyntaxUid(PixelEncoding encoding) {
    return QString::fromLatin1(DcmXfer(transferSyntax(encoding)).getXferID());
}

bool DicomEncoding::compress(DcmDataset *dataset, PixelEncoding encoding, QString *error) {
    if (encoding == PixelEncoding::Uncompressed || encoding == PixelEncoding::BigEndian)
        return true; // DCMTK swaps the bytes as it writes
    if (encoding == PixelEncoding::Jpeg2000)
        return compressToJpeg2000(dataset, error);
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
    case PixelEncoding::JpegExtended:
        parameter = std::make_unique<DJ_RPLossy>(90);
        break;
    case PixelEncoding::JpegLs:
        parameter = std::make_unique<DJLSRepresentationParameter>(0, OFTrue);
        break;
    case PixelEncoding::Rle:
        parameter = std::make_unique<DcmRLERepresentationParameter>();
        break;
    case PixelEncoding::Uncompressed:
    case PixelEncoding::BigEndian:
    case PixelEncoding::Jpeg2000:
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

bool DicomEncoding::padTo(QByteArray &bytes, qint64 targetSize, PixelEncoding encoding,
                          QString *error) {
    // Data Set Trailing Padding (FFFC,FFFC), explicit VR OB: it has the highest tag, so it goes
    // last and can be appended to the serialised file as raw bytes, in the data set's byte order.
    constexpr qint64 HeaderSize = 12;
    const qint64 paddingLength = targetSize - bytes.size() - HeaderSize;
    if (paddingLength < 0 || paddingLength % 2 != 0 || paddingLength > MaxTrailingPadding) {
        return fail(error, QStringLiteral("Cannot pad the file (%1 bytes) to exactly %2 bytes")
                               .arg(bytes.size())
                               .arg(targetSize));
    }
    const auto length = static_cast<quint32>(paddingLength);
    const bool bigEndian = encoding == PixelEncoding::BigEndian;
    const auto lengthByte = [&](int i) {
        return static_cast<char>((length >> (8 * (bigEndian ? 3 - i : i))) & 0xFF);
    };
    const char tagLow = bigEndian ? '\xFF' : '\xFC';
    const char tagHigh = bigEndian ? '\xFC' : '\xFF';
    const char header[HeaderSize] = {tagLow,        tagHigh,       tagLow,        tagHigh,
                                     'O',           'B',           '\0',          '\0',
                                     lengthByte(0), lengthByte(1), lengthByte(2), lengthByte(3)};
    bytes.reserve(static_cast<qsizetype>(targetSize));
    bytes.append(header, HeaderSize);
    bytes.append(static_cast<qsizetype>(paddingLength), '\0');
    return true;
}

} // namespace nbia::emulator::detail
