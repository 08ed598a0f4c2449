#include "downloadqueue.h"

#include "metadatacsv.h"
#include "seriesdownload.h"
#include "seriesfoldercommit.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace nbia {

using namespace Qt::StringLiterals;

DownloadQueue::DownloadQueue(NbiaClient *client, DownloadOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options)) {}

DownloadQueue::~DownloadQueue() {
    for (SeriesDownload *download : std::as_const(m_running)) {
        download->disconnect(this);
        delete download;
    }
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

void DownloadQueue::add(const QStringList &seriesUids) {
    QList<Series> series;
    series.reserve(seriesUids.size());
    for (const QString &uid : seriesUids) {
        Series s;
        s.seriesInstanceUid = uid;
        series.append(s);
    }
    add(series);
}

void DownloadQueue::add(const QList<Series> &series) {
    const int first = int(m_items.size());
    for (const Series &s : series) {
        const QString trimmed = s.seriesInstanceUid.trimmed();
        if (trimmed.isEmpty() || m_rowOf.contains(trimmed))
            continue;
        DownloadItem item;
        item.seriesUid = trimmed;
        item.bytesExpected = s.fileSize.value_or(-1);
        m_rowOf.insert(trimmed, int(m_items.size()));
        m_items.append(item);
    }
    if (int(m_items.size()) > first)
        Q_EMIT rowsAdded(first, int(m_items.size()) - 1);
    startNext();
}

void DownloadQueue::setState(int index, DownloadState state) {
    m_items[index].state = state;
    Q_EMIT rowChanged(index);
}

void DownloadQueue::startNext() {
    const int parallel = std::max(1, m_options.parallel);
    for (int i = 0; i < int(m_items.size()) && !m_paused && int(m_running.size()) < parallel; ++i) {
        if (m_items.at(i).state == DownloadState::Queued)
            start(i);
    }
    if (m_running.isEmpty() && isFinished() && !m_items.isEmpty()) {
        QDir().rmdir(SeriesFolderCommit::partialArea(m_options.root)); // when empty
        Q_EMIT allFinished();
    }
}

void DownloadQueue::start(int index) {
    DownloadItem &item = m_items[index];
    item.error.clear();
    item.bytesReceived = 0;
    auto *download = new SeriesDownload(m_client, item.seriesUid, m_options, this);
    m_running.insert(item.seriesUid, download);
    const QString uid = item.seriesUid;
    connect(download, &SeriesDownload::stateChanged, this, [this, uid](DownloadState state) {
        const int at = row(uid);
        if (at >= 0 && !isFinal(state) && state != DownloadState::Queued)
            setState(at, state);
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
        if (download->state() == DownloadState::Done && !download->wasSkipped())
            appendMetadata(*download);
        setState(at, download->state());
        if (download->isDiskFailure()) {
            // Every row after it would fail the same way: wait for the user instead.
            setState(at, DownloadState::Queued);
            item.attempts = 0;
            pauseAll(download->error());
            return;
        }
    }
    startNext();
}

// One row per series: a series downloaded again (its folder had lost files) keeps its row.
void DownloadQueue::appendMetadata(const SeriesDownload &download) {
    QFile file(QDir(m_options.root).filePath(u"metadata.csv"_s));
    if (!m_listed) {
        m_listed.emplace();
        if (file.open(QIODevice::ReadOnly)) {
            for (const QString &uid : MetadataCsv::listedSeries(file.readAll()))
                m_listed->insert(uid);
            file.close();
        }
    }
    if (m_listed->contains(download.seriesUid()))
        return;
    m_listed->insert(download.seriesUid());
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
    setState(at, DownloadState::Queued);
    startNext();
}

void DownloadQueue::moveToTop(const QString &seriesUid) {
    const int at = row(seriesUid);
    if (at <= 0)
        return;
    m_items.move(at, 0);
    for (int i = 0; i <= at; ++i)
        m_rowOf.insert(m_items.at(i).seriesUid, i);
    Q_EMIT rowMoved(at, 0);
    startNext();
}

void DownloadQueue::pauseAll(const QString &reason) {
    m_paused = true;
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
    startNext();
}

} // namespace nbia
