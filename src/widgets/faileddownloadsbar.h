#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace nbia {

// Shown above the downloads while some have failed: how many, and the two things to do about
// all of them at once: try them again, or keep them as a manifest for later.
class FailedDownloadsBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailedDownloadsBar)

public:
    explicit FailedDownloadsBar(QWidget *parent = nullptr);
    ~FailedDownloadsBar() override;

    // Hidden at 0.
    void setFailedCount(int count);
    [[nodiscard]] QString text() const;
    [[nodiscard]] QPushButton *retryButton() const { return m_retry; }
    [[nodiscard]] QPushButton *exportButton() const { return m_export; }

Q_SIGNALS:
    void retryAllRequested();
    void exportRequested();

private:
    QLabel *m_text;
    QPushButton *m_retry;
    QPushButton *m_export;
};

} // namespace nbia
