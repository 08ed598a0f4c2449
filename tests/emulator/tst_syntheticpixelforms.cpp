#include "dicomcodecs.h"
#include "syntheticimagefactory.h"

#include "dcmtk/config/osconfig.h"

#include "dcmtk/dcmdata/dcdeftag.h"
#include "dcmtk/dcmdata/dcfilefo.h"
#include "dcmtk/dcmdata/dcistrmb.h"
#include "dcmtk/dcmdata/dcmetinf.h"
#include "dcmtk/dcmdata/dcpixel.h"
#include "dcmtk/dcmdata/dcpixseq.h"
#include "dcmtk/dcmdata/dcpxitem.h"
#include "dcmtk/dcmimgle/dcmimage.h"

#include <openjpeg.h>

#include <QTest>

#include <cstring>
#include <memory>
#include <vector>

using namespace nbia;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nbia::emulator::PixelEncoding)
Q_DECLARE_METATYPE(nbia::emulator::ColourModel)

namespace {

SyntheticImageSpec specOf(const QString &modality, ColourModel colour, PixelEncoding encoding,
                          int frames, int bits = 8) {
    SyntheticImageSpec spec;
    spec.patientId = u"THUS-0001"_s;
    spec.studyInstanceUid = u"1.2.826.0.1.3680043.2.1125.10"_s;
    spec.seriesInstanceUid = u"1.2.826.0.1.3680043.2.1125.11"_s;
    spec.sopInstanceUid = u"1.2.826.0.1.3680043.2.1125.12"_s;
    spec.modality = modality;
    spec.rows = 40;
    spec.columns = 56;
    spec.bitsAllocated = bits;
    spec.colour = colour;
    spec.encoding = encoding;
    spec.frames = frames;
    spec.instanceNumber = 2;
    spec.imagesInSeries = 4;
    spec.seed = 99;
    return spec;
}

std::unique_ptr<DcmFileFormat> load(const QByteArray &bytes) {
    DcmInputBufferStream stream;
    stream.setBuffer(bytes.constData(), offile_off_t(bytes.size()));
    stream.setEos();
    auto file = std::make_unique<DcmFileFormat>();
    file->transferInit();
    const OFCondition status = file->read(stream);
    file->transferEnd();
    return status.good() ? std::move(file) : nullptr;
}

QString text(DcmItem *item, const DcmTagKey &tag) {
    OFString value;
    return item->findAndGetOFStringArray(tag, value).good() ? QString::fromUtf8(value.c_str())
                                                            : QString();
}

// All samples of an uncompressed file, as numbers, in the file's order.
std::vector<int> samplesOf(DcmDataset &data) {
    Uint16 allocated = 8;
    Uint16 representation = 0;
    data.findAndGetUint16(DCM_BitsAllocated, allocated);
    data.findAndGetUint16(DCM_PixelRepresentation, representation);
    std::vector<int> samples;
    if (allocated == 8) {
        const Uint8 *bytes = nullptr;
        unsigned long count = 0;
        data.findAndGetUint8Array(DCM_PixelData, bytes, &count);
        samples.assign(bytes, bytes + count);
    } else {
        const Uint16 *words = nullptr;
        unsigned long count = 0;
        data.findAndGetUint16Array(DCM_PixelData, words, &count);
        for (unsigned long i = 0; i < count; ++i)
            samples.push_back(representation ? int(Sint16(words[i])) : int(words[i]));
    }
    return samples;
}

// A J2K code stream decoded by OpenJPEG, samples interleaved as in an uncompressed file.
struct MemorySource {
    const QByteArray *bytes;
    qsizetype position = 0;
};

std::vector<int> decodeJ2k(const QByteArray &codeStream) {
    MemorySource source{&codeStream};
    opj_stream_t *stream = opj_stream_create(OPJ_J2K_STREAM_CHUNK_SIZE, OPJ_TRUE);
    opj_stream_set_user_data(stream, &source, nullptr);
    opj_stream_set_user_data_length(stream, OPJ_UINT64(codeStream.size()));
    opj_stream_set_read_function(stream, [](void *buffer, OPJ_SIZE_T size, void *user) {
        auto *s = static_cast<MemorySource *>(user);
        const qsizetype left = s->bytes->size() - s->position;
        if (left <= 0)
            return OPJ_SIZE_T(-1);
        const auto n = std::min<qsizetype>(left, qsizetype(size));
        std::memcpy(buffer, s->bytes->constData() + s->position, size_t(n));
        s->position += n;
        return OPJ_SIZE_T(n);
    });
    opj_stream_set_skip_function(stream, [](OPJ_OFF_T size, void *user) {
        static_cast<MemorySource *>(user)->position += qsizetype(size);
        return size;
    });
    opj_stream_set_seek_function(stream, [](OPJ_OFF_T offset, void *user) {
        static_cast<MemorySource *>(user)->position = qsizetype(offset);
        return OPJ_TRUE;
    });
    opj_codec_t *codec = opj_create_decompress(OPJ_CODEC_J2K);
    opj_dparameters_t parameters;
    opj_set_default_decoder_parameters(&parameters);
    opj_setup_decoder(codec, &parameters);
    opj_image_t *image = nullptr;
    std::vector<int> samples;
    if (opj_read_header(stream, codec, &image) && opj_decode(codec, stream, image) &&
        opj_end_decompress(codec, stream)) {
        const size_t pixels = size_t(image->comps[0].w) * image->comps[0].h;
        for (size_t i = 0; i < pixels; ++i)
            for (OPJ_UINT32 c = 0; c < image->numcomps; ++c)
                samples.push_back(image->comps[c].data[i]);
    }
    opj_image_destroy(image);
    opj_destroy_codec(codec);
    opj_stream_destroy(stream);
    return samples;
}

} // namespace

