#include "stallmeter.h"

namespace nbia::bench {

StallMeter::StallMeter() {
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        m_longest = std::max(m_longest, now - m_last);
        m_last = now;
    });
}

StallMeter::~StallMeter() = default;

void StallMeter::start() {
    m_longest = 0;
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

double StallMeter::stop() {
    const qint64 now = m_clock.nsecsElapsed();
    m_longest = std::max(m_longest, now - m_last); // a stall right before stopping counts too
    m_timer.stop();
    return double(m_longest) / 1e6;
}

} // namespace nbia::bench
