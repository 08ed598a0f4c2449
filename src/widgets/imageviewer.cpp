#include "imageviewer.h"

#include "imagecanvas.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSlider>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <work/workerpool.h>

namespace nbia {

namespace {

QString personName(const QString &dicomName) {
    QStringList parts = dicomName.split(u'^');
    while (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    if (parts.size() >= 2)
        return parts.at(0) + QStringLiteral(", ") + parts.mid(1).join(u' ').trimmed();
    return dicomName;
}

QString dicomDate(const QString &date) {
    const QDate parsed = QDate::fromString(date, QStringLiteral("yyyyMMdd"));
    return parsed.isValid() ? parsed.toString(Qt::ISODate) : date;
}

} // namespace

ImageViewer::ImageViewer(QWidget *parent)
    : QWidget(parent)
    , m_toolBar(new QToolBar(this))
    , m_presets(new QComboBox(this))
    , m_canvas(new ImageCanvas(this))
    , m_imageSlider(new QSlider(Qt::Horizontal, this))
    , m_imageLabel(new QLabel(this))
    , m_frameSlider(new QSlider(Qt::Horizontal, this))
    , m_frameLabel(new QLabel(this)) {
    m_presets->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_toolBar->addWidget(new QLabel(tr("Window "), this));
    m_toolBar->addWidget(m_presets);
    m_invertAction = m_toolBar->addAction(tr("Invert"));
    m_invertAction->setCheckable(true);
    m_invertAction->setShortcut(QKeySequence(Qt::Key_I));
    m_invertAction->setToolTip(tr("Show white as black (I)"));
    m_toolBar->addSeparator();
    QAction *fit = m_toolBar->addAction(tr("Fit"), m_canvas, &ImageCanvas::fitToWindow);
    fit->setShortcut(QKeySequence(Qt::Key_F));
    fit->setToolTip(tr("Fit the image to the window (F, or double-click)"));
    QAction *actual = m_toolBar->addAction(tr("1:1"), m_canvas, &ImageCanvas::showActualSize);
    actual->setToolTip(tr("One screen pixel per image pixel"));
    m_toolBar->addAction(tr("Zoom in"), this, [this] { m_canvas->zoomBy(1.25); })
        ->setShortcut(QKeySequence::ZoomIn);
    m_toolBar->addAction(tr("Zoom out"), this, [this] { m_canvas->zoomBy(0.8); })
        ->setShortcut(QKeySequence::ZoomOut);
    m_toolBar->addSeparator();
    QAction *exportAction =
        m_toolBar->addAction(tr("Export PNG…"), this, &ImageViewer::exportWithDialog);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(tr("Save the view as it is shown, as a PNG image (Ctrl+E)"));

    m_imageSlider->setToolTip(tr("Image in the series (wheel, Up, Down)"));
    m_frameSlider->setToolTip(tr("Frame of a multi-frame image"));
    auto *sliders = new QHBoxLayout;
    sliders->addWidget(m_imageLabel);
    sliders->addWidget(m_imageSlider, 3);
    sliders->addWidget(m_frameLabel);
    sliders->addWidget(m_frameSlider, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_canvas, 1);
    layout->addLayout(sliders);

    for (const auto &[key, steps] :
         {std::pair{Qt::Key_Down, 1}, std::pair{Qt::Key_Up, -1}, std::pair{Qt::Key_PageDown, 10},
          std::pair{Qt::Key_PageUp, -10}}) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, s = steps] { step(s); });
        addAction(action);
    }

    // Fixed keys: 0 the file's own window, 1 to 8 the CT presets, 9 the full range.
    for (int digit = 0; digit <= 9; ++digit) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::Key(Qt::Key_0 + digit)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, digit] { choosePresetKey(digit); });
        addAction(action);
    }
    m_presets->setToolTip(tr("Window: the file's own (key 0), a CT preset (keys 1 to 8, on CT "
                             "images) or the full range of the pixels (key 9)"));
    m_presets->setPlaceholderText(tr("Custom"));

    connect(m_canvas, &ImageCanvas::stepRequested, this, &ImageViewer::step);
    connect(m_canvas, &ImageCanvas::windowDragged, this, &ImageViewer::dragWindow);
    connect(m_canvas, &ImageCanvas::viewChanged, this, &ImageViewer::updateOverlay);
    connect(m_imageSlider, &QSlider::valueChanged, this, &ImageViewer::showImage);
    connect(m_frameSlider, &QSlider::valueChanged, this, &ImageViewer::showFrame);
    connect(m_invertAction, &QAction::toggled, this, &ImageViewer::setInverted);
    connect(m_presets, &QComboBox::activated, this, &ImageViewer::choosePreset);
    connect(&m_render, &QFutureWatcher<DicomRenderer::Result>::finished, this,
            &ImageViewer::renderFinished);
    fillPresets({});
    setImages({});
}

