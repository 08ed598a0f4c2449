#include "cartresolver.h"

#include "seriescartmodel.h"

#include <api/nbiaclient.h>

namespace nbia {

CartResolver::CartResolver(NbiaClient *client, SeriesCartModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model) {
    m_autoStart.setSingleShot(true);
    m_autoStart.setInterval(0);
    connect(&m_autoStart, &QTimer::timeout, this, &CartResolver::resolve);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                if (m_busy)
                    collect(first, last);
            });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_busy)
            return;
        m_todo.clear();
        collect(0, m_model->rowCount() - 1);
    });
    // Also after resetNotFound(), which adds no rows.
    connect(model, &SeriesCartModel::changed, this, [this] {
        if (m_automatic && !m_busy)
            m_autoStart.start();
    });
}

CartResolver::~CartResolver() {
    cancel();
}

void CartResolver::setAutomatic(bool automatic) {
    m_automatic = automatic;
    if (automatic && !m_busy)
        m_autoStart.start();
    else
        m_autoStart.stop();
}

bool CartResolver::needsDetails(const QString &seriesUid) const {
    const int row = m_model ? m_model->rowOf(seriesUid) : -1;
    if (row < 0)
        return false;
    const CartItem &item = m_model->itemAt(row);
    return item.status == CartItem::Status::Unresolved ||
           (item.lacksCounts() && !m_asked.contains(seriesUid));
}

void CartResolver::collect(int first, int last) {
    for (int row = first; row <= last; ++row) {
        const QString &uid = m_model->itemAt(row).seriesInstanceUid;
        if (needsDetails(uid) && !m_asking.contains(uid))
            m_todo.append(uid);
    }
}

void CartResolver::resolve() {
    m_autoStart.stop();
    if (m_busy || !m_model)
        return;
    m_todo.clear();
    collect(0, m_model->rowCount() - 1);
    if (m_todo.isEmpty())
        return;
    m_busy = true;
    m_error.clear();
    Q_EMIT started();
    next();
}

void CartResolver::next() {
    const qsizetype batchSize = std::max(1, m_client->dialect().seriesMetadataBatchSize());
    QStringList batch;
    QSet<QString> inBatch;
    while (!m_todo.isEmpty() && batch.size() < batchSize) {
        const QString uid = m_todo.takeFirst();
        // Removed, or answered since it was queued.
        if (needsDetails(uid) && !inBatch.contains(uid)) {
            inBatch.insert(uid);
            batch.append(uid);
        }
    }
    if (batch.isEmpty()) {
        m_busy = false;
        Q_EMIT finished();
        return;
    }
    m_asking = inBatch;
    ++m_requests;
    m_call = m_client->seriesMetadata(
        batch, this, [this, batch](const ApiResult<QList<SeriesMetadata>> &result) {
            m_call = nullptr;
            m_asking.clear();
            if (!result.ok()) {
                if (result.error().kind() == ApiError::Kind::Cancelled)
                    return; // cancel() has stopped
                m_error = result.error().message();
                m_todo.clear();
                m_busy = false;
                Q_EMIT failed(m_error);
                return;
            }
            QSet<QString> answered;
            for (const SeriesMetadata &row : result.value())
                answered.insert(row.seriesInstanceUid);
            QStringList unknown;
            for (const QString &uid : batch) {
                m_asked.insert(uid);
                if (!answered.contains(uid))
                    unknown.append(uid);
            }
            if (m_model) {
                m_model->applyDetails(result.value());
                m_model->markNotFound(unknown);
            }
            next();
        });
}

void CartResolver::cancel() {
    m_autoStart.stop();
    m_todo.clear();
    m_asking.clear();
    m_busy = false;
    if (const QPointer<ApiCall> call = std::exchange(m_call, nullptr))
        call->cancel();
}

} // namespace nbia
