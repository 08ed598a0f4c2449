#pragma once

#include "downloadfolderlock.h"
#include "downloaditem.h"
#include "downloadoptions.h"
#include "pausereason.h"
#include "seriesmetadataprefetch.h"

#include <api/clientsettings.h>
#include <api/series.h>

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

template<typename T>
class QFutureWatcher;

class QLockFile;

namespace nbia {

class NbiaClient;
class SeriesDownload;

// The series to download and their states: at most `parallel` at once (and `perHost` from one
// host), in queue order, each one a SeriesDownload. Every row keeps its own download folder and
// archive. Rows can be paused, resumed, cancelled, retried, moved to the top and cleared when
// finished. A finished series gets its metadata.csv row. A disk failure (full, read-only) pauses
// the whole queue with its reason instead of failing every row after it. While it downloads into
// a folder the queue holds that folder's lock, so two programs never download into one folder
// at once (rows for a folder another program holds are paused with that reason), and the first
// to take it clears what a crashed run left in its partial area. The lock is taken on a worker
// thread: a folder's rows start once it is there, not at once.
class DownloadQueue final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadQueue)

public:
    struct Totals {
        int series = 0;
        int done = 0;
        int failed = 0;
        int active = 0;
        qint64 bytesReceived = 0; // of the finished and running series
        qint64 bytesExpected = 0; // of every series whose size is known
    };

    DownloadQueue(NbiaClient *client, DownloadOptions options, QObject *parent = nullptr);
    ~DownloadQueue() override;

    [[nodiscard]] const DownloadOptions &options() const { return m_options; }
    // Series at once from now on; more start at once when allowed.
    void setParallel(int parallel);
    [[nodiscard]] const QList<DownloadItem> &items() const { return m_items; }
    [[nodiscard]] int row(const QString &seriesUid) const;

    // Appends the series not in the queue yet, into the options' folder, and starts what the
    // limits allow. A series whose row is finished (done, failed, cancelled) is queued again
    // into the new folder; one still waiting or running is left as it is. Returns how many
    // series were queued.
    int add(const QStringList &seriesUids);
    // The same, with the sizes the archive gave (getSeries' FileSize) known from the start.
    int add(const QList<Series> &series);
    int add(const QList<Series> &series, const DownloadTarget &target);
    // From another archive than the queue's own (a manifest's).
    int add(const QList<Series> &series, const DownloadTarget &target,
            const ClientSettings &archive);
    // Rows of an earlier run (see DownloadJournal): finished ones stay finished while their
    // folder is there and holds what it held when done (checked on a worker thread: a changed
    // folder's row is paused, with the reason, to be downloaded again on resume), the rest are
    // queued to start again from the beginning.
    void restore(const QList<DownloadItem> &items);
    // Removes the done, failed and cancelled rows.
    void clearFinished();

    void pause(const QString &seriesUid);
    // Every row waiting to start, in one pass (none of them runs).
    void pauseQueuedRows();
    void resume(const QString &seriesUid);
    void cancel(const QString &seriesUid);
    void retry(const QString &seriesUid); // a failed or cancelled row, from the start
    void moveToTop(const QString &seriesUid);

    // The whole queue: nothing new starts while paused; running rows go back to the queue.
    // `detail` says more (for a disk failure, what failed).
    void pauseAll(PauseReason why = PauseReason::User, const QString &detail = {});
    void pauseAll(const QString &detail) { pauseAll(PauseReason::User, detail); }
    void resumeAll();
    [[nodiscard]] bool isPaused() const { return m_paused; }
    [[nodiscard]] PauseReason pauseKind() const { return m_pauseKind; }
    [[nodiscard]] const QString &pauseReason() const { return m_pauseReason; }

    [[nodiscard]] int runningCount() const { return int(m_running.size()); }
    [[nodiscard]] Totals totals() const;
    // True when every row is done, failed or cancelled.
    [[nodiscard]] bool isFinished() const;
    // How many batched metadata requests were sent (for tests and the curious).
    [[nodiscard]] int metadataBatchesSent() const { return m_prefetch.requestsSent(); }

Q_SIGNALS:
    void rowsAdded(int first, int last);
    void rowChanged(int row);
    void rowMoved(int from, int to);
    void rowsAboutToBeRemoved(int first, int last);
    void rowsRemoved(int first, int last);
    void paused(const QString &reason);
    void resumed();
    void allFinished();

private:
    struct FolderCheck {
        QString seriesUid;
        QString root;
        QString folder;
        FolderFiles contents;
    };

    bool append(DownloadItem item); // false for a series in the queue already
    void checkRestoredFolders(const QList<FolderCheck> &checks);
    void reindex(int from);
    [[nodiscard]] NbiaClient *clientFor(const QString &server);
    [[nodiscard]] QString homeServer() const;
    // True when the queue holds the folder's lock; else it is being taken, on a worker.
    bool lockFolder(const QString &root);
    void onFolderLocked(const QString &root, const DownloadFolderLock::Taken &taken);
    void releaseIdleFolders();
    void releaseFolders();
    void forgetLockTakes();
    [[nodiscard]] static QString normalRoot(const QString &root);
    void startNext();
    void prefetchFrom(int index, NbiaClient *client);
    void start(int index);
    void stop(const QString &seriesUid, DownloadState state);
    void onFinished(SeriesDownload *download);
    void appendMetadata(const SeriesDownload &download);
    void setState(int index, DownloadState state);

    NbiaClient *m_client;
    QHash<QString, NbiaClient *> m_clients; // by server, children of the queue
    DownloadOptions m_options;
    QList<DownloadItem> m_items;
    QHash<QString, int> m_rowOf; // progress comes often: no search through the rows
    QHash<QString, SeriesDownload *> m_running;
    QHash<QString, std::shared_ptr<QLockFile>> m_locks; // by download folder
    // The folders whose lock is being taken, with the worker's news of it.
    QHash<QString, QFutureWatcher<DownloadFolderLock::Taken> *> m_locking;
    SeriesMetadataPrefetch m_prefetch;
    QHash<QString, QSet<QString>> m_listed; // per folder, the series its metadata.csv lists
    std::shared_ptr<std::atomic_bool> m_stopChecks = std::make_shared<std::atomic_bool>(false);
    bool m_paused = false;
    bool m_finishedSaid = false; // allFinished once per time the queue runs dry
    QString m_pauseReason;
    PauseReason m_pauseKind = PauseReason::User;
};

} // namespace nbia