ImageViewer::~ImageViewer() {
    m_render.waitForFinished();
}

void ImageViewer::setImages(const QList<DicomHeader> &images, int current) {
    m_images = images;
    m_index = -1;
    m_frame = 0;
    const QSignalBlocker blocker(m_imageSlider);
    m_imageSlider->setRange(0, std::max(0, int(images.size()) - 1));
    m_imageSlider->setEnabled(images.size() > 1);
    if (images.isEmpty()) {
        m_canvas->setMessage(tr("No images"));
        m_imageLabel->clear();
        m_frameSlider->hide();
        m_frameLabel->hide();
        return;
    }
    showImage(std::clamp(current, 0, int(images.size()) - 1));
}

void ImageViewer::showImage(int index) {
    if (index < 0 || index >= m_images.size() || index == m_index)
        return;
    m_index = index;
    m_frame = 0;
    const DicomHeader &header = m_images.at(index);
    if (const QString modality = header.modality.trimmed().toUpper(); modality != m_modality) {
        // A window in one modality's values (Hounsfield units for CT) means nothing in
        // another's: back to the file's own. The full range fits any.
        m_modality = modality;
        m_window.reset();
        fillPresets({});
    }
    {
        const QSignalBlocker blocker(m_imageSlider);
        m_imageSlider->setValue(index);
    }
    m_imageLabel->setText(tr("Image %1 of %2").arg(index + 1).arg(m_images.size()));
    const bool multiFrame = header.frames > 1;
    {
        const QSignalBlocker blocker(m_frameSlider);
        m_frameSlider->setRange(0, std::max(0, header.frames - 1));
        m_frameSlider->setValue(0);
    }
    m_frameSlider->setVisible(multiFrame);
    m_frameLabel->setVisible(multiFrame);
    m_frameLabel->setText(tr("Frame 1 of %1").arg(header.frames));
    Q_EMIT currentImageChanged(header.path);
    requestRender();
}

void ImageViewer::showFrame(int frame) {
    if (m_index < 0 || frame == m_frame || frame < 0 || frame >= m_images.at(m_index).frames)
        return;
    m_frame = frame;
    {
        const QSignalBlocker blocker(m_frameSlider);
        m_frameSlider->setValue(frame);
    }
    m_frameLabel->setText(tr("Frame %1 of %2").arg(frame + 1).arg(m_images.at(m_index).frames));
    requestRender();
}

void ImageViewer::step(int steps) {
    if (m_images.isEmpty())
        return;
    showImage(std::clamp(m_index + steps, 0, int(m_images.size()) - 1));
}

void ImageViewer::setWindow(const std::optional<WindowLevel> &window) {
    m_window = window;
    m_fullRange = false;
    requestRender();
}

void ImageViewer::showFullRange() {
    m_window.reset();
    m_fullRange = true;
    requestRender();
}

bool ImageViewer::choosePresetKey(int key) {
    const int index = m_presets->findData(key, PresetKeyRole);
    if (index < 0)
        return false;
    m_presets->setCurrentIndex(index);
    choosePreset(index);
    return true;
}

