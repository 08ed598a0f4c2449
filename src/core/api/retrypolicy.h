#pragma once

#include "apierror.h"
#include "clientsettings.h"

#include <QByteArray>

#include <chrono>
#include <optional>

namespace nbia {

// When to try a failed request again, and how long to wait first: exponential backoff with
// jitter, honouring a server's Retry-After.
class RetryPolicy final {
public:
    explicit RetryPolicy(const ClientSettings &settings);

    // Nullopt when no further attempt should be made. `attempt` counts from 1 (the first retry).
    [[nodiscard]] std::optional<std::chrono::milliseconds>
    delayBeforeRetry(int attempt, const ApiError &error, const QByteArray &retryAfter = {}) const;

    // The backoff without jitter, before capping: base * 2^(attempt-1).
    [[nodiscard]] std::chrono::milliseconds nominalDelay(int attempt) const;

private:
    int m_maxRetries;
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_max;
};

} // namespace nbia
