#include "downloadqueuemodel.h"

#include <QDir>

#include "downloadqueue.h"

#include <QLocale>

namespace nbia {

using namespace Qt::StringLiterals;

DownloadQueueModel::DownloadQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_tick(new QTimer(this)) {
    m_clock.start();
    m_tick->setSingleShot(true);
    m_tick->setInterval(tickMs);
    connect(m_tick, &QTimer::timeout, this, &DownloadQueueModel::flush);
}

DownloadQueueModel::~DownloadQueueModel() = default;

void DownloadQueueModel::setQueue(DownloadQueue *queue) {
    beginResetModel();
    if (m_queue)
        m_queue->disconnect(this);
    m_queue = queue;
    m_rows = queue ? int(queue->items().size()) : 0;
    m_rates.clear();
    m_totalRate.reset();
    recount();
    if (queue) {
        connect(queue, &DownloadQueue::rowsAdded, this, [this](int first, int last) {
            flush();
            beginInsertRows({}, first, last);
            m_rows = int(m_queue->items().size());
            for (int row = first; row <= last; ++row) {
                const Share share = shareOf(m_queue->items().at(row));
                m_shares.insert(m_shares.begin() + row, share);
                ++m_sum.series;
                addShare(share, 1);
            }
            endInsertRows();
            Q_EMIT totalsChanged();
        });
        connect(queue, &DownloadQueue::rowChanged, this, &DownloadQueueModel::onRowChanged);
        connect(queue, &DownloadQueue::rowMoved, this, [this](int from, int to) {
            flush();
            beginMoveRows({}, from, from, {}, to > from ? to + 1 : to);
            const Share moved = m_shares.at(size_t(from));
            m_shares.erase(m_shares.begin() + from);
            m_shares.insert(m_shares.begin() + to, moved);
            endMoveRows();
        });
        connect(queue, &DownloadQueue::rowsAboutToBeRemoved, this, [this](int first, int last) {
            flush();
            beginRemoveRows({}, first, last);
            for (int row = first; row <= last; ++row) {
                --m_sum.series;
                addShare(m_shares.at(size_t(row)), -1);
            }
            m_shares.erase(m_shares.begin() + first, m_shares.begin() + last + 1);
        });
        connect(queue, &DownloadQueue::rowsRemoved, this, [this] {
            m_rows = int(m_queue->items().size());
            endRemoveRows();
            Q_EMIT totalsChanged();
        });
        connect(queue, &QObject::destroyed, this, [this] { setQueue(nullptr); });
    }
    endResetModel();
    Q_EMIT totalsChanged();
}

DownloadQueueModel::Share DownloadQueueModel::shareOf(const DownloadItem &item) {
    Share share;
    share.state = item.state;
    share.done = item.state == DownloadState::Done ? 1 : 0;
    share.failed = item.state == DownloadState::Failed ? 1 : 0;
    share.active = isActive(item.state) ? 1 : 0;
    if (item.bytesExpected > 0)
        share.bytesExpected = item.bytesExpected;
    if (item.state == DownloadState::Done)
        share.bytesReceived = std::max(item.bytesExpected, item.bytesReceived);
    else if (isActive(item.state))
        share.bytesReceived = item.bytesReceived;
    return share;
}

void DownloadQueueModel::addShare(const Share &share, int sign) const {
    m_sum.done += sign * share.done;
    m_sum.failed += sign * share.failed;
    m_sum.active += sign * share.active;
    m_sum.bytesReceived += sign * share.bytesReceived;
    m_sum.bytesExpected += sign * share.bytesExpected;
}

void DownloadQueueModel::recount() {
    m_shares.clear();
    m_sum = {};
    m_unfolded.clear();
    m_firstChanged = m_lastChanged = -1;
    if (!m_queue)
        return;
    m_shares.reserve(size_t(m_queue->items().size()));
    for (const DownloadItem &item : m_queue->items()) {
        m_shares.push_back(shareOf(item));
        ++m_sum.series;
        addShare(m_shares.back(), 1);
    }
}

// Only the rows that changed since they were last counted: a few, whatever the queue's length.
void DownloadQueueModel::foldShares() const {
    for (const int row : std::as_const(m_unfolded)) {
        if (row < 0 || row >= int(m_shares.size()))
            continue;
        addShare(m_shares.at(size_t(row)), -1);
        m_shares[size_t(row)] = shareOf(m_queue->items().at(row));
        addShare(m_shares.at(size_t(row)), 1);
    }
    m_unfolded.clear();
}

// A download reports progress many times a second: the row is noted, and the view hears of it
// with the others at the next tick (a change of state at once).
void DownloadQueueModel::onRowChanged(int row) {
    if (row < 0 || row >= m_rows)
        return;
    const DownloadItem &item = m_queue->items().at(row);
    if (item.state == DownloadState::Downloading)
        m_rates[item.seriesUid].add(m_clock.elapsed(), item.bytesReceived);
    else
        m_rates.remove(item.seriesUid);
    m_unfolded.insert(row);
    m_firstChanged = m_firstChanged < 0 ? row : std::min(m_firstChanged, row);
    m_lastChanged = std::max(m_lastChanged, row);
    // A new state (done, failed, paused by the user) is shown at once; bytes wait for the tick.
    if (row < int(m_shares.size()) && m_shares.at(size_t(row)).state != item.state)
        flush();
    else if (!m_tick->isActive())
        m_tick->start();
}

void DownloadQueueModel::flush() {
    m_tick->stop();
    if (m_firstChanged < 0)
        return;
    foldShares();
    const int first = std::exchange(m_firstChanged, -1);
    const int last = std::min(std::exchange(m_lastChanged, -1), m_rows - 1);
    m_totalRate.add(m_clock.elapsed(), m_sum.bytesReceived);
    if (first <= last)
        Q_EMIT dataChanged(index(first, 0), index(last, columnTotal - 1));
    Q_EMIT totalsChanged();
}

DownloadQueueModel::Totals DownloadQueueModel::totals() const {
    Totals totals;
    if (!m_queue)
        return totals;
    foldShares();
    static_cast<DownloadQueue::Totals &>(totals) = m_sum;
    totals.bytesPerSecond = m_totalRate.bytesPerSecond();
    if (totals.active > 0)
        totals.secondsLeft = m_totalRate.secondsLeft(totals.bytesExpected - totals.bytesReceived);
    return totals;
}

QString DownloadQueueModel::stateName(int state) {
    switch (DownloadState(state)) {
    case DownloadState::Queued:
        return tr("Queued");
    case DownloadState::Downloading:
        return tr("Downloading");
    case DownloadState::Extracting:
        return tr("Extracting");
    case DownloadState::Verifying:
        return tr("Verifying");
    case DownloadState::Done:
        return tr("Done");
    case DownloadState::Failed:
        return tr("Failed");
    case DownloadState::Paused:
        return tr("Paused");
    case DownloadState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString DownloadQueueModel::duration(qint64 seconds) {
    if (seconds >= 3600)
        return u"%1:%2:%3"_s.arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QChar(u'0'))
            .arg(seconds % 60, 2, 10, QChar(u'0'));
    return u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

int DownloadQueueModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int DownloadQueueModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : columnTotal;
}

QVariant DownloadQueueModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !m_queue || index.row() >= int(m_queue->items().size()))
        return {};
    const DownloadItem &item = m_queue->items().at(index.row());
    const int percent =
        item.state == DownloadState::Done
            ? 100
            : (item.bytesExpected > 0
                   ? int(std::min<qint64>(99, item.bytesReceived * 100 / item.bytesExpected))
                   : -1);
    switch (role) {
    case UidRole:
        return item.seriesUid;
    case StateRole:
        return int(item.state);
    case PercentRole:
        return percent;
    case PathRole: // the series' folder once it is there, else the download folder
        return item.folder.isEmpty() || item.state != DownloadState::Done
                   ? item.target.root
                   : QDir(item.target.root).filePath(item.folder);
    case Qt::ToolTipRole:
        if (Column(index.column()) == Column::Folder)
            return QDir::toNativeSeparators(index.data(PathRole).toString());
        if (Column(index.column()) == Column::Series)
            return item.seriesUid;
        return item.error.isEmpty() ? item.seriesUid : item.error;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    const auto rate = m_rates.constFind(item.seriesUid);
    switch (Column(index.column())) {
    case Column::Series:
        return item.label.isEmpty() ? item.seriesUid : item.label;
    case Column::State:
        return stateName(int(item.state));
    case Column::Progress: {
        if (item.state == DownloadState::Failed || item.state == DownloadState::Cancelled)
            return item.bytesExpected > 0
                       ? locale.formattedDataSize(item.bytesExpected, 1, QLocale::DataSizeSIFormat)
                       : QString();
        if (item.state == DownloadState::Done)
            return locale.formattedDataSize(std::max(item.bytesExpected, item.bytesReceived), 1,
                                            QLocale::DataSizeSIFormat);
        const QString received =
            locale.formattedDataSize(item.bytesReceived, 1, QLocale::DataSizeSIFormat);
        if (item.bytesExpected <= 0)
            return received;
        return tr("%1 of %2")
            .arg(received,
                 locale.formattedDataSize(item.bytesExpected, 1, QLocale::DataSizeSIFormat));
    }
    case Column::Speed:
        if (rate == m_rates.constEnd() || !rate->bytesPerSecond())
            return QString();
        return tr("%1/s").arg(locale.formattedDataSize(qint64(*rate->bytesPerSecond()), 1,
                                                       QLocale::DataSizeSIFormat));
    case Column::TimeLeft: {
        if (rate == m_rates.constEnd() || item.bytesExpected <= 0)
            return QString();
        const std::optional<qint64> left =
            rate->secondsLeft(item.bytesExpected - item.bytesReceived);
        return left ? duration(*left) : QString();
    }
    case Column::Folder:
        return item.state == DownloadState::Done ? item.folder : QString(); // none elsewhere
    case Column::Reason:
        return item.error;
    }
    return {};
}

QVariant DownloadQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Series:
        return tr("Series");
    case Column::State:
        return tr("State");
    case Column::Progress:
        return tr("Progress");
    case Column::Speed:
        return tr("Speed");
    case Column::TimeLeft:
        return tr("Time left");
    case Column::Folder:
        return tr("Folder");
    case Column::Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace nbia
