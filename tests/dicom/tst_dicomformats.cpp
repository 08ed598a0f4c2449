#include "handmadeimage.h"

#include <dicomcodecs.h>
#include <dicomrenderer.h>

#include <QTest>

#include <cmath>

using namespace nbia;
using namespace Qt::StringLiterals;

// The photometric interpretations, sample layouts and transfer syntaxes DICOM allows beyond
// the emulator's, each rendered and compared with the colours or grey levels it must give.
class TestDicomFormats final : public QObject {
    Q_OBJECT

private:
    DicomCodecs m_codecs;

    static QList<int> ramp(int count, int from = 0, int step = 1) {
        QList<int> values;
        for (int i = 0; i < count; ++i)
            values << from + i * step;
        return values;
    }

    static DicomRenderer::Result render(const HandmadeImage &image,
                                        const DicomRenderer::Options &options = {}) {
        const QByteArray bytes = image.bytes();
        if (bytes.isEmpty())
            qFatal("cannot write a test image");
        return DicomRenderer::render(bytes, options);
    }

    static int windowed(double value, double center, double width) {
        const double c = center - 0.5;
        const double w = width - 1;
        if (value <= c - w / 2)
            return 0;
        if (value > c + w / 2)
            return 255;
        return int(std::lround(((value - c) / w + 0.5) * 255));
    }

private Q_SLOTS:
    // MONOCHROME1: the lowest value is white.
    void monochrome1IsInverted() {
        HandmadeImage image;
        image.photometric = u"MONOCHROME1"_s;
        image.samples = ramp(16);
        const DicomRenderer::Result result = render(image);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QCOMPARE(result.image.pixelColor(0, 0).red(), 255);
        QCOMPARE(result.image.pixelColor(3, 3).red(), 0);
        QVERIFY(result.image.pixelColor(1, 0).red() > result.image.pixelColor(2, 0).red());
    }

    void rgbInBothLayouts_data() {
        QTest::addColumn<int>("planar");
        QTest::newRow("interleaved") << 0;
        QTest::newRow("planes") << 1;
    }
    void rgbInBothLayouts() {
        QFETCH(int, planar);
        HandmadeImage image;
        image.photometric = u"RGB"_s;
        image.samplesPerPixel = 3;
        image.planarConfiguration = planar;
        QList<QColor> colours;
        for (int i = 0; i < 16; ++i)
            colours << QColor(i * 16, 255 - i * 16, (i * 37) % 256);
        if (planar == 0) {
            for (const QColor &c : std::as_const(colours))
                image.samples << c.red() << c.green() << c.blue();
        } else {
            for (const QColor &c : std::as_const(colours))
                image.samples << c.red();
            for (const QColor &c : std::as_const(colours))
                image.samples << c.green();
            for (const QColor &c : std::as_const(colours))
                image.samples << c.blue();
        }
        const DicomRenderer::Result result = render(image);
        QVERIFY2(result.ok(), qPrintable(result.message));
        QVERIFY(!result.monochrome);
        QCOMPARE(result.image.format(), QImage::Format_RGB888);
        for (int i = 0; i < 16; ++i)
            QCOMPARE(result.image.pixelColor(i % 4, i / 4), colours.at(i));
    }

    void ybrFullBecomesRgb() {
        HandmadeImage image;
        image.photometric = u"YBR_FULL"_s;
        image.samplesPerPixel = 3;
        image.rows = 1;
        image.columns = 2;
        image.samples = {128, 128, 128, 76, 85, 255}; // grey, then red
        const DicomRenderer::Result result = render(image);
        QVERIFY2(result.ok(), qPrintable(result.message));
        const QColor grey = result.image.pixelColor(0, 0);
        const QColor red = result.image.pixelColor(1, 0);
        QVERIFY(std::abs(grey.red() - 128) <= 1 && std::abs(grey.blue() - 128) <= 1);
        QVERIFY2(red.red() >= 250 && red.green() <= 3 && red.blue() <= 3, qPrintable(red.name()));
    }

