#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace nbia::bench {

// The longest time the event loop of the calling thread went without running: a 1 ms timer
// notes the gap between its ticks. Whatever blocks the loop (parsing, model resets, sorting,
// layout) shows as a long gap.
class StallMeter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallMeter)

public:
    StallMeter();
    ~StallMeter() override;

    void start();
    // The longest gap since start(), in milliseconds.
    [[nodiscard]] double stop();

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

} // namespace nbia::bench
