#include "seriesfolder.h"

#include <dicomcodecs.h>
#include <dicomfolder.h>
#include <dicomrenderer.h>
#include <dicomtagmodel.h>
#include <imagecanvas.h>
#include <imageviewer.h>
#include <imagewindow.h>
#include <thumbnailmodel.h>

#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QWheelEvent>

using namespace nbia;
using namespace Qt::StringLiterals;

// The viewer as a user drives it: wheel and keys through the series, dragging the window,
// presets, invert, zoom, frames, export; the folder window's grid and tag browser.
class TestImageViewer final : public QObject {
    Q_OBJECT

private:
    DicomCodecs m_codecs{DicomCodecs::Mode::DecodeAndEncode};
    QTemporaryDir m_dir;
    QList<DicomHeader> m_ct;

    static bool waitRendered(ImageViewer &viewer) {
        QSignalSpy rendered(&viewer, &ImageViewer::rendered);
        return QTest::qWaitFor([&] { return !viewer.isRendering(); }, 15000) &&
               (rendered.count() > 0 || rendered.wait(15000) || !viewer.isRendering());
    }

    static void showAndRender(ImageViewer &viewer, const QList<DicomHeader> &images, int at = 0) {
        QSignalSpy rendered(&viewer, &ImageViewer::rendered);
        viewer.setImages(images, at);
        QVERIFY(rendered.wait(15000));
        QTRY_VERIFY_WITH_TIMEOUT(!viewer.isRendering(), 15000);
    }

