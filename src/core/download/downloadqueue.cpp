#include "downloadqueue.h"

#include "metadatacsv.h"
#include "seriesdownload.h"
#include "seriesfoldercommit.h"

#include <api/nbiaclient.h>

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QLockFile>
#include <QSet>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>
#include <work/workerpool.h>

namespace nbia {

using namespace Qt::StringLiterals;

DownloadQueue::DownloadQueue(NbiaClient *client, DownloadOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options)) {
    connect(&m_prefetch, &SeriesMetadataPrefetch::arrived, this, &DownloadQueue::startNext);
}

DownloadQueue::~DownloadQueue() {
    m_stopChecks->store(true);
    forgetLockTakes();
    for (SeriesDownload *download : std::as_const(m_running)) {
        download->disconnect(this);
        delete download;
    }
    releaseFolders();
}

// One spelling per folder ("…/TCIA/", "…/./TCIA"): one lock, one metadata.csv.
QString DownloadQueue::normalRoot(const QString &root) {
    return root.isEmpty() ? root : QDir::cleanPath(QFileInfo(root).absoluteFilePath());
}

QString DownloadQueue::homeServer() const {
    return m_client->settings().endpointUrl(QString()).toString();
}

// Rows keep the archive they were queued from, through a client of the queue's own per archive
// (same network and settings): pointing the window elsewhere does not move a running download.
NbiaClient *DownloadQueue::clientFor(const QString &server) {
    if (NbiaClient *client = m_clients.value(server))
        return client;
    std::optional<ClientSettings> settings =
        ClientSettings::fromServerUrl(server, m_client->settings());
    if (!settings)
        settings = m_client->settings();
    // Credentials belong to their host.
    if (settings->serviceRoot.authority() != m_client->settings().serviceRoot.authority())
        settings->authorization.clear();
    auto *client = new NbiaClient(m_client->network(), *settings, this);
    m_clients.insert(server, client);
    return client;
}

// The lock is kept while the queue downloads into the folder. It is taken on a worker (see
// DownloadFolderLock: it waits for the disk, for a long while when the disk is busy); the
// folder's rows start once it is there.
bool DownloadQueue::lockFolder(const QString &root) {
    if (m_locks.contains(root))
        return true;
    if (m_locking.contains(root))
        return false;
    auto *watcher = new QFutureWatcher<DownloadFolderLock::Taken>(this);
    m_locking.insert(root, watcher);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, root] {
        watcher->deleteLater();
        onFolderLocked(root, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [root, stop = m_stopChecks] {
        return DownloadFolderLock::take(root, stop.get());
    }));
    return false;
}

// A queue that goes while a lock is being taken lets it go before it has gone: a take that has
// not started never runs, and one that runs drops its lock (a cancelled future keeps no result).
// Left to finish later, it would hold the folder against the next queue on it.
void DownloadQueue::forgetLockTakes() {
    for (auto it = m_locking.cbegin(); it != m_locking.cend(); ++it) {
        it.value()->disconnect(this);
        QFuture<DownloadFolderLock::Taken> take = it.value()->future();
        // Taken, with the news still on its way: released below with the others, which also
        // removes the partial area it made.
        if (take.isFinished() && take.resultCount() > 0 && take.result().lock) {
            m_locks.insert(it.key(), take.result().lock);
            continue;
        }
        take.cancel();
        take.waitForFinished();
    }
    m_locking.clear();
}

void DownloadQueue::onFolderLocked(const QString &root, const DownloadFolderLock::Taken &taken) {
    m_locking.remove(root);
    if (taken.diskFailure) {
        // Every row after it would fail the same way.
        pauseAll(PauseReason::Disk, taken.reason);
        return;
    }
    if (taken.lock) {
        m_locks.insert(root, taken.lock);
    } else {
        // Another program's folder: only its rows wait; the others go on.
        for (int i = 0; i < int(m_items.size()); ++i) {
            if (m_items.at(i).state == DownloadState::Queued && m_items.at(i).target.root == root) {
                m_items[i].error = taken.reason;
                setState(i, DownloadState::Paused);
            }
        }
    }
    startNext(); // which also lets the lock go when no row needs the folder any more
}

