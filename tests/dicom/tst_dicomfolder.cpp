#include "seriesfolder.h"

#include <dicomcodecs.h>
#include <dicomfolder.h>
#include <dicomheader.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace nbia;
using namespace Qt::StringLiterals;

// Headers read without the pixels, and a folder's images found and put in series order.
class TestDicomFolder final : public QObject {
    Q_OBJECT

private:
    DicomCodecs m_codecs{DicomCodecs::Mode::DecodeAndEncode};

    static void writeFile(const QString &path, const QByteArray &bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private Q_SLOTS:
    void aHeaderHasWhatTheViewerShows() {
        QTemporaryDir dir;
        SeriesFolder series;
        series.images = 3;
        const QStringList paths = series.writeTo(dir.path());
        QCOMPARE(paths.size(), 3);
        QString error;
        const std::optional<DicomHeader> h = DicomHeader::read(paths.at(1), &error);
        QVERIFY2(h, qPrintable(error));
        QCOMPARE(h->patientId, u"LSCT-0042"_s);
        QCOMPARE(h->patientName, u"Doe^Jane"_s);
        QCOMPARE(h->studyDate, u"20190402"_s);
        QCOMPARE(h->modality, u"CT"_s);
        QCOMPARE(h->seriesNumber, u"2"_s);
        QCOMPARE(h->instanceNumber, 2);
        QCOMPARE(h->rows, 64);
        QCOMPARE(h->columns, 64);
        QCOMPARE(h->frames, 1);
        QVERIFY(h->sliceLocation);
        QVERIFY(h->rowSpacing && std::abs(*h->rowSpacing - 250.0 / 64) < 0.01);
    }

    void aMultiFrameImageSaysHowManyFrames() {
        QTemporaryDir dir;
        SeriesFolder series;
        series.modality = u"US"_s;
        series.images = 1;
        series.colour = emulator::ColourModel::Rgb;
        series.frames = 7;
        const QStringList paths = series.writeTo(dir.path());
        const std::optional<DicomHeader> h = DicomHeader::read(paths.value(0));
        QVERIFY(h);
        QCOMPARE(h->frames, 7);
        QVERIFY(!h->sliceLocation); // ultrasound has no position
    }

    void whatIsNotAnImageIsSaid_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("Subject ID,Series UID\n");
        QTest::newRow("a preamble and nothing else") << QByteArray(128, '\0') + "DICM";
        QTest::newRow("a preamble and junk")
            << QByteArray(128, '\0') + "DICM" + QByteArray(300, '\xff');
    }
    void whatIsNotAnImageIsSaid() {
        QFETCH(QByteArray, bytes);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"file.dcm"_s);
        writeFile(path, bytes);
        QString error;
        const std::optional<DicomHeader> h = DicomHeader::read(path, &error);
        if (!h)
            QVERIFY(!error.isEmpty());
        QVERIFY(!DicomHeader::read(dir.filePath(u"missing.dcm"_s), &error));
        QVERIFY(error.contains(u"missing.dcm"_s));
    }

    // File names run backwards: the order comes from InstanceNumber. The download's other files
    // and its hidden work folder are left out, and what is not DICOM is counted.
    void aFolderIsInSeriesOrder() {
        QTemporaryDir dir;
        SeriesFolder first;
        first.images = 6;
        QVERIFY(!first.writeTo(dir.filePath(u"series 2"_s)).isEmpty());
        SeriesFolder other = first;
        other.seriesUid = u"1.2.826.0.1.3680043.2.1125.78"_s;
        other.images = 2;
        QVERIFY(!other.writeTo(dir.filePath(u"series 1/sub"_s)).isEmpty());
        writeFile(dir.filePath(u"LICENSE"_s), "CC BY 4.0");
        writeFile(dir.filePath(u"metadata.csv"_s), "Series UID\n");
        QVERIFY(QDir().mkpath(dir.filePath(u".nbia-partial"_s)));
        QVERIFY(QFile::copy(dir.filePath(u"series 2/1-001.dcm"_s),
                            dir.filePath(u".nbia-partial/1-001.dcm"_s)));

        const DicomFolder found = DicomFolder::scan(dir.path());
        QCOMPARE(found.images.size(), 8);
        QCOMPARE(found.skippedFiles, 2);
        // Same series number: by UID, so the two series stay apart, each in its order.
        QStringList order;
        for (const DicomHeader &h : found.images)
            order << h.seriesInstanceUid.section(u'.', -1) + u'/' +
                         QString::number(h.instanceNumber.value_or(-1));
        QCOMPARE(order, QStringList({u"77/1"_s, u"77/2"_s, u"77/3"_s, u"77/4"_s, u"77/5"_s,
                                     u"77/6"_s, u"78/1"_s, u"78/2"_s}));
    }

    // A file cut short is still listed, in its place, with what could be read and why the rest
    // could not: the grid shows it as damaged instead of leaving it out.
    void aFileCutShortIsListedAsDamaged() {
        QTemporaryDir dir;
        SeriesFolder series;
        series.images = 3;
        series.rows = 64;
        series.columns = 64;
        const QStringList files = series.writeTo(dir.path());
        QCOMPARE(files.size(), 3);
        QString cutName;
        for (const QString &file : files) {
            const std::optional<DicomHeader> h = DicomHeader::read(file);
            QVERIFY(h);
            QVERIFY(h->damage.isEmpty());
            if (h->instanceNumber == 2)
                cutName = file;
        }
        QFile cut(cutName);
        QVERIFY(cut.resize(cut.size() - 3000)); // in the middle of its pixels
        const std::optional<DicomHeader> h = DicomHeader::read(cutName);
        QVERIFY(h);
        QVERIFY2(h->damage.contains(u"damaged"_s), qPrintable(h->damage));
        QCOMPARE(h->instanceNumber, 2);
        QCOMPARE(h->seriesInstanceUid, series.seriesUid);

        const DicomFolder found = DicomFolder::scan(dir.path());
        QCOMPARE(found.images.size(), 3);
        QCOMPARE(found.skippedFiles, 0);
        QCOMPARE(found.images.at(1).path, h->path);
    }

    // Some images with an InstanceNumber, some with only a position, some with neither (a file
    // damaged early): numbered first, then placed, then by name, whatever the order found.
    void aMixedSeriesHasOneOrder() {
        const auto header = [](const QString &path, std::optional<int> number,
                               std::optional<double> location) {
            DicomHeader h;
            h.path = path;
            h.instanceNumber = number;
            h.sliceLocation = location;
            return h;
        };
        const QList<DicomHeader> ordered{header(u"z.dcm"_s, 1, 50.0),
                                         header(u"a.dcm"_s, 2, std::nullopt),
                                         header(u"m.dcm"_s, std::nullopt, -3.0),
                                         header(u"b.dcm"_s, std::nullopt, 7.5),
                                         header(u"c.dcm"_s, std::nullopt, std::nullopt),
                                         header(u"d.dcm"_s, std::nullopt, std::nullopt)};
        QList<DicomHeader> shuffled = ordered;
        std::reverse(shuffled.begin(), shuffled.end());
        std::rotate(shuffled.begin(), shuffled.begin() + 2, shuffled.end());
        std::sort(shuffled.begin(), shuffled.end(), &DicomHeader::inSeriesOrder);
        for (qsizetype i = 0; i < ordered.size(); ++i)
            QCOMPARE(shuffled.at(i).path, ordered.at(i).path);
        for (const DicomHeader &a : ordered) // irreflexive
            QVERIFY(!DicomHeader::inSeriesOrder(a, a));
    }

    void theOrderWithoutInstanceNumbers() {
        DicomHeader a;
        a.path = u"b.dcm"_s;
        a.sliceLocation = -10;
        DicomHeader b;
        b.path = u"a.dcm"_s;
        b.sliceLocation = 5;
        QVERIFY(DicomHeader::inSeriesOrder(a, b)); // by position
        b.sliceLocation.reset();
        QVERIFY(DicomHeader::inSeriesOrder(a, b)); // one with a position before one without
        a.sliceLocation.reset();
        QVERIFY(DicomHeader::inSeriesOrder(b, a)); // by file name
        a.instanceNumber = 2;
        b.instanceNumber = 1;
        QVERIFY(DicomHeader::inSeriesOrder(b, a));
    }

    void aCancelledScanStops() {
        QTemporaryDir dir;
        SeriesFolder series;
        series.images = 4;
        QVERIFY(!series.writeTo(dir.path()).isEmpty());
        const std::atomic_bool cancel{true};
        QVERIFY(DicomFolder::scan(dir.path(), &cancel).images.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDicomFolder)
#include "tst_dicomfolder.moc"
