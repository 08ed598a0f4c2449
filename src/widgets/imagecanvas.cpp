#include "imagecanvas.h"

#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QWheelEvent>

#include <algorithm>

namespace nbia {

namespace {

constexpr double MinZoom = 0.05;
constexpr double MaxZoom = 32.0;

} // namespace

ImageCanvas::ImageCanvas(QWidget *parent)
    : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMouseTracking(false);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 200);
}

void ImageCanvas::setImage(const QImage &image) {
    const bool newSize = image.size() != m_image.size();
    m_image = image;
    m_message.clear();
    if (newSize && m_fit)
        m_offset = {};
    update();
}

void ImageCanvas::setMessage(const QString &message) {
    m_image = {};
    m_message = message;
    update();
}

void ImageCanvas::setCornerText(Corner corner, const QStringList &lines) {
    m_corners[corner] = lines;
    update();
}

void ImageCanvas::fitToWindow() {
    m_fit = true;
    m_offset = {};
    update();
    Q_EMIT viewChanged();
}

void ImageCanvas::showActualSize() {
    m_fit = false;
    m_zoom = 1.0;
    m_offset = {};
    update();
    Q_EMIT viewChanged();
}

void ImageCanvas::zoomBy(double factor) {
    m_zoom = std::clamp(scale() * factor, MinZoom, MaxZoom);
    m_fit = false;
    update();
    Q_EMIT viewChanged();
}

double ImageCanvas::scale() const {
    if (!m_fit || m_image.isNull())
        return m_zoom;
    return std::min(double(width()) / m_image.width(), double(height()) / m_image.height());
}

QRectF ImageCanvas::imageRect() const {
    const double s = scale();
    const QSizeF size(m_image.width() * s, m_image.height() * s);
    const QPointF centre = QPointF(width() / 2.0, height() / 2.0) + m_offset;
    return {centre - QPointF(size.width() / 2, size.height() / 2), size};
}

void ImageCanvas::paintEvent(QPaintEvent *) {
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    painter.setPen(QColor(0xe0, 0xe0, 0xe0));
    if (!m_image.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform, scale() < 4.0);
        painter.drawImage(imageRect(), m_image);
    } else if (!m_message.isEmpty()) {
        painter.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                         m_message);
    }
    const int margin = 8;
    const int lineHeight = fontMetrics().height();
    const QRect area = rect().adjusted(margin, margin, -margin, -margin);
    // Each corner keeps to its half of the width, so that long descriptions never overlap.
    const int lineWidth = area.width() / 2 - margin;
    for (int corner = 0; corner < 4; ++corner) {
        const QStringList &lines = m_corners[corner];
        const bool right = corner == TopRight || corner == BottomRight;
        const bool bottom = corner == BottomLeft || corner == BottomRight;
        for (int i = 0; i < lines.size(); ++i) {
            const QString text = fontMetrics().elidedText(lines.at(i), Qt::ElideRight, lineWidth);
            const int y = bottom ? area.bottom() - (int(lines.size()) - i) * lineHeight
                                 : area.top() + i * lineHeight;
            const QRect line(right ? area.right() - lineWidth : area.left(), y, lineWidth,
                             lineHeight);
            const int align = (right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
            painter.setPen(Qt::black); // a shadow keeps the text readable on white bone
            painter.drawText(line.translated(1, 1), align, text);
            painter.setPen(QColor(0xf0, 0xe6, 0x8c));
            painter.drawText(line, align, text);
        }
    }
}

void ImageCanvas::mousePressEvent(QMouseEvent *event) {
    m_lastPos = event->position().toPoint();
    const bool pan =
        event->button() == Qt::MiddleButton ||
        (event->button() == Qt::LeftButton && event->modifiers().testFlag(Qt::ControlModifier));
    m_drag = pan ? Drag::Pan : event->button() == Qt::LeftButton ? Drag::Window : Drag::None;
    if (m_drag == Drag::Pan)
        setCursor(Qt::ClosedHandCursor);
    else if (m_drag == Drag::Window)
        setCursor(Qt::SizeAllCursor);
}

void ImageCanvas::mouseMoveEvent(QMouseEvent *event) {
    const QPoint pos = event->position().toPoint();
    const QPoint delta = pos - m_lastPos;
    m_lastPos = pos;
    if (m_drag == Drag::Window && !delta.isNull()) {
        Q_EMIT windowDragged(delta);
    } else if (m_drag == Drag::Pan) {
        if (m_fit) {
            m_zoom = scale();
            m_fit = false;
        }
        m_offset += delta;
        update();
        Q_EMIT viewChanged();
    }
}

void ImageCanvas::mouseReleaseEvent(QMouseEvent *) {
    m_drag = Drag::None;
    unsetCursor();
}

void ImageCanvas::mouseDoubleClickEvent(QMouseEvent *) {
    fitToWindow();
}

// A fitted image's scale follows the canvas: the zoom in the corner text with it (an image
// rendered while the canvas was hidden would say the zoom of a canvas never shown).
void ImageCanvas::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    if (m_fit)
        Q_EMIT viewChanged();
}

void ImageCanvas::wheelEvent(QWheelEvent *event) {
    const int delta = event->angleDelta().y();
    if (event->modifiers().testFlag(Qt::ControlModifier)) {
        zoomBy(delta > 0 ? 1.25 : 0.8);
        return;
    }
    // Touchpads send small deltas: a step for each notch's worth (120).
    m_wheelRemainder += delta;
    const int steps = m_wheelRemainder / 120;
    m_wheelRemainder -= steps * 120;
    if (steps != 0)
        Q_EMIT stepRequested(-steps); // wheel away from the user: towards the previous image
    event->accept();
}

} // namespace nbia
