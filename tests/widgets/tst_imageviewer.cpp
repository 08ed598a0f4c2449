#include "seriesfolder.h"

#include <dicomcodecs.h>
#include <dicomfolder.h>
#include <dicomrenderer.h>
#include <imagecanvas.h>
#include <imageviewer.h>

#include <QComboBox>
#include <QHash>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace nbia;
using namespace Qt::StringLiterals;

// The viewer as a user drives it: wheel and keys through the series, dragging the window,
// presets by modality, invert, zoom, frames, export.
class TestImageViewer final : public QObject {
    Q_OBJECT

private:
    DicomCodecs m_codecs{DicomCodecs::Mode::DecodeAndEncode};
    QTemporaryDir m_dir;
    QList<DicomHeader> m_ct;
    QHash<QString, QList<DicomHeader>> m_series; // by folder name: ct, ct2, mr, pt

    QList<DicomHeader> writeSeries(const QString &name, const QString &modality, int number,
                                   int images) {
        SeriesFolder series;
        series.modality = modality;
        series.seriesNumber = number;
        series.seriesUid = u"1.2.826.0.1.3680043.2.1125.%1"_s.arg(90 + number);
        series.images = images;
        series.rows = 48;
        series.columns = 48;
        if (series.writeTo(m_dir.filePath(name)).isEmpty())
            return {};
        return DicomFolder::scan(m_dir.filePath(name)).images;
    }

    static void drag(ImageViewer &viewer, QPoint by) {
        QWidget *canvas = viewer.canvas();
        const QPoint start(100, 100);
        QTest::mousePress(canvas, Qt::LeftButton, {}, start);
        QMouseEvent move(QEvent::MouseMove, QPointF(start + by),
                         canvas->mapToGlobal(QPointF(start + by)), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, start + by);
    }

    static QList<int> presetKeys(const ImageViewer &viewer) {
        QList<int> keys;
        for (int i = 0; i < viewer.presets()->count(); ++i) {
            const int key = viewer.presets()->itemData(i, ImageViewer::PresetKeyRole).toInt();
            if (key >= 0)
                keys << key;
        }
        return keys;
    }