// A folder's lock goes as soon as nothing of the queue downloads into it or waits to.
void DownloadQueue::releaseIdleFolders() {
    QSet<QString> busy;
    for (const DownloadItem &item : std::as_const(m_items)) {
        if (item.state == DownloadState::Queued || isActive(item.state))
            busy.insert(item.target.root);
    }
    for (const SeriesDownload *download : std::as_const(m_running))
        busy.insert(download->options().root);
    for (auto it = m_locks.begin(); it != m_locks.end();) {
        if (busy.contains(it.key())) {
            ++it;
            continue;
        }
        it.value()->unlock();
        QDir().rmdir(SeriesFolderCommit::partialArea(it.key())); // when empty
        it = m_locks.erase(it);
    }
}

void DownloadQueue::releaseFolders() {
    for (auto it = m_locks.cbegin(); it != m_locks.cend(); ++it) {
        it.value()->unlock();
        QDir().rmdir(SeriesFolderCommit::partialArea(it.key())); // when empty
    }
    m_locks.clear();
}

void DownloadQueue::setParallel(int parallel) {
    m_options.parallel = std::max(1, parallel);
    startNext();
}

int DownloadQueue::row(const QString &seriesUid) const {
    return m_rowOf.value(seriesUid, -1);
}

DownloadQueue::Totals DownloadQueue::totals() const {
    Totals totals;
    for (const DownloadItem &item : m_items) {
        ++totals.series;
        totals.done += item.state == DownloadState::Done ? 1 : 0;
        totals.failed += item.state == DownloadState::Failed ? 1 : 0;
        totals.active += isActive(item.state) ? 1 : 0;
        if (item.bytesExpected > 0)
            totals.bytesExpected += item.bytesExpected;
        if (item.state == DownloadState::Done)
            totals.bytesReceived += std::max(item.bytesExpected, item.bytesReceived);
        else if (isActive(item.state))
            totals.bytesReceived += item.bytesReceived;
    }
    return totals;
}

bool DownloadQueue::isFinished() const {
    return std::all_of(m_items.cbegin(), m_items.cend(),
                       [](const DownloadItem &item) { return isFinal(item.state); });
}

int DownloadQueue::add(const QStringList &seriesUids) {
    QList<Series> series;
    series.reserve(seriesUids.size());
    for (const QString &uid : seriesUids) {
        Series s;
        s.seriesInstanceUid = uid;
        series.append(s);
    }
    return add(series);
}

int DownloadQueue::add(const QList<Series> &series) {
    return add(series, m_options.target());
}

int DownloadQueue::add(const QList<Series> &series, const DownloadTarget &target) {
    return add(series, target, m_client->settings());
}

int DownloadQueue::add(const QList<Series> &series, const DownloadTarget &target,
                       const ClientSettings &archive) {
    const int first = int(m_items.size());
    const QString server = archive.endpointUrl(QString()).toString();
    DownloadTarget normalTarget = target;
    normalTarget.root = normalRoot(target.root); // once, not for each of 10,000 rows
    int queued = 0;
    for (const Series &s : series) {
        DownloadItem item;
        item.seriesUid = s.seriesInstanceUid.trimmed();
        item.server = server;
        item.target = normalTarget;
        item.bytesExpected = s.fileSize.value_or(-1);
        item.label = DownloadItem::labelFor(s.patientId, s.modality, s.seriesDescription);
        const int at = row(item.seriesUid);
        if (at >= 0 && isFinal(m_items.at(at).state)) {
            m_items[at] = item; // downloaded again, maybe elsewhere
            ++queued;
            Q_EMIT rowChanged(at);
        } else if (at < 0 && !item.seriesUid.isEmpty()) {
            append(item);
            ++queued;
        }
    }
    if (int(m_items.size()) > first)
        Q_EMIT rowsAdded(first, int(m_items.size()) - 1);
    startNext();
    return queued;
}

