#include <dicomcodecs.h>
#include <dicomrenderer.h>
#include <syntheticimagefactory.h>

#include <QTest>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>
#include <dcmtk/dcmdata/dcmetinf.h>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace nbia;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nbia::emulator::PixelEncoding)
Q_DECLARE_METATYPE(nbia::emulator::ColourModel)

// DCMTK-decoded frames against the pixel values the files hold: every transfer syntax the
// emulator writes, window/level maths, scaling, inversion, and broken input.
class TestDicomRenderer final : public QObject {
    Q_OBJECT

private:
    DicomCodecs m_codecs{DicomCodecs::Mode::DecodeAndEncode};

    static SyntheticImageSpec spec(const QString &modality, PixelEncoding encoding, int bits = 16) {
        SyntheticImageSpec s;
        s.patientId = u"P-1"_s;
        s.studyInstanceUid = u"1.2.826.0.1.3680043.2.1125.1"_s;
        s.seriesInstanceUid = u"1.2.826.0.1.3680043.2.1125.2"_s;
        s.sopInstanceUid = u"1.2.826.0.1.3680043.2.1125.3"_s;
        s.modality = modality;
        s.rows = 64;
        s.columns = 48;
        s.bitsAllocated = bits;
        s.encoding = encoding;
        s.instanceNumber = 5;
        s.imagesInSeries = 10;
        s.seed = 7;
        return s;
    }

    static SyntheticImageSpec colourSpec(ColourModel colour, PixelEncoding encoding,
                                         int frames = 1) {
        SyntheticImageSpec s = spec(u"US"_s, encoding, 8);
        s.colour = colour;
        s.frames = frames;
        return s;
    }

    // Rendered RGB against expected RGB samples: the worst and the mean error over all samples.
    static std::pair<int, double> colourError(const QImage &image, const QList<double> &expected) {
        int worst = 0;
        double total = 0;
        for (int y = 0; y < image.height(); ++y) {
            const uchar *line = image.constScanLine(y);
            for (int i = 0; i < image.width() * 3; ++i) {
                const int error =
                    std::abs(int(line[i]) - int(expected.at((y * image.width()) * 3 + i)));
                worst = std::max(worst, error);
                total += error;
            }
        }
        return {worst, total / double(expected.size())};
    }

    static std::unique_ptr<DcmFileFormat> load(const QByteArray &bytes) {
        DcmInputBufferStream stream;
        stream.setBuffer(bytes.constData(), offile_off_t(bytes.size()));
        stream.setEos();
        auto file = std::make_unique<DcmFileFormat>();
        file->transferInit();
        file->read(stream);
        file->transferEnd();
        return file;
    }

    static QList<int> paletteChannel(const QByteArray &bytes, const DcmTagKey &tag) {
        const std::unique_ptr<DcmFileFormat> file = load(bytes);
        const Uint16 *entries = nullptr;
        unsigned long count = 0;
        file->getDataset()->findAndGetUint16Array(tag, entries, &count);
        QList<int> channel;
        for (unsigned long i = 0; i < count; ++i)
            channel << entries[i] / 257;
        return channel;
    }

    static QByteArray make(const SyntheticImageSpec &s) {
        QString error;
        const QByteArray file = SyntheticImageFactory::makeFile(s, &error);
        if (file.isEmpty())
            qFatal("cannot make a test image: %s", qPrintable(error));
        return file;
    }

    static QString transferSyntaxOf(const QByteArray &bytes) {
        const std::unique_ptr<DcmFileFormat> file = load(bytes);
        OFString uid;
        file->getMetaInfo()->findAndGetOFString(DCM_TransferSyntaxUID, uid);
        return QString::fromLatin1(uid.c_str());
    }

