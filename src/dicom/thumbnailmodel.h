#pragma once

#include "dicomfolder.h"

#include <QAbstractListModel>
#include <QFutureWatcher>
#include <QImage>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace nbia {

// The images of one series of a folder as thumbnails: the folder is read on a worker thread
// and grouped by series (DicomFolder), then every image of the series shown (the first, until
// showSeries() picks another) is rendered on a pool of threads while its row shows a
// placeholder. Rows are in the series' order. Showing another folder or series drops what was
// under way for the last one.
class ThumbnailModel final : public QAbstractListModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailModel)

public:
    enum Role { PathRole = Qt::UserRole + 1, StateRole };
    enum class State { Waiting, Shown, Failed };

    explicit ThumbnailModel(int thumbnailSize = 128, QObject *parent = nullptr);
    ~ThumbnailModel() override;

    void setFolder(const QString &folder);
    void showSeries(int index); // of series()
    // These images as they are; the folder's series stay as they were read.
    void setImages(const QList<DicomHeader> &images);
    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] const QList<DicomSeries> &series() const { return m_content.series; }
    [[nodiscard]] int currentSeries() const { return m_currentSeries; }
    [[nodiscard]] const QList<DicomHeader> &images() const { return m_images; }
    [[nodiscard]] int thumbnailSize() const { return m_size; }
    [[nodiscard]] bool isScanning() const { return m_scan.isRunning(); }
    [[nodiscard]] int pendingCount() const { return m_pending; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

Q_SIGNALS:
    void scanned(int images, int skippedFiles); // in the whole folder, its first series shown
    void allRendered();

private:
    struct Thumbnail {
        State state = State::Waiting;
        QImage image;
        QString message;
    };

    void renderAll();
    void deliver(quint64 generation, int row, const QImage &image, const QString &message);
    void cancelWork();
    [[nodiscard]] QImage placeholder(State state) const;

    int m_size;
    QString m_folder;
    DicomFolder m_content;
    int m_currentSeries = -1;
    QList<DicomHeader> m_images;
    std::vector<Thumbnail> m_thumbnails;
    int m_pending = 0;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_liveGeneration;
    std::shared_ptr<std::atomic_bool> m_cancelScan;
    QFutureWatcher<DicomFolder> m_scan;
    QThreadPool m_pool;
    mutable QImage m_waiting; // drawn when first asked for
    mutable QImage m_failed;
};

} // namespace nbia
