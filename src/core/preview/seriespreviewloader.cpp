#include "seriespreviewloader.h"

#include "previewcache.h"

#include <api/nbiaclient.h>

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <work/workerpool.h>

namespace nbia {

using namespace Qt::StringLiterals;

SeriesPreviewLoader::SeriesPreviewLoader(NbiaClient *client, PreviewCache *cache, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_cache(cache) {}

SeriesPreviewLoader::~SeriesPreviewLoader() {
    cancel();
}

QString SeriesPreviewLoader::cacheKey() const {
    return u"middle/"_s + m_uid;
}

void SeriesPreviewLoader::cancel() {
    ++m_generation;
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
    for (const QPointer<ApiCall> &call : std::as_const(m_stripCalls)) {
        if (call)
            call->cancel();
    }
    m_stripCalls.clear();
}

void SeriesPreviewLoader::load(const QString &seriesUid, int size) {
    cancel();
    m_uid = seriesUid;
    m_size = size;
    m_sops.clear();
    if (m_cache) {
        if (const std::optional<QByteArray> kept = m_cache->get(cacheKey())) {
            render(*kept);
            return;
        }
    }
    const quint64 generation = m_generation;
    m_call = m_client->sopInstanceUids(
        seriesUid, this, [this, generation](const ApiResult<QStringList> &sops) {
            if (generation != m_generation)
                return;
            m_call = nullptr;
            if (!sops.ok()) {
                fail(sops.error());
                return;
            }
            if (sops.value().isEmpty()) {
                Q_EMIT failed(m_uid, tr("The archive lists no images for this series."));
                return;
            }
            m_sops = sops.value();
            fetchImage(m_sops.at(m_sops.size() / 2));
        });
}

void SeriesPreviewLoader::fetchImage(const QString &sopUid) {
    const quint64 generation = m_generation;
    m_call = m_client->image(m_uid, sopUid, this,
                             [this, generation](const ApiResult<QByteArray> &image) {
                                 if (generation != m_generation)
                                     return;
                                 m_call = nullptr;
                                 if (!image.ok()) {
                                     fail(image.error());
                                     return;
                                 }
                                 if (m_cache)
                                     m_cache->put(cacheKey(), image.value());
                                 render(image.value());
                             });
}

void SeriesPreviewLoader::loadStrip(int count, int size) {
    if (m_uid.isEmpty())
        return;
    if (!m_sops.isEmpty()) {
        fetchStrip(count, size);
        return;
    }
    const quint64 generation = m_generation;
    m_stripCalls << m_client->sopInstanceUids(
        m_uid, this, [this, generation, count, size](const ApiResult<QStringList> &sops) {
            if (generation != m_generation)
                return;
            if (!sops.ok()) {
                fail(sops.error());
                return;
            }
            m_sops = sops.value();
            fetchStrip(count, size);
        });
}

// Evenly spaced through the series, the first and the last included.
void SeriesPreviewLoader::fetchStrip(int count, int size) {
    const int shown = std::min(count, int(m_sops.size()));
    for (int position = 0; position < shown; ++position) {
        const int index =
            shown == 1 ? int(m_sops.size()) / 2 : position * (int(m_sops.size()) - 1) / (shown - 1);
        fetchStripImage(position, index, size);
    }
}

void SeriesPreviewLoader::fetchStripImage(int position, int index, int size) {
    const quint64 generation = m_generation;
    const QString uid = m_uid;
    const QString key = u"image/"_s + uid + u'/' + m_sops.at(index);
    const QString caption = tr("Image %1 of %2").arg(index + 1).arg(m_sops.size());
    const auto show = [this, uid, position, size, caption](const QByteArray &dicom) {
        renderAsync(dicom, size, [this, uid, position, caption](const DicomRenderer::Result &r) {
            if (r.ok())
                Q_EMIT stripImage(uid, position, r.image, caption);
        });
    };
    if (m_cache) {
        std::optional<QByteArray> kept = m_cache->get(key);
        if (!kept && index == int(m_sops.size()) / 2)
            kept = m_cache->get(cacheKey()); // the preview fetched this one already
        if (kept) {
            show(*kept);
            return;
        }
    }
    m_stripCalls << m_client->image(
        uid, m_sops.at(index), this,
        [this, generation, key, show](const ApiResult<QByteArray> &image) {
            if (generation != m_generation || !image.ok())
                return;
            if (m_cache)
                m_cache->put(key, image.value());
            show(image.value());
        });
}

void SeriesPreviewLoader::fail(const ApiError &error) {
    if (error.kind() != ApiError::Kind::Cancelled)
        Q_EMIT failed(m_uid, error.message());
}

// On a worker thread; `done` runs here, and only while the same series is wanted.
void SeriesPreviewLoader::renderAsync(const QByteArray &dicom, int size,
                                      std::function<void(const DicomRenderer::Result &)> done) {
    const quint64 generation = m_generation;
    DicomRenderer::Options options;
    options.maxSize = size;
    auto *watcher = new QFutureWatcher<DicomRenderer::Result>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation, done = std::move(done)] {
                watcher->deleteLater();
                if (generation == m_generation) // else the user has moved on
                    done(watcher->result());
            });
    watcher->setFuture(QtConcurrent::run(
        workerPool(), [dicom, options] { return DicomRenderer::render(dicom, options); }));
}

void SeriesPreviewLoader::render(const QByteArray &dicom) {
    const QString uid = m_uid;
    renderAsync(dicom, m_size, [this, uid](const DicomRenderer::Result &result) {
        if (!result.ok()) {
            Q_EMIT failed(uid, result.message);
            return;
        }
        QString caption = tr("%1 × %2").arg(result.columns).arg(result.rows);
        if (result.window)
            caption += tr(", window %1/%2")
                           .arg(QString::number(result.window->center),
                                QString::number(result.window->width));
        Q_EMIT loaded(uid, result.image, caption);
    });
}

} // namespace nbia
