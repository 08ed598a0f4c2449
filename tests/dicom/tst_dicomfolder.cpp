#include "handmadeimage.h"
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

// Headers read without the pixels, and a folder's images found, grouped by series and put in
// series order.
class TestDicomFolder final : public QObject {
    Q_OBJECT

private:
    DicomCodecs m_codecs{DicomCodecs::Mode::DecodeAndEncode};

    static void writeFile(const QString &path, const QByteArray &bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    static QString uidOf(int series) {
        return u"1.2.826.0.1.3680043.2.1125.%1"_s.arg(100 + series);
    }

    // Series 0 in the folder itself, the others in subfolders of their own.
    static void writeSeries(const QString &folder, const QStringList &modalities,
                            const QList<int> &numbers, const QList<int> &counts) {
        for (qsizetype i = 0; i < modalities.size(); ++i) {
            SeriesFolder series;
            series.modality = modalities.at(i);
            series.seriesNumber = numbers.at(i);
            series.seriesDescription = u"Scan %1"_s.arg(numbers.at(i));
            series.seriesUid = uidOf(int(i));
            series.images = counts.at(i);
            series.rows = 32;
            series.columns = 32;
            const QString at = i == 0 ? folder : folder + u"/sub %1/deeper"_s.arg(i);
            QVERIFY(!series.writeTo(at).isEmpty());
        }
    }

    static QStringList labels(const DicomFolder &folder) {
        QStringList labels;
        for (const DicomSeries &series : folder.series)
            labels << series.label();
        return labels;
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

    // Several series in a folder and its subfolders: one group each, in series number order,
    // each labelled as a user knows it, its images in InstanceNumber order.
    void aFolderIsGroupedBySeries_data() {
        QTest::addColumn<QStringList>("modalities");
        QTest::addColumn<QList<int>>("numbers");
        QTest::addColumn<QList<int>>("counts");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("two series")
            << QStringList{u"CT"_s, u"CT"_s} << QList<int>{3, 2} << QList<int>{4, 2}
            << QStringList{u"CT · 2 · Scan 2 · 2 images"_s, u"CT · 3 · Scan 3 · 4 images"_s};
        QTest::newRow("three series, three modalities")
            << QStringList{u"MR"_s, u"CT"_s, u"PT"_s} << QList<int>{5, 1, 3} << QList<int>{3, 2, 1}
            << QStringList{u"CT · 1 · Scan 1 · 2 images"_s, u"PT · 3 · Scan 3 · 1 image"_s,
                           u"MR · 5 · Scan 5 · 3 images"_s};
    }
    void aFolderIsGroupedBySeries() {
        QFETCH(QStringList, modalities);
        QFETCH(QList<int>, numbers);
        QFETCH(QList<int>, counts);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        writeSeries(dir.path(), modalities, numbers, counts);

        const DicomFolder found = DicomFolder::scan(dir.path());
        QCOMPARE(labels(found), expected);
        qsizetype next = 0;
        for (qsizetype g = 0; g < found.series.size(); ++g) {
            const DicomSeries &series = found.series.at(g);
            qsizetype written = 0;
            while (written < modalities.size() && uidOf(int(written)) != series.uid)
                ++written;
            QVERIFY(written < modalities.size());
            QCOMPARE(series.modality, modalities.at(written));
            QCOMPARE(series.number, QString::number(numbers.at(written)));
            QCOMPARE(series.first, next);
            QCOMPARE(series.count, qsizetype(counts.at(written)));
            next += series.count;
            const QList<DicomHeader> images = found.imagesOf(g);
            QCOMPARE(images.size(), series.count);
            for (qsizetype i = 0; i < images.size(); ++i) {
                QCOMPARE(images.at(i).seriesInstanceUid, series.uid);
                QCOMPARE(images.at(i).instanceNumber, int(i + 1));
            }
        }
        QCOMPARE(next, found.images.size());
        QVERIFY(found.imagesOf(-1).isEmpty());
        QVERIFY(found.imagesOf(found.series.size()).isEmpty());
    }

    // Whatever order the files are found in: series after series, each by InstanceNumber, then
    // by file name. "A/3/c.dcm" is an image of series A, instance 3, file c.dcm.
    void theOrderWithinAGroup_data() {
        QTest::addColumn<QStringList>("found");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("by instance number")
            << QStringList{u"A/3/a.dcm"_s, u"A/1/c.dcm"_s, u"A/2/b.dcm"_s}
            << QStringList{u"c.dcm"_s, u"b.dcm"_s, u"a.dcm"_s};
        QTest::newRow("the same number: by file name")
            << QStringList{u"A/2/y.dcm"_s, u"A/2/x.dcm"_s, u"A/1/z.dcm"_s}
            << QStringList{u"z.dcm"_s, u"x.dcm"_s, u"y.dcm"_s};
        QTest::newRow("two series found interleaved")
            << QStringList{u"B/2/b2.dcm"_s, u"A/2/a2.dcm"_s, u"B/1/b1.dcm"_s, u"A/1/a1.dcm"_s}
            << QStringList{u"a1.dcm"_s, u"a2.dcm"_s, u"b1.dcm"_s, u"b2.dcm"_s};
    }
    void theOrderWithinAGroup() {
        QFETCH(QStringList, found);
        QFETCH(QStringList, expected);
        QList<DicomHeader> images;
        for (const QString &entry : found) {
            DicomHeader h;
            h.seriesInstanceUid = entry.section(u'/', 0, 0);
            h.seriesNumber = h.seriesInstanceUid == u"A"_s ? u"1"_s : u"2"_s;
            h.instanceNumber = entry.section(u'/', 1, 1).toInt();
            h.path = entry.section(u'/', 2);
            images << h;
        }
        const DicomFolder folder = DicomFolder::ofImages(images);
        QStringList order;
        for (const DicomHeader &h : folder.images)
            order << h.path;
        QCOMPARE(order, expected);
        for (const DicomSeries &series : folder.series)
            for (const DicomHeader &h : folder.images.mid(series.first, series.count))
                QCOMPARE(h.seriesInstanceUid, series.uid);
    }

    // Files that name no series are a group of their own, after the others.
    void filesWithoutASeriesAreAGroup() {
        QTemporaryDir dir;
        writeSeries(dir.path(), {u"CT"_s}, {4}, {2});
        HandmadeImage loose;
        loose.seriesUid.clear();
        loose.samples = QList<int>(16, 100);
        for (const int number : {2, 1}) {
            loose.instanceNumber = number;
            writeFile(dir.filePath(u"loose-%1.dcm"_s.arg(number)), loose.bytes());
        }
        const DicomFolder found = DicomFolder::scan(dir.path());
        QCOMPARE(found.series.size(), 2);
        QCOMPARE(found.series.at(0).uid, uidOf(0));
        QVERIFY(found.series.at(1).uid.isEmpty());
        QCOMPARE(found.series.at(1).label(), u"Unknown series · 2 images"_s);
        const QList<DicomHeader> loosest = found.imagesOf(1);
        QCOMPARE(loosest.size(), 2);
        QVERIFY(loosest.at(0).path.endsWith(u"loose-1.dcm"_s));
        QVERIFY(found.series.at(1).toolTip().contains(u"name no series"_s));
    }

    // A damaged file keeps its place if its header names its series, joins the files naming no
    // series if not, and is left out if it is no DICOM at all: the series stay as they are.
    void aCorruptFileLeavesTheGroupsAlone_data() {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("skipped");
        const QStringList two{u"CT · 2 · Scan 2 · 3 images"_s, u"MR · 7 · Scan 7 · 2 images"_s};
        QTest::newRow("cut short") << u"cut"_s << two << 0;
        QTest::newRow("a preamble and junk")
            << u"junk"_s << QStringList(two) + QStringList{u"Unknown series · 1 image"_s} << 0;
        QTest::newRow("text named .dcm") << u"text"_s << two << 1;
        QTest::newRow("empty") << u"empty"_s << two << 1;
    }
    void aCorruptFileLeavesTheGroupsAlone() {
        QFETCH(QString, damage);
        QFETCH(QStringList, expected);
        QFETCH(int, skipped);
        QTemporaryDir dir;
        writeSeries(dir.path(), {u"CT"_s, u"MR"_s}, {2, 7}, {3, 2});
        const QString cutPath = dir.filePath(u"1-002.dcm"_s);
        if (damage == u"cut"_s) {
            QFile cut(cutPath);
            QVERIFY(cut.resize(cut.size() - 1000));
        } else if (damage == u"junk"_s) {
            writeFile(dir.filePath(u"junk.dcm"_s),
                      QByteArray(128, '\0') + "DICM" + QByteArray(300, '\xff'));
        } else if (damage == u"text"_s) {
            writeFile(dir.filePath(u"notes.dcm"_s), "not an image");
        } else {
            writeFile(dir.filePath(u"empty.dcm"_s), {});
        }
        const DicomFolder found = DicomFolder::scan(dir.path());
        QCOMPARE(labels(found), expected);
        QCOMPARE(found.skippedFiles, skipped);
        const QList<DicomHeader> ct = found.imagesOf(0);
        for (qsizetype i = 0; i < ct.size(); ++i)
            QCOMPARE(ct.at(i).instanceNumber, int(i + 1));
        if (damage == u"cut"_s)
            QVERIFY(!ct.at(1).damage.isEmpty());
        if (damage == u"junk"_s)
            QVERIFY(!found.imagesOf(2).first().damage.isEmpty());
    }

    void aSeriesLabelSaysWhatIsKnown_data() {
        QTest::addColumn<QString>("uid");
        QTest::addColumn<QString>("modality");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("description");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("everything") << u"1.2.3"_s << u"CT"_s << u"3"_s << u"Chest 1.25mm"_s << 120
                                    << u"CT · 3 · Chest 1.25mm · 120 images"_s;
        QTest::newRow("no description")
            << u"1.2.3"_s << u"MR"_s << u"4"_s << QString() << 1 << u"MR · 4 · 1 image"_s;
        QTest::newRow("only a UID") << u"1.2.3"_s << QString() << QString() << QString() << 2
                                    << u"Series 1.2.3 · 2 images"_s;
        QTest::newRow("no UID") << QString() << u"CT"_s << QString() << QString() << 5
                                << u"Unknown series · 5 images"_s;
    }
    void aSeriesLabelSaysWhatIsKnown() {
        QFETCH(QString, uid);
        QFETCH(QString, modality);
        QFETCH(QString, number);
        QFETCH(QString, description);
        QFETCH(int, count);
        QFETCH(QString, expected);
        DicomSeries series;
        series.uid = uid;
        series.modality = modality;
        series.number = number;
        series.description = description;
        series.count = count;
        QCOMPARE(series.label(), expected);
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