    // The modality values (stored values through the rescale) of an uncompressed file.
    static QList<double> modalityValues(const QByteArray &bytes) {
        const std::unique_ptr<DcmFileFormat> file = load(bytes);
        DcmDataset &data = *file->getDataset();
        Uint16 bits = 16;
        Uint16 representation = 0;
        data.findAndGetUint16(DCM_BitsAllocated, bits);
        data.findAndGetUint16(DCM_PixelRepresentation, representation);
        Float64 slope = 1;
        Float64 intercept = 0;
        if (data.findAndGetFloat64(DCM_RescaleSlope, slope).bad()) // it zeroes what it misses
            slope = 1;
        if (data.findAndGetFloat64(DCM_RescaleIntercept, intercept).bad())
            intercept = 0;
        QList<double> values;
        if (bits == 8) {
            const Uint8 *pixels = nullptr;
            unsigned long count = 0;
            data.findAndGetUint8Array(DCM_PixelData, pixels, &count);
            for (unsigned long i = 0; i < count; ++i)
                values << pixels[i] * slope + intercept;
        } else {
            const Uint16 *pixels = nullptr;
            unsigned long count = 0;
            data.findAndGetUint16Array(DCM_PixelData, pixels, &count);
            for (unsigned long i = 0; i < count; ++i) {
                const double stored =
                    representation ? double(Sint16(pixels[i])) : double(pixels[i]);
                values << stored * slope + intercept;
            }
        }
        return values;
    }