void DownloadQueue::restore(const QList<DownloadItem> &items) {
    const int first = int(m_items.size());
    QList<FolderCheck> checks;
    for (DownloadItem item : items) {
        item.target.root = normalRoot(item.target.root);
        const QString folder = QDir(item.target.root).filePath(item.folder);
        const bool folderThere = !item.folder.isEmpty() && QDir(folder).exists();
        const bool kept = isFinal(item.state) || item.state == DownloadState::Paused;
        if (!kept || (item.state == DownloadState::Done && !folderThere)) {
            item.state = DownloadState::Queued;
            item.attempts = 0;
        }
        if (item.state != DownloadState::Done)
            item.bytesReceived = 0;
        const bool check = item.state == DownloadState::Done && item.contents;
        FolderCheck wanted{item.seriesUid, item.target.root, item.folder,
                           item.contents.value_or(FolderFiles{})};
        if (append(std::move(item)) && check)
            checks.append(std::move(wanted));
    }
    if (int(m_items.size()) > first)
        Q_EMIT rowsAdded(first, int(m_items.size()) - 1);
    checkRestoredFolders(checks);
    startNext();
}

// The finished series' folders are checked against what they held when done, away from this
// thread (thousands of folders of hundreds of files each). One that lost, gained or resized a
// file waits, paused with the reason: resuming downloads it again and replaces the folder.
void DownloadQueue::checkRestoredFolders(const QList<FolderCheck> &checks) {
    if (checks.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<QList<FolderCheck>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const QList<FolderCheck> changed = watcher->result();
        for (const FolderCheck &check : changed) {
            const int at = row(check.seriesUid);
            if (at < 0)
                continue;
            DownloadItem &item = m_items[at];
            // Only the row as it was checked: not one cleared, queued again or done elsewhere
            // meanwhile.
            if (item.state != DownloadState::Done || item.target.root != check.root ||
                item.folder != check.folder || !item.contents || *item.contents != check.contents)
                continue;
            item.attempts = 0;
            item.bytesReceived = 0;
            item.contents.reset();
            item.error = tr("Its folder has changed since it was downloaded; resume to download it "
                            "again.");
            setState(at, DownloadState::Paused);
        }
    });
    watcher->setFuture(QtConcurrent::run(workerPool(), [checks, stop = m_stopChecks] {
        QList<FolderCheck> changed;
        for (const FolderCheck &check : checks) {
            if (stop->load())
                break;
            if (FolderFiles::of(QDir(check.root).filePath(check.folder)) != check.contents)
                changed.append(check);
        }
        return changed;
    }));
}

bool DownloadQueue::append(DownloadItem item) {
    if (item.seriesUid.isEmpty() || m_rowOf.contains(item.seriesUid))
        return false;
    m_rowOf.insert(item.seriesUid, int(m_items.size()));
    m_items.append(std::move(item));
    return true;
}

void DownloadQueue::reindex(int from) {
    for (int i = from; i < int(m_items.size()); ++i)
        m_rowOf.insert(m_items.at(i).seriesUid, i);
}

void DownloadQueue::clearFinished() {
    for (int last = int(m_items.size()) - 1; last >= 0; --last) {
        if (!isFinal(m_items.at(last).state))
            continue;
        int first = last;
        while (first > 0 && isFinal(m_items.at(first - 1).state))
            --first;
        Q_EMIT rowsAboutToBeRemoved(first, last);
        for (int i = first; i <= last; ++i)
            m_rowOf.remove(m_items.at(i).seriesUid);
        m_items.remove(first, last - first + 1);
        reindex(first);
        Q_EMIT rowsRemoved(first, last);
        last = first;
    }
}

void DownloadQueue::setState(int index, DownloadState state) {
    m_items[index].state = state;
    Q_EMIT rowChanged(index);
}

