#include "previewlabel.h"

#include <QPainter>

namespace nbia {

PreviewLabel::PreviewLabel(QWidget *parent)
    : QLabel(parent) {
    setAlignment(Qt::AlignCenter);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setStyleSheet(QStringLiteral("QLabel { background: black; color: #ccc; }"));
}

PreviewLabel::~PreviewLabel() = default;

QSize PreviewLabel::sizeHint() const {
    return {260, 260};
}

QSize PreviewLabel::minimumSizeHint() const {
    return {64, 64};
}

QRect PreviewLabel::imageRect() const {
    const QPixmap shown = pixmap();
    if (shown.isNull())
        return {};
    const QSize size = shown.deviceIndependentSize().toSize().scaled(
        contentsRect().size().boundedTo(shown.deviceIndependentSize().toSize()),
        Qt::KeepAspectRatio);
    QRect rect(QPoint(), size);
    rect.moveCenter(contentsRect().center());
    return rect;
}

void PreviewLabel::paintEvent(QPaintEvent *event) {
    if (pixmap().isNull())
        return QLabel::paintEvent(event);
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawPixmap(imageRect(), pixmap());
}

} // namespace nbia