void ImageViewer::setInverted(bool inverted) {
    if (inverted == m_invert)
        return;
    m_invert = inverted;
    const QSignalBlocker blocker(m_invertAction);
    m_invertAction->setChecked(inverted);
    requestRender();
}

bool ImageViewer::isRendering() const {
    return m_render.isRunning() || m_renderAgain;
}

void ImageViewer::requestRender() {
    if (m_index < 0)
        return;
    if (m_render.isRunning()) {
        m_renderAgain = true; // the latest state is rendered when this one is done
        return;
    }
    startRender();
}

void ImageViewer::startRender() {
    m_renderAgain = false;
    DicomRenderer::Options options;
    options.frame = m_frame;
    options.window = m_window;
    options.fullRange = m_fullRange;
    options.invert = m_invert;
    const QString path = m_images.at(m_index).path;
    m_render.setFuture(QtConcurrent::run(
        workerPool(), [path, options] { return DicomRenderer::render(path, options); }));
}

void ImageViewer::renderFinished() {
    if (m_renderAgain) {
        startRender(); // what was shown has moved on: skip this one
        return;
    }
    m_shown = m_render.result();
    if (m_shown.ok())
        m_canvas->setImage(m_shown.image);
    else
        m_canvas->setMessage(m_shown.message);
    if (m_shown.fileWindows != m_fileWindows || m_presets->count() == 0)
        fillPresets(m_shown.fileWindows);
    updateOverlay();
    Q_EMIT rendered();
}

void ImageViewer::dragWindow(QPoint delta) {
    if (!m_shown.window)
        return; // colour images have no window
    WindowLevel window = m_window.value_or(*m_shown.window);
    // A pixel of mouse movement is a fixed share of the window, as in other viewers.
    const double step = std::max(1.0, window.width) / 256.0;
    window.width = std::max(1.0, window.width + delta.x() * step);
    window.center += delta.y() * step;
    window.name.clear();
    m_window = window;
    m_fullRange = false;
    m_shown.window = window;
    if (m_presets->currentIndex() != -1) {
        const QSignalBlocker blocker(m_presets);
        m_presets->setCurrentIndex(-1);
    }
    requestRender();
}

void ImageViewer::addPreset(const QString &text, PresetKind kind, int key,
                            const WindowLevel &window) {
    QString shown = key >= 0 ? QString::number(key) + u' ' + text : text;
    if (kind == PresetKind::FileWindow || kind == PresetKind::Preset)
        shown += tr(" (W %1, L %2)").arg(std::lround(window.width)).arg(std::lround(window.center));
    m_presets->addItem(shown, QVariant::fromValue(QList<double>{window.center, window.width}));
    const int row = m_presets->count() - 1;
    m_presets->setItemData(row, key, PresetKeyRole);
    m_presets->setItemData(row, int(kind), PresetKindRole);
    m_presets->setItemData(row, window.name, PresetNameRole);
}

void ImageViewer::fillPresets(const QList<WindowLevel> &fileWindows) {
    m_fileWindows = fileWindows;
    const QSignalBlocker blocker(m_presets);
    m_presets->clear();
    addPreset(tr("File default"), PresetKind::FileDefault, FileDefaultKey);
    for (const WindowLevel &w : fileWindows)
        addPreset(w.name.isEmpty() ? tr("File window") : tr("File: %1").arg(w.name),
                  PresetKind::FileWindow, -1, w);
    const QList<WindowLevel> presets = WindowLevel::presetsFor(m_modality);
    for (int i = 0; i < presets.size(); ++i)
        addPreset(presets.at(i).name, PresetKind::Preset, i + 1, presets.at(i));
    addPreset(tr("Full range"), PresetKind::FullRange, FullRangeKey);
    int current = 0;
    if (m_fullRange) {
        current = m_presets->findData(FullRangeKey, PresetKeyRole);
    } else if (m_window) {
        // The same window under the same name, else the same window (a file's window may equal a
        // preset), else none: a window of one's own.
        current = -1;
        for (int i = m_presets->count() - 1; i >= 0; --i) {
            const auto kind = PresetKind(m_presets->itemData(i, PresetKindRole).toInt());
            if ((kind != PresetKind::FileWindow && kind != PresetKind::Preset) ||
                m_presets->itemData(i).value<QList<double>>() !=
                    QList<double>{m_window->center, m_window->width})
                continue;
            if (current < 0 || m_presets->itemData(i, PresetNameRole).toString() == m_window->name)
                current = i;
        }
    }
    m_presets->setCurrentIndex(current);
}