    // PS3.3 C.11.2.1.2.1, the linear VOI function, to 8 bits.
    static int windowed(double value, const WindowLevel &window) {
        const double c = window.center - 0.5;
        const double w = window.width - 1;
        double y = 0;
        if (value <= c - w / 2)
            y = 0;
        else if (value > c + w / 2)
            y = 255;
        else
            y = ((value - c) / w + 0.5) * 255;
        return int(std::lround(y));
    }

private Q_SLOTS:
    void everyEncodingGivesTheFilesPixels_data() {
        QTest::addColumn<QString>("modality");
        QTest::addColumn<int>("bits");
        QTest::addColumn<PixelEncoding>("encoding");
        QTest::addColumn<int>("tolerance"); // grey levels; 0 for lossless
        const QList<std::pair<const char *, PixelEncoding>> lossless{
            {"uncompressed", PixelEncoding::Uncompressed},
            {"JPEG lossless", PixelEncoding::JpegLossless},
            {"JPEG-LS", PixelEncoding::JpegLs},
            {"RLE", PixelEncoding::Rle},
            {"big endian", PixelEncoding::BigEndian}};
        for (const auto &[name, encoding] : lossless) {
            QTest::addRow("CT, signed 16-bit, %s", name) << u"CT"_s << 16 << encoding << 0;
            QTest::addRow("MR, 16-bit, %s", name) << u"MR"_s << 16 << encoding << 0;
            QTest::addRow("MG, 8-bit, %s", name) << u"MG"_s << 8 << encoding << 0;
        }
        QTest::addRow("CR, 8-bit, JPEG baseline")
            << u"CR"_s << 8 << PixelEncoding::JpegBaseline << 24;
        QTest::addRow("MR, 12-bit, JPEG extended")
            << u"MR"_s << 16 << PixelEncoding::JpegExtended << 24;
        QTest::addRow("MG, 8-bit, JPEG extended")
            << u"MG"_s << 8 << PixelEncoding::JpegExtended << 24;
    }
    void everyEncodingGivesTheFilesPixels() {
        QFETCH(QString, modality);
        QFETCH(int, bits);
        QFETCH(PixelEncoding, encoding);
        QFETCH(int, tolerance);
        const QList<double> values =
            modalityValues(make(spec(modality, PixelEncoding::Uncompressed, bits)));
        QCOMPARE(values.size(), 64 * 48);
        const QByteArray file = make(spec(modality, encoding, bits));
        // The file is in the form the row names, not one the emulator fell back to.
        QCOMPARE(transferSyntaxOf(file), SyntheticImageFactory::transferSyntaxUid(encoding));
        const DicomRenderer::Result result = DicomRenderer::render(file, {});
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.image.format(), QImage::Format_Grayscale8);
        QCOMPARE(result.image.size(), QSize(48, 64));
        QVERIFY(result.window);
        QVERIFY(!result.fileWindows.isEmpty());
        QCOMPARE(*result.window, result.fileWindows.first()); // the file's own window
        int worst = 0;
        double total = 0;
        for (int y = 0; y < 64; ++y) {
            const uchar *line = result.image.constScanLine(y);
            for (int x = 0; x < 48; ++x) {
                const int error =
                    std::abs(int(line[x]) - windowed(values.at(y * 48 + x), *result.window));
                worst = std::max(worst, error);
                total += error;
            }
        }
        // Lossless: every pixel within rounding. Lossy: close everywhere, closer on average.
        QVERIFY2(worst <= std::max(1, tolerance), qPrintable(QString::number(worst)));
        QVERIFY2(total / (64 * 48) <= (tolerance ? 3.0 : 0.5), qPrintable(QString::number(total)));
    }

    // MONOCHROME1 holds the grey levels upside down (and its window with them): shown, it looks
    // like the MONOCHROME2 image of the same phantom.
    void monochrome1IsShownWhiteLow_data() {
        QTest::addColumn<QString>("modality");
        QTest::addColumn<int>("bits");
        QTest::addColumn<PixelEncoding>("encoding");
        for (const auto &[name, encoding] : QList<std::pair<const char *, PixelEncoding>>{
                 {"uncompressed", PixelEncoding::Uncompressed},
                 {"JPEG-LS", PixelEncoding::JpegLs},
                 {"RLE", PixelEncoding::Rle},
                 {"big endian", PixelEncoding::BigEndian}}) {
            QTest::addRow("CR, 8-bit, %s", name) << u"CR"_s << 8 << encoding;
            QTest::addRow("MG, 16-bit, %s", name) << u"MG"_s << 16 << encoding;
        }
    }
    void monochrome1IsShownWhiteLow() {
        QFETCH(QString, modality);
        QFETCH(int, bits);
        QFETCH(PixelEncoding, encoding);
        SyntheticImageSpec plain = spec(modality, PixelEncoding::Uncompressed, bits);
        plain.colour = ColourModel::Monochrome1;
        const QList<double> stored = modalityValues(make(plain));
        SyntheticImageSpec s = plain;
        s.encoding = encoding;
        const DicomRenderer::Result result = DicomRenderer::render(make(s), {});
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(result.monochrome);
        QCOMPARE(*result.window, result.fileWindows.first());
        int worst = 0;
        for (int i = 0; i < 64 * 48; ++i) {
            const int expected = 255 - windowed(stored.at(i), *result.window);
            worst = std::max(worst, std::abs(int(result.image.constBits()[i]) - expected));
        }
        QVERIFY2(worst <= 1, qPrintable(QString::number(worst)));

        plain.colour = ColourModel::Monochrome2; // the same picture
        const DicomRenderer::Result grey = DicomRenderer::render(make(plain), {});
        int apart = 0;
        for (int i = 0; i < 64 * 48; ++i)
            apart = std::max(
                apart, std::abs(int(result.image.constBits()[i]) - int(grey.image.constBits()[i])));
        QVERIFY2(apart <= 1, qPrintable(QString::number(apart)));
    }

    // RGB and YBR_FULL against the RGB samples the emulator painted; frame 2 of a cine loop.
    void colourImagesKeepTheirColours_data() {
        QTest::addColumn<ColourModel>("colour");
        QTest::addColumn<PixelEncoding>("encoding");
        QTest::addColumn<int>("frames");
        QTest::addColumn<int>("worst"); // per sample
        QTest::addColumn<double>("mean");
        using E = PixelEncoding;
        QTest::newRow("RGB") << ColourModel::Rgb << E::Uncompressed << 1 << 0 << 0.0;
        QTest::newRow("RGB, RLE") << ColourModel::Rgb << E::Rle << 1 << 0 << 0.0;
        QTest::newRow("RGB, JPEG lossless") << ColourModel::Rgb << E::JpegLossless << 1 << 0 << 0.0;
        QTest::newRow("RGB, JPEG-LS") << ColourModel::Rgb << E::JpegLs << 1 << 0 << 0.0;
        QTest::newRow("RGB, big endian") << ColourModel::Rgb << E::BigEndian << 1 << 0 << 0.0;
        QTest::newRow("RGB cine, frame 2") << ColourModel::Rgb << E::Uncompressed << 4 << 0 << 0.0;
        QTest::newRow("RGB cine, RLE, frame 2") << ColourModel::Rgb << E::Rle << 4 << 0 << 0.0;
        // Baseline JPEG of RGB is YBR_FULL_422: chroma at half the width, and lossy.
        QTest::newRow("RGB cine, JPEG baseline, frame 2")
            << ColourModel::Rgb << E::JpegBaseline << 4 << 80 << 4.0;
        QTest::newRow("YBR_FULL") << ColourModel::YbrFull << E::Uncompressed << 1 << 3 << 1.0;
        QTest::newRow("YBR_FULL, RLE") << ColourModel::YbrFull << E::Rle << 1 << 3 << 1.0;
    }
    void colourImagesKeepTheirColours() {
        QFETCH(ColourModel, colour);
        QFETCH(PixelEncoding, encoding);
        QFETCH(int, frames);
        QFETCH(int, worst);
        QFETCH(double, mean);
        const int frame = frames > 1 ? 2 : 0;
        const QList<double> rgb =
            modalityValues(make(colourSpec(ColourModel::Rgb, PixelEncoding::Uncompressed, frames)))
                .mid(frame * 64 * 48 * 3, 64 * 48 * 3);
        DicomRenderer::Options options;
        options.frame = frame;
        const DicomRenderer::Result result =
            DicomRenderer::render(make(colourSpec(colour, encoding, frames)), options);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(!result.monochrome);
        QVERIFY(!result.window);
        QCOMPARE(result.frameCount, frames);
        QCOMPARE(result.image.format(), QImage::Format_RGB888);
        QCOMPARE(result.image.size(), QSize(48, 64));
        const auto [worstSeen, meanSeen] = colourError(result.image, rgb);
        QVERIFY2(worstSeen <= worst, qPrintable(QString::number(worstSeen)));
        QVERIFY2(meanSeen <= mean + 0.001, qPrintable(QString::number(meanSeen)));
    }

    // Each index looked up in the colour table the file carries.
    void paletteColourIsLookedUp_data() {
        QTest::addColumn<PixelEncoding>("encoding");
        QTest::newRow("uncompressed") << PixelEncoding::Uncompressed;
        QTest::newRow("RLE") << PixelEncoding::Rle;
        QTest::newRow("JPEG lossless") << PixelEncoding::JpegLossless;
        QTest::newRow("big endian") << PixelEncoding::BigEndian;
    }
    void paletteColourIsLookedUp() {
        QFETCH(PixelEncoding, encoding);
        const QByteArray plain =
            make(colourSpec(ColourModel::PaletteColor, PixelEncoding::Uncompressed));
        const QList<double> indexes = modalityValues(plain);
        const QList<int> red = paletteChannel(plain, DCM_RedPaletteColorLookupTableData);
        const QList<int> green = paletteChannel(plain, DCM_GreenPaletteColorLookupTableData);
        const QList<int> blue = paletteChannel(plain, DCM_BluePaletteColorLookupTableData);
        QCOMPARE(red.size(), 256);
        QList<double> expected;
        for (int i = 0; i < 64 * 48; ++i) {
            const int index = int(indexes.at(i));
            expected << red.at(index) << green.at(index) << blue.at(index);
        }
        const DicomRenderer::Result result =
            DicomRenderer::render(make(colourSpec(ColourModel::PaletteColor, encoding)), {});
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(!result.monochrome);
        const auto [worst, mean] = colourError(result.image, expected);
        QVERIFY2(worst <= 1, qPrintable(QString::number(worst)));
        QVERIFY(mean < 0.5);
    }

    // Every frame of a grey multi-frame image is its own picture; past the last there is none.
    void framesOfAGreyCine_data() {
        QTest::addColumn<PixelEncoding>("encoding");
        QTest::newRow("uncompressed") << PixelEncoding::Uncompressed;
        QTest::newRow("JPEG-LS") << PixelEncoding::JpegLs;
        QTest::newRow("JPEG lossless") << PixelEncoding::JpegLossless;
    }
    void framesOfAGreyCine() {
        QFETCH(PixelEncoding, encoding);
        SyntheticImageSpec s = spec(u"MR"_s, PixelEncoding::Uncompressed);
        s.frames = 5;
        const QList<double> values = modalityValues(make(s));
        QCOMPARE(values.size(), 5 * 64 * 48);
        s.encoding = encoding;
        const QByteArray file = make(s);
        QByteArray previous;
        for (int frame = 0; frame < 5; ++frame) {
            DicomRenderer::Options options;
            options.frame = frame;
            const DicomRenderer::Result result = DicomRenderer::render(file, options);
            QVERIFY2(result.ok(), qPrintable(result.message));
            QCOMPARE(result.frameCount, 5);
            for (int i = 0; i < 64 * 48; i += 7)
                QVERIFY(std::abs(int(result.image.constBits()[i]) -
                                 windowed(values.at(frame * 64 * 48 + i), *result.window)) <= 1);
            const QByteArray pixels(reinterpret_cast<const char *>(result.image.constBits()),
                                    result.image.sizeInBytes());
            QVERIFY(pixels != previous);
            previous = pixels;
        }
        DicomRenderer::Options beyond;
        beyond.frame = 5;
        QCOMPARE(DicomRenderer::render(file, beyond).outcome, DicomRenderer::Outcome::NoSuchFrame);
    }

    // The emulator's JPEG 2000 files are real code streams the free DCMTK cannot decode.
    void jpeg2000IsSaidNotGuessed_data() {
        QTest::addColumn<QString>("modality");
        QTest::addColumn<int>("frames");
        QTest::newRow("CT") << u"CT"_s << 1;
        QTest::newRow("US cine") << u"US"_s << 3;
    }
    void jpeg2000IsSaidNotGuessed() {
        QFETCH(QString, modality);
        QFETCH(int, frames);
        SyntheticImageSpec s =
            spec(modality, PixelEncoding::Jpeg2000, modality == u"CT"_s ? 16 : 8);
        s.frames = frames;
        if (modality == u"US"_s)
            s.colour = ColourModel::Rgb;
        const DicomRenderer::Result result = DicomRenderer::render(make(s), {});
        QCOMPARE(result.outcome, DicomRenderer::Outcome::Unsupported);
        QVERIFY2(result.message.contains(u"JPEG 2000"_s), qPrintable(result.message));
        QVERIFY(result.image.isNull());
    }

    void aWindowOfOnesOwn() {
        const QByteArray file = make(spec(u"CT"_s, PixelEncoding::Uncompressed));
        const QList<double> values = modalityValues(file);
        DicomRenderer::Options options;
        options.window = WindowLevel::ctPresets().at(1); // key 2: lung
        const DicomRenderer::Result lung = DicomRenderer::render(file, options);
        QVERIFY(lung.ok());
        QCOMPARE(lung.window->name, u"Lung"_s);
        for (const int at : {0, 100, 1000, 64 * 48 - 1}) {
            QVERIFY(std::abs(int(lung.image.constBits()[at]) -
                             windowed(values.at(at), *options.window)) <= 1);
        }
        options.invert = true;
        const DicomRenderer::Result inverted = DicomRenderer::render(file, options);
        for (const int at : {0, 100, 1000}) // DCMTK rounds the reversed ramp its own way
            QVERIFY(std::abs(int(inverted.image.constBits()[at]) -
                             (255 - int(lung.image.constBits()[at]))) <= 1);
    }

    // The full range is the pixels' min–max even when the file names a window of its own.
    void theFullRangeIgnoresTheFilesWindow_data() {
        QTest::addColumn<QString>("modality");
        QTest::newRow("CT") << u"CT"_s;
        QTest::newRow("MR") << u"MR"_s;
    }
    void theFullRangeIgnoresTheFilesWindow() {
        QFETCH(QString, modality);
        const QByteArray file = make(spec(modality, PixelEncoding::Uncompressed));
        const QList<double> values = modalityValues(file);
        const DicomRenderer::Result own = DicomRenderer::render(file, {});
        QVERIFY(own.ok());
        QVERIFY(!own.fileWindows.isEmpty());
        QCOMPARE(*own.window, own.fileWindows.first());
        DicomRenderer::Options options;
        options.fullRange = true;
        const DicomRenderer::Result full = DicomRenderer::render(file, options);
        QVERIFY(full.ok());
        QCOMPARE(full.window->name, u"Full range"_s);
        const auto [low, high] = std::minmax_element(values.begin(), values.end());
        QVERIFY2(std::abs(full.window->center - (*low + *high) / 2) <= 1,
                 qPrintable(QString::number(full.window->center)));
        QVERIFY2(std::abs(full.window->width - (*high - *low)) <= 1,
                 qPrintable(QString::number(full.window->width)));
        options.window = WindowLevel{10, 20, u"mine"_s}; // a window asked for comes first
        QCOMPARE(DicomRenderer::render(file, options).window->name, u"mine"_s);
    }

    // Hounsfield presets for CT only, each on its key (its place plus one) for good.
    void presetsFollowTheModality_data() {
        QTest::addColumn<QString>("modality");
        QTest::addColumn<QStringList>("expected");
        const QStringList ct{u"Soft tissue"_s, u"Lung"_s,  u"Bone"_s,     u"Brain"_s,
                             u"Mediastinum"_s, u"Liver"_s, u"Subdural"_s, u"Temporal bone"_s};
        QTest::newRow("CT") << u"CT"_s << ct;
        QTest::newRow("ct, padded") << u" ct "_s << ct;
        for (const QString &other : {u"MR"_s, u"PT"_s, u"US"_s, u"CR"_s, u"DX"_s, QString()})
            QTest::newRow(qPrintable(u"no presets for "_s + other)) << other << QStringList();
    }
    void presetsFollowTheModality() {
        QFETCH(QString, modality);
        QFETCH(QStringList, expected);
        QStringList names;
        for (const WindowLevel &preset : WindowLevel::presetsFor(modality))
            names << preset.name;
        QCOMPARE(names, expected);
        if (!expected.isEmpty()) {
            QCOMPARE(WindowLevel::presetsFor(modality).at(1), (WindowLevel{-600, 1500, u"Lung"_s}));
        }
    }

    void thumbnailsFitTheirSquare_data() {
        QTest::addColumn<int>("size");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("smaller") << 32 << QSize(24, 32);
        QTest::newRow("larger than the image") << 128 << QSize(48, 64);
        QTest::newRow("full size") << 0 << QSize(48, 64);
    }
    void thumbnailsFitTheirSquare() {
        QFETCH(int, size);
        QFETCH(QSize, expected);
        DicomRenderer::Options options;
        options.maxSize = size;
        const DicomRenderer::Result result =
            DicomRenderer::render(make(spec(u"MR"_s, PixelEncoding::JpegLs)), options);
        QVERIFY(result.ok());
        QCOMPARE(result.image.size(), expected);
        QCOMPARE(result.rows, 64);
    }

    void brokenInputIsSaidNotCrashed_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("outcome");
        const QByteArray good = make(spec(u"CT"_s, PixelEncoding::JpegLossless));
        const QByteArray plain = make(spec(u"CT"_s, PixelEncoding::Uncompressed));
        QTest::newRow("empty") << QByteArray() << int(DicomRenderer::Outcome::NotDicom);
        QTest::newRow("text") << QByteArray("hello, this is not DICOM")
                              << int(DicomRenderer::Outcome::NotDicom);
        QTest::newRow("header only") << good.left(140) << int(DicomRenderer::Outcome::Corrupt);
        QTest::newRow("cut in the pixels")
            << plain.left(plain.size() - 3000) << int(DicomRenderer::Outcome::Corrupt);
        QTest::newRow("cut compressed")
            << good.left(good.size() * 2 / 3) << int(DicomRenderer::Outcome::Corrupt);
        QByteArray garbled = good;
        for (qsizetype i = garbled.size() - 800; i < garbled.size() - 200; ++i)
            garbled[i] = char(i * 31);
        QTest::newRow("garbled compressed data") << garbled << -1; // any outcome, no crash
        QTest::newRow("a structure set") << make(spec(u"RTSTRUCT"_s, PixelEncoding::Uncompressed))
                                         << int(DicomRenderer::Outcome::NoImage);
    }
    void brokenInputIsSaidNotCrashed() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, outcome);
        const DicomRenderer::Result result = DicomRenderer::render(bytes, {});
        if (outcome >= 0) {
            QCOMPARE(int(result.outcome), outcome);
            QVERIFY(!result.message.isEmpty());
            QVERIFY(result.image.isNull());
        }
    }

    void aFrameBeyondTheLast() {
        DicomRenderer::Options options;
        options.frame = 3;
        const DicomRenderer::Result result =
            DicomRenderer::render(make(spec(u"CT"_s, PixelEncoding::Uncompressed)), options);
        QCOMPARE(result.outcome, DicomRenderer::Outcome::NoSuchFrame);
        QCOMPARE(result.frameCount, 1);
    }
};

QTEST_GUILESS_MAIN(TestDicomRenderer)
#include "tst_dicomrenderer.moc"
