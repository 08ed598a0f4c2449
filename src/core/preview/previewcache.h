#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace nbia {

// Previews kept on disk between sessions, bounded in size: when a new one would pass the bound,
// the least recently used go first. A file is written whole or not at all, so a crash never
// leaves half a preview. Safe to use from several threads.
class PreviewCache final {
public:
    PreviewCache(QString folder, qint64 maxBytes);

    [[nodiscard]] std::optional<QByteArray> get(const QString &key);
    bool put(const QString &key, const QByteArray &bytes);
    [[nodiscard]] bool contains(const QString &key) const;
    // What the kept previews take on disk.
    [[nodiscard]] qint64 size();
    [[nodiscard]] qint64 maxBytes() const { return m_maxBytes; }
    void clear();

private:
    [[nodiscard]] QString pathFor(const QString &key) const;
    void scan();
    void evict(const QString &keep);
    void markUsed(const QString &path);

    QString m_folder;
    qint64 m_maxBytes;
    mutable QMutex m_mutex;
    QDateTime m_lastUse;
    // The order of use, by file name: in memory, since file times can be a second or two coarse.
    // Seeded from the file times at the first look at the folder (the last session's uses).
    QHash<QString, quint64> m_useOrder;
    quint64 m_uses = 0;
    std::optional<qint64> m_size; // known after the first look at the folder
};

} // namespace nbia
