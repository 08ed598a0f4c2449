#include "cartstore.h"

#include "seriescartmodel.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace nbia {

using namespace Qt::StringLiterals;

CartStore::CartStore(SeriesCartModel *model, QString path, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_path(std::move(path)) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &CartStore::save);
    connect(model, &SeriesCartModel::changed, this, [this] {
        if (m_autosave && !m_loading)
            m_timer.start();
    });
}

CartStore::~CartStore() {
    if (m_timer.isActive())
        save();
}

QString CartStore::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/cart.json"_s;
}

bool CartStore::load() {
    if (!m_model)
        return false;
    m_loading = true;
    m_error.clear();
    const bool loaded = m_model->load(m_path, &m_error);
    m_loading = false;
    m_timer.stop();
    // A file that could not be moved aside is still there: never overwrite it.
    m_autosave = loaded || !QFileInfo::exists(m_path);
    return loaded;
}

bool CartStore::save() {
    m_timer.stop();
    if (!m_model)
        return false;
    QString error;
    if (!m_model->save(m_path, &error)) {
        m_error = error;
        Q_EMIT saveFailed(error);
        return false;
    }
    m_error.clear();
    Q_EMIT saved();
    return true;
}

} // namespace nbia
