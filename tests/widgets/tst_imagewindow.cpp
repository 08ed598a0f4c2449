#include "seriesfolder.h"

#include <dicomcodecs.h>
#include <dicomseriesmodel.h>
#include <dicomtagmodel.h>
#include <imagecanvas.h>
#include <imageviewer.h>
#include <imagewindow.h>
#include <thumbnailmodel.h>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWheelEvent>

using namespace nbia;
using namespace Qt::StringLiterals;

// The folder window as a user drives it: thumbnails, the viewer and the tag browser, one series
// at a time with a picker when the folder holds several, stepping that stays in its series.
class TestImageWindow final : public QObject {
    Q_OBJECT

private:
    DicomCodecs m_codecs{DicomCodecs::Mode::DecodeAndEncode};
    QTemporaryDir m_dir;

    struct Written {
        QString modality;
        int number;
        QString description;
        int images;
        QString subfolder;
    };

    static QString uidOf(int number) {
        return u"1.2.826.0.1.3680043.2.1125.%1"_s.arg(200 + number);
    }

    static bool write(const QString &folder, const QList<Written> &series) {
        for (const Written &w : series) {
            SeriesFolder s;
            s.modality = w.modality;
            s.seriesNumber = w.number;
            s.seriesDescription = w.description;
            s.seriesUid = uidOf(w.number);
            s.images = w.images;
            s.rows = 64;
            s.columns = 64;
            if (s.writeTo(QDir(folder).filePath(w.subfolder)).isEmpty())
                return false;
        }
        return true;
    }

    static void openAndWait(ImageWindow &window, const QString &folder) {
        QSignalSpy scanned(window.thumbnails(), &ThumbnailModel::scanned);
        window.openFolder(folder);
        QVERIFY(scanned.wait(15000));
    }