void ImageViewer::choosePreset(int index) {
    switch (PresetKind(m_presets->itemData(index, PresetKindRole).toInt())) {
    case PresetKind::FileDefault:
        setWindow(std::nullopt);
        return;
    case PresetKind::FullRange:
        showFullRange();
        return;
    case PresetKind::FileWindow:
    case PresetKind::Preset:
        break;
    }
    const QList<double> cw = m_presets->itemData(index).value<QList<double>>();
    setWindow(WindowLevel{cw.value(0), cw.value(1),
                          m_presets->itemData(index, PresetNameRole).toString()});
}

void ImageViewer::updateOverlay() {
    if (m_index < 0)
        return;
    const DicomHeader &h = m_images.at(m_index);
    QStringList topLeft{personName(h.patientName), h.patientId};
    topLeft << QStringList{dicomDate(h.studyDate), h.studyDescription}
                   .join(QStringLiteral("  "))
                   .trimmed();
    QStringList topRight;
    topRight << tr("Series %1").arg(h.seriesNumber) << h.seriesDescription << h.modality;
    QStringList bottomLeft;
    bottomLeft << (h.instanceNumber ? tr("Image %1 (%2 of %3)")
                                          .arg(*h.instanceNumber)
                                          .arg(m_index + 1)
                                          .arg(m_images.size())
                                    : tr("Image %1 of %2").arg(m_index + 1).arg(m_images.size()));
    if (h.frames > 1)
        bottomLeft << tr("Frame %1 of %2").arg(m_frame + 1).arg(h.frames);
    if (h.sliceLocation)
        bottomLeft << tr("Position %1 mm").arg(*h.sliceLocation, 0, 'f', 1);
    QStringList bottomRight;
    if (m_shown.ok() && m_shown.window)
        bottomRight << tr("W %1  L %2")
                           .arg(std::lround(m_shown.window->width))
                           .arg(std::lround(m_shown.window->center));
    if (h.rowSpacing && h.columnSpacing)
        bottomRight << tr("Pixel %1 × %2 mm")
                           .arg(*h.rowSpacing, 0, 'g', 3)
                           .arg(*h.columnSpacing, 0, 'g', 3);
    bottomRight << tr("%1 × %2, zoom %3%")
                       .arg(h.columns)
                       .arg(h.rows)
                       .arg(std::lround(m_canvas->scale() * 100));
    topLeft.removeAll(QString());
    topRight.removeAll(QString());
    m_canvas->setCornerText(ImageCanvas::TopLeft, topLeft);
    m_canvas->setCornerText(ImageCanvas::TopRight, topRight);
    m_canvas->setCornerText(ImageCanvas::BottomLeft, bottomLeft);
    m_canvas->setCornerText(ImageCanvas::BottomRight, bottomRight);
}

bool ImageViewer::exportView(const QString &path) const {
    return m_canvas->grab().save(path, "PNG");
}

void ImageViewer::exportWithDialog() {
    if (m_index < 0)
        return;
    const QString suggested = QFileInfo(m_images.at(m_index).path).completeBaseName() + u".png";
    const QString path = QFileDialog::getSaveFileName(this, tr("Export view as PNG"), suggested,
                                                      tr("PNG images (*.png)"));
    if (!path.isEmpty() && !exportView(path))
        QMessageBox::warning(this, tr("Export view"), tr("%1 could not be written.").arg(path));
}

} // namespace nbia
