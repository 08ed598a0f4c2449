#include "ratemeter.h"

#include <cmath>

namespace nbia {

void RateMeter::add(qint64 timeMs, qint64 totalBytes) {
    if (!m_samples.empty() && totalBytes < m_samples.back().second)
        m_samples.clear(); // started again from nothing
    m_samples.emplace_back(timeMs, totalBytes);
    while (m_samples.size() > 2 && timeMs - m_samples[1].first >= m_windowMs)
        m_samples.pop_front();
}

std::optional<double> RateMeter::bytesPerSecond() const {
    if (m_samples.size() < 2)
        return std::nullopt;
    const auto &[firstTime, firstBytes] = m_samples.front();
    const auto &[lastTime, lastBytes] = m_samples.back();
    if (lastTime - firstTime < 200)
        return std::nullopt;
    return double(lastBytes - firstBytes) * 1000.0 / double(lastTime - firstTime);
}

std::optional<qint64> RateMeter::secondsLeft(qint64 remainingBytes) const {
    const std::optional<double> rate = bytesPerSecond();
    if (!rate || *rate <= 0 || remainingBytes < 0)
        return std::nullopt;
    return qint64(std::ceil(double(remainingBytes) / *rate));
}

} // namespace nbia
