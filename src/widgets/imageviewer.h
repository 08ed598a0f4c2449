#pragma once

#include <dicomheader.h>
#include <dicomrenderer.h>
#include <windowlevel.h>

#include <QFutureWatcher>
#include <QList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QSlider;
class QToolBar;
class QAction;

namespace nbia {

class ImageCanvas;

// One image at a time from a series: the wheel or the slider steps through it, dragging sets
// the window (or a preset does: the file's own windows and the CT presets), and the view can be
// zoomed, panned, fitted, inverted and exported as PNG. Multi-frame images get a frame slider.
// Images are rendered on a worker thread; while one is under way only the latest request waits.
class ImageViewer final : public QWidget {
    Q_OBJECT

public:
    explicit ImageViewer(QWidget *parent = nullptr);
    ~ImageViewer() override;

    void setImages(const QList<DicomHeader> &images, int current = 0);
    void showImage(int index);
    void showFrame(int frame);
    void step(int steps);

    void setWindow(const std::optional<WindowLevel> &window); // nothing: the file's own
    void setInverted(bool inverted);
    bool exportView(const QString &path) const;

    [[nodiscard]] int currentIndex() const { return m_index; }
    [[nodiscard]] int currentFrame() const { return m_frame; }
    [[nodiscard]] int imageCount() const { return int(m_images.size()); }
    [[nodiscard]] std::optional<WindowLevel> shownWindow() const { return m_shown.window; }
    [[nodiscard]] bool isInverted() const { return m_invert; }
    [[nodiscard]] bool isRendering() const;
    [[nodiscard]] ImageCanvas *canvas() const { return m_canvas; }
    [[nodiscard]] QComboBox *presets() const { return m_presets; }
    [[nodiscard]] QSlider *frameSlider() const { return m_frameSlider; }
    [[nodiscard]] QSlider *imageSlider() const { return m_imageSlider; }
    [[nodiscard]] QToolBar *toolBar() const { return m_toolBar; }

Q_SIGNALS:
    void currentImageChanged(const QString &path);
    void rendered(); // an image (or its error) is on screen

private:
    void requestRender();
    void startRender();
    void renderFinished();
    void dragWindow(QPoint delta);
    void choosePreset(int index);
    void fillPresets(const QList<WindowLevel> &fileWindows);
    void updateOverlay();
    void exportWithDialog();

    QToolBar *m_toolBar;
    QComboBox *m_presets;
    QAction *m_invertAction;
    ImageCanvas *m_canvas;
    QSlider *m_imageSlider;
    QLabel *m_imageLabel;
    QSlider *m_frameSlider;
    QLabel *m_frameLabel;

    QList<DicomHeader> m_images;
    int m_index = -1;
    int m_frame = 0;
    std::optional<WindowLevel> m_window; // nothing: the file's own, or its full range
    bool m_invert = false;
    QList<WindowLevel> m_fileWindows;

    QFutureWatcher<DicomRenderer::Result> m_render;
    bool m_renderAgain = false;
    DicomRenderer::Result m_shown;
    bool m_fillingPresets = false;
};

} // namespace nbia