// The emulator's pixels in the forms beyond plain grey: MONOCHROME1, RGB, YBR_FULL, palette
// colour, multi-frame, Explicit VR Big Endian and JPEG 2000, each as real files carry them.
class TestSyntheticPixelForms final : public QObject {
    Q_OBJECT

private:
    DicomCodecs m_codecs{DicomCodecs::Mode::DecodeAndEncode};

private Q_SLOTS:
    void eachFormIsAValidFile_data() {
        QTest::addColumn<QString>("modality");
        QTest::addColumn<ColourModel>("colour");
        QTest::addColumn<PixelEncoding>("encoding");
        QTest::addColumn<int>("frames");
        QTest::addColumn<QString>("photometric");
        QTest::addColumn<int>("samplesPerPixel");
        QTest::addColumn<QString>("transferSyntax");
        using C = ColourModel;
        using E = PixelEncoding;
        const QString le = u"1.2.840.10008.1.2.1"_s;
        QTest::newRow("CR MONOCHROME1")
            << u"CR"_s << C::Monochrome1 << E::Uncompressed << 1 << u"MONOCHROME1"_s << 1 << le;
        QTest::newRow("MG MONOCHROME1, JPEG-LS")
            << u"MG"_s << C::Monochrome1 << E::JpegLs << 1 << u"MONOCHROME1"_s << 1
            << u"1.2.840.10008.1.2.4.80"_s;
        QTest::newRow("US RGB") << u"US"_s << C::Rgb << E::Uncompressed << 1 << u"RGB"_s << 3 << le;
        QTest::newRow("US RGB cine, RLE")
            << u"US"_s << C::Rgb << E::Rle << 8 << u"RGB"_s << 3 << u"1.2.840.10008.1.2.5"_s;
        QTest::newRow("US RGB cine, JPEG baseline")
            << u"US"_s << C::Rgb << E::JpegBaseline << 8 << u"YBR_FULL_422"_s << 3
            << u"1.2.840.10008.1.2.4.50"_s;
        QTest::newRow("US YBR_FULL")
            << u"US"_s << C::YbrFull << E::Uncompressed << 1 << u"YBR_FULL"_s << 3 << le;
        QTest::newRow("US palette colour")
            << u"US"_s << C::PaletteColor << E::Uncompressed << 1 << u"PALETTE COLOR"_s << 1 << le;
        QTest::newRow("US palette colour, lossless instead of baseline")
            << u"US"_s << C::PaletteColor << E::JpegBaseline << 1 << u"PALETTE COLOR"_s << 1
            << u"1.2.840.10008.1.2.4.70"_s;
        QTest::newRow("MR big endian") << u"MR"_s << C::Monochrome2 << E::BigEndian << 1
                                       << u"MONOCHROME2"_s << 1 << u"1.2.840.10008.1.2.2"_s;
        QTest::newRow("US palette, big endian")
            << u"US"_s << C::PaletteColor << E::BigEndian << 1 << u"PALETTE COLOR"_s << 1
            << u"1.2.840.10008.1.2.2"_s;
        QTest::newRow("MR multi-frame")
            << u"MR"_s << C::Monochrome2 << E::Uncompressed << 5 << u"MONOCHROME2"_s << 1 << le;
        QTest::newRow("CT JPEG 2000") << u"CT"_s << C::Monochrome2 << E::Jpeg2000 << 1
                                      << u"MONOCHROME2"_s << 1 << u"1.2.840.10008.1.2.4.90"_s;
        QTest::newRow("US RGB cine, JPEG 2000") << u"US"_s << C::Rgb << E::Jpeg2000 << 6 << u"RGB"_s
                                                << 3 << u"1.2.840.10008.1.2.4.90"_s;
    }
    void eachFormIsAValidFile() {
        QFETCH(QString, modality);
        QFETCH(ColourModel, colour);
        QFETCH(PixelEncoding, encoding);
        QFETCH(int, frames);
        QFETCH(QString, photometric);
        QFETCH(int, samplesPerPixel);
        QFETCH(QString, transferSyntax);
        SyntheticImageSpec spec = specOf(modality, colour, encoding, frames);
        const int bits = modality == u"MR"_s || modality == u"CT"_s ? 16 : 8;
        spec.targetFileSize = SyntheticImageFactory::paddedFileSize(spec.rows, spec.columns, bits,
                                                                    samplesPerPixel, frames);
        QString error;
        const QByteArray bytes = SyntheticImageFactory::makeFile(spec, &error);
        QVERIFY2(!bytes.isEmpty(), qPrintable(error));
        QCOMPARE(qint64(bytes.size()), spec.targetFileSize); // padded in the right byte order
        QCOMPARE(SyntheticImageFactory::makeFile(spec), bytes);

        const auto file = load(bytes);
        QVERIFY(file);
        DcmDataset *data = file->getDataset();
        QCOMPARE(text(file->getMetaInfo(), DCM_TransferSyntaxUID), transferSyntax);
        QCOMPARE(text(data, DCM_PhotometricInterpretation), photometric);
        QCOMPARE(text(data, DCM_SamplesPerPixel), QString::number(samplesPerPixel));
        QCOMPARE(text(data, DCM_SOPClassUID), SyntheticImageFactory::sopClassUid(modality, frames));
        QCOMPARE(data->tagExists(DCM_NumberOfFrames), frames > 1);
        if (frames > 1)
            QCOMPARE(text(data, DCM_NumberOfFrames), QString::number(frames));
        QCOMPARE(data->tagExists(DCM_RedPaletteColorLookupTableData),
                 colour == ColourModel::PaletteColor);
        QCOMPARE(data->tagExists(DCM_WindowCenter),
                 samplesPerPixel == 1 && colour != ColourModel::PaletteColor);
        QCOMPARE(data->tagExists(DCM_ImagePositionPatient), modality != u"US"_s);

        if (encoding == PixelEncoding::Jpeg2000)
            return; // the free DCMTK cannot decode it: see jpeg2000IsLossless
        DicomImage image(data, data->getOriginalXfer());
        QCOMPARE(int(image.getStatus()), int(EIS_Normal));
        QCOMPARE(int(image.getFrameCount()), frames);
        QCOMPARE(image.isMonochrome(), samplesPerPixel == 1 && colour != ColourModel::PaletteColor);
    }

