#include "previewcache.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

namespace nbia {

using namespace Qt::StringLiterals;

PreviewCache::PreviewCache(QString folder, qint64 maxBytes)
    : m_folder(std::move(folder))
    , m_maxBytes(std::max<qint64>(0, maxBytes)) {}

// Keys are any text (UIDs, with a size or a window); file names are their hash.
QString PreviewCache::pathFor(const QString &key) const {
    return QDir(m_folder).filePath(
        QString::fromLatin1(
            QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex()) +
        u".preview"_s);
}

std::optional<QByteArray> PreviewCache::get(const QString &key) {
    const QMutexLocker lock(&m_mutex);
    scan();
    QFile file(pathFor(key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes = file.readAll();
    markUsed(file.fileName());
    return bytes;
}

// Eviction goes by the order of use kept in memory. The file's modification time carries that
// order to the next session; each use is stamped later than the one before it, and where the
// file system cannot store the time (a file of someone else's), the order in memory still holds.
void PreviewCache::markUsed(const QString &path) {
    m_useOrder.insert(QFileInfo(path).fileName(), ++m_uses);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_lastUse = m_lastUse.isValid() && m_lastUse >= now ? m_lastUse.addMSecs(1) : now;
    // Setting a time needs write access on some systems; read access is enough on others.
    QFile file(path);
    if (file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly) || file.open(QIODevice::ReadOnly))
        file.setFileTime(m_lastUse, QFileDevice::FileModificationTime);
}

bool PreviewCache::contains(const QString &key) const {
    const QMutexLocker lock(&m_mutex);
    return QFileInfo::exists(pathFor(key));
}

bool PreviewCache::put(const QString &key, const QByteArray &bytes) {
    const QMutexLocker lock(&m_mutex);
    if (bytes.size() > m_maxBytes || !QDir().mkpath(m_folder))
        return false;
    scan();
    const QString path = pathFor(key);
    const qint64 before = QFileInfo(path).size(); // 0 when new
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return false;
    markUsed(path);
    *m_size += bytes.size() - before;
    if (*m_size > m_maxBytes)
        evict(path);
    return true;
}

qint64 PreviewCache::size() {
    const QMutexLocker lock(&m_mutex);
    scan();
    return *m_size;
}

void PreviewCache::clear() {
    const QMutexLocker lock(&m_mutex);
    const QFileInfoList files = QDir(m_folder).entryInfoList({u"*.preview"_s}, QDir::Files);
    for (const QFileInfo &file : files)
        QFile::remove(file.filePath());
    m_useOrder.clear();
    m_size = 0;
}

void PreviewCache::scan() {
    if (m_size)
        return;
    QFileInfoList files = QDir(m_folder).entryInfoList({u"*.preview"_s}, QDir::Files);
    std::sort(files.begin(), files.end(), [](const QFileInfo &l, const QFileInfo &r) {
        const QDateTime left = l.lastModified();
        const QDateTime right = r.lastModified();
        return left != right ? left < right : l.fileName() < r.fileName();
    });
    qint64 total = 0;
    for (const QFileInfo &file : std::as_const(files)) {
        total += file.size();
        m_useOrder.insert(file.fileName(), ++m_uses);
    }
    m_size = total;
}

// The least recently used go (never `keep`, the one just written) until the rest fits in three
// quarters of the bound, so that eviction does not run again at every new preview. Files another
// program wrote meanwhile are not in the order of use: they count as the oldest.
void PreviewCache::evict(const QString &keep) {
    QFileInfoList files = QDir(m_folder).entryInfoList({u"*.preview"_s}, QDir::Files);
    std::sort(files.begin(), files.end(), [this](const QFileInfo &l, const QFileInfo &r) {
        const quint64 left = m_useOrder.value(l.fileName());
        const quint64 right = m_useOrder.value(r.fileName());
        return left != right ? left < right : l.fileName() < r.fileName();
    });
    qint64 total = 0;
    for (const QFileInfo &file : std::as_const(files))
        total += file.size();
    const qint64 target = m_maxBytes - m_maxBytes / 4;
    for (const QFileInfo &file : std::as_const(files)) {
        if (total <= target)
            break;
        if (file.filePath() != keep && QFile::remove(file.filePath())) {
            total -= file.size();
            m_useOrder.remove(file.fileName());
        }
    }
    m_size = total;
}

} // namespace nbia
