#pragma once

#include "downloadqueue.h"
#include "ratemeter.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

#include <optional>

namespace nbia {

class DownloadQueue;

// The download queue as a table: one row per series with its state, bytes, speed and time left,
// and totals for the whole queue.
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
    [[nodiscard]] Totals totals() const;

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
    void onRowChanged(int row);

    QPointer<DownloadQueue> m_queue;
    int m_rows = 0;
    QElapsedTimer m_clock;
    QHash<QString, RateMeter> m_rates; // per running series
    RateMeter m_totalRate;
};

} // namespace nbia