    void monochrome1StoresTheInverse() {
        const auto plain = load(SyntheticImageFactory::makeFile(
            specOf(u"CR"_s, ColourModel::Monochrome2, PixelEncoding::Uncompressed, 1)));
        const auto inverse = load(SyntheticImageFactory::makeFile(
            specOf(u"CR"_s, ColourModel::Monochrome1, PixelEncoding::Uncompressed, 1)));
        QVERIFY(plain && inverse);
        const std::vector<int> a = samplesOf(*plain->getDataset());
        const std::vector<int> b = samplesOf(*inverse->getDataset());
        QCOMPARE(a.size(), b.size());
        for (size_t i = 0; i < a.size(); ++i)
            QCOMPARE(b[i], 255 - a[i]);
        QCOMPARE(text(inverse->getDataset(), DCM_WindowCenter), u"127"_s);
    }

    void framesStepThroughThePhantom() {
        const auto file = load(SyntheticImageFactory::makeFile(
            specOf(u"MR"_s, ColourModel::Monochrome2, PixelEncoding::Uncompressed, 4, 16)));
        QVERIFY(file);
        const std::vector<int> all = samplesOf(*file->getDataset());
        const size_t frame = 40 * 56;
        QCOMPARE(all.size(), 4 * frame);
        for (size_t f = 1; f < 4; ++f)
            QVERIFY(
                !std::equal(all.begin(), all.begin() + long(frame), all.begin() + long(f * frame)));
    }

