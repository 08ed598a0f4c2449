#pragma once

#include <QImage>
#include <QPointF>
#include <QStringList>
#include <QWidget>

namespace nbia {

// Paints one image on black, fitted to the widget or at a zoom, with text in the four corners.
// The mouse works as in a radiology viewer: dragging with the left button changes the window
// (reported, not applied here), the middle button or Ctrl+left pans, the wheel steps through
// the series (reported), Ctrl+wheel zooms, and a double click fits the image again.
class ImageCanvas final : public QWidget {
    Q_OBJECT

public:
    enum Corner { TopLeft, TopRight, BottomLeft, BottomRight };

    explicit ImageCanvas(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    // A message in place of the image (a file that cannot be shown); clears the image.
    void setMessage(const QString &message);
    void setCornerText(Corner corner, const QStringList &lines);

    void fitToWindow();
    void showActualSize();
    void zoomBy(double factor);
    [[nodiscard]] bool isFitted() const { return m_fit; }
    // Screen pixels per image pixel.
    [[nodiscard]] double scale() const;
    [[nodiscard]] QPointF panOffset() const { return m_offset; }
    [[nodiscard]] const QImage &image() const { return m_image; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QStringList cornerText(Corner corner) const { return m_corners[corner]; }

Q_SIGNALS:
    void windowDragged(QPoint delta); // screen pixels since the last report
    void stepRequested(int steps);    // +1 is the next image
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    enum class Drag { None, Window, Pan };

    [[nodiscard]] QRectF imageRect() const;

    QImage m_image;
    QString m_message;
    QStringList m_corners[4];
    bool m_fit = true;
    double m_zoom = 1.0;
    QPointF m_offset; // of the image's centre from the widget's, in screen pixels
    Drag m_drag = Drag::None;
    QPoint m_lastPos;
    int m_wheelRemainder = 0;
};

} // namespace nbia
