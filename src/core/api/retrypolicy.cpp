#include "retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace nbia {

using std::chrono::milliseconds;

RetryPolicy::RetryPolicy(const ClientSettings &settings)
    : m_maxRetries(settings.maxRetries)
    , m_base(settings.retryBaseDelay)
    , m_max(settings.retryMaxDelay) {}

milliseconds RetryPolicy::nominalDelay(int attempt) const {
    const int shift = std::clamp(attempt - 1, 0, 20);
    return milliseconds(m_base.count() << shift);
}

std::optional<milliseconds> RetryPolicy::delayBeforeRetry(int attempt, const ApiError &error,
                                                          const QByteArray &retryAfter) const {
    if (attempt > m_maxRetries || !error.isTransient())
        return std::nullopt;

    bool isSeconds = false;
    const int serverSeconds = retryAfter.trimmed().toInt(&isSeconds);
    if (isSeconds && serverSeconds >= 0)
        return std::min(milliseconds(qint64(serverSeconds) * 1000), m_max);

    // "Equal jitter": half the backoff fixed, half random, so that clients spread out.
    const qint64 capped = std::min(nominalDelay(attempt), m_max).count();
    const qint64 half = capped / 2;
    const qint64 jitter = half > 0 ? QRandomGenerator::global()->bounded(half + 1) : 0;
    return milliseconds(capped - half + jitter);
}

} // namespace nbia