    static void wheel(QWidget *widget, int delta) {
        const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
        QWheelEvent event(at, widget->mapToGlobal(at), {}, QPoint(0, delta), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(widget, &event);
    }

    static int centrePixel(const ImageViewer &viewer) {
        const QImage &image = viewer.canvas()->image();
        return qGray(image.pixel(image.width() / 2, image.height() / 2));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        SeriesFolder ct;
        ct.images = 8;
        ct.rows = 96;
        ct.columns = 96;
        QVERIFY(!ct.writeTo(m_dir.filePath(u"ct"_s)).isEmpty());
        m_ct = DicomFolder::scan(m_dir.filePath(u"ct"_s)).images;
        QCOMPARE(m_ct.size(), 8);
    }

    void theWheelAndKeysStepThroughTheSeries() {
        ImageViewer viewer;
        viewer.resize(600, 500);
        viewer.show();
        showAndRender(viewer, m_ct, 3);
        QCOMPARE(viewer.currentIndex(), 3);
        QSignalSpy changed(&viewer, &ImageViewer::currentImageChanged);
        wheel(viewer.canvas(), -120); // towards the user: the next image
        QCOMPARE(viewer.currentIndex(), 4);
        QCOMPARE(changed.last().first().toString(), m_ct.at(4).path);
        wheel(viewer.canvas(), 60); // half a notch: nothing yet
        QCOMPARE(viewer.currentIndex(), 4);
        wheel(viewer.canvas(), 60);
        QCOMPARE(viewer.currentIndex(), 3);
        viewer.step(100); // clamped at the last
        QCOMPARE(viewer.currentIndex(), 7);
        QCOMPARE(viewer.imageSlider()->value(), 7);
        viewer.imageSlider()->setValue(2);
        QCOMPARE(viewer.currentIndex(), 2);
        QVERIFY(waitRendered(viewer));
        QVERIFY(viewer.canvas()
                    ->cornerText(ImageCanvas::BottomLeft)
                    .join(u' ')
                    .contains(u"Image 3 (3 of 8)"_s));
        QVERIFY(viewer.canvas()->cornerText(ImageCanvas::TopLeft).contains(u"LSCT-0042"_s));
        QVERIFY(viewer.canvas()->cornerText(ImageCanvas::TopLeft).contains(u"Doe, Jane"_s));
        QVERIFY(viewer.canvas()
                    ->cornerText(ImageCanvas::BottomRight)
                    .join(u' ')
                    .contains(u"W 400  L 40"_s)); // the file's own window
        QVERIFY(!viewer.frameSlider()->isVisible());
    }

    void draggingChangesTheWindow() {
        ImageViewer viewer;
        viewer.resize(600, 500);
        viewer.show();
        showAndRender(viewer, m_ct);
        const WindowLevel before = *viewer.shownWindow();
        QCOMPARE(before.width, 400.0);
        QWidget *canvas = viewer.canvas();
        const QPoint start(100, 100);
        QTest::mousePress(canvas, Qt::LeftButton, {}, start);
        QMouseEvent move(QEvent::MouseMove, QPointF(start + QPoint(64, -32)),
                         canvas->mapToGlobal(QPointF(start + QPoint(64, -32))), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, start + QPoint(64, -32));
        QVERIFY(waitRendered(viewer));
        const WindowLevel after = *viewer.shownWindow();
        QCOMPARE(after.width, 500.0);  // 64 px of 400/256
        QCOMPARE(after.center, -10.0); // 32 px up
        QCOMPARE(viewer.presets()->currentIndex(), -1);
    }

    void aPresetSetsTheWindow_data() {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<double>("center");
        QTest::addColumn<double>("width");
        QTest::newRow("lung") << u"Lung"_s << -600.0 << 1500.0;
        QTest::newRow("soft tissue") << u"Soft tissue"_s << 40.0 << 400.0;
        QTest::newRow("bone") << u"Bone"_s << 400.0 << 1800.0;
        QTest::newRow("brain") << u"Brain"_s << 40.0 << 80.0;
    }
    void aPresetSetsTheWindow() {
        QFETCH(QString, preset);
        QFETCH(double, center);
        QFETCH(double, width);
        ImageViewer viewer;
        viewer.resize(600, 500);
        showAndRender(viewer, m_ct);
        QComboBox *presets = viewer.presets();
        const int index = presets->findText(preset, Qt::MatchStartsWith);
        QVERIFY(index > 1); // after the file's default and its own window
        presets->setCurrentIndex(index);
        Q_EMIT presets->activated(index);
        QVERIFY(waitRendered(viewer));
        QCOMPARE(viewer.shownWindow()->center, center);
        QCOMPARE(viewer.shownWindow()->width, width);
        QCOMPARE(viewer.shownWindow()->name, preset);
        // The pixels are the file's in that window.
        DicomRenderer::Options options;
        options.window = WindowLevel{center, width, preset};
        const DicomRenderer::Result expected = DicomRenderer::render(m_ct.first().path, options);
        QVERIFY(expected.ok());
        QCOMPARE(viewer.canvas()->image(), expected.image);
        presets->setCurrentIndex(0);
        Q_EMIT presets->activated(0);
        QVERIFY(waitRendered(viewer));
        QCOMPARE(viewer.shownWindow()->width, 400.0); // back to the file's
    }

    // Keys as in other viewers: Down and Up step, digits pick the window, I inverts.
    void theKeyboard() {
        ImageViewer viewer;
        viewer.resize(600, 500);
        viewer.show();
        viewer.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&viewer));
        showAndRender(viewer, m_ct, 1);
        viewer.canvas()->setFocus();
        QTest::keyClick(viewer.canvas(), Qt::Key_Down);
        QCOMPARE(viewer.currentIndex(), 2);
        QTest::keyClick(viewer.canvas(), Qt::Key_PageDown);
        QCOMPARE(viewer.currentIndex(), 7);
        QTest::keyClick(viewer.canvas(), Qt::Key_Up);
        QCOMPARE(viewer.currentIndex(), 6);
        QTest::keyClick(viewer.canvas(), Qt::Key_2); // after the file's own window: Lung
        QVERIFY(waitRendered(viewer));
        QCOMPARE(viewer.shownWindow()->name, u"Lung"_s);
        QTest::keyClick(viewer.canvas(), Qt::Key_0);
        QVERIFY(waitRendered(viewer));
        QCOMPARE(viewer.shownWindow()->width, 400.0);
        QTest::keyClick(viewer.canvas(), Qt::Key_I);
        QVERIFY(viewer.isInverted());
    }

    void invertAndZoom() {
        ImageViewer viewer;
        viewer.resize(600, 500);
        viewer.show();
        showAndRender(viewer, m_ct);
        const int plain = centrePixel(viewer);
        viewer.setInverted(true);
        QVERIFY(waitRendered(viewer));
        QVERIFY(std::abs(centrePixel(viewer) - (255 - plain)) <= 1);
        QVERIFY(viewer.canvas()->isFitted());
        const double fitted = viewer.canvas()->scale();
        QVERIFY(fitted > 3.0); // 96 pixels in about 450
        viewer.canvas()->showActualSize();
        QCOMPARE(viewer.canvas()->scale(), 1.0);
        viewer.canvas()->zoomBy(2.0);
        QCOMPARE(viewer.canvas()->scale(), 2.0);
        QTest::mouseDClick(viewer.canvas(), Qt::LeftButton);
        QVERIFY(viewer.canvas()->isFitted());
        QCOMPARE(viewer.canvas()->scale(), fitted);
    }

    // Ctrl and the wheel zoom, the middle button (or Ctrl and the left one) pans; the corners
    // name the patient, study, series, image, window and pixel spacing as the header says.
    void panZoomAndTheCorners() {
        ImageViewer viewer;
        viewer.resize(600, 500);
        viewer.show();
        showAndRender(viewer, m_ct, 2);
        ImageCanvas *canvas = viewer.canvas();
        canvas->showActualSize();
        const QPointF at(canvas->width() / 2.0, canvas->height() / 2.0);
        QWheelEvent zoomIn(at, canvas->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton,
                           Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(canvas, &zoomIn);
        QCOMPARE(canvas->scale(), 1.25);
        QCOMPARE(viewer.currentIndex(), 2); // zoomed, not stepped

        const QPoint from = canvas->rect().center();
        QTest::mousePress(canvas, Qt::MiddleButton, {}, from);
        QTest::mouseMove(canvas, from + QPoint(30, -20));
        QTest::mouseRelease(canvas, Qt::MiddleButton, {}, from + QPoint(30, -20));
        QCOMPARE(canvas->panOffset(), QPointF(30, -20));
        QCOMPARE(viewer.shownWindow()->width, 400.0); // panning left the window alone

        const DicomHeader &h = m_ct.at(2);
        QVERIFY(h.rowSpacing && h.columnSpacing);
        const QString topLeft = canvas->cornerText(ImageCanvas::TopLeft).join(u'\n');
        const QString topRight = canvas->cornerText(ImageCanvas::TopRight).join(u'\n');
        const QString bottomLeft = canvas->cornerText(ImageCanvas::BottomLeft).join(u'\n');
        const QString bottomRight = canvas->cornerText(ImageCanvas::BottomRight).join(u'\n');
        QVERIFY2(topLeft.contains(h.patientId) && topLeft.contains(h.studyDescription),
                 qPrintable(topLeft));
        QVERIFY2(topRight.contains(u"Series %1"_s.arg(h.seriesNumber)) &&
                     topRight.contains(h.seriesDescription),
                 qPrintable(topRight));
        QVERIFY2(bottomLeft.contains(u"Image %1 (3 of 8)"_s.arg(*h.instanceNumber)),
                 qPrintable(bottomLeft));
        QVERIFY2(bottomRight.contains(u"W 400  L 40"_s), qPrintable(bottomRight));
        QVERIFY2(bottomRight.contains(u"Pixel %1 × %2 mm"_s.arg(*h.rowSpacing, 0, 'g', 3)
                                          .arg(*h.columnSpacing, 0, 'g', 3)),
                 qPrintable(bottomRight));
        QVERIFY2(bottomRight.contains(u"zoom 125%"_s), qPrintable(bottomRight));
    }

    void theViewIsExportedAsShown() {
        ImageViewer viewer;
        viewer.resize(640, 480);
        viewer.show();
        showAndRender(viewer, m_ct);
        const QString path = m_dir.filePath(u"view.png"_s);
        QVERIFY(viewer.exportView(path));
        const QImage saved(path);
        QCOMPARE(saved.size(), viewer.canvas()->size() * viewer.canvas()->devicePixelRatio());
        // What is on the screen, corner text and all.
        QCOMPARE(saved.convertToFormat(QImage::Format_RGB32),
                 viewer.canvas()->grab().toImage().convertToFormat(QImage::Format_RGB32));
        QVERIFY(!viewer.exportView(m_dir.filePath(u"no/such/folder/view.png"_s)));
    }

    void aCineLoopHasAFrameSlider() {
        SeriesFolder us;
        us.modality = u"US"_s;
        us.images = 1;
        us.rows = 60;
        us.columns = 80;
        us.colour = emulator::ColourModel::Rgb;
        us.frames = 5;
        QVERIFY(!us.writeTo(m_dir.filePath(u"us"_s)).isEmpty());
        ImageViewer viewer;
        viewer.resize(600, 500);
        viewer.show();
        showAndRender(viewer, DicomFolder::scan(m_dir.filePath(u"us"_s)).images);
        QVERIFY(viewer.frameSlider()->isVisible());
        QCOMPARE(viewer.frameSlider()->maximum(), 4);
        const QImage first = viewer.canvas()->image();
        QCOMPARE(first.format(), QImage::Format_RGB888);
        viewer.frameSlider()->setValue(3);
        QCOMPARE(viewer.currentFrame(), 3);
        QVERIFY(waitRendered(viewer));
        QVERIFY(viewer.canvas()->image() != first);
        QVERIFY(viewer.canvas()->cornerText(ImageCanvas::BottomLeft).contains(u"Frame 4 of 5"_s));
        QVERIFY(!viewer.shownWindow()); // colour: no window
    }

    void anImageThatCannotBeShownSaysWhy() {
        SeriesFolder j2k;
        j2k.images = 2;
        j2k.encoding = emulator::PixelEncoding::Jpeg2000;
        QVERIFY(!j2k.writeTo(m_dir.filePath(u"j2k"_s)).isEmpty());
        ImageViewer viewer;
        showAndRender(viewer, DicomFolder::scan(m_dir.filePath(u"j2k"_s)).images);
        QVERIFY(viewer.canvas()->image().isNull());
        QVERIFY2(viewer.canvas()->message().contains(u"JPEG 2000"_s),
                 qPrintable(viewer.canvas()->message()));
        viewer.step(1); // and it goes on
        QVERIFY(waitRendered(viewer));
        QCOMPARE(viewer.currentIndex(), 1);
    }

    void theFolderWindow() {
        ImageWindow window;
        window.show();
        QSignalSpy scanned(window.thumbnails(), &ThumbnailModel::scanned);
        QSignalSpy done(window.thumbnails(), &ThumbnailModel::allRendered);
        window.openFolder(m_dir.filePath(u"ct"_s));
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

QTEST_MAIN(TestImageViewer)
#include "tst_imageviewer.moc"