void DownloadQueue::startNext() {
    const int parallel = std::max(1, m_options.parallel);
    const int perHost = std::max(1, m_options.perHost);
    // Rows name a few archives: each URL is read once, not once per row (10,000 queued rows
    // are walked at every start and end of a download while no folder lock has come yet).
    QHash<QString, QString> hosts;
    const auto hostOf = [&hosts](const QString &server) -> const QString & {
        auto found = hosts.find(server);
        if (found == hosts.end())
            found = hosts.insert(server, QUrl(server).authority());
        return *found;
    };
    QHash<QString, int> runningOn;
    for (const QString &uid : m_running.keys())
        ++runningOn[hostOf(m_items.at(row(uid)).server)];
    for (int i = 0; i < int(m_items.size()) && !m_paused && int(m_running.size()) < parallel; ++i) {
        const DownloadItem &item = m_items.at(i);
        if (item.state != DownloadState::Queued)
            continue;
        int &onHost = runningOn[hostOf(item.server)];
        if (onHost >= perHost)
            continue;
        if (!lockFolder(item.target.root))
            continue; // it starts once its folder is locked
        NbiaClient *client = clientFor(item.server);
        if (m_prefetch.isPending(item.seriesUid))
            continue; // it starts when its batch has arrived
        if (SeriesMetadataPrefetch::batches(client) && m_prefetch.canFetch(item.seriesUid)) {
            // One batch at a time: the next is asked for when the queue reaches its rows.
            if (!m_prefetch.hasPending())
                prefetchFrom(i, client);
            continue;
        }
        ++onHost;
        start(i);
    }
    releaseIdleFolders();
    const bool finished = m_running.isEmpty() && isFinished() && !m_items.isEmpty();
    if (finished && !m_finishedSaid)
        Q_EMIT allFinished();
    m_finishedSaid = finished;
}

// The metadata of this row and of the queued rows after it from the same archive, in one
// request.
void DownloadQueue::prefetchFrom(int index, NbiaClient *client) {
    const QString server = m_items.at(index).server;
    const int batch = client->dialect().seriesMetadataBatchSize();
    QStringList uids;
    for (int i = index; i < int(m_items.size()) && uids.size() < batch; ++i) {
        const DownloadItem &item = m_items.at(i);
        if (item.state == DownloadState::Queued && item.server == server &&
            m_prefetch.canFetch(item.seriesUid))
            uids << item.seriesUid;
    }
    m_prefetch.fetch(client, uids);
}

void DownloadQueue::start(int index) {
    DownloadItem &item = m_items[index];
    item.error.clear();
    item.bytesReceived = 0;
    DownloadOptions options = m_options;
    options.setTarget(item.target);
    auto *download =
        new SeriesDownload(clientFor(item.server), item.seriesUid, std::move(options), this);
    if (const std::optional<SeriesMetadata> metadata = m_prefetch.take(item.seriesUid))
        download->setMetadata(*metadata);
    m_running.insert(item.seriesUid, download);
    const QString uid = item.seriesUid;
    connect(download, &SeriesDownload::stateChanged, this, [this, uid](DownloadState state) {
        const int at = row(uid);
        if (at >= 0 && !isFinal(state) && state != DownloadState::Queued)
            setState(at, state);
    });
    connect(download, &SeriesDownload::described, this, [this, uid](const QString &label) {
        const int at = row(uid);
        if (at >= 0 && m_items.at(at).label.isEmpty()) {
            m_items[at].label = label;
            Q_EMIT rowChanged(at);
        }
    });
    connect(download, &SeriesDownload::progress, this,
            [this, uid](qint64 received, qint64 expected) {
                const int at = row(uid);
                if (at < 0)
                    return;
                m_items[at].bytesReceived = received;
                m_items[at].bytesExpected = expected;
                Q_EMIT rowChanged(at);
            });
    connect(download, &SeriesDownload::finished, this, [this, download] { onFinished(download); });
    download->start();
}

