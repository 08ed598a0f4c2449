#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace nbia {

class DownloadQueue;
class FailedDownloadsBar;
class DownloadQueueModel;

// The downloads: one row per series (state with a progress bar, bytes, speed, time left, folder,
// reason), a total line, and pause, resume, cancel, retry, move to top and open folder for the
// selected rows (buttons, context menu, keys), Clear finished and how many at once. A paused
// queue says why, with Resume.
class DownloadsPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadsPanel)

public:
    explicit DownloadsPanel(QWidget *parent = nullptr);
    ~DownloadsPanel() override;

    void setQueue(DownloadQueue *queue);
    [[nodiscard]] DownloadQueue *queue() const;
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QString totalsText() const;
    // True while the list scrolls by itself to keep the running downloads in view: until the
    // user scrolls it, and again when series are added.
    [[nodiscard]] bool isFollowing() const { return m_follow; }
    [[nodiscard]] QStringList failedUids() const;
    void retryAllFailed();
    // False when none failed or the file cannot be written.
    bool exportFailed(const QString &path) const;
    // These series as a manifest; false when there are none or the file cannot be written.
    bool exportSeries(const QStringList &uids, const QString &path) const;
    // The row's series, state, archive, folder, attempts and whole reason, one per line.
    [[nodiscard]] QString detailsText(const QString &seriesUid) const;
    [[nodiscard]] FailedDownloadsBar *failedBar() const { return m_failedBar; }

Q_SIGNALS:
    // The user changed how many series download at once.
    void parallelChanged(int parallel);
    // The user asked to look at the images of a downloaded series.
    void viewImagesRequested(const QString &folder);
    void showInTreeRequested(const QString &seriesUid);
    void addToCartRequested(const QStringList &seriesUids);

protected:
    // A click or a key in the list: the user is after a row, the list stays where it is.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class RowAction { Pause, Resume, Cancel, Retry, MoveToTop };
    void apply(RowAction action);
    void openFolder();
    void showTotals();
    void showPaused();
    void updateButtons();
    void followActiveRows();
    void addRowActions();
    void showDetails();
    void viewCurrentImages();
    void chooseExportFile(const QStringList &uids);
    [[nodiscard]] QStringList selectedUids() const;

    DownloadQueueModel *m_model;
    QTableView *m_view;
    QLabel *m_totals;
    QWidget *m_pausedBar;
    QLabel *m_pausedText;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_top;
    QPushButton *m_open;
    QPushButton *m_viewImages;
    QPushButton *m_clear;
    QSpinBox *m_parallel;
    QTimer *m_followTimer;
    FailedDownloadsBar *m_failedBar;
    bool m_follow = true;
};

} // namespace nbia
