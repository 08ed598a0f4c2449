#pragma once

#include "downloadqueue.h"
#include "ratemeter.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>
#include <vector>

namespace nbia {

class DownloadQueue;

// The download queue as a table: one row per series with its state, bytes, speed and time left,
// and totals for the whole queue. Progress is coalesced: however many downloads run, the view
// hears of it once per tick (one dataChanged over the rows that changed, one totalsChanged), and
// the totals are kept row by row rather than summed over the queue each time.
class DownloadQueueModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DownloadQueueModel)

public:
    enum class Column { Series, State, Progress, Speed, TimeLeft, Folder, Reason };
    static constexpr int columnTotal = 7;
    enum Role {
        UidRole = Qt::UserRole + 1,
        StateRole,   // int(DownloadState)
        PercentRole, // 0–100, or -1 when the size is unknown
        PathRole,    // the series folder once done, else its download folder
    };

    // The queue's totals, with the speed of the last seconds and the time left at it.
    struct Totals : DownloadQueue::Totals {
        std::optional<double> bytesPerSecond;
        std::optional<qint64> secondsLeft;
    };

    explicit DownloadQueueModel(QObject *parent = nullptr);
    ~DownloadQueueModel() override;

    void setQueue(DownloadQueue *queue);
    [[nodiscard]] DownloadQueue *queue() const { return m_queue; }
    // Up to date at any moment (rows changed since the last tick are folded in when asked).
    [[nodiscard]] Totals totals() const;
    // How often progress reaches the view.
    static constexpr int tickMs = 100;

    [[nodiscard]] static QString stateName(int state);
    [[nodiscard]] static QString duration(qint64 seconds);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

Q_SIGNALS:
    void totalsChanged();

private:
    // What one row adds to the totals.
    struct Share {
        DownloadState state = DownloadState::Queued;
        int done = 0;
        int failed = 0;
        int active = 0;
        qint64 bytesReceived = 0;
        qint64 bytesExpected = 0;
    };
    static Share shareOf(const DownloadItem &item);
    void onRowChanged(int row);
    void flush();
    void foldShares() const;
    void addShare(const Share &share, int sign) const;
    void recount();

    // Kept as rows change; mutable so that totals() can fold pending rows in.
    mutable std::vector<Share> m_shares;
    mutable DownloadQueue::Totals m_sum;
    mutable QSet<int> m_unfolded; // rows whose share is not in m_sum yet
    int m_firstChanged = -1;      // rows changed since the last tick
    int m_lastChanged = -1;
    QTimer *m_tick;

    QPointer<DownloadQueue> m_queue;
    int m_rows = 0;
    QElapsedTimer m_clock;
    QHash<QString, RateMeter> m_rates; // per running series
    RateMeter m_totalRate;
};

} // namespace nbia
