#pragma once

#include <QLabel>

namespace nbia {

// A series' preview image that fits the room it is given: scaled down (never up, never
// distorted) when the pane is short, for instance with the Downloads dock open, so that the
// caption and the fields below keep their place instead of being painted over.
class PreviewLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewLabel)

public:
    explicit PreviewLabel(QWidget *parent = nullptr);
    ~PreviewLabel() override;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    // The image's rectangle as painted, in the label's coordinates; empty without one.
    [[nodiscard]] QRect imageRect() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace nbia