    // The code streams hold exactly the samples of the uncompressed file, frame by frame.
    void jpeg2000IsLossless_data() {
        QTest::addColumn<QString>("modality");
        QTest::addColumn<ColourModel>("colour");
        QTest::addColumn<int>("frames");
        QTest::addColumn<int>("bits");
        QTest::newRow("CT, signed 16-bit") << u"CT"_s << ColourModel::Monochrome2 << 1 << 16;
        QTest::newRow("MR, 12 of 16 bits") << u"MR"_s << ColourModel::Monochrome2 << 1 << 16;
        QTest::newRow("US RGB cine") << u"US"_s << ColourModel::Rgb << 3 << 8;
        QTest::newRow("CR MONOCHROME1, 8-bit") << u"CR"_s << ColourModel::Monochrome1 << 1 << 8;
    }
    void jpeg2000IsLossless() {
        QFETCH(QString, modality);
        QFETCH(ColourModel, colour);
        QFETCH(int, frames);
        QFETCH(int, bits);
        const auto plain = load(SyntheticImageFactory::makeFile(
            specOf(modality, colour, PixelEncoding::Uncompressed, frames, bits)));
        const auto j2k = load(SyntheticImageFactory::makeFile(
            specOf(modality, colour, PixelEncoding::Jpeg2000, frames, bits)));
        QVERIFY(plain && j2k);
        const std::vector<int> expected = samplesOf(*plain->getDataset());

        DcmElement *element = nullptr;
        QVERIFY(j2k->getDataset()->findAndGetElement(DCM_PixelData, element).good());
        DcmPixelSequence *sequence = nullptr;
        QVERIFY(dynamic_cast<DcmPixelData *>(element)
                    ->getEncapsulatedRepresentation(EXS_JPEG2000LosslessOnly, nullptr, sequence)
                    .good());
        QCOMPARE(int(sequence->card()), frames + 1); // the offset table, then a frame each
        std::vector<int> decoded;
        for (unsigned long i = 1; i < sequence->card(); ++i) {
            DcmPixelItem *fragment = nullptr;
            Uint8 *data = nullptr;
            QVERIFY(sequence->getItem(fragment, i).good());
            QVERIFY(fragment->getUint8Array(data).good());
            QCOMPARE(fragment->getLength() % 2, Uint32(0));
            const std::vector<int> frame = decodeJ2k(
                QByteArray(reinterpret_cast<const char *>(data), qsizetype(fragment->getLength())));
            QVERIFY(!frame.empty());
            decoded.insert(decoded.end(), frame.begin(), frame.end());
        }
        QCOMPARE(decoded.size(), expected.size());
        QVERIFY(decoded == expected);
    }

    void formsThatDoNotExistAreRefused_data() {
        QTest::addColumn<QString>("modality");
        QTest::addColumn<ColourModel>("colour");
        QTest::addColumn<int>("frames");
        QTest::newRow("CT in MONOCHROME1") << u"CT"_s << ColourModel::Monochrome1 << 1;
        QTest::newRow("MR in colour") << u"MR"_s << ColourModel::Rgb << 1;
        QTest::newRow("a colour segmentation") << u"SEG"_s << ColourModel::PaletteColor << 1;
        QTest::newRow("no frames") << u"US"_s << ColourModel::Rgb << 0;
        QTest::newRow("too many frames") << u"US"_s << ColourModel::Rgb << 1001;
    }
    void formsThatDoNotExistAreRefused() {
        QFETCH(QString, modality);
        QFETCH(ColourModel, colour);
        QFETCH(int, frames);
        QString error;
        QVERIFY(SyntheticImageFactory::makeFile(
                    specOf(modality, colour, PixelEncoding::Uncompressed, frames), &error)
                    .isEmpty());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyntheticPixelForms)
#include "tst_syntheticpixelforms.moc"