    static int currentKey(const ImageViewer &viewer) { // -1: none (a window of one's own)
        const QVariant key = viewer.presets()->currentData(ImageViewer::PresetKeyRole);
        return key.isValid() ? key.toInt() : -1;
    }

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
        m_series.insert(u"ct"_s, m_ct);
        m_series.insert(u"ct2"_s, writeSeries(u"ct2"_s, u"CT"_s, 3, 2));
        m_series.insert(u"mr"_s, writeSeries(u"mr"_s, u"MR"_s, 5, 3));
        m_series.insert(u"pt"_s, writeSeries(u"pt"_s, u"PT"_s, 6, 2));
        for (const QList<DicomHeader> &series : std::as_const(m_series))
            QVERIFY(!series.isEmpty());
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
        drag(viewer, QPoint(64, -32));
        QVERIFY(waitRendered(viewer));
        const WindowLevel after = *viewer.shownWindow();
        QCOMPARE(after.width, 500.0);  // 64 px of 400/256
        QCOMPARE(after.center, -10.0); // 32 px up
        QCOMPARE(viewer.presets()->currentIndex(), -1);
    }

    void aPresetSetsTheWindow_data() {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<double>("center");
        QTest::addColumn<double>("width");
        QTest::newRow("soft tissue") << 1 << u"Soft tissue"_s << 40.0 << 400.0;
        QTest::newRow("lung") << 2 << u"Lung"_s << -600.0 << 1500.0;
        QTest::newRow("bone") << 3 << u"Bone"_s << 400.0 << 1800.0;
        QTest::newRow("brain") << 4 << u"Brain"_s << 40.0 << 80.0;
        QTest::newRow("mediastinum") << 5 << u"Mediastinum"_s << 50.0 << 350.0;
        QTest::newRow("liver") << 6 << u"Liver"_s << 30.0 << 150.0;
        QTest::newRow("subdural") << 7 << u"Subdural"_s << 75.0 << 215.0;
        QTest::newRow("temporal bone") << 8 << u"Temporal bone"_s << 600.0 << 2800.0;
    }
    void aPresetSetsTheWindow() {
        QFETCH(int, key);
        QFETCH(QString, preset);
        QFETCH(double, center);
        QFETCH(double, width);
        ImageViewer viewer;
        viewer.resize(600, 500);
        showAndRender(viewer, m_ct);
        QComboBox *presets = viewer.presets();
        const int index = presets->findData(key, ImageViewer::PresetKeyRole);
        QVERIFY(index > 1); // after the file's default and its own window
        QVERIFY2(presets->itemText(index).startsWith(u"%1 %2 ("_s.arg(key).arg(preset)),
                 qPrintable(presets->itemText(index)));
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

    // The keys are fixed: 0 the file's window, 1 to 8 the CT presets (on CT images only), 9 the
    // full range; the file's own windows are listed too, without a key.
    void presetsFollowTheModality_data() {
        QTest::addColumn<QString>("modality");
        QTest::addColumn<QList<int>>("keys");
        QTest::newRow("CT") << u"CT"_s << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        QTest::newRow("MR") << u"MR"_s << QList<int>{0, 9};
        QTest::newRow("PT") << u"PT"_s << QList<int>{0, 9};
        QTest::newRow("CR") << u"CR"_s << QList<int>{0, 9};
    }
    void presetsFollowTheModality() {
        QFETCH(QString, modality);
        QFETCH(QList<int>, keys);
        const QList<DicomHeader> images = writeSeries(u"presets-"_s + modality, modality, 9, 2);
        QVERIFY(!images.isEmpty());
        ImageViewer viewer;
        viewer.resize(600, 500);
        showAndRender(viewer, images);
        QCOMPARE(presetKeys(viewer), keys);
        QComboBox *presets = viewer.presets();
        for (int i = 0; i < presets->count(); ++i) {
            const int key = presets->itemData(i, ImageViewer::PresetKeyRole).toInt();
            const QString text = presets->itemText(i);
            QVERIFY2(key < 0 ? text.startsWith(u"File"_s)
                             : text.startsWith(QString::number(key) + u' '),
                     qPrintable(text));
        }
        QCOMPARE(viewer.choosePresetKey(2), modality == u"CT"_s);

        QVERIFY(viewer.choosePresetKey(ImageViewer::FullRangeKey));
        QVERIFY(waitRendered(viewer));
        QVERIFY(viewer.isFullRange());
        QCOMPARE(viewer.shownWindow()->name, u"Full range"_s);
        QCOMPARE(currentKey(viewer), 9);

        QVERIFY(viewer.choosePresetKey(ImageViewer::FileDefaultKey));
        QVERIFY(waitRendered(viewer));
        const DicomRenderer::Result own = DicomRenderer::render(images.first().path, {});
        QVERIFY(!viewer.isFullRange());
        QVERIFY(viewer.shownWindow() == own.window);
    }

    // A window in one modality's values is not kept on an image of another (a Hounsfield window
    // means nothing on MR): back to the file's own. Within a modality, and the full range
    // anywhere, it stays. "step": both in one list, stepped across; else another series shown.
    void aWindowFollowsTheModality_data() {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("key"); // -1: dragged
        QTest::addColumn<bool>("step");
        QTest::addColumn<bool>("kept");
        QTest::newRow("CT lung, then MR") << u"ct"_s << u"mr"_s << 2 << false << false;
        QTest::newRow("CT lung, stepped into MR") << u"ct"_s << u"mr"_s << 2 << true << false;
        QTest::newRow("CT brain, then PT") << u"ct"_s << u"pt"_s << 4 << false << false;
        QTest::newRow("dragged on CT, then MR") << u"ct"_s << u"mr"_s << -1 << false << false;
        QTest::newRow("CT lung, then another CT") << u"ct"_s << u"ct2"_s << 2 << false << true;
        QTest::newRow("CT lung, stepped into CT") << u"ct"_s << u"ct2"_s << 2 << true << true;
        QTest::newRow("dragged on MR, then MR") << u"mr"_s << u"mr"_s << -1 << false << true;
        QTest::newRow("full range, then MR") << u"ct"_s << u"mr"_s << 9 << false << true;
        QTest::newRow("full range, stepped into CT") << u"mr"_s << u"ct"_s << 9 << true << true;
    }
    void aWindowFollowsTheModality() {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, key);
        QFETCH(bool, step);
        QFETCH(bool, kept);
        const QList<DicomHeader> first = m_series.value(from);
        const QList<DicomHeader> second = m_series.value(to);
        ImageViewer viewer;
        viewer.resize(600, 500);
        viewer.show();
        if (step)
            showAndRender(viewer, first + second, int(first.size()) - 1);
        else
            showAndRender(viewer, first);
        if (key >= 0)
            QVERIFY(viewer.choosePresetKey(key));
        else
            drag(viewer, QPoint(40, 20));
        QVERIFY(waitRendered(viewer));
        const std::optional<WindowLevel> chosen = viewer.chosenWindow();
        const bool fullRange = viewer.isFullRange();
        QVERIFY(chosen || fullRange);

        if (step) {
            viewer.step(1);
            QVERIFY(waitRendered(viewer));
        } else {
            showAndRender(viewer, second);
        }
        QCOMPARE(viewer.canvas()->image().isNull(), false);
        if (kept) {
            QVERIFY(viewer.chosenWindow() == chosen);
            QCOMPARE(viewer.isFullRange(), fullRange);
            QCOMPARE(currentKey(viewer), key);
            return;
        }
        QVERIFY(!viewer.chosenWindow());
        QVERIFY(!viewer.isFullRange());
        QCOMPARE(currentKey(viewer), ImageViewer::FileDefaultKey);
        const DicomRenderer::Result own = DicomRenderer::render(second.first().path, {});
        QVERIFY(own.window);
        QVERIFY(viewer.shownWindow() == own.window);
        QVERIFY(viewer.canvas()
                    ->cornerText(ImageCanvas::BottomRight)
                    .join(u' ')
                    .contains(u"W %1"_s.arg(std::lround(own.window->width))));
        QCOMPARE(viewer.presets()->findData(2, ImageViewer::PresetKeyRole), -1);
        QTest::keyClick(viewer.canvas(), Qt::Key_2); // no lung on MR or PT
        QVERIFY(!viewer.chosenWindow());
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
        QTest::keyClick(viewer.canvas(), Qt::Key_2); // 2 is Lung, whatever the file's windows
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

    // An image rendered while the viewer was hidden (as the image window does behind its
    // thumbnails) says the zoom of the canvas it is shown on, not of the one it was rendered for.
    void theCornerZoomFollowsAFittedCanvas() {
        ImageViewer viewer;
        viewer.resize(300, 300);
        showAndRender(viewer, m_ct);
        viewer.resize(900, 800);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        const QString zoom = u"zoom %1%"_s.arg(std::lround(viewer.canvas()->scale() * 100));
        QTRY_VERIFY2(
            viewer.canvas()->cornerText(ImageCanvas::BottomRight).join(u' ').contains(zoom),
            qPrintable(viewer.canvas()->cornerText(ImageCanvas::BottomRight).join(u' ')));
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
};

QTEST_MAIN(TestImageViewer)
#include "tst_imageviewer.moc"
