#include "thumbnailmodel.h"

#include "dicomrenderer.h"

#include <QFileInfo>
#include <QPainter>
#include <QtConcurrent/QtConcurrentRun>

namespace nbia {

ThumbnailModel::ThumbnailModel(int thumbnailSize, QObject *parent)
    : QAbstractListModel(parent)
    , m_size(thumbnailSize)
    , m_liveGeneration(std::make_shared<std::atomic<quint64>>(0)) {
    connect(&m_scan, &QFutureWatcher<DicomFolder>::finished, this, [this] {
        if (m_scan.isCanceled() || m_cancelScan->load())
            return;
        m_content = m_scan.result();
        m_currentSeries = -1;
        if (m_content.series.isEmpty())
            setImages({});
        else
            showSeries(0);
        Q_EMIT scanned(int(m_content.images.size()), m_content.skippedFiles);
    });
}

ThumbnailModel::~ThumbnailModel() {
    cancelWork();
    m_pool.waitForDone();
    m_scan.waitForFinished();
}

void ThumbnailModel::cancelWork() {
    ++m_generation;
    m_liveGeneration->store(m_generation);
    if (m_cancelScan)
        m_cancelScan->store(true);
    m_pool.clear(); // what has not started never will
}

void ThumbnailModel::setFolder(const QString &folder) {
    cancelWork();
    m_folder = folder;
    m_content = {};
    m_currentSeries = -1;
    beginResetModel(); // nothing until the folder is read
    m_images.clear();
    m_thumbnails.clear();
    m_pending = 0;
    endResetModel();
    m_cancelScan = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_cancelScan;
    m_scan.setFuture(
        QtConcurrent::run([folder, cancel] { return DicomFolder::scan(folder, cancel.get()); }));
}

void ThumbnailModel::showSeries(int index) {
    if (index < 0 || index >= m_content.series.size() || index == m_currentSeries)
        return;
    m_currentSeries = index;
    setImages(m_content.imagesOf(index));
}

void ThumbnailModel::setImages(const QList<DicomHeader> &images) {
    cancelWork();
    beginResetModel();
    m_images = images;
    m_thumbnails.assign(size_t(images.size()), {});
    m_pending = int(images.size());
    endResetModel();
    renderAll();
}

void ThumbnailModel::renderAll() {
    const quint64 generation = m_generation;
    const std::shared_ptr<std::atomic<quint64>> live = m_liveGeneration;
    for (int row = 0; row < m_images.size(); ++row) {
        const QString path = m_images.at(row).path;
        const int size = m_size;
        m_pool.start([this, generation, live, row, path, size] {
            if (live->load() != generation)
                return; // another folder by now
            DicomRenderer::Options options;
            options.maxSize = size;
            const DicomRenderer::Result result = DicomRenderer::render(path, options);
            QMetaObject::invokeMethod(
                this,
                [this, generation, row, image = result.image, message = result.message] {
                    deliver(generation, row, image, message);
                },
                Qt::QueuedConnection);
        });
    }
    if (m_images.isEmpty())
        Q_EMIT allRendered();
}

void ThumbnailModel::deliver(quint64 generation, int row, const QImage &image,
                             const QString &message) {
    if (generation != m_generation || row >= int(m_thumbnails.size()))
        return;
    Thumbnail &thumbnail = m_thumbnails[size_t(row)];
    thumbnail.state = image.isNull() ? State::Failed : State::Shown;
    thumbnail.image = image;
    thumbnail.message = message;
    const QModelIndex at = index(row);
    Q_EMIT dataChanged(at, at, {Qt::DecorationRole, Qt::ToolTipRole, StateRole});
    if (--m_pending == 0)
        Q_EMIT allRendered();
}

int ThumbnailModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_images.size());
}

QImage ThumbnailModel::placeholder(State state) const {
    QImage &cached = state == State::Failed ? m_failed : m_waiting;
    if (cached.isNull()) {
        cached = QImage(m_size, m_size, QImage::Format_RGB32);
        cached.fill(state == State::Failed ? QColor(0x5a, 0x22, 0x22) : QColor(0x30, 0x30, 0x30));
        QPainter painter(&cached);
        painter.setPen(QColor(0xa0, 0xa0, 0xa0));
        painter.drawText(cached.rect(), Qt::AlignCenter,
                         state == State::Failed ? QStringLiteral("✕") : QStringLiteral("…"));
    }
    return cached;
}

QVariant ThumbnailModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_images.size())
        return {};
    const DicomHeader &header = m_images.at(index.row());
    const Thumbnail &thumbnail = m_thumbnails[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return header.instanceNumber ? tr("Image %1").arg(*header.instanceNumber)
                                     : QFileInfo(header.path).fileName();
    case Qt::DecorationRole:
        return thumbnail.state == State::Shown ? thumbnail.image : placeholder(thumbnail.state);
    case Qt::ToolTipRole:
        return thumbnail.state == State::Failed
                   ? thumbnail.message
                   : QFileInfo(header.path).fileName() + u'\n' + header.seriesDescription;
    case PathRole:
        return header.path;
    case StateRole:
        return int(thumbnail.state);
    default:
        return {};
    }
}

} // namespace nbia
