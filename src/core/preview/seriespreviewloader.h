#pragma once

#include <dicomrenderer.h>

#include <QImage>
#include <QObject>
#include <QPointer>

#include <functional>

namespace nbia {

class ApiCall;
class ApiError;
class NbiaClient;
class PreviewCache;

// A series' representative image before it is downloaded: the middle one of its
// getSOPInstanceUIDs, fetched with getSingleImage, kept in the preview cache (so that coming
// back is instant and offline) and rendered on a worker thread. Asking for another series
// cancels what the last one still had under way; only the latest answer is told.
class SeriesPreviewLoader final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeriesPreviewLoader)

public:
    // `cache` may be null (nothing kept).
    SeriesPreviewLoader(NbiaClient *client, PreviewCache *cache, QObject *parent = nullptr);
    ~SeriesPreviewLoader() override;

    void setCache(PreviewCache *cache) { m_cache = cache; }
    void load(const QString &seriesUid, int size = 256);
    // A strip of `count` evenly spaced images of the series loaded last, each told by
    // stripImage as it comes.
    void loadStrip(int count = 6, int size = 96);
    void cancel();
    [[nodiscard]] const QString &seriesUid() const { return m_uid; }

Q_SIGNALS:
    void loaded(const QString &seriesUid, const QImage &image, const QString &caption);
    void failed(const QString &seriesUid, const QString &message);
    void stripImage(const QString &seriesUid, int position, const QImage &image,
                    const QString &caption);

private:
    void fetchImage(const QString &sopUid);
    void render(const QByteArray &dicom);
    void renderAsync(const QByteArray &dicom, int size,
                     std::function<void(const DicomRenderer::Result &)> done);
    void fetchStrip(int count, int size);
    void fetchStripImage(int position, int index, int size);
    void fail(const ApiError &error);
    [[nodiscard]] QString cacheKey() const;

    NbiaClient *m_client;
    PreviewCache *m_cache;
    QString m_uid;
    int m_size = 256;
    quint64 m_generation = 0;
    QPointer<ApiCall> m_call;
    QStringList m_sops; // of the series loaded last, once listed
    QList<QPointer<ApiCall>> m_stripCalls;
};

} // namespace nbia
