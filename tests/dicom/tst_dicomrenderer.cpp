#include <dicomcodecs.h>
#include <dicomrenderer.h>
#include <syntheticimagefactory.h>

#include <QTest>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcistrmb.h>

#include <cmath>

using namespace nbia;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nbia::emulator::PixelEncoding)

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

    static QByteArray make(const SyntheticImageSpec &s) {
        QString error;
        const QByteArray file = SyntheticImageFactory::makeFile(s, &error);
        if (file.isEmpty())
            qFatal("cannot make a test image: %s", qPrintable(error));
        return file;
    }

    // The modality values (stored values through the rescale) of an uncompressed file.
    static QList<double> modalityValues(const QByteArray &bytes) {
        DcmInputBufferStream stream;
        stream.setBuffer(bytes.constData(), offile_off_t(bytes.size()));
        stream.setEos();
        DcmFileFormat file;
        file.transferInit();
        file.read(stream);
        file.transferEnd();
        DcmDataset &data = *file.getDataset();
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
            {"RLE", PixelEncoding::Rle}};
        for (const auto &[name, encoding] : lossless) {
            QTest::addRow("CT, signed 16-bit, %s", name) << u"CT"_s << 16 << encoding << 0;
            QTest::addRow("MR, 16-bit, %s", name) << u"MR"_s << 16 << encoding << 0;
            QTest::addRow("MG, 8-bit, %s", name) << u"MG"_s << 8 << encoding << 0;
        }
        QTest::addRow("CR, 8-bit, JPEG baseline")
            << u"CR"_s << 8 << PixelEncoding::JpegBaseline << 24;
    }
    void everyEncodingGivesTheFilesPixels() {
        QFETCH(QString, modality);
        QFETCH(int, bits);
        QFETCH(PixelEncoding, encoding);
        QFETCH(int, tolerance);
        const QList<double> values =
            modalityValues(make(spec(modality, PixelEncoding::Uncompressed, bits)));
        QCOMPARE(values.size(), 64 * 48);
        const DicomRenderer::Result result =
            DicomRenderer::render(make(spec(modality, encoding, bits)), {});
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

    void aWindowOfOnesOwn() {
        const QByteArray file = make(spec(u"CT"_s, PixelEncoding::Uncompressed));
        const QList<double> values = modalityValues(file);
        DicomRenderer::Options options;
        options.window = WindowLevel::ctPresets().first(); // lung
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