    void paletteColourLooksUpItsTable() {
        HandmadeImage image;
        image.photometric = u"PALETTE COLOR"_s;
        image.rows = 1;
        image.columns = 4;
        image.samples = {0, 1, 2, 3};
        image.paletteRed = {0, 255, 0, 10};
        image.paletteGreen = {0, 0, 255, 20};
        image.paletteBlue = {0, 0, 0, 30};
        const DicomRenderer::Result result = render(image);
        QVERIFY2(result.ok(), qPrintable(result.message));
        for (int i = 0; i < 4; ++i)
            QCOMPARE(
                result.image.pixelColor(i, 0),
                QColor(image.paletteRed.at(i), image.paletteGreen.at(i), image.paletteBlue.at(i)));
    }

    void everyFrameOfAMultiFrameImage() {
        HandmadeImage image;
        image.rows = 2;
        image.columns = 2;
        image.frames = 3;
        image.samples = {10, 10, 10, 10, 20, 20, 20, 20, 30, 30, 30, 30};
        DicomRenderer::Options options;
        options.window = WindowLevel{128, 256, {}};
        for (int frame = 0; frame < 3; ++frame) {
            options.frame = frame;
            const DicomRenderer::Result result = render(image, options);
            QVERIFY2(result.ok(), qPrintable(result.message));
            QCOMPARE(result.frameCount, 3);
            QCOMPARE(result.image.pixelColor(1, 1).red(), windowed(10 + 10 * frame, 128, 256));
        }
        options.frame = 3;
        QCOMPARE(render(image, options).outcome, DicomRenderer::Outcome::NoSuchFrame);
    }

    // Signed values through the rescale: the window applies to the modality values.
    void signedValuesThroughTheRescale() {
        HandmadeImage image;
        image.rows = 1;
        image.columns = 4;
        image.bitsAllocated = 16;
        image.isSigned = true;
        image.samples = {-100, 0, 100, 200};
        image.withRescale = true;
        image.rescaleSlope = 2;
        image.rescaleIntercept = -50;
        DicomRenderer::Options options;
        options.window = WindowLevel{50, 601, {}};
        const DicomRenderer::Result result = render(image, options);
        QVERIFY2(result.ok(), qPrintable(result.message));
        for (int i = 0; i < 4; ++i) {
            const double value = image.samples.at(i) * 2.0 - 50;
            QVERIFY2(std::abs(result.image.pixelColor(i, 0).red() - windowed(value, 50, 601)) <= 1,
                     qPrintable(QString::number(i)));
        }
    }

    void bigEndianGivesTheSamePixels() {
        HandmadeImage image;
        image.bitsAllocated = 16;
        image.samples = ramp(16, 100, 250);
        DicomRenderer::Options options;
        options.window = WindowLevel{2000, 4000, {}};
        const DicomRenderer::Result little = render(image, options);
        image.syntax = HandmadeImage::Syntax::BigEndian;
        const DicomRenderer::Result big = render(image, options);
        QVERIFY2(little.ok() && big.ok(), qPrintable(big.message));
        QVERIFY(big.transferSyntax.contains(u"Big Endian"_s));
        QCOMPARE(big.image, little.image);
    }

    void jpeg2000IsSaidNotShown() {
        HandmadeImage image;
        image.rows = 8;
        image.columns = 8;
        image.syntax = HandmadeImage::Syntax::Jpeg2000;
        const DicomRenderer::Result result = render(image);
        QCOMPARE(result.outcome, DicomRenderer::Outcome::Unsupported);
        QVERIFY2(result.message.contains(u"JPEG 2000"_s), qPrintable(result.message));
        QVERIFY(result.image.isNull());
    }
};

QTEST_GUILESS_MAIN(TestDicomFormats)
#include "tst_dicomformats.moc"
