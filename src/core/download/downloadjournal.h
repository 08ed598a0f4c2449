#pragma once

#include "downloaditem.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QPointer>

namespace nbia {

class DownloadQueue;

// Keeps a download queue on disk as it changes, so that it survives quitting and crashes. The
// file is a log of JSON lines, one per row whose state, folder or reason changed (the last line
// of a series wins), flushed at once; it is written afresh (atomically) when it has grown to
// several times the queue. Reading skips what it cannot understand, such as the half line a
// crash leaves.
class DownloadJournal final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadJournal)

public:
    explicit DownloadJournal(QString path, QObject *parent = nullptr);
    ~DownloadJournal() override;

    // The rows the journal at `path` holds, in queue order; none when there is no journal.
    [[nodiscard]] static QList<DownloadItem> read(const QString &path);

    // Takes the journal for this program (another one running keeps its own): false when
    // another program holds it.
    bool lock();
    // Writes the queue's rows as they are now, then records every change of `queue`. False (see
    // errorString) when the file cannot be written. A file that is no journal this version can
    // read is kept aside (".unreadable"), not overwritten.
    bool attach(DownloadQueue *queue);
    [[nodiscard]] const QString &path() const { return m_path; }
    [[nodiscard]] const QString &errorString() const { return m_error; }

    [[nodiscard]] static QByteArray line(const DownloadItem &item);

Q_SIGNALS:
    // The journal could not be written; the queue goes on, but changes may not be kept.
    void writeFailed(const QString &error);

private:
    bool rewrite();
    void record(const DownloadItem &item);
    void append(const QByteArray &line);
    void failed(const QString &error);

    QString m_path;
    QString m_error;
    QPointer<DownloadQueue> m_queue;
    QFile m_file;
    QLockFile m_lock;
    bool m_failureSaid = false;
    QHash<QString, QByteArray> m_recorded; // the last line written for each series
    int m_lines = 0;
};

} // namespace nbia