    static void showActive(ImageWindow &window) {
        window.resize(1000, 700);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

    static QStringList pickerEntries(const ImageWindow &window) {
        QStringList entries;
        for (int i = 0; i < window.seriesPicker()->count(); ++i)
            entries << window.seriesPicker()->itemText(i);
        return entries;
    }

    static void pick(ImageWindow &window, int series) {
        window.seriesPicker()->setCurrentIndex(series);
        Q_EMIT window.seriesPicker()->activated(series);
    }

    static void wheel(QWidget *widget, int delta) {
        const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
        QWheelEvent event(at, widget->mapToGlobal(at), {}, QPoint(0, delta), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(widget, &event);
    }

    // Until what was asked for is on screen: the watcher may have finished before it says so.
    template<typename Action>
    static bool rendersAfter(ImageViewer *viewer, Action action) {
        QSignalSpy rendered(viewer, &ImageViewer::rendered);
        action();
        return QTest::qWaitFor([&] { return !rendered.isEmpty() && !viewer->isRendering(); },
                               15000);
    }

    static QString shownTag(const ImageWindow &window, const QString &tag) {
        const QModelIndex at = window.tags()->findTag(tag);
        return window.tags()->index(at.row(), DicomTagModel::ValueColumn).data().toString();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        // Three series, the folder's files found in no useful order: one at the top, the others
        // in subfolders, series numbers not in the order of the folders.
        QVERIFY(
            write(m_dir.filePath(u"three"_s), {{u"MR"_s, 5, u"T1 axial"_s, 3, QString()},
                                               {u"CT"_s, 2, u"1.25mm STD / Lung"_s, 6, u"a"_s},
                                               {u"CT"_s, 3, u"Chest 5mm"_s, 4, u"b/deeper"_s}}));
        QFile license(m_dir.filePath(u"three/LICENSE"_s));
        QVERIFY(license.open(QIODevice::WriteOnly));
        license.write("CC BY 4.0");
        license.close();
        SeriesFolder one;
        one.images = 8;
        one.rows = 96;
        one.columns = 96;
        QVERIFY(!one.writeTo(m_dir.filePath(u"one"_s)).isEmpty());
    }

    // Several series: a picker naming each as a user knows it, in series number order; one
    // series: no picker, as before.
    void thePickerListsTheSeries_data() {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QStringList>("entries");
        QTest::addColumn<bool>("picker");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("status");
        QTest::newRow("three series")
            << u"three"_s
            << QStringList{u"CT · 2 · 1.25mm STD / Lung · 6 images"_s,
                           u"CT · 3 · Chest 5mm · 4 images"_s, u"MR · 5 · T1 axial · 3 images"_s}
            << true << 6 << u"3 series · images: 13 · other files, not shown: 1"_s;
        QTest::newRow("one series")
            << u"one"_s << QStringList{u"CT · 2 · 1.25mm STD / Lung · 8 images"_s} << false << 8
            << u"Images: 8"_s;
    }
    void thePickerListsTheSeries() {
        QFETCH(QString, folder);
        QFETCH(QStringList, entries);
        QFETCH(bool, picker);
        QFETCH(int, rows);
        QFETCH(QString, status);
        ImageWindow window;
        QAbstractItemModelTester tester(window.series(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        openAndWait(window, m_dir.filePath(folder));
        QCOMPARE(pickerEntries(window), entries);
        QCOMPARE(window.seriesBar()->isVisible(), picker);
        QCOMPARE(window.seriesPicker()->currentIndex(), 0);
        QCOMPARE(window.grid()->model()->rowCount(), rows);
        QCOMPARE(window.viewer()->imageCount(), rows);
        QCOMPARE(window.statusBar()->currentMessage(), status);
        const QString tip = window.seriesPicker()->itemData(0, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(uidOf(2)) || folder == u"one"_s, qPrintable(tip));

        // Another folder: its own series, nothing of the last.
        openAndWait(window, m_dir.filePath(folder == u"one"_s ? u"three"_s : u"one"_s));
        QCOMPARE(window.seriesBar()->isVisible(), !picker);
        QCOMPARE(window.seriesPicker()->count(), picker ? 1 : 3);
    }

    // The grid and the viewer hold the series picked and nothing else, in its order.
    void aSeriesPickedIsAllThatIsShown_data() {
        QTest::addColumn<int>("series");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("number");
        QTest::newRow("first") << 0 << 6 << 2;
        QTest::newRow("second") << 1 << 4 << 3;
        QTest::newRow("third") << 2 << 3 << 5;
    }
    void aSeriesPickedIsAllThatIsShown() {
        QFETCH(int, series);
        QFETCH(int, rows);
        QFETCH(int, number);
        ImageWindow window;
        QAbstractItemModelTester tester(window.thumbnails(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        openAndWait(window, m_dir.filePath(u"three"_s));
        pick(window, series);
        QCOMPARE(window.thumbnails()->currentSeries(), series);
        QCOMPARE(window.grid()->model()->rowCount(), rows);
        QCOMPARE(window.viewer()->imageCount(), rows);
        for (int row = 0; row < rows; ++row) {
            const DicomHeader &h = window.thumbnails()->images().at(row);
            QCOMPARE(h.seriesInstanceUid, uidOf(number));
            QCOMPARE(h.instanceNumber, row + 1);
        }
        QTRY_COMPARE_WITH_TIMEOUT(window.thumbnails()->pendingCount(), 0, 15000);
        window.showViewer(rows - 1);
        QTRY_COMPARE_WITH_TIMEOUT(shownTag(window, u"(0020,000E)"_s), uidOf(number), 15000);
        QCOMPARE(shownTag(window, u"(0020,0013)"_s), QString::number(rows));
    }

    // At the last image of a series, "next" stays there, whatever asks for it; at the first,
    // "previous" does: the neighbouring series are not run into.
    void steppingStaysWithinTheSeries_data() {
        QTest::addColumn<int>("series");
        QTest::addColumn<QString>("how");
        QTest::addColumn<bool>("forward");
        for (const int series : {0, 1, 2}) {
            for (const QString &how : {u"Down"_s, u"Page Down"_s, u"wheel"_s, u"step"_s})
                QTest::addRow("series %d, next by %s", series, qPrintable(how))
                    << series << how << true;
            for (const QString &how : {u"Up"_s, u"Page Up"_s, u"wheel"_s})
                QTest::addRow("series %d, previous by %s", series, qPrintable(how))
                    << series << how << false;
        }
    }
    void steppingStaysWithinTheSeries() {
        QFETCH(int, series);
        QFETCH(QString, how);
        QFETCH(bool, forward);
        ImageWindow window;
        showActive(window);
        openAndWait(window, m_dir.filePath(u"three"_s));
        pick(window, series);
        const QList<DicomHeader> images = window.thumbnails()->images();
        const int end = forward ? int(images.size()) - 1 : 0;
        window.showViewer(end);
        ImageViewer *viewer = window.viewer();
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->isRendering(), 15000);
        QCOMPARE(viewer->currentIndex(), end);
        QSignalSpy changed(viewer, &ImageViewer::currentImageChanged);

        viewer->canvas()->setFocus();
        const auto go = [&](bool next) {
            if (how == u"Down"_s || how == u"Up"_s)
                QTest::keyClick(viewer->canvas(), next ? Qt::Key_Down : Qt::Key_Up);
            else if (how.startsWith(u"Page"_s))
                QTest::keyClick(viewer->canvas(), next ? Qt::Key_PageDown : Qt::Key_PageUp);
            else if (how == u"wheel"_s)
                wheel(viewer->canvas(), next ? -120 : 120);
            else
                viewer->step(next ? 1 : -1);
        };
        go(forward);

        QCOMPARE(viewer->currentIndex(), end);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(viewer->imageCount(), images.size());
        QTRY_VERIFY_WITH_TIMEOUT(!viewer->isRendering(), 15000);
        QCOMPARE(shownTag(window, u"(0020,000E)"_s), images.first().seriesInstanceUid);
        const QString position = u"(%1 of %2)"_s.arg(end + 1).arg(images.size());
        QTRY_VERIFY_WITH_TIMEOUT(
            viewer->canvas()->cornerText(ImageCanvas::BottomLeft).join(u' ').contains(position),
            15000);
        // The same way back in: the series' own images follow (Page keys go ten at a time).
        go(!forward);
        const int last = int(images.size()) - 1;
        const int back = how.startsWith(u"Page"_s) ? last - end : (forward ? end - 1 : 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(viewer->currentIndex(), back);
        QCOMPARE(changed.last().first().toString(), images.at(back).path);
    }

    // Ctrl+Page Down and Ctrl+Page Up move between series, in the grid and in the viewer (on
    // the first image); a CT preset stays on the next CT series and is dropped on MR.
    void theSeriesKeys() {
        ImageWindow window;
        showActive(window);
        openAndWait(window, m_dir.filePath(u"three"_s));
        QTest::keyClick(window.grid(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(window.thumbnails()->currentSeries(), 1);
        QCOMPARE(window.seriesPicker()->currentIndex(), 1);
        QVERIFY(!window.isShowingViewer());
        QTest::keyClick(window.grid(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(window.thumbnails()->currentSeries(), 0);

        ImageViewer *viewer = window.viewer();
        QVERIFY(rendersAfter(viewer, [&] { window.showViewer(2); }));
        QVERIFY(rendersAfter(viewer, [&] { QTest::keyClick(viewer->canvas(), Qt::Key_2); }));
        QCOMPARE(viewer->shownWindow()->name, u"Lung"_s);

        QVERIFY(rendersAfter(viewer, [&] {
            QTest::keyClick(viewer->canvas(), Qt::Key_PageDown, Qt::ControlModifier);
        }));
        QVERIFY(window.isShowingViewer());
        QCOMPARE(window.seriesPicker()->currentIndex(), 1);
        QCOMPARE(viewer->currentIndex(), 0);
        QCOMPARE(viewer->imageCount(), 4);
        QCOMPARE(viewer->shownWindow()->name, u"Lung"_s); // CT to CT: kept

        QVERIFY(rendersAfter(viewer, [&] {
            QTest::keyClick(viewer->canvas(), Qt::Key_PageDown, Qt::ControlModifier);
        }));
        QCOMPARE(window.seriesPicker()->currentIndex(), 2);
        QCOMPARE(shownTag(window, u"(0008,0060)"_s), u"MR"_s);
        QVERIFY(!viewer->chosenWindow()); // CT to MR: the file's own
        QCOMPARE(viewer->presets()->currentIndex(), 0);
        QCOMPARE(viewer->presets()->findData(2, ImageViewer::PresetKeyRole), -1);

        QTest::keyClick(viewer->canvas(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(window.seriesPicker()->currentIndex(), 2); // the last: stays
        QTest::keyClick(viewer->canvas(), Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(window.seriesPicker()->currentIndex(), 1);
        QCOMPARE(viewer->imageCount(), 4);
    }

    void oneSeriesHasNoSeriesKeys() {
        ImageWindow window;
        showActive(window);
        openAndWait(window, m_dir.filePath(u"one"_s));
        QTest::keyClick(window.grid(), Qt::Key_PageDown, Qt::ControlModifier);
        QCOMPARE(window.thumbnails()->currentSeries(), 0);
        QCOMPARE(window.grid()->model()->rowCount(), 8);
        QVERIFY(!window.seriesBar()->isVisible());
    }

    void theFolderWindow() {
        ImageWindow window;
        window.show();
        QSignalSpy scanned(window.thumbnails(), &ThumbnailModel::scanned);
        QSignalSpy done(window.thumbnails(), &ThumbnailModel::allRendered);
        window.openFolder(m_dir.filePath(u"one"_s));
        QVERIFY(scanned.wait(15000));
        QCOMPARE(window.grid()->model()->rowCount(), 8);
        QVERIFY(!window.isShowingViewer());
        QVERIFY(done.count() > 0 || done.wait(15000));

        QSignalSpy rendered(window.viewer(), &ImageViewer::rendered);
        const QModelIndex fifth = window.grid()->model()->index(4, 0);
        Q_EMIT window.grid()->activated(fifth);
        QVERIFY(window.isShowingViewer());
        QCOMPARE(window.viewer()->currentIndex(), 4);
        QVERIFY(rendered.wait(15000));
        // The tags of the image in view, filtered.
        QVERIFY(window.tags()->findTag(u"(0020,0013)"_s).isValid());
        QCOMPARE(
            window.tags()
                ->index(window.tags()->findTag(u"(0020,0013)"_s).row(), DicomTagModel::ValueColumn)
                .data()
                .toString(),
            u"5"_s);
        window.tagFilter()->setText(u"PatientID"_s);
        QCOMPARE(window.tagView()->model()->rowCount(), 1);
        window.tagFilter()->clear();
        QVERIFY(window.tagView()->model()->rowCount() > 40);

        window.viewer()->step(1);
        QCOMPARE(
            window.tags()
                ->index(window.tags()->findTag(u"(0020,0013)"_s).row(), DicomTagModel::ValueColumn)
                .data()
                .toString(),
            u"6"_s);
        window.showGrid();
        QVERIFY(!window.isShowingViewer());
        QCOMPARE(window.grid()->currentIndex().row(), 5);
    }
};

QTEST_MAIN(TestImageWindow)
#include "tst_imagewindow.moc"
