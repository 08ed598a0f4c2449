#include "seriesfolder.h"

#include <dicomcodecs.h>
#include <dicomrenderer.h>
#include <thumbnailmodel.h>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

// A folder's images as thumbnails: placeholders at once, pictures as the pool renders them,
// an error tile for what cannot be shown, and nothing left over from a folder left behind.
class TestThumbnailModel final : public QObject {
    Q_OBJECT

private:
    DicomCodecs m_codecs{DicomCodecs::Mode::DecodeAndEncode};

    static ThumbnailModel::State stateOf(const ThumbnailModel &model, int row) {
        return ThumbnailModel::State(model.index(row).data(ThumbnailModel::StateRole).toInt());
    }

private Q_SLOTS:
    void aFolderBecomesThumbnails() {
        QTemporaryDir dir;
        SeriesFolder series;
        series.images = 12;
        series.rows = 200;
        series.columns = 160;
        QVERIFY(!series.writeTo(dir.path()).isEmpty());
        SeriesFolder j2k = series;
        j2k.seriesUid = u"1.2.826.0.1.3680043.2.1125.79"_s;
        j2k.images = 1;
        j2k.encoding = emulator::PixelEncoding::Jpeg2000;
        QVERIFY(!j2k.writeTo(dir.filePath(u"j2k"_s)).isEmpty());
        QFile license(dir.filePath(u"LICENSE"_s));
        QVERIFY(license.open(QIODevice::WriteOnly));
        license.write("CC BY 4.0");
        license.close();

        ThumbnailModel model(64);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy scanned(&model, &ThumbnailModel::scanned);
        QSignalSpy done(&model, &ThumbnailModel::allRendered);
        model.setFolder(dir.path());
        QVERIFY(scanned.wait(15000));
        QCOMPARE(scanned.first().at(0).toInt(), 13);
        QCOMPARE(scanned.first().at(1).toInt(), 1); // LICENSE
        QCOMPARE(model.series().size(), 2);
        QCOMPARE(model.currentSeries(), 0);
        QCOMPARE(model.rowCount(), 12); // the first series only
        // Placeholders until then, each the thumbnail's size.
        const QImage first = model.index(0).data(Qt::DecorationRole).value<QImage>();
        QVERIFY(!first.isNull());
        QVERIFY(done.count() == 1 || done.wait(15000));
        QCOMPARE(model.pendingCount(), 0);
        for (int row = 0; row < 12; ++row) {
            QCOMPARE(stateOf(model, row), ThumbnailModel::State::Shown);
            const QImage image = model.index(row).data(Qt::DecorationRole).value<QImage>();
            QCOMPARE(image.size(), QSize(51, 64)); // 160×200 into 64
            QCOMPARE(model.index(row).data().toString(), u"Image %1"_s.arg(row + 1));
        }
        QVERIFY(model.index(3).data(ThumbnailModel::PathRole).toString().endsWith(u"1-009.dcm"_s));

        model.showSeries(1);
        QCOMPARE(model.currentSeries(), 1);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(done.count() == 2 || done.wait(15000));
        QCOMPARE(stateOf(model, 0), ThumbnailModel::State::Failed);
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(u"JPEG 2000"_s));
        QVERIFY(!model.index(0).data(Qt::DecorationRole).value<QImage>().isNull());
    }

    // Each series on its own, in its order; another series picked while one renders leaves
    // nothing of the first behind.
    void oneSeriesAtATime_data() {
        QTest::addColumn<int>("series");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("uid");
        QTest::newRow("first") << 0 << 30 << u"1.2.826.0.1.3680043.2.1125.81"_s;
        QTest::newRow("second") << 1 << 4 << u"1.2.826.0.1.3680043.2.1125.82"_s;
        QTest::newRow("third") << 2 << 2 << u"1.2.826.0.1.3680043.2.1125.83"_s;
    }
    void oneSeriesAtATime() {
        QFETCH(int, series);
        QFETCH(int, rows);
        QFETCH(QString, uid);
        QTemporaryDir dir;
        for (const auto &[number, count] : {std::pair{1, 30}, std::pair{2, 4}, std::pair{3, 2}}) {
            SeriesFolder folder;
            folder.seriesNumber = number;
            folder.seriesUid = u"1.2.826.0.1.3680043.2.1125.%1"_s.arg(80 + number);
            folder.images = count;
            folder.rows = 128;
            folder.columns = 128;
            QVERIFY(!folder.writeTo(dir.filePath(QString::number(number))).isEmpty());
        }
        ThumbnailModel model(32);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy scanned(&model, &ThumbnailModel::scanned);
        model.setFolder(dir.path());
        QVERIFY(scanned.wait(15000));
        QCOMPARE(model.series().size(), 3);
        QSignalSpy done(&model, &ThumbnailModel::allRendered);
        model.showSeries(2 - series); // under way when the one asked for comes
        model.showSeries(series);
        QCOMPARE(model.currentSeries(), series);
        QCOMPARE(model.rowCount(), rows);
        QTRY_COMPARE_WITH_TIMEOUT(model.pendingCount(), 0, 15000);
        for (int row = 0; row < rows; ++row) {
            QCOMPARE(stateOf(model, row), ThumbnailModel::State::Shown);
            QCOMPARE(model.images().at(row).seriesInstanceUid, uid);
            QCOMPARE(model.images().at(row).instanceNumber, row + 1);
        }
        model.showSeries(7); // no such series: nothing changes
        QCOMPARE(model.currentSeries(), series);
        QCOMPARE(model.rowCount(), rows);
    }

    // A file cut short (a download killed, a full disk) gets an error tile that says so; the
    // others are the renderer's own pictures of their files.
    void aDamagedFileGetsAnErrorTile() {
        QTemporaryDir dir;
        SeriesFolder series;
        series.images = 3;
        series.rows = 96;
        series.columns = 80;
        const QStringList files = series.writeTo(dir.path());
        QCOMPARE(files.size(), 3);
        QFile cut(files.at(1));
        QVERIFY(cut.resize(cut.size() - 4000)); // in the middle of its pixels

        ThumbnailModel model(48);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy done(&model, &ThumbnailModel::allRendered);
        model.setFolder(dir.path());
        QVERIFY(done.wait(15000));
        QCOMPARE(model.rowCount(), 3);
        int failed = 0;
        for (int row = 0; row < 3; ++row) {
            const QModelIndex index = model.index(row);
            const QString path = index.data(ThumbnailModel::PathRole).toString();
            const QImage tile = index.data(Qt::DecorationRole).value<QImage>();
            QVERIFY(!tile.isNull());
            if (QFileInfo(path).fileName() == QFileInfo(files.at(1)).fileName()) {
                ++failed;
                QCOMPARE(stateOf(model, row), ThumbnailModel::State::Failed);
                QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
                continue;
            }
            QCOMPARE(stateOf(model, row), ThumbnailModel::State::Shown);
            DicomRenderer::Options options;
            options.maxSize = 48;
            const DicomRenderer::Result expected = DicomRenderer::render(path, options);
            QVERIFY(expected.ok());
            QCOMPARE(tile.convertToFormat(expected.image.format()), expected.image);
        }
        QCOMPARE(failed, 1);
    }

    // Moving to another folder while the first still renders: only the second one's rows.
    void anotherFolderDropsTheFirst() {
        QTemporaryDir dir;
        SeriesFolder big;
        big.images = 40;
        big.rows = 256;
        big.columns = 256;
        QVERIFY(!big.writeTo(dir.filePath(u"a"_s)).isEmpty());
        SeriesFolder small = big;
        small.images = 3;
        small.rows = 32;
        small.columns = 32;
        QVERIFY(!small.writeTo(dir.filePath(u"b"_s)).isEmpty());

        ThumbnailModel model(32);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy scanned(&model, &ThumbnailModel::scanned);
        QSignalSpy done(&model, &ThumbnailModel::allRendered);
        model.setFolder(dir.filePath(u"a"_s));
        QVERIFY(scanned.wait(15000));
        model.setFolder(dir.filePath(u"b"_s));
        QVERIFY(done.wait(15000));
        QCOMPARE(model.rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(stateOf(model, row), ThumbnailModel::State::Shown);
            QCOMPARE(model.index(row).data(Qt::DecorationRole).value<QImage>().size(),
                     QSize(32, 32));
        }
        QCOMPARE(done.count(), 1);
    }

    void anEmptyFolderIsDoneAtOnce() {
        QTemporaryDir dir;
        ThumbnailModel model;
        QSignalSpy scanned(&model, &ThumbnailModel::scanned);
        QSignalSpy done(&model, &ThumbnailModel::allRendered);
        model.setFolder(dir.path());
        QVERIFY(scanned.wait(15000));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(done.count(), 1);
    }
};

QTEST_MAIN(TestThumbnailModel)
#include "tst_thumbnailmodel.moc"