void DownloadQueue::onFinished(SeriesDownload *download) {
    const QString uid = download->seriesUid();
    if (m_running.value(uid) != download)
        return; // stopped by pause or cancel: the row's state is set already
    m_running.remove(uid);
    download->deleteLater();
    const int at = row(uid);
    if (at >= 0) {
        DownloadItem &item = m_items[at];
        item.attempts += download->attempts();
        item.error = download->error();
        item.folder = download->folders().join(u'/');
        if (item.bytesExpected < 0)
            item.bytesExpected = download->bytesExpected();
        if (download->isDiskFailure()) {
            // Every row after it would fail the same way: the row waits, with the reason, and
            // so does the queue, for the user.
            item.attempts = 0;
            setState(at, DownloadState::Queued);
            pauseAll(PauseReason::Disk, download->error());
            return;
        }
        // Also for a folder found complete: a run killed after the folder was in place but
        // before its row was written gets the row now.
        if (download->state() == DownloadState::Done) {
            item.contents = download->contents();
            appendMetadata(*download);
        }
        setState(at, download->state());
    }
    startNext();
}

// One row per series: a series downloaded again (its folder had lost files) keeps its row.
void DownloadQueue::appendMetadata(const SeriesDownload &download) {
    const QString root = download.options().root;
    QFile file(QDir(root).filePath(u"metadata.csv"_s));
    if (!m_listed.contains(root)) {
        QSet<QString> &listed = m_listed[root];
        if (file.open(QIODevice::ReadOnly)) {
            for (const QString &uid : MetadataCsv::listedSeries(file.readAll()))
                listed.insert(uid);
            file.close();
        }
    }
    QSet<QString> &listed = m_listed[root];
    if (listed.contains(download.seriesUid()))
        return;
    listed.insert(download.seriesUid());
    const bool fresh = !file.exists() || file.size() == 0;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return;
    if (fresh)
        file.write(MetadataCsv::header());
    file.write(MetadataCsv::row(download.metadataRow()));
}

void DownloadQueue::stop(const QString &seriesUid, DownloadState state) {
    if (SeriesDownload *download = m_running.take(seriesUid)) {
        download->disconnect(this);
        download->cancel();
        download->deleteLater();
    }
    const int at = row(seriesUid);
    if (at >= 0)
        setState(at, state);
}

void DownloadQueue::pauseQueuedRows() {
    for (int i = 0; i < int(m_items.size()); ++i) {
        if (m_items.at(i).state == DownloadState::Queued)
            setState(i, DownloadState::Paused);
    }
}

void DownloadQueue::pause(const QString &seriesUid) {
    const int at = row(seriesUid);
    if (at < 0 || isFinal(m_items.at(at).state) || m_items.at(at).state == DownloadState::Paused)
        return;
    stop(seriesUid, DownloadState::Paused);
    startNext();
}

void DownloadQueue::resume(const QString &seriesUid) {
    const int at = row(seriesUid);
    if (at < 0 || m_items.at(at).state != DownloadState::Paused)
        return;
    setState(at, DownloadState::Queued);
    startNext();
}

void DownloadQueue::cancel(const QString &seriesUid) {
    const int at = row(seriesUid);
    if (at < 0 || isFinal(m_items.at(at).state))
        return;
    stop(seriesUid, DownloadState::Cancelled);
    startNext();
}

void DownloadQueue::retry(const QString &seriesUid) {
    const int at = row(seriesUid);
    if (at < 0 || (m_items.at(at).state != DownloadState::Failed &&
                   m_items.at(at).state != DownloadState::Cancelled))
        return;
    m_items[at].attempts = 0;
    m_items[at].error.clear(); // the old reason does not stay while it waits to start
    setState(at, DownloadState::Queued);
    startNext();
}

void DownloadQueue::moveToTop(const QString &seriesUid) {
    const int at = row(seriesUid);
    if (at <= 0)
        return;
    m_items.move(at, 0);
    reindex(0);
    Q_EMIT rowMoved(at, 0);
    startNext();
}

void DownloadQueue::pauseAll(PauseReason why, const QString &reason) {
    m_paused = true;
    m_pauseKind = why;
    m_pauseReason = reason;
    const QStringList running = m_running.keys();
    for (const QString &uid : running)
        stop(uid, DownloadState::Queued);
    Q_EMIT paused(reason);
}

void DownloadQueue::resumeAll() {
    if (!m_paused)
        return;
    m_paused = false;
    m_pauseReason.clear();
    Q_EMIT resumed();
    startNext();
}

} // namespace nbia
