#pragma once

#include <QtGlobal>

#include <deque>
#include <optional>
#include <utility>

namespace nbia {

// Bytes per second over the last few seconds, from (time, total bytes so far) samples: steady
// enough to read, quick to follow a change. Times in milliseconds, from any clock.
class RateMeter final {
public:
    explicit RateMeter(qint64 windowMs = 5000)
        : m_windowMs(windowMs) {}

    void add(qint64 timeMs, qint64 totalBytes);
    void reset() { m_samples.clear(); }

    // Nullopt until two samples at least 200 ms apart.
    [[nodiscard]] std::optional<double> bytesPerSecond() const;
    // Seconds left for `remainingBytes` at the current rate; nullopt when unknown.
    [[nodiscard]] std::optional<qint64> secondsLeft(qint64 remainingBytes) const;

private:
    qint64 m_windowMs;
    std::deque<std::pair<qint64, qint64>> m_samples;
};

} // namespace nbia
