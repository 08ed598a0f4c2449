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
// the window (or a preset does, each on a fixed key: 0 the file's own window, 1 to 8 the CT
// presets, offered on CT images only, 9 the full range), and the view can be zoomed, panned,
// fitted, inverted and exported as PNG. Multi-frame images get a frame slider. A window chosen
// on one modality falls back to the file's on an image of another. Images are rendered on a
// worker thread; while one is under way only the latest request waits.
class ImageViewer final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageViewer)

public:
    // The presets list's roles: the preset's key (0 to 9, or -1 for none), its kind, and its
    // window's name; Qt::UserRole holds its centre and width.
    enum PresetRole { PresetKeyRole = Qt::UserRole + 1, PresetKindRole, PresetNameRole };
    enum class PresetKind { FileDefault, FileWindow, Preset, FullRange };
    static constexpr int FileDefaultKey = 0;
    static constexpr int FullRangeKey = 9;

    explicit ImageViewer(QWidget *parent = nullptr);
    ~ImageViewer() override;

    void setImages(const QList<DicomHeader> &images, int current = 0);
    void showImage(int index);
    void showFrame(int frame);
    void step(int steps);

    void setWindow(const std::optional<WindowLevel> &window); // nothing: the file's own
    void showFullRange();                                     // the pixels' min–max
    bool choosePresetKey(int key); // as the digit keys do; false if no preset has that key
    void setInverted(bool inverted);
    bool exportView(const QString &path) const;

    [[nodiscard]] int currentIndex() const { return m_index; }
    [[nodiscard]] int currentFrame() const { return m_frame; }
    [[nodiscard]] int imageCount() const { return int(m_images.size()); }
    [[nodiscard]] std::optional<WindowLevel> shownWindow() const { return m_shown.window; }
    [[nodiscard]] std::optional<WindowLevel> chosenWindow() const { return m_window; }
    [[nodiscard]] bool isFullRange() const { return m_fullRange; }
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
    void addPreset(const QString &text, PresetKind kind, int key, const WindowLevel &window = {});
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
    bool m_fullRange = false;            // the pixels' min–max, whatever the file suggests
    bool m_invert = false;
    QString m_modality; // of the image in view, upper case: the presets follow it
    QList<WindowLevel> m_fileWindows;

    QFutureWatcher<DicomRenderer::Result> m_render;
    bool m_renderAgain = false;
    DicomRenderer::Result m_shown;
    bool m_fillingPresets = false;
};

} // namespace nbia
